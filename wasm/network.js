// The network and dataset half of the JS API (see api.js for the activation half). Wraps the
// Embind classes `_Dataset` / `_Network` (bindings.cpp): validates arguments (validate.js),
// reserves WASM memory before every call that allocates inside C++, converts the core's
// errors into RangeError/TypeError, and owns `.delete()` of the Embind objects.
import * as V from './validate.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Network::diagnostics in diagnostics_flat's layout (core/nn/diagnostics.h) → the API's objects;
 *  non-finite numbers become null (as JSON would have them). */
function readDiagnostics(heap, p, n) {
  const f = heap.subarray(p, p + n);
  let k = 0;
  const num = () => {
    const v = f[k++];
    return Number.isFinite(v) ? v : null;
  };
  const list = () => Array.from({ length: f[k++] }, num);
  const layers = f[k++];
  const out = [];
  for (let l = 0; l < layers; l++) {
    const [gradWNorm, gradBNorm, gradANorm, zMean, aMean, mean, min, max, deadFraction] = Array.from(
      { length: 9 },
      num,
    );
    const zHist = list();
    const aHist = list();
    const example = list();
    const preluAlpha = list();
    out.push({
      gradWNorm,
      gradBNorm,
      gradANorm,
      zMean,
      aMean,
      zHist,
      aHist,
      jacobian: { mean, min, max, example },
      deadFraction,
      preluAlpha,
    });
  }
  if (k !== n) throw new Error(`diagnostics: read ${k} of ${n} numbers`);
  return out;
}

export function makeNetworkApi(Module, tools) {
  const { check, reserve, limits, enums, heapF32, activationIndex, paramValue, buffer, U8Buffer } = tools;
  const heapU8 = () => Module.HEAPU8;
  const heapF64 = () => Module.HEAPF64;
  const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
  let live = 0; // JS wrappers not yet deleted

  // The Embind handle behind each wrapper, out of reach of page scripts.
  const handles = new WeakMap();
  function alive(obj, what) {
    const h = handles.get(obj);
    if (!h) throw new Error(`${what} used after delete()`);
    return h;
  }
  function release(obj) {
    const h = handles.get(obj);
    if (!h) return false;
    h.delete();
    handles.delete(obj);
    live--;
    return true;
  }

  class Dataset {
    constructor(handle) {
      handles.set(this, handle);
      live++;
    }
    get task() {
      return enums.task[alive(this, 'Dataset').task()];
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
      release(this);
    }
  }

  // Builds an Embind handle with `fill`, which returns the binding's status; the handle is
  // deleted on any failure. The caller reserves the memory the call needs first.
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

  function dataOptions(options) {
    const o = V.options('options', options);
    const task = V.oneOf('options.task', V.own(o, 'task'), enums.task, 'binary');
    const name = enums.task[task];
    return {
      task,
      classes: V.integer(
        'options.classes',
        V.own(o, 'classes'),
        INT32,
        name === 'multiclass' ? 3 : name === 'binary' ? 2 : 0,
      ),
      trainFraction: V.number('options.trainFraction', V.own(o, 'trainFraction'), limits.trainFraction, 0.5),
      seed: V.integer('options.seed', V.own(o, 'seed'), limits.seed, 1),
    };
  }

  // Grid arguments: bounds within limits.gridBound (so every feature of every grid point is a
  // finite float), sides and their product within the limits.
  function grid(xmin, xmax, ymin, ymax, width, height) {
    const b = limits.gridBound;
    const g = [
      V.number('xmin', xmin, b),
      V.number('xmax', xmax, b),
      V.number('ymin', ymin, b),
      V.number('ymax', ymax, b),
      V.integer('width', width, limits.gridSide),
      V.integer('height', height, limits.gridSide),
    ];
    if (g[4] * g[5] > limits.gridPoints.max) {
      throw new RangeError(`width·height must be at most ${limits.gridPoints.max}, got ${g[4] * g[5]}`);
    }
    return g;
  }

  class Network {
    constructor(handle) {
      handles.set(this, handle);
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
      const h = alive(this, 'Network');
      reserve(64 * KiB, 'config');
      return JSON.parse(h.configJson());
    }

    setData(dataset) {
      const h = alive(this, 'Network');
      if (!(dataset instanceof Dataset) || !handles.has(dataset)) {
        if (dataset instanceof Dataset) alive(dataset, 'Dataset');
        throw new TypeError(
          `setData needs a dataset from lab.makeDataset/parseCsv/datasetFromPoints, got ${V.describe(dataset)}`,
        );
      }
      const d = alive(dataset, 'Dataset');
      reserve(MiB + 64 * d.size(), 'setData');
      check(h.setData(d));
    }

    #readLog(h) {
      const n = h.logEpochs();
      const p = h.logPtr() >> 3;
      const heap = heapF64();
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
     * testAccuracy, epoch} per logged epoch (accuracy null for regression), with `diverged`,
     * `divergedEpoch` and `outOfTime` properties on the array. `options.evaluateEvery = k`
     * evaluates and logs only every k-th epoch and the last (faster long runs);
     * `options.budgetMs` stops at the first epoch boundary past that many milliseconds.
     */
    train(epochs = 1, options = undefined) {
      const h = alive(this, 'Network');
      const e = V.integer('epochs', epochs, limits.epochs);
      const o = V.options('options', options);
      const every = V.integer('options.evaluateEvery', V.own(o, 'evaluateEvery'), limits.evaluateEvery, 1);
      const budget =
        V.own(o, 'budgetMs') === undefined ? 0 : V.number('options.budgetMs', V.own(o, 'budgetMs'), limits.budgetMs);
      reserve(2 * MiB + 48 * Math.ceil(e / every), 'train');
      check(h.train(e, every, budget));
      const log = this.#readLog(h);
      log.diverged = h.diverged();
      log.divergedEpoch = log.diverged ? h.divergedEpoch() : null;
      log.outOfTime = h.outOfTime();
      return log;
    }

    /** Current {trainLoss, testLoss, trainAccuracy, testAccuracy, epoch}; needs data. */
    evaluate() {
      const h = alive(this, 'Network');
      reserve(64 * KiB, 'evaluate');
      check(h.evaluate());
      return this.#readLog(h)[0];
    }

    reset() {
      alive(this, 'Network').reset();
    }

    #scratch = null;
    #scratchBuf(n) {
      if (!this.#scratch || this.#scratch.length < n) {
        this.#scratch?.free();
        this.#scratch = null;
        this.#scratch = tools.alloc(Math.max(n, 1024));
      }
      return this.#scratch;
    }

    /** Network output over the grid (row 0 = ymax, column 0 = xmin, ends inclusive):
     * width·height·outputs floats, K class probabilities per point for softmax. */
    evaluateGrid(xmin, xmax, ymin, ymax, width, height) {
      const h = alive(this, 'Network');
      const g = grid(xmin, xmax, ymin, ymax, width, height);
      const n = g[4] * g[5] * h.outputs();
      const buf = this.#scratchBuf(n);
      h.evaluateGrid(...g, buf.ptr);
      return heapF32().slice(buf.ptr >> 2, (buf.ptr >> 2) + n);
    }

    /** Zero-copy: writes the grid into a lab.alloc() buffer of exactly width·height·outputs. */
    evaluateGridInto(out, xmin, xmax, ymin, ymax, width, height) {
      const h = alive(this, 'Network');
      const g = grid(xmin, xmax, ymin, ymax, width, height);
      const rec = buffer('out', out);
      const n = g[4] * g[5] * h.outputs();
      if (rec.length !== n) throw new RangeError(`out must hold width·height·outputs = ${n} floats, has ${rec.length}`);
      h.evaluateGrid(...g, rec.ptr);
    }

    /** Every unit's activation over the grid: unitCount·width·height floats, unit-major
     * (hidden layers in order, then the output units). For neuron thumbnails. */
    evaluateUnitGrids(xmin, xmax, ymin, ymax, width, height) {
      const h = alive(this, 'Network');
      const g = grid(xmin, xmax, ymin, ymax, width, height);
      const n = g[4] * g[5] * h.unitCount();
      const buf = this.#scratchBuf(n);
      h.evaluateUnitGrids(...g, buf.ptr);
      return heapF32().slice(buf.ptr >> 2, (buf.ptr >> 2) + n);
    }

    /**
     * RGBA pixels of the output over the grid, ready for `new ImageData(px, width, height)`.
     * One output: value mapped from [min, max] (default: [-1, 1] playground, [0, 1] otherwise;
     * finite, min < max) through a 256-entry RGBA ramp; softmax: class colours mixed by
     * probability. `into`: a lab.allocBytes(width·height·4) buffer to write without copying.
     */
    renderGrid(xmin, xmax, ymin, ymax, width, height, options = undefined) {
      const h = alive(this, 'Network');
      const g = grid(xmin, xmax, ymin, ymax, width, height);
      const o = V.options('options', options);
      const K = h.outputs();
      const head = K === 1 ? this.config.head : 'softmax';
      const lo = V.float32('options.min', V.own(o, 'min'), undefined, head === 'playground' ? -1 : 0);
      const hi = V.float32('options.max', V.own(o, 'max'), undefined, 1);
      if (!(lo < hi && Number.isFinite(Math.fround(Math.fround(hi) - Math.fround(lo))))) {
        throw new RangeError(`options.min must be below options.max (a finite span), got [${lo}, ${hi}]`);
      }
      const points = g[4] * g[5];
      const colors = V.own(o, 'colors');
      const table = colors === undefined ? null : V.bytes('options.colors', colors, K <= 1 ? 256 * 4 : K * 4);
      const into = V.own(o, 'into');
      const dst = into === undefined ? null : buffer('options.into', into, U8Buffer);
      if (dst && dst.length !== points * 4) {
        throw new RangeError(`options.into must be a lab.allocBytes(${points * 4}) buffer, has ${dst.length} bytes`);
      }
      const vals = this.#scratchBuf(points * K);
      let tableBuf = null;
      let own = null;
      try {
        if (table) {
          tableBuf = tools.allocBytes(table.length);
          tableBuf.view.set(table);
        }
        h.evaluateGrid(...g, vals.ptr);
        if (!dst) own = tools.allocBytes(points * 4);
        const target = dst ?? { ptr: own.ptr };
        Module._colorize(vals.ptr, points, K, tableBuf ? tableBuf.ptr : 0, lo, hi, target.ptr);
        if (own) return new Uint8ClampedArray(heapU8().slice(own.ptr, own.ptr + points * 4).buffer);
        return into.view;
      } finally {
        tableBuf?.free();
        own?.free();
      }
    }

    /** Per-layer diagnostics over the training set (weights unchanged); output layer last. */
    diagnostics(options = undefined) {
      const h = alive(this, 'Network');
      const o = V.options('options', options);
      const example = V.integer('options.example', V.own(o, 'example'), { min: 0, max: INT32.max }, 0);
      reserve(2 * MiB, 'diagnostics');
      check(h.diagnostics(example));
      return readDiagnostics(heapF64(), Module._lastF64Ptr() >> 3, Module._lastF64Size());
    }

    /** The mean activation of every layer over the training set (diagnostics()'s aMean, the
     *  same numbers) from forward passes only; output layer last. */
    layerMeans() {
      const h = alive(this, 'Network');
      check(h.layerMeans());
      const at = Module._lastF64Ptr() >> 3;
      return Array.from(heapF64().subarray(at, at + Module._lastF64Size()));
    }

    /** Architecture, parameters, optimiser and RNG state, epoch: as a JSON string. */
    exportJSON() {
      const h = alive(this, 'Network');
      reserve(8 * MiB, 'exportJSON');
      return h.exportJson();
    }

    delete() {
      if (handles.has(this)) {
        this.#scratch?.free();
        this.#scratch = null;
      }
      release(this);
    }
  }

  const newNetwork = (fill) => newHandle(Module._Network, Network, fill);
  const networkText = (name, v) =>
    typeof v === 'string'
      ? V.string(name, v, limits.networkText.max)
      : V.string(name, V.jsonText(name, v), limits.networkText.max);

  return {
    makeDataset(spec) {
      const s = V.options('spec', spec);
      const kind = enums.dataset[V.oneOf('spec.kind', V.own(s, 'kind'), enums.dataset)];
      const points = V.integer('spec.points', V.own(s, 'points'), limits.points, 500);
      const noise = V.number('spec.noise', V.own(s, 'noise'), limits.noise, 0);
      const tf = V.number('spec.trainFraction', V.own(s, 'trainFraction'), limits.trainFraction, 0.5);
      const classes = V.integer('spec.classes', V.own(s, 'classes'), INT32, 3);
      const seed = V.integer('spec.seed', V.own(s, 'seed'), limits.seed, 1);
      reserve(MiB + 64 * points, 'makeDataset');
      return newDataset((h) => h.make(kind, points, noise, tf, classes, seed));
    },
    parseCsv(text, options) {
      const t = V.string('CSV text', text, limits.csvText.max);
      const o = dataOptions(options);
      // Embind's UTF-8 copy and the core's std::string: ≤ 2 × 3 bytes per UTF-16 unit.
      reserve(MiB + 6 * t.length, 'parseCsv');
      return newDataset((h) => h.parseCsv(t, o.task, o.classes, o.trainFraction, o.seed));
    },
    datasetFromPoints(points, options) {
      const p = V.options('points', points);
      const o = dataOptions(options);
      const max = limits.points.max;
      const cols = ['x1', 'x2', 'label'].map((k) => V.floatColumn(`points.${k}`, V.own(p, k), max));
      const n = cols[0].length;
      if (cols[1].length !== n || cols[2].length !== n) {
        throw new RangeError('points.x1, x2 and label must have the same length');
      }
      const bufs = [];
      try {
        for (const c of cols) {
          const b = tools.alloc(Math.max(n, 1));
          bufs.push(b);
          b.view.set(c);
        }
        reserve(MiB + 64 * n, 'datasetFromPoints');
        return newDataset((h) =>
          h.fromPoints(bufs[0].ptr, bufs[1].ptr, bufs[2].ptr, n, o.task, o.classes, o.trainFraction, o.seed),
        );
      } finally {
        for (const b of bufs) b.free();
      }
    },
    createNetwork(config) {
      const text = networkText('config', V.options('config', config));
      reserve(8 * MiB + 4 * text.length, 'createNetwork');
      return newNetwork((h) => h.create(text));
    },
    importNetwork(json) {
      const text = networkText('json', typeof json === 'string' ? json : V.options('json', json));
      // The parsed JSON tree costs up to ≈ 48 bytes per character of text.
      reserve(8 * MiB + 48 * text.length, 'importNetwork');
      return newNetwork((h) => h.importJson(text));
    },
    gradientFlow(spec) {
      const s = V.options('spec', spec);
      const act = activationIndex(V.own(s, 'activation') ?? 'sigmoid');
      const p = paramValue(act, V.own(s, 'params'));
      const init = V.oneOf('spec.init', V.own(s, 'init'), enums.init, 'xavier');
      const depth = V.integer('spec.depth', V.own(s, 'depth'), limits.gradientFlowDepth, 10);
      const width = V.integer('spec.width', V.own(s, 'width'), limits.units, 8);
      const seed = V.integer('spec.seed', V.own(s, 'seed'), limits.seed, 1);
      reserve(8 * MiB, 'gradientFlow');
      check(Module._gradientFlow(depth, width, act, Number.isNaN(p) ? 0 : p, init, seed));
      return JSON.parse(Module._lastJson());
    },
    /** Live JS wrappers, C++ handles and lab.alloc() buffers; all 0 when everything was freed. */
    liveObjects() {
      return { wrappers: live, handles: Module._liveHandles(), buffers: tools.liveBuffers() };
    },
  };
}
