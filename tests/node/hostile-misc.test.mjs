// Hostile input, class 7: exact epoch counts past 2^24, and error classes and ranges as the
// contract states them (TypeError for a wrong type, RangeError naming the range).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

test('epoch counts past 2^24 are exact in the training log', () => {
  const data = lab.makeDataset({ kind: 'xor', points: 20 });
  const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  const j = JSON.parse(net.exportJSON());
  j.state.epoch = 2 ** 24 + 1; // float32 would read 2^24 + 2 after one more epoch as 2^24 + 2
  const big = lab.importNetwork(j);
  big.setData(data);
  const log = big.train(3);
  assert.deepEqual(
    log.map((s) => s.epoch),
    [2 ** 24 + 2, 2 ** 24 + 3, 2 ** 24 + 4],
  );
  assert.equal(big.epoch, 2 ** 24 + 4);
  assert.equal(big.evaluate().epoch, 2 ** 24 + 4);
  big.delete();
  net.delete();
  data.delete();
  assertStillWorks(lab);
});

test("errors have the contract's class and name the right range", () => {
  rejects(() => lab.alloc('8'), TypeError);
  rejects(() => lab.allocBytes(0), RangeError, /allocBytes\(n\): n must be an integer in \[1, 268435456\], got 0/);
  rejects(
    () => lab.softmax(Float32Array.of(1), 0),
    RangeError,
    /temperature must be a finite number in \[0\.01, 100\], got 0/,
  );
  rejects(() => lab.softmax(Float32Array.of(1), NaN), RangeError, /got NaN/);
  rejects(
    () => lab.makeDataset({ kind: 'circle', noise: 0.6 }),
    RangeError,
    /spec\.noise must be a finite number in \[0, 0\.5\], got 0\.6/,
  );
  rejects(() => lab.makeDataset({ kind: 'circle', trainFraction: 0 }), RangeError, /\[0\.05, 1\]/);
  rejects(() => lab.makeDataset({ kind: 42 }), TypeError, /spec\.kind must be one of .*, got 42/);
  rejects(() => lab.makeDataset(null), TypeError, /spec must be an object, got null/);
  rejects(() => lab.gradientFlow({ depth: 21 }), RangeError, /spec\.depth must be an integer in \[1, 20\], got 21/);
  rejects(() => lab.gradientFlow({ width: 33 }), RangeError, /spec\.width must be an integer in \[1, 32\], got 33/);
  rejects(() => lab.parseCsv(42), TypeError, /CSV text must be a string, got 42/);
  rejects(() => lab.importNetwork(7), TypeError, /json must be an object, got 7/);
  rejects(() => lab.createNetwork([]), TypeError, /config must be an object, got an array/);
  rejects(
    () => lab.createNetwork({ seed: 2 ** 32 }),
    RangeError,
    /seed must be an integer in \[0, 4294967295\], got 4294967296/,
  );
  assertStillWorks(lab);
});
