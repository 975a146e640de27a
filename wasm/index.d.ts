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
  /** Short Korean / English note for the comparison table. */
  note: { ko: string; en: string };
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
  /** The catalogue, generated from the C++ table. */
  readonly activations: ActivationInfo[];
  /** Look up one entry; throws RangeError for an unknown id. */
  info(id: string): ActivationInfo;

  /** f(x) for every element; returns a new Float32Array. */
  forward(id: string, x: Float32Array, params?: Params): Float32Array;
  /** f'(x) for every element; returns a new Float32Array. */
  derivative(id: string, x: Float32Array, params?: Params): Float32Array;

  /** softmax(logits / temperature). temperature in [0.01, 100], default 1. */
  softmax(logits: Float32Array, temperature?: number): Float32Array;
  /** log softmax(logits / temperature). */
  logSoftmax(logits: Float32Array, temperature?: number): Float32Array;
  /** Gradient w.r.t. logits: Jᵀ·upstream for p = softmax(logits / temperature). */
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
