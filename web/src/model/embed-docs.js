// The data behind the blog-embed documentation page (web/embed.html, src/embed-docs-page.js).
// DOM-free: the page turns it into snippets, live previews and reference tables.
//
// - SECTIONS / EXAMPLES: which elements go with which section of the post, each example as
//   { id, section, tag, attrs: [[name, value | true]] }; snippet(example) is the exact markup
//   shown and copied, and the page builds the live preview from the same data.
// - ELEMENTS: the reference of every element, in the post's order. Attribute *names* and their
//   order come from the element classes (`static attrs`, passed to attributeRows by the page);
//   this module adds each attribute's type, default and accepted range. Ranges the core sets
//   are read from lab.limits and the catalogue (lab.activations) at run time; the others are
//   the elements' own constants (imported from their model modules where those export them).
// - COMMON_ATTRS, COMMON_MEMBERS, CSS_PROPS: what every element shares (base.js, element.css).
// - CODE: the code blocks of the page (Jekyll steps, module variant, fonts, CSP, scripting).
// Descriptions are dictionary keys (web/src/i18n/parts/embed_docs.js): ed.ref.<short>.<name>,
// ed.el.<short> (what the element shows), ed.type.*, ed.def.*, ed.range.*.
import {
  DATASETS,
  HIDABLE,
  INITS,
  MC_DATASETS,
  OPTIMIZERS,
  PROBLEMS,
  RACE_KINDS,
  REG_DATASETS,
  REGULARIZATIONS,
  DEFAULTS as PLAYGROUND_DEFAULTS,
  uiLimits,
} from '../playground/config.js';
import { DEFAULTS as EXPLORER_DEFAULTS, LIMITS as EXPLORER_LIMITS } from '../state.js';
import { MAX_COMPARE_FNS, MAX_PLOT_FNS, X_RANGE } from '../elements/attrs.js';
import { normalizeCatalogue } from './catalogue.js';
import { COMPARE_IDS } from './dying-relu.js';
import { DEFAULT_LOGITS, LOGIT_ABS } from './softmax-lab.js';
import { SORT_KEYS } from './summary.js';
import { BETA } from './swish.js';

/** The 13 element tags, in the order of the post. */
export const TAGS = [
  'actlab-linear-collapse',
  'actlab-plot',
  'actlab-gradient-flow',
  'actlab-dying-relu',
  'actlab-compare',
  'actlab-prelu',
  'actlab-elu',
  'actlab-gelu-approx',
  'actlab-swish',
  'actlab-softmax',
  'actlab-summary',
  'actlab-explorer',
  'actlab-playground',
];

/** 'actlab-gelu-approx' → 'gelu_approx' (the dictionary's key segment). */
export const short = (tag) => tag.replace(/^actlab-/, '').replace(/-/g, '_');

// ---------------------------------------------------------------- examples per post section

/** The sections of the post (ed.sec.<id>.title / .text in the dictionary). */
export const SECTIONS = ['nonlinear', 'sigmoid', 'relu', 'leaky', 'elu', 'gelu', 'swish', 'softmax', 'summary', 'more'];

/** One live preview (and its snippet) each; `note` is an extra dictionary key under it. */
export const EXAMPLES = [
  { id: 'collapse', section: 'nonlinear', tag: 'actlab-linear-collapse', attrs: [['layers', '3']] },
  {
    id: 'sigmoid',
    section: 'sigmoid',
    tag: 'actlab-plot',
    attrs: [
      ['fn', 'sigmoid,tanh'],
      ['derivative', true],
    ],
  },
  {
    id: 'flow',
    section: 'sigmoid',
    tag: 'actlab-gradient-flow',
    attrs: [
      ['depth', '10'],
      ['activation', 'sigmoid'],
    ],
  },
  { id: 'dying', section: 'relu', tag: 'actlab-dying-relu', attrs: [['bias', '-3']] },
  { id: 'leaky', section: 'leaky', tag: 'actlab-compare', attrs: [['fns', 'relu,leaky_relu']] },
  { id: 'prelu', section: 'leaky', tag: 'actlab-prelu', attrs: [['alpha', '0.1']] },
  { id: 'elu', section: 'elu', tag: 'actlab-elu', attrs: [['alpha', '1']] },
  { id: 'gelu', section: 'gelu', tag: 'actlab-gelu-approx', attrs: [] },
  { id: 'swish', section: 'swish', tag: 'actlab-swish', attrs: [['beta', '1']] },
  { id: 'softmax', section: 'softmax', tag: 'actlab-softmax', attrs: [['logits', '2,1,0.1']] },
  {
    id: 'summary',
    section: 'summary',
    tag: 'actlab-summary',
    attrs: [['fns', 'sigmoid,tanh,relu,leaky_relu,elu,gelu,silu']],
  },
  {
    id: 'explorer',
    section: 'more',
    tag: 'actlab-explorer',
    attrs: [
      ['fns', 'relu,gelu,silu'],
      ['focus', 'gelu'],
    ],
  },
  { id: 'playground', section: 'more', tag: 'actlab-playground', attrs: [['config', 'dataset=xor&networkShape=4,2']] },
  // the theming section's example (#more-theme)
  {
    id: 'dark',
    section: 'theme',
    tag: 'actlab-plot',
    attrs: [
      ['fn', 'elu'],
      ['theme', 'dark'],
    ],
  },
];

/** An attribute value as HTML attribute text ("&" → "&amp;", quotes and < escaped). */
export const escapeAttr = (v) =>
  String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The exact markup of an example: <tag a="v" flag></tag>. */
export function snippet({ tag, attrs }) {
  const parts = attrs.map(([k, v]) => (v === true ? k : `${k}="${escapeAttr(v)}"`));
  return `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
}

// ---------------------------------------------------------------- reference data

const minus = (v) => (v < 0 ? `−${-v}` : String(v));
/** "min…max" with a real minus sign. */
export const span = (min, max) => `${minus(min)}…${minus(max)}`;

/** The x range of the plotting elements (X_RANGE in elements/attrs.js, which they read). */
const xRange = () => ({ key: 'ed.range.x', vars: { range: span(X_RANGE.min, X_RANGE.max), span: X_RANGE.minSpan } });
const cursor = () => ({ key: 'ed.range.cursor' });
const seed = { type: 'integer', def: '1', range: ({ limits }) => span(0, limits.seed.max) };
const catalogueId = () => ({ key: 'ed.range.id' });
const idCount = (min, max) => () => ({ key: 'ed.range.ids', vars: { min, max } });

/** "leaky_relu 0…1 · prelu −1…1 · elu 0.01…5": every catalogue function with parameter `name`. */
function paramRanges(name) {
  return ({ catalogue }) =>
    catalogue
      .filter((a) => a.params[name])
      .map((a) => `${a.id} ${span(a.params[name].min, a.params[name].max)}`)
      .join(' · ');
}
/** One catalogue function's parameter spec (tidy numbers). */
const paramOf = (catalogue, id, name) => catalogue.find((a) => a.id === id)?.params[name];

/**
 * Per element: attrs (by name: type, def, range, extra = not in `static attrs`, e.g. a flag the
 * element only reads), value (the shape of `value`, code), members (properties, methods and
 * events besides the common ones). def: a string (code), null (absent / none) or a
 * { key } of the dictionary; range: (ctx) => string | { key, vars } | null.
 */
export const ELEMENTS = {
  'actlab-plot': {
    attrs: {
      fn: { type: 'ids', def: 'sigmoid', range: idCount(1, MAX_PLOT_FNS) },
      derivative: { type: 'boolean', def: null },
      alpha: { type: 'number', def: { key: 'ed.def.param' }, range: paramRanges('alpha') },
      beta: { type: 'number', def: { key: 'ed.def.param' }, range: paramRanges('beta') },
      xmin: { type: 'number', def: '-6', range: xRange },
      xmax: { type: 'number', def: '6', range: xRange },
      x: { type: 'number', def: '0', range: cursor },
    },
    value: '{ fns, params, x, values: [{ id, f, df }] }',
  },
  'actlab-compare': {
    attrs: {
      fns: { type: 'ids', def: 'relu,gelu,silu', range: idCount(1, MAX_COMPARE_FNS) },
      derivative: { type: 'boolean', def: null },
      xmin: { type: 'number', def: '-6', range: xRange },
      xmax: { type: 'number', def: '6', range: xRange },
      x: { type: 'number', def: '0', range: cursor },
    },
    value: '{ fns, derivative, x, values: [{ id, f, df }] }',
  },
  'actlab-linear-collapse': {
    attrs: {
      layers: { type: 'integer', def: '3', range: () => span(2, 6) },
      activation: { type: 'id', def: 'identity', range: catalogueId },
      seed,
    },
    value: '{ layers, activation, seed, W, b, maxDifference, accuracy: { linear, nonlinear }, epoch, training }',
    members: [
      { kind: 'method', name: 'train()' },
      { kind: 'method', name: 'pause()' },
    ],
  },
  'actlab-gradient-flow': {
    attrs: {
      depth: {
        type: 'integer',
        def: '10',
        range: ({ limits }) => span(limits.gradientFlowDepth.min, limits.gradientFlowDepth.max),
      },
      width: { type: 'integer', def: '8', range: ({ limits }) => span(limits.units.min, limits.units.max) },
      activation: { type: 'id', def: 'sigmoid', range: catalogueId },
      init: { type: 'enum', def: 'xavier', range: ({ enums }) => enums.init.join(', ') },
      seed,
    },
    value: '{ depth, width, activation, init, seed, gradWNorm, ratio, jacobian: { min, max } }',
  },
  'actlab-dying-relu': {
    attrs: {
      lr: { type: 'number', def: '0.3', range: () => span(0.001, 10) },
      bias: { type: 'number', def: '0', range: () => span(-10, 10) },
      seed,
      compare: { type: 'ids', def: null, range: () => COMPARE_IDS.join(', ') },
    },
    value: '{ lr, bias, seed, runs: [{ activation, dead, loss, diverged }] }',
  },
  'actlab-prelu': {
    attrs: {
      alpha: {
        type: 'number',
        def: ({ catalogue }) => String(paramOf(catalogue, 'leaky_relu', 'alpha').default),
        range: ({ catalogue }) => {
          const p = paramOf(catalogue, 'leaky_relu', 'alpha');
          return span(p.min, p.max);
        },
      },
      seed,
    },
    value: '{ alpha, learnedAlpha, layers, probe: { x, leaky } }',
  },
  'actlab-elu': {
    attrs: {
      alpha: {
        type: 'number',
        def: ({ catalogue }) => String(paramOf(catalogue, 'elu', 'alpha').default),
        range: ({ catalogue }) => {
          const p = paramOf(catalogue, 'elu', 'alpha');
          return span(p.min, p.max);
        },
      },
      depth: { type: 'integer', def: '5', range: () => span(2, 10) },
      seed,
    },
    value: '{ alpha, depth, seed, relu, elu, plotMin }',
  },
  'actlab-gelu-approx': {
    attrs: {
      xmin: { type: 'number', def: '-6', range: xRange },
      xmax: { type: 'number', def: '6', range: xRange },
      x: { type: 'number', def: '1', range: cursor },
    },
    value: '{ maxError, at, x, gelu, geluTanh, phi }',
  },
  'actlab-swish': {
    attrs: {
      beta: { type: 'number', def: String(BETA.def), range: () => span(BETA.min, BETA.max) },
    },
    value: '{ beta, min: { x, y } }',
  },
  'actlab-softmax': {
    attrs: {
      logits: {
        type: 'numbers',
        def: DEFAULT_LOGITS.join(','),
        range: ({ limits }) => ({
          key: 'ed.range.logits',
          vars: { min: limits.classes.min, max: limits.classes.max, abs: LOGIT_ABS },
        }),
      },
      temperature: {
        type: 'number',
        def: ({ limits }) => String(limits.temperature.default),
        range: ({ limits }) => span(limits.temperature.min, limits.temperature.max),
      },
    },
    value: '{ logits, temperature, probabilities, jacobian }',
  },
  'actlab-summary': {
    attrs: {
      fns: { type: 'ids', def: { key: 'ed.def.all' }, range: ({ catalogue }) => idCount(1, catalogue.length)() },
      sections: { type: 'pairs', def: null, range: () => 'id:anchor, … (sigmoid:sec-2)' },
      sort: {
        type: 'enum',
        def: { key: 'ed.def.catalogueOrder' },
        range: () => ({ key: 'ed.range.sort', vars: { keys: SORT_KEYS.join(', ') } }),
      },
    },
    value: '{ rows: [{ id, range, monotonic, smooth, zeroCentred, d0, nsPerElement }] }',
  },
  'actlab-explorer': {
    attrs: {
      fns: {
        type: 'ids',
        def: EXPLORER_DEFAULTS.fns.join(','),
        range: ({ catalogue }) => idCount(0, catalogue.length)(),
      },
      focus: { type: 'id', def: { key: 'ed.def.firstFn' }, range: () => ({ key: 'ed.range.oneOfFns' }) },
      xmin: { type: 'number', def: String(EXPLORER_DEFAULTS.xmin), range: explorerX },
      xmax: { type: 'number', def: String(EXPLORER_DEFAULTS.xmax), range: explorerX },
      x: { type: 'number', def: String(EXPLORER_DEFAULTS.x), range: cursor },
      logits: {
        type: 'numbers',
        def: EXPLORER_DEFAULTS.logits.join(','),
        range: () => ({
          key: 'ed.range.logits',
          vars: { min: 1, max: EXPLORER_LIMITS.maxLogits, abs: EXPLORER_LIMITS.logitAbs },
        }),
      },
      t: {
        type: 'number',
        def: String(EXPLORER_DEFAULTS.t),
        range: ({ limits }) => span(limits.temperature.min, limits.temperature.max),
      },
      params: { type: 'pairs', def: null, range: ({ catalogue }) => paramList(catalogue) },
      'sync-url': { type: 'boolean', def: null, extra: true },
    },
    value: '{ fns, focus, xmin, xmax, x, params, logits, t }',
  },
  'actlab-playground': {
    attrs: {
      config: { type: 'hash', def: { key: 'ed.def.config' }, range: () => ({ key: 'ed.range.config' }) },
      'sync-url': { type: 'boolean', def: null },
    },
    value: '{ config, state }',
    members: [
      {
        kind: 'property',
        name: 'state',
        shape: '{ epoch, trainLoss, testLoss, trainAccuracy, testAccuracy, diverged }',
      },
      { kind: 'property', name: 'config', key: 'config.property' },
      { kind: 'method', name: 'play()' },
      { kind: 'method', name: 'pause()' },
      { kind: 'method', name: 'step(n = 1)' },
      { kind: 'method', name: 'reset()' },
      { kind: 'event', name: 'epoch' },
    ],
  },
};

function explorerX() {
  return {
    key: 'ed.range.x',
    vars: { range: span(-EXPLORER_LIMITS.xAbs, EXPLORER_LIMITS.xAbs), span: EXPLORER_LIMITS.minSpan },
  };
}
/** "elu.alpha 0.01…5 · …": every parameter the explorer's `params` accepts. */
function paramList(catalogue) {
  return catalogue
    .flatMap((a) => Object.entries(a.params).map(([n, p]) => `${a.id}.${n} ${span(p.min, p.max)}`))
    .join(' · ');
}

/** Attributes every element has (base.js observes them besides its own). */
export const COMMON_ATTRS = [
  { name: 'lang', type: 'text', def: { key: 'ed.def.lang' }, range: () => 'ko, en' },
  { name: 'theme', type: 'enum', def: 'auto', range: () => 'light, dark, auto' },
];

/** Property and events every element has. */
export const COMMON_MEMBERS = [
  { kind: 'property', name: 'value' },
  { kind: 'event', name: 'actlab-change' },
  { kind: 'event', name: 'actlab-ready' },
];

/** The documented custom properties (styles/element.css): light and dark defaults. */
export const CSS_PROPS = [
  { name: '--actlab-font', light: 'system-ui, …, sans-serif', dark: null },
  { name: '--actlab-font-size', light: '16px', dark: null },
  { name: '--actlab-fg', light: '#1d1d1f', dark: '#e8e8ec' },
  { name: '--actlab-muted', light: '#5b5b66', dark: '#a5a5b0' },
  { name: '--actlab-bg', light: '#ffffff', dark: '#1c1c21' },
  { name: '--actlab-line', light: '#dcdce3', dark: '#3a3a44' },
  { name: '--actlab-accent', light: '#0057b8', dark: '#6aa9ff' },
  { name: '--actlab-warn', light: '#a4262c', dark: '#ff8a8a' },
  { name: '--actlab-focus', light: '#ff8c00', dark: null },
  { name: '--actlab-radius', light: '10px', dark: null },
];

/** The context the ranges need, from the page's lab: { limits, enums, catalogue, ids }. */
export function referenceContext(lab) {
  const catalogue = normalizeCatalogue(lab.activations);
  return { limits: lab.limits, enums: lab.enums, catalogue, ids: catalogue.map((a) => a.id) };
}

const resolve = (v, ctx) => (typeof v === 'function' ? v(ctx) : v);

/**
 * The attribute rows of one element: its `static attrs` in their order (staticAttrs, from the
 * class), then the extra attributes it only reads. A static attribute this module does not
 * describe still gets a row (type null) so that the table never hides one.
 * Row: { name, type, def, range, reflected, descKey }.
 */
export function attributeRows(tag, staticAttrs, ctx) {
  const spec = ELEMENTS[tag]?.attrs ?? {};
  const names = [...staticAttrs, ...Object.keys(spec).filter((n) => spec[n].extra && !staticAttrs.includes(n))];
  return names.map((name) => {
    const a = spec[name];
    return {
      name,
      type: a?.type ?? null,
      def: a ? resolve(a.def, ctx) : null,
      range: a?.range ? a.range(ctx) : null,
      reflected: staticAttrs.includes(name),
      descKey: a ? `ed.ref.${short(tag)}.${name}` : null,
    };
  });
}

/** The common attribute rows (lang, theme). */
export function commonAttributeRows(ctx) {
  return COMMON_ATTRS.map((a) => ({
    name: a.name,
    type: a.type,
    def: resolve(a.def, ctx),
    range: a.range(ctx),
    reflected: false,
    descKey: `ed.common.${a.name}`,
  }));
}

/** The member rows (value first, then properties, methods, events) of one element. */
export function memberRows(tag) {
  const el = ELEMENTS[tag];
  return [
    { kind: 'property', name: 'value', shape: el.value, descKey: `ed.ref.${short(tag)}.value` },
    ...(el.members ?? []).map((m) => ({
      ...m,
      descKey: `ed.ref.${short(tag)}.${m.key ?? m.name.replace(/\(.*$/, '')}`,
    })),
  ];
}

/** The playground's `config` keys with their defaults and accepted values
 *  (web/src/playground/config.js, inside lab.limits), then the `<control>_hide` keys. */
export function playgroundConfigRows(ctx) {
  const ui = uiLimits(ctx.limits);
  const interval = (l) => `${l.minOpen ? '(' : '['}${l.min}, ${l.max}]`;
  const tfIds = ['linear', ...ctx.ids.filter((i) => i !== 'identity')].join(', ');
  const bool = 'true, false';
  const ranges = {
    problem: PROBLEMS.join(', '),
    dataset: DATASETS.join(', '),
    regDataset: REG_DATASETS.join(', '),
    mcDataset: MC_DATASETS.join(', '),
    classes: span(ui.classes.min, ui.classes.max),
    noise: span(ui.noise.min, ui.noise.max),
    percTrainData: span(ui.percTrainData.min, ui.percTrainData.max),
    networkShape: `${ui.layers.min}–${ui.layers.max} × ${ui.units.min}–${ui.units.max}`,
    activation: tfIds,
    activations: tfIds,
    learningRate: interval(ui.learningRate),
    regularization: REGULARIZATIONS.join(', '),
    regularizationRate: interval(ui.regularizationRate),
    batchSize: span(ui.batchSize.min, ui.batchSize.max),
    seed: span(ui.seed.min, ui.seed.max),
    optimizer: OPTIMIZERS.join(', '),
    init: INITS.join(', '),
    epochsPerFrame: span(ui.epochsPerFrame.min, ui.epochsPerFrame.max),
    race: RACE_KINDS.map((k) => `${k}:…`).join(', '),
  };
  const rows = Object.entries(PLAYGROUND_DEFAULTS).map(([key, v]) => ({
    key,
    def: v == null || v === '' ? null : Array.isArray(v) ? v.join(',') : String(v),
    range: ranges[key] ?? (typeof v === 'boolean' ? bool : null),
  }));
  rows.push({ key: '<name>_hide', def: 'false', range: `${bool} — ${HIDABLE.join(', ')}` });
  return rows;
}

// ---------------------------------------------------------------- code blocks of the page

const SCRIPT = `<script type="module" src="{{ '/assets/actlab.js' | relative_url }}"></script>`;

export const CODE = {
  copy: 'cp build/embed/actlab.js my-blog/assets/actlab.js',
  headInclude: `<!-- _includes/head/custom.html -->\n${SCRIPT}`,
  inPost: `---\ntitle: "Activation functions"\nlang: ko\n---\n\n${SCRIPT}\n\n...`,
  paste: `## Sigmoid\n\n<actlab-plot fn="sigmoid" derivative></actlab-plot>\n\n...`,
  moduleCopy: 'cp build/embed/actlab.module.js build/embed/actlab.wasm my-blog/assets/',
  moduleScript: `<script type="module" src="{{ '/assets/actlab.module.js' | relative_url }}"></script>`,
  fontsCopy: 'cp -r build/embed/actlab-fonts.css build/embed/fonts my-blog/assets/',
  fontsLink: `<link rel="stylesheet" href="{{ '/assets/actlab-fonts.css' | relative_url }}">`,
  csp: "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  cspWorker: "Content-Security-Policy: ...; worker-src 'self'",
  lang: `<div lang="en" markdown="1">\n\n<actlab-softmax logits="3,1,0.2"></actlab-softmax>\n\n</div>`,
  theme: `/* assets/css/main.scss (or any stylesheet of the blog) */\nactlab-plot,\nactlab-compare {\n  --actlab-accent: #c2185b;\n  --actlab-radius: 4px;\n}\n.page__content {\n  --actlab-font: 'Noto Sans KR', sans-serif;\n}`,
  apiHtml: `<actlab-playground id="pg" config="dataset=spiral&amp;networkShape=8,8"></actlab-playground>\n<script type="module" src="{{ '/assets/my-lab.js' | relative_url }}"></script>`,
  apiJs: `// assets/my-lab.js
await customElements.whenDefined('actlab-playground');
const pg = document.getElementById('pg');
pg.addEventListener('actlab-ready', () => pg.play(), { once: true });
pg.addEventListener('epoch', (e) => {
  if (e.detail.epoch >= 300) pg.pause();
});
document.addEventListener('actlab-change', (e) => {
  console.log(e.target.localName, e.detail); // the element's value
});`,
};
