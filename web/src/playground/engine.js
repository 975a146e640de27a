// The playground's trainer: one dataset and one network of a WASM instance, driven by messages.
// It runs in the worker (worker.js, its own instance) or, when a worker cannot start, on the main
// thread with the page's shared instance (client.js). Every number comes from the core: losses and
// accuracies from train()/evaluate(), the boundary as RGBA from renderGrid(), the neurons from
// evaluateUnitGrids(). JS only maps those values to colours and counts grid points by class.
//
// In:  init {config (toNetworkConfig/toDatasetSpec already applied: net, data, csv?, csvTask,
//      classes, initZero, discretize, epochsPerFrame)}, play, pause, step {n}, reset,
//      regenerate {seed}, setLearningRate {value}, setRegularization {regularization:
//      'none'|'l1'|'l2', rate} (both keep weights, epoch and optimiser state),
//      setView {discretize, epochsPerFrame},
//      getWeights {json}, setWeight {layer, param: 'W'|'b', index, value}, loadCsv {text},
//      importNet {config, json}, setFocus {node: index in the diagram (inputs, then units) | null},
//      drawn, dispose. config.lite: race mode's second network — numbers, the boundary and its
//      class shares only (no neuron thumbnails, weights or focus).
// Out: ready, frame {epoch, trainLoss, testLoss, trainAccuracy, testAccuracy, diverged, playing,
//      boundary (RGBA ArrayBuffer; the focused node's full map when focus != null), focus, side,
//      units (RGBA ArrayBuffer), unitSide, unitCount, inputs (RGBA ArrayBuffer), shares, weights,
//      confusion {K, counts (K×K, row = true class, column = predicted), n, set: 'test'|'train'}},
//      weights {layers, json}, csv {ok, message?, size?, trainCount?}, imported {ok, message?},
//      error {message}
// The confusion matrix takes the core's output at each test point (evaluateGridInto on a 1×1
// grid at the point); JS only takes the arg-max and counts. It is recomputed at most every
// CONFUSION_MS while playing.
export const GRID = { xmin: -6, xmax: 6, ymin: -6, ymax: 6 };
export const SIDE = 100;
export const UNIT_SIDE = 24;
const SHARE_SIDE = 25;
const CONFUSION_MS = 250;

// TF Playground's ramp: orange (−1) → grey (0) → blue (+1).
const NEG = [245, 147, 34];
const MID = [232, 234, 235];
const POS = [8, 119, 189];
function ramp(v) {
  const t = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  const [a, b, u] = t < 0 ? [MID, NEG, -t] : [MID, POS, t];
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u];
}
/** 256-entry RGBA table of the ramp; `steps` quantises it (2 = sign only: discretize). */
function table(steps) {
  const out = new Uint8Array(256 * 4);
  for (let i = 0; i < 256; i++) {
    let v = (i / 255) * 2 - 1;
    if (steps === 2) v = v < 0 ? -1 : 1;
    const c = ramp(v);
    out.set([c[0], c[1], c[2], 200], i * 4);
  }
  return out;
}
const SMOOTH = table(0);
/** Class colours (multi-class heat map and points); class 0/1 of binary data use NEG/POS. */
export const CLASS_COLOURS = [
  [245, 147, 34],
  [8, 119, 189],
  [46, 160, 67],
  [200, 60, 160],
  [120, 90, 40],
  [110, 110, 120],
  [220, 60, 50],
  [0, 170, 170],
];
function classTable(K) {
  const out = new Uint8Array(K * 4);
  for (let k = 0; k < K; k++) out.set([...CLASS_COLOURS[k], 200], k * 4);
  return out;
}
const SIGN = table(2);

/** RGBA of values (clipped to [-1, 1]) through the ramp. */
function colourise(values, offset, n, out, outOffset) {
  for (let i = 0; i < n; i++) {
    const c = ramp(values[offset + i]);
    const o = (outOffset + i) * 4;
    out[o] = c[0];
    out[o + 1] = c[1];
    out[o + 2] = c[2];
    out[o + 3] = 255;
  }
}

// The input features over the thumbnail grid (inputs, not activations: x1, x2, x1², …),
// scaled to [-1, 1] for colour only.
const FEATURE_FN = {
  x1: (x) => x / 6,
  x2: (x, y) => y / 6,
  x1sq: (x) => (x * x) / 18 - 1,
  x2sq: (x, y) => (y * y) / 18 - 1,
  x1x2: (x, y) => (x * y) / 18,
  sinx1: (x) => Math.sin(x),
  sinx2: (x, y) => Math.sin(y),
};
function inputThumbnails(features) {
  const n = UNIT_SIDE * UNIT_SIDE;
  const out = new Uint8ClampedArray(features.length * n * 4);
  const vals = new Float32Array(n);
  features.forEach((f, k) => {
    for (let r = 0; r < UNIT_SIDE; r++) {
      const y = GRID.ymax - (r / (UNIT_SIDE - 1)) * (GRID.ymax - GRID.ymin);
      for (let c = 0; c < UNIT_SIDE; c++) {
        const x = GRID.xmin + (c / (UNIT_SIDE - 1)) * (GRID.xmax - GRID.xmin);
        vals[r * UNIT_SIDE + c] = FEATURE_FN[f](x, y);
      }
    }
    colourise(vals, 0, n, out, k * n);
  });
  return out;
}

/** Weights and biases per layer from the core's export (plain arrays); `dead`: the indices
 *  into W of the weights L1 has set to 0 for good (TensorFlow Playground's dead links). */
export function weightsOf(net) {
  const json = JSON.parse(net.exportJSON());
  return json.state.layers.map((l) => ({ W: l.W, b: l.b, alpha: l.alpha, dead: l.dead ?? [] }));
}

export function createEngine(lab, post, { raf } = {}) {
  const schedule = raf ?? globalThis.requestAnimationFrame?.bind(globalThis) ?? ((cb) => setTimeout(cb, 16));
  const cancel = raf ? () => {} : (globalThis.cancelAnimationFrame?.bind(globalThis) ?? clearTimeout);
  let cfg = null;
  let data = null;
  let net = null;
  let playing = false;
  let waiting = false; // a frame was posted and not drawn yet
  let tick = 0;
  let diverged = false;
  let last = null;
  let inputs = null;
  let disposed = false;
  let focus = null; // diagram node shown full size in the heat map
  let pts = null; // copies of the data's columns (the getters copy)
  let confusion = null;
  let confusionAt = -Infinity;
  let outBuf = null; // lab.alloc(K) for one point's outputs

  function freeAll() {
    net?.delete();
    data?.delete();
    outBuf?.free();
    net = null;
    data = null;
    outBuf = null;
  }

  function makeData(c, seed) {
    return c.csv
      ? lab.parseCsv(c.csv, {
          task: c.csvTask,
          classes: c.classes || undefined,
          trainFraction: c.data.trainFraction,
          seed,
        })
      : lab.makeDataset({ ...c.data, seed });
  }

  function adoptData(next) {
    data?.delete();
    data = next;
    pts = { x1: data.x1, x2: data.x2, label: data.label, trainCount: data.trainCount, task: data.task };
    confusion = null;
  }

  function buildData(seed) {
    adoptData(makeData(cfg, seed));
  }

  /** Predicted class at every test point (training points if there is no test set), counted
   *  against the labels: the outputs are the core's; JS takes the arg-max. */
  function computeConfusion() {
    if (!pts || pts.task === 'regression') return null;
    const K = net.outputs === 1 ? 2 : net.outputs;
    const cut = net.outputs === 1 ? (cfg.net.head === 'playground' ? 0 : 0.5) : 0;
    if (!outBuf || outBuf.length !== net.outputs) {
      outBuf?.free();
      outBuf = lab.alloc(net.outputs);
    }
    const hasTest = pts.trainCount < pts.x1.length;
    const from = hasTest ? pts.trainCount : 0;
    const to = hasTest ? pts.x1.length : pts.trainCount;
    const counts = new Array(K * K).fill(0);
    for (let i = from; i < to; i++) {
      const x = pts.x1[i];
      const y = pts.x2[i];
      net.evaluateGridInto(outBuf, x, x, y, y, 1, 1);
      const o = outBuf.view;
      let p = 0;
      if (net.outputs === 1) p = o[0] > cut ? 1 : 0;
      else for (let k = 1; k < K; k++) if (o[k] > o[p]) p = k;
      const t = Math.max(0, Math.min(K - 1, Math.round(pts.label[i])));
      counts[t * K + p]++;
    }
    return { K, counts, n: to - from, set: hasTest ? 'test' : 'train' };
  }

  /** The full-size map of diagram node `focus` (an input feature or a unit), as RGBA. */
  function focusMap() {
    const n = SIDE * SIDE;
    const out = new Uint8ClampedArray(n * 4);
    const feats = cfg.net.features;
    if (focus < feats.length) {
      const vals = new Float32Array(n);
      const fn = FEATURE_FN[feats[focus]];
      for (let r = 0; r < SIDE; r++) {
        const y = GRID.ymax - (r / (SIDE - 1)) * (GRID.ymax - GRID.ymin);
        for (let c = 0; c < SIDE; c++)
          vals[r * SIDE + c] = fn(GRID.xmin + (c / (SIDE - 1)) * (GRID.xmax - GRID.xmin), y);
      }
      colourise(vals, 0, n, out, 0);
    } else {
      const u = focus - feats.length;
      const all = net.evaluateUnitGrids(GRID.xmin, GRID.xmax, GRID.ymin, GRID.ymax, SIDE, SIDE);
      colourise(all, u * n, n, out, 0);
    }
    return out;
  }

  function zeroed(n) {
    const json = JSON.parse(n.exportJSON());
    for (const l of json.state.layers) {
      l.W = l.W.map(() => 0);
      l.b = l.b.map(() => 0);
    }
    const z = lab.importNetwork(json);
    n.delete();
    return z;
  }

  function buildNet() {
    let n = lab.createNetwork(cfg.net);
    if (cfg.initZero) n = zeroed(n);
    net?.delete();
    net = n;
    net.setData(data);
    diverged = false;
    last = net.evaluate();
  }

  function frame(extra = {}) {
    if (!net || disposed) return;
    const now = globalThis.performance?.now() ?? Date.now();
    if (!playing || now - confusionAt >= CONFUSION_MS || !confusion) {
      confusion = computeConfusion();
      confusionAt = now;
    }
    const numbers = {
      type: 'frame',
      epoch: net.epoch,
      trainLoss: last?.trainLoss ?? null,
      testLoss: last?.testLoss ?? null,
      trainAccuracy: last?.trainAccuracy ?? null,
      testAccuracy: last?.testAccuracy ?? null,
      diverged,
      playing,
      confusion,
    };
    if (cfg.lite) {
      // race mode's second network: its boundary (the core's RGBA) and class shares only
      const boundary = outputMap();
      const msg = { ...numbers, side: SIDE, shares: shares(), boundary: boundary.buffer, ...extra };
      delete msg.points;
      waiting = true;
      post(msg, [msg.boundary]);
      return;
    }
    const valid = focus != null && focus < cfg.net.features.length + net.unitCount;
    const boundary = valid ? focusMap() : outputMap();
    const n = UNIT_SIDE * UNIT_SIDE;
    const unitVals = net.evaluateUnitGrids(GRID.xmin, GRID.xmax, GRID.ymin, GRID.ymax, UNIT_SIDE, UNIT_SIDE);
    const unitCount = net.unitCount;
    const units = new Uint8ClampedArray(unitCount * n * 4);
    for (let u = 0; u < unitCount; u++) colourise(unitVals, u * n, n, units, u * n);
    inputs ??= inputThumbnails(cfg.net.features);
    const msg = {
      ...numbers,
      focus: valid ? focus : null,
      side: SIDE,
      unitSide: UNIT_SIDE,
      unitCount,
      shares: shares(),
      boundary: boundary.buffer,
      units: units.buffer,
      inputs: inputs.slice().buffer,
      weights: weightsOf(net),
      ...extra,
    };
    waiting = true;
    post(msg, [msg.boundary, msg.units, msg.inputs]);
  }

  /** The output's map over the grid as RGBA, coloured by the core (renderGrid). */
  function outputMap() {
    return net.renderGrid(GRID.xmin, GRID.xmax, GRID.ymin, GRID.ymax, SIDE, SIDE, {
      ...(net.outputs === 1
        ? { min: -1, max: 1, colors: cfg.discretize ? SIGN : SMOOTH }
        : { colors: classTable(net.outputs) }),
    });
  }

  /** Class shares of the heat map (its text alternative): the core's outputs on a coarse grid,
   *  counted by predicted class; null for regression. */
  function shares() {
    const g = net.evaluateGrid(GRID.xmin, GRID.xmax, GRID.ymin, GRID.ymax, SHARE_SIDE, SHARE_SIDE);
    const K = net.outputs;
    if (K === 1) {
      if (cfg.net.head === 'regression') return null;
      let pos = 0;
      for (const v of g) if (v > (cfg.net.head === 'playground' ? 0 : 0.5)) pos++;
      return [1 - pos / g.length, pos / g.length];
    }
    const counts = new Array(K).fill(0);
    for (let p = 0; p < g.length / K; p++) {
      let best = 0;
      for (let k = 1; k < K; k++) if (g[p * K + k] > g[p * K + best]) best = k;
      counts[best]++;
    }
    return counts.map((c) => c / (g.length / K));
  }

  /** Replaces the network by a copy whose exported JSON `edit` changed (the same weights,
   *  epoch, optimiser and RNG state unless the edit touches them). */
  function reimport(edit) {
    const json = JSON.parse(net.exportJSON());
    if (edit(json) === false) return false;
    const next = lab.importNetwork(json);
    net.delete();
    net = next;
    net.setData(data);
    return true;
  }

  function train(n, budgetMs) {
    const log = net.train(n, budgetMs ? { budgetMs } : undefined);
    if (log.length) last = log[log.length - 1];
    if (log.diverged) {
      diverged = true;
      playing = false;
    }
    return log;
  }

  function loop() {
    tick = 0;
    if (!playing || disposed) return;
    if (!waiting && !diverged) {
      try {
        const log = train(cfg.epochsPerFrame, 12);
        frame({ history: log.map((e) => [e.epoch, e.trainLoss, e.testLoss]) });
      } catch (err) {
        playing = false;
        post({ type: 'error', message: String(err?.message ?? err) });
      }
    }
    if (playing) tick = schedule(loop);
  }

  function safe(fn) {
    try {
      fn();
    } catch (err) {
      post({ type: 'error', message: String(err?.message ?? err) });
    }
  }

  return {
    handle(m) {
      if (disposed || !m || typeof m !== 'object') return;
      switch (m.type) {
        case 'init':
          safe(() => {
            const prev = cfg;
            cfg = { ...m.config };
            inputs = null;
            const needData = !data || !prev || m.rebuildData !== false;
            if (needData) buildData(cfg.data.seed);
            focus = null;
            buildNet();
            post({ type: 'ready', unitCount: net.unitCount, outputs: net.outputs, trainCount: data.trainCount });
            frame({ history: [[net.epoch, last.trainLoss, last.testLoss]], reset: true, points: points() });
          });
          break;
        case 'play':
          if (!net || playing || diverged) return;
          playing = true;
          waiting = false;
          tick = schedule(loop);
          break;
        case 'pause':
          playing = false;
          cancel(tick);
          tick = 0;
          if (net) frame();
          break;
        case 'step':
          safe(() => {
            if (!net || diverged) return;
            const log = train(Math.max(1, Math.min(1000, m.n | 0 || 1)));
            frame({ history: log.map((e) => [e.epoch, e.trainLoss, e.testLoss]) });
          });
          break;
        case 'reset':
          safe(() => {
            if (!net) return;
            playing = false;
            buildNet();
            frame({ history: [[net.epoch, last.trainLoss, last.testLoss]], reset: true });
          });
          break;
        case 'regenerate':
          safe(() => {
            if (!net || cfg.csv) return;
            buildData(m.seed >>> 0);
            net.setData(data);
            last = net.evaluate();
            frame({ points: points() });
          });
          break;
        case 'setLearningRate':
          safe(() => {
            if (!net) return;
            // no reset: the same weights and optimiser state under a new rate
            reimport((json) => {
              json.config.optimizer.learningRate = m.value;
            });
            cfg.net.optimizer.learningRate = m.value;
            if (!playing) frame();
          });
          break;
        case 'setRegularization':
          safe(() => {
            if (!net) return;
            // no reset either (TF Playground PR #139): the penalty applies from the next update
            const reg = { type: String(m.regularization).toLowerCase(), rate: Number(m.rate) };
            reimport((json) => {
              json.config.regularization = reg;
            });
            cfg.net.regularization = reg;
            if (!playing) frame();
          });
          break;
        case 'setView':
          if (!cfg) return;
          if (typeof m.discretize === 'boolean') cfg.discretize = m.discretize;
          if (Number.isInteger(m.epochsPerFrame)) cfg.epochsPerFrame = m.epochsPerFrame;
          if (!playing && net) frame();
          break;
        case 'getWeights':
          if (net) post({ type: 'weights', layers: weightsOf(net), json: m.json ? net.exportJSON() : undefined });
          break;
        case 'setWeight':
          safe(() => {
            if (!net) return;
            const ok = reimport((json) => {
              const layer = json.state.layers[m.layer];
              if (!layer || !(m.param === 'W' || m.param === 'b') || !Number.isFinite(m.value)) return false;
              if (!(m.index >= 0 && m.index < layer[m.param].length)) return false;
              layer[m.param][m.index] = m.value;
              // a dead link given a value by hand lives again (a dead weight must be 0)
              if (m.param === 'W' && m.value !== 0 && layer.dead) {
                layer.dead = layer.dead.filter((i) => i !== m.index);
                if (!layer.dead.length) delete layer.dead;
              }
            });
            if (!ok) return;
            last = net.evaluate();
            if (!playing) frame();
          });
          break;
        case 'loadCsv':
          // all or nothing: the previous data and network stay unless the whole text parses
          try {
            if (!cfg) return;
            const next = makeData({ ...cfg, csv: String(m.text) }, cfg.data.seed);
            adoptData(next);
            cfg.csv = String(m.text);
            inputs = null;
            buildNet();
            post({ type: 'csv', ok: true, size: data.size, trainCount: data.trainCount });
            frame({ history: [[net.epoch, last.trainLoss, last.testLoss]], reset: true, points: points() });
          } catch (err) {
            post({ type: 'csv', ok: false, message: String(err?.message ?? err) });
          }
          break;
        case 'importNet': {
          // all or nothing as well: data for the file's configuration, then its network
          let d = null;
          let n = null;
          try {
            if (!m.config) throw new TypeError('no configuration');
            playing = false;
            cancel(tick);
            d = makeData(m.config, m.config.data.seed);
            n = lab.importNetwork(m.json);
            n.setData(d);
            net?.delete();
            net = n;
            adoptData(d);
            cfg = { ...m.config };
            inputs = null;
            focus = null;
            diverged = false;
            last = net.evaluate();
            post({ type: 'imported', ok: true, unitCount: net.unitCount, outputs: net.outputs });
            frame({ history: [[net.epoch, last.trainLoss, last.testLoss]], reset: true, points: points() });
          } catch (err) {
            if (n && n !== net) n.delete();
            if (d && d !== data) d.delete();
            post({ type: 'imported', ok: false, message: String(err?.message ?? err) });
          }
          break;
        }
        case 'setFocus':
          focus = Number.isInteger(m.node) && m.node >= 0 ? m.node : null;
          if (!playing && net) safe(() => frame());
          break;
        case 'drawn':
          waiting = false;
          break;
        case 'dispose':
          disposed = true;
          playing = false;
          cancel(tick);
          freeAll();
          break;
      }
    },
  };

  function points() {
    return { x1: pts.x1.slice(), x2: pts.x2.slice(), label: pts.label.slice(), trainCount: pts.trainCount };
  }
}
