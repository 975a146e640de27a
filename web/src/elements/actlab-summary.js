// <actlab-summary fns="relu,gelu" sections="sigmoid:sec-2,relu:sec-3" sort="-ns">
// The summary table of the post (section 9), generated from the catalogue (lab.activations):
// name, output range, monotonic / smooth / zero-centred (✓/✗ with text for screen readers),
// f′(0) computed by the core (at a kink the core's convention: the x ≤ 0 slope, ReLU′(0) = 0
// as in PyTorch), the cost per element measured live in this browser (lab.forwardInto over a
// resident 64 Ki-float buffer, median of a few spans; timed in steps of one span in idle
// periods once the table is on screen, "…" until then), and a typical use (dictionary).
// Headings are sort buttons; an aria-live line reports the fastest/slowest function and the
// sort order.
//
// Attributes:
//   fns       comma list of catalogue ids to show (default: every entry, catalogue order)
//   sections  comma list of id:anchor pairs; the name cell then links to #anchor
//   sort      column to sort by: name|monotonic|smooth|zeroCentred|d0|ns, '-' = descending
//             (default: catalogue order; reflected when a heading button is pressed)
// Value (property `value`, `actlab-change` event), rows in displayed order:
//   { rows: [{ id, range, monotonic, smooth, zeroCentred, d0, nsPerElement }] }
//   (nsPerElement: null until measured, then a finite number > 0)
import { normalizeCatalogue, paramsFor } from '../model/catalogue.js';
import { formatNum, formatShort } from '../model/format.js';
import {
  TIMING_FLOATS,
  buildRows,
  extremes,
  fillTimingInput,
  costMeter,
  TIMING_REPS,
  parseSections,
  parseSort,
  sortRows,
  sortText,
} from '../model/summary.js';
import { h, setText } from '../views/dom.js';
import { idListAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { idlePrefetch } from './prefetch.js';
import css from './actlab-summary.css?inline';

const COLUMNS = ['name', 'range', 'monotonic', 'smooth', 'zeroCentred', 'd0', 'ns', 'use'];
const SORTABLE = new Set(['name', 'monotonic', 'smooth', 'zeroCentred', 'd0', 'ns']);

// Costs measured on this page, shared by every instance (one measurement per function and
// page; "measure again" replaces them).
const measured = new Map();
/** A timing step's first estimated wall time in ms (one span of TIMING_MIN_MS and a little). */
const STEP_MS = 3;

export class ActLabSummary extends ActLabElement {
  static tag = 'actlab-summary';
  static css = css;
  static attrs = ['fns', 'sections', 'sort'];

  state = { fns: [], sections: {}, sort: { key: null, dir: 1 } };

  get value() {
    return {
      rows: this.#displayed().map((r) => ({
        id: r.id,
        range: r.range,
        monotonic: r.monotonic,
        smooth: r.smooth,
        zeroCentred: r.zeroCentred,
        d0: r.d0,
        nsPerElement: r.nsPerElement,
      })),
    };
  }

  #catalogue = null;
  #rows = [];
  #ui = null;
  #structure = '';
  #cells = new Map();
  #queue = [];
  #meter = null; // { id, meter } of the function being timed (costMeter)
  #buffers = null;

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    const ids = this.#catalogue.map((a) => a.id);
    const s = this.state;
    s.fns = reportAttr(this, 'fns', idListAttr(this, 'fns', ids, ids, { max: ids.length }), ids.join(', '));
    s.sections = reportAttr(
      this,
      'sections',
      parseSections(this.getAttribute('sections'), ids),
      'id:anchor, … (sigmoid:sec-2)',
    );
    s.sort = reportAttr(this, 'sort', parseSort(this.getAttribute('sort')), 'name, d0, ns, … (-ns)');
    const key = s.fns.join();
    if (key !== this.#rows.map((r) => r.id).join()) {
      this.#rows = buildRows(this.lab, this.#catalogue, s.fns);
      for (const r of this.#rows) r.nsPerElement = measured.get(r.id) ?? null;
      this.#queue = this.#rows.filter((r) => r.nsPerElement == null).map((r) => r.id);
      this.#ahead.request();
    }
  }

  start() {
    const capId = this.uid('caption');
    const ui = {
      explain: h('p', { class: 'hint' }),
      caption: h('caption', { id: capId }),
      head: h('tr'),
      body: h('tbody'),
      kinkNote: h('p', { class: 'hint', 'data-testid': 'kink-note' }),
      costExplain: h('p', { class: 'hint' }),
      sortHint: h('p', { class: 'hint' }),
      again: h('button', { type: 'button', 'data-testid': 'remeasure' }),
      progress: h('p', { class: 'hint progress', 'data-testid': 'progress' }),
      readout: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
      sortButtons: new Map(),
      heads: new Map(),
    };
    for (const c of COLUMNS) {
      const th = h('th', { scope: 'col', class: `col-${c}` });
      if (SORTABLE.has(c)) {
        const label = h('span');
        const arrow = h('span', { class: 'arrow', 'aria-hidden': 'true' });
        const b = h('button', { type: 'button', class: 'sort', 'data-testid': `sort-${c}` }, label, arrow);
        b.addEventListener('click', () => this.#sortBy(c));
        th.append(b);
        ui.sortButtons.set(c, { button: b, label, arrow });
      }
      ui.heads.set(c, th);
      ui.head.append(th);
    }
    ui.again.addEventListener('click', () => this.#measureAgain());
    this.root.append(
      h(
        'div',
        { class: 'scroll', role: 'region', tabindex: '0', 'aria-labelledby': capId },
        h('table', { 'data-testid': 'table' }, ui.caption, h('thead', {}, ui.head), ui.body),
      ),
      ui.explain,
      ui.kinkNote,
      ui.costExplain,
      ui.sortHint,
      h('div', { class: 'row' }, ui.again, ui.progress),
      ui.readout,
    );
    this.#ui = ui;
    this.translate();
    this.#ahead.request();
  }

  stop() {
    this.#ahead.cancel();
    this.#meter = null;
    this.#buffers = null; // freed by the base class (owned)
    this.#ui = null;
    this.#structure = '';
    this.#cells.clear();
    // started again from the attributes when re-added: re-read rows and the queue then
    this.#rows = [];
    this.#queue = [];
  }

  visibilityChanged(on) {
    if (!this.#ui) return;
    if (on) this.#ahead.request();
    this.requestUpdate(); // "measuring…" / "waiting until visible"
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.explain, t('summary.explain'));
    setText(ui.caption, t('summary.caption'));
    setText(ui.kinkNote, t('summary.kinkNote'));
    setText(ui.costExplain, t('summary.costExplain'));
    setText(ui.sortHint, t('summary.sortHint'));
    setText(ui.again, t('summary.remeasure'));
    for (const c of COLUMNS) {
      const sb = ui.sortButtons.get(c);
      if (sb) setText(sb.label, t(`summary.col.${c}`));
      else setText(ui.heads.get(c), t(`summary.col.${c}`));
    }
    this.#structure = '';
  }

  #displayed() {
    return sortRows(this.#rows, this.state.sort, this.t.lang);
  }

  #sortBy(key) {
    const s = this.state;
    s.sort = s.sort.key === key ? { key, dir: -s.sort.dir } : { key, dir: 1 };
    this.notice('attr:sort', null);
    this.reflect({ sort: sortText(s.sort) });
    this.#announceSort = true;
    this.requestUpdate();
  }
  #announceSort = false;

  #measureAgain() {
    for (const r of this.#rows) {
      measured.delete(r.id);
      r.nsPerElement = null;
    }
    this.#queue = this.#rows.map((r) => r.id);
    this.#meter = null;
    this.#announceSort = false;
    this.#ahead.request();
    this.requestUpdate();
  }

  // ---- live timing: in steps of one span, in idle periods, only while on screen ----
  // A function's timing (a warm-up and TIMING_REPS spans of ~2 ms) is cut into steps that run
  // only where an idle period has room for one (prefetch.js): timing all of them at once kept
  // the thread busy ~16 ms, a late frame or four for a reader dragging a slider nearby.
  #ahead = idlePrefetch({
    active: () => this.#ui !== null && this.onScreen,
    // at most this many steps are left (the head of the queue may be part-way through)
    todo: () => (this.#queue.length ? Array(this.#queue.length * (TIMING_REPS + 1)).fill(0) : []),
    compute: () => this.#timeStep(),
    firstMs: STEP_MS,
  });

  /** One timing step of the function at the head of the queue; when its timing is complete,
   *  its row shows the cost and the next function is up. */
  #timeStep() {
    const id = this.#queue[0];
    if (id == null || !this.#ui) return;
    const row = this.#rows.find((r) => r.id === id);
    let ns = measured.get(id);
    if (row && ns == null) {
      try {
        if (!this.#buffers) {
          const input = this.own(this.lab.alloc(TIMING_FLOATS));
          const output = this.own(this.lab.alloc(TIMING_FLOATS));
          fillTimingInput(input.view);
          this.#buffers = { input, output };
        }
        if (this.#meter?.id !== id) {
          const { input, output } = this.#buffers;
          this.#meter = { id, meter: costMeter(this.lab, id, paramsFor(row.info, {}), input, output) };
        }
        if (this.#meter.meter.step()) return; // more spans due
        ns = this.#meter.meter.ns;
        if (!(Number.isFinite(ns) && ns > 0)) ns = NaN;
      } catch {
        ns = NaN;
      }
      if (Number.isFinite(ns)) measured.set(id, ns);
    }
    this.#meter = null;
    this.#queue.shift();
    if (row) {
      row.nsPerElement = Number.isFinite(ns) ? ns : NaN;
      this.requestUpdate();
    }
    if (!this.#queue.length && this.#buffers) {
      // done: give the 512 KiB back until someone asks for a new measurement
      this.release(this.#buffers.input);
      this.release(this.#buffers.output);
      this.#buffers = null;
    }
  }

  #yesNo(v) {
    const t = this.t;
    return h(
      'td',
      { class: v ? 'yes' : 'no' },
      h('span', { 'aria-hidden': 'true' }, v ? '✓' : '✗'),
      h('span', { class: 'visually-hidden' }, t(v ? 'summary.yes' : 'summary.no')),
    );
  }

  #buildTable() {
    const t = this.t;
    const s = this.state;
    this.#cells.clear();
    const trs = this.#rows.map((r) => {
      const name = r.info.name[t.lang];
      const anchor = s.sections[r.id];
      const ns = h('span', { class: 'ns-text', 'data-testid': `ns-${r.id}` });
      const bar = h('span', { class: 'bar-fill' });
      const useKey = `summary.use.${r.id}`;
      const use = t(useKey);
      const tr = h(
        'tr',
        { 'data-testid': `row-${r.id}`, 'data-id': r.id },
        h(
          'th',
          { scope: 'row', class: 'name' },
          anchor ? h('a', { href: `#${anchor}`, 'data-testid': `link-${r.id}` }, name) : name,
        ),
        h('td', { class: 'range' }, r.range),
        this.#yesNo(r.monotonic),
        this.#yesNo(r.smooth),
        this.#yesNo(r.zeroCentred),
        h(
          'td',
          { class: 'num d0' },
          h('span', { 'data-testid': `d0-${r.id}` }, formatShort(r.d0, 4)),
          r.kink
            ? [
                h('sup', { 'aria-hidden': 'true' }, '*'),
                h('span', { class: 'visually-hidden' }, ` (${t('summary.kinkMark')})`),
              ]
            : null,
        ),
        h(
          'td',
          { class: 'num cost' },
          h('span', { class: 'cost-cell' }, h('span', { class: 'bar', 'aria-hidden': 'true' }, bar), ns),
        ),
        h('td', { class: 'use' }, use === useKey ? r.info.note[t.lang] : use),
      );
      this.#cells.set(r.id, { tr, ns, bar });
      return tr;
    });
    this.#ui.body.replaceChildren(...trs);
  }

  update() {
    const t = this.t;
    const s = this.state;
    const ui = this.#ui;
    const key = `${t.lang}|${s.fns.join()}|${JSON.stringify(s.sections)}`;
    if (key !== this.#structure) {
      this.#structure = key;
      this.#buildTable();
    }
    // cost cells
    const ext = extremes(this.#rows);
    for (const r of this.#rows) {
      const c = this.#cells.get(r.id);
      const v = r.nsPerElement;
      if (v == null) {
        c.ns.replaceChildren(
          h('span', { 'aria-hidden': 'true' }, '…'),
          h('span', { class: 'visually-hidden' }, t('summary.pending')),
        );
        c.ns.dataset.value = '';
        c.bar.style.width = '0';
      } else if (!Number.isFinite(v)) {
        c.ns.replaceChildren(
          h('span', { 'aria-hidden': 'true' }, '—'),
          h('span', { class: 'visually-hidden' }, t('summary.failed')),
        );
        c.ns.dataset.value = 'NaN';
        c.bar.style.width = '0';
      } else {
        setText(c.ns, formatNum(v, v < 1 ? 3 : 2));
        c.ns.dataset.value = String(v);
        c.bar.style.width = `${Math.max(2, Math.round((100 * v) / ext.slow.nsPerElement))}%`;
      }
    }
    // order and sort state
    const order = this.#displayed();
    const current = [...ui.body.children].map((tr) => tr.dataset.id).join();
    if (current !== order.map((r) => r.id).join()) {
      ui.body.append(...order.map((r) => this.#cells.get(r.id).tr));
    }
    for (const [c, sb] of ui.sortButtons) {
      const active = s.sort.key === c;
      const th = ui.heads.get(c);
      if (active) th.setAttribute('aria-sort', s.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
      setText(sb.arrow, active ? (s.sort.dir > 0 ? '▲' : '▼') : '↕');
    }
    // progress and the live line
    const total = this.#rows.length;
    const done = this.#rows.filter((r) => r.nsPerElement != null).length;
    ui.again.disabled = done < total;
    setText(
      ui.progress,
      done < total ? (this.onScreen ? t('summary.measuring', { done, total }) : t('summary.waiting')) : '',
    );
    const parts = [];
    if (done === total && ext) {
      parts.push(
        t('summary.done', {
          fast: ext.fast.info.name[t.lang],
          fastNs: formatNum(ext.fast.nsPerElement, 2),
          slow: ext.slow.info.name[t.lang],
          slowNs: formatNum(ext.slow.nsPerElement, 2),
        }),
      );
    }
    if (this.#announceSort && s.sort.key) {
      parts.push(
        t('summary.sorted', {
          col: t(`summary.col.${s.sort.key}`),
          dir: t(s.sort.dir > 0 ? 'summary.asc' : 'summary.desc'),
        }),
      );
    }
    setText(ui.readout, parts.join(' '));
  }
}

define(ActLabSummary);
