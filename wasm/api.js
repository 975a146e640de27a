// The friendly ActLab API over the raw Embind functions (bindings.cpp). Shared by the Node
// and browser entry points, which only locate and instantiate the module.
//
// Responsibilities here, and only here: argument validation (through validate.js: TypeError
// for wrong types, RangeError naming the parameter and its allowed range), copying between JS
// arrays and WASM memory, and ownership of WASM allocations. No math.

import { makeNetworkApi } from './network.js';
import * as V from './validate.js';

// Statuses that mean "an argument is out of its range, or memory ran out" (RangeError); the
// others are Error.
const RANGE_STATUSES = new Set([
  'unknown_activation',
  'bad_param',
  'bad_temperature',
  'bad_length',
  'invalid_argument',
  'out_of_memory',
]);

// Only lab.alloc()/allocBytes() hold this: a buffer cannot be made by hand.
const BUFFER_TOKEN = Symbol('ActLab buffer');

function reviveInfinity(key, value) {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return value;
}

function deepFreeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}

export function makeActLab(Module, impl) {
  const activations = deepFreeze(JSON.parse(Module._catalogueJson(), reviveInfinity));
  const indexById = new Map(activations.map((a, i) => [a.id, i]));
  // Every limit and enum name comes from the core (core/schema.h), none is written here.
  const { limits, enums } = deepFreeze(JSON.parse(Module._schemaJson()));
  const implCode = enums.impl.indexOf(impl);
  const MAX_LENGTH = limits.length.max;

  const heapF32 = () => Module.HEAPF32; // replaced by Emscripten whenever memory grows

  // The bindings' one convention: a status code (0 = ok), the message in _lastError().
  function check(status, what) {
    if (status === 0) return;
    const msg = what ? `${what}: ${Module._lastError()}` : Module._lastError();
    throw RANGE_STATUSES.has(enums.status[status]) ? new RangeError(msg) : new Error(msg);
  }

  // Reserves `bytes` of WASM heap (malloc, then free) before a call that allocates inside C++:
  // the core is built without exceptions, so a failed allocation there would abort the module.
  // After the reservation the call's allocations fit in the block just freed.
  function reserve(bytes, what) {
    const p = Module._malloc(bytes);
    if (!p) throw new RangeError(`${what}: out of WASM memory (needs about ${bytes} bytes)`);
    Module._free(p);
  }

  function temperature(t) {
    return V.number('temperature', t, limits.temperature, limits.temperature.default);
  }

  function activationIndex(id) {
    if (typeof id !== 'string') throw new TypeError(`activation id must be a string, got ${V.describe(id)}`);
    const i = indexById.get(id);
    if (i === undefined) {
      throw new RangeError(
        `unknown activation id ${V.describe(id)}; expected one of: ${[...indexById.keys()].join(', ')}`,
      );
    }
    return i;
  }

  // Returns the single parameter value the kernel takes (NaN when the activation has none).
  // Own properties only: a `params` object inheriting `alpha` changes nothing.
  function paramValue(index, params) {
    const a = activations[index];
    const o = params === null ? V.options('params', undefined) : V.options('params', params);
    const names = Object.keys(a.params);
    for (const k of Object.keys(o)) {
      if (!names.includes(k)) {
        throw new RangeError(
          `${a.id} has no parameter ${V.describe(k)}` +
            (names.length ? `; it takes: ${names.join(', ')}` : '; it takes none'),
        );
      }
    }
    if (names.length === 0) return NaN;
    const spec = a.params[names[0]];
    return V.number(`${a.id}: ${names[0]}`, V.own(o, names[0]), spec, spec.default);
  }

  // One scratch block, grown on demand, for the copying API.
  let scratchPtr = 0;
  let scratchFloats = 0;
  function scratch(floats) {
    if (floats > scratchFloats) {
      if (scratchPtr) Module._free(scratchPtr);
      scratchPtr = 0;
      scratchFloats = 0;
      const bytes = Math.max(floats, 1024) * 4;
      const p = Module._malloc(bytes);
      if (!p) throw new RangeError(`out of WASM memory allocating ${bytes} bytes`);
      scratchPtr = p;
      scratchFloats = Math.max(floats, 1024);
    }
    return scratchPtr;
  }

  // Copies inputs into one scratch block, runs fn(ptrs...), copies `outLength` floats out from
  // the first output slot (placed after all inputs).
  function withScratch(inputs, outLength, fn) {
    let total = outLength;
    for (const a of inputs) total += a.length;
    const base = scratch(Math.max(total, 1));
    let heap = heapF32();
    const ptrs = [];
    let off = base;
    for (const a of inputs) {
      heap.set(a, off >> 2);
      ptrs.push(off);
      off += a.length * 4;
    }
    const outPtr = off;
    fn(...ptrs, outPtr);
    heap = heapF32();
    return heap.slice(outPtr >> 2, (outPtr >> 2) + outLength);
  }

  const floats = (name, x) => V.float32Array(name, x, MAX_LENGTH);

  function elementwise(raw, what) {
    return (id, x, params) => {
      const i = activationIndex(id);
      const p = paramValue(i, params);
      const xv = floats('x', x);
      if (xv.length === 0) return new Float32Array(0);
      return withScratch([xv], xv.length, (xp, yp) => check(raw(i, p, xp, yp, xv.length, implCode), `${what}(${id})`));
    };
  }

  // A block of WASM memory with a typed view that is re-created when memory has grown (growth
  // detaches old views). F32Buffer: floats for plots; U8Buffer: RGBA bytes for ImageData.
  // The API trusts only its own record of a buffer (address, length, kind), kept per module
  // instance: a plain {ptr, length} object, a buffer of another instance and a freed buffer are
  // all refused, and the record cannot be changed from outside.
  const liveBuffers = new WeakMap(); // buffer → { ptr, length, Kind }
  const freedBuffers = new WeakSet();
  let liveBufferCount = 0;
  class WasmBuffer {
    #view = null;
    constructor(token, raw, ptr, length) {
      if (token !== BUFFER_TOKEN) throw new TypeError('ActLab buffers are made by lab.alloc() and lab.allocBytes()');
      liveBuffers.set(this, { raw, ptr, length, Kind: new.target });
      liveBufferCount++;
    }
    get ptr() {
      return liveBuffers.get(this)?.ptr ?? 0;
    }
    get length() {
      return liveBuffers.get(this)?.length ?? 0;
    }
    get view() {
      const rec = liveBuffers.get(this);
      if (!rec) throw new Error(`${this instanceof U8Buffer ? 'U8Buffer' : 'F32Buffer'} used after free()`);
      const buf = Module.HEAPU8.buffer;
      if (this.#view === null || this.#view.buffer !== buf) this.#view = new rec.Kind.View(buf, rec.ptr, rec.length);
      return this.#view;
    }
    free() {
      const rec = liveBuffers.get(this);
      if (!rec) return;
      Module._free(rec.raw);
      liveBuffers.delete(this);
      liveBufferCount--;
      freedBuffers.add(this);
      this.#view = null;
    }
  }
  class F32Buffer extends WasmBuffer {
    static View = Float32Array;
  }
  class U8Buffer extends WasmBuffer {
    static View = Uint8ClampedArray;
  }

  // Buffers start on a 64-byte boundary (malloc gives 8): no 16-byte vector load or store of a
  // kernel then straddles two cache lines (relu at 16 K: ≈ 10 % faster, paired A/B).
  // The record keeps the malloc'd address (raw) for free().
  const ALIGN = 64;
  function allocChecked(n, bytesPer, Kind, what) {
    V.integer(`${what}(n): n`, n, limits.length);
    const p = Module._malloc(n * bytesPer + ALIGN - 1);
    if (!p) throw new RangeError(`${what}: out of WASM memory allocating ${n * bytesPer} bytes`);
    return new Kind(BUFFER_TOKEN, p, (p + ALIGN - 1) & -ALIGN, n);
  }
  const alloc = (n) => allocChecked(n, 4, F32Buffer, 'alloc');
  const allocBytes = (n) => allocChecked(n, 1, U8Buffer, 'allocBytes');

  /** The record of a live buffer of this instance made by `Kind`'s allocator, or an error. */
  function buffer(name, b, Kind = F32Buffer) {
    const rec = liveBuffers.get(b);
    if (rec && rec.Kind === Kind) return rec;
    if (freedBuffers.has(b)) throw new Error(`${name} was already freed`);
    const maker = Kind === F32Buffer ? 'lab.alloc()' : 'lab.allocBytes()';
    throw new TypeError(`${name} must be a live buffer from this module's ${maker}, got ${V.describe(b)}`);
  }

  function sameLength(input, output) {
    if (input.length !== output.length) {
      throw new RangeError(`input and output lengths differ (${input.length} vs ${output.length})`);
    }
  }

  function into(raw, what) {
    return (id, input, output, params) => {
      const i = activationIndex(id);
      const p = paramValue(i, params);
      const a = buffer('input', input);
      const b = buffer('output', output);
      sameLength(a, b);
      check(raw(i, p, a.ptr, b.ptr, a.length, implCode), `${what}(${id})`);
    };
  }

  function logits(name, a) {
    const v = floats(name, a);
    if (v.length === 0) throw new RangeError(`${name} must have at least one element`);
    return v;
  }

  const lab = {
    impl,
    /** True when the SIMD build runs real 128-bit SIMD instructions. */
    simdIsHardware: Module._simdIsHardware(),
    activations,
    limits,
    enums,
    info(id) {
      return activations[activationIndex(id)];
    },
    forward: elementwise(Module._forward, 'forward'),
    derivative: elementwise(Module._derivative, 'derivative'),
    /** f′(x)·upstream elementwise: the backward pass of the activation (one call, no copy of f′). */
    backward(id, x, upstream, params) {
      const i = activationIndex(id);
      const p = paramValue(i, params);
      const xv = floats('x', x);
      const gv = floats('upstream', upstream);
      if (gv.length !== xv.length) {
        throw new RangeError(`upstream must have x's length ${xv.length}, got ${gv.length}`);
      }
      if (xv.length === 0) return new Float32Array(0);
      return withScratch([xv, gv], xv.length, (xp, gp, dp) =>
        check(Module._backward(i, p, xp, gp, dp, xv.length, implCode), `backward(${id})`),
      );
    },
    softmax(x, t) {
      const tv = temperature(t);
      const lv = logits('logits', x);
      return withScratch([lv], lv.length, (xp, yp) =>
        check(Module._softmax(xp, yp, lv.length, tv, implCode), 'softmax'),
      );
    },
    logSoftmax(x, t) {
      const tv = temperature(t);
      const lv = logits('logits', x);
      return withScratch([lv], lv.length, (xp, yp) =>
        check(Module._logSoftmax(xp, yp, lv.length, tv, implCode), 'logSoftmax'),
      );
    },
    softmaxBackward(x, upstream, t) {
      const tv = temperature(t);
      const lv = logits('logits', x);
      const gv = floats('upstream', upstream);
      if (gv.length !== lv.length) {
        throw new RangeError(`upstream must have the logits' length ${lv.length}, got ${gv.length}`);
      }
      // The SIMD backward may need scratch inside C++ (new with nothrow): reserve it.
      reserve(8 * lv.length + 1024, 'softmaxBackward');
      return withScratch([lv, gv], lv.length, (xp, gp, dp) =>
        check(Module._softmaxBackward(xp, gp, dp, lv.length, tv, implCode), 'softmaxBackward'),
      );
    },
    alloc,
    allocBytes,
    forwardInto: into(Module._forward, 'forwardInto'),
    derivativeInto: into(Module._derivative, 'derivativeInto'),
    softmaxInto(input, output, t) {
      const tv = temperature(t);
      const a = buffer('input', input);
      const b = buffer('output', output);
      sameLength(a, b);
      check(Module._softmax(a.ptr, b.ptr, a.length, tv, implCode), 'softmaxInto');
    },
    memoryBytes() {
      return heapF32().buffer.byteLength;
    },
  };
  Object.assign(
    lab,
    makeNetworkApi(Module, {
      check,
      reserve,
      limits,
      enums,
      heapF32,
      activationIndex,
      paramValue,
      buffer,
      liveBuffers: () => liveBufferCount,
      F32Buffer,
      U8Buffer,
      alloc,
      allocBytes,
    }),
  );
  return Object.freeze(lab);
}

/**
 * createActLab's options, from own properties only: { impl, wasmBinary, wasmUrl, custom }.
 * custom: a binary or URL was given (a separate instance, not the shared one).
 */
export function createOptions(options) {
  const o = V.options('options', options);
  const impl = V.own(o, 'impl') ?? 'simd';
  if (impl !== 'simd' && impl !== 'scalar') {
    throw new RangeError(`impl must be "simd" or "scalar", got ${V.describe(impl)}`);
  }
  const wasmBinary = V.own(o, 'wasmBinary');
  if (wasmBinary !== undefined && !(wasmBinary instanceof ArrayBuffer) && !V.typedArrayTag(wasmBinary)) {
    throw new TypeError(`options.wasmBinary must be an ArrayBuffer or a typed array, got ${V.describe(wasmBinary)}`);
  }
  const wasmUrl = V.own(o, 'wasmUrl');
  if (wasmUrl !== undefined && typeof wasmUrl !== 'string' && !(wasmUrl instanceof URL)) {
    throw new TypeError(`options.wasmUrl must be a string or a URL, got ${V.describe(wasmUrl)}`);
  }
  return { impl, wasmBinary, wasmUrl, custom: wasmBinary !== undefined || wasmUrl !== undefined };
}
