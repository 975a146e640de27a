// <actlab-gelu-approx xmin="-6" xmax="6" x="1">
// Post section 6 (GELU). Shows the exact GELU (catalogue id `gelu`, with erf; solid) and its
// tanh approximation (`gelu_tanh`; dashed) on one chart, their difference gelu_tanh − gelu on
// its own chart (2001 grid points, the largest |Δ| and where it occurs printed and marked),
// and the gate Φ(x) = GELU(x)/x (Φ(0) = 0.5) on a third chart, so that GELU = x·Φ(x) can be
// read off. A cursor slider (keyboard, or drag on a chart) with an aria-live readout of
// gelu(x), gelu_tanh(x), their difference and Φ(x). Every value comes from the WASM core.
// Attributes: xmin, xmax (−100…100, default −6 and 6), x (the cursor, default 1; reflected).
// Value (property `value`, `actlab-change` event):
//   { maxError, at /* x of the max error */, x, gelu, geluTanh, phi }.
import { normalizeCatalogue } from '../model/catalogue.js';
import { formatNum, formatShort } from '../model/format.js';
import { createGeluApproxModel, formatSci } from '../model/gelu-approx.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { numberAttr, readXRange, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-gelu-approx.css?inline';

const DIFF_COLOUR = '#7A5195';
// The difference is plotted in units of 10⁻⁴ (the axis says so), so that its ticks stay readable.
const DIFF_SCALE = 1e4;
const PHI_COLOUR = '#0072B2';

export class ActLabGeluApprox extends ActLabElement {
  static tag = 'actlab-gelu-approx';
  static css = [chartCss, css];
  static attrs = ['xmin', 'xmax', 'x'];

  state = { xmin: -6, xmax: 6, x: 1 };

  get value() {
    const c = this.#curves;
    const p = this.#point;
    if (!c || !p) return null;
    return { maxError: c.maxError, at: c.at, x: p.x, gelu: p.gelu, geluTanh: p.geluTanh, phi: p.phi };
  }

  #model = null;
  #catalogue = null;
  #charts = null;
  #curves = null;
  #point = null;
  #ui = null;

  readAttributes() {
    const s = this.state;
    readXRange(this, s);
    const def = Math.min(s.xmax, Math.max(s.xmin, 1));
    s.x = reportAttr(this, 'x', numberAttr(this, 'x', { min: s.xmin, max: s.xmax, def }), `${s.xmin}…${s.xmax}`);
  }

  start() {
    this.#catalogue = normalizeCatalogue(this.lab.activations);
    const model = createGeluApproxModel(this.lab);
    this.#model = model;
    this.own({ free: () => model.dispose() });
    const sw = (cls, colour) => h('span', { class: `swatch ${cls}`, style: { color: colour } });
    const ui = {
      title: h('h3', {}),
      keyExact: h('span', {}),
      keyTanh: h('span', {}),
      main: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      headDiff: h('p', { class: 'subhead' }),
      keyDiff: h('span', {}),
      diff: h('div', { class: 'chart small', role: 'img', 'data-testid': 'diff-chart' }),
      maxError: h('p', { class: 'result', 'data-testid': 'max-error' }),
      diffNote: h('p', { class: 'hint' }),
      headPhi: h('p', { class: 'subhead' }),
      keyPhi: h('span', {}),
      phi: h('div', { class: 'chart small', role: 'img', 'data-testid': 'phi-chart' }),
      phiNote: h('p', { class: 'hint' }),
      cursorLabel: h('label', { for: this.uid('x') }),
      cursor: h('input', { type: 'range', id: this.uid('x'), step: '0.01', 'data-testid': 'cursor' }),
      cursorOut: h('output', { for: this.uid('x'), 'data-testid': 'cursor-x' }),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
    };
    const exact = colourFor(this.#catalogue, 'gelu');
    const approx = colourFor(this.#catalogue, 'gelu_tanh');
    this.#colours = [exact, approx];
    ui.cursor.addEventListener('input', () => this.#setX(Number(ui.cursor.value)));
    this.root.append(
      ui.title,
      h(
        'p',
        { class: 'key', 'aria-hidden': 'true' },
        h('span', {}, sw('', exact), ui.keyExact),
        h('span', {}, sw('dash', approx), ui.keyTanh),
      ),
      ui.main,
      h('div', { class: 'field' }, ui.cursorLabel, ui.cursor, ui.cursorOut),
      ui.readout,
      h(
        'div',
        { class: 'panels' },
        h(
          'section',
          { class: 'panel' },
          ui.headDiff,
          h('p', { class: 'key', 'aria-hidden': 'true' }, h('span', {}, sw('', DIFF_COLOUR), ui.keyDiff)),
          ui.diff,
          ui.maxError,
          ui.diffNote,
        ),
        h(
          'section',
          { class: 'panel' },
          ui.headPhi,
          h('p', { class: 'key', 'aria-hidden': 'true' }, h('span', {}, sw('', PHI_COLOUR), ui.keyPhi)),
          ui.phi,
          ui.phiNote,
        ),
      ),
    );
    this.#ui = ui;
    const xRange = () => [this.state.xmin, this.state.xmax];
    const t = (key) => this.t(key);
    const onPointer = (x) => this.#setX(Number(x.toFixed(2)));
    this.#charts = {
      main: createChart(ui.main, {
        xRange,
        onPointer,
      }),
      diff: createChart(ui.diff, {
        xRange,
        onPointer,
        aspect: 0.45,
        minHeight: 170,
        maxHeight: 240,
        yRange: (lo, hi) => symmetric(lo, hi),
        get yLabel() {
          return t('gelu_approx.diffAxis');
        },
        draw: (u) => this.#drawMax(u),
      }),
      phi: createChart(ui.phi, {
        xRange,
        onPointer,
        aspect: 0.45,
        minHeight: 170,
        maxHeight: 240,
        yRange: () => [0, 1],
      }),
    };
    for (const c of Object.values(this.#charts)) this.own({ free: () => c.dispose() });
    this.#series = {
      main: () => [
        { label: 'gelu', stroke: exact, dash: DASHES[0], width: 2.25 },
        { label: 'gelu_tanh', stroke: approx, dash: DASHES[1], width: 2 },
      ],
      // the label carries the language: a language change rebuilds the chart and its axis title
      diff: () => [{ label: `diff ${this.t.lang}`, stroke: DIFF_COLOUR, dash: DASHES[0], width: 1.75 }],
      phi: () => [{ label: 'phi', stroke: PHI_COLOUR, dash: DASHES[0], width: 2 }],
    };
    this.translate();
  }

  #series = null;
  #scaled = null;
  #colours = [];

  stop() {
    this.#model = null;
    this.#charts = null;
    this.#ui = null;
    this.#curves = null;
    this.#point = null;
    this.#scaled = null;
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.title, t('gelu_approx.title'));
    setText(ui.keyExact, t('gelu_approx.keyExact'));
    setText(ui.keyTanh, t('gelu_approx.keyTanh'));
    setText(ui.headDiff, t('gelu_approx.headDiff'));
    setText(ui.keyDiff, t('gelu_approx.keyDiff'));
    setText(ui.diffNote, t('gelu_approx.diffNote'));
    setText(ui.headPhi, t('gelu_approx.headPhi'));
    setText(ui.keyPhi, t('gelu_approx.keyPhi'));
    setText(ui.phiNote, t('gelu_approx.phiNote'));
    setText(ui.cursorLabel, t('gelu_approx.cursor'));
  }

  #setX(x) {
    const s = this.state;
    s.x = Math.min(s.xmax, Math.max(s.xmin, x));
    this.reflect({ x: s.x });
    this.requestUpdate();
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    const c = this.#model.compute(s.xmin, s.xmax);
    this.#curves = c;
    this.#point = this.#model.at(s.x);
    const p = this.#point;
    this.#charts.main.set(this.#series.main(), [c.xs, c.gelu, c.tanh]);
    if (this.#scaled?.source !== c) this.#scaled = { source: c, diff: c.diff.map((v) => v * DIFF_SCALE) };
    this.#charts.diff.set(this.#series.diff(), [c.xs, this.#scaled.diff]);
    this.#charts.phi.set(this.#series.phi(), [c.xs, c.phi]);
    const max = formatSci(c.maxError);
    const at = formatShort(c.at, 3);
    setText(ui.maxError, t('gelu_approx.maxError', { n: this.#model.points.toLocaleString('en'), max, at }));
    setAttr(ui.main, 'aria-label', t('gelu_approx.ariaMain', { xmin: formatShort(s.xmin), xmax: formatShort(s.xmax) }));
    setAttr(ui.diff, 'aria-label', t('gelu_approx.ariaDiff', { max, at }));
    setAttr(ui.phi, 'aria-label', t('gelu_approx.ariaPhi'));
    setProp(ui.cursor, 'min', String(s.xmin));
    setProp(ui.cursor, 'max', String(s.xmax));
    if (this.root.activeElement !== ui.cursor) setProp(ui.cursor, 'value', String(s.x));
    setText(ui.cursorOut, formatShort(s.x, 2));
    setText(
      ui.readout,
      t('gelu_approx.readout', {
        x: formatShort(s.x, 2),
        gelu: formatNum(p.gelu, 5),
        tanh: formatNum(p.geluTanh, 5),
        diff: p.diff === 0 ? '0' : formatSci(p.diff),
        phi: formatNum(p.phi, 4),
      }),
    );
    // the cursors: DOM nodes over the charts (moving them redraws no canvas)
    const [exact, approx] = this.#colours;
    this.#charts.main.setCursor(p.x, [
      { y: p.gelu, colour: exact, filled: true, size: 13 },
      { y: p.geluTanh, colour: approx, filled: false, size: 8 },
    ]);
    this.#charts.diff.setCursor(p.x, [{ y: p.diff * DIFF_SCALE, colour: DIFF_COLOUR, filled: true }]);
    this.#charts.phi.setCursor(p.x, [{ y: p.phi, colour: PHI_COLOUR, filled: true }]);
  }

  #drawMax(u) {
    const c = this.#curves;
    if (!c) return;
    const { ctx, bbox } = u;
    const dpr = devicePixelRatio;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.6)';
    ctx.lineWidth = dpr;
    const y0 = Math.round(u.valToPos(0, 'y', true));
    ctx.beginPath();
    ctx.moveTo(bbox.left, y0);
    ctx.lineTo(bbox.left + bbox.width, y0);
    ctx.stroke();
    // the largest |Δ|: a ring (shape, not only colour)
    const i = c.xs.indexOf(c.at);
    const px = u.valToPos(c.at, 'x', true);
    const py = u.valToPos(c.diff[i] * DIFF_SCALE, 'y', true);
    ctx.strokeStyle = DIFF_COLOUR;
    ctx.lineWidth = 2 * dpr;
    ctx.beginPath();
    ctx.arc(px, py, 7 * dpr, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.restore();
  }
}

/** A y range symmetric about 0 with a little headroom (the difference changes sign). */
function symmetric(lo, hi) {
  const m = Math.max(Math.abs(lo ?? 0), Math.abs(hi ?? 0));
  if (!Number.isFinite(m) || m === 0) return [-1e-3, 1e-3];
  return [-m * 1.1, m * 1.1];
}

define(ActLabGeluApprox);
