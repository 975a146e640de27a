// The network and dataset half of the JS API (see api.js for the activation half). Wraps the
// Embind classes `_Dataset` / `_Network` (bindings.cpp): validates arguments, converts
// errors from the core into RangeError/TypeError, owns `.delete()` of the Embind objects.

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'object') return v.constructor?.name ?? 'object';
  return typeof v === 'string' ? `"${v}"` : String(v);
}
function plainObject(name, v) {
  if (v === undefined) return {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  }
  return v;
}
function number(name, v, fallback) {
  if (v === undefined) return fallback;
  if (typeof v !== 'number') throw new TypeError(`${name} must be a number, got ${describe(v)}`);
  return v;
}
// An integer in [min, max]; `range` may be one of the core's limits ({min, max}).
function integer(name, v, fallback, min, max) {
  if (typeof min === 'object') [min, max] = [min.min, min.max];
  const x = number(name, v, fallback);
  if (!Number.isInteger(x) || x < min || x > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${x}`);
  }
  return x;
}
export function makeNetworkApi(Module, tools) {
  const { check, limits, enums, heapF32, activationIndex, paramValue, F32Buffer } = tools;
  const TASKS = enums.task;
  const heapU8 = () => Module.HEAPU8;
  let live = 0; // JS wrappers not yet deleted

  function alive(obj, what) {
    if (!obj.handle) throw new Error(`${what} used after delete()`);
    return obj.handle;
  }

  class Dataset {
    constructor(handle) {
      this.handle = handle;
      live++;
    }
    get task() {
      return TASKS[alive(this, 'Dataset').task()];
    }
    get classes() {
      return alive(this, 'Dataset').classes();
    }
    get size() {
      return alive(this, 'Dataset').size();
    }
    get trainCount() {
      return alive(this, 'Dataset').trainCount();
    }
    #copy(ptr) {
      const n = this.size;
      return n === 0 ? new Float32Array(0) : heapF32().slice(ptr >> 2, (ptr >> 2) + n);
    }
    /** Copies of the points: x1, x2, label (binary 0/1, class index, or target). */
    get x1() {
      return this.#copy(alive(this, 'Dataset').x1());
    }
    get x2() {
      return this.#copy(alive(this, 'Dataset').x2());
    }
    get label() {
      return this.#copy(alive(this, 'Dataset').label());
    }
    delete() {
      if (this.handle) {
        this.handle.delete();
        this.handle = null;
        live--;
      }
    }
  }

  // Builds an Embind handle with `fill`, which returns the binding's status; the handle is
  // deleted on any failure.
  function newHandle(Handle, Wrapper, fill) {
    const h = new Handle();
    try {
      check(fill(h));
    } catch (e) {
      h.delete();
      throw e;
    }
    return new Wrapper(h);
  }
  const newDataset = (fill) => newHandle(Module._Dataset, Dataset, fill);

  function taskCode(name, task) {
    const i = TASKS.indexOf(task);
    if (i < 0)
      throw new RangeError(`${name} must be one of ${TASKS.map((t) => `"${t}"`).join(', ')}, got ${describe(task)}`);
    return i;
  }

  function dataOptions(options) {
    const o = plainObject('options', options);
    const task = taskCode('options.task', o.task ?? 'binary');
    return {
      task,
      classes: number('options.classes', o.classes, task === 0 ? 2 : task === 1 ? 3 : 0),
      trainFraction: number('options.trainFraction', o.trainFraction, 0.5),
      seed: integer('options.seed', o.seed, 1, limits.seed),
    };
  }

  class Network {
    #log = null;
    constructor(handle) {
      this.handle = handle;
      live++;
    }
    get epoch() {
      return alive(this, 'Network').epoch();
    }
    get outputs() {
      return alive(this, 'Network').outputs();
    }
    get unitCount() {
      return alive(this, 'Network').unitCount();
    }
    get config() {
      return JSON.parse(alive(this, 'Network').configJson());
    }

    setData(dataset) {
      const h = alive(this, 'Network');
      if (!(dataset instanceof Dataset))
        throw new TypeError(
          `setData needs a dataset from lab.makeDataset/parseCsv/datasetFromPoints, got ${describe(dataset)}`,
        );
      check(h.setData(alive(dataset, 'Dataset')));
    }

    #readLog(h) {
      const n = h.logEpochs();
      const p = h.logPtr() >> 2;
      const heap = heapF32();
      const out = new Array(n);
      const nn = (v) => (Number.isNaN(v) ? null : v);
      for (let e = 0; e < n; e++) {
        const q = p + 5 * e;
        out[e] = {
          trainLoss: heap[q],
          testLoss: nn(heap[q + 1]),
          trainAccuracy: nn(heap[q + 2]),
          testAccuracy: nn(heap[q + 3]),
          epoch: heap[q + 4],
        };
      }
      return out;
    }

    /**
     * Runs `epochs` epochs inside WASM; returns one {trainLoss, testLoss, trainAccuracy,
     * testAccuracy, epoch} per completed epoch (accuracy null for regression), with `diverged`
     * and `divergedEpoch` properties on the array. `options.evaluateEvery = k` evaluates and
     * logs only every k-th epoch and the last (faster long runs).
     */
    train(epochs = 1, options = {}) {
      const h = alive(this, 'Network');
      const e = integer('epochs', epochs, 1, limits.epochs);
      const o = plainObject('options', options);
      const every = integer('options.evaluateEvery', o.evaluateEvery, 1, limits.evaluateEvery);
      check(h.train(e, every));
      const log = this.#readLog(h);
      log.diverged = h.diverged();
      log.divergedEpoch = log.diverged ? h.divergedEpoch() : null;
      return log;
    }

    evaluate() {
      const h = alive(this, 'Network');
      h.evaluate();
      return this.#readLog(h)[0];
    }

    reset() {
      alive(this, 'Network').reset();
    }

    #grid(args) {
      const [xmin, xmax, ymin, ymax, width, height] = args;
      for (const [k, v] of Object.entries({ xmin, xmax, ymin, ymax })) {
        if (typeof v !== 'number') throw new TypeError(`${k} must be a number, got ${describe(v)}`);
        if (!Number.isFinite(v)) throw new RangeError(`${k} must be finite, got ${v}`);
      }
      const w = integer('width', width, undefined, limits.gridSide);
      const hh = integer('height', height, undefined, limits.gridSide);
      if (w * hh > limits.gridPoints.max) throw new RangeError(`width·height must be at most ${limits.gridPoints.max}`);
      return [xmin, xmax, ymin, ymax, w, hh];
    }

    #scratch = null;
    #scratchBuf(n) {
      if (!this.#scratch || this.#scratch.length < n) {
        this.#scratch?.free();
        this.#scratch = tools.alloc(Math.max(n, 1024));
      }
      return this.#scratch;
    }

    /** Network output over the grid (row 0 = ymax, column 0 = xmin, ends inclusive):
     * width·height·outputs floats, K class probabilities per point for softmax. */
    evaluateGrid(xmin, xmax, ymin, ymax, width, height) {
      const g = this.#grid([xmin, xmax, ymin, ymax, width, height]);
      const n = g[4] * g[5] * this.outputs;
      const buf = this.#scratchBuf(n);
      alive(this, 'Network').evaluateGrid(...g, buf.ptr);
      return heapF32().slice(buf.ptr >> 2, (buf.ptr >> 2) + n);
    }

    /** Zero-copy: writes the grid into a lab.alloc() buffer of exactly width·height·outputs. */
    evaluateGridInto(out, xmin, xmax, ymin, ymax, width, height) {
      const g = this.#grid([xmin, xmax, ymin, ymax, width, height]);
      if (!(out instanceof F32Buffer)) throw new TypeError('out must be a buffer from lab.alloc()');
      const n = g[4] * g[5] * this.outputs;
      if (out.length !== n) throw new RangeError(`out must hold width·height·outputs = ${n} floats, has ${out.length}`);
      alive(this, 'Network').evaluateGrid(...g, out.ptr);
    }

    /** Every unit's activation over the grid: unitCount·width·height floats, unit-major
     * (hidden layers in order, then the output units). For neuron thumbnails. */
    evaluateUnitGrids(xmin, xmax, ymin, ymax, width, height) {
      const g = this.#grid([xmin, xmax, ymin, ymax, width, height]);
      const n = g[4] * g[5] * this.unitCount;
      const buf = this.#scratchBuf(n);
      alive(this, 'Network').evaluateUnitGrids(...g, buf.ptr);
      return heapF32().slice(buf.ptr >> 2, (buf.ptr >> 2) + n);
    }

    /**
     * RGBA pixels of the output over the grid, ready for `new ImageData(px, width, height)`.
     * One output: value mapped from [min, max] (default: [-1, 1] playground, [0, 1] binary)
     * through a 256-entry RGBA ramp; softmax: class colours mixed by probability.
     * `into`: a lab.allocBytes(width·height·4) buffer to write without copying.
     */
    renderGrid(xmin, xmax, ymin, ymax, width, height, options = {}) {
      const g = this.#grid([xmin, xmax, ymin, ymax, width, height]);
      const o = plainObject('options', options);
      const head = this.config.head;
      const K = this.outputs;
      const lo = number('options.min', o.min, head === 'playground' ? -1 : 0);
      const hi = number('options.max', o.max, 1);
      const points = g[4] * g[5];
      let table = 0;
      let tableBuf = null;
      if (o.colors !== undefined) {
        if (!(o.colors instanceof Uint8Array || o.colors instanceof Uint8ClampedArray))
          throw new TypeError('options.colors must be a Uint8Array of RGBA entries');
        const need = K <= 1 ? 256 * 4 : K * 4;
        if (o.colors.length !== need) throw new RangeError(`options.colors must have ${need} bytes`);
        tableBuf = tools.allocBytes(need);
        tableBuf.view.set(o.colors);
        table = tableBuf.ptr;
      }
      const vals = this.#scratchBuf(points * K);
      try {
        alive(this, 'Network').evaluateGrid(...g, vals.ptr);
        let dst = o.into;
        let own = null;
        if (dst === undefined) {
          own = tools.allocBytes(points * 4);
          dst = own;
        } else if (dst.length !== points * 4 || typeof dst.ptr !== 'number') {
          throw new RangeError(`options.into must be a lab.allocBytes(${points * 4}) buffer`);
        }
        Module._colorize(vals.ptr, points, K, table, lo, hi, dst.ptr);
        if (own) {
          const px = new Uint8ClampedArray(heapU8().slice(own.ptr, own.ptr + points * 4).buffer);
          own.free();
          return px;
        }
        return dst.view;
      } finally {
        tableBuf?.free();
      }
    }

    /** Per-layer diagnostics over the training set (weights unchanged); output layer last. */
    diagnostics(options = {}) {
      const o = plainObject('options', options);
      const example = integer('options.example', o.example, 0, 0, 1e9);
      return JSON.parse(alive(this, 'Network').diagnosticsJson(example));
    }

    /** Architecture, parameters, optimiser and RNG state, epoch: as a JSON string. */
    exportJSON() {
      return alive(this, 'Network').exportJson();
    }

    delete() {
      if (this.handle) {
        this.#scratch?.free();
        this.#scratch = null;
        this.handle.delete();
        this.handle = null;
        live--;
      }
    }
  }

  const newNetwork = (fill) => newHandle(Module._Network, Network, fill);

  return {
    makeDataset(spec) {
      const s = plainObject('spec', spec);
      if (typeof s.kind !== 'string') throw new TypeError(`spec.kind must be a string, got ${describe(s.kind)}`);
      const points = integer('spec.points', s.points, 500, 0, 1e9);
      const noise = number('spec.noise', s.noise, 0);
      const tf = number('spec.trainFraction', s.trainFraction, 0.5);
      const classes = integer('spec.classes', s.classes, 3, -1e9, 1e9);
      const seed = integer('spec.seed', s.seed, 1, limits.seed);
      return newDataset((h) => h.make(s.kind, points, noise, tf, classes, seed));
    },
    parseCsv(text, options) {
      if (typeof text !== 'string') throw new TypeError(`CSV text must be a string, got ${describe(text)}`);
      const o = dataOptions(options);
      return newDataset((h) => h.parseCsv(text, o.task, o.classes, o.trainFraction, o.seed));
    },
    datasetFromPoints(points, options) {
      const p = plainObject('points', points);
      const o = dataOptions(options);
      const arrays = ['x1', 'x2', 'label'].map((k) => {
        const a = p[k];
        if (!(a instanceof Float32Array || Array.isArray(a)))
          throw new TypeError(`points.${k} must be a Float32Array or an array of numbers`);
        return Float32Array.from(a);
      });
      const n = arrays[0].length;
      if (arrays[1].length !== n || arrays[2].length !== n)
        throw new RangeError('points.x1, x2 and label must have the same length');
      const bufs = arrays.map((a) => tools.alloc(Math.max(a.length, 1)));
      try {
        bufs.forEach((b, i) => b.view.set(arrays[i]));
        return newDataset((h) =>
          h.fromPoints(bufs[0].ptr, bufs[1].ptr, bufs[2].ptr, n, o.task, o.classes, o.trainFraction, o.seed),
        );
      } finally {
        bufs.forEach((b) => b.free());
      }
    },
    createNetwork(config) {
      const c = plainObject('config', config);
      return newNetwork((h) => h.create(JSON.stringify(c)));
    },
    importNetwork(json) {
      const text = typeof json === 'string' ? json : JSON.stringify(plainObject('json', json));
      return newNetwork((h) => h.importJson(text));
    },
    gradientFlow(spec) {
      const s = plainObject('spec', spec);
      const act = activationIndex(s.activation ?? 'sigmoid');
      const p = paramValue(act, s.params);
      const init = enums.init.indexOf(s.init ?? 'xavier');
      if (init < 0)
        throw new RangeError(
          `spec.init must be one of ${enums.init.map((n) => `"${n}"`).join(', ')}, got ${describe(s.init)}`,
        );
      const depth = integer('spec.depth', s.depth, 10, limits.gradientFlowDepth);
      const width = integer('spec.width', s.width, 8, limits.units);
      const seed = integer('spec.seed', s.seed, 1, limits.seed);
      check(Module._gradientFlow(depth, width, act, Number.isNaN(p) ? 0 : p, init, seed));
      return JSON.parse(Module._lastJson());
    },
    /** Live JS wrappers and live C++ handles; both 0 when everything was deleted. */
    liveObjects() {
      return { wrappers: live, handles: Module._liveHandles() };
    },
  };
}
