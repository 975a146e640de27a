// The DOM-free parts of <actlab-dying-relu>, <actlab-prelu> and <actlab-elu>
// (web/src/model/dying-relu.js, prelu.js, elu.js) against the real WASM core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import {
  DYING_EPOCHS,
  dyingDataset,
  dyingNetwork,
  meanDead,
  newRun,
  padSeries,
  runOver,
  trainChunk,
} from '../../web/src/model/dying-relu.js';
import { PRELU_EPOCHS, preluDataset, preluNetwork, recordAlphas, trainAlphas } from '../../web/src/model/prelu.js';
import { eluNetwork, layerMeans, meanAbs, standardise, zeroMeanDataset } from '../../web/src/model/elu.js';

const lab = await createActLab();

function dyingRun(activation, settings) {
  const data = lab.makeDataset(dyingDataset(settings.seed));
  const net = lab.createNetwork(dyingNetwork(activation, settings));
  try {
    net.setData(data);
    const run = newRun(activation);
    let chunks = 0;
    while (!trainChunk(net, run, { budgetMs: 1 })) chunks++;
    return { run, chunks };
  } finally {
    net.delete();
    data.delete();
  }
}

test('dying ReLU: a bias offset of −3 leaves more dead units than 0; Leaky ReLU has none', () => {
  const zero = dyingRun('relu', { lr: 0.3, bias: 0, seed: 1 }).run;
  const neg = dyingRun('relu', { lr: 0.3, bias: -3, seed: 1 }).run;
  assert.equal(zero.dead.length, DYING_EPOCHS);
  assert.equal(zero.loss.length, DYING_EPOCHS);
  assert.ok(runOver(zero));
  assert.ok(neg.dead.at(-1) > zero.dead.at(-1) && neg.dead.at(-1) > 0.3, `${neg.dead.at(-1)} vs ${zero.dead.at(-1)}`);
  const leaky = dyingRun('leaky_relu', { lr: 0.3, bias: -3, seed: 1 }).run;
  assert.ok(leaky.dead.every((d) => d === 0));
  assert.deepEqual(dyingRun('relu', { lr: 0.3, bias: -3, seed: 1 }).run, neg, 'same seed, same run');
  assert.equal(lab.liveObjects().handles, 0);
});

test('dying ReLU: chunks are bounded by time, divergence ends a run, helpers', () => {
  const { chunks } = dyingRun('relu', { lr: 0.3, bias: 0, seed: 2 });
  assert.ok(chunks >= 1);
  const div = dyingRun('prelu', { lr: 10, bias: 0, seed: 1 }).run;
  assert.ok(div.diverged && runOver(div) && div.loss.length < DYING_EPOCHS);
  assert.equal(meanDead([{ deadFraction: 0.5 }, { deadFraction: 0.25 }, { deadFraction: 1 }]), 0.375);
  assert.deepEqual(padSeries([1, 2], 4), [1, 2, null, null]);
  assert.deepEqual(dyingNetwork('prelu', { lr: 1, bias: -2, seed: 3 }).layers[0], {
    units: 8,
    activation: 'prelu',
    prelu: 'layer',
  });
});

test('PReLU: α starts at 0.25 and moves with training, one history per layer', () => {
  const data = lab.makeDataset(preluDataset(1));
  const net = lab.createNetwork(preluNetwork(1));
  try {
    net.setData(data);
    const history = [];
    recordAlphas(history, net.diagnostics());
    assert.deepEqual(history, [[0.25], [0.25]]);
    let r;
    do r = trainAlphas(net, history, { budgetMs: 2 });
    while (!r.over);
    assert.equal(r.diverged, false);
    assert.equal(history[0].length, PRELU_EPOCHS + 1);
    assert.equal(history[1].length, PRELU_EPOCHS + 1);
    assert.notEqual(history[0].at(-1), 0.25);
  } finally {
    net.delete();
    data.delete();
  }
});

test('ELU: zero-mean data; ELU keeps the mean |activation| per layer below ReLU', () => {
  const z = standardise([1, 2, 3, 4]);
  assert.ok(Math.abs(z.reduce((s, v) => s + v, 0)) < 1e-12);
  assert.ok(Math.abs(z.reduce((s, v) => s + v * v, 0) / 4 - 1) < 1e-12);
  for (const seed of [1, 2, 3]) {
    const data = zeroMeanDataset(lab, seed);
    const means = {};
    for (const id of ['relu', 'elu']) {
      const net = lab.createNetwork(eluNetwork(id, { depth: 5, seed, alpha: 1 }));
      net.setData(data);
      means[id] = layerMeans(net, 5);
      // forward passes only, the same numbers as the full diagnostics
      assert.deepEqual(
        net.layerMeans(),
        net.diagnostics().map((l) => l.aMean),
      );
      net.delete();
    }
    data.delete();
    assert.equal(means.relu.length, 5);
    assert.ok(meanAbs(means.elu) < meanAbs(means.relu), `seed ${seed}: ${means.elu} vs ${means.relu}`);
  }
  assert.equal(lab.liveObjects().handles, 0);
});
