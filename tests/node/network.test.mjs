// The network/dataset JS API: the example, Playground parity against a plain-JS
// implementation of TensorFlow Playground's per-example algorithm, errors, grids, soak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';

const lab = await createActLab();

test('the issue example runs and learns the spiral', () => {
  const data = lab.makeDataset({ kind: 'spiral', points: 500, noise: 0, trainFraction: 0.5, seed: 1 });
  assert.equal(data.size, 500);
  assert.equal(data.trainCount, 250);
  assert.equal(data.task, 'binary');
  const net = lab.createNetwork({
    features: ['x1', 'x2'],
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
    ],
    head: 'playground',
    init: 'uniform',
    optimizer: { type: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    seed: 1,
  });
  net.setData(data);
  const log = net.train(100);
  assert.equal(log.length, 100);
  assert.equal(log.diverged, false);
  for (const k of ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy']) assert.equal(typeof log[0][k], 'number');
  assert.ok(log[99].trainLoss < log[0].trainLoss, 'loss decreases');
  assert.equal(net.epoch, 100);
  assert.equal(log[99].epoch, 100);
  const thin = net.train(25, { evaluateEvery: 10 });
  assert.deepEqual(
    thin.map((s) => s.epoch),
    [110, 120, 125],
  );
  assert.equal(net.epoch, 125);
  assert.throws(() => net.train(5, { evaluateEvery: 0 }), RangeError);
  const grid = net.evaluateGrid(-6, 6, -6, 6, 100, 100);
  assert.equal(grid.length, 10000);
  assert.ok(
    grid.every((v) => v >= -1 && v <= 1),
    'tanh output',
  );
  const flow = lab.gradientFlow({ depth: 20, width: 8, activation: 'sigmoid', init: 'xavier', seed: 3 });
  assert.equal(flow.gradWNorm.length, 20);
  assert.ok(flow.gradWNorm[19] / flow.gradWNorm[0] >= 1e6, 'sigmoid stack: vanishing gradient');
  const relu = lab.gradientFlow({ depth: 20, width: 8, activation: 'relu', init: 'he', seed: 1 });
  assert.ok(relu.gradWNorm[19] / relu.gradWNorm[0] < 1e2);
  net.delete();
  data.delete();
});

// TensorFlow Playground's nn.ts algorithm, per example, from its published description:
// forward; output error derivative (output − target) for the square error ½(o − t)²;
// backward accumulating ∂E/∂bias and ∂E/∂w per node/link; every batchSize examples
// w −= lr·acc/n and bias −= lr·acc/n. Loss = mean ½(o − t)². Written in double.
function playgroundTrain(layers, points, labels, nTrain, epochs, lr, batchSize) {
  const tanh = Math.tanh;
  const dtanh = (x) => 1 - Math.tanh(x) ** 2;
  const net = layers.map((l) => ({
    W: l.W.map(Number),
    b: l.b.map(Number),
    in: l.W.length / l.b.length,
    out: l.b.length,
  }));
  const acc = net.map((l) => ({ W: new Float64Array(l.W.length), b: new Float64Array(l.out), n: 0 }));
  const forward = (x) => {
    const totals = [];
    const outs = [x];
    net.forEach((l, li) => {
      const t = new Float64Array(l.out);
      const o = new Float64Array(l.out);
      for (let j = 0; j < l.out; j++) {
        let s = l.b[j];
        for (let i = 0; i < l.in; i++) s += l.W[j * l.in + i] * outs[li][i];
        t[j] = s;
        o[j] = tanh(s);
      }
      totals.push(t);
      outs.push(o);
    });
    return { totals, outs };
  };
  const loss = (from, to) => {
    let s = 0;
    for (let p = from; p < to; p++) s += 0.5 * (forward(points[p]).outs.at(-1)[0] - labels[p]) ** 2;
    return s / (to - from);
  };
  const curve = [];
  for (let e = 0; e < epochs; e++) {
    for (let p = 0; p < nTrain; p++) {
      const { totals, outs } = forward(points[p]);
      let outDer = [outs.at(-1)[0] - labels[p]];
      for (let li = net.length - 1; li >= 0; li--) {
        const l = net[li];
        const inDer = new Float64Array(l.out);
        for (let j = 0; j < l.out; j++) {
          inDer[j] = outDer[j] * dtanh(totals[li][j]);
          acc[li].b[j] += inDer[j];
          for (let i = 0; i < l.in; i++) acc[li].W[j * l.in + i] += inDer[j] * outs[li][i];
        }
        acc[li].n++;
        const below = new Float64Array(l.in);
        for (let i = 0; i < l.in; i++) for (let j = 0; j < l.out; j++) below[i] += l.W[j * l.in + i] * inDer[j];
        outDer = below;
      }
      if ((p + 1) % batchSize === 0) {
        net.forEach((l, li) => {
          const n = acc[li].n;
          for (let k = 0; k < l.W.length; k++) l.W[k] -= (lr / n) * acc[li].W[k];
          for (let j = 0; j < l.out; j++) l.b[j] -= (lr * acc[li].b[j]) / n;
          acc[li].W.fill(0);
          acc[li].b.fill(0);
          acc[li].n = 0;
        });
      }
    }
    curve.push({ train: loss(0, nTrain), test: loss(nTrain, points.length) });
  }
  return curve;
}

test('Playground parity: 50 epochs match a plain-JS implementation of its algorithm', () => {
  const data = lab.makeDataset({ kind: 'circle', points: 500, noise: 0.1, trainFraction: 0.5, seed: 4 });
  const net = lab.createNetwork({
    features: ['x1', 'x2'],
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 2, activation: 'tanh' },
    ],
    head: 'playground',
    init: 'uniform',
    optimizer: { type: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    shuffle: false,
    seed: 8,
  });
  net.setData(data);
  const initial = JSON.parse(net.exportJSON()).state.layers;
  const x1 = data.x1,
    x2 = data.x2,
    label = data.label;
  const points = Array.from(x1, (v, i) => [v, x2[i]]);
  const labels = Array.from(label, (v) => (v > 0.5 ? 1 : -1));
  const reference = playgroundTrain(initial, points, labels, data.trainCount, 50, 0.03, 10);
  const log = net.train(50);
  let worst = 0;
  for (let e = 0; e < 50; e++) {
    worst = Math.max(
      worst,
      Math.abs(log[e].trainLoss - reference[e].train) / reference[e].train,
      Math.abs(log[e].testLoss - reference[e].test) / reference[e].test,
    );
  }
  assert.ok(worst <= 1e-4, `worst relative loss difference ${worst}`);
  assert.ok(reference[49].train < reference[0].train);
  net.delete();
  data.delete();
});

test('datasets: CSV and points, with errors naming the line', () => {
  const ds = lab.parseCsv('x1,x2,label\n1,2,1\n-1,0.5,0\n3,3,1\n', { task: 'binary', trainFraction: 1 });
  assert.equal(ds.size, 3);
  assert.equal(ds.trainCount, 3);
  ds.delete();
  assert.throws(() => lab.parseCsv('1,2,1\n1,2\n', { task: 'binary' }), { name: 'RangeError', message: /line 2/ });
  assert.throws(() => lab.parseCsv('1,2,1\n1,NaN,0\n', { task: 'binary' }), { name: 'RangeError', message: /line 2/ });
  assert.throws(() => lab.parseCsv('1,2,5\n', { task: 'multiclass', classes: 3 }), {
    name: 'RangeError',
    message: /line 1/,
  });
  assert.throws(() => lab.parseCsv('1,2,1\n1,2,x\n', { task: 'binary' }), {
    name: 'RangeError',
    message: /line 2: every field must be a number/,
  });
  assert.throws(() => lab.parseCsv('x1,x2,label\n', { task: 'binary' }), {
    name: 'RangeError',
    message: /no data rows/,
  });
  assert.throws(() => lab.parseCsv(5), TypeError);
  assert.throws(() => lab.parseCsv('1,2,1', { task: 'ranking' }), { name: 'RangeError', message: /options.task/ });
  const big = Array.from({ length: 10001 }, (_, i) => `${i},0,1`).join('\n');
  assert.throws(() => lab.parseCsv(big, { task: 'binary' }), { name: 'RangeError', message: /10,?000/ });
  const pts = lab.datasetFromPoints(
    { x1: [0, 1, 2, 3], x2: [1, 1, 1, 1], label: [0.5, -0.5, 1, 0] },
    { task: 'regression', trainFraction: 0.5 },
  );
  assert.equal(pts.task, 'regression');
  assert.equal(pts.trainCount, 2);
  pts.delete();
  assert.throws(() => lab.datasetFromPoints({ x1: [0], x2: [1, 2], label: [0] }), RangeError);
  assert.throws(() => lab.makeDataset({ kind: 'moons' }), { name: 'RangeError', message: /circle/ });
  assert.throws(() => lab.makeDataset({ kind: 'circle', noise: 0.9 }), { name: 'RangeError', message: /noise/ });
  assert.throws(() => lab.makeDataset({ kind: 'circle', points: 'many' }), TypeError);
});

test('network errors are clear; use after delete is an error', () => {
  assert.throws(() => lab.createNetwork({ layers: [{ units: 33, activation: 'relu' }] }), {
    name: 'RangeError',
    message: /layers\[0\]\.units must be an integer in \[1, 32\], got 33/,
  });
  assert.throws(() => lab.createNetwork({ optimizer: { type: 'sgd', learningRate: NaN } }), {
    name: 'RangeError',
    message: /learningRate/,
  });
  assert.throws(() => lab.createNetwork('tanh'), TypeError);
  const net = lab.createNetwork({ layers: [{ units: 3, activation: 'relu' }] });
  assert.throws(() => net.train(5), { name: 'RangeError', message: /setData/ });
  const reg = lab.makeDataset({ kind: 'plane', points: 50 });
  assert.throws(() => net.setData(reg), { name: 'RangeError', message: /binary dataset/ });
  assert.throws(() => net.setData({}), TypeError);
  assert.throws(() => net.evaluateGrid(0, 1, 0, 1, 0, 10), RangeError);
  assert.throws(() => net.evaluateGrid(0, NaN, 0, 1, 10, 10), RangeError);
  assert.throws(() => lab.importNetwork('{"format":"x"}'), { name: 'RangeError', message: /format/ });
  net.delete();
  reg.delete();
  assert.throws(() => net.train(1), /after delete/);
  net.delete(); // idempotent
});

test('divergence at lr 10 is reported, state stays finite, reset recovers', () => {
  const data = lab.makeDataset({ kind: 'plane', points: 200, seed: 2 });
  const net = lab.createNetwork({
    layers: [
      { units: 8, activation: 'relu' },
      { units: 8, activation: 'relu' },
    ],
    head: 'regression',
    init: 'he',
    optimizer: { type: 'sgd', learningRate: 10 },
  });
  net.setData(data);
  const log = net.train(50);
  assert.equal(log.diverged, true);
  assert.equal(log.divergedEpoch, log.length + 1);
  assert.ok(Number.isFinite(net.evaluate().trainLoss));
  net.reset();
  assert.equal(net.epoch, 0);
  net.delete();
  data.delete();
});

test('RGBA rendering, unit grids, diagnostics, export/import through JS', () => {
  const data = lab.makeDataset({ kind: 'spiral_k', classes: 3, points: 300, seed: 5 });
  const net = lab.createNetwork({
    layers: [{ units: 6, activation: 'prelu', prelu: 'neuron' }],
    head: 'softmax',
    classes: 3,
    optimizer: { type: 'adam', learningRate: 0.02 },
  });
  net.setData(data);
  net.train(20);
  const px = net.renderGrid(-6, 6, -6, 6, 40, 30);
  assert.ok(px instanceof Uint8ClampedArray);
  assert.equal(px.length, 40 * 30 * 4);
  assert.ok(px.some((v, i) => i % 4 === 3 && v === 255));
  const buf = lab.allocBytes(40 * 30 * 4);
  const view = net.renderGrid(-6, 6, -6, 6, 40, 30, { into: buf });
  assert.deepEqual([...view.slice(0, 64)], [...px.slice(0, 64)]);
  buf.free();
  const units = net.evaluateUnitGrids(-6, 6, -6, 6, 10, 10);
  assert.equal(units.length, net.unitCount * 100);
  const diag = net.diagnostics({ example: 3 });
  assert.equal(diag.length, 2);
  assert.equal(diag[0].preluAlpha.length, 6);
  assert.equal(diag[0].jacobian.example.length, 6);
  assert.equal(
    diag[0].zHist.reduce((a, b) => a + b, 0),
    6 * data.trainCount,
  );
  const json = net.exportJSON();
  const copy = lab.importNetwork(json);
  assert.equal(copy.exportJSON(), json);
  assert.deepEqual(copy.evaluateGrid(-1, 1, -1, 1, 5, 5), net.evaluateGrid(-1, 1, -1, 1, 5, 5));
  copy.delete();
  net.delete();
  data.delete();
});

test('soak: 10^6 training examples and 10^3 create/delete cycles stay within a heap bound', () => {
  const data = lab.makeDataset({ kind: 'spiral', points: 500, seed: 9 });
  const net = lab.createNetwork({
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
    ],
    optimizer: { type: 'sgd', learningRate: 0.03 },
  });
  net.setData(data);
  const log = net.train(4000); // 4000 epochs × 250 training examples = 10^6
  assert.equal(log.length, 4000);
  net.delete();
  const before = lab.liveObjects();
  const start = lab.memoryBytes();
  for (let i = 0; i < 1000; i++) {
    const n = lab.createNetwork({
      layers: [
        { units: 16, activation: 'relu' },
        { units: 16, activation: 'gelu' },
      ],
      seed: i,
    });
    n.setData(data);
    n.train(1);
    n.evaluateGrid(-6, 6, -6, 6, 20, 20);
    n.delete();
  }
  const after = lab.liveObjects();
  assert.deepEqual(after, before, 'every Embind object was freed');
  const bound = 64 * 1024 * 1024;
  assert.ok(lab.memoryBytes() <= Math.max(bound, start), `heap ${lab.memoryBytes()} bytes ≤ ${bound}`);
  data.delete();
  assert.deepEqual({ ...lab.liveObjects(), buffers: 0 }, { wrappers: 0, handles: 0, buffers: 0 });
});
