// <actlab-gradient-flow depth="10" width="8" activation="sigmoid" init="xavier" seed="1">
// Post section 2, vanishing gradients. Shows
// - the per-layer gradient norm ‖∂L/∂W‖ of one real backward pass through a depth × width
//   stack (lab.gradientFlow), first layer on the left, on a log scale, with a dashed reference
//   line ∝ 0.25^(L − l) anchored at the last layer (sigmoid's largest slope, once per layer),
//   and the ratio last ÷ first;
// - the diagonal of each layer's activation Jacobian, f′(z) per unit, for one example of a
//   network with the same spec (net.diagnostics({ example: 0 })), as a heat map (columns =
//   layers, rows = units) with its smallest and largest value (sigmoid: never above 0.25);
// - presets sigmoid/Xavier, tanh/Xavier, ReLU/He, GELU/He; depth and width sliders,
//   activation and init selects, a seed field.
// Attributes: depth (1–20, default 10), width (1–32, default 8), activation (catalogue id,
// default sigmoid), init (xavier | he | uniform, default xavier), seed (integer, default 1;
// ReLU/He at depth 20 is alive with seed 1, fully dead with seed 3).
// Value (property `value`, `actlab-change` event):
//   { depth, width, activation, init, seed, gradWNorm: number[],
//     ratio: first ÷ last layer's ‖∂L/∂W‖ (how much smaller the first layer's gradient is;
//            null when a norm is 0), jacobian: { min, max } }
// While the page is idle and it is on screen it computes the other depths of the current
// settings (the depth slider's first drag then finds them ready); data-computed counts the
// settings the core has computed for it (a test hook, like a chart's data-drawn).
import { formatNum } from '../model/format.js';
import { remember } from '../model/recent.js';
import {
  JACOBIAN_DATA,
  PRESETS,
  SIGMOID_MAX_SLOPE,
  formatSci,
  formatTick,
  gradientFlowSummary,
  jacobianConfig,
  jacobianStrip,
  logRange,
} from '../model/gradient-flow.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { enumAttr, intAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { seedField } from './controls.js';
import { DASHES, createChart, chartCss } from './chart.js';
import { idlePrefetch } from './prefetch.js';
import { createSurface } from './surface.js';
import css from './actlab-gradient-flow.css?inline';
import controlsCss from '../styles/lab-controls.css?inline';

const RESULTS = 32; // computed depth/width/activation/init/seed combinations kept (#compute)
const PREFETCH_MS = 4; // a prefetched depth's first estimated wall time (#ahead)
const flowKey = (s) => `${s.depth}|${s.width}|${s.activation}|${s.init}|${s.seed}`;
const HEAT_W = 640;
const HEAT_H = 192;
const GRAD_COLOUR = '#0072B2';
const REF_COLOUR = '#D55E00';
// Light → dark blue: lightness alone carries the value (readable in grey scale too).
const LIGHT = [247, 251, 255];
const DARK = [8, 48, 107];

export class ActLabGradientFlow extends ActLabElement {
  static tag = 'actlab-gradient-flow';
  static css = [chartCss, controlsCss, css];
  static attrs = ['depth', 'width', 'activation', 'init', 'seed'];

  state = { depth: 10, width: 8, activation: 'sigmoid', init: 'xavier', seed: 1 };

  get value() {
    const s = this.state;
    const r = this.#result;
    return {
      depth: s.depth,
      width: s.width,
      activation: s.activation,
      init: s.init,
      seed: s.seed,
      gradWNorm: r ? [...r.gradWNorm] : [],
      ratio: r ? r.ratio : null,
      jacobian: this.#strip ? { min: this.#strip.min, max: this.#strip.max } : null,
    };
  }

  #ids = [];
  #names = new Map();
  #inits = [];
  #ui = null;
  #chart = null;
  #result = null;
  #resultKey = '';
  #range = [1e-8, 1];
  #data = null;
  #dataSeed = null;
  #results = new Map(); // key → { result, strip } (see #compute)
  #strip = null;

  readAttributes() {
    if (!this.#ids.length) {
      this.#ids = this.lab.activations.map((a) => a.id);
      for (const a of this.lab.activations) this.#names.set(a.id, a.name);
      this.#inits = [...this.lab.enums.init];
    }
    const s = this.state;
    const L = this.lab.limits;
    const depth = L.gradientFlowDepth;
    const units = L.units;
    s.depth = reportAttr(
      this,
      'depth',
      intAttr(this, 'depth', { min: depth.min, max: depth.max, def: 10 }),
      `${depth.min}…${depth.max}`,
    );
    s.width = reportAttr(
      this,
      'width',
      intAttr(this, 'width', { min: units.min, max: units.max, def: 8 }),
      `${units.min}…${units.max}`,
    );
    s.activation = reportAttr(
      this,
      'activation',
      enumAttr(this, 'activation', this.#ids, 'sigmoid'),
      this.#ids.join(', '),
    );
    s.init = reportAttr(this, 'init', enumAttr(this, 'init', this.#inits, 'xavier'), this.#inits.join(', '));
    s.seed = reportAttr(this, 'seed', intAttr(this, 'seed', { min: 0, max: L.seed.max, def: 1 }), `0…${L.seed.max}`);
  }

  start() {
    const id = (n) => this.uid(n);
    const L = this.lab.limits;
    const ui = {
      title: h('h3'),
      intro: h('p', { class: 'hint' }),
      presetsLabel: h('span', { id: id('presets'), class: 'label' }),
      presets: PRESETS.map((p) =>
        h('button', { type: 'button', 'data-testid': `preset-${p.activation}-${p.init}`, 'aria-pressed': 'false' }),
      ),
      depthLabel: h('label', { for: id('depth') }),
      depth: h('input', {
        type: 'range',
        id: id('depth'),
        min: L.gradientFlowDepth.min,
        max: L.gradientFlowDepth.max,
        step: 1,
        'data-testid': 'depth',
      }),
      depthOut: h('output', { for: id('depth') }),
      widthLabel: h('label', { for: id('width') }),
      width: h('input', {
        type: 'range',
        id: id('width'),
        min: L.units.min,
        max: L.units.max,
        step: 1,
        'data-testid': 'width',
      }),
      widthOut: h('output', { for: id('width') }),
      actLabel: h('label', { for: id('act') }),
      act: h('select', { id: id('act'), 'data-testid': 'activation' }),
      initLabel: h('label', { for: id('init') }),
      init: h('select', { id: id('init'), 'data-testid': 'init' }),
      ...seedField(this),
      key: h('p', { class: 'key', 'aria-hidden': 'true' }),
      figure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      jacTitle: h('h4'),
      heat: h('canvas', { width: HEAT_W, height: HEAT_H, role: 'img', 'data-testid': 'jacobian' }),
      heatScale: h('p', { class: 'scale hint', 'aria-hidden': 'true' }),
      jacHint: h('p', { class: 'hint' }),
      jacReadout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'jacobian-readout' }),
    };
    PRESETS.forEach((p, i) =>
      ui.presets[i].addEventListener('click', () => this.#set({ activation: p.activation, init: p.init })),
    );
    ui.depth.addEventListener('input', () => this.#set({ depth: Number(ui.depth.value) }));
    ui.width.addEventListener('input', () => this.#set({ width: Number(ui.width.value) }));
    ui.act.addEventListener('change', () => this.#set({ activation: ui.act.value }));
    ui.init.addEventListener('change', () => this.#set({ init: ui.init.value }));
    ui.seed.addEventListener('change', () => {
      const v = Number(ui.seed.value);
      if (Number.isInteger(v) && v >= 0 && v <= L.seed.max) this.#set({ seed: v });
      else ui.seed.value = String(this.state.seed);
    });
    this.root.append(
      ui.title,
      ui.intro,
      h(
        'div',
        { class: 'presets', role: 'group', 'aria-labelledby': id('presets') },
        ui.presetsLabel,
        h('div', { class: 'row' }, ...ui.presets),
      ),
      h(
        'div',
        { class: 'controls' },
        h('div', { class: 'field' }, ui.depthLabel, ui.depth, ui.depthOut),
        h('div', { class: 'field' }, ui.widthLabel, ui.width, ui.widthOut),
        h('div', { class: 'field' }, ui.actLabel, ui.act),
        h('div', { class: 'field' }, ui.initLabel, ui.init),
        h('div', { class: 'field' }, ui.seedLabel, ui.seed),
      ),
      ui.key,
      ui.figure,
      ui.readout,
      ui.jacTitle,
      ui.heat,
      ui.heatScale,
      ui.jacHint,
      ui.jacReadout,
    );
    this.#ui = ui;
    this.#chart = createChart(ui.figure, {
      xRange: () => [0.5, this.state.depth + 0.5],
      yLog: true,
      yRange: () => this.#range,
      yValues: tickLabels,
      aspect: 0.55,
      minHeight: 200,
      maxHeight: 340,
    });
    this.own({ free: () => this.#chart?.dispose() });
    // the Jacobian strip: drawn by the page's surface worker (surface.js)
    const heat = createSurface(ui.heat, {
      redraw: (fresh) => {
        ui.heat = fresh;
        if (this.#strip) this.#drawHeat(this.#strip.rows, Math.max(1, this.#strip.max));
      },
    });
    this.#heat = heat;
    this.own({ free: () => heat.dispose() });
    this.translate();
  }

  stop() {
    this.#ahead.cancel();
    this.#ui = null;
    this.#heat = null;
    this.#chart = null;
    this.#result = null;
    this.#resultKey = '';
    this.#data = null;
    this.#dataSeed = null;
    this.#results.clear();
    this.#strip = null;
  }

  #set(patch) {
    Object.assign(this.state, patch);
    for (const k of Object.keys(patch)) this.notice(`attr:${k}`, null);
    this.reflect(patch);
    this.requestUpdate();
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.title, t('gradient_flow.title'));
    setText(ui.intro, t('gradient_flow.intro'));
    setText(ui.presetsLabel, t('gradient_flow.presets'));
    PRESETS.forEach((p, i) =>
      setText(
        ui.presets[i],
        t('gradient_flow.preset', {
          name: this.#names.get(p.activation)[t.lang],
          init: t(`gradient_flow.init.${p.init}`),
        }),
      ),
    );
    setText(ui.depthLabel, t('gradient_flow.depth'));
    setText(ui.widthLabel, t('gradient_flow.width'));
    setText(ui.actLabel, t('gradient_flow.activation'));
    setText(ui.initLabel, t('gradient_flow.init'));
    setText(ui.seedLabel, t('gradient_flow.seed'));
    setText(ui.jacTitle, t('gradient_flow.jacobianTitle'));
    setText(ui.jacHint, t('gradient_flow.jacobianHint'));
    ui.act.replaceChildren(...this.#ids.map((id) => h('option', { value: id }, this.#names.get(id)[t.lang])));
    ui.init.replaceChildren(...this.#inits.map((id) => h('option', { value: id }, t(`gradient_flow.init.${id}`))));
    ui.key.replaceChildren(
      h('span', {}, h('span', { class: 'swatch', style: { color: GRAD_COLOUR } }), t('gradient_flow.keyGrad')),
      h('span', {}, h('span', { class: 'swatch dash', style: { color: REF_COLOUR } }), t('gradient_flow.keyRef')),
    );
  }

  /** Runs the core when the spec changed: gradient norms and the Jacobian strip. Results are
   *  plain numbers (the Jacobian's network is freed at once) and the last RESULTS of them are
   *  kept, so a depth slider dragged back and forth does not recompute what it has shown. */
  #compute() {
    const s = this.state;
    const key = flowKey(s);
    if (key === this.#resultKey) return;
    this.#resultKey = key;
    const hit = this.#computeFor(s);
    this.#result = hit.result;
    this.#strip = hit.strip;
    this.#range = logRange([...this.#result.gradWNorm, ...this.#result.reference]);
  }

  /** The gradient-flow summary and Jacobian strip of settings `s`: computed by the core once
   *  per combination and kept (plain numbers; the network is freed at once), the last RESULTS. */
  #computeFor(s) {
    return remember(this.#results, flowKey(s), RESULTS, () => {
      const result = gradientFlowSummary(this.lab, s);
      this.dataset.computed = String(Number(this.dataset.computed ?? 0) + 1); // core runs (tests)
      if (this.#dataSeed !== s.seed) {
        this.release(this.#data);
        this.#data = this.own(this.lab.makeDataset({ ...JACOBIAN_DATA, seed: s.seed }));
        this.#dataSeed = s.seed;
      }
      const net = this.own(this.lab.createNetwork(jacobianConfig(s)));
      try {
        net.setData(this.#data);
        return { result, strip: jacobianStrip(net.diagnostics({ example: 0 }), s.depth) };
      } finally {
        this.release(net);
      }
    });
  }

  /** While the page is idle and this element is on screen (its reader is about to use it),
   *  the other depths of the current width, activation, init and seed are computed, nearest
   *  first, so that the depth slider's first drag finds them ready (prefetch.js). */
  #ahead = idlePrefetch({
    active: () => this.#ui !== null && this.onScreen,
    key: () => flowKey({ ...this.state, depth: 0 }),
    todo: () => {
      const s = this.state;
      const { min, max } = this.lab.limits.gradientFlowDepth;
      const todo = [];
      for (let d = min; d <= max; d++) if (!this.#results.has(flowKey({ ...s, depth: d }))) todo.push(d);
      return todo.sort((a, b) => Math.abs(a - s.depth) - Math.abs(b - s.depth));
    },
    compute: (depth) => this.#computeFor({ ...this.state, depth }), // ≤ 20 depths: all stay kept
    firstMs: PREFETCH_MS,
  });

  visibilityChanged(on) {
    if (on) this.#ahead.request();
  }

  #scaleKey = '';
  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    this.#compute();
    this.#ahead.request();
    const r = this.#result;
    const name = this.#names.get(s.activation)[t.lang];
    const initName = t(`gradient_flow.init.${s.init}`);

    // controls
    if (this.root.activeElement !== ui.depth) setProp(ui.depth, 'value', String(s.depth));
    if (this.root.activeElement !== ui.width) setProp(ui.width, 'value', String(s.width));
    setText(ui.depthOut, String(s.depth));
    setText(ui.widthOut, String(s.width));
    setProp(ui.act, 'value', s.activation);
    setProp(ui.init, 'value', s.init);
    if (this.root.activeElement !== ui.seed) setProp(ui.seed, 'value', String(s.seed));
    PRESETS.forEach((p, i) =>
      setAttr(ui.presets[i], 'aria-pressed', String(p.activation === s.activation && p.init === s.init)),
    );

    // the chart: ‖∂L/∂W‖ per layer and the 0.25^(L−l) reference
    const xs = r.gradWNorm.map((_, i) => i + 1);
    const positive = (v) => (Number.isFinite(v) && v > 0 ? v : null);
    this.#chart.set(
      [
        { label: t('gradient_flow.keyGrad'), stroke: GRAD_COLOUR, dash: DASHES[0], width: 2.25, points: true },
        { label: t('gradient_flow.keyRef'), stroke: REF_COLOUR, dash: DASHES[1], width: 1.75 },
      ],
      [xs, r.gradWNorm.map(positive), r.reference.map(positive)],
    );
    const first = r.gradWNorm[0];
    const last = r.gradWNorm[r.gradWNorm.length - 1];
    setAttr(
      ui.figure,
      'aria-label',
      t('gradient_flow.chartAria', {
        depth: s.depth,
        name,
        init: initName,
        first: formatSci(first),
        last: formatSci(last),
      }),
    );
    let text;
    if (r.dead) text = t('gradient_flow.dead', { seed: s.seed, name });
    else if (s.depth === 1) text = t('gradient_flow.single', { g: formatSci(first) });
    else if (r.growth == null) text = t('gradient_flow.zeroSome', { first: formatSci(first), last: formatSci(last) });
    else
      text = t(r.growth >= 1 ? 'gradient_flow.ratio' : 'gradient_flow.ratioInverse', {
        first: formatSci(first),
        last: formatSci(last),
        growth: formatSci(r.growth),
        inverse: formatSci(1 / r.growth),
        depth: s.depth,
      });
    setText(ui.readout, text);

    // the Jacobian diagonal of example 0
    const strip = this.#strip;
    const vmax = Math.max(1, strip.max);
    this.#drawHeat(strip.rows, vmax);
    setAttr(
      ui.heat,
      'aria-label',
      t('gradient_flow.heatAria', {
        depth: s.depth,
        width: s.width,
        name,
        min: formatNum(strip.min),
        max: formatNum(strip.max),
      }),
    );
    const scaleKey = `${t.lang}|${formatShortNum(vmax)}`;
    if (scaleKey !== this.#scaleKey) {
      // rebuilt only when it changes (not on every step of a slider drag)
      this.#scaleKey = scaleKey;
      ui.heatScale.replaceChildren(
        h('span', {}, t('gradient_flow.heatScale')),
        h('span', { class: 'num' }, '0'),
        h('span', { class: 'bar' }),
        h('span', { class: 'num' }, formatShortNum(vmax)),
      );
    }
    let jac = t('gradient_flow.jacobianRange', { name, min: formatNum(strip.min), max: formatNum(strip.max) });
    if (s.activation === 'sigmoid') jac += ` ${t('gradient_flow.sigmoidBound', { bound: SIGMOID_MAX_SLOPE })}`;
    setText(ui.jacReadout, jac);
  }

  #heat = null;
  #drawHeat(rows, vmax) {
    this.#heat.draw(HEAT_W, HEAT_H, (ctx) => this.#heatCells(ctx, rows, vmax));
  }

  /** One pixel per unit and layer, scaled up without smoothing; the gaps between cells cut out
   *  (transparent) when cells are large enough to show them. */
  #heatCells(ctx, rows, vmax) {
    ctx.clearRect(0, 0, HEAT_W, HEAT_H);
    const cols = rows.length;
    const units = rows[0]?.length ?? 0;
    if (!cols || !units) return;
    const rgba = new Uint8ClampedArray(cols * units * 4);
    for (let l = 0; l < cols; l++) {
      for (let u = 0; u < units; u++) {
        const v = rows[l][u];
        const f = Number.isFinite(v) ? Math.min(1, Math.max(0, v / vmax)) : 0;
        const k = (u * cols + l) * 4;
        for (let i = 0; i < 3; i++) rgba[k + i] = Math.round(LIGHT[i] + (DARK[i] - LIGHT[i]) * f);
        rgba[k + 3] = 255;
      }
    }
    ctx.image(rgba, cols, units, 0, 0, HEAT_W, HEAT_H);
    const cw = HEAT_W / cols;
    const ch = HEAT_H / units;
    if (!(cw > 6 && ch > 6)) return;
    ctx.globalCompositeOperation = 'destination-out';
    ctx.fillStyle = '#000';
    for (let l = 1; l <= cols; l++) ctx.fillRect(l * cw - 1, 0, 1, HEAT_H);
    for (let u = 1; u <= units; u++) ctx.fillRect(0, u * ch - 1, HEAT_W, 1);
    ctx.globalCompositeOperation = 'source-over';
  }
}

/** Log-axis labels: every k-th decade so that labels stay ≥ 18 CSS px apart. */
function tickLabels(u, splits) {
  const { min: lo, max: hi } = u.scales.y;
  const decades = Math.max(1, Math.round(Math.log10(hi / lo)));
  const height = u.bbox.height / devicePixelRatio || 200;
  const every = Math.max(1, Math.ceil((18 * decades) / height));
  return splits.map((v) => {
    if (v == null) return '';
    const k = Math.log10(v);
    const decade = Math.abs(k - Math.round(k)) < 1e-9;
    if (!decade) return decades <= 1 ? formatTick(v) : '';
    return Math.round(k) % every === 0 ? formatTick(v) : '';
  });
}

function formatShortNum(v) {
  return String(Number(v.toFixed(2)));
}

define(ActLabGradientFlow);
