// <actlab-swish beta="1">
// Post section 7 (Swish / SiLU). Shows Swish(x; β) = x·σ(βx) (catalogue id `swish`; β = 1 is
// SiLU) with ReLU drawn thin and dotted for reference, a log-scale β slider from 0.1 (almost
// the line x/2) to 10 (almost ReLU) plus quick-choice buttons, and the dip below zero: its
// minimum is located from the core's values (a grid of lab.forward over the negative axis,
// then bisection on the sign of lab.derivative) and marked with a ring on the plot, its
// coordinates printed (≈ (−1.278, −0.278) at β = 1). The x range widens for small β so that
// the minimum stays in view. An aria-live readout gives β and the minimum.
// Attributes: beta (0.1…10, default 1; reflected).
// Value (property `value`, `actlab-change` event): { beta, min: { x, y } }.
import { normalizeCatalogue } from '../model/catalogue.js';
import { createCurveSampler } from '../model/curves.js';
import { formatNum, formatShort } from '../model/format.js';
import { BETA, betaFromSlider, plotHalfWidth, sliderFromBeta, swishMinimum } from '../model/swish.js';
import { remember } from '../model/recent.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setLiveText, setProp, setText } from '../views/dom.js';
import { numberAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-swish.css?inline';

const POINTS = 601;
const PRESETS = [0.1, 0.5, 1, 2, 10];
const RELU_COLOUR = '#6b6b76';
/** Dip minima kept, per β (plain numbers). */
const MINIMA = 128;

export class ActLabSwish extends ActLabElement {
  static tag = 'actlab-swish';
  static css = [chartCss, css];
  static attrs = ['beta'];

  state = { beta: BETA.def };

  get value() {
    if (!this.#min) return null;
    return { beta: this.state.beta, min: { x: this.#min.x, y: this.#min.y } };
  }

  #sampler = null;
  #chart = null;
  #min = null;
  #minKey = null;
  #minima = new Map();
  #half = 6;
  #colour = '#000';
  #ui = null;

  readAttributes() {
    this.state.beta = reportAttr(
      this,
      'beta',
      numberAttr(this, 'beta', { min: BETA.min, max: BETA.max, def: BETA.def }),
      `${BETA.min}…${BETA.max}`,
    );
  }

  start() {
    const sampler = createCurveSampler(this.lab, POINTS);
    this.#sampler = sampler;
    this.own({ free: () => sampler.dispose() });
    this.#colour = colourFor(normalizeCatalogue(this.lab.activations), 'swish');
    const sw = (cls, colour) => h('span', { class: `swatch ${cls}`, style: { color: colour } });
    const ui = {
      title: h('h3', {}),
      keySwish: h('span', {}),
      keyRelu: h('span', {}),
      keyMin: h('span', {}),
      figure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      betaLabel: h('label', { for: this.uid('beta') }),
      beta: h('input', {
        type: 'range',
        id: this.uid('beta'),
        min: String(sliderFromBeta(BETA.min)),
        max: String(sliderFromBeta(BETA.max)),
        step: '0.01',
        'data-testid': 'beta',
      }),
      betaOut: h('output', { for: this.uid('beta'), 'data-testid': 'beta-out' }),
      presetsLabel: h('span', { id: this.uid('presets') }),
      presets: PRESETS.map((b) =>
        h('button', { type: 'button', 'data-beta': String(b), 'data-testid': `preset-${b}` }),
      ),
      minimum: h('p', { class: 'result', 'data-testid': 'minimum' }),
      readout: h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'readout' }),
      explain: h('p', { class: 'hint' }),
      betaNote: h('p', { class: 'hint' }),
      wide: h('p', { class: 'hint', 'data-testid': 'wide' }),
    };
    ui.beta.addEventListener('input', () => this.#setBeta(betaFromSlider(Number(ui.beta.value))));
    for (const b of ui.presets) b.addEventListener('click', () => this.#setBeta(Number(b.dataset.beta)));
    this.root.append(
      ui.title,
      h(
        'p',
        { class: 'key', 'aria-hidden': 'true' },
        h('span', {}, sw('', this.#colour), ui.keySwish),
        h('span', {}, sw('dot thin', RELU_COLOUR), ui.keyRelu),
        h('span', {}, h('span', { class: 'ring', style: { color: this.#colour } }), ui.keyMin),
      ),
      ui.figure,
      ui.minimum,
      h('div', { class: 'field' }, ui.betaLabel, ui.beta, ui.betaOut),
      h(
        'div',
        { class: 'row presets', role: 'group', 'aria-labelledby': this.uid('presets') },
        ui.presetsLabel,
        ...ui.presets,
      ),
      ui.readout,
      ui.explain,
      ui.betaNote,
      ui.wide,
    );
    this.#ui = ui;
    this.#chart = createChart(ui.figure, {
      xRange: () => [-this.#half, this.#half],
      // the top is cut (the series are clipped) so that the small dip below zero stays visible
      yRange: () => [Math.min(-1, 1.5 * (this.#min?.y ?? 0)), Math.max(4, this.#half / 2)],
      draw: (u) => this.#drawMin(u),
      drawClear: (u) => this.#drawAxes(u),
    });
    const chart = this.#chart;
    this.own({ free: () => chart.dispose() });
    this.translate();
  }

  stop() {
    this.#sampler = null;
    this.#chart = null;
    this.#ui = null;
    this.#min = null;
    this.#minKey = null;
    this.#minima.clear();
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.title, t('swish.title'));
    setText(ui.keyRelu, t('swish.keyRelu'));
    setText(ui.keyMin, t('swish.keyMin'));
    setText(ui.betaLabel, t('swish.beta'));
    setText(ui.presetsLabel, t('swish.presets'));
    for (const b of ui.presets) setText(b, b.dataset.beta === '1' ? t('swish.presetSilu') : `β = ${b.dataset.beta}`);
    setText(ui.explain, t('swish.explain'));
    setText(ui.betaNote, t('swish.betaNote'));
  }

  #setBeta(beta) {
    const b = Math.min(BETA.max, Math.max(BETA.min, beta));
    this.state.beta = b;
    this.notice('attr:beta', null);
    this.reflect({ beta: b });
    this.requestUpdate();
  }

  update() {
    const t = this.t;
    const ui = this.#ui;
    const beta = this.state.beta;
    const params = { beta };
    if (this.#minKey !== beta) {
      // located by the core once per β and kept (a slider dragged back and forth)
      this.#min = remember(this.#minima, beta, MINIMA, () => swishMinimum(this.lab, beta));
      this.#minKey = beta;
    }
    const m = this.#min;
    this.#half = plotHalfWidth(m.x);
    this.#sampler.setRange(-this.#half, this.#half);
    const swish = this.#sampler.sampleF('swish', params);
    const relu = this.#sampler.sampleF('relu', {});
    const series = [
      { label: 'swish', stroke: this.#colour, dash: DASHES[0], width: 2.5 },
      { label: 'relu', stroke: RELU_COLOUR, dash: DASHES[2], width: 1 },
    ];
    // set() draws when the data changed (the minimum's marker is already known)
    const drawn = this.#chart.set(series, [this.#sampler.xs, swish, relu]);
    const b = formatShort(beta, 3);
    const x = formatNum(m.x, 3);
    const y = formatNum(m.y, 3);
    setText(ui.keySwish, t('swish.keySwish', { beta: b }));
    if (this.root.activeElement !== ui.beta) setProp(ui.beta, 'value', String(sliderFromBeta(beta)));
    setText(ui.betaOut, b);
    setAttr(ui.beta, 'aria-valuetext', `β = ${b}`);
    for (const btn of ui.presets) setAttr(btn, 'aria-pressed', String(Number(btn.dataset.beta) === beta));
    setText(ui.minimum, t('swish.minimum', { x, y }));
    setLiveText(ui.readout, t('swish.readout', { beta: b, x, y }));
    setText(ui.wide, this.#half > 6 ? t('swish.wide', { l: this.#half }) : '');
    setAttr(ui.figure, 'aria-label', t('swish.aria', { beta: b, xmin: -this.#half, xmax: this.#half, x, y }));
    if (!drawn) this.#chart.redraw();
  }

  #drawAxes(u) {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.6)';
    ctx.lineWidth = Math.max(1, devicePixelRatio);
    const x0 = Math.round(u.valToPos(0, 'x', true));
    const y0 = Math.round(u.valToPos(0, 'y', true));
    ctx.beginPath();
    ctx.moveTo(x0, bbox.top);
    ctx.lineTo(x0, bbox.top + bbox.height);
    ctx.moveTo(bbox.left, y0);
    ctx.lineTo(bbox.left + bbox.width, y0);
    ctx.stroke();
    ctx.restore();
  }

  #drawMin(u) {
    const m = this.#min;
    if (!m) return;
    const { ctx } = u;
    const dpr = devicePixelRatio;
    const px = u.valToPos(m.x, 'x', true);
    const py = u.valToPos(m.y, 'y', true);
    ctx.save();
    ctx.strokeStyle = this.#colour;
    ctx.lineWidth = 2 * dpr;
    ctx.beginPath();
    ctx.arc(px, py, 7 * dpr, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillStyle = this.#colour;
    ctx.beginPath();
    ctx.arc(px, py, 2.5 * dpr, 0, 2 * Math.PI);
    ctx.fill();
    // a guide down/up to the x axis at the minimum
    ctx.setLineDash([3 * dpr, 3 * dpr]);
    ctx.lineWidth = dpr;
    ctx.beginPath();
    ctx.moveTo(px, py);
    ctx.lineTo(px, u.valToPos(0, 'y', true));
    ctx.stroke();
    ctx.restore();
  }
}

define(ActLabSwish);
