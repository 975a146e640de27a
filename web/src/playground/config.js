// The playground's configuration: one schema, read from and written to the URL hash, and
// turned into the arguments of lab.createNetwork / lab.makeDataset. DOM-free (Node-testable).
//
// The hash uses TensorFlow Playground's keys where they exist, so its links open here with the
// same configuration:
//   activation=tanh  regularization=none|L1|L2  regularizationRate=0  learningRate=0.03
//   batchSize=10  dataset=circle|xor|gauss|spiral  regDataset=reg-plane|reg-gauss
//   problem=classification|regression (ActLab adds multiclass)  noise=0..50 (÷100 internally)
//   percTrainData=10..90  networkShape=4,2  seed=0.28 (TF's float seed string → a uint32)
//   showTestData discretize x y xTimesY xSquared ySquared cosX sinX cosY sinY collectStats
//   initZero hideText (true|false), and `<control>_hide=true` (the classroom option).
//   tutorial=<name> (TF loads tutorials/<name>.html; ActLab has no tutorial pages: the name is
//   kept for round trips and the element points to the teaching page instead).
// ActLab's extensions: activations=tanh,relu (one per hidden layer), mcDataset=spiral_k|blobs,
//   classes=3..8, optimizer=sgd|momentum|adam, init=uniform|xavier|he, epochsPerFrame=1..100,
//   race=activation:relu|init:he|optimizer:adam (race mode: a second network that differs only
//   in that field trains beside the first; empty = off).
//
// parseHash never throws: an unknown key is ignored with a notice; a malformed or hostile value
// keeps the default with a notice. Notices are { key, vars } for the dictionary (pg.notice.*).
// cosX/cosY and collectStats are kept for round trips but do nothing (as in TF Playground).

export const TF_FEATURES = Object.freeze({
  x: 'x1',
  y: 'x2',
  xSquared: 'x1sq',
  ySquared: 'x2sq',
  xTimesY: 'x1x2',
  sinX: 'sinx1',
  sinY: 'sinx2',
});
/** Every feature flag in TF's order (cosX/cosY have no input). */
export const FEATURE_FLAGS = ['x', 'y', 'xTimesY', 'xSquared', 'ySquared', 'cosX', 'sinX', 'cosY', 'sinY'];
export const LIVE_FEATURES = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY'];

export const PROBLEMS = ['classification', 'regression', 'multiclass'];
export const DATASETS = ['circle', 'xor', 'gauss', 'spiral'];
export const REG_DATASETS = ['reg-plane', 'reg-gauss'];
export const MC_DATASETS = ['spiral_k', 'blobs'];
export const REGULARIZATIONS = ['none', 'L1', 'L2'];
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'];
export const INITS = ['uniform', 'xavier', 'he'];
/** Race mode: the field the second network changes. */
export const RACE_KINDS = ['activation', 'init', 'optimizer'];
/** TF Playground's learning-rate and regularisation-rate menus. */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REG_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** TF Playground's activation names that differ from the catalogue's. */
const ACTIVATION_ALIASES = { linear: 'identity' };
const ACTIVATION_NAMES = { identity: 'linear' };

/** TF Playground's hidable controls (`<name>_hide=true`). */
export const HIDABLE = [
  'showTestData',
  'discretize',
  'playButton',
  'stepButton',
  'resetButton',
  'learningRate',
  'activation',
  'regularization',
  'regularizationRate',
  'problem',
  'dataset',
  'percTrainData',
  'noise',
  'batchSize',
  'numHiddenLayers',
];

const BOOL_KEYS = ['showTestData', 'discretize', ...FEATURE_FLAGS, 'collectStats', 'initZero', 'hideText'];

/** The playground's own UI limits, inside the core's (lab.limits). */
export function uiLimits(limits) {
  return {
    layers: { min: limits.playgroundHiddenLayers.min, max: limits.playgroundHiddenLayers.max },
    units: { min: limits.units.min, max: Math.min(16, limits.units.max) },
    classes: { min: Math.max(3, limits.classes.min), max: limits.classes.max },
    batchSize: { min: limits.batchSize.min, max: Math.min(100, limits.batchSize.max) },
    learningRate: limits.learningRate,
    regularizationRate: limits.regularizationRate,
    noise: { min: 0, max: Math.round(limits.noise.max * 100) },
    percTrainData: { min: Math.ceil(limits.trainFraction.min * 100), max: 90 },
    epochsPerFrame: { min: 1, max: 100 },
    seed: limits.seed,
  };
}

export const DEFAULTS = Object.freeze({
  problem: 'classification',
  dataset: 'circle',
  regDataset: 'reg-plane',
  mcDataset: 'spiral_k',
  classes: 3,
  noise: 0,
  percTrainData: 50,
  networkShape: Object.freeze([4, 2]),
  activation: 'tanh',
  activations: null,
  learningRate: 0.03,
  regularization: 'none',
  regularizationRate: 0,
  batchSize: 10,
  seed: 1,
  showTestData: false,
  discretize: false,
  x: true,
  y: true,
  xTimesY: false,
  xSquared: false,
  ySquared: false,
  cosX: false,
  sinX: false,
  cosY: false,
  sinY: false,
  collectStats: false,
  initZero: false,
  hideText: false,
  optimizer: 'sgd',
  init: 'uniform',
  epochsPerFrame: 1,
  race: '',
  tutorial: '',
});

/** A fresh, mutable copy of the defaults. */
export function defaultConfig() {
  return { ...DEFAULTS, networkShape: [...DEFAULTS.networkShape] };
}

/** A deep copy of a config. */
export function copyConfig(c) {
  return { ...c, networkShape: [...c.networkShape], activations: c.activations ? [...c.activations] : null };
}

const MAX_HASH = 8192;
const show = (v) => String(v).slice(0, 60);
const intIn = (s, { min, max }) => {
  if (!/^\s*-?\d+\s*$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
};
const numIn = (s, { min, max, minOpen }) => {
  if (typeof s !== 'string' || s.trim() === '' || s.length > 40) return null;
  const n = Number(s);
  if (!Number.isFinite(n) || n > max || n < min || (minOpen && n <= min)) return null;
  return n;
};

/** TF Playground's seed (a float string such as "0.28") or an ActLab uint32 → a uint32. */
export function seedFromString(s) {
  const t = String(s).trim();
  if (/^\d+$/.test(t) && Number(t) <= 0xffffffff) return Number(t);
  const v = Number(t);
  if (t !== '' && Number.isFinite(v) && v >= 0 && v < 1) return Math.floor(v * 2 ** 32) >>> 0;
  // anything else (TF accepts any string): FNV-1a over its UTF-16 units
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Parses a URL hash ('#a=1&b=2' or 'a=1&b=2') into a complete, valid config.
 * @param {string} hash
 * @param {{limits: object, ids: string[], base?: object}} options  limits = lab.limits; ids = the
 *   catalogue's activation ids; base = the config standing for missing keys (default: defaults)
 * @returns {{config: object, notices: Array<{key: string, vars: object}>, hidden: Set<string>}}
 */
export function parseHash(hash, { limits, ids, base = null }) {
  const config = copyConfig(base ?? defaultConfig());
  const notices = [];
  const hidden = new Set();
  if (typeof hash !== 'string' || hash === '' || hash === '#') return { config, notices, hidden };
  if (hash.length > MAX_HASH) {
    notices.push({ key: 'pg.notice.tooLong', vars: { max: MAX_HASH } });
    return { config, notices, hidden };
  }
  const L = uiLimits(limits);
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const bad = (name, value, allowed) =>
    notices.push({ key: 'pg.notice.badValue', vars: { name: show(name), value: show(value), allowed } });
  const seen = new Set();
  let activationsRaw = null;

  for (const [name, value] of q) {
    if (seen.has(name)) continue; // the first occurrence wins
    seen.add(name);
    const v = value.trim();
    if (name.endsWith('_hide')) {
      const control = name.slice(0, -5);
      if (!HIDABLE.includes(control)) notices.push({ key: 'pg.notice.unknownKey', vars: { name: show(name) } });
      else if (v === 'true') hidden.add(control);
      else if (v !== 'false') bad(name, value, 'true, false');
      continue;
    }
    switch (name) {
      case 'problem':
      case 'dataset':
      case 'regDataset':
      case 'mcDataset':
      case 'optimizer':
      case 'init': {
        const options = {
          problem: PROBLEMS,
          dataset: DATASETS,
          regDataset: REG_DATASETS,
          mcDataset: MC_DATASETS,
          optimizer: OPTIMIZERS,
          init: INITS,
        }[name];
        if (options.includes(v)) config[name] = v;
        else bad(name, value, options.join(', '));
        break;
      }
      case 'regularization': {
        const r = REGULARIZATIONS.find((o) => o.toLowerCase() === v.toLowerCase());
        if (r) config.regularization = r;
        else bad(name, value, REGULARIZATIONS.join(', '));
        break;
      }
      case 'activation': {
        const id = ACTIVATION_ALIASES[v] ?? v;
        if (ids.includes(id)) config.activation = id;
        else bad(name, value, ['linear', ...ids.filter((i) => i !== 'identity')].join(', '));
        break;
      }
      case 'activations':
        activationsRaw = value;
        break;
      case 'networkShape': {
        const parts = v === '' ? [] : v.split(',').map((s) => intIn(s, L.units));
        if (parts.length > L.layers.max || parts.some((p) => p === null)) {
          bad(name, value, `0–${L.layers.max} × ${L.units.min}–${L.units.max}`);
        } else config.networkShape = parts;
        break;
      }
      case 'noise':
      case 'percTrainData':
      case 'batchSize':
      case 'classes':
      case 'epochsPerFrame': {
        const n = intIn(v, L[name]);
        if (n === null) bad(name, value, `${L[name].min}–${L[name].max}`);
        else config[name] = n;
        break;
      }
      case 'learningRate':
      case 'regularizationRate': {
        const n = numIn(v, L[name]);
        if (n === null) bad(name, value, `${L[name].minOpen ? '(' : '['}${L[name].min}, ${L[name].max}]`);
        else config[name] = n;
        break;
      }
      case 'race': {
        const [kind, val = ''] = v.split(':');
        const id = ACTIVATION_ALIASES[val] ?? val;
        const ok =
          v === '' ||
          (kind === 'activation' && ids.includes(id)) ||
          (kind === 'init' && INITS.includes(val)) ||
          (kind === 'optimizer' && OPTIMIZERS.includes(val));
        if (ok) config.race = v === '' ? '' : `${kind}:${id}`;
        else bad(name, value, `${RACE_KINDS.map((k) => `${k}:…`).join(', ')}`);
        break;
      }
      case 'tutorial':
        // a page name (TF: tutorials/<name>.html): letters, digits, '-', '_', '.'
        if (v === '' || /^[A-Za-z0-9][\w.-]{0,59}$/.test(v)) config.tutorial = v;
        else bad(name, value, 'a-z 0-9 - _ .');
        break;
      case 'seed':
        if (v === '' || v.length > 40) bad(name, value, '0–4294967295');
        else config.seed = seedFromString(v);
        break;
      default:
        if (BOOL_KEYS.includes(name)) {
          if (v === 'true' || v === 'false') config[name] = v === 'true';
          else bad(name, value, 'true, false');
        } else notices.push({ key: 'pg.notice.unknownKey', vars: { name: show(name) } });
    }
  }

  if (activationsRaw !== null) {
    const list = activationsRaw.split(',').map((s) => ACTIVATION_ALIASES[s.trim()] ?? s.trim());
    if (list.length === config.networkShape.length && list.every((id) => ids.includes(id))) {
      config.activations = list.every((id) => id === config.activation) ? null : list;
    } else {
      bad('activations', activationsRaw, `${config.networkShape.length} × ${ids.join('|')}`);
      config.activations = null;
    }
  } else if (config.activations && config.activations.length !== config.networkShape.length) {
    config.activations = null;
  }

  if (!LIVE_FEATURES.some((f) => config[f])) {
    notices.push({ key: 'pg.notice.noFeature' });
    config.x = true;
    config.y = true;
  }
  return { config, notices, hidden };
}

const fmt = (n) => String(n);

/** The hash for a config (without '#'): every TF key in TF's order, then ActLab's extensions
 *  (only where they differ from the defaults), then the `_hide` flags. */
export function serializeHash(config, hidden = new Set()) {
  const c = config;
  const act = ACTIVATION_NAMES[c.activation] ?? c.activation;
  const pairs = [
    ['activation', act],
    ['regularization', c.regularization],
    ['batchSize', fmt(c.batchSize)],
    ['dataset', c.dataset],
    ['regDataset', c.regDataset],
    ['learningRate', fmt(c.learningRate)],
    ['regularizationRate', fmt(c.regularizationRate)],
    ['noise', fmt(c.noise)],
    ['networkShape', c.networkShape.join(',')],
    ['seed', fmt(c.seed)],
    ['showTestData', fmt(c.showTestData)],
    ['discretize', fmt(c.discretize)],
    ['percTrainData', fmt(c.percTrainData)],
    ...FEATURE_FLAGS.map((f) => [f, fmt(c[f])]),
    ['collectStats', fmt(c.collectStats)],
    ['problem', c.problem],
    ['initZero', fmt(c.initZero)],
    ['hideText', fmt(c.hideText)],
  ];
  if (c.tutorial) pairs.push(['tutorial', c.tutorial]);
  if (c.activations) pairs.push(['activations', c.activations.map((a) => ACTIVATION_NAMES[a] ?? a).join(',')]);
  for (const k of ['mcDataset', 'classes', 'optimizer', 'init', 'epochsPerFrame', 'race']) {
    if (c[k] !== DEFAULTS[k]) pairs.push([k, fmt(c[k])]);
  }
  for (const h of HIDABLE) if (hidden.has(h)) pairs.push([`${h}_hide`, 'true']);
  // like TF Playground: commas stay readable
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
}

/** The activation of hidden layer i. */
export const layerActivation = (c, i) => c.activations?.[i] ?? c.activation;

/** The input features (core names) switched on. */
export function features(c) {
  return LIVE_FEATURES.filter((f) => c[f]).map((f) => TF_FEATURES[f]);
}

/** lab.createNetwork's argument. TF parity: uniform init (U(−0.5, 0.5), bias 0.1), no
 *  shuffling, the playground head (tanh, ½ squared error, labels ±1). Multi-class: softmax. */
export function toNetworkConfig(c) {
  const head = c.problem === 'classification' ? 'playground' : c.problem === 'regression' ? 'regression' : 'softmax';
  const net = {
    features: features(c),
    layers: c.networkShape.map((units, i) => ({ units, activation: layerActivation(c, i) })),
    head,
    init: c.init,
    optimizer: { type: c.optimizer, learningRate: c.learningRate },
    batchSize: c.batchSize,
    regularization: { type: c.regularization.toLowerCase(), rate: c.regularizationRate },
    shuffle: false,
    seed: c.seed,
  };
  if (head === 'softmax') net.classes = c.classes;
  return net;
}

/** lab.makeDataset's argument (TF: 500 points to classify, 1,200 for regression). */
export function toDatasetSpec(c) {
  const kind =
    c.problem === 'classification'
      ? c.dataset
      : c.problem === 'regression'
        ? { 'reg-plane': 'plane', 'reg-gauss': 'multigauss' }[c.regDataset]
        : c.mcDataset;
  const spec = {
    kind,
    points: c.problem === 'regression' ? 1200 : 500,
    noise: c.noise / 100,
    trainFraction: c.percTrainData / 100,
    seed: c.seed,
  };
  if (c.problem === 'multiclass') spec.classes = c.classes;
  return spec;
}

/** The task of parseCsv for a config. */
export const csvTask = (c) =>
  c.problem === 'classification' ? 'binary' : c.problem === 'regression' ? 'regression' : 'multiclass';

/** Which configuration changes need a new dataset / a new network (TF: most reset). */
export const DATA_KEYS = ['problem', 'dataset', 'regDataset', 'mcDataset', 'classes', 'noise', 'percTrainData', 'seed'];
export const NET_KEYS = [
  'problem',
  'classes',
  'networkShape',
  'activation',
  'activations',
  'regularization',
  'regularizationRate',
  'batchSize',
  'seed',
  'optimizer',
  'init',
  'initZero',
  ...LIVE_FEATURES,
];

/** Race mode: { kind, value } from config.race, or null when off. */
export function raceOf(c) {
  if (!c.race) return null;
  const [kind, value] = c.race.split(':');
  return RACE_KINDS.includes(kind) && value ? { kind, value } : null;
}

/** The second network's config in race mode: the same config with one field changed. */
export function raceConfig(c) {
  const r = raceOf(c);
  if (!r) return null;
  const out = copyConfig(c);
  if (r.kind === 'activation') {
    out.activation = r.value;
    out.activations = null;
  } else out[r.kind] = r.value;
  out.race = '';
  return out;
}

const FEATURE_OF = Object.fromEntries(Object.entries(TF_FEATURES).map(([k, v]) => [v, k]));
const HEAD_PROBLEM = {
  playground: 'classification',
  binary: 'classification',
  regression: 'regression',
  softmax: 'multiclass',
};

/**
 * The playground config that builds a network like `net` (a Network.exportJSON() config):
 * features, hidden layers and their activations, problem, classes, optimiser, rate, batch,
 * regularisation and init; the data fields and the seed come from `base`. Throws a TypeError when it
 * is not a network the playground can show.
 */
export function configFromNetwork(net, base, { limits, ids }) {
  const L = uiLimits(limits);
  const c = copyConfig(base);
  const layers = Array.isArray(net?.layers) ? net.layers : null;
  const problem = HEAD_PROBLEM[net?.head];
  if (!layers || !problem || layers.length > L.layers.max) throw new TypeError('not a playground network');
  const feats = Array.isArray(net.features) ? net.features : ['x1', 'x2'];
  if (!feats.length || feats.some((f) => !FEATURE_OF[f])) throw new TypeError('unknown input feature');
  for (const f of LIVE_FEATURES) c[f] = feats.includes(TF_FEATURES[f]);
  c.networkShape = layers.map((l) => {
    if (
      !(Number.isInteger(l?.units) && l.units >= L.units.min && l.units <= L.units.max) ||
      !ids.includes(l.activation)
    )
      throw new TypeError('a layer the playground cannot show');
    return l.units;
  });
  const acts = layers.map((l) => l.activation);
  c.activation = acts[0] ?? c.activation;
  c.activations = acts.every((a) => a === c.activation) ? null : acts;
  if (problem !== c.problem) c.problem = problem;
  if (problem === 'multiclass') c.classes = Math.max(L.classes.min, Math.min(L.classes.max, net.classes | 0));
  const opt = net.optimizer ?? {};
  if (OPTIMIZERS.includes(opt.type)) c.optimizer = opt.type;
  if (Number.isFinite(opt.learningRate)) c.learningRate = opt.learningRate;
  if (Number.isInteger(net.batchSize))
    c.batchSize = Math.max(L.batchSize.min, Math.min(L.batchSize.max, net.batchSize));
  const reg = REGULARIZATIONS.find((r) => r.toLowerCase() === net.regularization?.type);
  if (reg) {
    c.regularization = reg;
    c.regularizationRate = Number.isFinite(net.regularization.rate) ? net.regularization.rate : 0;
  }
  if (INITS.includes(net.init)) c.init = net.init;
  return c;
}

/** The engine's init message for configuration c (web/src/playground/engine.js): the network,
 *  the data (or `csv`, parsed own data) and the view settings. */
export function toEngineConfig(c, csv = null) {
  return {
    net: toNetworkConfig(c),
    data: toDatasetSpec(c),
    csv,
    csvTask: csvTask(c),
    classes: c.problem === 'multiclass' ? c.classes : c.problem === 'classification' ? 2 : 0,
    initZero: c.initZero,
    discretize: c.discretize,
    epochsPerFrame: c.epochsPerFrame,
  };
}
