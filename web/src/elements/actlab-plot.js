// <actlab-plot fn="sigmoid" derivative alpha="0.1" beta="1" xmin="-6" xmax="6" x="0">
// f (solid) and, with `derivative`, f′ (dashed) of one or more activations (fn="a,b"), a
// cursor with an aria-live readout of f(x) and f′(x), the saturation band |f′| < 0.1 of the
// first function shaded, and a slider per parameter of the chosen functions.
// Value (property `value`, `actlab-change` event): { fns, params, x, values: [{ id, f, df }] }.
import { normalizeCatalogue, paramsFor, paramKey } from '../model/catalogue.js';
import { createCurveSampler } from '../model/curves.js';
import { formatNum, formatShort } from '../model/format.js';
import { saturationBands } from '../model/saturation.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { idListAttr, MAX_PLOT_FNS, numberAttr, readXRange, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-plot.css?inline';

const POINTS = 401;
const SATURATION = 0.1;

export class ActLabPlot extends ActLabElement {
  static tag = 'actlab-plot';
  static css = [chartCss, css];
  static attrs = ['fn', 'derivative', 'alpha', 'beta', 'xmin', 'xmax', 'x'];

  state = { fns: ['sigmoid'], derivative: false, params: {}, xmin: -6, xmax: 6, x: 0 };

  get value() {
    const s = this.state;
    if (!this.#byId) return { fns: [...s.fns], params: {}, x: s.x, values: [] }; // not started yet
    return {
      fns: [...s.fns],
      params: Object.fromEntries(s.fns.map((id) => [id, this.#paramsOf(id)])),
      x: s.x,
      values: this.#values ?? [],
    };
  }

  #catalogue = null;
  #byId = null;
  #sampler = null;
  #chart = null;
  #curves = [];
  #values = null;
  #ui = null;

  #paramsOf(id) {
    return paramsFor(this.#byId.get(id), this.state.params);
  }

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    this.#byId ??= new Map(this.#catalogue.map((a) => [a.id, a]));
    const ids = this.#catalogue.map((a) => a.id);
    const s = this.state;
    s.fns = reportAttr(this, 'fn', idListAttr(this, 'fn', ids, ['sigmoid'], { max: MAX_PLOT_FNS }), ids.join(', '));
    s.derivative = this.hasAttribute('derivative');
    readXRange(this, s);
    s.x = reportAttr(
      this,
      'x',
      numberAttr(this, 'x', { min: s.xmin, max: s.xmax, def: Math.min(s.xmax, Math.max(s.xmin, 0)) }),
      `${s.xmin}…${s.xmax}`,
    );
    s.params = {};
    for (const name of ['alpha', 'beta']) {
      const owners = s.fns.map((id) => this.#byId.get(id)).filter((a) => a.params[name]);
      this.notice(`attr:${name}`, null);
      if (!owners.length || !this.hasAttribute(name)) continue;
      const spec = owners[0].params[name];
      const v = reportAttr(
        this,
        name,
        numberAttr(this, name, { min: spec.min, max: spec.max, def: spec.default }),
        `${spec.min}…${spec.max}`,
      );
      for (const a of owners) s.params[paramKey(a.id, name)] = v;
    }
  }

  start() {
    this.#sampler = createCurveSampler(this.lab, POINTS);
    this.own({ free: () => this.#sampler?.dispose() });
    const ui = {
      key: h('p', { class: 'key', 'aria-hidden': 'true' }),
      figure: h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' }),
      params: h('div', { class: 'params' }),
      cursorLabel: h('label', { for: this.uid('x') }),
      cursor: h('input', { type: 'range', id: this.uid('x'), 'data-testid': 'cursor', step: 'any' }),
      cursorOut: h('output', { for: this.uid('x'), 'data-testid': 'cursor-x' }),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      bands: h('p', { class: 'hint', 'data-testid': 'bands' }),
    };
    ui.cursor.addEventListener('input', () => this.#setX(Number(ui.cursor.value)));
    this.root.append(
      ui.key,
      ui.figure,
      h('div', { class: 'field' }, ui.cursorLabel, ui.cursor, ui.cursorOut),
      ui.params,
      ui.readout,
      ui.bands,
    );
    this.#ui = ui;
    this.#chart = createChart(ui.figure, {
      xRange: () => [this.state.xmin, this.state.xmax],
      drawClear: (u) => this.#drawBands(u),
      onPointer: (x) => this.#setX(Number(x.toFixed(3))),
    });
    this.own({ free: () => this.#chart?.dispose() });
    this.translate();
  }

  stop() {
    this.#curvesKey = '';
    this.#keyKey = '';
    this.#sampler = null;
    this.#chart = null;
    this.#ui = null;
  }

  #setX(x) {
    const s = this.state;
    s.x = Math.min(s.xmax, Math.max(s.xmin, x));
    this.reflect({ x: s.x });
    this.requestUpdate();
  }

  translate() {
    const t = this.t;
    setText(this.#ui.cursorLabel, t('plot.cursor'));
    this.#paramsKey = '';
  }

  #paramsKey = '';
  #renderParams() {
    const s = this.state;
    const t = this.t;
    const specs = [];
    for (const name of ['alpha', 'beta']) {
      const owner = s.fns.map((id) => this.#byId.get(id)).find((a) => a.params[name]);
      if (owner) specs.push([name, owner]);
    }
    const key = `${t.lang}|${specs.map(([n, a]) => `${n}:${a.id}`).join()}`;
    if (key === this.#paramsKey) {
      for (const [name, a] of specs) {
        const input = this.#ui.params.querySelector(`[data-param="${name}"]`);
        const v = this.#paramsOf(a.id)[name];
        if (this.root.activeElement !== input) setProp(input, 'value', String(v));
        setText(input.nextElementSibling, formatShort(v, 3));
      }
      return;
    }
    this.#paramsKey = key;
    this.#ui.params.replaceChildren(
      ...specs.map(([name, a]) => {
        const spec = a.params[name];
        const id = this.uid(`p-${name}`);
        const v = this.#paramsOf(a.id)[name];
        const input = h('input', {
          type: 'range',
          id,
          min: spec.min,
          max: spec.max,
          step: spec.step,
          value: String(v),
          'data-param': name,
          'data-testid': `param-${name}`,
        });
        const out = h('output', { for: id }, formatShort(v, 3));
        input.addEventListener('input', () => {
          const nv = Number(input.value);
          for (const fid of s.fns) if (this.#byId.get(fid).params[name]) s.params[paramKey(fid, name)] = nv;
          this.reflect({ [name]: nv });
          this.requestUpdate();
        });
        return h('div', { class: 'field' }, h('label', { for: id }, spec.label[t.lang]), input, out);
      }),
    );
  }

  #curvesKey = '';
  #keyKey = '';
  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    this.#renderParams();
    // The curves (and the chart's paths) depend on the functions, their parameters and the
    // range only: a cursor move redraws the overlay alone.
    const curvesKey = JSON.stringify([s.fns, s.fns.map((id) => this.#paramsOf(id)), s.xmin, s.xmax, s.derivative]);
    if (curvesKey !== this.#curvesKey) {
      this.#curvesKey = curvesKey;
      this.#sampler.setRange(s.xmin, s.xmax);
      this.#curves = s.fns.map((id) => ({
        id,
        info: this.#byId.get(id),
        ...this.#sampler.sample(id, this.#paramsOf(id)),
      }));
      const first = this.#curves[0];
      this.#bands = first ? saturationBands(this.#sampler.xs, first.df, SATURATION) : [];
    }
    this.#values = this.#curves.map((c) => ({ id: c.id, ...this.#sampler.at(c.id, s.x, this.#paramsOf(c.id)) }));
    const series = [];
    const data = [this.#sampler.xs];
    this.#curves.forEach((c, i) => {
      const colour = colourFor(this.#catalogue, c.id);
      series.push({ label: `${c.id} f`, stroke: colour, dash: DASHES[0], width: 2.25 });
      data.push(c.f);
      if (s.derivative) {
        series.push({ label: `${c.id} df`, stroke: colour, dash: DASHES[1 + (i % 3)], width: 1.5 });
        data.push(c.df);
      }
    });
    this.#chart.set(series, data);
    const keyKey = `${t.lang}|${curvesKey}`;
    if (keyKey !== this.#keyKey) {
      this.#keyKey = keyKey;
      ui.key.replaceChildren(
        ...this.#curves.flatMap((c, i) => {
          const colour = colourFor(this.#catalogue, c.id);
          const name = c.info.name[t.lang];
          const items = [h('span', {}, h('span', { class: 'swatch', style: { color: colour } }), `${name} f(x)`)];
          if (s.derivative) {
            const dash = ['dash', 'dot', 'dash'][i % 3];
            items.push(
              h('span', {}, h('span', { class: `swatch ${dash}`, style: { color: colour } }), `${name} f′(x)`),
            );
          }
          return items;
        }),
      );
    }
    setProp(ui.cursor, 'min', String(s.xmin));
    setProp(ui.cursor, 'max', String(s.xmax));
    if (this.root.activeElement !== ui.cursor) setProp(ui.cursor, 'value', String(s.x));
    setText(ui.cursorOut, formatShort(s.x, 3));
    setText(
      ui.readout,
      this.#values
        .map((v) => {
          const name = this.#byId.get(v.id).name[t.lang];
          return s.derivative
            ? t('plot.readoutBoth', { name, x: formatShort(s.x, 3), f: formatNum(v.f), df: formatNum(v.df) })
            : t('plot.readoutF', { name, x: formatShort(s.x, 3), f: formatNum(v.f) });
        })
        .join(' · '),
    );
    const first = this.#curves[0];
    const ranges = this.#bands.map(([a, b]) => `[${formatShort(a)}, ${formatShort(b)}]`).join(', ');
    setText(
      ui.bands,
      first
        ? ranges
          ? t('plot.bandsSome', { name: first.info.name[t.lang], ranges })
          : t('plot.bandsNone', { name: first.info.name[t.lang] })
        : '',
    );
    const names = this.#curves.map((c) => c.info.name[t.lang]).join(', ');
    const aria = t(s.derivative ? 'plot.ariaBoth' : 'plot.ariaF', {
      names,
      xmin: formatShort(s.xmin),
      xmax: formatShort(s.xmax),
    });
    setAttr(ui.figure, 'aria-label', aria);
    // the cursor: DOM nodes over the chart (moving it redraws no canvas)
    this.#chart.setCursor(
      s.x,
      this.#values.flatMap((v) => {
        const colour = colourFor(this.#catalogue, v.id);
        const dots = [{ y: v.f, colour, filled: true }];
        if (s.derivative) dots.push({ y: v.df, colour, filled: false });
        return dots;
      }),
    );
  }

  #bands = [];
  #drawBands(u) {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.beginPath();
    ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
    ctx.clip();
    ctx.fillStyle = 'rgba(127, 127, 127, 0.16)';
    for (const [x0, x1] of this.#bands) {
      const a = u.valToPos(x0, 'x', true);
      const b = u.valToPos(x1, 'x', true);
      ctx.fillRect(Math.min(a, b), bbox.top, Math.abs(b - a), bbox.height);
    }
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
}

define(ActLabPlot);
