// <actlab-elu alpha="1" depth="5" seed="1">
// ELU: a plot of ELU(α) (solid) beside ReLU (dashed) with a slider for α; for x → −∞ ELU
// saturates at −α (dotted guide line), and the aria-live readout gives the plotted minimum.
// Below, two networks of one shape and seed (depth hidden layers × 16 units, He init) — one
// ReLU, one ELU with this α — look at the same zero-mean data; a chart compares the mean
// activation of each hidden layer (the core's diagnostics, at initialisation): ELU's negative
// outputs pull its means nearer to zero.
// While the page is idle and the lab is on screen it computes the means for the slider's other
// α values (nearest first), so that dragging α finds them ready.
// Attributes: alpha (0.01…5, default 1), depth (2…10 hidden layers, default 5), seed (integer,
// default 1).
// Value (property `value`, `actlab-change` event):
//   { alpha, depth, seed, relu: number[], elu: number[] /* mean activation per hidden layer */,
//     plotMin: number /* the smallest ELU value on the plotted range, at x = −6 */ }
import { normalizeCatalogue } from '../model/catalogue.js';
import { createCurveSampler } from '../model/curves.js';
import { ELU_XMAX, ELU_XMIN, eluNetwork, layerMeans, meanAbs, zeroMeanDataset } from '../model/elu.js';
import { formatNum, formatShort } from '../model/format.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { setKey } from '../views/key.js';
import { remember } from '../model/recent.js';
import { intAttr, numberAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { rangeField, seedField } from './controls.js';
import { idlePrefetch } from './prefetch.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-elu.css?inline';

const POINTS = 201;
/** Mean-activation results kept (per α, depth and seed: plain numbers, networks freed at once):
 *  every α of the slider (0.01…5 in steps of 0.01) for one depth and seed. */
const KEPT_MEANS = 512;
/** A prefetched α's first estimated wall time in ms (#ahead keeps a running mean). */
const PREFETCH_MS = 1;
const DEPTH = { min: 2, max: 10, def: 5 };
/** Layer numbers are whole: x ticks at whole steps only. */
const WHOLE_STEPS = [1, 2, 5, 10];

export class ActLabElu extends ActLabElement {
  static tag = 'actlab-elu';
  static css = [chartCss, css];
  static attrs = ['alpha', 'depth', 'seed'];

  state = { alpha: 1, depth: DEPTH.def, seed: 1 };

  get value() {
    const s = this.state;
    return {
      alpha: s.alpha,
      depth: s.depth,
      seed: s.seed,
      relu: [...(this.#means?.relu ?? [])],
      elu: [...(this.#means?.elu ?? [])],
      plotMin: this.#plotMin,
    };
  }

  #catalogue = null;
  #spec = null;
  #sampler = null;
  #curve = null;
  #bars = null;
  #ui = null;
  #plotMin = null;
  #means = null;
  #meansKey = '';
  #kept = new Map();
  #data = null;
  #dataSeed = null;

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    this.#spec ??= this.#catalogue.find((a) => a.id === 'elu').params.alpha;
    const s = this.state;
    const spec = this.#spec;
    s.alpha = reportAttr(
      this,
      'alpha',
      numberAttr(this, 'alpha', { min: spec.min, max: spec.max, def: spec.default }),
      `${spec.min}…${spec.max}`,
    );
    s.depth = reportAttr(this, 'depth', intAttr(this, 'depth', DEPTH), `${DEPTH.min}…${DEPTH.max}`);
    s.seed = reportAttr(
      this,
      'seed',
      intAttr(this, 'seed', { min: 0, max: this.lab.limits.seed.max, def: 1 }),
      `0…${this.lab.limits.seed.max}`,
    );
  }

  #name(id) {
    return this.#catalogue.find((a) => a.id === id)?.name[this.t.lang] ?? id;
  }

  start() {
    this.#sampler = createCurveSampler(this.lab, POINTS);
    this.own({ free: () => this.#sampler?.dispose() });
    this.#sampler.setRange(ELU_XMIN, ELU_XMAX);
    const spec = this.#spec;
    const ui = {
      intro: h('p', { class: 'hint' }),
      key: h('p', { class: 'key', 'aria-hidden': 'true' }),
      figure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      ...rangeField(this, 'alpha', spec),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      meansIntro: h('p', { class: 'hint' }),
      ...rangeField(this, 'depth', { ...DEPTH, step: 1 }),
      ...seedField(this),
      barsKey: h('p', { class: 'key', 'aria-hidden': 'true' }),
      barsTitle: h('p', { class: 'chart-title', 'aria-hidden': 'true' }),
      barsFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'means-chart' }),
      means: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'means' }),
    };
    ui.alpha.addEventListener('input', () => this.#set({ alpha: Number(ui.alpha.value) }));
    ui.depth.addEventListener('input', () => this.#set({ depth: Number(ui.depth.value) }));
    ui.seed.addEventListener('change', () => {
      const v = Number(ui.seed.value);
      if (Number.isInteger(v) && v >= 0 && v <= this.lab.limits.seed.max) this.#set({ seed: v });
      else ui.seed.value = String(this.state.seed);
    });
    this.root.append(
      ui.intro,
      ui.key,
      ui.figure,
      h('div', { class: 'field' }, ui.alphaLabel, ui.alpha, ui.alphaOut),
      ui.readout,
      h('hr'),
      ui.meansIntro,
      h('div', { class: 'field' }, ui.depthLabel, ui.depth, ui.depthOut),
      h('div', { class: 'field' }, ui.seedLabel, ui.seed, h('span')),
      ui.barsKey,
      ui.barsTitle,
      ui.barsFigure,
      ui.means,
    );
    this.#ui = ui;
    this.#curve = createChart(ui.figure, {
      xRange: () => [ELU_XMIN, ELU_XMAX],
      yRange: (lo, hi) => {
        const a = Math.min(-this.state.alpha, Number.isFinite(lo) ? lo : 0, -0.5);
        const b = Math.max(Number.isFinite(hi) ? hi : 1, 1);
        const pad = 0.08 * (b - a);
        return [a - pad, b + pad];
      },
      draw: (u) => this.#drawGuide(u),
      aspect: 0.5,
    });
    this.#bars = createChart(ui.barsFigure, {
      xRange: () => [0.5, this.state.depth + 0.5],
      xIncrs: WHOLE_STEPS,
      draw: (u) => this.#drawZero(u),
      aspect: 0.5,
    });
    this.own({ free: () => this.#curve?.dispose() });
    this.own({ free: () => this.#bars?.dispose() });
    this.translate();
  }

  stop() {
    this.#sampler = null;
    this.#curve = null;
    this.#bars = null;
    this.#ui = null;
    this.#data = null;
    this.#dataSeed = null;
    this.#means = null;
    this.#meansKey = '';
    this.#kept.clear();
    this.#relu = null;
    this.#ahead.cancel();
  }

  #set(patch) {
    Object.assign(this.state, patch);
    const s = this.state;
    this.reflect({ alpha: s.alpha, depth: s.depth, seed: s.seed });
    for (const name of Object.keys(patch)) this.notice(`attr:${name}`, null);
    this.requestUpdate();
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.intro, t('elu.intro'));
    setText(ui.alphaLabel, t('elu.alpha'));
    setText(ui.meansIntro, t('elu.meansIntro'));
    setText(ui.depthLabel, t('elu.depth'));
    setText(ui.seedLabel, t('elu.seed'));
    setText(ui.barsTitle, t('elu.meansTitle'));
  }

  /** Mean activation per hidden layer of the ReLU and the ELU network: computed by the core
   *  once per α, depth and seed and kept (the last KEPT_MEANS), so a slider dragged back and
   *  forth does not rebuild networks it has measured. */
  #computeMeans() {
    const s = this.state;
    const key = meansKey(s);
    if (key === this.#meansKey) return;
    this.#meansKey = key;
    try {
      this.#means = this.#meansFor(s);
      this.notice('means', null);
    } catch (err) {
      this.#means = null;
      this.notice('means', 'elu.error', { message: String(err?.message ?? err).slice(0, 120) });
    }
  }

  /** { relu, elu } means of settings `s` (kept; ReLU's do not depend on α: computed once per
   *  depth and seed). */
  #meansFor(s) {
    if (this.#dataSeed !== s.seed) {
      this.release(this.#data);
      this.#data = this.own(zeroMeanDataset(this.lab, s.seed));
      this.#dataSeed = s.seed;
      this.#kept.clear();
      this.#relu = null;
    }
    return remember(this.#kept, meansKey(s), KEPT_MEANS, () => {
      const reluKey = `${s.depth}|${s.seed}`;
      if (this.#relu?.key !== reluKey) this.#relu = { key: reluKey, means: this.#layerMeans('relu', s) };
      const elu = this.#layerMeans('elu', s);
      this.dataset.computed = String(Number(this.dataset.computed ?? 0) + 1); // ELU runs (tests)
      return { relu: this.#relu.means, elu };
    });
  }

  #layerMeans(id, s) {
    const net = this.own(this.lab.createNetwork(eluNetwork(id, s)));
    try {
      net.setData(this.#data);
      return layerMeans(net, s.depth);
    } finally {
      this.release(net);
    }
  }

  #relu = null; // { key: depth|seed, means } of the ReLU network
  #grid = null; // every α of the slider
  /** While the page is idle and this element is on screen, the means for the slider's other α
   *  values at the current depth and seed are computed, nearest first, so that dragging α finds
   *  them ready (prefetch.js). */
  #ahead = idlePrefetch({
    active: () => this.#ui !== null && this.onScreen,
    key: () => `${this.state.depth}|${this.state.seed}`,
    todo: () => {
      const s = this.state;
      this.#grid ??= alphaGrid(this.#spec);
      const todo = this.#grid.filter((alpha) => !this.#kept.has(meansKey({ ...s, alpha })));
      return todo.sort((a, b) => Math.abs(a - s.alpha) - Math.abs(b - s.alpha));
    },
    compute: (alpha) => this.#meansFor({ ...this.state, alpha }), // ≤ KEPT_MEANS: all stay kept
    firstMs: PREFETCH_MS,
  });

  visibilityChanged(on) {
    if (on) this.#ahead.request();
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    if (this.root.activeElement !== ui.alpha) setProp(ui.alpha, 'value', String(s.alpha));
    setText(ui.alphaOut, formatShort(s.alpha, 2));
    if (this.root.activeElement !== ui.depth) setProp(ui.depth, 'value', String(s.depth));
    setText(ui.depthOut, String(s.depth));
    if (this.root.activeElement !== ui.seed) setProp(ui.seed, 'value', String(s.seed));

    // The curves: ELU(α) and ReLU over [−6, 4]; the minimum is searched over the core's values.
    const elu = this.#sampler.sampleF('elu', { alpha: s.alpha });
    const relu = this.#sampler.sampleF('relu', {});
    let min = Infinity;
    for (let i = 0; i < elu.length; i++) if (elu[i] < min) min = elu[i];
    this.#plotMin = min;
    const curves = [
      { label: 'elu', stroke: colourFor(this.#catalogue, 'elu'), dash: DASHES[0], width: 2.5 },
      { label: 'relu', stroke: colourFor(this.#catalogue, 'relu'), dash: DASHES[1], width: 1.75 },
    ];
    // set() draws when the data changed; otherwise a redraw shows the moved guide line
    if (!this.#curve.set(curves, [this.#sampler.xs, elu, relu])) this.#curve.redraw();
    const alphaText = formatShort(s.alpha, 2);
    const eluColour = colourFor(this.#catalogue, 'elu');
    const reluColour = colourFor(this.#catalogue, 'relu');
    setKey(ui.key, [
      { colour: eluColour, label: t('elu.keyElu', { alpha: alphaText }) },
      { swatch: 'dash', colour: reluColour, label: this.#name('relu') },
      { swatch: 'dot guide', label: t('elu.keyGuide', { alpha: alphaText }) },
    ]);
    setText(ui.readout, t('elu.readout', { x: formatShort(ELU_XMIN), f: formatNum(min, 4), alpha: alphaText }));
    setAttr(
      ui.figure,
      'aria-label',
      t('elu.ariaCurve', { alpha: alphaText, xmin: ELU_XMIN, xmax: ELU_XMAX, f: formatNum(min, 3) }),
    );

    // The mean activation per layer.
    this.#computeMeans();
    this.#ahead.request();
    const m = this.#means ?? { relu: [], elu: [] };
    const xs = Array.from({ length: m.relu.length }, (_, i) => i + 1);
    const bars = [
      { label: 'relu', stroke: colourFor(this.#catalogue, 'relu'), dash: DASHES[1], width: 2, points: true },
      { label: 'elu', stroke: colourFor(this.#catalogue, 'elu'), dash: DASHES[0], width: 2.5, points: true },
    ];
    if (!this.#bars.set(bars, [xs, m.relu, m.elu])) this.#bars.redraw();
    setKey(ui.barsKey, [
      { swatch: 'dash', colour: reluColour, label: this.#name('relu') },
      { colour: eluColour, label: t('elu.keyElu', { alpha: alphaText }) },
    ]);
    const list = (a) => a.map((v) => formatNum(v, 2)).join(', ');
    const vars = {
      depth: s.depth,
      relu: list(m.relu),
      elu: list(m.elu),
      reluAbs: formatNum(meanAbs(m.relu), 3),
      eluAbs: formatNum(meanAbs(m.elu), 3),
      alpha: alphaText,
    };
    setText(ui.means, this.#means ? t('elu.means', vars) : '');
    setAttr(ui.barsFigure, 'aria-label', t('elu.ariaMeans', vars));
  }

  /** Axes through 0 and a dotted line at y = −α (where ELU saturates). */
  #drawGuide(u) {
    const { ctx, bbox } = u;
    const dpr = devicePixelRatio;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.8)';
    ctx.lineWidth = dpr;
    const x0 = u.valToPos(0, 'x', true);
    const y0 = u.valToPos(0, 'y', true);
    const ya = u.valToPos(-this.state.alpha, 'y', true);
    ctx.beginPath();
    ctx.moveTo(x0, bbox.top);
    ctx.lineTo(x0, bbox.top + bbox.height);
    ctx.moveTo(bbox.left, y0);
    ctx.lineTo(bbox.left + bbox.width, y0);
    ctx.stroke();
    ctx.setLineDash([2 * dpr, 3 * dpr]);
    ctx.beginPath();
    ctx.moveTo(bbox.left, ya);
    ctx.lineTo(bbox.left + bbox.width, ya);
    ctx.stroke();
    ctx.restore();
  }

  #drawZero(u) {
    const { ctx, bbox } = u;
    const y0 = u.valToPos(0, 'y', true);
    if (y0 < bbox.top || y0 > bbox.top + bbox.height) return;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.8)';
    ctx.lineWidth = devicePixelRatio;
    ctx.beginPath();
    ctx.moveTo(bbox.left, y0);
    ctx.lineTo(bbox.left + bbox.width, y0);
    ctx.stroke();
    ctx.restore();
  }
}

/** The key of kept means. */
function meansKey({ alpha, depth, seed }) {
  return `${alpha}|${depth}|${seed}`;
}

/** Every α the slider can take (min, min + step, …, max), as the slider reports them. */
function alphaGrid({ min, max, step }) {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const n = Math.round((max - min) / step);
  return Array.from({ length: n + 1 }, (_, k) => Number((min + k * step).toFixed(digits)));
}

define(ActLabElu);
