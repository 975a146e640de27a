// Type-level test of wasm/index.d.ts: `tsc -p tests/types` (a suite of `npm test`). Never run.
// Imports the package by its own name, so this also checks that package.json "exports" →
// "types" resolves. Every exported type, function, method, property and option is used at
// least once; the `@ts-expect-error` lines prove that wrong usages are rejected.
import { createActLab } from 'actlab';
import { createActLab as createScalar } from 'actlab/scalar';
import type {
  ActivationInfo,
  ActLab,
  CreateOptions,
  DataOptions,
  Dataset,
  DatasetKind,
  DatasetSpec,
  Enums,
  EpochStats,
  F32Buffer,
  Feature,
  GradientFlowSpec,
  Head,
  Init,
  Limit,
  Limits,
  OptimizerType,
  RegularizationType,
  LayerConfig,
  LayerDiagnostics,
  Network,
  NetworkConfig,
  ParamSpec,
  Params,
  Task,
  TrainLog,
  TrainOptions,
  U8Buffer,
} from 'actlab';

// Compile-time equality check: `expectType<T>()(value)` fails unless value's type is exactly T.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T>() {
  return <V>(value: V & (Equal<V, T> extends true ? unknown : never)): V => value;
}

// ---- createActLab and CreateOptions ----
const createOptions: CreateOptions = {
  impl: 'simd',
  wasmBinary: new Uint8Array(0),
  wasmUrl: new URL('file:///actlab_simd.wasm'),
};
const alsoOk: CreateOptions[] = [{}, { impl: 'scalar' }, { wasmBinary: new ArrayBuffer(8) }, { wasmUrl: '/a.wasm' }];
const lab: ActLab = await createActLab(createOptions);
const labDefault = await createActLab();
const scalarLab = await createScalar({ impl: 'scalar' });
expectType<Promise<ActLab>>()(createActLab());
// @ts-expect-error expectType itself rejects a mismatch
expectType<string>()(lab.impl);
// @ts-expect-error impl is 'simd' | 'scalar'
await createActLab({ impl: 'avx2' });
// @ts-expect-error wasmBinary is bytes, not a path
await createActLab({ wasmBinary: 'actlab.wasm' });
// @ts-expect-error unknown option
await createActLab({ threads: 4 });

// ---- catalogue ----
expectType<'simd' | 'scalar'>()(lab.impl);
expectType<'simd' | 'scalar'>()(scalarLab.impl);
const catalogue: readonly ActivationInfo[] = lab.activations;
// @ts-expect-error the catalogue is frozen
lab.activations.push(lab.info('relu'));
// @ts-expect-error impl is read-only
lab.impl = 'scalar';
const gelu: ActivationInfo = lab.info('gelu_tanh');
const id: string = gelu.id;
const spec: ParamSpec | undefined = gelu.params['alpha'];
if (spec) {
  const n: number = spec.default + spec.min + spec.max + spec.step;
  const label: string = spec.label.ko + spec.label.en + String(n);
  void label;
}
const text: string =
  gelu.name.ko + gelu.name.en + gelu.latex.f + gelu.latex.df + gelu.range.text + gelu.note.ko + gelu.note.en;
const rangeWidth: number = gelu.range.max - gelu.range.min;
const props: boolean[] = [
  gelu.properties.monotonic,
  gelu.properties.smooth,
  gelu.properties.zeroCentred,
  gelu.properties.boundedBelow,
  gelu.properties.boundedAbove,
];
// @ts-expect-error ids are strings
lab.info(3);

// ---- copying activation API ----
const x = new Float32Array([-2, -1, 0, 1, 2]);
const params: Params = { alpha: 0.1 };
const y: Float32Array = lab.forward('leaky_relu', x, params);
const dy: Float32Array = lab.derivative('elu', x, { alpha: 1 });
lab.forward('relu', x);
lab.derivative('relu', x, {});
lab.forward('prelu', x, { beta: 2 });
// @ts-expect-error x must be a Float32Array
lab.forward('relu', [1, 2, 3]);
// @ts-expect-error x must be a Float32Array, not a Float64Array
lab.derivative('relu', new Float64Array(3));
// @ts-expect-error only alpha and beta exist
lab.forward('elu', x, { gamma: 1 });
// @ts-expect-error parameter values are numbers
lab.forward('elu', x, { alpha: '1' });

const p: Float32Array = lab.softmax(x);
const pT: Float32Array = lab.softmax(x, 0.5);
const logp: Float32Array = lab.logSoftmax(x, 2);
lab.logSoftmax(x);
const grad: Float32Array = lab.softmaxBackward(x, new Float32Array(x.length), 1);
lab.softmaxBackward(x, p);
// @ts-expect-error temperature is a number
lab.softmax(x, '1');
// @ts-expect-error upstream is required
lab.softmaxBackward(x);

// ---- zero-copy API ----
const input: F32Buffer = lab.alloc(256);
const output: F32Buffer = lab.alloc(input.length);
input.view.set(x);
const addr: number = input.ptr + output.ptr;
lab.forwardInto('swish', input, output);
lab.forwardInto('elu', input, input, { alpha: 0.5 });
lab.derivativeInto('tanh', input, output);
lab.derivativeInto('elu', input, output, { alpha: 0.5 });
lab.softmaxInto(input, output);
lab.softmaxInto(input, output, 3);
expectType<void>()(lab.softmaxInto(input, output));
// @ts-expect-error the view is read-only (use .view.set)
input.view = new Float32Array(4);
// @ts-expect-error the Into variants take buffers from lab.alloc, not arrays
lab.forwardInto('relu', x, x);
const bytes: number = lab.memoryBytes();
const pixels: U8Buffer = lab.allocBytes(4 * 4 * 4);
expectType<Uint8ClampedArray>()(pixels.view);
const pixelInfo: number = pixels.length + pixels.ptr;
// @ts-expect-error a byte buffer is not a float buffer
lab.softmaxInto(pixels, output);

// ---- datasets ----
const kind: DatasetKind = 'spiral_k';
const kinds: DatasetKind[] = ['circle', 'xor', 'gauss', 'spiral', 'spiral_k', 'blobs', 'plane', 'multigauss'];
const datasetSpec: DatasetSpec = { kind, points: 300, noise: 0.1, trainFraction: 0.8, classes: 4, seed: 7 };
const ds: Dataset = lab.makeDataset(datasetSpec);
lab.makeDataset({ kind: 'circle' }).delete();
// @ts-expect-error unknown dataset kind
lab.makeDataset({ kind: 'moons' });
// @ts-expect-error kind is required
lab.makeDataset({ points: 100 });
const task: Task = ds.task;
const tasks: Task[] = ['binary', 'multiclass', 'regression'];
const counts: number = ds.classes + ds.size + ds.trainCount;
const columns: Float32Array[] = [ds.x1, ds.x2, ds.label];
// @ts-expect-error dataset fields are read-only
ds.size = 3;

const dataOptions: DataOptions = { task: 'multiclass', classes: 3, trainFraction: 0.7, seed: 2 };
const csv: Dataset = lab.parseCsv('x1,x2,label\n0,0,1\n1,1,0\n', dataOptions);
lab.parseCsv('0,0,1');
// @ts-expect-error unknown task
lab.parseCsv('0,0,1', { task: 'ranking' });
const fromPoints: Dataset = lab.datasetFromPoints(
  { x1: [0, 1], x2: new Float32Array([0, 1]), label: [1, 0] as const },
  { task: 'regression' },
);
lab.datasetFromPoints({ x1: new Float32Array(2), x2: new Float32Array(2), label: new Float32Array(2) });
// @ts-expect-error columns must be Float32Array or number[] (the runtime rejects other typed arrays)
lab.datasetFromPoints({ x1: new Uint8Array(2), x2: [0, 1], label: [0, 1] });

// ---- networks ----
const features: Feature[] = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
const layers: LayerConfig[] = [
  { units: 8, activation: 'prelu', params: { alpha: 0.25 }, prelu: 'neuron' },
  { units: 4, activation: 'prelu', prelu: 'layer' },
  { units: 4, activation: 'tanh' },
];
const config: NetworkConfig = {
  features,
  layers,
  head: 'softmax',
  classes: 4,
  init: 'he',
  biasOffset: 0.1,
  optimizer: { type: 'adam', learningRate: 0.01, momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
  batchSize: 32,
  regularization: { type: 'l2', rate: 1e-4 },
  shuffle: true,
  seed: 42,
};
const configs: NetworkConfig[] = [
  {},
  { head: 'binary', init: 'xavier', optimizer: { type: 'sgd' }, regularization: { type: 'none' } },
  { head: 'regression', init: 'uniform', optimizer: { type: 'momentum' }, regularization: { type: 'l1' } },
  { head: 'playground', shuffle: false },
];
// @ts-expect-error unknown activation option: prelu is 'layer' | 'neuron'
lab.createNetwork({ layers: [{ units: 4, activation: 'prelu', prelu: 'channel' }] });
// @ts-expect-error activation is an id string
lab.createNetwork({ layers: [{ units: 4, activation: 1 }] });
// @ts-expect-error units is required
lab.createNetwork({ layers: [{ activation: 'relu' }] });
// @ts-expect-error unknown head
lab.createNetwork({ head: 'multilabel' });
// @ts-expect-error unknown feature
lab.createNetwork({ features: ['x3'] });
// @ts-expect-error unknown optimizer
lab.createNetwork({ optimizer: { type: 'rmsprop' } });
// @ts-expect-error regularization needs a type
lab.createNetwork({ regularization: { rate: 0.1 } });

const net: Network = lab.createNetwork(config);
net.setData(ds);
// @ts-expect-error setData takes a Dataset
net.setData({ x1: x, x2: x, label: x });
const log: TrainLog = net.train(10, { evaluateEvery: 5 });
net.train();
net.train(1);
const budget: TrainOptions = { budgetMs: 16, evaluateEvery: 1 };
expectType<boolean>()(net.train(100, budget).outOfTime);
const diverged: boolean = log.diverged;
const divergedEpoch: number | null = log.divergedEpoch;
const first: EpochStats | undefined = log[0];
const last: EpochStats = net.evaluate();
const losses: number[] = log.map((s) => s.trainLoss);
const testLoss: number | null = last.testLoss;
const accuracies: (number | null)[] = [last.trainAccuracy, last.testAccuracy];
const epochs: number = last.epoch + net.epoch + net.outputs + net.unitCount;
// @ts-expect-error testLoss may be null
const badLoss: number = last.testLoss;
// @ts-expect-error epochs is a number
net.train('10');
const netConfig: NetworkConfig = net.config;
// @ts-expect-error config is read-only
net.config = {};
net.reset();

const grid: Float32Array = net.evaluateGrid(-6, 6, -6, 6, 32, 32);
const gridBuf: F32Buffer = lab.alloc(32 * 32 * net.outputs);
net.evaluateGridInto(gridBuf, -6, 6, -6, 6, 32, 32);
// @ts-expect-error evaluateGridInto writes into an F32Buffer
net.evaluateGridInto(new Float32Array(1024), -6, 6, -6, 6, 32, 32);
const units: Float32Array = net.evaluateUnitGrids(-6, 6, -6, 6, 8, 8);
const rgba: Uint8ClampedArray = net.renderGrid(-6, 6, -6, 6, 4, 4);
const rgbaInto: Uint8ClampedArray = net.renderGrid(-6, 6, -6, 6, 4, 4, {
  min: -1,
  max: 1,
  colors: new Uint8Array(256 * 4),
  into: pixels,
});
net.renderGrid(-6, 6, -6, 6, 4, 4, { colors: new Uint8ClampedArray(4 * 4) });
// @ts-expect-error into is a lab.allocBytes buffer
net.renderGrid(-6, 6, -6, 6, 4, 4, { into: gridBuf });
// @ts-expect-error height is required
net.evaluateGrid(-6, 6, -6, 6, 32);

const diagnostics: LayerDiagnostics[] = net.diagnostics({ example: 0 });
net.diagnostics();
for (const d of diagnostics) {
  const norms: number = d.gradWNorm + d.gradBNorm + d.gradANorm + d.zMean + d.aMean + d.deadFraction;
  const hist: number[] = [...d.zHist, ...d.aHist, ...d.preluAlpha, ...d.jacobian.example];
  const jac: number = d.jacobian.mean + d.jacobian.min + d.jacobian.max;
  void [norms, hist, jac];
}

const json: string = net.exportJSON();
const copy: Network = lab.importNetwork(json);
lab.importNetwork(JSON.parse(json) as object).delete();
// @ts-expect-error importNetwork takes a JSON string or a parsed object
lab.importNetwork(42);
copy.delete();
net.delete();
ds.delete();
csv.delete();
fromPoints.delete();

// ---- gradient flow and bookkeeping ----
const flowSpec: GradientFlowSpec = { depth: 20, width: 8, activation: 'sigmoid', params: {}, init: 'xavier', seed: 3 };
const flow: { gradWNorm: number[]; gradANorm: number[] } = lab.gradientFlow(flowSpec);
lab.gradientFlow({});
lab.gradientFlow({ activation: 'elu', params: { alpha: 1 }, init: 'he' });
// @ts-expect-error unknown init
lab.gradientFlow({ init: 'orthogonal' });
const live: { wrappers: number; handles: number; buffers: number } = lab.liveObjects();

input.free();
output.free();
gridBuf.free();
pixels.free();

export const used = [
  alsoOk,
  labDefault,
  catalogue,
  id,
  text,
  rangeWidth,
  props,
  y,
  dy,
  pT,
  logp,
  grad,
  addr,
  bytes,
  pixelInfo,
  kinds,
  task,
  tasks,
  counts,
  columns,
  configs,
  diverged,
  divergedEpoch,
  first,
  losses,
  testLoss,
  accuracies,
  epochs,
  badLoss,
  netConfig,
  grid,
  units,
  rgba,
  rgbaInto,
  flow,
  live,
];

// ---- the core's limits and enums, SIMD flag, activation backward ----
{
  const limits: Limits = lab.limits;
  const t: Limit & { readonly default: number } = limits.temperature;
  expectType<number>()(t.default);
  expectType<true | undefined>()(limits.learningRate.minOpen);
  // @ts-expect-error limits are frozen
  lab.limits.units = { min: 1, max: 64 };
  const enums: Enums = lab.enums;
  const heads: readonly Head[] = enums.head;
  const inits: readonly Init[] = enums.init;
  const opts: readonly OptimizerType[] = enums.optimizer;
  const regs: readonly RegularizationType[] = enums.regularization;
  expectType<readonly string[]>()(enums.status);
  expectType<boolean>()(lab.simdIsHardware);
  expectType<boolean>()(lab.activations[0].test.kinkAtZero);
  expectType<Float32Array>()(lab.backward('elu', new Float32Array(2), new Float32Array(2), { alpha: 0.5 }));
  // @ts-expect-error upstream must be a Float32Array
  lab.backward('relu', new Float32Array(2), [1, 2]);
  void [heads, inits, opts, regs];
}

// ---- hostile-input limits ----
{
  const l: Limits = lab.limits;
  const bounds: readonly number[] = [
    l.gridBound.min,
    l.parameter.max,
    l.budgetMs.max,
    l.csvText.max,
    l.networkText.max,
  ];
  void bounds;
  // @ts-expect-error budgetMs is a number
  net.train(1, { budgetMs: '16' });
}
