// The linear-collapse lab's DOM-free model (web/src/model/linear-collapse.js) against the real
// WASM core: exported weights → W, b; the stack equals W·x + b without an activation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from 'actlab';
import {
  BOUNDARY,
  analyseStack,
  boundaryConfig,
  collapse,
  gridPoints,
  layersFromExport,
  stackConfig,
} from '../../web/src/model/linear-collapse.js';
import dict from '../../web/src/i18n/parts/linear_collapse.js';

const lab = await createActLab();

test('linear-collapse: collapse() multiplies the layers and carries the biases through', () => {
  const layers = [
    {
      W: [
        [1, 2],
        [3, 4],
      ],
      b: [1, -1],
    },
    { W: [[2, 0]], b: [0.5] },
  ];
  assert.deepEqual(collapse(layers), { W: [[2, 4]], b: [2.5] });
});

test('linear-collapse: gridPoints follows evaluateGrid order (row 0 = ymax, column 0 = xmin)', () => {
  assert.deepEqual(gridPoints(-1, 1, -2, 2, 2, 2), [
    [-1, 2],
    [1, 2],
    [-1, -2],
    [1, -2],
  ]);
});

test('linear-collapse: exported W is row-major, one row per unit', () => {
  const net = lab.createNetwork(stackConfig({ layers: 2, activation: 'identity', seed: 4 }));
  try {
    const layers = layersFromExport(net.exportJSON());
    assert.deepEqual(
      layers.map((l) => [l.W.length, l.W[0].length, l.b.length]),
      [
        [3, 2, 3],
        [1, 3, 1],
      ],
    );
    // the network's output at (1, 0) and (0, 1) is W's columns plus b
    const out = net.evaluateGrid(0, 1, 0, 1, 2, 2); // (0,1) (1,1) / (0,0) (1,0)
    const { W, b } = collapse(layers);
    assert.ok(Math.abs(out[2] - b[0]) < 1e-6);
    assert.ok(Math.abs(out[3] - (W[0][0] + b[0])) < 1e-6);
    assert.ok(Math.abs(out[0] - (W[0][1] + b[0])) < 1e-6);
  } finally {
    net.delete();
  }
});

test('linear-collapse: identity stacks collapse (float32 rounding), nonlinear ones do not', () => {
  for (const layers of [2, 3, 6]) {
    for (const [activation, collapses] of [
      ['identity', true],
      ['tanh', false],
      ['relu', false],
      ['sigmoid', false],
    ]) {
      const net = lab.createNetwork(stackConfig({ layers, activation, seed: 1 }));
      try {
        const a = analyseStack(net);
        assert.equal(a.layers.length, layers);
        assert.equal(a.pairs.length, 196);
        if (collapses) assert.ok(a.maxDifference < 1e-4, `${activation} ${layers}: ${a.maxDifference}`);
        else assert.ok(a.maxDifference > 1e-2, `${activation} ${layers}: ${a.maxDifference}`);
      } finally {
        net.delete();
      }
    }
  }
});

test('linear-collapse: on circle data a tanh hidden layer beats linear layers by ≥ 20 points', () => {
  for (const seed of [1, 2]) {
    const data = lab.makeDataset({ ...BOUNDARY.data, seed });
    const acc = {};
    for (const kind of ['linear', 'nonlinear']) {
      const net = lab.createNetwork(boundaryConfig(kind, seed));
      net.setData(data);
      acc[kind] = net.train(BOUNDARY.epochs).at(-1).testAccuracy;
      net.delete();
    }
    data.delete();
    assert.ok(acc.nonlinear - acc.linear >= 0.2, JSON.stringify(acc));
  }
  assert.deepEqual(lab.liveObjects(), { wrappers: 0, handles: 0, buffers: 0 });
});

test('linear-collapse: dictionary part has the same keys in ko and en', () => {
  assert.deepEqual(Object.keys(dict.en).sort(), Object.keys(dict.ko).sort());
});
