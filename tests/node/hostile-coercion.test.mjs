// Hostile input, class 4: coercion and inheritance. Integers are checked, never truncated; NaN
// is named NaN; enums are looked up by own key; options are read from own properties only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

test('integers past 2^32, fractions and NaN are refused, never truncated', () => {
  const data = lab.makeDataset({ kind: 'xor', points: 40 });
  const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  net.setData(data);
  for (const bad of [2 ** 32 + 1, 2 ** 53, 1.5, -1, NaN, Infinity]) {
    rejects(() => net.train(bad), RangeError, new RegExp(`epochs must be an integer in \\[1, 100000\\], got ${bad}`));
    rejects(
      () => lab.makeDataset({ kind: 'xor', points: bad }),
      RangeError,
      /spec\.points must be an integer in \[10, 10000\]/,
    );
    rejects(() => lab.makeDataset({ kind: 'xor', seed: bad }), RangeError, /spec\.seed/);
    rejects(() => net.evaluateGrid(-1, 1, -1, 1, bad, 4), RangeError, /width/);
    rejects(() => net.diagnostics({ example: bad }), RangeError, /options\.example/);
    rejects(() => lab.alloc(bad), RangeError, /alloc\(n\): n must be an integer in \[1, 268435456\]/);
    rejects(
      () => lab.parseCsv('1,2,1', { task: 'multiclass', classes: bad }),
      RangeError,
      /classes must be an integer/,
    );
  }
  rejects(() => net.train(NaN), RangeError, /got NaN$/);
  // A NaN inside a config is named as NaN, with its path.
  rejects(
    () => lab.createNetwork({ layers: [{ units: NaN, activation: 'relu' }] }),
    RangeError,
    /config\.layers\[0\]\.units must be a finite number, got NaN/,
  );
  rejects(
    () => lab.createNetwork({ optimizer: { learningRate: Infinity } }),
    RangeError,
    /learningRate must be a finite number, got Infinity/,
  );
  // Strings are not numbers.
  rejects(() => lab.alloc('8'), TypeError, /alloc\(n\): n must be an integer, got "8"/);
  rejects(() => net.train('3'), TypeError, /epochs must be an integer, got "3"/);
  rejects(() => lab.softmax(Float32Array.of(1), '1'), TypeError, /temperature must be a number/);
  rejects(() => lab.forward('elu', Float32Array.of(1), { alpha: '0.5' }), TypeError, /alpha must be a number/);
  net.delete();
  data.delete();
  assertStillWorks(lab);
});

test('enum names are own keys: toString, constructor, __proto__ are not options', () => {
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
    rejects(() => lab.gradientFlow({ init: name }), RangeError, /spec\.init must be one of "xavier", "he", "uniform"/);
    rejects(() => lab.makeDataset({ kind: name }), RangeError, /spec\.kind must be one of/);
    rejects(() => lab.parseCsv('1,2,1', { task: name }), RangeError, /options\.task/);
    rejects(() => lab.forward(name, Float32Array.of(1)), RangeError, /unknown activation id/);
    rejects(() => lab.forward('elu', Float32Array.of(1), { [name]: 1 }), RangeError, /elu has no parameter/);
    rejects(() => lab.createNetwork({ head: name }), RangeError, /head must be one of/);
    rejects(
      () => lab.createNetwork({ layers: [{ units: 2, activation: name }] }),
      RangeError,
      /activation must be one of/,
    );
  }
  assertStillWorks(lab);
});

test('options inherited from Object.prototype change nothing', () => {
  const xs = Float32Array.of(-2, -1, 0, 1);
  const expected = {
    elu: [...lab.forward('elu', xs)],
    grad: lab.gradientFlow({}),
    data: [...lab.makeDataset({ kind: 'circle' }).x1.slice(0, 5)],
  };
  const polluted = {
    alpha: 0.5,
    beta: 3,
    seed: 99,
    points: 10,
    kind: 'xor',
    depth: 1,
    into: { ptr: 0, length: 64 },
    evaluateEvery: 7,
    budgetMs: 1e-9,
    example: 5,
    min: 5,
    max: 6,
    colors: new Uint8Array(4),
    task: 'regression',
    toJSON() {
      return { layers: [{ units: 32, activation: 'relu' }] };
    },
  };
  try {
    Object.assign(Object.prototype, polluted);
    assert.deepEqual([...lab.forward('elu', xs)], expected.elu);
    assert.deepEqual([...lab.forward('elu', xs, {})], expected.elu);
    assert.deepEqual(lab.gradientFlow({}), expected.grad);
    const d = lab.makeDataset({ kind: 'circle' });
    assert.deepEqual([...d.x1.slice(0, 5)], expected.data);
    assert.equal(d.task, 'binary');
    const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
    assert.equal(net.config.layers[0].units, 2, 'toJSON on the prototype is not used');
    net.setData(d);
    const log = net.train(3, {});
    assert.equal(log.length, 3);
    assert.equal(log.outOfTime, false);
    assert.equal(net.renderGrid(-1, 1, -1, 1, 2, 2, {}).length, 16);
    net.delete();
    d.delete();
  } finally {
    for (const k of Object.keys(polluted)) delete Object.prototype[k];
  }
  assertStillWorks(lab);
});

test('getters run once and proxies cannot switch values between check and use', () => {
  let reads = 0;
  const spec = {
    kind: 'xor',
    get points() {
      return ++reads === 1 ? 50 : 1e9;
    },
  };
  const d = lab.makeDataset(spec);
  assert.equal(d.size, 50);
  assert.equal(reads, 1);
  d.delete();
  let n = 0;
  const config = new Proxy(
    { layers: [{ units: 2, activation: 'tanh' }] },
    {
      get(t, k) {
        n++;
        return n > 3 ? { units: 1e6 } : t[k];
      },
    },
  );
  const net = lab.createNetwork(config);
  assert.equal(net.config.layers[0].units, 2);
  net.delete();
  assertStillWorks(lab);
});

test('createActLab reads its options from own properties', async () => {
  try {
    Object.prototype.wasmBinary = new Uint8Array([1, 2, 3]);
    Object.prototype.impl = 'scalar';
    const shared = await createActLab({});
    assert.equal(shared, lab, 'the shared SIMD instance, not a load of the polluted binary');
  } finally {
    delete Object.prototype.wasmBinary;
    delete Object.prototype.impl;
  }
  await assert.rejects(createActLab({ impl: 'toString' }), RangeError);
  await assert.rejects(createActLab({ wasmBinary: 'x.wasm' }), TypeError);
  await assert.rejects(createActLab({ wasmUrl: 42 }), TypeError);
  await assert.rejects(createActLab(5), TypeError);
});
