// Hostile input, class 3: silent NaN. No call whose inputs are finite returns NaN unless the
// contract documents it: grid bounds are checked against limits.gridBound (finite features at
// every grid point), a network without data refuses to evaluate, colour ranges must be finite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();
const hasNaN = (a) => a.some((v) => Number.isNaN(v));

test('grid bounds beyond float range or the grid limit are refused', () => {
  const net = lab.createNetwork({ features: ['x1', 'x2', 'x1sq', 'x1x2'], layers: [{ units: 4, activation: 'relu' }] });
  for (const bad of [1e39, -1e39, 3e38, Infinity, -Infinity, NaN, lab.limits.gridBound.max * 1.5]) {
    rejects(
      () => net.evaluateGrid(bad, 1, -1, 1, 4, 4),
      RangeError,
      /xmin must be a finite number in \[-10000, 10000\]/,
    );
    rejects(() => net.renderGrid(-1, 1, -1, bad, 4, 4), RangeError, /ymax/);
    rejects(() => net.evaluateUnitGrids(-1, bad, -1, 1, 4, 4), RangeError, /xmax/);
  }
  // At the limit itself everything is finite, for every output and every unit.
  const b = lab.limits.gridBound.max;
  assert.ok(!hasNaN(net.evaluateGrid(-b, b, -b, b, 16, 16)));
  assert.ok(!hasNaN(net.evaluateUnitGrids(-b, b, -b, b, 16, 16)));
  const px = net.renderGrid(-b, b, -b, b, 16, 16);
  for (let i = 3; i < px.length; i += 4) assert.equal(px[i], 255, 'every pixel opaque');
  net.delete();
  assertStillWorks(lab);
});

test('evaluate() and diagnostics() without data are errors, not NaN losses', () => {
  const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  rejects(() => net.evaluate(), RangeError, /no data: call setData\(\) before evaluate\(\)/);
  rejects(() => net.diagnostics(), RangeError, /no data/);
  rejects(() => net.train(1), RangeError, /no data/);
  const data = lab.makeDataset({ kind: 'circle', points: 40 });
  net.setData(data);
  const s = net.evaluate();
  assert.ok(Number.isFinite(s.trainLoss) && Number.isFinite(s.testLoss) && Number.isFinite(s.trainAccuracy));
  net.delete();
  data.delete();
  assertStillWorks(lab);
});

test('colour ranges must be finite with min < max', () => {
  const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  for (const [min, max] of [
    [NaN, 1],
    [0, NaN],
    [-Infinity, 1],
    [0, Infinity],
    [1, 1],
    [2, 1],
    [-3e38, 3e38],
    [0, 1e39],
  ]) {
    rejects(() => net.renderGrid(-1, 1, -1, 1, 4, 4, { min, max }), RangeError, /options\.(min|max)/);
  }
  rejects(() => net.renderGrid(-1, 1, -1, 1, 4, 4, { min: '0' }), TypeError, /options\.min must be a number, got "0"/);
  const px = net.renderGrid(-1, 1, -1, 1, 4, 4, { min: -2, max: 2 });
  assert.equal(px.length, 64);
  for (let i = 3; i < px.length; i += 4) assert.equal(px[i], 255);
  net.delete();
  assertStillWorks(lab);
});

test('finite inputs give no NaN anywhere in the activation API', () => {
  const xs = Float32Array.of(-3.4e38, -1e30, -88.8, -1, -0, 0, 1e-45, 1, 88.8, 1e30, 3.4e38);
  for (const a of lab.activations) {
    const names = Object.keys(a.params);
    for (const v of names.length ? [a.params[names[0]].min, a.params[names[0]].max] : [undefined]) {
      const params = v === undefined ? {} : { [names[0]]: v };
      assert.ok(!hasNaN(lab.forward(a.id, xs, params)), `${a.id} f ${v}`);
      assert.ok(!hasNaN(lab.derivative(a.id, xs, params)), `${a.id} f' ${v}`);
    }
  }
  assert.ok(!hasNaN(lab.softmax(xs)) && !hasNaN(lab.logSoftmax(Float32Array.of(-1e4, 1e4))));
  assertStillWorks(lab);
});

test('layerMeans() without data is an error, not zeros; after delete() an error too', () => {
  const net = lab.createNetwork({ layers: [{ units: 4, activation: 'elu' }] });
  rejects(() => net.layerMeans(), RangeError, /no data: call setData\(\) before layerMeans\(\)/);
  net.delete();
  assert.throws(() => net.layerMeans(), /Network used after delete\(\)/);
  assertStillWorks(lab);
});
