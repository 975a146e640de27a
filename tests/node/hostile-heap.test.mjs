// Hostile input, class 2: heap exhaustion. Sizes are checked before anything is copied into
// WASM, and every call that allocates inside the core reserves its memory first: with the
// heap full, calls fail with RangeError, free what they took, and the module keeps working.
// (Its own process: it grows this instance's memory to the 2 GiB maximum.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

test('texts and point counts are refused by size before they reach WASM', () => {
  const before = lab.memoryBytes();
  const huge = 'a'.repeat(64 * 1024 * 1024); // 64 Mi characters
  rejects(() => lab.parseCsv(huge), RangeError, /CSV text has 67108864 characters; at most 4194304/);
  rejects(() => lab.importNetwork(huge), RangeError, /json has 67108864 characters/);
  const many = new Float32Array(lab.limits.points.max + 1);
  rejects(() => lab.datasetFromPoints({ x1: many, x2: many, label: many }), RangeError, /at most 10000/);
  rejects(() => lab.datasetFromPoints({ x1: new Array(1e6).fill(0), x2: [], label: [] }), RangeError, /at most 10000/);
  assert.equal(lab.memoryBytes(), before, 'nothing was allocated');
  assertStillWorks(lab);
});

test('with the heap full every allocating call is a RangeError, and nothing leaks', () => {
  const data = lab.makeDataset({ kind: 'spiral', points: 400, seed: 1 });
  const net = lab.createNetwork({ layers: [{ units: 8, activation: 'tanh' }], seed: 1 });
  net.setData(data);
  const exported = net.exportJSON();
  const csv = 'x1,x2,label\n' + '0.5,-1.25,1\n'.repeat(5000);
  const handlesBefore = lab.liveObjects();
  // Fill the heap: halve the block size each time an allocation fails, down to 16 bytes.
  const fill = [];
  for (let n = 2 ** 26; n >= 4; n /= 2) {
    for (;;) {
      try {
        fill.push(lab.alloc(n));
      } catch (e) {
        assert.ok(e instanceof RangeError, e.message);
        break;
      }
    }
  }
  assert.ok(fill.length > 10);
  const calls = {
    parseCsv: () => lab.parseCsv(csv),
    makeDataset: () => lab.makeDataset({ kind: 'circle', points: 10000 }),
    datasetFromPoints: () => lab.datasetFromPoints({ x1: [1, 2], x2: [3, 4], label: [0, 1] }),
    createNetwork: () =>
      lab.createNetwork({
        layers: [
          { units: 32, activation: 'relu' },
          { units: 32, activation: 'gelu' },
        ],
      }),
    importNetwork: () => lab.importNetwork(exported),
    gradientFlow: () => lab.gradientFlow({ depth: 20, width: 32 }),
    train: () => net.train(50),
    evaluate: () => net.evaluate(),
    diagnostics: () => net.diagnostics(),
    exportJSON: () => net.exportJSON(),
    evaluateGrid: () => net.evaluateGrid(-6, 6, -6, 6, 200, 200),
    renderGrid: () => net.renderGrid(-6, 6, -6, 6, 200, 200),
    forward: () => lab.forward('gelu', new Float32Array(100000)),
    softmaxBackward: () => lab.softmaxBackward(new Float32Array(100000), new Float32Array(100000)),
  };
  let refused = 0;
  for (const [name, call] of Object.entries(calls)) {
    try {
      const r = call();
      r?.delete?.(); // a call small enough to fit is fine too
    } catch (e) {
      assert.ok(e instanceof RangeError, `${name}: ${e?.constructor?.name}: ${e?.message}`);
      assert.match(e.message, /out of WASM memory/, name);
      refused++;
    }
  }
  assert.ok(refused >= 8, `only ${refused} calls were refused: the heap was not full`);
  assert.deepEqual(
    { ...lab.liveObjects(), buffers: 0 },
    { ...handlesBefore, buffers: 0 },
    'no wrapper or handle left behind',
  );
  for (const b of fill) b.free();
  // Everything works again, and the same calls now succeed.
  assertStillWorks(lab);
  const again = lab.importNetwork(exported);
  assert.equal(again.exportJSON(), exported);
  const parsed = lab.parseCsv(csv);
  assert.equal(parsed.size, 5000);
  parsed.delete();
  again.delete();
  net.delete();
  data.delete();
});
