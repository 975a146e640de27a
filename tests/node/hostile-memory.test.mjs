// Hostile input, class 1: memory safety. Buffers are checked by identity against the module
// instance that made them and by liveness; typed arrays by their internal slot, their length
// read once. Nothing here may write outside the caller's own memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

test('a freed buffer is refused wherever the API would write or read it', () => {
  const net = lab.createNetwork({ layers: [{ units: 3, activation: 'tanh' }] });
  const out = lab.alloc(16);
  const px = lab.allocBytes(64);
  out.free();
  px.free();
  rejects(() => net.evaluateGridInto(out, -1, 1, -1, 1, 4, 4), Error, /out was already freed/);
  rejects(() => net.renderGrid(-1, 1, -1, 1, 4, 4, { into: px }), Error, /already freed/);
  rejects(() => lab.forwardInto('relu', out, out), Error, /already freed/);
  rejects(() => lab.softmaxInto(out, out), Error, /already freed/);
  assert.equal(out.ptr, 0);
  net.delete();
  assertStillWorks(lab);
});

test("objects shaped like buffers, hand-made buffers and another instance's buffers are refused", async () => {
  const net = lab.createNetwork({ layers: [{ units: 3, activation: 'tanh' }] });
  const real = lab.alloc(16);
  const fakes = [
    { ptr: 0, length: 16 },
    { ptr: real.ptr, length: 16, view: real.view },
    Object.create(Object.getPrototypeOf(real)),
    new Float32Array(16),
  ];
  for (const f of fakes) {
    rejects(() => lab.forwardInto('relu', f, real), TypeError, /buffer/);
    rejects(() => lab.forwardInto('relu', real, f), TypeError, /buffer/);
    rejects(() => net.evaluateGridInto(f, -1, 1, -1, 1, 4, 4), TypeError, /buffer/);
  }
  rejects(() => new real.constructor(Symbol('x'), real.ptr, 16), TypeError, /lab\.alloc/);
  rejects(() => new real.constructor(undefined, 0, 16), TypeError, /lab\.alloc/);
  // A byte buffer where floats are expected, and the reverse.
  const bytes = lab.allocBytes(64);
  rejects(() => lab.forwardInto('relu', bytes, bytes), TypeError, /lab\.alloc\(\)/);
  rejects(() => net.renderGrid(-1, 1, -1, 1, 4, 4, { into: lab.alloc(64) }), TypeError, /allocBytes/);
  // A second, separate module instance: its buffers belong to its own memory.
  const other = await createActLab({
    wasmBinary: readFileSync(new URL('../../build/wasm/actlab_simd.wasm', import.meta.url)),
  });
  assert.notEqual(other, lab);
  const foreign = other.alloc(16);
  rejects(() => lab.forwardInto('relu', foreign, real), TypeError, /this module/);
  rejects(() => other.forwardInto('relu', real, foreign), TypeError, /this module/);
  other.forwardInto('relu', foreign, foreign); // its own buffers work
  foreign.free();
  real.free();
  bytes.free();
  net.delete();
  assertStillWorks(lab);
  assertStillWorks(other);
});

test('a Float32Array subclass whose length lies is read by its real length', () => {
  let calls = 0;
  class Liar extends Float32Array {
    get length() {
      return ++calls > 1 ? 1 << 24 : 4; // small when checked, huge when copied
    }
  }
  const x = new Liar([-1, 2, -3, 4]);
  const y = lab.forward('relu', x);
  assert.deepEqual([...y], [0, 2, 0, 4]);
  assert.equal(lab.softmax(x).length, 4);
  assert.equal(lab.backward('relu', x, x).length, 4);
  const p = lab.datasetFromPoints({ x1: x, x2: x, label: new Liar([0, 1, 0, 1]) });
  assert.equal(p.size, 4);
  p.delete();
  assertStillWorks(lab);
});

test('objects that only inherit from Float32Array.prototype are not typed arrays', () => {
  const fake = Object.create(Float32Array.prototype);
  rejects(() => lab.forward('relu', fake), TypeError, /Float32Array/);
  rejects(() => lab.softmax(fake), TypeError, /Float32Array/);
  rejects(() => lab.derivative('tanh', { length: 1e9, 0: 1 }), TypeError, /Float32Array/);
  rejects(() => lab.forward('relu', new Float64Array(4)), TypeError, /got a Float64Array/);
  rejects(() => lab.datasetFromPoints({ x1: fake, x2: [1], label: [1] }), TypeError, /points\.x1/);
  const proxy = new Proxy(new Float32Array(4), {});
  rejects(() => lab.forward('relu', proxy), TypeError, /Float32Array/);
  assertStillWorks(lab);
});
