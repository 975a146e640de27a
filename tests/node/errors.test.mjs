// Every bad input gets a clear TypeError/RangeError naming the parameter and its range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';

const lab = await createActLab();
const xs = new Float32Array([1, -1]);

test('unknown activation ids and non-string ids', () => {
  assert.throws(() => lab.forward('mish2', xs), {
    name: 'RangeError',
    message: /unknown activation id "mish2".*gelu_tanh/,
  });
  assert.throws(() => lab.derivative(3, xs), { name: 'TypeError', message: /id must be a string/ });
  assert.throws(() => lab.info('nope'), RangeError);
});

test('parameters: NaN, ±Infinity, out of range, wrong type, wrong name', () => {
  for (const bad of [NaN, Infinity, -Infinity, 1.5, -0.001]) {
    assert.throws(() => lab.forward('leaky_relu', xs, { alpha: bad }), {
      name: 'RangeError',
      message: /leaky_relu: alpha must be a finite number in \[0, 1\], got/,
    });
  }
  assert.throws(() => lab.forward('softplus', xs, { beta: 0 }), {
    name: 'RangeError',
    message: /beta .*\[0\.05, 10\]/,
  });
  assert.throws(() => lab.derivative('elu', xs, { alpha: 5.01 }), {
    name: 'RangeError',
    message: /alpha .*\[0\.01, 5\]/,
  });
  assert.throws(() => lab.forward('elu', xs, { alpha: '1' }), { name: 'TypeError', message: /alpha must be a number/ });
  assert.throws(() => lab.forward('elu', xs, { beta: 1 }), {
    name: 'RangeError',
    message: /elu has no parameter "beta"; it takes: alpha/,
  });
  assert.throws(() => lab.forward('gelu', xs, { alpha: 1 }), { name: 'RangeError', message: /takes none/ });
  assert.throws(() => lab.forward('elu', xs, 5), { name: 'TypeError', message: /params must be an object/ });
});

test('wrong array types', () => {
  for (const bad of [[1, 2], new Float64Array(2), new Int32Array(2), null, undefined, 'x', 5]) {
    assert.throws(() => lab.forward('relu', bad), { name: 'TypeError', message: /x must be a Float32Array/ });
    assert.throws(() => lab.softmax(bad), { name: 'TypeError', message: /logits must be a Float32Array/ });
  }
  assert.throws(() => lab.softmaxBackward(new Float32Array(2), [1, 2]), { name: 'TypeError', message: /upstream/ });
  assert.throws(() => lab.softmaxBackward(new Float32Array(2), new Float32Array(3)), {
    name: 'RangeError',
    message: /upstream must have the logits' length 2/,
  });
  assert.throws(() => lab.forwardInto('relu', new Float32Array(2), new Float32Array(2)), {
    name: 'TypeError',
    message: /lab.alloc/,
  });
});

test('temperature: ≤ 0, NaN, ±Infinity, out of range, wrong type', () => {
  for (const t of [0, -1, NaN, Infinity, -Infinity, 0.001, 1000]) {
    assert.throws(() => lab.softmax(xs, t), {
      name: 'RangeError',
      message: /temperature must be a finite number in \[0\.01, 100\]/,
    });
    assert.throws(() => lab.softmaxBackward(xs, xs, t), RangeError);
    assert.throws(() => lab.logSoftmax(xs, t), RangeError);
  }
  assert.throws(() => lab.softmax(xs, '1'), TypeError);
  assert.throws(() => lab.softmax(new Float32Array(0)), { name: 'RangeError', message: /at least one element/ });
});

test('documented IEEE results instead of errors: NaN/±Inf inputs', () => {
  const special = new Float32Array([NaN, Infinity, -Infinity, 3.4e38, -3.4e38]);
  for (const a of lab.activations) {
    const y = lab.forward(a.id, special);
    const d = lab.derivative(a.id, special);
    assert.ok(Number.isNaN(y[0]) && Number.isNaN(d[0]), `${a.id}: NaN in, NaN out`);
    for (let i = 1; i < special.length; i++) {
      assert.ok(!Number.isNaN(y[i]) && !Number.isNaN(d[i]), `${a.id}(${special[i]}) is not NaN`);
    }
  }
  assert.deepEqual([...lab.softmax(new Float32Array([Infinity, 0, Infinity]))], [0.5, 0, 0.5]);
  assert.ok(lab.softmax(new Float32Array([NaN, 1])).every(Number.isNaN));
  assert.deepEqual([...lab.forward('elu', new Float32Array([-Infinity]), { alpha: 0.5 })], [-0.5]);
});

test('createActLab rejects a bad impl and reports a missing build clearly', async () => {
  await assert.rejects(() => createActLab({ impl: 'gpu' }), {
    name: 'RangeError',
    message: /impl must be "simd" or "scalar"/,
  });
  await assert.rejects(() => createActLab({ wasmUrl: new URL('file:///nonexistent/actlab.wasm') }), /npm run build/);
  await assert.rejects(() => createActLab({ wasmBinary: new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]) }));
});
