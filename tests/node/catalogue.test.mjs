// The JS catalogue is generated from the C++ table and carries what the site needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { golden } from './helpers.mjs';

const lab = await createActLab();

test('ids are exactly the golden ids, in table order, with the golden parameter names', () => {
  const goldenIds = [...new Set(golden.functions.map((f) => f.id))];
  assert.deepEqual(
    lab.activations.map((a) => a.id),
    goldenIds,
  );
  for (const f of golden.functions) {
    assert.deepEqual(Object.keys(f.params), Object.keys(lab.info(f.id).params), f.id);
  }
  assert.equal(lab.info('leaky_relu').params.alpha.default, 0.01);
  assert.equal(lab.info('prelu').params.alpha.default, 0.25);
  assert.equal(lab.info('elu').params.alpha.default, 1);
  assert.equal(lab.info('swish').params.beta.default, 1);
  assert.equal(lab.info('softplus').params.beta.default, 1);
});

test('every entry has names, formulas, range and properties', () => {
  for (const a of lab.activations) {
    assert.match(a.name.ko, /\S/);
    assert.match(a.name.en, /\S/);
    assert.match(a.latex.f, /\S/);
    assert.match(a.latex.df, /\S/);
    assert.ok(a.range.min < a.range.max, a.id);
    for (const k of ['monotonic', 'smooth', 'zeroCentred', 'boundedBelow', 'boundedAbove']) {
      assert.equal(typeof a.properties[k], 'boolean', `${a.id}.${k}`);
    }
    for (const p of Object.values(a.params)) {
      assert.ok(p.min <= p.default && p.default <= p.max && p.step > 0, a.id);
    }
  }
  // The properties agree with the functions themselves.
  const xs = new Float32Array(4001).map((_, i) => -20 + i / 100);
  for (const a of lab.activations) {
    const y = lab.forward(a.id, xs);
    const increasing = y.every((v, i) => i === 0 || v >= y[i - 1]);
    assert.equal(increasing, a.properties.monotonic, `${a.id} monotonic`);
    assert.ok(
      y.every((v) => v >= a.range.min - 1e-6 && v <= a.range.max + 1e-6),
      `${a.id} range`,
    );
  }
  assert.ok(Object.isFrozen(lab.activations));
});

test('the test traits agree with the functions: kinks at 0 and f′ sign changes', () => {
  const xs = new Float32Array(4001).map((_, i) => -20 + i / 100);
  for (const a of lab.activations) {
    // A kink shows at the parameter's lower end (ELU is C¹ only at α = 1).
    const names = Object.keys(a.params);
    const params = names.length ? { [names[0]]: a.params[names[0]].min } : {};
    const [left, right] = lab.derivative(a.id, Float32Array.of(-1e-4, 1e-4), params);
    assert.equal(Math.abs(right - left) > 1e-3, a.test.kinkAtZero, `${a.id} kinkAtZero`);
    const d = lab.derivative(a.id, xs);
    const crosses = d.some((v) => v < -1e-6) && d.some((v) => v > 1e-6);
    assert.equal(crosses, a.test.derivativeCrossesZero, `${a.id} derivativeCrossesZero`);
  }
});

test('limits and enums come from the core, and the core enforces exactly them', () => {
  const { limits, enums } = lab;
  assert.ok(Object.isFrozen(limits) && Object.isFrozen(limits.units) && Object.isFrozen(enums.head));
  assert.deepEqual(limits.temperature, { min: 0.01, max: 100, default: 1 });
  assert.deepEqual(enums.optimizer, ['sgd', 'momentum', 'adam']);
  assert.equal(enums.status[0], 'ok');
  // The edges of a few limits: max accepted, max + 1 refused with the range in the message.
  const net = (units) => lab.createNetwork({ layers: [{ units, activation: 'relu' }] });
  net(limits.units.max).delete();
  assert.throws(() => net(limits.units.max + 1), {
    name: 'RangeError',
    message: new RegExp(`\\[${limits.units.min}, ${limits.units.max}\\]`),
  });
  const layers = (n) => Array.from({ length: n }, () => ({ units: 1, activation: 'tanh' }));
  lab.createNetwork({ layers: layers(limits.hiddenLayers.max) }).delete();
  assert.throws(() => lab.createNetwork({ layers: layers(limits.hiddenLayers.max + 1) }), RangeError);
  assert.throws(() => lab.createNetwork({ optimizer: { learningRate: limits.learningRate.min } }), /\(0, 100\]/);
  lab.softmax(Float32Array.of(1, 2), limits.temperature.max);
  assert.throws(() => lab.softmax(Float32Array.of(1, 2), limits.temperature.max * 1.01), RangeError);
  for (const init of enums.init) lab.gradientFlow({ depth: 2, init });
  for (const kind of enums.dataset) {
    const multi = kind === 'spiral_k' || kind === 'blobs';
    lab.makeDataset({ kind, points: limits.points.min, classes: multi ? limits.classes.max : undefined }).delete();
  }
  assert.throws(() => lab.makeDataset({ kind: 'circle', points: limits.points.max + 1 }), /\[10, 10000\]/);
});

test('backward is f′(x)·upstream; simdIsHardware tells the builds apart', async () => {
  const x = Float32Array.of(-2, -0.5, 0, 0.5, 2);
  const g = Float32Array.of(1, -2, 3, 0.5, -1);
  for (const a of lab.activations) {
    const d = lab.derivative(a.id, x);
    const b = lab.backward(a.id, x, g);
    for (let i = 0; i < x.length; i++) assert.equal(b[i], Math.fround(d[i] * g[i]), `${a.id} x=${x[i]}`);
  }
  assert.deepEqual(lab.backward('relu', new Float32Array(0), new Float32Array(0)), new Float32Array(0));
  assert.throws(() => lab.backward('relu', x, new Float32Array(2)), { name: 'RangeError', message: /upstream/ });
  assert.throws(() => lab.backward('relu', x, [1, 2, 3, 4, 5]), TypeError);
  assert.equal(lab.simdIsHardware, true);
  assert.equal((await createActLab({ impl: 'scalar' })).simdIsHardware, false);
});
