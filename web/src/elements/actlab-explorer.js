// <actlab-explorer fns="sigmoid,tanh,relu" focus="relu" xmin="-6" xmax="6" x="0"
//                 params="elu.alpha=0.5,swish.beta=2" logits="2,1,0.1" t="1" sync-url>
// The activation-function explorer in one element: a picker (a checkbox per catalogue entry),
// the parameters of the chosen functions, one chart of f (solid) and f′ (dashed) with the
// saturation band |f′| < 0.1 of a chosen function shaded, the x range, a cursor with a readout
// table and an aria-live summary, the formulas (KaTeX rendered at build time), a softmax panel
// (logits, temperature) and a comparison table of the whole catalogue.
//
// Attributes follow the state schema of web/src/state.js (`params` carries the `<id>.<param>`
// overrides as a comma list); each is reflected back as the state changes (defaults are
// removed). A malformed value falls back to its default with a visible notice.
// `sync-url`: also read the initial state from the page's query string (it wins over the
// attributes; a malformed value there gets a notice too) and mirror the state back into the
// query (history.replaceState, debounced; other query keys such as `lang` are kept). Use it on
// one explorer per page at most.
//
// Value (property `value`, `actlab-change` event): the current state,
// { fns, focus, xmin, xmax, x, params: { 'elu.alpha': 0.5, … }, logits, t }. Before the element
// has started, the state its attributes describe (null only until the page's core has loaded
// once, as the schema needs the catalogue).
import katexCss from 'katex/dist/katex.min.css?inline';
import { css as formulaCss } from '../generated/formulas.js';
import { normalizeCatalogue } from '../model/catalogue.js';
import { createExplorerModel } from '../model/explorer.js';
import {
  DEFAULTS,
  STATE_KEYS,
  clamp,
  copyState,
  parseLogits,
  parseState,
  paramKeys,
  serializeState,
  stateEntries,
  validRange,
} from '../state.js';
import { mountChart } from '../views/chart.js';
import { mountCompareTable } from '../views/compare-table.js';
import { mountCursor } from '../views/cursor.js';
import { h, setAttr, setText } from '../views/dom.js';
import { mountFormulas } from '../views/formulas.js';
import { colourFor } from '../views/palette.js';
import { mountParams } from '../views/params.js';
import { mountPicker } from '../views/picker.js';
import { mountSoftmax } from '../views/softmax.js';
import { mountXRange } from '../views/xrange.js';
import { ActLabElement, define } from './base.js';
import { chartCss } from './chart.js';
import css from './actlab-explorer.css?inline';

// @font-face is ignored inside a shadow root: the page declares KaTeX's fonts (styles/fonts.css).
const katexRules = katexCss.replace(/@font-face\s*\{[^}]*\}/g, '');
const URL_DELAY = 250;
let known = null; // { catalogue (normalized), limits } once any explorer has loaded the core

export class ActLabExplorer extends ActLabElement {
  static tag = 'actlab-explorer';
  static css = [chartCss, katexRules, formulaCss, css];
  static attrs = [...STATE_KEYS, 'params'];

  state = null;

  get value() {
    if (this.state) return copyState(this.state);
    if (!known) return null;
    return parseState(this.#attributeQuery([], known.catalogue), known.catalogue, known.limits);
  }

  #catalogue = null;
  #byId = null;
  #model = null;
  #views = null;
  #controls = null;
  #probs = null;
  #probsKey = '';
  #urlTimer = 0;
  #badSlots = new Set();

  // ---- attributes, URL ----

  /** The attributes as a query (URLSearchParams) for parseState; bad `params` items listed. */
  #attributeQuery(badParams, catalogue = this.#catalogue) {
    const q = new URLSearchParams();
    for (const k of STATE_KEYS) {
      const v = this.getAttribute(k);
      // fns="" means "none selected"; any other empty attribute counts as absent
      if (v != null && (v.trim() !== '' || k === 'fns')) q.set(k, v);
    }
    const keys = paramKeys(catalogue);
    for (const item of (this.getAttribute('params') ?? '').split(',')) {
      if (!item.trim()) continue;
      const [k, ...v] = item.split('=');
      if (keys.includes(k.trim()) && v.length) q.set(k.trim(), v.join('='));
      else badParams.push(item.trim());
    }
    return q;
  }

  readAttributes() {
    known ??= { catalogue: normalizeCatalogue(this.lab.activations), limits: this.lab.limits };
    this.#catalogue ??= known.catalogue;
    this.#byId ??= new Map(this.#catalogue.map((a) => [a.id, a]));
    const bad = [];
    const badParams = [];
    let s = parseState(this.#attributeQuery(badParams), this.#catalogue, this.lab.limits, { bad });
    const urlBad = [];
    // The query string seeds the state once per start (the attributes mirror it afterwards).
    if (!this.#views && this.hasAttribute('sync-url') && typeof location !== 'undefined') {
      s = parseState(location.search, this.#catalogue, this.lab.limits, { base: s, bad: urlBad });
    }
    this.state = s;

    for (const slot of this.#badSlots) this.notice(slot, null);
    this.#badSlots.clear();
    const show = (slot, key, vars) => {
      this.#badSlots.add(slot);
      this.notice(slot, key, { ...vars, value: String(vars.value).slice(0, 60) });
    };
    for (const b of bad) {
      const param = b.name.includes('.');
      show(`attr:${b.name}`, 'widget.badAttr', {
        name: param ? 'params' : b.name,
        value: param ? `${b.name}=${b.value}` : b.value,
        allowed: b.allowed,
      });
    }
    if (badParams.length) {
      show('attr:params', 'widget.badAttr', {
        name: 'params',
        value: badParams.join(','),
        allowed: paramKeys(this.#catalogue)
          .map((k) => `${k}=…`)
          .join(', '),
      });
    }
    for (const b of urlBad) show(`url:${b.name}`, 'widget.badUrl', { name: b.name, value: b.value });
  }

  /** Attributes from the state: non-default values only. */
  #reflectState() {
    const entries = stateEntries(this.state, this.#catalogue);
    const attrs = Object.fromEntries(STATE_KEYS.map((k) => [k, null]));
    const params = [];
    for (const [k, v] of entries) {
      if (k in attrs) attrs[k] = v;
      else params.push(`${k}=${v}`);
    }
    attrs.params = params.length ? params.join(',') : null;
    // only what changed (no attribute churn, no MutationObserver noise)
    for (const [k, v] of Object.entries(attrs)) if (this.getAttribute(k) === v) delete attrs[k];
    if (Object.keys(attrs).length) this.reflect(attrs);
  }

  #scheduleUrl() {
    if (!this.hasAttribute('sync-url')) return;
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.#writeUrl(), URL_DELAY);
  }

  #writeUrl() {
    this.#urlTimer = 0;
    if (!this.state || !this.#catalogue) return;
    const query = serializeState(this.state, this.#catalogue, location.search);
    if (query !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
  }

  #set(patch) {
    this.state = { ...this.state, ...(typeof patch === 'function' ? patch(this.state) : patch) };
    this.requestUpdate();
  }

  // ---- DOM ----

  start() {
    this.#model = createExplorerModel(this.lab, this.#catalogue);
    this.own({ free: () => this.#model?.dispose() });
    const ctx = {
      catalogue: this.#catalogue,
      t: () => this.t,
      uid: (name) => this.uid(name),
      active: () => this.root.activeElement,
    };
    const panel = (cls, labelledBy) =>
      h('section', { class: `panel ${cls}`, 'aria-labelledby': labelledBy ? this.uid(labelledBy) : null });
    const controls = panel('panel-controls');
    const pickerBox = h('div');
    const paramsBox = h('div', { class: 'params-box' });
    controls.append(pickerBox, paramsBox);
    const chartPanel = panel('panel-chart', 'chart-heading');
    const chartHeading = h('h2', { id: this.uid('chart-heading') });
    const chartBox = h('div');
    const xrangeBox = h('div');
    const cursorBox = h('div', { class: 'cursor-box' });
    chartPanel.append(chartHeading, chartBox, xrangeBox, cursorBox);
    const formulasPanel = panel('panel-formulas', 'formulas-heading');
    const softmaxPanel = panel('panel-softmax', 'softmax-heading');
    const tablePanel = panel('panel-table', 'table-heading');
    this.root.append(h('div', { class: 'explorer' }, controls, chartPanel), formulasPanel, softmaxPanel, tablePanel);
    this.#controls = { controls, chartHeading };

    const set = (patch) => this.#set(patch);
    this.#views = {
      picker: mountPicker(pickerBox, ctx, {
        onChange: (fns) => set((s) => ({ fns, focus: fns.includes(s.focus) ? s.focus : null })),
        onFocusChange: (focus) => set({ focus }),
      }),
      params: mountParams(paramsBox, ctx, {
        onChange: (key, v) => set((s) => ({ params: { ...s.params, [key]: v } })),
      }),
      chart: mountChart(chartBox, ctx, {
        onCursor: (x) => set((s) => ({ x: clamp(x, s.xmin, s.xmax) })),
      }),
      xrange: mountXRange(xrangeBox, ctx, {
        defaults: DEFAULTS,
        validRange,
        onChange: (xmin, xmax) => set((s) => ({ xmin, xmax, x: clamp(s.x, xmin, xmax) })),
      }),
      cursor: mountCursor(cursorBox, ctx, { points: this.#model.points, onChange: (x) => set({ x }) }),
      formulas: mountFormulas(formulasPanel, ctx),
      softmax: mountSoftmax(softmaxPanel, ctx, {
        temperature: this.lab.limits.temperature,
        parseLogits,
        onLogits: (logits) => set({ logits }),
        onTemperature: (t) => set({ t }),
      }),
      table: mountCompareTable(tablePanel, ctx),
    };
    // Every observer, timer and chart goes with the element (freed before stop()).
    this.own({ free: () => Object.values(this.#views ?? {}).forEach((v) => v.dispose()) });
  }

  /** Language changes re-label everything on the next update (the views key on t.lang). Must
   *  exist: HTMLElement#translate is a boolean, so base.js's `this.translate?.()` would throw. */
  translate() {}

  stop() {
    if (this.#urlTimer) {
      clearTimeout(this.#urlTimer);
      this.#writeUrl(); // the last change is not lost when the element goes
    }
    this.#model = null;
    this.#views = null;
    this.#controls = null;
    this.#probs = null;
    this.#probsKey = '';
  }

  update() {
    const s = this.state;
    const t = this.t;
    const v = this.#views;
    const frame = this.#model.compute(s);
    const decorate = (c) => ({
      ...c,
      name: this.#byId.get(c.id).name[t.lang],
      colour: colourFor(this.#catalogue, c.id),
    });
    const curves = frame.curves.map(decorate);
    const values = frame.cursor.values.map(decorate);

    setAttr(this.#controls.controls, 'aria-label', t('explorer.controls'));
    setText(this.#controls.chartHeading, t('explorer.chart.heading'));
    v.picker.update(s);
    v.params.update(s);
    v.xrange.update(s);
    v.chart.update({
      ...frame,
      curves,
      cursor: { x: frame.cursor.x, values },
      focusName: frame.focus ? this.#byId.get(frame.focus).name[t.lang] : null,
    });
    v.cursor.update(s, { x: frame.cursor.x, values });
    v.formulas.update(s);
    const probsKey = `${s.logits.join()}|${s.t}`;
    if (probsKey !== this.#probsKey) {
      this.#probsKey = probsKey;
      this.#probs = this.#model.softmax(s.logits, s.t);
    }
    v.softmax.update(s, this.#probs);
    v.table.update(s);

    this.#reflectState();
    this.#scheduleUrl();
  }
}

define(ActLabExplorer);
