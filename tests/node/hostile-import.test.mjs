// Hostile input, class 5: imported state. Weights, biases and slopes must be magnitudes a
// network can train from (|p| ≤ limits.parameter.max, the bound training itself keeps), Adam's
// second moments ≥ 0; training that leaves that range is reported as diverged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

function trainedExport() {
  const data = lab.makeDataset({ kind: 'circle', points: 100, seed: 3 });
  const net = lab.createNetwork({
    layers: [{ units: 3, activation: 'prelu' }],
    optimizer: { type: 'adam', learningRate: 0.01 },
    seed: 2,
  });
  net.setData(data);
  net.train(3);
  const json = JSON.parse(net.exportJSON());
  net.delete();
  data.delete();
  return json;
}

test('negative second moments and untrainable magnitudes are refused with the field named', () => {
  const good = trainedExport();
  const cases = [
    [
      (j) => (j.state.optimizer.v[2] = -1e-6),
      /state\.optimizer\.v\[2\] must be a number in \[0, 3\.40282e\+38\], got -1e-06/,
    ],
    [
      (j) => (j.state.layers[0].W[1] = 3.4e38),
      /state\.layers\[0\]\.W\[1\] must be a number in \[-1000000, 1000000\], got 3\.4e\+38/,
    ],
    [(j) => (j.state.layers[1].b[0] = -2e6), /state\.layers\[1\]\.b\[0\] must be a number in \[-1000000, 1000000\]/],
    [(j) => (j.state.layers[0].alpha[0] = 1e7), /state\.layers\[0\]\.alpha\[0\]/],
    [(j) => (j.state.optimizer.m[0] = 1e39), /state\.optimizer\.m\[0\] must be a number in/],
    [(j) => (j.state.epoch = -1), /state\.epoch must be a non-negative integer/],
  ];
  for (const [spoil, re] of cases) {
    const j = structuredClone(good);
    spoil(j);
    rejects(() => lab.importNetwork(j), RangeError, re);
    rejects(() => lab.importNetwork(JSON.stringify(j)), RangeError, re);
  }
  assert.deepEqual({ ...lab.liveObjects(), buffers: 0 }, { wrappers: 0, handles: 0, buffers: 0 });
  // At the bound itself the import is accepted and training runs (or reports divergence).
  const edge = structuredClone(good);
  edge.state.layers[0].W[0] = lab.limits.parameter.max;
  const net = lab.importNetwork(edge);
  const data = lab.makeDataset({ kind: 'circle', points: 100, seed: 3 });
  net.setData(data);
  const log = net.train(2);
  assert.ok(log.diverged || log.every((s) => Number.isFinite(s.trainLoss)));
  net.delete();
  data.delete();
  assertStillWorks(lab);
});

test('training that pushes a weight past the bound is reported as diverged', () => {
  const data = lab.makeDataset({ kind: 'plane', points: 200, seed: 1 });
  const net = lab.createNetwork({
    layers: [
      { units: 8, activation: 'identity' },
      { units: 8, activation: 'identity' },
    ],
    head: 'regression',
    optimizer: { type: 'sgd', learningRate: 100 },
    seed: 4,
  });
  net.setData(data);
  const log = net.train(200);
  assert.equal(log.diverged, true);
  const state = JSON.parse(net.exportJSON()).state;
  for (const l of state.layers) for (const w of [...l.W, ...l.b]) assert.ok(Math.abs(w) <= lab.limits.parameter.max);
  // The exported last good state imports again.
  const copy = lab.importNetwork(net.exportJSON());
  copy.delete();
  net.delete();
  data.delete();
  assertStillWorks(lab);
});
