// The friendly ActLab API over the raw Embind functions (bindings.cpp). Shared by the Node
// and browser entry points, which only locate and instantiate the module.
//
// Responsibilities here, and only here: argument validation (TypeError for wrong types,
// RangeError naming the parameter and its allowed range), copying between JS arrays and WASM
// memory, and ownership of WASM allocations. No math.

import { makeNetworkApi } from './network.js';

// Statuses that mean "an argument is out of its range" (RangeError); the others are Error.
const RANGE_STATUSES = new Set([
  'unknown_activation',
  'bad_param',
  'bad_temperature',
  'bad_length',
  'invalid_argument',
]);

function reviveInfinity(key, value) {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return value;
}

function deepFreeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'object') return v.constructor?.name ?? 'object';
  return typeof v === 'string' ? `"${v}"` : String(v);
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

  function checkFloat32Array(name, a) {
    if (!(a instanceof Float32Array)) {
      throw new TypeError(`${name} must be a Float32Array, got ${describe(a)}`);
    }
    if (a.length > MAX_LENGTH) {
      throw new RangeError(`${name} has ${a.length} elements; at most ${MAX_LENGTH} are allowed`);
    }
  }

  function checkTemperature(t) {
    const r = limits.temperature;
    if (t === undefined) return r.default;
    if (typeof t !== 'number') throw new TypeError(`temperature must be a number, got ${describe(t)}`);
    if (!(t >= r.min && t <= r.max)) {
      throw new RangeError(`temperature must be a finite number in [${r.min}, ${r.max}], got ${t}`);
    }
    return t;
  }

  function activationIndex(id) {
    if (typeof id !== 'string') throw new TypeError(`activation id must be a string, got ${describe(id)}`);
    const i = indexById.get(id);
    if (i === undefined) {
      throw new RangeError(`unknown activation id "${id}"; expected one of: ${[...indexById.keys()].join(', ')}`);
    }
    return i;
  }

  // Returns the single parameter value the kernel takes (NaN when the activation has none).
  function paramValue(index, params) {
    const a = activations[index];
    if (params === undefined || params === null) params = {};
    if (typeof params !== 'object') throw new TypeError(`params must be an object, got ${describe(params)}`);
    for (const k of Object.keys(params)) {
      if (!(k in a.params)) {
        const allowed = Object.keys(a.params);
        throw new RangeError(
          `${a.id} has no parameter "${k}"` +
            (allowed.length ? `; it takes: ${allowed.join(', ')}` : '; it takes none'),
        );
      }
    }
    const names = Object.keys(a.params);
    if (names.length === 0) return NaN;
    const name = names[0];
    const spec = a.params[name];
    const v = params[name] === undefined ? spec.default : params[name];
    if (typeof v !== 'number') throw new TypeError(`${a.id}: ${name} must be a number, got ${describe(v)}`);
    if (!(v >= spec.min && v <= spec.max)) {
      throw new RangeError(`${a.id}: ${name} must be a finite number in [${spec.min}, ${spec.max}], got ${v}`);
    }
    return v;
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

  function elementwise(raw, what) {
    return (id, x, params) => {
      const i = activationIndex(id);
      const p = paramValue(i, params);
      checkFloat32Array('x', x);
      if (x.length === 0) return new Float32Array(0);
      return withScratch([x], x.length, (xp, yp) => check(raw(i, p, xp, yp, x.length, implCode), `${what}(${id})`));
    };
  }

  // A block of WASM memory with a typed view that is re-created when memory has grown (growth
  // detaches old views). F32Buffer: floats for plots; U8Buffer: RGBA bytes for ImageData.
  class WasmBuffer {
    #ptr;
    #length;
    #view = null;
    constructor(ptr, length) {
      this.#ptr = ptr;
      this.#length = length;
    }
    get ptr() {
      return this.#ptr;
    }
    get length() {
      return this.#length;
    }
    get view() {
      if (!this.#ptr) throw new Error(`${this.constructor.name} used after free()`);
      const buf = Module.HEAPU8.buffer;
      if (this.#view === null || this.#view.buffer !== buf) {
        this.#view = new this.constructor.View(buf, this.#ptr, this.#length);
      }
      return this.#view;
    }
    free() {
      if (this.#ptr) Module._free(this.#ptr);
      this.#ptr = 0;
      this.#view = null;
    }
  }
  class F32Buffer extends WasmBuffer {
    static View = Float32Array;
  }
  class U8Buffer extends WasmBuffer {
    static View = Uint8ClampedArray;
  }

  function allocChecked(n, bytesPer, Kind) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_LENGTH) {
      throw new RangeError(`alloc(n): n must be an integer in [1, ${MAX_LENGTH}], got ${n}`);
    }
    const p = Module._malloc(n * bytesPer);
    if (!p) throw new RangeError(`out of WASM memory allocating ${n * bytesPer} bytes`);
    return new Kind(p, n);
  }

  function checkBuffer(name, b) {
    if (!(b instanceof F32Buffer)) throw new TypeError(`${name} must be a buffer from lab.alloc(), got ${describe(b)}`);
    if (!b.ptr) throw new Error(`${name} was already freed`);
  }

  function into(raw, what) {
    return (id, input, output, params) => {
      const i = activationIndex(id);
      const p = paramValue(i, params);
      checkBuffer('input', input);
      checkBuffer('output', output);
      if (input.length !== output.length) {
        throw new RangeError(`input and output lengths differ (${input.length} vs ${output.length})`);
      }
      check(raw(i, p, input.ptr, output.ptr, input.length, implCode), `${what}(${id})`);
    };
  }

  function checkLogits(name, a) {
    checkFloat32Array(name, a);
    if (a.length === 0) throw new RangeError(`${name} must have at least one element`);
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
      checkFloat32Array('x', x);
      checkFloat32Array('upstream', upstream);
      if (upstream.length !== x.length) {
        throw new RangeError(`upstream must have x's length ${x.length}, got ${upstream.length}`);
      }
      if (x.length === 0) return new Float32Array(0);
      return withScratch([x, upstream], x.length, (xp, gp, dp) =>
        check(Module._backward(i, p, xp, gp, dp, x.length, implCode), `backward(${id})`),
      );
    },
    softmax(logits, temperature) {
      const t = checkTemperature(temperature);
      checkLogits('logits', logits);
      return withScratch([logits], logits.length, (xp, yp) =>
        check(Module._softmax(xp, yp, logits.length, t, implCode), 'softmax'),
      );
    },
    logSoftmax(logits, temperature) {
      const t = checkTemperature(temperature);
      checkLogits('logits', logits);
      return withScratch([logits], logits.length, (xp, yp) =>
        check(Module._logSoftmax(xp, yp, logits.length, t, implCode), 'logSoftmax'),
      );
    },
    softmaxBackward(logits, upstream, temperature) {
      const t = checkTemperature(temperature);
      checkLogits('logits', logits);
      checkFloat32Array('upstream', upstream);
      if (upstream.length !== logits.length) {
        throw new RangeError(`upstream must have the logits' length ${logits.length}, got ${upstream.length}`);
      }
      return withScratch([logits, upstream], logits.length, (xp, gp, dp) =>
        check(Module._softmaxBackward(xp, gp, dp, logits.length, t, implCode), 'softmaxBackward'),
      );
    },
    alloc(n) {
      return allocChecked(n, 4, F32Buffer);
    },
    allocBytes(n) {
      return allocChecked(n, 1, U8Buffer);
    },
    forwardInto: into(Module._forward, 'forwardInto'),
    derivativeInto: into(Module._derivative, 'derivativeInto'),
    softmaxInto(input, output, temperature) {
      const t = checkTemperature(temperature);
      checkBuffer('input', input);
      checkBuffer('output', output);
      if (input.length !== output.length) {
        throw new RangeError(`input and output lengths differ (${input.length} vs ${output.length})`);
      }
      check(Module._softmax(input.ptr, output.ptr, input.length, t, implCode), 'softmaxInto');
    },
    memoryBytes() {
      return heapF32().buffer.byteLength;
    },
  };
  Object.assign(
    lab,
    makeNetworkApi(Module, {
      check,
      limits,
      enums,
      heapF32,
      activationIndex,
      paramValue,
      F32Buffer,
      alloc: (n) => allocChecked(n, 4, F32Buffer),
      allocBytes: (n) => allocChecked(n, 1, U8Buffer),
    }),
  );
  return Object.freeze(lab);
}

export function checkImpl(impl) {
  if (impl === undefined) return 'simd';
  if (impl !== 'simd' && impl !== 'scalar') {
    throw new RangeError(`impl must be "simd" or "scalar", got ${describe(impl)}`);
  }
  return impl;
}
