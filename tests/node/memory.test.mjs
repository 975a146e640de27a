// Zero-copy buffers stay valid when WASM memory grows; nothing leaks across many calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';

const lab = await createActLab();

test('buffer views survive memory growth', () => {
  const n = 1000;
  const input = lab.alloc(n);
  const output = lab.alloc(n);
  input.view.set(Float32Array.from({ length: n }, (_, i) => -5 + i / 100));
  const oldView = input.view;
  const before = lab.memoryBytes();
  // Force growth: 64 MiB more than the initial 16 MiB.
  const big = lab.alloc(16 * 1024 * 1024);
  assert.ok(lab.memoryBytes() > before, 'memory grew');
  assert.equal(oldView.length, 0, 'an old view is detached by growth (why .view must be re-read)');
  assert.equal(input.view.length, n, 're-read view has the data');
  assert.equal(input.view[0], -5);
  lab.forwardInto('sigmoid', input, output);
  assert.equal(output.view[500], 0.5);
  lab.derivativeInto('sigmoid', input, output);
  assert.equal(output.view[500], 0.25);
  // In place, and softmax into a buffer.
  lab.forwardInto('relu', input, input);
  assert.equal(input.view[0], 0);
  lab.softmaxInto(output, output, 1);
  assert.ok(Math.abs(output.view.reduce((s, v) => s + v, 0) - 1) < 1e-5);
  // The copying API still works after growth.
  assert.deepEqual([...lab.forward('relu', new Float32Array([-1, 2]))], [0, 2]);
  big.free();
  input.free();
  output.free();
  input.free(); // idempotent
  assert.throws(() => input.view, /after free/);
  assert.throws(() => lab.forwardInto('relu', input, output), /already freed/);
});

test('mismatched buffer lengths and bad sizes are errors', () => {
  const a = lab.alloc(4);
  const b = lab.alloc(5);
  assert.throws(() => lab.forwardInto('relu', a, b), { name: 'RangeError', message: /lengths differ/ });
  for (const bad of [0, -1, 1.5, NaN, 2 ** 29]) assert.throws(() => lab.alloc(bad), RangeError);
  a.free();
  b.free();
});

test('repeated calls and alloc/free cycles do not grow memory', () => {
  const x = new Float32Array(100000).map((_, i) => Math.sin(i));
  lab.forward('gelu', x);
  const start = lab.memoryBytes();
  for (let i = 0; i < 500; i++) {
    lab.forward('gelu', x);
    lab.softmax(x.subarray(0, 1000));
    const b = lab.alloc(50000);
    lab.forwardInto('tanh', b, b);
    b.free();
  }
  assert.equal(lab.memoryBytes(), start);
});

test('one module instance per implementation is shared', async () => {
  assert.equal(await createActLab(), lab);
  assert.equal(await createActLab({ impl: 'simd' }), lab);
  assert.notEqual(await createActLab({ impl: 'scalar' }), lab);
});
