// <actlab-compare fns="relu,gelu,silu" derivative xmin="-6" xmax="6" x="1">
// Several activations overlaid on one chart (f(x) from the core; with `derivative`, a second
// chart of f′(x) below it), each with its catalogue colour *and* its own dash pattern, named
// in a labelled key. A checkbox per catalogue entry toggles functions in and out (1 to 8 on
// the chart; the last one cannot be removed), a checkbox shows f′, and a cursor slider (or a
// press on the chart) moves x, with an aria-live readout of every shown f(x) (and f′(x)).
// Functions with parameters are drawn at their default parameters.
//
// Attributes: fns (comma list of catalogue ids, 1–8, default "relu,gelu,silu"),
//   derivative (boolean), xmin, xmax (−100…100, default −6, 6), x (cursor, default 0 or the
//   nearest end). All reflected when the controls change them.
// Value (property `value`, `actlab-change` event):
//   { fns, derivative, x, values: [{ id, f, df }] }   (values in the order of fns)
import { normalizeCatalogue, paramsFor } from '../model/catalogue.js';
import { createCurveSampler } from '../model/curves.js';
import { formatNum, formatShort } from '../model/format.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { idListAttr, MAX_COMPARE_FNS, numberAttr, readXRange, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { createChart, chartCss } from './chart.js';
import css from './actlab-compare.css?inline';

const POINTS = 601;
const DEFAULT_FNS = ['relu', 'gelu', 'silu'];
/** One dash pattern per position in the selection (CSS px), named compare.dash0…7. */
const PATTERNS = [[], [8, 4], [2, 3], [10, 3, 2, 3], [16, 5], [10, 3, 2, 3, 2, 3], [2, 7], [16, 4, 4, 4]];
const SVG = 'http://www.w3.org/2000/svg';

/** A short line sample in `colour` with dash pattern `i` (decorative: aria-hidden). */
function lineSample(colour, i) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '10');
  svg.setAttribute('viewBox', '0 0 36 10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'sample');
  const line = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: 1, y1: 5, x2: 35, y2: 5, stroke: colour, 'stroke-width': 2.5 })) {
    line.setAttribute(k, String(v));
  }
  if (PATTERNS[i].length) line.setAttribute('stroke-dasharray', PATTERNS[i].join(' '));
  svg.append(line);
  return svg;
}

export class ActLabCompare extends ActLabElement {
  static tag = 'actlab-compare';
  static css = [chartCss, css];
  static attrs = ['fns', 'derivative', 'xmin', 'xmax', 'x'];

  state = { fns: [...DEFAULT_FNS], derivative: false, xmin: -6, xmax: 6, x: 0 };

  get value() {
    const s = this.state;
    return {
      fns: [...s.fns],
      derivative: s.derivative,
      x: s.x,
      values: (this.#values ?? []).map((v) => ({ ...v })),
    };
  }

  #catalogue = null;
  #byId = null;
  #sampler = null;
  #charts = { f: null, df: null };
  #curves = [];
  #curvesKey = '';
  #values = null;
  #ui = null;
  #keyStructure = '';

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    this.#byId ??= new Map(this.#catalogue.map((a) => [a.id, a]));
    const ids = this.#catalogue.map((a) => a.id);
    const s = this.state;
    s.fns = reportAttr(
      this,
      'fns',
      idListAttr(this, 'fns', ids, [...DEFAULT_FNS], { min: 1, max: MAX_COMPARE_FNS }),
      `1–${MAX_COMPARE_FNS}: ${ids.join(', ')}`,
    );
    s.derivative = this.hasAttribute('derivative');
    readXRange(this, s);
    s.x = reportAttr(
      this,
      'x',
      numberAttr(this, 'x', { min: s.xmin, max: s.xmax, def: Math.min(s.xmax, Math.max(s.xmin, 0)) }),
      `${s.xmin}…${s.xmax}`,
    );
  }

  start() {
    this.#sampler = createCurveSampler(this.lab, POINTS);
    this.own({ free: () => this.#sampler?.dispose() });
    const menuHintId = this.uid('menu-hint');
    const ui = {
      key: h('ul', { class: 'key', 'data-testid': 'key' }),
      fTitle: h('p', { class: 'panel-title', 'aria-hidden': 'true' }),
      fFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      dfTitle: h('p', { class: 'panel-title', 'aria-hidden': 'true' }),
      dfFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart-df' }),
      cursorLabel: h('label', { for: this.uid('x') }),
      cursor: h('input', { type: 'range', id: this.uid('x'), 'data-testid': 'cursor' }),
      cursorOut: h('output', { for: this.uid('x'), 'data-testid': 'cursor-x' }),
      readout: h('ul', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      derivLabel: h('label', { for: this.uid('deriv') }),
      deriv: h('input', { type: 'checkbox', id: this.uid('deriv'), 'data-testid': 'derivative' }),
      legend: h('legend'),
      menuHint: h('p', { class: 'hint', id: menuHintId }),
      menuList: h('ul', { class: 'menu-list' }),
      status: h('p', { class: 'status', role: 'status', 'data-testid': 'status' }),
      boxes: new Map(),
      names: new Map(),
      readouts: new Map(),
    };
    for (const a of this.#catalogue) {
      const id = this.uid(`fn-${a.id}`);
      const box = h('input', {
        type: 'checkbox',
        id,
        value: a.id,
        'data-testid': `fn-${a.id}`,
        'aria-describedby': menuHintId,
      });
      box.addEventListener('change', () => this.#toggle(a.id, box));
      const name = h('span');
      ui.boxes.set(a.id, box);
      ui.names.set(a.id, name);
      ui.menuList.append(
        h(
          'li',
          {},
          box,
          h(
            'label',
            { for: id },
            h('span', { class: 'dot', style: { background: colourFor(this.#catalogue, a.id) }, 'aria-hidden': 'true' }),
            name,
          ),
        ),
      );
    }
    ui.cursor.addEventListener('input', () => this.#setX(Number(ui.cursor.value)));
    ui.deriv.addEventListener('change', () => {
      this.state.derivative = ui.deriv.checked;
      this.reflect({ derivative: ui.deriv.checked });
      this.requestUpdate();
    });
    this.root.append(
      ui.key,
      ui.fTitle,
      ui.fFigure,
      ui.dfTitle,
      ui.dfFigure,
      h('div', { class: 'field' }, ui.cursorLabel, ui.cursor, ui.cursorOut),
      ui.readout,
      h('p', { class: 'toggle' }, ui.deriv, ui.derivLabel),
      h('fieldset', { class: 'menu' }, ui.legend, ui.menuHint, ui.menuList, ui.status),
    );
    this.#ui = ui;
    this.#charts.f = this.#makeChart(ui.fFigure, 'f');
    this.own({ free: () => this.#charts.f?.dispose() });
    this.translate();
  }

  #makeChart(figure, which) {
    return createChart(figure, {
      xRange: () => [this.state.xmin, this.state.xmax],
      drawClear: (u) => this.#drawAxes(u),
      onPointer: (x) => this.#setX(Number(x.toFixed(3))),
      aspect: which === 'f' ? 0.6 : 0.45,
      maxHeight: which === 'f' ? 380 : 280,
      minHeight: which === 'f' ? 200 : 160,
    });
  }

  stop() {
    this.#sampler = null;
    this.#charts = { f: null, df: null };
    this.#ui = null;
    this.#curves = [];
    this.#curvesKey = '';
    this.#values = null;
    this.#keyStructure = '';
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.cursorLabel, t('compare.cursor'));
    setText(ui.derivLabel, t('compare.derivative'));
    setText(ui.legend, t('compare.menu'));
    setText(ui.menuHint, t('compare.menuHint', { max: MAX_COMPARE_FNS }));
    setText(ui.fTitle, t('compare.fTitle'));
    setText(ui.dfTitle, t('compare.dfTitle'));
    ui.key.setAttribute('aria-label', t('compare.keyLabel'));
    for (const a of this.#catalogue) setText(ui.names.get(a.id), a.name[t.lang]);
    setText(ui.status, '');
    this.#keyStructure = '';
  }

  #toggle(id, box) {
    const s = this.state;
    const t = this.t;
    if (box.checked && !s.fns.includes(id)) {
      if (s.fns.length >= MAX_COMPARE_FNS) {
        box.checked = false;
        setText(this.#ui.status, t('compare.atMost', { max: MAX_COMPARE_FNS }));
        return;
      }
      s.fns = [...s.fns, id];
    } else if (!box.checked && s.fns.includes(id)) {
      if (s.fns.length <= 1) {
        box.checked = true;
        setText(this.#ui.status, t('compare.atLeastOne'));
        return;
      }
      s.fns = s.fns.filter((f) => f !== id);
    }
    setText(this.#ui.status, '');
    this.notice('attr:fns', null);
    this.reflect({ fns: s.fns.join(',') });
    this.requestUpdate();
  }

  #setX(x) {
    const s = this.state;
    s.x = Math.min(s.xmax, Math.max(s.xmin, x));
    this.notice('attr:x', null);
    this.reflect({ x: s.x });
    this.requestUpdate();
  }

  #sampleCurves() {
    const s = this.state;
    const key = JSON.stringify([s.xmin, s.xmax, s.fns]);
    if (key === this.#curvesKey) return;
    this.#curvesKey = key;
    this.#sampler.setRange(s.xmin, s.xmax);
    this.#curves = s.fns.map((id) => {
      const info = this.#byId.get(id);
      const params = paramsFor(info, {});
      return { id, info, params, ...this.#sampler.sample(id, params) };
    });
  }

  #series(which) {
    const dpr = globalThis.devicePixelRatio || 1;
    return this.#curves.map((c, i) => ({
      label: `${c.id} ${which}`,
      stroke: colourFor(this.#catalogue, c.id),
      dash: PATTERNS[i].map((v) => v * dpr),
      width: which === 'f' ? 2.25 : 2,
    }));
  }

  #dashName(i) {
    return this.t(`compare.dash${i}`);
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    this.#sampleCurves();
    const xs = this.#sampler.xs;
    this.#charts.f.set(this.#series('f'), [xs, ...this.#curves.map((c) => c.f)]);
    setProp(ui.dfTitle, 'hidden', !s.derivative);
    setProp(ui.dfFigure, 'hidden', !s.derivative);
    if (s.derivative) {
      if (!this.#charts.df) {
        this.#charts.df = this.#makeChart(ui.dfFigure, 'df');
        const chart = this.#charts.df;
        this.own({ free: () => chart.dispose() });
      }
      this.#charts.df.set(this.#series('df'), [xs, ...this.#curves.map((c) => c.df)]);
    }

    // menu, derivative toggle, cursor
    for (const [id, box] of ui.boxes) box.checked = s.fns.includes(id);
    ui.deriv.checked = s.derivative;
    const span = s.xmax - s.xmin;
    setProp(ui.cursor, 'min', String(s.xmin));
    setProp(ui.cursor, 'max', String(s.xmax));
    setProp(ui.cursor, 'step', span <= 24 ? '0.01' : '0.1');
    if (this.root.activeElement !== ui.cursor) setProp(ui.cursor, 'value', String(s.x));
    setAttr(ui.cursor, 'aria-valuetext', `x = ${formatShort(s.x, 3)}`);
    setText(ui.cursorOut, formatShort(s.x, 3));

    // key and readout rows (rebuilt when the selection, language or f′ toggle changes)
    const structure = `${t.lang}|${s.fns.join()}|${s.derivative}`;
    if (structure !== this.#keyStructure) {
      this.#keyStructure = structure;
      ui.key.replaceChildren(
        ...this.#curves.map((c, i) =>
          h(
            'li',
            { 'data-testid': `key-${c.id}`, 'data-id': c.id },
            lineSample(colourFor(this.#catalogue, c.id), i),
            h('span', {}, c.info.name[t.lang]),
            h('span', { class: 'visually-hidden' }, `: ${this.#dashName(i)}`),
          ),
        ),
      );
      ui.readouts.clear();
      ui.readout.replaceChildren(
        ...this.#curves.map((c) => {
          const li = h('li', { 'data-testid': `readout-${c.id}` });
          ui.readouts.set(c.id, li);
          return li;
        }),
      );
    }
    this.#values = this.#curves.map((c) => ({ id: c.id, ...this.#sampler.at(c.id, s.x, c.params) }));
    const x = formatShort(s.x, 3);
    for (const v of this.#values) {
      const name = this.#byId.get(v.id).name[t.lang];
      setText(
        ui.readouts.get(v.id),
        s.derivative
          ? t('compare.readoutBoth', { name, x, f: formatNum(v.f), df: formatNum(v.df) })
          : t('compare.readoutF', { name, x, f: formatNum(v.f) }),
      );
    }
    const list = this.#curves.map((c, i) => t('compare.item', { name: c.info.name[t.lang], dash: this.#dashName(i) }));
    const vars = { list: list.join(', '), xmin: formatShort(s.xmin), xmax: formatShort(s.xmax) };
    setAttr(ui.fFigure, 'aria-label', t('compare.ariaF', vars));
    setAttr(ui.dfFigure, 'aria-label', t('compare.ariaDf', vars));
    // the cursors: DOM nodes over the charts (moving them redraws no canvas)
    for (const which of s.derivative ? ['f', 'df'] : ['f']) {
      this.#charts[which].setCursor(
        s.x,
        this.#values.map((v) => ({
          y: which === 'f' ? v.f : v.df,
          colour: colourFor(this.#catalogue, v.id),
          filled: true,
          ring: '#fff',
        })),
      );
    }
  }

  #drawAxes(u) {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.6)';
    ctx.lineWidth = Math.max(1, devicePixelRatio);
    const x0 = Math.round(u.valToPos(0, 'x', true));
    const y0 = Math.round(u.valToPos(0, 'y', true));
    ctx.beginPath();
    if (x0 >= bbox.left && x0 <= bbox.left + bbox.width) {
      ctx.moveTo(x0, bbox.top);
      ctx.lineTo(x0, bbox.top + bbox.height);
    }
    if (y0 >= bbox.top && y0 <= bbox.top + bbox.height) {
      ctx.moveTo(bbox.left, y0);
      ctx.lineTo(bbox.left + bbox.width, y0);
    }
    ctx.stroke();
    ctx.restore();
  }
}

define(ActLabCompare);
