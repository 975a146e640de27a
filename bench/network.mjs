// ActLab network benchmark: the tiny network (TensorFlow Playground's MLP) trained and drawn by
// ActLab's WASM core vs two plain-JS ports of the same algorithm.
//
//   node bench/network.mjs [--quick] [--json PATH]
//
// Legend: arch [2,8,8,1] = 2 inputs (x1, x2), hidden layers of 8 and 8 tanh units, 1 tanh
// output (Playground head: ½(o − t)², t = ±1; U(−0.5, 0.5) weights, biases 0.1). Data: 2-arm
// spiral, 500 points, noise 0, 250 train / 250 test; SGD, lr 0.03, batch 10, no shuffle.
// epoch = one pass over the 250 training points (25 updates) + one evaluation pass (loss and
// accuracy over all 500 points), which is what ActLab's net.train(E) and Playground's
// oneStep() both do. "train+eval" = 250·E / time of E epochs; "train only" = 250 / (epoch time
// − time of one evaluation pass, timed separately). grid = one 100×100 decision boundary.
// Prints the correctness check first (loss curves and grids vs the JS ports, from the same
// initial weights), then the interleaved timing, a table, the targets, and writes JSON. See
// bench/README.md.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpuSnapshot, otherLoad, machineInfo as machineInfoBase, logLoadAtStart } from './machine.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Configuration

const { values: argv } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (argv.help) {
  console.log('usage: node bench/network.mjs [--quick] [--json PATH]');
  process.exit(0);
}

// V8 runs WASM in its baseline compiler (Liftoff) first and tiers functions up to TurboFan in
// the background; JS goes through Ignition/Sparkplug/Maglev before TurboFan. Timing before
// both have settled makes ActLab look several times slower, so every contender is warmed up
// (train, evaluate, grid in a loop) for warmupMs per architecture before anything is timed.
const CONFIG = argv.quick
  ? { mode: 'quick', reps: 3, minSampleMs: 20, warmupMs: 1500 }
  : { mode: 'full', reps: 7, minSampleMs: 60, warmupMs: 1500 };
const JSON_PATH = path.resolve(argv.json ?? path.join(ROOT, 'build/bench/network.json'));

const ARCHS = [
  { id: '2-8-8-1', label: '[2,8,8,1]', hidden: [8, 8] },
  { id: '2-4-2-1', label: '[2,4,2,1]', hidden: [4, 2] },
];
const DATA_SPEC = { kind: 'spiral', points: 500, noise: 0, trainFraction: 0.5, seed: 1 };
const LEARNING_RATE = 0.03;
const BATCH = 10;
const GRID = { xmin: -6, xmax: 6, ymin: -6, ymax: 6, w: 100, h: 100 }; // Playground: xDomain [-6, 6], DENSITY 100
const CHECK_EPOCHS = 20;
const CHECK_MAX_REL = 1e-4;

const CONTENDERS = ['simd', 'scalar', 'nnts', 'flat'];
const LABEL = { simd: 'ActLab SIMD', scalar: 'ActLab scalar', nnts: 'JS nn.ts-style', flat: 'JS flat arrays' };
// Recorded TensorFlow Playground figures (its nn.ts, timed earlier on this machine kind; how
// the examples/s were counted is not recorded): [2,8,8,1] is in ../shared/TOOLCHAIN.md,
// [2,4,2,1] was recorded with it but is not written there.
const RECORDED = {
  '2-8-8-1': { examplesPerS: 627e3, gridMs: 9.7 },
  '2-4-2-1': { examplesPerS: 1.71e6, gridMs: 4.3 },
};
const TARGETS = { arch: '2-8-8-1', minExamplesPerS: 6e6, maxGridMs: 1.0 };
// Training speed against the flat-array JS port, in every case: both architectures, train+eval
// and train only (ActLab SIMD's rate ÷ JS flat arrays', measured side by side in this run).
const FLAT_TARGET = { contender: 'flat', minRatio: 8 };

// ---------------------------------------------------------------------------------------------
// Small helpers (as in bench.mjs)

const now = () => performance.now();
const median = (a) => {
  const s = [...a].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);
const log = (...a) => console.log(...a);
const progress = (s) => process.stderr.write(s);
const fmt3 = (v) =>
  v == null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3);
const fmtE = (v) => (v == null ? '—' : v === 0 ? '0' : v.toExponential(1));

// Like bench.mjs's, minus the glibc tunable it sets for itself.
function machineInfo() {
  const { glibcTunables, ...m } = machineInfoBase();
  return m;
}

function buildInfo() {
  const out = {};
  for (const f of ['actlab_simd.wasm', 'actlab_scalar.wasm']) {
    try {
      const st = fs.statSync(path.join(ROOT, 'build/wasm', f));
      out[f] = { bytes: st.size, mtime: st.mtime.toISOString() };
    } catch {}
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Contender 1: TensorFlow Playground's nn.ts, ported to JS as written (node and link objects,
// per-example forwardProp/backProp, accumulated derivatives, updateWeights every batchSize
// examples), with playground.ts's oneStep/getLoss/constructInput around it. Only what this
// configuration uses is kept (no regularisation, no dead links, one output).

const Errors = {
  SQUARE: {
    error: (output, target) => 0.5 * Math.pow(output - target, 2),
    der: (output, target) => output - target,
  },
};
const Activations = {
  TANH: {
    output: (x) => Math.tanh(x),
    der: (x) => {
      const output = Activations.TANH.output(x);
      return 1 - output * output;
    },
  },
};

class PgNode {
  constructor(id, activation) {
    this.id = id;
    this.inputLinks = [];
    this.bias = 0.1;
    this.outputs = [];
    this.totalInput = 0;
    this.output = 0;
    this.outputDer = 0;
    this.inputDer = 0;
    this.accInputDer = 0;
    this.numAccumulatedDers = 0;
    this.activation = activation;
  }
  updateOutput() {
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j];
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

class PgLink {
  constructor(source, dest) {
    this.id = source.id + '-' + dest.id;
    this.source = source;
    this.dest = dest;
    this.weight = Math.random() - 0.5; // overwritten with ActLab's initial weights
    this.errorDer = 0;
    this.accErrorDer = 0;
    this.numAccumulatedDers = 0;
  }
}

function buildNetwork(networkShape, activation, outputActivation, inputIds) {
  let id = 1;
  const network = [];
  for (let layerIdx = 0; layerIdx < networkShape.length; layerIdx++) {
    const isOutputLayer = layerIdx === networkShape.length - 1;
    const currentLayer = [];
    network.push(currentLayer);
    for (let i = 0; i < networkShape[layerIdx]; i++) {
      const nodeId = layerIdx === 0 ? inputIds[i] : String(id++);
      const node = new PgNode(nodeId, isOutputLayer ? outputActivation : activation);
      currentLayer.push(node);
      if (layerIdx >= 1) {
        for (const prevNode of network[layerIdx - 1]) {
          const link = new PgLink(prevNode, node);
          prevNode.outputs.push(link);
          node.inputLinks.push(link);
        }
      }
    }
  }
  return network;
}

function forwardProp(network, inputs) {
  const inputLayer = network[0];
  if (inputs.length !== inputLayer.length)
    throw new Error('The number of inputs must match the number of nodes in the input layer');
  for (let i = 0; i < inputLayer.length; i++) inputLayer[i].output = inputs[i];
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) currentLayer[i].updateOutput();
  }
  return network[network.length - 1][0].output;
}

function backProp(network, target, errorFunc) {
  const outputNode = network[network.length - 1][0];
  outputNode.outputDer = errorFunc.der(outputNode.output, target);
  for (let layerIdx = network.length - 1; layerIdx >= 1; layerIdx--) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      node.inputDer = node.outputDer * node.activation.der(node.totalInput);
      node.accInputDer += node.inputDer;
      node.numAccumulatedDers++;
    }
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        link.errorDer = node.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (layerIdx === 1) continue;
    const prevLayer = network[layerIdx - 1];
    for (let i = 0; i < prevLayer.length; i++) {
      const node = prevLayer[i];
      node.outputDer = 0;
      for (let j = 0; j < node.outputs.length; j++) {
        const output = node.outputs[j];
        node.outputDer += output.weight * output.dest.inputDer;
      }
    }
  }
}

function updateWeights(network, learningRate) {
  for (let layerIdx = 1; layerIdx < network.length; layerIdx++) {
    const currentLayer = network[layerIdx];
    for (let i = 0; i < currentLayer.length; i++) {
      const node = currentLayer[i];
      if (node.numAccumulatedDers > 0) {
        node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
      }
      for (let j = 0; j < node.inputLinks.length; j++) {
        const link = node.inputLinks[j];
        if (link.numAccumulatedDers > 0) {
          link.weight = link.weight - (learningRate / link.numAccumulatedDers) * link.accErrorDer;
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

/** playground.ts around nn.ts: state, constructInput, oneStep, getLoss, the boundary loop. */
class PlaygroundModel {
  constructor(shape, data) {
    this.INPUTS = { x: { f: (x, y) => x }, y: { f: (x, y) => y } }; // Playground's X_1, X_2
    this.state = { x: true, y: true, learningRate: LEARNING_RATE, batchSize: BATCH };
    this.network = buildNetwork(shape, Activations.TANH, Activations.TANH, ['x', 'y']);
    this.trainData = [];
    this.testData = [];
    for (let i = 0; i < data.x1.length; i++) {
      const p = { x: data.x1[i], y: data.x2[i], label: data.label[i] > 0.5 ? 1 : -1 };
      (i < data.trainCount ? this.trainData : this.testData).push(p);
    }
    this.lossTrain = 0;
    this.lossTest = 0;
  }
  /** layers: [{W: O×I row-major, b}], output layer last (ActLab's export). */
  setWeights(layers) {
    for (let l = 1; l < this.network.length; l++) {
      const { W, b } = layers[l - 1];
      this.network[l].forEach((node, o) => {
        node.bias = b[o];
        node.accInputDer = 0;
        node.numAccumulatedDers = 0;
        node.inputLinks.forEach((link, i) => {
          link.weight = W[o * node.inputLinks.length + i];
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        });
      });
    }
  }
  constructInput(x, y) {
    const input = [];
    for (const inputName in this.INPUTS) if (this.state[inputName]) input.push(this.INPUTS[inputName].f(x, y));
    return input;
  }
  oneStep() {
    this.trainData.forEach((point, i) => {
      const input = this.constructInput(point.x, point.y);
      forwardProp(this.network, input);
      backProp(this.network, point.label, Errors.SQUARE);
      if ((i + 1) % this.state.batchSize === 0) updateWeights(this.network, this.state.learningRate);
    });
    this.evaluate();
  }
  getLoss(dataPoints) {
    let loss = 0;
    for (let i = 0; i < dataPoints.length; i++) {
      const dataPoint = dataPoints[i];
      const input = this.constructInput(dataPoint.x, dataPoint.y);
      const output = forwardProp(this.network, input);
      loss += Errors.SQUARE.error(output, dataPoint.label);
    }
    return loss / dataPoints.length;
  }
  evaluate() {
    this.lossTrain = this.getLoss(this.trainData);
    this.lossTest = this.getLoss(this.testData);
    return { trainLoss: this.lossTrain, testLoss: this.lossTest };
  }
  /** E epochs of oneStep's training loop with one evaluation after the last (the "train only"
   * sample; the evaluation, timed apart, is subtracted once). */
  trainEpochs(E) {
    for (let e = 0; e < E; e++) {
      this.trainData.forEach((point, i) => {
        const input = this.constructInput(point.x, point.y);
        forwardProp(this.network, input);
        backProp(this.network, point.label, Errors.SQUARE);
        if ((i + 1) % this.state.batchSize === 0) updateWeights(this.network, this.state.learningRate);
      });
    }
    return this.evaluate();
  }
  /** E epochs; per epoch {trainLoss, testLoss} (Playground hands the pair to its line chart). */
  epochs(E) {
    const out = new Array(E);
    for (let e = 0; e < E; e++) {
      this.oneStep();
      out[e] = { trainLoss: this.lossTrain, testLoss: this.lossTest };
    }
    return out;
  }
  /** updateDecisionBoundary's loop, output node only, in ActLab's layout (row 0 = ymax). */
  grid(g, out = new Float32Array(g.w * g.h)) {
    for (let j = 0; j < g.h; j++) {
      const y = g.ymax - ((g.ymax - g.ymin) * j) / (g.h - 1);
      for (let i = 0; i < g.w; i++) {
        const x = g.xmin + ((g.xmax - g.xmin) * i) / (g.w - 1);
        out[j * g.w + i] = forwardProp(this.network, this.constructInput(x, y));
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Contender 2: the same algorithm on flat Float64Arrays (one W, b, activation and gradient
// array per layer, plain loops, no per-example allocation). Same operation order as nn.ts, so
// its results are bit-identical to contender 1.

class FlatModel {
  constructor(shape, data) {
    this.shape = shape;
    this.L = shape.length - 1; // weight layers
    this.W = [];
    this.b = [];
    this.a = []; // a[0] = inputs; a[l] = tanh(z) of layer l
    this.d = []; // ∂E/∂z (Playground's inputDer)
    this.g = []; // ∂E/∂a (Playground's outputDer)
    this.accW = [];
    this.accB = [];
    this.a.push(new Float64Array(shape[0]));
    for (let l = 1; l <= this.L; l++) {
      const I = shape[l - 1];
      const O = shape[l];
      this.W.push(new Float64Array(O * I));
      this.b.push(new Float64Array(O));
      this.a.push(new Float64Array(O));
      this.d.push(new Float64Array(O));
      this.g.push(new Float64Array(O));
      this.accW.push(new Float64Array(O * I));
      this.accB.push(new Float64Array(O));
    }
    this.count = 0;
    const n = data.x1.length;
    this.x1 = Float64Array.from(data.x1);
    this.x2 = Float64Array.from(data.x2);
    this.t = Float64Array.from(data.label, (v) => (v > 0.5 ? 1 : -1));
    this.nTrain = data.trainCount;
    this.n = n;
    this.lr = LEARNING_RATE;
    this.batch = BATCH;
  }
  setWeights(layers) {
    for (let l = 0; l < this.L; l++) {
      this.W[l].set(layers[l].W);
      this.b[l].set(layers[l].b);
      this.accW[l].fill(0);
      this.accB[l].fill(0);
    }
    this.count = 0;
  }
  forward(x1, x2) {
    const a0 = this.a[0];
    a0[0] = x1;
    a0[1] = x2;
    for (let l = 0; l < this.L; l++) {
      const W = this.W[l];
      const b = this.b[l];
      const inp = this.a[l];
      const out = this.a[l + 1];
      const I = inp.length;
      const O = out.length;
      for (let o = 0; o < O; o++) {
        let s = b[o];
        const row = o * I;
        for (let i = 0; i < I; i++) s += W[row + i] * inp[i];
        out[o] = Math.tanh(s);
      }
    }
    return this.a[this.L][0];
  }
  /** After forward(): accumulate ∂E/∂W, ∂E/∂b of E = ½(o − t)². */
  backward(t) {
    const L = this.L;
    this.g[L - 1][0] = this.a[L][0] - t;
    for (let l = L - 1; l >= 0; l--) {
      const W = this.W[l];
      const aOut = this.a[l + 1];
      const inp = this.a[l];
      const d = this.d[l];
      const g = this.g[l];
      const accW = this.accW[l];
      const accB = this.accB[l];
      const I = inp.length;
      const O = aOut.length;
      for (let o = 0; o < O; o++) {
        const y = aOut[o];
        const dz = g[o] * (1 - y * y); // tanh′(z) = 1 − tanh(z)²
        d[o] = dz;
        accB[o] += dz;
        const row = o * I;
        for (let i = 0; i < I; i++) accW[row + i] += dz * inp[i];
      }
      if (l === 0) break;
      const gPrev = this.g[l - 1];
      for (let i = 0; i < I; i++) {
        let s = 0;
        for (let o = 0; o < O; o++) s += W[o * I + i] * d[o];
        gPrev[i] = s;
      }
    }
    this.count++;
  }
  update() {
    const lr = this.lr;
    const n = this.count;
    for (let l = 0; l < this.L; l++) {
      const W = this.W[l];
      const b = this.b[l];
      const accW = this.accW[l];
      const accB = this.accB[l];
      for (let o = 0; o < b.length; o++) {
        b[o] -= (lr * accB[o]) / n;
        accB[o] = 0;
      }
      for (let k = 0; k < W.length; k++) {
        W[k] = W[k] - (lr / n) * accW[k];
        accW[k] = 0;
      }
    }
    this.count = 0;
  }
  loss(from, to) {
    let s = 0;
    for (let i = from; i < to; i++) {
      const e = this.forward(this.x1[i], this.x2[i]) - this.t[i];
      s += 0.5 * e * e;
    }
    return s / (to - from);
  }
  evaluate() {
    return { trainLoss: this.loss(0, this.nTrain), testLoss: this.loss(this.nTrain, this.n) };
  }
  /** E training epochs with one evaluation after the last (the "train only" sample). */
  trainEpochs(E) {
    for (let e = 0; e < E; e++) {
      for (let i = 0; i < this.nTrain; i++) {
        this.forward(this.x1[i], this.x2[i]);
        this.backward(this.t[i]);
        if ((i + 1) % this.batch === 0) this.update();
      }
    }
    return this.evaluate();
  }
  epochs(E) {
    const out = new Array(E);
    for (let e = 0; e < E; e++) {
      for (let i = 0; i < this.nTrain; i++) {
        this.forward(this.x1[i], this.x2[i]);
        this.backward(this.t[i]);
        if ((i + 1) % this.batch === 0) this.update();
      }
      out[e] = this.evaluate();
    }
    return out;
  }
  grid(g, out = new Float32Array(g.w * g.h)) {
    for (let j = 0; j < g.h; j++) {
      const y = g.ymax - ((g.ymax - g.ymin) * j) / (g.h - 1);
      for (let i = 0; i < g.w; i++) out[j * g.w + i] = this.forward(g.xmin + ((g.xmax - g.xmin) * i) / (g.w - 1), y);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading and setting up

const meta = machineInfo();
log(`ActLab network benchmark — ${CONFIG.mode} mode`);
log(`machine: ${meta.cpu}, ${meta.cores} cores, ${meta.platform}; node ${meta.node} (V8 ${meta.v8}); ${meta.date}`);
await logLoadAtStart(meta, log);

const labs = {};
const labErrors = {};
for (const impl of ['simd', 'scalar']) {
  try {
    const mod = await import(process.env.ACTLAB_BENCH_MODULE || 'actlab');
    labs[impl] = await mod.createActLab({ impl });
    if (labs[impl].impl !== impl) log(`warning: createActLab({impl:'${impl}'}) returned impl '${labs[impl].impl}'`);
  } catch (e) {
    labErrors[impl] = e?.message ?? String(e);
    log(`ActLab ${impl}: NOT LOADED (${labErrors[impl]}) — run \`npm run build\``);
  }
}
if (!labs.simd) {
  log('exit 1: the ActLab SIMD build is needed (it provides the dataset and the initial weights)');
  process.exit(1);
}
log(`ActLab: ${Object.keys(labs).join(', ')}; build files ${JSON.stringify(buildInfo())}`);
log(
  `task: spiral ${DATA_SPEC.points} points (noise ${DATA_SPEC.noise}, seed ${DATA_SPEC.seed}), tanh hidden layers, Playground head, ` +
    `U(−0.5,0.5) init + bias 0.1, SGD lr ${LEARNING_RATE}, batch ${BATCH}, no shuffle; grid ${GRID.w}×${GRID.h} over [${GRID.xmin},${GRID.xmax}]²`,
);

function netConfig(arch) {
  return {
    features: ['x1', 'x2'],
    layers: arch.hidden.map((units) => ({ units, activation: 'tanh' })),
    head: 'playground',
    init: 'uniform',
    optimizer: { type: 'sgd', learningRate: LEARNING_RATE },
    batchSize: BATCH,
    shuffle: false,
    seed: 1,
  };
}

const g = GRID;
/** Per arch: the data, ActLab's initial weights, and one object per contender with the same
 * methods: reset() (back to the initial weights), epochs(E), evalPass(), grid(). */
function setUp(arch) {
  const lab = labs.simd;
  const ds = lab.makeDataset(DATA_SPEC);
  const data = { x1: ds.x1, x2: ds.x2, label: ds.label, trainCount: ds.trainCount };
  const shape = [2, ...arch.hidden, 1];
  const c = {};
  const nets = [];
  const datasets = [ds];
  let init = null;
  for (const impl of ['simd', 'scalar']) {
    if (!labs[impl]) continue;
    const d = impl === 'simd' ? ds : labs[impl].makeDataset(DATA_SPEC);
    if (impl !== 'simd') datasets.push(d);
    const net = labs[impl].createNetwork(netConfig(arch));
    net.setData(d);
    nets.push(net);
    if (impl === 'simd') init = JSON.parse(net.exportJSON()).state.layers;
    c[impl] = {
      net,
      reset: () => net.reset(),
      epochs: (E) => net.train(E),
      trainEpochs: (E) => net.train(E, { evaluateEvery: E }).at(-1),
      evalPass: () => net.evaluate(),
      grid: () => net.evaluateGrid(g.xmin, g.xmax, g.ymin, g.ymax, g.w, g.h),
    };
  }
  const pg = new PlaygroundModel(shape, data);
  pg.setWeights(init);
  c.nnts = {
    model: pg,
    reset: () => pg.setWeights(init),
    epochs: (E) => pg.epochs(E),
    trainEpochs: (E) => pg.trainEpochs(E),
    evalPass: () => pg.evaluate(),
    grid: () => pg.grid(g),
  };
  const flat = new FlatModel(shape, data);
  flat.setWeights(init);
  c.flat = {
    model: flat,
    reset: () => flat.setWeights(init),
    epochs: (E) => flat.epochs(E),
    trainEpochs: (E) => flat.trainEpochs(E),
    evalPass: () => flat.evaluate(),
    grid: () => flat.grid(g),
  };
  const params = init.reduce((s, l) => s + l.W.length + l.b.length, 0);
  return {
    arch,
    shape,
    data,
    init,
    params,
    c,
    cleanup: () => (nets.forEach((n) => n.delete()), datasets.forEach((d) => d.delete())),
  };
}

const setups = ARCHS.map(setUp);
const PRESENT = CONTENDERS.filter((k) => setups[0].c[k]);

// ---------------------------------------------------------------------------------------------
// Correctness (before any timing)

const maxRel = (a, b) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]) / Math.max(Math.abs(b[i]), 1e-12)), 0);
const maxAbs = (a, b) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
const sameLayers = (p, q) =>
  p.length === q.length &&
  p.every((l, i) => ['W', 'b'].every((k) => l[k].length === q[i][k].length && l[k].every((v, j) => v === q[i][k][j])));

function correctness() {
  log('');
  log('== Correctness (before timing) ==');
  log(
    `${CHECK_EPOCHS} epochs from ActLab's initial weights (exportJSON), same data, same order. "rel" = max over epochs of`,
  );
  log(
    `|loss − loss_JS| / loss_JS against the nn.ts-style port (float64); FAIL above ${fmtE(CHECK_MAX_REL)}. "grid" = max |Δ| of the`,
  );
  log(`${g.w}×${g.h} boundary after those epochs. ActLab computes in float32, the JS ports in float64.`);
  log(
    `${pad('arch', 10)}${pad('contender', 16)}${lpad('train rel', 10)}${lpad('test rel', 10)}${lpad('grid abs', 10)}   loss at epochs 1 / ${CHECK_EPOCHS} (train)`,
  );
  const rows = [];
  const problems = [];
  let failures = 0;
  for (const s of setups) {
    const res = {};
    for (const k of PRESENT) {
      const c = s.c[k];
      c.reset();
      const lg = c.epochs(CHECK_EPOCHS);
      res[k] = {
        train: lg.map((e) => e.trainLoss),
        test: lg.map((e) => e.testLoss),
        grid: c.grid(),
        after: c.evalPass(),
      };
      // The train-only sample (evaluation after the last epoch only) trains the same trajectory.
      c.reset();
      const only = c.trainEpochs(CHECK_EPOCHS);
      if (only.trainLoss !== res[k].train.at(-1) || only.testLoss !== res[k].test.at(-1)) {
        failures++;
        problems.push(
          `${s.arch.label} ${LABEL[k]}: trainEpochs(${CHECK_EPOCHS}) ends at ${only.trainLoss}/${only.testLoss}, epochs() at ${res[k].train.at(-1)}/${res[k].test.at(-1)}`,
        );
      }
      if (lg.diverged) problems.push(`${s.arch.label} ${LABEL[k]}: diverged at epoch ${lg.divergedEpoch}`);
    }
    const ref = res.nnts;
    for (const k of PRESENT) {
      const r = res[k];
      const row = {
        arch: s.arch.id,
        contender: k,
        trainRel: maxRel(r.train, ref.train),
        testRel: maxRel(r.test, ref.test),
        gridAbs: maxAbs(r.grid, ref.grid),
        trainLoss: r.train,
        testLoss: r.test,
      };
      const isLab = k === 'simd' || k === 'scalar';
      const bad = k !== 'nnts' && (row.trainRel > CHECK_MAX_REL || row.testRel > CHECK_MAX_REL || !(row.trainRel >= 0));
      if (bad) {
        failures++;
        problems.push(
          `${s.arch.label} ${LABEL[k]}: loss differs from the nn.ts port by up to ${fmtE(Math.max(row.trainRel, row.testRel))} (> ${fmtE(CHECK_MAX_REL)})`,
        );
      }
      rows.push(row);
      const cell = (v) => lpad(k === 'nnts' ? 'ref' : fmtE(v), 10);
      log(
        `${pad(s.arch.label, 10)}${pad(LABEL[k], 16)}${cell(row.trainRel)}${cell(row.testRel)}${cell(row.gridAbs)}${bad ? ' FAIL' : '     '}  ` +
          `${r.train[0].toFixed(6)} / ${r.train[CHECK_EPOCHS - 1].toFixed(6)}`,
      );
      if (isLab) {
        // evaluate() right after train() must repeat the last epoch's numbers exactly.
        if (r.after.trainLoss !== r.train[CHECK_EPOCHS - 1] || r.after.testLoss !== r.test[CHECK_EPOCHS - 1]) {
          failures++;
          problems.push(
            `${s.arch.label} ${LABEL[k]}: evaluate() after train() gives ${r.after.trainLoss}/${r.after.testLoss}, the log's last epoch ${r.train.at(-1)}/${r.test.at(-1)}`,
          );
        }
        // The timing restarts from reset() every sample: it must restore the initial weights.
        s.c[k].reset();
        if (!sameLayers(JSON.parse(s.c[k].net.exportJSON()).state.layers, s.init)) {
          failures++;
          problems.push(`${s.arch.label} ${LABEL[k]}: reset() does not restore the initial weights`);
        }
      }
    }
    if (res.flat && maxAbs(res.flat.train, ref.train) !== 0)
      log(`  note: the flat port is not bit-identical to the nn.ts port (${fmtE(maxAbs(res.flat.train, ref.train))})`);
    if (res.simd && res.scalar)
      log(
        `  ActLab SIMD vs scalar: train loss max rel ${fmtE(maxRel(res.simd.train, res.scalar.train))}, grid max |Δ| ${fmtE(maxAbs(res.simd.grid, res.scalar.grid))}`,
      );
  }
  if (problems.length) {
    log('problems:');
    for (const p of problems) log(`  ${p}`);
  }
  log(
    failures
      ? `correctness: ${failures} FAILURE(S)`
      : `correctness: ActLab matches the JS ports (≤ ${fmtE(CHECK_MAX_REL)} relative loss difference over ${CHECK_EPOCHS} epochs)`,
  );
  return { epochs: CHECK_EPOCHS, maxRel: CHECK_MAX_REL, reference: 'nnts', rows, failures, problems };
}

// ---------------------------------------------------------------------------------------------
// Timing

let sink = null;
function timeBatch(fn, k) {
  const t0 = now();
  for (let i = 0; i < k; i++) sink = fn();
  return (now() - t0) / k;
}
/** One training sample: from the initial weights, E epochs (reset not timed). */
function timeEpochs(c, E) {
  c.reset();
  const t0 = now();
  sink = c.epochs(E);
  return now() - t0;
}
/** One train-only sample: from the initial weights, E training epochs and one evaluation. */
function timeTrainEpochs(c, E) {
  c.reset();
  const t0 = now();
  sink = c.trainEpochs(E);
  return now() - t0;
}

/** Train/evaluate/draw in a loop for ≥ warmupMs; returns train+eval rates (M ex/s) of the first
 * and the last chunk, to show what tier-up is worth. */
function warmUp(c, nTrain) {
  const E = 20;
  const rates = [];
  const t0 = now();
  do {
    const t = timeEpochs(c, E);
    rates.push((nTrain * E) / t / 1e3);
    timeTrainEpochs(c, E);
    sink = c.evalPass();
    sink = c.grid();
  } while (now() - t0 < CONFIG.warmupMs);
  return {
    ms: +(now() - t0).toFixed(0),
    chunks: rates.length,
    firstMExPerS: rates[0],
    lastMExPerS: median(rates.slice(-5)),
  };
}

function runTiming() {
  log('');
  log(
    `== Timing == ${CONFIG.reps} repetitions, contenders interleaved in rotating order; samples ≥ ${CONFIG.minSampleMs} ms; medians. ` +
      `Warm-up ≥ ${CONFIG.warmupMs} ms per contender and arch.`,
  );
  const cases = [];
  for (const s of setups) {
    const nTrain = s.data.trainCount;
    s.warmup = {};
    progress(`warm-up ${s.arch.label} `);
    for (const k of PRESENT) {
      s.warmup[k] = warmUp(s.c[k], nTrain);
      progress('.');
    }
    progress('\n');
    // One epoch count for every contender, so all of them train the same trajectory (epochs
    // 1..E from the same weights); the fastest one's sample is ≥ minSampleMs.
    const perEpoch = {};
    for (const k of PRESENT) perEpoch[k] = Math.min(timeEpochs(s.c[k], 20), timeEpochs(s.c[k], 20)) / 20;
    const fastest = Math.min(...Object.values(perEpoch));
    s.E = Math.min(100000, Math.ceil(CONFIG.minSampleMs / fastest));
    s.iters = { eval: {}, grid: {} };
    for (const k of PRESENT) {
      for (const m of ['eval', 'grid']) {
        const fn = m === 'eval' ? s.c[k].evalPass : s.c[k].grid;
        const per = Math.min(timeBatch(fn, 3), timeBatch(fn, 3));
        s.iters[m][k] = Math.max(1, Math.ceil(CONFIG.minSampleMs / Math.max(per, 1e-4)));
      }
    }
    for (const m of ['epochs', 'train', 'eval', 'grid'])
      cases.push({ s, m, samples: Object.fromEntries(PRESENT.map((k) => [k, []])) });
    const w = s.warmup.simd;
    log(
      `${s.arch.label}: ${s.E} epochs per training sample (ActLab SIMD ≈ ${fmt3((perEpoch.simd ?? fastest) * s.E)} ms, slowest ≈ ${fmt3(Math.max(...Object.values(perEpoch)) * s.E)} ms); ` +
        (w
          ? `ActLab SIMD warm-up: ${w.chunks} chunks in ${w.ms} ms, first chunk ${fmt3(w.firstMExPerS)} → last ${fmt3(w.lastMExPerS)} M ex/s (train+eval)`
          : ''),
    );
  }
  const t1 = now();
  const cpu0 = cpuSnapshot();
  for (let r = 0; r < CONFIG.reps; r++) {
    progress(`rep ${r + 1}/${CONFIG.reps} `);
    for (const [ci, cs] of cases.entries()) {
      const rot = (r + ci) % PRESENT.length;
      for (const k of [...PRESENT.slice(rot), ...PRESENT.slice(0, rot)]) {
        const c = cs.s.c[k];
        let ms;
        if (cs.m === 'epochs') ms = timeEpochs(c, cs.s.E);
        else if (cs.m === 'train') ms = timeTrainEpochs(c, cs.s.E);
        else ms = timeBatch(cs.m === 'eval' ? c.evalPass : c.grid, cs.s.iters[cs.m][k]);
        cs.samples[k].push(ms);
      }
    }
    progress(`${((now() - t1) / 1000).toFixed(1)} s\n`);
  }
  const other = otherLoad(cpu0, cpuSnapshot());
  const load = other == null ? null : +other.toFixed(2);
  log(
    `other processes used ${other == null ? '?' : other.toFixed(2)} cores on average while timing${other > 0.15 ? ' — WARNING: numbers skewed by a busy machine' : ''}`,
  );
  return { cases, load, seconds: +((now() - t1) / 1000).toFixed(1) };
}

/** Medians → the figures per arch and contender. */
function summarise(cases) {
  const out = [];
  for (const s of setups) {
    const nTrain = s.data.trainCount;
    const get = (m, k) => cases.find((c) => c.s === s && c.m === m).samples[k];
    const res = {
      arch: s.arch.id,
      shape: s.shape,
      parameters: s.params,
      epochsPerSample: s.E,
      iters: s.iters,
      warmup: s.warmup,
      contenders: {},
      ratios: {},
    };
    for (const k of PRESENT) {
      const ep = get('epochs', k);
      const epochMs = median(ep) / s.E;
      const evalMs = median(get('eval', k));
      const gridMs = median(get('grid', k));
      // Train only: E training epochs timed directly (one evaluation after the last, which is
      // subtracted: 1/E of an evaluation per epoch, so a mis-estimate of it hardly counts).
      // Subtracting a separately timed evaluation from every epoch instead would charge each
      // contender's evaluate() call overhead (for ActLab its JS wrapper and Embind calls,
      // which the evaluation inside train() does not pay) to its training; it is kept for
      // comparison as trainOnlyBySubtractionMs.
      const tr = get('train', k);
      const trainMs = (median(tr) - evalMs) / s.E;
      const subMs = epochMs - evalMs;
      res.contenders[k] = {
        epochMs,
        evalMs,
        gridMs,
        trainOnlyMs: trainMs,
        trainOnlyBySubtractionMs: subMs,
        examplesPerS: (nTrain / epochMs) * 1e3, // train+eval
        trainOnlyExamplesPerS: trainMs > 0 ? (nTrain / trainMs) * 1e3 : null,
        evalPointsPerS: (s.data.x1.length / evalMs) * 1e3,
        samplesMs: { epochs: ep, train: tr, eval: get('eval', k), grid: get('grid', k) },
        spread: { epochs: (Math.max(...ep) - Math.min(...ep)) / median(ep) },
      };
    }
    const S = res.contenders.simd;
    for (const k of PRESENT) {
      if (k === 'simd' || !S) continue;
      const o = res.contenders[k];
      res.ratios[k] = {
        trainEval: S.examplesPerS / o.examplesPerS,
        trainOnly:
          S.trainOnlyExamplesPerS && o.trainOnlyExamplesPerS ? S.trainOnlyExamplesPerS / o.trainOnlyExamplesPerS : null,
        trainOnlyBySubtraction: o.trainOnlyBySubtractionMs / S.trainOnlyBySubtractionMs,
        eval: o.evalMs / S.evalMs,
        grid: o.gridMs / S.gridMs,
      };
    }
    const rec = RECORDED[s.arch.id];
    if (rec && S)
      res.ratios.recordedPlayground = {
        trainEval: S.examplesPerS / rec.examplesPerS,
        trainOnly: S.trainOnlyExamplesPerS / rec.examplesPerS,
        grid: rec.gridMs / S.gridMs,
      };
    out.push(res);
  }
  return out;
}

function printTable(results) {
  log('');
  log(
    'Medians. M ex/s = million training examples per second (250 per epoch); "train+eval" = whole epochs as train()/oneStep()',
  );
  log(
    'run them; "train only" = E training epochs with one evaluation after the last (its time, timed apart, subtracted once);',
  );
  log('grid = one 100×100 boundary.');
  const head = `${pad('arch', 10)}${pad('contender', 21)}|${lpad('train+eval', 11)}${lpad('train only', 11)}${lpad('eval µs', 9)}${lpad('grid ms', 9)} |${lpad('×t+e', 7)}${lpad('×train', 7)}${lpad('×eval', 7)}${lpad('×grid', 7)}`;
  log(head);
  log(`${' '.repeat(31)}|${lpad('M ex/s', 11)}${lpad('M ex/s', 11)}${' '.repeat(18)} | ActLab SIMD speed ÷ this one's`);
  log('-'.repeat(head.length));
  for (const r of results) {
    const arch = ARCHS.find((a) => a.id === r.arch).label;
    let first = true;
    for (const k of PRESENT) {
      const c = r.contenders[k];
      const q = r.ratios[k];
      log(
        `${pad(first ? arch : '', 10)}${pad(LABEL[k], 21)}|${lpad(fmt3(c.examplesPerS / 1e6), 11)}${lpad(fmt3(c.trainOnlyExamplesPerS && c.trainOnlyExamplesPerS / 1e6), 11)}` +
          `${lpad(fmt3(c.evalMs * 1e3), 9)}${lpad(fmt3(c.gridMs), 9)} |` +
          (q
            ? `${lpad(fmt3(q.trainEval), 7)}${lpad(fmt3(q.trainOnly), 7)}${lpad(fmt3(q.eval), 7)}${lpad(fmt3(q.grid), 7)}`
            : `${lpad('1', 7)}${lpad('1', 7)}${lpad('1', 7)}${lpad('1', 7)}`),
      );
      first = false;
    }
    const rec = RECORDED[r.arch];
    const q = r.ratios.recordedPlayground;
    if (rec)
      log(
        `${pad('', 10)}${pad('Playground (recorded)', 21)}|${lpad(fmt3(rec.examplesPerS / 1e6), 11)}${lpad('', 11)}${lpad('', 9)}${lpad(fmt3(rec.gridMs), 9)} |${q ? `${lpad(fmt3(q.trainEval), 7)}${lpad(fmt3(q.trainOnly), 7)}${lpad('', 7)}${lpad(fmt3(q.grid), 7)}` : ''}`,
      );
    log('');
  }
  log(
    'Train only by the old method (epoch minus a separately timed evaluation pass, which charges each contender\'s evaluate()',
  );
  log('call overhead to its training), ActLab SIMD ÷ JS flat arrays, for comparison:');
  for (const r of results) {
    const q = r.ratios.flat;
    if (q) log(`  ${ARCHS.find((a) => a.id === r.arch).label}: ${fmt3(q.trainOnlyBySubtraction)}× (direct: ${fmt3(q.trainOnly)}×)`);
  }
  log(
    "Playground (recorded): the real Playground's nn.ts, timed earlier on this machine kind; how its examples/s were counted is not",
  );
  log(
    'recorded, so it is compared with both ActLab rates (×t+e, ×train) — the nn.ts-style rows above show both counts. Its 100×100',
  );
  log(
    "boundary also stored every node's output (for the thumbnails); the JS grids here store the output only, like evaluateGrid.",
  );
}

function checkTargets(results) {
  const r = results.find((x) => x.arch === TARGETS.arch);
  const S = r?.contenders.simd;
  log('');
  log(`== Targets == (ActLab SIMD, ${ARCHS.find((a) => a.id === TARGETS.arch).label}; a report, not a gate)`);
  if (!S) {
    log('  n/a (no data)');
    return null;
  }
  const te = S.examplesPerS >= TARGETS.minExamplesPerS;
  const to = S.trainOnlyExamplesPerS != null && S.trainOnlyExamplesPerS >= TARGETS.minExamplesPerS;
  const gr = S.gridMs <= TARGETS.maxGridMs;
  const M = (v) => `${fmt3(v / 1e6)} M ex/s`;
  log(`  training ≥ ${TARGETS.minExamplesPerS / 1e6} M examples/s:`);
  log(`    train+eval (net.train as the UI calls it)  ${lpad(M(S.examplesPerS), 14)}  ${te ? 'PASS' : 'MISS'}`);
  log(
    `    training only (minus the evaluation pass)  ${lpad(M(S.trainOnlyExamplesPerS), 14)}  ${to ? 'PASS' : 'MISS'}`,
  );
  log(
    `  boundary ≤ ${TARGETS.maxGridMs} ms per ${g.w}×${g.h} evaluateGrid        ${lpad(`${fmt3(S.gridMs)} ms`, 14)}  ${gr ? 'PASS' : 'MISS'}`,
  );
  const which =
    te && to
      ? 'both definitions'
      : te
        ? 'train+eval only'
        : to
          ? 'training only (not train+eval)'
          : 'neither definition';
  log(`  throughput target: ${te || to ? 'PASS' : 'MISS'} (${which}); boundary target: ${gr ? 'PASS' : 'MISS'}`);
  // ≥ 8× the flat-array JS port in all four cases.
  const flatCases = [];
  for (const res of results) {
    const q = res.ratios[FLAT_TARGET.contender];
    if (!q) continue;
    for (const [measure, ratio] of [
      ['train+eval', q.trainEval],
      ['train only', q.trainOnly],
    ])
      flatCases.push({ arch: res.arch, measure, ratio, pass: ratio != null && ratio >= FLAT_TARGET.minRatio });
  }
  const flatPass = flatCases.length === 4 && flatCases.every((c) => c.pass);
  log(`  training ≥ ${FLAT_TARGET.minRatio}× ${LABEL[FLAT_TARGET.contender]} (ActLab SIMD's rate ÷ its rate, same run):`);
  for (const c of flatCases) {
    const label = ARCHS.find((a) => a.id === c.arch).label;
    log(`    ${pad(label, 10)} ${pad(c.measure, 31)} ${lpad(`${fmt3(c.ratio)}×`, 14)}  ${c.pass ? 'PASS' : 'MISS'}`);
  }
  const smallest = flatCases.length ? Math.min(...flatCases.map((c) => c.ratio ?? 0)) : null;
  log(
    `  ≥ ${FLAT_TARGET.minRatio}× ${LABEL[FLAT_TARGET.contender]} in all four cases: ${flatPass ? 'PASS' : 'MISS'} (smallest ${fmt3(smallest)}×)`,
  );
  return {
    arch: TARGETS.arch,
    minExamplesPerS: TARGETS.minExamplesPerS,
    maxGridMs: TARGETS.maxGridMs,
    trainEval: { value: S.examplesPerS, pass: te },
    trainOnly: { value: S.trainOnlyExamplesPerS, pass: to },
    grid: { value: S.gridMs, pass: gr },
    vsFlat: { contender: FLAT_TARGET.contender, minRatio: FLAT_TARGET.minRatio, cases: flatCases, smallest, pass: flatPass },
  };
}

// ---------------------------------------------------------------------------------------------

const corr = correctness();
const timing = runTiming();
const results = summarise(timing.cases);
printTable(results);
const targets = checkTargets(results);
for (const s of setups) s.cleanup();
const leaks = Object.fromEntries(Object.entries(labs).map(([k, lab]) => [k, lab.liveObjects()]));
for (const [k, v] of Object.entries(leaks))
  if (v.wrappers || v.handles)
    log(`warning: ActLab ${k}: ${v.wrappers} wrappers / ${v.handles} handles still live after delete()`);

const report = {
  meta: { ...meta, config: CONFIG, timingSeconds: timing.seconds, otherLoadWhileTiming: timing.load },
  task: {
    data: DATA_SPEC,
    learningRate: LEARNING_RATE,
    batchSize: BATCH,
    grid: GRID,
    archs: ARCHS,
    networkConfig: netConfig(ARCHS[0]),
  },
  actlab: { loaded: Object.keys(labs), errors: labErrors, build: buildInfo(), liveObjectsAfterCleanup: leaks },
  contenders: LABEL,
  correctness: corr,
  results,
  recorded: RECORDED,
  targets,
};
fs.mkdirSync(path.dirname(JSON_PATH), { recursive: true });
fs.writeFileSync(
  JSON_PATH,
  JSON.stringify(report, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 1),
);
log(`\nwrote ${path.relative(process.cwd(), JSON_PATH) || JSON_PATH}`);

if (corr.failures) {
  log('exit 1: correctness failures (see "problems" above)');
  process.exitCode = 1;
} else if (!labs.scalar) {
  log('exit 1: ActLab scalar build not loaded');
  process.exitCode = 1;
}
