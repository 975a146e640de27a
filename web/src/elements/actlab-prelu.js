// <actlab-prelu alpha="0.01" seed="1">
// Leaky ReLU and PReLU. Top: Leaky ReLU with a slider for its fixed slope α (ReLU dashed for
// reference, and once trained, PReLU with the slope it learned, dotted), a marker and an
// aria-live readout at x = −2, where Leaky ReLU gives α·(−2). Bottom: a button trains a small
// network with two PReLU layers (one learned α per layer, starting at 0.25) on a circle
// dataset, and a chart follows each layer's α epoch by epoch (from the core's diagnostics).
// Attributes: alpha (0…1, default 0.01), seed (integer, default 1).
// Value (property `value`, `actlab-change` event):
//   { alpha, learnedAlpha: number[] /* first PReLU layer's α: the start value, then one per epoch */,
//     layers: number[][] /* the same for every PReLU layer */, probe: { x: -2, leaky: number } }
import { normalizeCatalogue } from '../model/catalogue.js';
import { createCurveSampler } from '../model/curves.js';
import { formatNum, formatShort } from '../model/format.js';
import { PRELU_EPOCHS, PRELU_PROBE_X, preluDataset, preluNetwork, recordAlphas, trainAlphas } from '../model/prelu.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { setKey, swatchFor } from '../views/key.js';
import { intAttr, numberAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { rangeField, seedField } from './controls.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-prelu.css?inline';

const POINTS = 161;
const XMIN = -4;
const XMAX = 2;

export class ActLabPrelu extends ActLabElement {
  static tag = 'actlab-prelu';
  static css = [chartCss, css];
  static attrs = ['alpha', 'seed'];

  state = { alpha: 0.01, seed: 1 };

  get value() {
    return {
      alpha: this.state.alpha,
      learnedAlpha: [...(this.#history[0] ?? [])],
      layers: this.#history.map((a) => [...a]),
      probe: { x: PRELU_PROBE_X, leaky: this.#probe },
    };
  }

  #catalogue = null;
  #spec = null;
  #sampler = null;
  #curve = null;
  #alphaChart = null;
  #ui = null;
  #probe = null;
  /** α per PReLU layer: index 0 = the start value, then one per epoch. */
  #history = [];
  #alphaData = null; // { hist, grown: its lengths, data: the alpha chart's arrays }
  #net = null;
  #data = null;
  #active = false;
  #diverged = false;
  #raf = 0;
  #seedKey = null;

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    this.#spec ??= this.#catalogue.find((a) => a.id === 'leaky_relu').params.alpha;
    const s = this.state;
    const spec = this.#spec;
    s.alpha = reportAttr(
      this,
      'alpha',
      numberAttr(this, 'alpha', { min: spec.min, max: spec.max, def: spec.default }),
      `${spec.min}…${spec.max}`,
    );
    s.seed = reportAttr(
      this,
      'seed',
      intAttr(this, 'seed', { min: 0, max: this.lab.limits.seed.max, def: 1 }),
      `0…${this.lab.limits.seed.max}`,
    );
    if (this.#seedKey !== s.seed) {
      this.#seedKey = s.seed;
      this.#resetTraining();
    }
  }

  #resetTraining() {
    this.#net = this.release(this.#net);
    this.#data = this.release(this.#data);
    this.#history = [];
    this.#active = false;
    this.#diverged = false;
  }

  #name(id) {
    return this.#catalogue.find((a) => a.id === id)?.name[this.t.lang] ?? id;
  }

  start() {
    this.#sampler = createCurveSampler(this.lab, POINTS);
    this.own({ free: () => this.#sampler?.dispose() });
    this.#sampler.setRange(XMIN, XMAX);
    const spec = this.#spec;
    const ui = {
      intro: h('p', { class: 'hint' }),
      key: h('p', { class: 'key', 'aria-hidden': 'true' }),
      figure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      ...rangeField(this, 'alpha', spec),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      learnIntro: h('p', { class: 'hint' }),
      ...seedField(this),
      train: h('button', { type: 'button', 'data-testid': 'train' }),
      alphaKey: h('p', { class: 'key', 'aria-hidden': 'true' }),
      alphaTitle: h('p', { class: 'chart-title', 'aria-hidden': 'true' }),
      alphaFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'alpha-chart' }),
      progress: h('p', { class: 'hint', 'data-testid': 'progress' }),
      learned: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'learned' }),
    };
    ui.alpha.addEventListener('input', () => {
      this.state.alpha = Number(ui.alpha.value);
      this.reflect({ alpha: this.state.alpha });
      this.notice('attr:alpha', null);
      this.requestUpdate();
    });
    ui.seed.addEventListener('change', () => {
      const v = Number(ui.seed.value);
      if (!(Number.isInteger(v) && v >= 0 && v <= this.lab.limits.seed.max)) {
        ui.seed.value = String(this.state.seed);
        return;
      }
      this.state.seed = v;
      this.reflect({ seed: v });
      this.notice('attr:seed', null);
      this.#seedKey = v;
      this.#resetTraining();
      this.requestUpdate();
    });
    ui.train.addEventListener('click', () => this.#train());
    this.root.append(
      ui.intro,
      ui.key,
      ui.figure,
      h('div', { class: 'field' }, ui.alphaLabel, ui.alpha, ui.alphaOut),
      ui.readout,
      h('hr'),
      ui.learnIntro,
      h('div', { class: 'field' }, ui.seedLabel, ui.seed, h('span')),
      h('div', { class: 'row buttons' }, ui.train),
      ui.alphaKey,
      ui.alphaTitle,
      ui.alphaFigure,
      ui.progress,
      ui.learned,
    );
    this.#ui = ui;
    this.#curve = createChart(ui.figure, {
      xRange: () => [XMIN, XMAX],
      // a tall negative side, so that a small slope is still visible
      yRange: (lo) => [Math.min(Number.isFinite(lo) ? lo : 0, -1) - 0.15, XMAX + 0.15],
      draw: (u) => this.#drawProbe(u),
      aspect: 0.5,
    });
    this.#alphaChart = createChart(ui.alphaFigure, {
      xRange: () => [0, PRELU_EPOCHS],
      yRange: (lo, hi) => {
        const a = Math.min(Number.isFinite(lo) ? lo : 0, 0);
        const b = Math.max(Number.isFinite(hi) ? hi : 0.3, 0.3);
        const pad = 0.08 * (b - a);
        return [a - pad, b + pad];
      },
      draw: (u) => this.#drawStart(u),
      aspect: 0.5,
    });
    this.own({ free: () => this.#curve?.dispose() });
    this.own({ free: () => this.#alphaChart?.dispose() });
    this.translate();
  }

  stop() {
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    this.#sampler = null;
    this.#curve = null;
    this.#alphaChart = null;
    this.#ui = null;
    this.#net = null;
    this.#data = null;
    this.#history = [];
    this.#active = false;
    this.#seedKey = null;
  }

  visibilityChanged(on) {
    if (on) this.#schedule();
  }

  #train() {
    this.#resetTraining();
    try {
      this.#data = this.own(this.lab.makeDataset(preluDataset(this.state.seed)));
      this.#net = this.own(this.lab.createNetwork(preluNetwork(this.state.seed)));
      this.#net.setData(this.#data);
      // the start value, read from the core like every later one
      recordAlphas(this.#history, this.#net.diagnostics());
      this.notice('train', null);
      this.#active = true;
    } catch (err) {
      this.#resetTraining();
      this.notice('train', 'prelu.error', { message: String(err?.message ?? err).slice(0, 120) });
    }
    this.#schedule();
    this.requestUpdate();
  }

  #schedule() {
    if (!this.#active || this.#raf || !this.#ui || !this.onScreen) return;
    this.#raf = requestAnimationFrame(() => this.#tick());
  }

  #tick() {
    this.#raf = 0;
    if (!this.#ui || !this.#active || !this.#net || !this.onScreen) return;
    const { over, diverged } = trainAlphas(this.#net, this.#history, { budgetMs: 8 });
    if (over) {
      this.#active = false;
      this.#diverged = diverged;
      this.#net = this.release(this.#net);
      this.#data = this.release(this.#data);
    }
    this.requestUpdate();
    this.#schedule();
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.intro, t('prelu.intro'));
    setText(ui.alphaLabel, t('prelu.alpha'));
    setText(ui.learnIntro, t('prelu.learnIntro', { start: this.#startText() }));
    setText(ui.seedLabel, t('prelu.seed'));
    setText(ui.alphaTitle, t('prelu.alphaTitle'));
  }

  /** The slope PReLU learned in its first layer, clamped to the catalogue's range for the plot. */
  #learnedFirst() {
    const a = this.#history[0]?.at(-1);
    if (!(this.#history[0]?.length > 1) || !Number.isFinite(a)) return null;
    const spec = this.#catalogue.find((x) => x.id === 'prelu').params.alpha;
    return Math.min(spec.rawMax, Math.max(spec.rawMin, a));
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    if (this.root.activeElement !== ui.alpha) setProp(ui.alpha, 'value', String(s.alpha));
    setText(ui.alphaOut, formatShort(s.alpha, 3));
    if (this.root.activeElement !== ui.seed) setProp(ui.seed, 'value', String(s.seed));

    // Top chart: Leaky ReLU(α), ReLU, and PReLU with the learned slope.
    const learned = this.#learnedFirst();
    const curves = [
      { id: 'leaky_relu', params: { alpha: s.alpha }, label: t('prelu.keyLeaky', { alpha: formatShort(s.alpha, 3) }) },
      { id: 'relu', params: {}, label: this.#name('relu') },
    ];
    if (learned != null)
      curves.push({
        id: 'prelu',
        params: { alpha: learned },
        label: t('prelu.keyLearned', { alpha: formatNum(learned, 3) }),
      });
    const data = [this.#sampler.xs];
    const series = curves.map((c, i) => {
      data.push(this.#sampler.sampleF(c.id, c.params));
      return { label: c.id, stroke: colourFor(this.#catalogue, c.id), dash: DASHES[i], width: i ? 1.75 : 2.5 };
    });
    // the probe first: the chart's hook marks it (set() draws when the data changed)
    this.#probe = this.#sampler.at('leaky_relu', PRELU_PROBE_X, { alpha: s.alpha }).f;
    if (!this.#curve.set(series, data)) this.#curve.redraw();
    setKey(
      ui.key,
      curves.map((c, i) => ({ swatch: swatchFor(i), colour: colourFor(this.#catalogue, c.id), label: c.label })),
    );
    setText(
      ui.readout,
      t('prelu.readout', {
        x: formatShort(PRELU_PROBE_X),
        alpha: formatShort(s.alpha, 3),
        f: formatNum(this.#probe, 4),
      }),
    );
    setAttr(
      ui.figure,
      'aria-label',
      t('prelu.ariaCurve', { alpha: formatShort(s.alpha, 3), xmin: XMIN, xmax: XMAX, x: PRELU_PROBE_X }) +
        (learned != null ? ` ${t('prelu.ariaLearned', { alpha: formatNum(learned, 3) })}` : ''),
    );

    // Bottom chart: α of every PReLU layer per epoch.
    const hist = this.#history;
    const epochs = Math.max(0, ...hist.map((a) => a.length));
    const xs = Array.from({ length: epochs }, (_, i) => i);
    const aSeries = hist.map((_, i) => ({
      label: `layer${i + 1}`,
      stroke: colourFor(this.#catalogue, 'prelu'),
      dash: DASHES[i % DASHES.length],
      width: 2,
    }));
    // the α history is copied for the chart only when it grew (training), so that an α drag
    // leaves this chart as it is (set() sees the arrays it already shows)
    const grown = hist.map((a) => a.length).join();
    if (this.#alphaData?.hist !== hist || this.#alphaData.grown !== grown)
      this.#alphaData = { hist, grown, data: [xs, ...hist.map((a) => a.slice())] };
    this.#alphaChart.set(aSeries, this.#alphaData.data); // its hook draws a fixed line: no redraw
    setKey(ui.alphaKey, [
      ...hist.map((_, i) => ({
        swatch: swatchFor(i),
        colour: colourFor(this.#catalogue, 'prelu'),
        label: t('prelu.layer', { n: i + 1 }),
      })),
      { swatch: 'start', label: t('prelu.startLine') },
    ]);
    const current = hist.map((a, i) => t('prelu.layerAlpha', { n: i + 1, alpha: formatNum(a.at(-1), 3) })).join(', ');
    setAttr(
      ui.alphaFigure,
      'aria-label',
      hist.length ? t('prelu.ariaAlpha', { epochs: Math.max(0, epochs - 1), current }) : t('prelu.ariaAlphaEmpty'),
    );
    setText(ui.train, t(hist.length ? 'prelu.retrain' : 'prelu.train', { epochs: PRELU_EPOCHS }));
    const done = Math.max(0, epochs - 1);
    let progress;
    if (this.#active) {
      progress = t('prelu.progress', { epoch: done, epochs: PRELU_EPOCHS });
      if (!this.onScreen) progress += ` ${t('prelu.paused')}`;
    } else if (!hist.length) progress = t('prelu.idle');
    else progress = t(this.#diverged ? 'prelu.diverged' : 'prelu.done', { epoch: done });
    setText(ui.progress, progress);
    setText(ui.learned, hist.length && !this.#active ? t('prelu.learned', { current, start: this.#startText() }) : '');
  }

  /** PReLU's initial α as the core's catalogue gives it (0.25). */
  #startText() {
    return formatShort(this.#catalogue.find((a) => a.id === 'prelu').params.alpha.default, 3);
  }

  /** A marker at (−2, Leaky ReLU(−2)). */
  #drawProbe(u) {
    if (this.#probe == null) return;
    const { ctx, bbox } = u;
    const dpr = devicePixelRatio;
    const px = u.valToPos(PRELU_PROBE_X, 'x', true);
    const py = u.valToPos(this.#probe, 'y', true);
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.9)';
    ctx.lineWidth = dpr;
    ctx.setLineDash([2 * dpr, 3 * dpr]);
    ctx.beginPath();
    ctx.moveTo(px, bbox.top);
    ctx.lineTo(px, bbox.top + bbox.height);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(px, py, 4.5 * dpr, 0, 2 * Math.PI);
    ctx.fillStyle = colourFor(this.#catalogue, 'leaky_relu');
    ctx.fill();
    ctx.restore();
  }

  /** A thin dotted line at the start value of α (0.25, read from the core) and one at 0. */
  #drawStart(u) {
    const startAlpha = this.#history[0]?.[0];
    if (startAlpha == null) return;
    const { ctx, bbox } = u;
    const dpr = devicePixelRatio;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.7)';
    ctx.lineWidth = dpr;
    for (const [y, dash] of [
      [startAlpha, [2 * dpr, 3 * dpr]],
      [0, []],
    ]) {
      const py = u.valToPos(y, 'y', true);
      if (py < bbox.top || py > bbox.top + bbox.height) continue;
      ctx.setLineDash(dash);
      ctx.beginPath();
      ctx.moveTo(bbox.left, py);
      ctx.lineTo(bbox.left + bbox.width, py);
      ctx.stroke();
    }
    ctx.restore();
  }
}

define(ActLabPrelu);
