// <actlab-playground config="dataset=xor&networkShape=4,2" sync-url>
// A trainable toy network on 2-D data, TensorFlow Playground's feature set on the WASM core:
// data set (circle, xor, gauss, spiral; plane, multi-gaussian for regression; k-arm spiral and
// blobs for multi-class), noise, train %, regenerate, the 7 input features, 0–8 hidden layers of
// 1–16 neurons with an activation each, learning rate, regularisation, batch size, optimiser,
// init, epochs per frame; play/pause, step, reset; the loss chart, the decision boundary with
// the points, a thumbnail per input and neuron in a network diagram whose links show the weights.
// Also: own data (CSV pasted or from a file; an error names its line, nothing is half-loaded),
// the network exported/imported as JSON and the heat map as PNG, every weight and bias shown and
// editable (focus or click a neuron, a link or a bias square), accuracy and a confusion matrix,
// PReLU's learned α, race mode (a second network differing only in activation, init or
// optimiser trains beside the first; both loss curves on one chart and its decision boundary as
// a second, smaller heat map labelled with what differs), and a neuron's full map in the big heat
// map on hover/focus of its thumbnail. Learning rate and regularisation change on the fly (the
// weights, the epoch and the optimiser state stay). TF Playground's `tutorial=<name>` is kept in
// the URL and answered with a note pointing to the teaching page (ActLab has no tutorial pages).
// Training runs in a Web Worker with its own WASM instance (web/src/playground/), on the main
// thread only if no worker can start (race mode: a second worker, boundary and numbers only).
//
// Attributes: `config` — the configuration in the URL-hash format (web/src/playground/config.js,
//   TensorFlow Playground's keys plus ActLab's); reflected on every change. `sync-url` — read
//   the configuration from location.hash and write it back (history.replaceState, once the
//   changes pause for 300 ms: a held arrow key on a slider does not write it per key repeat).
// Scripting: play(), pause(), step(n = 1), reset(); `state` (read-only) =
//   { epoch, trainLoss, testLoss, trainAccuracy, testAccuracy, diverged }; weights() → a Promise
//   of the core's weights and biases per layer ([{ W, b, alpha? }], null once removed); an `epoch` event
//   (detail = state) after every drawn frame; `config` (get: an object with the URL's fields;
//   set: such an object, validated like the URL — bad fields keep their value with a notice).
// Value (property `value`, `actlab-change` event): { config, state }.
import {
  HIDABLE,
  INITS,
  RACE_KINDS,
  configFromNetwork,
  raceConfig,
  raceOf,
  LEARNING_RATES,
  LIVE_FEATURES,
  MC_DATASETS,
  OPTIMIZERS,
  REGULARIZATIONS,
  REG_DATASETS,
  REG_RATES,
  DATASETS,
  PROBLEMS,
  copyConfig,
  defaultConfig,
  layerActivation,
  parseHash,
  serializeHash,
  toEngineConfig,
  uiLimits,
} from '../playground/config.js';
import { createClient } from '../playground/client.js';
import { CLASS_COLOURS } from '../playground/engine.js';
import { formatNum } from '../model/format.js';
import { URL_QUIET_MS, whenQuiet } from '../model/quiet.js';
import { h, setAttr, setText } from '../views/dom.js';
import { ActLabElement, define } from './base.js';
import { DASHES, createChart, chartCss } from './chart.js';
import { createSurface } from './surface.js';
import css from './actlab-playground.css?inline';

const HISTORY_MAX = 400; // loss-chart points kept (downsampled by 2 when full)
// While training plays, the boundary, the epoch counter, the thumbnails and the links follow every
// frame; the loss chart and the text (readouts, text alternatives, confusion matrix, inspector)
// at most every SLOW_MS (a polite live region updated 60 times a second helps nobody either).
const SLOW_MS = 200;
const SPEEDS = [1, 2, 5, 10, 20, 50, 100];
const CANVAS = 300;
const RACE_CANVAS = 150;
const SVGNS = 'http://www.w3.org/2000/svg';
const COL_W = 76;
const ROW_H = 40;
const NODE = 30;
const pct = (v) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
const rgb = (c) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
const NEG_RGB = rgb(CLASS_COLOURS[0]);
const POS_RGB = rgb(CLASS_COLOURS[1]);
const DEAD_RGB = 'rgb(150, 150, 150)';

export class ActLabPlayground extends ActLabElement {
  static tag = 'actlab-playground';
  static css = [chartCss, css];
  static attrs = ['config', 'sync-url'];

  #config = defaultConfig();
  #hidden = new Set();
  #state = { epoch: 0, trainLoss: null, testLoss: null, trainAccuracy: null, testAccuracy: null, diverged: false };
  #playing = false;
  #client = null;
  #ui = null;
  #chart = null;
  #frame = null;
  #points = null;
  #history = { xs: [], tr: [], te: [], stride: 1 };
  #noticeCount = 0;
  #diagramKey = '';
  #onHash = null;
  #race = null; // second client (race mode)
  #raceState = null;
  #raceLoss = new Map(); // epoch → the second network's loss
  #raceFrame = null; // the second network's last frame (its boundary)
  #selected = null; // diagram node shown in the inspector
  #focusNode = null; // diagram node shown full size in the heat map
  #inspectKey = '';
  #confKey = '';
  #slowAt = -Infinity; // when the slow outputs were last drawn
  #chartAt = -Infinity;
  #pointsDrawn = { points: null, n: 0 }; // the data set whose points the heat maps' layers show
  #diagramSeen = true; // the network diagram intersects the viewport (IntersectionObserver)
  #io = null;

  get value() {
    return { config: this.config, state: this.state };
  }
  get state() {
    return { ...this.#state };
  }
  get config() {
    return copyConfig(this.#config);
  }
  set config(obj) {
    if (!obj || typeof obj !== 'object') return;
    const merged = { ...this.#config };
    for (const k of Object.keys(this.#config)) if (Object.hasOwn(obj, k)) merged[k] = obj[k];
    const hash = serializeHash(this.#fillSafe(merged), this.#hidden);
    this.#applyHash(hash, this.#config);
  }

  play() {
    if (!this.#client || this.#state.diverged) return;
    this.#playing = true;
    this.#client.play();
    if (!this.#raceState?.diverged) this.#race?.play();
    this.#syncRun();
  }
  pause() {
    this.#playing = false;
    this.#client?.pause();
    this.#race?.pause();
    this.#syncRun();
    // while playing, frames drew half the page each (#onFrame): the last one in full
    if (this.#frame && this.#ui) this.#onFrame(this.#frame, true);
  }
  step(n = 1) {
    this.pause();
    const k = Math.max(1, Math.min(1000, Math.floor(Number(n)) || 1));
    this.#client?.step(k);
    this.#race?.step(k);
  }
  /** The network's weights and biases per layer as the core exports them. */
  async weights() {
    const reply = await this.#client?.getWeights();
    return reply?.layers ?? null;
  }
  reset() {
    this.pause();
    this.#resetHistory();
    this.#client?.reset();
    this.#race?.reset();
  }

  // a config object from a script may hold anything: keep the fields' types sane before serialising
  #fillSafe(c) {
    const d = defaultConfig();
    const out = {};
    for (const k of Object.keys(d)) {
      const v = c[k];
      if (k === 'networkShape') out[k] = Array.isArray(v) ? v.map(String) : d[k];
      else if (k === 'activations') out[k] = Array.isArray(v) ? v.map(String) : null;
      else out[k] = v == null ? d[k] : typeof v === 'object' ? d[k] : v;
    }
    return out;
  }

  #limits() {
    return uiLimits(this.lab.limits);
  }

  #applyHash(hash, base) {
    const { config, notices, hidden } = parseHash(hash, {
      limits: this.lab.limits,
      ids: this.lab.activations.map((a) => a.id),
      base,
    });
    for (let i = 0; i < this.#noticeCount; i++) this.notice(`hash:${i}`, null);
    notices.slice(0, 8).forEach((n, i) => this.notice(`hash:${i}`, n.key, n.vars));
    this.#noticeCount = Math.min(8, notices.length);
    this.#hidden = hidden;
    this.#setConfig(config, true);
  }

  readAttributes() {
    let hash = this.getAttribute('config') ?? '';
    if (this.hasAttribute('sync-url') && location.hash.length > 1) hash = location.hash;
    this.#applyHash(hash, null);
  }

  #toUrl = whenQuiet(() => {
    if (!this.isConnected || !this.hasAttribute('sync-url')) return;
    const hash = serializeHash(this.#config, this.#hidden);
    const url = `${location.pathname}${location.search}#${hash}`;
    if (location.hash !== `#${hash}`) history.replaceState(history.state, '', url);
  }, URL_QUIET_MS);

  /** Applies a new config: rebuilds data/network when needed, keeps the rate change live. */
  #setConfig(next, force = false, { silent = false } = {}) {
    const prev = this.#config;
    this.#config = next;
    const hash = serializeHash(next, this.#hidden);
    this.reflect({ config: hash });
    // the page's URL follows once the reader pauses (a held arrow key changes it per key repeat)
    if (this.hasAttribute('sync-url') && this.isConnected) this.#toUrl.note();
    if (!this.#client) return;
    const changed = (keys) => keys.some((k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
    // own data belongs to a problem type: choosing another problem or a generated set drops it
    if (this.#csv && changed(['problem', 'dataset', 'regDataset', 'mcDataset'])) this.#csv = null;
    if (silent) {
      this.#renderControls();
      this.requestUpdate();
      return;
    }
    const rebuild =
      force ||
      changed([
        'problem',
        'dataset',
        'regDataset',
        'mcDataset',
        'classes',
        'noise',
        'percTrainData',
        'seed',
        'networkShape',
        'activation',
        'activations',
        'batchSize',
        'optimizer',
        'init',
        'initZero',
        'race',
        ...LIVE_FEATURES,
      ]);
    if (rebuild) this.#init();
    else {
      if (prev.learningRate !== next.learningRate) {
        this.#client.setLearningRate(next.learningRate);
        this.#race?.setLearningRate(next.learningRate);
      }
      // regularisation too keeps the weights, the epoch and the optimiser state (TF PR #139)
      if (prev.regularization !== next.regularization || prev.regularizationRate !== next.regularizationRate) {
        this.#client.setRegularization(next.regularization, next.regularizationRate);
        this.#race?.setRegularization(next.regularization, next.regularizationRate);
      }
      if (prev.discretize !== next.discretize || prev.epochsPerFrame !== next.epochsPerFrame) {
        const view = { discretize: next.discretize, epochsPerFrame: next.epochsPerFrame };
        this.#client.setView(view);
        this.#race?.setView(view);
      }
      if (prev.showTestData !== next.showTestData) this.#drawHeat();
    }
    this.#renderControls();
    this.requestUpdate();
  }

  #csv = null;
  #engineConfig(c = this.#config, csv = this.#csv) {
    return toEngineConfig(c, csv);
  }

  #init() {
    this.#playing = false;
    this.#resetHistory();
    this.#client.init(this.#engineConfig());
    this.#startRace();
    this.#syncRun();
  }

  /** Race mode: a second, numbers-only engine on the same data and seed (or none). */
  #startRace() {
    const rc = raceConfig(this.#config);
    this.#raceState = null;
    this.#raceFrame = null;
    this.#raceLoss = new Map();
    this.#drawRaceHeat();
    if (!rc) {
      this.#race?.dispose();
      this.#race = null;
      return;
    }
    this.#race ??= createClient(this.lab, {
      onFrame: (f) => this.#onRaceFrame(f),
      onError: (msg) => this.notice('race', 'pg.notice.engine', { message: String(msg).slice(0, 200) }),
    });
    this.#race.init({ ...this.#engineConfig(rc), lite: true });
  }

  #onRaceFrame(f) {
    if (!this.#ui) return;
    if (f.reset) this.#raceLoss = new Map();
    for (const [e, tr, te] of f.history ?? []) {
      const v = te ?? tr;
      this.#raceLoss.set(e, Number.isFinite(v) ? v : null);
    }
    if (this.#raceLoss.size > 4 * HISTORY_MAX) {
      const keep = new Set(this.#history.xs);
      const lastE = f.epoch;
      for (const e of this.#raceLoss.keys()) if (!keep.has(e) && e < lastE - HISTORY_MAX) this.#raceLoss.delete(e);
    }
    this.#raceState = {
      epoch: f.epoch,
      trainLoss: f.trainLoss,
      testLoss: f.testLoss,
      trainAccuracy: f.trainAccuracy,
      testAccuracy: f.testAccuracy,
      diverged: f.diverged,
    };
    if (f.boundary) this.#raceFrame = f;
    this.#drawRaceHeat(!f.playing);
    this.#race?.drawn();
    if (!f.playing || performance.now() - this.#chartAt >= SLOW_MS) {
      this.#renderRace();
      this.#drawChart();
    }
  }

  #change(patch) {
    this.#setConfig({ ...copyConfig(this.#config), ...patch });
  }

  start() {
    this.#build();
    this.#client = createClient(this.lab, {
      onFrame: (f) => this.#onFrame(f),
      onResult: (m) => this.#onResult(m),
      onError: (msg) => this.notice('engine', 'pg.notice.engine', { message: String(msg).slice(0, 200) }),
    });
    this.own({ free: () => this.#client?.dispose() });
    this.own({ free: () => this.#race?.dispose() });
    this.own({ free: () => this.#chart?.dispose() });
    this.own({ free: () => this.#disposeSurfaces() });
    // the neuron thumbnails are drawn only while the diagram can be seen
    if (typeof IntersectionObserver === 'function') {
      this.#io = new IntersectionObserver((entries) => {
        const seen = entries.at(-1).isIntersecting;
        if (seen === this.#diagramSeen) return;
        this.#diagramSeen = seen;
        if (seen && this.#frame && this.#ui) this.#drawThumbs(this.#frame);
      });
      this.#io.observe(this.#ui.diagram);
      this.own({ free: () => this.#io?.disconnect() });
    }
    if (this.hasAttribute('sync-url')) {
      this.#onHash = () => {
        if (location.hash !== `#${serializeHash(this.#config, this.#hidden)}`) this.#applyHash(location.hash, null);
      };
      addEventListener('hashchange', this.#onHash);
      this.own({ free: () => removeEventListener('hashchange', this.#onHash) });
    }
    this.#init();
  }

  stop() {
    this.#toUrl.cancel();
    this.#io = null;
    this.#diagramSeen = true;
    this.#pointsDrawn = { points: null, n: this.#pointsDrawn.n };
    this.#client = null;
    this.#race = null;
    this.#raceState = null;
    this.#raceFrame = null;
    this.#selected = null;
    this.#focusNode = null;
    this.#inspectKey = '';
    this.#confKey = '';
    this.#chart = null;
    this.#ui = null;
    this.#frame = null;
    this.#points = null;
    this.#playing = false;
    this.#diagramKey = '';
  }

  visibilityChanged(on) {
    if (!on && this.#playing) this.pause();
  }

  translate() {
    this.#build();
    if (this.#frame) this.#onFrame(this.#frame, true);
    this.#drawRaceHeat();
  }

  // ---------------------------------------------------------------- UI

  #field(name, id, labelKey, control, extra) {
    return h(
      'div',
      { class: 'field', 'data-control': name },
      h('label', { for: id }, this.t(labelKey)),
      control,
      extra ?? null,
    );
  }

  #select(key, options, label, onChange, format = (o) => String(o)) {
    const id = this.uid(key);
    const sel = h(
      'select',
      { id, 'data-testid': key },
      options.map((o) => h('option', { value: String(o) }, format(o))),
    );
    sel.addEventListener('change', () => onChange(sel.value));
    return { sel, wrap: this.#field(key, id, label, sel) };
  }

  #range(key, { min, max, step }, label, onChange) {
    const id = this.uid(key);
    const input = h('input', { type: 'range', id, min, max, step, 'data-testid': key });
    const out = h('output', { for: id });
    input.addEventListener('change', () => onChange(Number(input.value)));
    input.addEventListener('input', () => setText(out, input.value));
    return { input, out, wrap: this.#field(key, id, label, input, out) };
  }

  /** The heat maps and thumbnails draw through surfaces (surface.js), on this thread (local). */
  #disposeSurfaces() {
    const ui = this.#ui;
    if (!ui) return;
    ui.heatSurface?.dispose();
    ui.raceSurface?.dispose();
    for (const sf of ui.nodeSurfaces ?? []) sf.dispose();
    ui.nodeSurfaces = [];
  }

  #build() {
    const t = this.t;
    this.#chart?.dispose();
    this.#chart = null;
    this.#disposeSurfaces();
    this.#diagramKey = '';
    this.#raceValueKey = '';
    this.#tutorialKey = '';
    const L = this.#limits();
    const ids = this.lab.activations.map((a) => a.id);
    const actName = (id) => this.lab.info(id).name[t.lang];
    const ui = {};

    // run bar (first: Tab from the page reaches Play first)
    ui.play = h('button', { type: 'button', class: 'play', 'data-testid': 'play', 'aria-pressed': 'false' });
    ui.play.addEventListener('click', () => (this.#playing ? this.pause() : this.play()));
    ui.stepBtn = h('button', { type: 'button', 'data-testid': 'step' }, t('pg.step'));
    ui.stepBtn.addEventListener('click', () => this.step(1));
    ui.resetBtn = h('button', { type: 'button', 'data-testid': 'reset' }, t('pg.reset'));
    ui.resetBtn.addEventListener('click', () => this.reset());
    ui.epoch = h('output', { class: 'epoch', 'data-testid': 'epoch' });
    const speed = this.#select('epochsPerFrame', SPEEDS, 'pg.speed', (v) =>
      this.#change({ epochsPerFrame: Number(v) }),
    );
    ui.speed = speed.sel;
    const run = h(
      'div',
      { class: 'run' },
      h('span', { 'data-control': 'playButton' }, ui.play),
      h('span', { 'data-control': 'stepButton' }, ui.stepBtn),
      h('span', { 'data-control': 'resetButton' }, ui.resetBtn),
      h('span', { class: 'epoch-wrap' }, t('pg.epoch'), ' ', ui.epoch),
      speed.wrap,
    );

    // data
    const problem = this.#select(
      'problem',
      PROBLEMS,
      'pg.problem',
      (v) => this.#change({ problem: v }),
      (o) => t(`pg.problem.${o}`),
    );
    ui.problem = problem.sel;
    const dataset = this.#select(
      'dataset',
      DATASETS,
      'pg.dataset',
      (v) => this.#change({ dataset: v }),
      (o) => t(`pg.data.${o}`),
    );
    const regDataset = this.#select(
      'regDataset',
      REG_DATASETS,
      'pg.dataset',
      (v) => this.#change({ regDataset: v }),
      (o) => t(`pg.data.${o}`),
    );
    const mcDataset = this.#select(
      'mcDataset',
      MC_DATASETS,
      'pg.dataset',
      (v) => this.#change({ mcDataset: v }),
      (o) => t(`pg.data.${o}`),
    );
    regDataset.wrap.dataset.control = 'dataset';
    mcDataset.wrap.dataset.control = 'dataset';
    const classes = [];
    for (let k = L.classes.min; k <= L.classes.max; k++) classes.push(k);
    const cls = this.#select('classes', classes, 'pg.classes', (v) => this.#change({ classes: Number(v) }));
    const noise = this.#range('noise', { min: 0, max: Math.min(50, L.noise.max), step: 5 }, 'pg.noise', (v) =>
      this.#change({ noise: v }),
    );
    const perc = this.#range('percTrainData', { min: 10, max: 90, step: 10 }, 'pg.percTrainData', (v) =>
      this.#change({ percTrainData: v }),
    );
    ui.regen = h('button', { type: 'button', 'data-testid': 'regenerate' }, t('pg.regenerate'));
    ui.regen.addEventListener('click', () => {
      const seed = crypto.getRandomValues(new Uint32Array(1))[0];
      this.#change({ seed });
    });
    Object.assign(ui, {
      dataset: dataset.sel,
      regDataset: regDataset.sel,
      mcDataset: mcDataset.sel,
      classes: cls.sel,
      noise: noise.input,
      noiseOut: noise.out,
      perc: perc.input,
      percOut: perc.out,
      wraps: { dataset: dataset.wrap, regDataset: regDataset.wrap, mcDataset: mcDataset.wrap, classes: cls.wrap },
    });
    const dataBox = h(
      'fieldset',
      { class: 'box' },
      h('legend', {}, t('pg.data')),
      problem.wrap,
      dataset.wrap,
      regDataset.wrap,
      mcDataset.wrap,
      cls.wrap,
      noise.wrap,
      perc.wrap,
      ui.regen,
    );

    // features
    ui.features = {};
    const featBox = h(
      'fieldset',
      { class: 'box features' },
      h('legend', {}, t('pg.features')),
      LIVE_FEATURES.map((f) => {
        const id = this.uid(`f-${f}`);
        const cb = h('input', { type: 'checkbox', id, 'data-testid': `feature-${f}` });
        cb.addEventListener('change', () => {
          const next = { ...copyConfig(this.#config), [f]: cb.checked };
          if (!LIVE_FEATURES.some((k) => next[k])) {
            cb.checked = true;
            return;
          }
          this.#setConfig(next);
        });
        ui.features[f] = cb;
        return h('div', { class: 'check' }, cb, h('label', { for: id }, t(`pg.feature.${f}`)));
      }),
    );

    // network
    ui.layersOut = h('output', { 'data-testid': 'layers' });
    ui.addLayer = h('button', { type: 'button', 'data-testid': 'add-layer', 'aria-label': t('pg.addLayer') }, '+');
    ui.removeLayer = h(
      'button',
      { type: 'button', 'data-testid': 'remove-layer', 'aria-label': t('pg.removeLayer') },
      '−',
    );
    ui.addLayer.addEventListener('click', () => {
      const c = this.#config;
      if (c.networkShape.length >= L.layers.max) return;
      this.#change({
        networkShape: [...c.networkShape, 2],
        activations: c.activations ? [...c.activations, c.activation] : null,
      });
    });
    ui.removeLayer.addEventListener('click', () => {
      const c = this.#config;
      if (c.networkShape.length <= L.layers.min) return;
      this.#change({
        networkShape: c.networkShape.slice(0, -1),
        activations: c.activations ? c.activations.slice(0, -1) : null,
      });
    });
    const activation = this.#select(
      'activation',
      ids,
      'pg.activation',
      (v) => this.#change({ activation: v, activations: null }),
      actName,
    );
    ui.activation = activation.sel;
    ui.layers = h('div', { class: 'layers' });
    const netBox = h(
      'fieldset',
      { class: 'box' },
      h('legend', {}, t('pg.network')),
      h(
        'div',
        { class: 'field', 'data-control': 'numHiddenLayers' },
        h('span', { class: 'label' }, t('pg.hiddenLayers')),
        ui.removeLayer,
        ui.layersOut,
        ui.addLayer,
      ),
      activation.wrap,
      ui.layers,
    );

    // training
    const lr = this.#select('learningRate', LEARNING_RATES, 'pg.learningRate', (v) =>
      this.#change({ learningRate: Number(v) }),
    );
    const reg = this.#select(
      'regularization',
      REGULARIZATIONS,
      'pg.regularization',
      (v) => this.#change({ regularization: v }),
      (o) => t(`pg.reg.${o}`),
    );
    const regRate = this.#select('regularizationRate', REG_RATES, 'pg.regularizationRate', (v) =>
      this.#change({ regularizationRate: Number(v) }),
    );
    const batch = this.#range('batchSize', { min: 1, max: 30, step: 1 }, 'pg.batchSize', (v) =>
      this.#change({ batchSize: v }),
    );
    const opt = this.#select(
      'optimizer',
      OPTIMIZERS,
      'pg.optimizer',
      (v) => this.#change({ optimizer: v }),
      (o) => t(`pg.opt.${o}`),
    );
    const init = this.#select(
      'init',
      INITS,
      'pg.init',
      (v) => this.#change({ init: v }),
      (o) => t(`pg.init.${o}`),
    );
    Object.assign(ui, {
      lr: lr.sel,
      reg: reg.sel,
      regRate: regRate.sel,
      batch: batch.input,
      batchOut: batch.out,
      opt: opt.sel,
      init: init.sel,
    });
    const trainBox = h(
      'fieldset',
      { class: 'box' },
      h('legend', {}, t('pg.training')),
      lr.wrap,
      reg.wrap,
      regRate.wrap,
      batch.wrap,
      opt.wrap,
      init.wrap,
    );

    // own data: CSV pasted or read from a file (FileReader: nothing leaves the page)
    [ui.csvText, ui.csvFile] = this.#textSource(
      'csv',
      { rows: 4, accept: '.csv,text/csv,text/plain', placeholder: 'x1,x2,label' },
      (text) => this.#loadCsv(text),
    );
    ui.csvLoad = h('button', { type: 'button', 'data-testid': 'csv-load' }, t('pg.csv.load'));
    ui.csvLoad.addEventListener('click', () => this.#loadCsv(ui.csvText.value));
    ui.csvClear = h('button', { type: 'button', 'data-testid': 'csv-clear' }, t('pg.csv.clear'));
    ui.csvClear.addEventListener('click', () => {
      this.#csv = null;
      this.#setStatus(ui.csvStatus, '');
      this.#init();
      this.#renderControls();
    });
    ui.csvStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'csv-status' });
    const csvBox = h(
      'fieldset',
      { class: 'box io' },
      h('legend', {}, t('pg.csv')),
      h('p', { class: 'hint' }, t('pg.csv.hint')),
      h('label', { for: ui.csvText.id }, t('pg.csv.paste')),
      ui.csvText,
      h('label', { for: ui.csvFile.id }, t('pg.csv.file')),
      ui.csvFile,
      h('div', { class: 'buttons' }, ui.csvLoad, ui.csvClear),
      ui.csvStatus,
    );

    // save and load: the network as JSON, the heat map as PNG
    ui.exportJson = h('button', { type: 'button', 'data-testid': 'export-json' }, t('pg.io.exportJson'));
    ui.exportJson.addEventListener('click', () => this.#exportJson());
    ui.exportPng = h('button', { type: 'button', 'data-testid': 'export-png' }, t('pg.io.exportPng'));
    ui.exportPng.addEventListener('click', () => this.#exportPng());
    [ui.importText, ui.importFile] = this.#textSource('import', { rows: 3, accept: '.json,application/json' }, (text) =>
      this.#importJson(text),
    );
    ui.importBtn = h('button', { type: 'button', 'data-testid': 'import' }, t('pg.io.import'));
    ui.importBtn.addEventListener('click', () => this.#importJson(ui.importText.value));
    ui.ioStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'io-status' });
    const ioBox = h(
      'fieldset',
      { class: 'box io' },
      h('legend', {}, t('pg.io')),
      h('div', { class: 'buttons' }, ui.exportJson, ui.exportPng),
      h('label', { for: ui.importText.id }, t('pg.io.paste')),
      ui.importText,
      h('label', { for: ui.importFile.id }, t('pg.io.file')),
      ui.importFile,
      h('div', { class: 'buttons' }, ui.importBtn),
      ui.ioStatus,
    );

    // race mode: a second network that differs in one field
    const raceKind = this.#select(
      'raceKind',
      ['', ...RACE_KINDS],
      'pg.race.kind',
      (v) => this.#change({ race: v ? `${v}:${this.#raceDefault(v)}` : '' }),
      (o) => t(`pg.race.kind.${o || 'off'}`),
    );
    ui.raceKind = raceKind.sel;
    ui.raceValueWrap = h('div', { class: 'field' });
    ui.raceReadout = h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'race-readout' });
    const raceBox = h(
      'fieldset',
      { class: 'box' },
      h('legend', {}, t('pg.race')),
      h('p', { class: 'hint' }, t('pg.race.hint')),
      raceKind.wrap,
      ui.raceValueWrap,
      ui.raceReadout,
    );

    // output
    ui.canvas = h('canvas', { width: CANVAS, height: CANVAS, class: 'heat', role: 'img', 'data-testid': 'heatmap' });
    // race mode: the second network's boundary, smaller, beside the first (under it when narrow)
    ui.heatCaption = h('figcaption', { 'data-testid': 'heat-caption', hidden: true });
    ui.raceCaption = h('figcaption', { 'data-testid': 'race-heat-caption' });
    ui.raceCanvas = h('canvas', {
      width: RACE_CANVAS,
      height: RACE_CANVAS,
      class: 'heat race-heat',
      role: 'img',
      'data-testid': 'race-heatmap',
    });
    ui.raceSummary = h('p', { class: 'hint', 'data-testid': 'race-summary' });
    ui.raceFig = h('figure', { class: 'race-fig', hidden: true }, ui.raceCaption, ui.raceCanvas, ui.raceSummary);
    ui.showTest = h('input', { type: 'checkbox', id: this.uid('showTest'), 'data-testid': 'showTestData' });
    ui.showTest.addEventListener('change', () => this.#change({ showTestData: ui.showTest.checked }));
    ui.discretize = h('input', { type: 'checkbox', id: this.uid('discretize'), 'data-testid': 'discretize' });
    ui.discretize.addEventListener('change', () => this.#change({ discretize: ui.discretize.checked }));
    ui.readout = h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' });
    ui.summary = h('p', { class: 'hint', 'data-testid': 'summary' });
    ui.focusCaption = h('p', { class: 'focus-caption', 'data-testid': 'focus-caption', hidden: true });
    ui.alpha = h('p', { class: 'hint', 'data-testid': 'prelu-alpha', hidden: true });
    ui.dead = h('p', { class: 'hint', 'data-testid': 'dead-links', hidden: true });
    ui.confusion = h('div', { class: 'confusion', 'data-testid': 'confusion', hidden: true });
    ui.divergedText = h('p', {}, t('pg.diverged'));
    ui.divergedReset = h('button', { type: 'button', 'data-testid': 'diverged-reset' }, t('pg.divergedReset'));
    ui.divergedReset.addEventListener('click', () => this.reset());
    ui.diverged = h(
      'div',
      { class: 'diverged', role: 'alert', 'data-testid': 'diverged', hidden: true },
      ui.divergedText,
      ui.divergedReset,
    );
    ui.chart = h('div', { class: 'chart', role: 'img', 'data-testid': 'loss-chart', 'aria-label': t('pg.lossChart') });
    ui.key = h(
      'p',
      { class: 'key', 'aria-hidden': 'true' },
      h('span', {}, h('span', { class: 'swatch dash' }), t('pg.trainLoss')),
      h('span', {}, h('span', { class: 'swatch' }), t('pg.testLoss')),
    );
    ui.raceKey = h('p', { class: 'key', 'aria-hidden': 'true', hidden: true });
    const output = h(
      'div',
      { class: 'output' },
      h('h3', {}, t('pg.output')),
      ui.readout,
      ui.diverged,
      ui.key,
      ui.raceKey,
      ui.chart,
      ui.focusCaption,
      h('div', { class: 'heats' }, h('figure', { class: 'main-fig' }, ui.heatCaption, ui.canvas), ui.raceFig),
      h(
        'div',
        { class: 'checks' },
        h(
          'div',
          { class: 'check', 'data-control': 'showTestData' },
          ui.showTest,
          h('label', { for: ui.showTest.id }, t('pg.showTestData')),
        ),
        h(
          'div',
          { class: 'check', 'data-control': 'discretize' },
          ui.discretize,
          h('label', { for: ui.discretize.id }, t('pg.discretize')),
        ),
      ),
      ui.summary,
      ui.alpha,
      ui.dead,
      ui.confusion,
    );

    // network diagram
    ui.svg = document.createElementNS(SVGNS, 'svg');
    ui.svg.setAttribute('aria-hidden', 'true');
    ui.svg.classList.add('links');
    ui.nodes = h('div', { class: 'nodes' });
    ui.diagram = h('div', { class: 'diagram', 'data-testid': 'diagram' }, ui.svg, ui.nodes);
    ui.svg.addEventListener('click', (e) => {
      const i = ui.links?.indexOf(e.target) ?? -1;
      if (i >= 0) this.#selectLink(i);
    });
    ui.inspector = h('div', { class: 'inspector', 'data-testid': 'inspector' });
    const diagramBox = h(
      'div',
      { class: 'diagram-box' },
      h('h3', {}, t('pg.diagram')),
      h('p', { class: 'hint' }, t('pg.diagramHint')),
      h('div', { class: 'scroll', tabindex: '0', role: 'group', 'aria-label': t('pg.diagram') }, ui.diagram),
      ui.inspector,
    );

    // TF Playground's tutorial=<name>: ActLab has no tutorial pages, so a note points to the lessons
    ui.tutorial = h('p', { class: 'tutorial', role: 'note', 'data-testid': 'tutorial', hidden: true });
    ui.grid = h(
      'div',
      { class: 'grid' },
      h('div', { class: 'controls' }, dataBox, featBox, netBox, trainBox, csvBox, ioBox, raceBox),
      output,
    );
    const notice = this.root.querySelector('[data-testid="notice"]');
    this.root.replaceChildren(...[notice].filter(Boolean), ui.tutorial, run, ui.grid, diagramBox);
    this.#ui = ui;
    if (this.#io) {
      this.#io.disconnect();
      this.#io.observe(ui.diagram);
    }
    ui.heatSurface = createSurface(ui.canvas, {
      local: true,
      redraw: (c) => {
        ui.canvas = c;
        this.#drawHeat();
      },
    });
    ui.raceSurface = createSurface(ui.raceCanvas, {
      local: true,
      redraw: (c) => {
        ui.raceCanvas = c;
        this.#drawRaceHeat(false);
      },
    });
    this.#chart = createChart(ui.chart, {
      xRange: () => {
        const xs = this.#history.xs;
        return [xs[0] ?? 0, Math.max((xs[0] ?? 0) + 1, xs.at(-1) ?? 1)];
      },
      yRange: (lo, hi) => [0, Number.isFinite(hi) && hi > 0 ? hi * 1.05 : 1],
      aspect: 0.45,
      minHeight: 140,
      maxHeight: 200,
      local: true,
    });
    this.#renderControls();
  }

  #syncRun() {
    const ui = this.#ui;
    if (!ui) return;
    setText(ui.play, this.t(this.#playing ? 'pg.pause' : 'pg.play'));
    ui.play.setAttribute('aria-pressed', String(this.#playing));
    ui.play.disabled = this.#state.diverged;
  }

  #renderControls() {
    const ui = this.#ui;
    if (!ui) return;
    const c = this.#config;
    const t = this.t;
    const L = this.#limits();
    const set = (el, v) => {
      if (this.root.activeElement !== el) el.value = String(v);
    };
    set(ui.problem, c.problem);
    set(ui.dataset, c.dataset);
    set(ui.regDataset, c.regDataset);
    set(ui.mcDataset, c.mcDataset);
    set(ui.classes, c.classes);
    ui.wraps.dataset.hidden = c.problem !== 'classification';
    ui.wraps.regDataset.hidden = c.problem !== 'regression';
    ui.wraps.mcDataset.hidden = c.problem !== 'multiclass';
    ui.wraps.classes.hidden = c.problem !== 'multiclass';
    set(ui.noise, c.noise);
    setText(ui.noiseOut, String(c.noise));
    set(ui.perc, c.percTrainData);
    setText(ui.percOut, `${c.percTrainData}%`);
    for (const f of LIVE_FEATURES) ui.features[f].checked = c[f];
    setText(ui.layersOut, String(c.networkShape.length));
    ui.addLayer.disabled = c.networkShape.length >= L.layers.max;
    ui.removeLayer.disabled = c.networkShape.length <= L.layers.min;
    set(ui.activation, c.activation);
    this.#ensureOption(ui.lr, c.learningRate);
    set(ui.lr, c.learningRate);
    set(ui.reg, c.regularization);
    this.#ensureOption(ui.regRate, c.regularizationRate);
    set(ui.regRate, c.regularizationRate);
    ui.regRate.disabled = c.regularization === 'none';
    set(ui.batch, Math.min(30, c.batchSize));
    setText(ui.batchOut, String(c.batchSize));
    set(ui.opt, c.optimizer);
    set(ui.init, c.init);
    this.#ensureOption(ui.speed, c.epochsPerFrame);
    set(ui.speed, c.epochsPerFrame);
    ui.showTest.checked = c.showTestData;
    ui.discretize.checked = c.discretize;
    ui.discretize.disabled = c.problem !== 'classification';
    ui.csvClear.hidden = !this.#csv;
    const race = raceOf(c);
    set(ui.raceKind, race?.kind ?? '');
    this.#renderRaceValue(race);
    this.#renderTutorial();
    this.#renderLayers();
    for (const el of this.root.querySelectorAll('[data-control]')) {
      const name = el.dataset.control;
      if (HIDABLE.includes(name) && this.#hidden.has(name)) el.hidden = true;
      else if (!Object.values(ui.wraps).includes(el)) el.hidden = false;
    }
    this.#syncRun();
    void t;
  }

  // ---------------------------------------------------------------- own data, files

  #setStatus(el, text, error = false) {
    setText(el, text);
    el.classList.toggle('error', error);
    el.setAttribute('role', error ? 'alert' : 'status');
  }

  /** Reads a chosen file as text (FileReader: nothing leaves the page). */
  /** A textarea plus a file input that reads a local file into it (FileReader, nothing leaves
   *  the page) and hands the text to `use`; ids `<name>Text` / `<name>File`, test ids
   *  `<name>-text` / `<name>-file`. */
  #textSource(name, { rows, accept, placeholder }, use) {
    const text = h('textarea', {
      id: this.uid(`${name}Text`),
      rows,
      spellcheck: 'false',
      'data-testid': `${name}-text`,
      placeholder,
    });
    const file = h('input', { type: 'file', id: this.uid(`${name}File`), accept, 'data-testid': `${name}-file` });
    file.addEventListener('change', () =>
      this.#readFile(file, (t) => {
        text.value = t;
        use(t);
      }),
    );
    return [text, file];
  }

  #readFile(input, done) {
    const file = input.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => this.#ui && done(String(reader.result)));
    reader.readAsText(file);
  }

  /** The core's message "line N: …" → the dictionary's text with the line number. */
  #errorText(key, message) {
    const m = /line (\d+)/.exec(String(message));
    const detail = String(message).slice(0, 200);
    return m ? this.t(`${key}Line`, { line: m[1], message: detail }) : this.t(key, { message: detail });
  }

  #loadCsv(text) {
    if (!this.#client) return;
    if (!String(text).trim()) {
      this.#setStatus(this.#ui.csvStatus, this.t('pg.csv.empty'), true);
      return;
    }
    this.pause();
    this.#pendingCsv = String(text);
    this.#client.loadCsv(this.#pendingCsv);
  }
  #pendingCsv = null;
  #pendingImport = null;

  #onResult(m) {
    const ui = this.#ui;
    if (!ui) return;
    if (m.type === 'csv') {
      if (m.ok) {
        this.#csv = this.#pendingCsv;
        this.#resetHistory();
        this.#startRace();
        this.#setStatus(ui.csvStatus, this.t('pg.csv.loaded', { size: m.size, train: m.trainCount }));
      } else this.#setStatus(ui.csvStatus, this.#errorText('pg.csv.error', m.message), true);
      this.#pendingCsv = null;
      this.#renderControls();
    } else if (m.type === 'imported') {
      const pending = this.#pendingImport;
      this.#pendingImport = null;
      if (m.ok && pending) {
        this.#csv = pending.csv;
        this.#resetHistory();
        this.#setConfig(pending.config, false, { silent: true });
        this.#startRace();
        this.#setStatus(ui.ioStatus, this.t('pg.io.imported'));
      } else this.#setStatus(ui.ioStatus, this.#errorText('pg.io.error', m.message ?? ''), true);
    }
  }

  #download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name, class: 'sr' });
    this.root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  async #exportJson() {
    const client = this.#client;
    const reply = await client?.getWeights(true);
    if (!reply?.json || client !== this.#client) return;
    const file = {
      format: 'actlab-playground',
      version: 1,
      config: serializeHash(this.#config, this.#hidden),
      network: JSON.parse(reply.json),
    };
    const text = JSON.stringify(file);
    this.#download(new Blob([text], { type: 'application/json' }), 'actlab-network.json');
    this.#setStatus(this.#ui.ioStatus, this.t('pg.io.exported'));
  }

  async #exportPng() {
    const blob = await this.#ui?.heatSurface.blob('image/png');
    if (blob && this.#ui) this.#download(blob, 'actlab-heatmap.png');
  }

  /** A file from exportJson (configuration + network) or a bare Network.exportJSON(). */
  #importJson(text) {
    if (!this.#client) return;
    let file;
    try {
      file = JSON.parse(String(text));
      if (!file || typeof file !== 'object') throw new TypeError('not a JSON object');
    } catch (err) {
      this.#setStatus(this.#ui.ioStatus, this.#errorText('pg.io.error', err.message), true);
      return;
    }
    const opts = { limits: this.lab.limits, ids: this.lab.activations.map((a) => a.id) };
    let config;
    let network;
    try {
      if (file.format === 'actlab-playground') {
        if (typeof file.config !== 'string' || !file.network) throw new TypeError('configuration or network missing');
        config = parseHash(file.config, { ...opts, base: null }).config;
        network = file.network;
      } else {
        network = file;
        config = configFromNetwork(file.config, this.#config, opts);
      }
    } catch (err) {
      this.#setStatus(this.#ui.ioStatus, this.#errorText('pg.io.error', err.message), true);
      return;
    }
    this.pause();
    const csv = config.problem === this.#config.problem ? this.#csv : null;
    this.#pendingImport = { config, csv };
    this.#client.importNet(this.#engineConfig(config, csv), JSON.stringify(network));
  }

  // ---------------------------------------------------------------- race mode

  #raceDefault(kind) {
    const c = this.#config;
    if (kind === 'activation') return c.activation === 'relu' ? 'tanh' : 'relu';
    if (kind === 'init') return c.init === 'he' ? 'xavier' : 'he';
    return c.optimizer === 'adam' ? 'sgd' : 'adam';
  }

  #raceValueKey = '';
  #renderRaceValue(race) {
    const ui = this.#ui;
    const t = this.t;
    const key = `${t.lang}|${race?.kind ?? ''}`;
    if (key !== this.#raceValueKey) {
      this.#raceValueKey = key;
      if (!race) ui.raceValueWrap.replaceChildren();
      else {
        const ids = this.lab.activations.map((a) => a.id);
        const options = race.kind === 'activation' ? ids : race.kind === 'init' ? INITS : OPTIMIZERS;
        const fmt = (o) =>
          race.kind === 'activation'
            ? this.lab.info(o).name[t.lang]
            : t(`pg.${race.kind === 'init' ? 'init' : 'opt'}.${o}`);
        const id = this.uid('raceValue');
        ui.raceValue = h(
          'select',
          { id, 'data-testid': 'raceValue' },
          options.map((o) => h('option', { value: o }, fmt(o))),
        );
        ui.raceValue.addEventListener('change', () => this.#change({ race: `${race.kind}:${ui.raceValue.value}` }));
        ui.raceValueWrap.replaceChildren(h('label', { for: id }, t('pg.race.value')), ui.raceValue);
      }
    }
    if (race && this.root.activeElement !== ui.raceValue) ui.raceValue.value = race.value;
    ui.raceKey.hidden = !race;
    ui.key.hidden = Boolean(race);
    ui.heatCaption.hidden = !race;
    ui.raceFig.hidden = !race;
    ui.grid.classList.toggle('racing', Boolean(race));
    if (race) {
      const a = t('pg.race.a', { name: this.#raceName(null) });
      const b = t('pg.race.b', { name: this.#raceName(race) });
      ui.raceKey.replaceChildren(
        h('span', {}, h('span', { class: 'swatch' }), a),
        h('span', {}, h('span', { class: 'swatch dash' }), b),
      );
      setText(ui.heatCaption, a);
      setText(ui.raceCaption, b);
    }
    this.#renderRace();
  }

  #tutorialKey = '';
  /** TF Playground's tutorial=<name>: a note that points to ActLab's lessons instead. */
  #renderTutorial() {
    const ui = this.#ui;
    const t = this.t;
    const name = this.#config.tutorial;
    const page = this.hasAttribute('sync-url');
    const key = `${t.lang}|${name}|${page}`;
    if (key === this.#tutorialKey) return;
    this.#tutorialKey = key;
    ui.tutorial.hidden = !name;
    if (!name) return ui.tutorial.replaceChildren();
    // on the site's own page a link to the teaching page; embedded (a blog post), text only
    ui.tutorial.replaceChildren(
      t('pg.tutorial', { name }),
      ' ',
      page
        ? h('a', { href: 'index.html', 'data-testid': 'tutorial-link' }, t('pg.tutorial.link'))
        : t('pg.tutorial.embedded'),
    );
  }

  /** Race mode: the second network's boundary (the core's RGBA) with the training points, and
   *  its text alternative (class shares and accuracy). */
  #raceTextAt = -Infinity;
  #drawRaceHeat(text = true) {
    const ui = this.#ui;
    const f = this.#raceFrame;
    const race = raceOf(this.#config);
    if (!ui || !f || !f.boundary || !race) return;
    ui.raceSurface.draw(RACE_CANVAS, RACE_CANVAS, (ctx) =>
      this.#paintMap(ctx, f.boundary, f.side, RACE_CANVAS, 1.5, false),
    );
    if (!text && performance.now() - this.#raceTextAt < SLOW_MS) return;
    this.#raceTextAt = performance.now();
    const t = this.t;
    const s = this.#raceState;
    const name = t('pg.race.b', { name: this.#raceName(race) });
    const acc = s?.testAccuracy ?? s?.trainAccuracy ?? null;
    const shares = f.shares
      ? f.shares.map((v, k) => t('pg.share', { name: this.#className(k, f.shares.length), share: pct(v) })).join(', ')
      : '';
    const label = shares
      ? t('pg.race.heatAria', { name, shares, acc: pct(acc) })
      : t('pg.race.heatAriaReg', { name, loss: s?.testLoss == null ? '—' : formatNum(s.testLoss) });
    setAttr(ui.raceCanvas, 'aria-label', label);
    setText(ui.raceSummary, label);
  }

  /** The name of network A's (race = null) or B's distinguishing value. */
  #raceName(race) {
    const r = race ?? raceOf(this.#config);
    if (!r) return '';
    const c = this.#config;
    const v = race ? r.value : r.kind === 'activation' ? c.activation : c[r.kind];
    if (r.kind === 'activation') return this.lab.info(v).name[this.t.lang];
    return this.t(`pg.${r.kind === 'init' ? 'init' : 'opt'}.${v}`);
  }

  #renderRace() {
    const ui = this.#ui;
    if (!ui) return;
    const race = raceOf(this.#config);
    const b = this.#raceState;
    ui.raceReadout.hidden = !race;
    if (!race) return;
    const lossOf = (s) => (s ? (s.testLoss ?? s.trainLoss) : null);
    const a = this.#state;
    const part = (name, s) =>
      this.t('pg.race.readout', {
        name,
        epoch: s?.epoch ?? 0,
        loss: lossOf(s) == null ? '—' : formatNum(lossOf(s)),
        acc: pct(s?.testAccuracy ?? s?.trainAccuracy ?? null),
      });
    setText(
      ui.raceReadout,
      `${part(this.t('pg.race.a', { name: this.#raceName(null) }), a)} · ${part(this.t('pg.race.b', { name: this.#raceName(race) }), b)}${b?.diverged ? ` · ${this.t('pg.race.diverged')}` : ''}`,
    );
  }

  /** The loss chart: train and test loss, or in race mode both networks' test loss. */
  #drawChart() {
    if (!this.#chart) return;
    this.#chartAt = performance.now();
    const hst = this.#history;
    const race = raceOf(this.#config);
    // new arrays every call: the chart skips data it has already drawn (same array objects)
    if (race) {
      const other = hst.xs.map((e) => this.#raceLoss.get(e) ?? null);
      const mine = hst.xs.map((_, i) => hst.te[i] ?? hst.tr[i]);
      this.#chart.set(
        [
          { label: 'A', stroke: '#1d1d1f', dash: DASHES[0], width: 2 },
          { label: 'B', stroke: '#b3261e', dash: DASHES[1], width: 2 },
        ],
        [hst.xs.slice(), mine, other],
      );
    } else {
      this.#chart.set(
        [
          { label: 'train', stroke: '#6b6b76', dash: DASHES[1], width: 1.5 },
          { label: 'test', stroke: '#1d1d1f', dash: DASHES[0], width: 2 },
        ],
        [hst.xs.slice(), hst.tr.slice(), hst.te.slice()],
      );
    }
    this.#ui.chart.dataset.series = race ? '2-race' : '2';
  }

  #ensureOption(sel, v) {
    if (![...sel.options].some((o) => Number(o.value) === v)) sel.append(h('option', { value: String(v) }, String(v)));
  }

  #layersKey = '';
  #renderLayers() {
    const c = this.#config;
    const t = this.t;
    const L = this.#limits();
    const key = `${t.lang}|${c.networkShape.join(',')}|${(c.activations ?? []).join(',')}|${c.activation}`;
    if (key === this.#layersKey && this.#ui.layers.childElementCount === c.networkShape.length) return;
    this.#layersKey = key;
    const ids = this.lab.activations.map((a) => a.id);
    this.#ui.layers.replaceChildren(
      ...c.networkShape.map((units, i) => {
        const id = this.uid(`act-${i}`);
        const sel = h(
          'select',
          { id, 'data-testid': `layer-activation-${i}` },
          ids.map((a) => h('option', { value: a }, this.lab.info(a).name[t.lang])),
        );
        sel.value = layerActivation(c, i);
        sel.addEventListener('change', () => {
          const acts = c.networkShape.map((_, j) => layerActivation(this.#config, j));
          acts[i] = sel.value;
          this.#change({ activations: acts.every((a) => a === this.#config.activation) ? null : acts });
        });
        const minus = h(
          'button',
          { type: 'button', 'data-testid': `units-minus-${i}`, 'aria-label': t('pg.unitsMinus', { n: i + 1 }) },
          '−',
        );
        const plus = h(
          'button',
          { type: 'button', 'data-testid': `units-plus-${i}`, 'aria-label': t('pg.unitsPlus', { n: i + 1 }) },
          '+',
        );
        minus.disabled = units <= L.units.min;
        plus.disabled = units >= L.units.max;
        const bump = (d) => {
          const shape = [...this.#config.networkShape];
          shape[i] = Math.max(L.units.min, Math.min(L.units.max, shape[i] + d));
          this.#change({ networkShape: shape });
          this.#ui.layers.querySelector(`[data-testid="units-${d > 0 ? 'plus' : 'minus'}-${i}"]`)?.focus();
        };
        minus.addEventListener('click', () => bump(-1));
        plus.addEventListener('click', () => bump(1));
        return h(
          'div',
          { class: 'layer', 'data-control': 'numHiddenLayers' },
          h('span', { class: 'label' }, t('pg.layer', { n: i + 1 })),
          minus,
          h('output', { 'data-testid': `units-${i}` }, t('pg.units', { n: units })),
          plus,
          h('label', { for: id, class: 'sr' }, t('pg.layerActivation', { n: i + 1 })),
          sel,
        );
      }),
    );
  }

  // ---------------------------------------------------------------- frames

  #resetHistory() {
    this.#history = { xs: [], tr: [], te: [], stride: 1 };
  }

  #pushHistory(rows) {
    const hst = this.#history;
    for (const [e, tr, te] of rows) {
      if (hst.xs.length && e - hst.xs.at(-1) < hst.stride) continue;
      hst.xs.push(e);
      hst.tr.push(Number.isFinite(tr) ? tr : null);
      hst.te.push(Number.isFinite(te) ? te : null);
      if (hst.xs.length > HISTORY_MAX) {
        for (const k of ['xs', 'tr', 'te']) hst[k] = hst[k].filter((_, i) => i % 2 === 0);
        hst.stride *= 2;
      }
    }
  }

  #turn = false; // which half of the page the next frame while playing draws (see #onFrame)
  #onFrame(f, redraw = false) {
    if (!this.#ui) return;
    if (!redraw) {
      if (f.reset) this.#resetHistory();
      if (f.points) this.#points = f.points;
      if (f.history) this.#pushHistory(f.history);
      this.#frame = f;
      this.#state = {
        epoch: f.epoch,
        trainLoss: f.trainLoss,
        testLoss: f.testLoss,
        trainAccuracy: f.trainAccuracy,
        testAccuracy: f.testAccuracy,
        diverged: f.diverged,
      };
      if (f.diverged) this.#playing = false;
      // which engine drew this frame (tests, and curious readers): 'worker' or 'main'
      if (this.#client && this.dataset.engine !== this.#client.mode) this.dataset.engine = this.#client.mode;
    }
    const ui = this.#ui;
    const t = this.t;
    const s = this.#state;
    // While playing, the top (the epoch counter, the heat map, the slow outputs) and the network
    // diagram below take turns, one per frame: a software compositor redraws the bounding box of
    // everything that changed, and both at once span the whole page.
    const half = !redraw && f.playing ? (this.#turn = !this.#turn) : null;
    if (half === false) {
      this.#drawDiagram(f);
      return this.#frameDone(redraw);
    }
    setText(ui.epoch, String(s.epoch).padStart(6, '0'));
    ui.diverged.hidden = !s.diverged;
    this.#syncRun();
    this.#drawHeat();
    if (half === null) this.#drawDiagram(f);
    // the slow outputs: every frame when paused or stepping, at most every SLOW_MS while playing
    const now = performance.now();
    if (!redraw && f.playing && now - this.#slowAt < SLOW_MS) return this.#frameDone(redraw);
    this.#slowAt = now;
    const acc = s.testAccuracy ?? s.trainAccuracy;
    setText(
      ui.readout,
      t(s.trainAccuracy == null ? 'pg.readoutReg' : 'pg.readout', {
        epoch: s.epoch,
        train: formatNum(s.trainLoss ?? NaN),
        test: s.testLoss == null ? '—' : formatNum(s.testLoss),
        trainAcc: pct(s.trainAccuracy),
        testAcc: pct(s.testAccuracy),
      }),
    );
    if (!redraw || !this.#chart.plot) this.#drawChart();
    this.#renderRace();
    this.#renderConfusion(f.confusion);
    this.#renderAlpha(f.weights);
    this.#renderDead(f.weights);
    this.#renderInspector(f);
    const fc = f.focus != null ? this.#nodeName(f.focus) : null;
    ui.focusCaption.hidden = fc == null;
    if (fc != null) setText(ui.focusCaption, t('pg.focusShown', { name: fc }));
    // text alternative of the heat map: accuracy and how the plane is shared
    const shares = f.shares
      ? f.shares.map((v, k) => t('pg.share', { name: this.#className(k, f.shares.length), share: pct(v) })).join(', ')
      : '';
    const label = shares
      ? t('pg.heatAria', { shares, acc: pct(acc) })
      : t('pg.heatAriaReg', { loss: s.testLoss == null ? '—' : formatNum(s.testLoss) });
    setAttr(ui.canvas, 'aria-label', label);
    setText(ui.summary, label);
    this.#frameDone(redraw);
  }

  #frameDone(redraw) {
    if (!redraw) {
      this.#client?.drawn();
      this.dispatchEvent(new CustomEvent('epoch', { detail: this.state, bubbles: true, composed: true }));
      this.requestUpdate();
    }
  }

  #className(k, K) {
    if (K === 2) return this.t(k === 0 ? 'pg.class.orange' : 'pg.class.blue');
    return this.t('pg.class.k', { k: k + 1 });
  }

  #drawHeat() {
    const f = this.#frame;
    const ui = this.#ui;
    if (!f || !ui) return;
    const test = this.#config.showTestData;
    ui.heatSurface.draw(CANVAS, CANVAS, (ctx) => this.#paintMap(ctx, f.boundary, f.side, CANVAS, 3, test));
  }

  /** Records a side×side RGBA map scaled to `size` px, then the points (radius r): a layer
   *  drawn once per data set, problem, size and test-point switch, then reused every frame. */
  #paintMap(ctx, boundary, side, size, r, withTest) {
    ctx.clearRect(0, 0, size, size);
    ctx.image(new Uint8ClampedArray(boundary), side, side, 0, 0, size, size, true);
    const p = this.#points;
    if (!p) return;
    const c = this.#config;
    if (this.#pointsDrawn.points !== p) this.#pointsDrawn = { points: p, n: this.#pointsDrawn.n + 1 };
    const key = `points ${this.#pointsDrawn.n}|${c.problem}|${size}|${r}|${withTest}`;
    ctx.layer(key, size, size, 0, 0, (g) => {
      const toPx = (v) => ((v + 6) / 12) * size;
      const n = withTest ? p.x1.length : p.trainCount;
      for (let i = 0; i < n; i++) {
        const lab = p.label[i];
        let colour;
        if (c.problem === 'regression') {
          const u = Math.max(-1, Math.min(1, lab));
          colour = rgb(u < 0 ? CLASS_COLOURS[0] : CLASS_COLOURS[1]);
        } else colour = rgb(CLASS_COLOURS[Math.max(0, Math.min(7, lab | 0))]);
        g.beginPath();
        g.arc(toPx(p.x1[i]), size - toPx(p.x2[i]), r, 0, 2 * Math.PI);
        g.fillStyle = colour;
        g.fill();
        g.lineWidth = r < 2 ? 0.5 : 1;
        g.strokeStyle = i < p.trainCount ? '#fff' : '#000';
        g.stroke();
      }
    });
  }

  #drawDiagram(f) {
    const ui = this.#ui;
    const c = this.#config;
    const t = this.t;
    const feats = LIVE_FEATURES.filter((k) => c[k]);
    const K = f.unitCount - c.networkShape.reduce((a, b) => a + b, 0);
    const cols = [feats.length, ...c.networkShape, K];
    const key = `${t.lang}|${feats.join(',')}|${cols.join(',')}`;
    const rows = Math.max(...cols);
    const pos = (col, row) => [COL_W * col + NODE / 2 + 8, ROW_H * row + NODE / 2 + 8];
    if (key !== this.#diagramKey) {
      this.#diagramKey = key;
      const width = COL_W * (cols.length - 1) + NODE + 16;
      const height = ROW_H * (rows - 1) + NODE + 16;
      ui.diagram.style.width = `${width}px`;
      ui.diagram.style.height = `${height}px`;
      ui.svg.setAttribute('width', String(width));
      ui.svg.setAttribute('height', String(height));
      ui.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      const links = [];
      for (let l = 1; l < cols.length; l++) {
        for (let j = 0; j < cols[l]; j++) {
          for (let i = 0; i < cols[l - 1]; i++) {
            const [x0, y0] = pos(l - 1, i);
            const [x1, y1] = pos(l, j);
            const path = document.createElementNS(SVGNS, 'path');
            const mx = (x0 + x1) / 2;
            path.setAttribute('d', `M${x0 + NODE / 2},${y0} C${mx},${y0} ${mx},${y1} ${x1 - NODE / 2},${y1}`);
            path.setAttribute('fill', 'none');
            path.setAttribute('stroke-opacity', '0.75');
            links.push(path);
          }
        }
      }
      ui.svg.replaceChildren(...links);
      ui.links = links;
      ui.linkInfo = [];
      for (let l = 1; l < cols.length; l++)
        for (let j = 0; j < cols[l]; j++) for (let i = 0; i < cols[l - 1]; i++) ui.linkInfo.push({ l, j, i });
      for (const sf of ui.nodeSurfaces ?? []) sf.dispose();
      ui.nodeSurfaces = [];
      ui.nodeCanvases = [];
      ui.nodeInfo = [];
      ui.biasSquares = [];
      ui.cols = cols;
      if (this.#selected != null && this.#selected >= cols.reduce((a, b) => a + b, 0)) this.#selected = null;
      this.#inspectKey = '';
      const nodes = [];
      cols.forEach((n, col) => {
        for (let row = 0; row < n; row++) {
          const [x, y] = pos(col, row);
          const cv = h('canvas', { width: f.unitSide, height: f.unitSide, class: 'thumb' });
          const name =
            col === 0
              ? t(`pg.feature.${feats[row]}`)
              : col === cols.length - 1
                ? t('pg.outputNode', { k: row + 1 })
                : t('pg.neuron', { layer: col, n: row + 1 });
          const idx = nodes.length;
          const node = h(
            'button',
            {
              type: 'button',
              class: 'node',
              'aria-label': name,
              title: name,
              'data-testid': `node-${idx}`,
              'aria-pressed': 'false',
            },
            cv,
          );
          node.style.left = `${x - NODE / 2}px`;
          node.style.top = `${y - NODE / 2}px`;
          if (col > 0) {
            const bias = h('span', { class: 'bias', 'data-testid': `bias-${idx}` });
            bias.addEventListener('click', (e) => {
              e.stopPropagation();
              this.#pick(idx, 'b');
            });
            node.append(bias);
            ui.biasSquares[idx] = bias;
          }
          node.addEventListener('click', () => this.#pick(idx));
          node.addEventListener('pointerenter', () => this.#showFocus(idx));
          node.addEventListener('pointerleave', () => this.#showFocus(null));
          node.addEventListener('focus', () => this.#showFocus(idx));
          node.addEventListener('blur', () => this.#showFocus(null));
          nodes.push(node);
          ui.nodeInfo.push({ col, row, name });
          ui.nodeCanvases.push(cv);
          ui.nodeSurfaces.push(
            createSurface(cv, {
              local: true,
              redraw: (fresh) => {
                ui.nodeCanvases[idx] = fresh;
                delete fresh.dataset.drawn;
                if (this.#frame) this.#drawThumbs(this.#frame);
              },
            }),
          );
        }
      });
      ui.nodes.replaceChildren(...nodes);
      ui.nodeEls = nodes;
    }
    if (this.#diagramSeen) this.#drawThumbs(f);
    // links: colour by sign, width by |w| (quantised: unchanged attributes are not touched)
    if (f.weights) {
      const deadSets = f.weights.map((w) => (w.dead?.length ? new Set(w.dead) : null));
      let li = 0;
      for (let l = 1; l < cols.length; l++) {
        const W = f.weights[l - 1]?.W ?? [];
        for (let j = 0; j < cols[l]; j++) {
          for (let i = 0; i < cols[l - 1]; i++) {
            const w = W[j * cols[l - 1] + i] ?? 0;
            const path = ui.links[li++];
            if (!path) continue;
            // L1's dead links (weight 0 for good): thin, grey and dotted, so not by hue alone
            const dead = deadSets[l - 1]?.has(j * cols[l - 1] + i) ?? false;
            const width = dead ? '1' : (0.5 + Math.round(Math.min(Math.abs(w), 5) * 4.4) / 4).toFixed(2);
            const look = dead ? 'dead' : `${w < 0 ? '-' : '+'}${width}`;
            if (path.actlabLook === look) continue; // unchanged: no DOM call at all
            path.actlabLook = look;
            setAttr(path, 'stroke', dead ? DEAD_RGB : w < 0 ? NEG_RGB : POS_RGB);
            setAttr(path, 'stroke-width', width);
            setAttr(path, 'stroke-dasharray', dead ? '2 3' : 'none');
            setAttr(path, 'data-dead', String(dead));
          }
        }
        const b = f.weights[l - 1]?.b ?? [];
        const first = cols.slice(0, l).reduce((a, v) => a + v, 0);
        for (let j = 0; j < cols[l]; j++) {
          const sq = ui.biasSquares[first + j];
          const colour = (b[j] ?? 0) < 0 ? NEG_RGB : POS_RGB;
          if (sq && sq.dataset.colour !== colour) {
            sq.dataset.colour = colour;
            sq.style.backgroundColor = colour;
          }
        }
      }
    }
  }

  /** The thumbnails: inputs, then the core's unit grids (hidden layers, then outputs). */
  #drawThumbs(f) {
    const ui = this.#ui;
    if (!ui?.nodeCanvases || !f.units) return;
    const nIn = LIVE_FEATURES.filter((k) => this.#config[k]).length;
    const side = f.unitSide;
    const n = side * side * 4;
    const inputs = new Uint8ClampedArray(f.inputs);
    const units = new Uint8ClampedArray(f.units);
    ui.nodeCanvases.forEach((cv, idx) => {
      // the inputs' pictures never change: drawn once per diagram
      if (idx < nIn && cv.dataset.drawn) return;
      const src =
        idx < nIn ? inputs.subarray(idx * n, idx * n + n) : units.subarray((idx - nIn) * n, (idx - nIn + 1) * n);
      if (src.length !== n) return;
      // a copy of its own: posting a view would copy the whole frame's buffer
      ui.nodeSurfaces[idx]?.draw(side, side, (ctx) => ctx.put(src.slice(), side, side));
      cv.dataset.drawn = '1';
    });
  }

  // ---------------------------------------------------------------- neurons: focus, inspect, edit

  #nodeName(idx) {
    return this.#ui?.nodeInfo?.[idx]?.name ?? null;
  }

  /** Hover/focus on a thumbnail: its full map in the big heat map (null: the output again). */
  #showFocus(idx) {
    if (this.#focusNode === idx) return;
    this.#focusNode = idx;
    this.#client?.setFocus(idx);
  }

  /** Selects a node for the inspector; `param` ('b' or a source index) focuses that input. */
  #pick(idx, param = null) {
    const ui = this.#ui;
    if (!ui) return;
    this.#selected = idx;
    ui.nodeEls?.forEach((n, i) => n.setAttribute('aria-pressed', String(i === idx)));
    this.#inspectKey = '';
    this.#renderInspector(this.#frame);
    if (param != null) ui.inspector.querySelector(`[data-param="${param}"]`)?.focus();
  }

  #selectLink(i) {
    const info = this.#ui.linkInfo?.[i];
    if (!info) return;
    const first = this.#ui.cols.slice(0, info.l).reduce((a, v) => a + v, 0);
    this.#pick(first + info.j, String(info.i));
  }

  /** The selected neuron's bias and incoming weights as number inputs (engine setWeight). */
  #renderInspector(f) {
    const ui = this.#ui;
    if (!ui || !f) return;
    const t = this.t;
    const idx = this.#selected;
    const info = idx == null ? null : ui.nodeInfo?.[idx];
    const key = `${t.lang}|${idx}|${ui.cols?.join(',')}`;
    if (key !== this.#inspectKey) {
      this.#inspectKey = key;
      if (!info) ui.inspector.replaceChildren(h('p', { class: 'hint' }, t('pg.inspect.none')));
      else if (info.col === 0) {
        ui.inspector.replaceChildren(h('h4', {}, info.name), h('p', { class: 'hint' }, t('pg.inspect.input')));
      } else {
        const l = info.col - 1;
        const first = ui.cols.slice(0, info.col - 1).reduce((a, v) => a + v, 0);
        const field = (param, label, index) => {
          const id = this.uid(`w-${param}`);
          const input = h('input', {
            type: 'number',
            step: 'any',
            id,
            'data-param': param,
            'data-testid': `edit-${param}`,
          });
          input.addEventListener('change', () => {
            const value = Number(input.value);
            if (input.value.trim() === '' || !Number.isFinite(value)) return;
            this.#client?.setWeight({ layer: l, param: param === 'b' ? 'b' : 'W', index, value });
          });
          const mark = h(
            'span',
            { class: 'dead-mark', 'data-testid': `dead-${param}`, hidden: true },
            t('pg.inspect.dead'),
          );
          return h('div', { class: 'field' }, h('label', { for: id }, label, mark), input);
        };
        const rows = [field('b', t('pg.inspect.bias'), info.row)];
        for (let i = 0; i < ui.cols[info.col - 1]; i++) {
          rows.push(
            field(String(i), t('pg.inspect.weight', { from: ui.nodeInfo[first + i].name }), info.row * ui.cols[l] + i),
          );
        }
        ui.inspector.replaceChildren(
          h('h4', {}, info.name),
          h('p', { class: 'hint' }, t('pg.inspect.hint')),
          h('div', { class: 'weights' }, rows),
        );
      }
    }
    if (!info || info.col === 0 || !f.weights) return;
    const layer = f.weights[info.col - 1];
    const nin = ui.cols[info.col - 1];
    for (const input of ui.inspector.querySelectorAll('input[data-param]')) {
      if (this.root.activeElement === input) continue;
      const p = input.dataset.param;
      const v = p === 'b' ? layer?.b?.[info.row] : layer?.W?.[info.row * nin + Number(p)];
      const mark = input.parentElement?.querySelector('.dead-mark');
      if (mark) mark.hidden = !(p !== 'b' && layer?.dead?.includes(info.row * nin + Number(p)));
      if (Number.isFinite(v)) input.value = String(Math.round(v * 1e4) / 1e4);
    }
  }

  /** Under L1: how many links it has cut for good (weight 0, never trained again). */
  #renderDead(weights) {
    const ui = this.#ui;
    const on = this.#config.regularization === 'L1' && weights != null;
    ui.dead.hidden = !on;
    if (!on) return;
    const dead = weights.reduce((a, w) => a + (w.dead?.length ?? 0), 0);
    const all = weights.reduce((a, w) => a + (w.W?.length ?? 0), 0);
    setText(ui.dead, this.t('pg.deadLinks', { dead, all }));
  }

  /** PReLU's learned α per layer (from the core's exported state). */
  #renderAlpha(weights) {
    const ui = this.#ui;
    const c = this.#config;
    const parts = [];
    c.networkShape.forEach((_, i) => {
      const a = weights?.[i]?.alpha;
      if (layerActivation(c, i) === 'prelu' && a?.length)
        parts.push(this.t('pg.alphaLayer', { n: i + 1, alpha: a.map((v) => formatNum(v)).join(', ') }));
    });
    ui.alpha.hidden = parts.length === 0;
    if (parts.length) setText(ui.alpha, `${this.t('pg.alpha')} ${parts.join(' · ')}`);
  }

  /** Accuracy and the confusion matrix (rows: true class, columns: predicted) from the core's
   *  outputs at the test points. */
  #renderConfusion(conf) {
    const ui = this.#ui;
    ui.confusion.hidden = !conf;
    if (!conf) return;
    const t = this.t;
    const key = `${t.lang}|${conf.K}|${conf.set}|${conf.counts.join(',')}`;
    if (key === this.#confKey) return;
    this.#confKey = key;
    const K = conf.K;
    const name = (k) => this.#className(k, K);
    const correct = conf.counts.reduce((a, v, i) => a + (i % (K + 1) === 0 ? v : 0), 0);
    const table = h(
      'table',
      {},
      h('caption', {}, t(conf.set === 'test' ? 'pg.confusion.test' : 'pg.confusion.train', { n: conf.n })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('pg.confusion.corner')),
          Array.from({ length: K }, (_, k) => h('th', { scope: 'col' }, t('pg.confusion.pred', { name: name(k) }))),
        ),
      ),
      h(
        'tbody',
        {},
        Array.from({ length: K }, (_, r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t('pg.confusion.true', { name: name(r) })),
            Array.from({ length: K }, (_, c) =>
              h('td', { class: r === c ? 'hit' : '' }, String(conf.counts[r * K + c])),
            ),
          ),
        ),
      ),
    );
    ui.confusion.replaceChildren(
      h(
        'p',
        { class: 'hint' },
        t('pg.confusion.acc', { acc: pct(conf.n ? correct / conf.n : null), correct, n: conf.n }),
      ),
      h('div', { class: 'table-scroll' }, table),
    );
  }

  update() {}
}

define(ActLabPlayground);
