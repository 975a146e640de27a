// Shared by the hostile-input suites (tests/node/hostile-*.test.mjs): after every hostile call
// the module must still do real work.
import assert from 'node:assert/strict';

/** A forward call, network creation, data and two training epochs, all correct and freed. */
export function assertStillWorks(lab) {
  assert.deepEqual([...lab.forward('relu', Float32Array.of(-1, 2))], [0, 2]);
  assert.equal(lab.forward('sigmoid', Float32Array.of(0))[0], 0.5);
  const data = lab.makeDataset({ kind: 'xor', points: 50, seed: 2 });
  const net = lab.createNetwork({ layers: [{ units: 4, activation: 'tanh' }], seed: 3 });
  net.setData(data);
  const log = net.train(2);
  assert.equal(log.length, 2);
  assert.ok(Number.isFinite(log[1].trainLoss));
  net.delete();
  data.delete();
}

/** Runs f, which must throw an error of class `Kind` whose message matches `re` (if given). */
export function rejects(f, Kind, re) {
  assert.throws(f, (e) => {
    assert.ok(e instanceof Kind, `expected ${Kind.name}, got ${e?.constructor?.name}: ${e?.message}`);
    if (re) assert.match(e.message, re);
    return true;
  });
}
