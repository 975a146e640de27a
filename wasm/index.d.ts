// ActLab JS API (hand-written types). The runtime lives in wasm/api.js; wasm/node.js and
// wasm/browser.js only locate the .wasm file and call makeActLab().

export interface ParamSpec {
  /** Default value used when the caller leaves the parameter out. */
  default: number;
  /** Inclusive bounds; values outside throw RangeError. */
  min: number;
  max: number;
  /** Suggested UI slider step. */
  step: number;
  /** Korean / English label for the UI. */
  label: { ko: string; en: string };
}

export interface ActivationInfo {
  /** Stable id, e.g. 'gelu_tanh'. */
  id: string;
  /** Parameters by name ('alpha', 'beta'); empty object when none. */
  params: Record<string, ParamSpec>;
  name: { ko: string; en: string };
  /** KaTeX source of f(x) and f'(x). */
  latex: { f: string; df: string };
  /** Output range as numbers (may be ±Infinity) plus a display string. */
  range: { min: number; max: number; text: string };
  properties: {
    monotonic: boolean;
    smooth: boolean;
    zeroCentred: boolean;
    boundedBelow: boolean;
    boundedAbove: boolean;
  };
  /** What the tests and the benchmark need to know of the op (one row of the C++ table). */
  test: {
    /** f′ jumps at 0 (relu family, elu, selu). */
    kinkAtZero: boolean;
    /** Rounds an intermediate argument before an exponential: the looser accuracy bound. */
    argumentRounded: boolean;
    /** f′ changes sign: 2^-23 absolute slack on f′ near its zero. */
    derivativeCrossesZero: boolean;
    /** exp/tanh/erf inside. */
    transcendental: boolean;
  };
  /** Short Korean / English note for the comparison table. */
  note: { ko: string; en: string };
}

/** A closed range [min, max], or (min, max] when minOpen. */
export interface Limit {
  readonly min: number;
  readonly max: number;
  readonly minOpen?: true;
}

/**
 * Every limit the core enforces (core/schema.h, the one source): the API's checks and the
 * site's controls read these; no number is repeated in JS.
 */
export interface Limits {
  /** Elements per activation/softmax call: [1, 2^28]. */
  readonly length: Limit;
  /** Softmax temperature: [0.01, 100], default 1. */
  readonly temperature: Limit & { readonly default: number };
  /** Hidden layers of a network: [0, 20]; the playground offers playgroundHiddenLayers. */
  readonly hiddenLayers: Limit;
  readonly playgroundHiddenLayers: Limit;
  /** Units per layer: [1, 32]. */
  readonly units: Limit;
  readonly features: Limit;
  /** Softmax classes: [2, 8]. */
  readonly classes: Limit;
  readonly batchSize: Limit;
  /** (0, 100] (minOpen). */
  readonly learningRate: Limit;
  readonly momentum: Limit;
  readonly beta1: Limit;
  readonly beta2: Limit;
  readonly epsilon: Limit;
  readonly regularizationRate: Limit;
  readonly biasOffset: Limit;
  /** Epochs per train() call. */
  readonly epochs: Limit;
  readonly evaluateEvery: Limit;
  readonly seed: Limit;
  /** Points of a generated dataset (user data: up to points.max). */
  readonly points: Limit;
  readonly noise: Limit;
  readonly trainFraction: Limit;
  /** Grid width and height for evaluateGrid/renderGrid, and width·height. */
  readonly gridSide: Limit;
  readonly gridPoints: Limit;
  readonly gradientFlowDepth: Limit;
  /** Grid coordinates for evaluateGrid/renderGrid: [-1e4, 1e4]. */
  readonly gridBound: Limit;
  /** Weights, biases and PReLU slopes: beyond ±1e6 training reports divergence, import refuses. */
  readonly parameter: Limit;
  /** train()'s options.budgetMs: (0, 86400000]. */
  readonly budgetMs: Limit;
  /** Characters of CSV text, and of a network config or export. */
  readonly csvText: Limit;
  readonly networkText: Limit;
}

/** Enum names in the core's order (core/schema.h). */
export interface Enums {
  readonly task: readonly Task[];
  readonly head: readonly Head[];
  readonly feature: readonly Feature[];
  readonly init: readonly Init[];
  readonly optimizer: readonly OptimizerType[];
  readonly regularization: readonly RegularizationType[];
  readonly prelu: readonly ('layer' | 'neuron')[];
  readonly dataset: readonly DatasetKind[];
  readonly impl: readonly ('scalar' | 'simd')[];
  /** Status names of the raw bindings, by code (0 = "ok"). */
  readonly status: readonly string[];
}

export type Params = Partial<Record<'alpha' | 'beta', number>>;

/** A Float32Array-sized block of WASM memory for zero-copy plotting. */
export interface F32Buffer {
  /** Number of floats. */
  readonly length: number;
  /** Byte address inside WASM memory. */
  readonly ptr: number;
  /**
   * A Float32Array over the block. Re-created on access when WASM memory has grown, so read
   * `buf.view` again after any ActLab call instead of keeping an old view.
   */
  readonly view: Float32Array;
  /** Frees the block; the buffer must not be used afterwards. Idempotent. */
  free(): void;
}

export interface ActLab {
  /** 'simd' (128-bit SIMD build) or 'scalar' (reference build). */
  readonly impl: 'simd' | 'scalar';
  /** True when the module runs real 128-bit SIMD instructions (the SIMD build). */
  readonly simdIsHardware: boolean;
  /** Every limit the core enforces (deep-frozen). */
  readonly limits: Limits;
  /** Enum names in the core's order (deep-frozen). */
  readonly enums: Enums;
  /** The catalogue, generated from the C++ table (deep-frozen). */
  readonly activations: readonly ActivationInfo[];
  /** Look up one entry; throws RangeError for an unknown id. */
  info(id: string): ActivationInfo;

  /** f(x) for every element; returns a new Float32Array. */
  forward(id: string, x: Float32Array, params?: Params): Float32Array;
  /** f'(x) for every element; returns a new Float32Array. */
  derivative(id: string, x: Float32Array, params?: Params): Float32Array;
  /**
   * The activation's backward pass: f'(x[i])·upstream[i]. upstream must have x's length
   * (RangeError).
   */
  backward(id: string, x: Float32Array, upstream: Float32Array, params?: Params): Float32Array;

  /**
   * softmax(logits / temperature). temperature in lab.limits.temperature ([0.01, 100],
   * default 1). Each probability is
   * within 4 ulp + 1e-9 of the exact value; a NaN logit makes every output NaN, +Infinity
   * logits share the mass, all -Infinity gives the uniform distribution. Throws TypeError for a
   * non-Float32Array, RangeError for an empty array or a bad temperature, and Error if a
   * scratch buffer cannot be allocated.
   */
  softmax(logits: Float32Array, temperature?: number): Float32Array;
  /** log softmax(logits / temperature). */
  logSoftmax(logits: Float32Array, temperature?: number): Float32Array;
  /**
   * Gradient w.r.t. logits: Jᵀ·upstream for p = softmax(logits / temperature), within
   * 1e-6·max|upstream|/temperature. upstream must have the logits' length (RangeError).
   */
  softmaxBackward(logits: Float32Array, upstream: Float32Array, temperature?: number): Float32Array;

  // ---- zero-copy variants (for plots; no allocation per call) ----
  /** Allocates n floats of WASM memory. Free it with buf.free(). */
  alloc(n: number): F32Buffer;
  /** out[i] = f(in[i]); in and out may be the same buffer; lengths must match. */
  forwardInto(id: string, input: F32Buffer, output: F32Buffer, params?: Params): void;
  derivativeInto(id: string, input: F32Buffer, output: F32Buffer, params?: Params): void;
  softmaxInto(input: F32Buffer, output: F32Buffer, temperature?: number): void;

  /** Bytes of WASM linear memory (grows, never shrinks). */
  memoryBytes(): number;
  /** Allocates n bytes of WASM memory; `.view` is a Uint8ClampedArray (RGBA pixels). */
  allocBytes(n: number): U8Buffer;

  // ---- datasets and networks (see README "Tiny network") ----
  makeDataset(spec: DatasetSpec): Dataset;
  /** CSV text, one point per line "x1,x2,label"; an optional header line. */
  parseCsv(text: string, options?: DataOptions): Dataset;
  /** Each column is a Float32Array or an array of numbers (other typed arrays throw TypeError). */
  datasetFromPoints(
    points: {
      x1: Float32Array | readonly number[];
      x2: Float32Array | readonly number[];
      label: Float32Array | readonly number[];
    },
    options?: DataOptions,
  ): Dataset;
  createNetwork(config: NetworkConfig): Network;
  /** From Network.exportJSON() (string or parsed object). */
  importNetwork(json: string | object): Network;
  /** Vanishing-gradient lab: one backward pass through a depth×width stack on a fixed batch. */
  gradientFlow(spec: GradientFlowSpec): { gradWNorm: number[]; gradANorm: number[] };
  /** Live JS wrappers, C++ handles and lab.alloc() buffers (all 0 once everything was freed). */
  liveObjects(): { wrappers: number; handles: number; buffers: number };
}

export interface U8Buffer {
  readonly length: number;
  readonly ptr: number;
  readonly view: Uint8ClampedArray;
  free(): void;
}

export type DatasetKind = 'circle' | 'xor' | 'gauss' | 'spiral' | 'spiral_k' | 'blobs' | 'plane' | 'multigauss';
export type Task = 'binary' | 'multiclass' | 'regression';

export interface DatasetSpec {
  kind: DatasetKind;
  /** [10, 10000], default 500. */
  points?: number;
  /** [0, 0.5] (TensorFlow Playground's internal scale), default 0. */
  noise?: number;
  /** [0.05, 1], default 0.5. */
  trainFraction?: number;
  /** spiral_k and blobs: [2, 8], default 3. */
  classes?: number;
  seed?: number;
}

export interface DataOptions {
  task?: Task; // default 'binary'
  classes?: number; // multiclass: [2, 8]
  trainFraction?: number;
  seed?: number;
}

/** Points live in WASM memory until delete(). x1/x2/label getters return copies. */
export interface Dataset {
  readonly task: Task;
  readonly classes: number;
  readonly size: number;
  /** Points [0, trainCount) are the training set (after a seeded shuffle). */
  readonly trainCount: number;
  readonly x1: Float32Array;
  readonly x2: Float32Array;
  /** binary: 0/1; multiclass: class index; regression: target. */
  readonly label: Float32Array;
  delete(): void;
}

export type Feature = 'x1' | 'x2' | 'x1sq' | 'x2sq' | 'x1x2' | 'sinx1' | 'sinx2';
export type Head = 'binary' | 'softmax' | 'regression' | 'playground';
export type Init = 'xavier' | 'he' | 'uniform';
export type OptimizerType = 'sgd' | 'momentum' | 'adam';
export type RegularizationType = 'none' | 'l1' | 'l2';

// Ranges below are lab.limits' (core/schema.h), quoted for reading.
export interface LayerConfig {
  /** lab.limits.units: [1, 32] */
  units: number;
  activation: string;
  params?: Params;
  /** PReLU only: one learned α per layer (default) or per neuron. */
  prelu?: 'layer' | 'neuron';
}

export interface NetworkConfig {
  features?: Feature[]; // default ['x1', 'x2']
  layers?: LayerConfig[]; // hidden layers, 0 to 20 (the playground offers 8)
  head?: Head; // default 'binary'
  classes?: number; // softmax only, [2, 8], default 3
  init?: Init; // default 'xavier'; 'uniform' = Playground U(−0.5, 0.5), bias 0.1
  biasOffset?: number; // added to hidden biases at init, [-10, 10]
  optimizer?: {
    type?: OptimizerType;
    learningRate?: number;
    momentum?: number;
    beta1?: number;
    beta2?: number;
    epsilon?: number;
  };
  batchSize?: number; // [1, 10000]; larger than the training set = full batch
  regularization?: { type: RegularizationType; rate?: number };
  shuffle?: boolean; // reshuffle every epoch (default true)
  seed?: number; // [0, 2^32 − 1]
}

export interface EpochStats {
  trainLoss: number;
  /** null when there is no test set. */
  testLoss: number | null;
  /** null for regression. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** The network's epoch counter after this epoch (1 = its first epoch). */
  epoch: number;
}

export interface TrainLog extends Array<EpochStats> {
  /**
   * A non-finite loss, or a weight, bias or slope beyond ±lab.limits.parameter.max, stopped
   * training; the network kept its last good state.
   */
  diverged: boolean;
  divergedEpoch: number | null;
  /** options.budgetMs ran out: training stopped after the epoch that crossed it. */
  outOfTime: boolean;
}

export interface TrainOptions {
  /** Evaluate and log every k-th epoch and the last (lab.limits.evaluateEvery); default 1. */
  evaluateEvery?: number;
  /**
   * Stop at the first epoch boundary past this many milliseconds (lab.limits.budgetMs:
   * (0, 86400000]); the log then has outOfTime = true. One epoch always completes.
   */
  budgetMs?: number;
}

export interface LayerDiagnostics {
  gradWNorm: number;
  gradBNorm: number;
  gradANorm: number;
  zMean: number;
  aMean: number;
  /** 24 bins over [-6, 6], ends clamped. */
  zHist: number[];
  aHist: number[];
  /** The diagonal of the activation Jacobian f′(z). */
  jacobian: { mean: number; min: number; max: number; example: number[] };
  /** Units whose f′(z) is 0 on every training point. */
  deadFraction: number;
  preluAlpha: number[];
}

export interface Network {
  readonly epoch: number;
  readonly outputs: number;
  readonly unitCount: number;
  readonly config: NetworkConfig;
  setData(dataset: Dataset): void;
  /** Runs whole epochs inside WASM (lab.limits.epochs: 1..100000); needs data (RangeError). */
  train(epochs?: number, options?: TrainOptions): TrainLog;
  /** The current losses and accuracies; needs data (RangeError). */
  evaluate(): EpochStats;
  /** Re-initialise from the seed (also clears divergence). */
  reset(): void;
  /**
   * Row 0 is y = ymax, column 0 is x = xmin, ends inclusive; K floats per point for softmax.
   * Bounds must lie in lab.limits.gridBound ([-1e4, 1e4]); sides in lab.limits.gridSide.
   */
  evaluateGrid(xmin: number, xmax: number, ymin: number, ymax: number, width: number, height: number): Float32Array;
  evaluateGridInto(
    out: F32Buffer,
    xmin: number,
    xmax: number,
    ymin: number,
    ymax: number,
    width: number,
    height: number,
  ): void;
  /** unitCount·width·height floats, unit-major (hidden layers, then outputs). */
  evaluateUnitGrids(
    xmin: number,
    xmax: number,
    ymin: number,
    ymax: number,
    width: number,
    height: number,
  ): Float32Array;
  /**
   * RGBA for ImageData; `into` writes into a live lab.allocBytes buffer of this module and
   * returns its view. min < max, both finite floats (default [-1, 1] playground, else [0, 1]).
   */
  renderGrid(
    xmin: number,
    xmax: number,
    ymin: number,
    ymax: number,
    width: number,
    height: number,
    options?: { min?: number; max?: number; colors?: Uint8Array | Uint8ClampedArray; into?: U8Buffer },
  ): Uint8ClampedArray;
  /** Needs data (RangeError). */
  diagnostics(options?: { example?: number }): LayerDiagnostics[];
  /** Needs data (RangeError). Each layer's mean activation (diagnostics()'s aMean), output last. */
  layerMeans(): number[];
  exportJSON(): string;
  delete(): void;
}

export interface GradientFlowSpec {
  depth?: number; // [1, 20], default 10
  width?: number; // [1, 32], default 8
  activation?: string;
  params?: Params;
  init?: Init;
  seed?: number;
}

export interface CreateOptions {
  /** 'simd' (default) or 'scalar'. */
  impl?: 'simd' | 'scalar';
  /** Provide the .wasm bytes yourself (e.g. bundlers, tests). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Override where the .wasm file is fetched from (browser). */
  wasmUrl?: string | URL;
}

/** Loads the module once per (impl) and returns the API; repeated calls share the instance. */
export function createActLab(options?: CreateOptions): Promise<ActLab>;
