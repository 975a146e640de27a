// <actlab-softmax logits="2,1,0.1" temperature="1">
// Post section 8 (softmax). Shows editable logits (a text field with a validation message,
// plus one number input per logit) and a log-scale temperature slider; probability bars from
// lab.softmax with 3-decimal labels and their sum; the large-logit case z = (1000, 999, 998):
// the textbook formula computed naively in page JS (Math.exp(1000) = Infinity → NaN; shown
// on purpose and labelled as the wrong way) next to the core's stable result; the softmax
// Jacobian ∂pᵢ/∂zⱼ as a K×K heat-map table (diverging colours, every value printed; row j is
// lab.softmaxBackward(logits, e_j, T)) with its row sums, next to the diagonal Jacobian of an
// element-wise sigmoid (lab.derivative) for comparison. An aria-live readout of the
// probabilities.
// Attributes: logits (comma list of 2–8 numbers, |v| ≤ 1e4, default "2,1,0.1"; reflected),
//   temperature (lab.limits.temperature: 0.01–100, default 1; reflected).
// Value (property `value`, `actlab-change` event):
//   { logits, temperature, probabilities: number[], jacobian: number[][] }.
import { formatNum, formatShort } from '../model/format.js';
import {
  DEFAULT_LOGITS,
  LARGE_LOGITS,
  LOGIT_ABS,
  diagonalJacobian,
  naiveSoftmax,
  parseLogitsText,
  probabilities,
  rowSums,
  softmaxJacobian,
  temperatureFromSlider,
} from '../model/softmax-lab.js';
import { h, setAttr, setLiveText, setProp, setStyle, setText, morphChildren } from '../views/dom.js';
import { numberAttr, numberListAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import css from './actlab-softmax.css?inline';

export class ActLabSoftmax extends ActLabElement {
  static tag = 'actlab-softmax';
  static css = css;
  static attrs = ['logits', 'temperature'];

  state = { logits: [...DEFAULT_LOGITS], temperature: 1 };

  get value() {
    if (!this.#result) return null;
    const r = this.#result;
    return {
      logits: [...this.state.logits],
      temperature: this.state.temperature,
      probabilities: [...r.probabilities],
      jacobian: r.jacobian.map((row) => [...row]),
    };
  }

  #result = null;
  #ui = null;
  #fieldError = null;
  #eachKey = '';

  get #classes() {
    return this.lab.limits.classes;
  }
  get #tLimits() {
    return this.lab.limits.temperature;
  }

  readAttributes() {
    const s = this.state;
    const { min, max } = this.#classes;
    s.logits = reportAttr(
      this,
      'logits',
      numberListAttr(this, 'logits', { minCount: min, maxCount: max, abs: LOGIT_ABS, def: [...DEFAULT_LOGITS] }),
      `${min}–${max} numbers, |v| ≤ ${LOGIT_ABS}`,
    );
    const tl = this.#tLimits;
    s.temperature = reportAttr(
      this,
      'temperature',
      numberAttr(this, 'temperature', { min: tl.min, max: tl.max, def: tl.default }),
      `${tl.min}…${tl.max}`,
    );
    // an attribute change replaces whatever was typed
    this.#fieldError = null;
    if (this.#ui && this.root.activeElement !== this.#ui.field) this.#ui.field.value = s.logits.join(', ');
  }

  start() {
    const id = (n) => this.uid(n);
    const tl = this.#tLimits;
    const ui = {
      title: h('h3', {}),
      fieldLabel: h('label', { for: id('logits') }),
      field: h('input', {
        type: 'text',
        id: id('logits'),
        inputmode: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': `${id('help')} ${id('error')}`,
        'data-testid': 'logits',
      }),
      help: h('p', { class: 'hint', id: id('help') }),
      error: h('p', { class: 'field-error', id: id('error'), 'data-testid': 'logits-error' }),
      eachLegend: h('legend', {}),
      each: h('div', { class: 'each' }),
      tLabel: h('label', { for: id('t') }),
      t: h('input', {
        type: 'range',
        id: id('t'),
        min: String(Math.log10(tl.min)),
        max: String(Math.log10(tl.max)),
        step: '0.01',
        'data-testid': 'temperature',
      }),
      tOut: h('output', { for: id('t'), 'data-testid': 'temperature-out' }),
      tNote: h('p', { class: 'hint' }),
      probsTitle: h('p', { class: 'subhead' }),
      bars: h('ul', { class: 'bars', 'data-testid': 'bars' }),
      sum: h('p', { class: 'num', 'data-testid': 'sum' }),
      readout: h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'readout' }),
      largeTitle: h('p', { class: 'subhead' }),
      naiveHead: h('p', { class: 'panel-head wrong' }),
      naiveExp: h('p', { class: 'num', 'data-testid': 'naive-exp' }),
      naiveProbs: h('p', { class: 'num', 'data-testid': 'naive' }),
      naiveWhy: h('p', { class: 'hint' }),
      stableHead: h('p', { class: 'panel-head right' }),
      stableProbs: h('p', { class: 'num', 'data-testid': 'stable' }),
      stableWhy: h('p', { class: 'hint' }),
      useLarge: h('button', { type: 'button', 'data-testid': 'use-large' }),
      jacTitle: h('p', { class: 'subhead', id: id('jac') }),
      jac: h('div', {
        class: 'matrix-wrap',
        role: 'region',
        tabindex: '0',
        'aria-labelledby': id('jac'),
        'data-testid': 'jacobian',
      }),
      rowSums: h('p', { class: 'num', 'data-testid': 'row-sums' }),
      jacNote: h('p', { class: 'hint' }),
      diagTitle: h('p', { class: 'subhead', id: id('diag') }),
      diag: h('div', {
        class: 'matrix-wrap',
        role: 'region',
        tabindex: '0',
        'aria-labelledby': id('diag'),
        'data-testid': 'diagonal',
      }),
      diagNote: h('p', { class: 'hint' }),
      legend: h('p', { class: 'hint' }),
    };
    ui.field.value = this.state.logits.join(', ');
    ui.field.addEventListener('input', () => this.#typed());
    ui.t.addEventListener('input', () => {
      const tl2 = this.#tLimits;
      this.state.temperature = Math.min(tl2.max, Math.max(tl2.min, temperatureFromSlider(Number(ui.t.value))));
      this.notice('attr:temperature', null);
      this.reflect({ temperature: this.state.temperature });
      this.requestUpdate();
    });
    ui.useLarge.addEventListener('click', () => this.#setLogits([...LARGE_LOGITS], true));
    this.root.append(
      ui.title,
      h('div', { class: 'stack' }, ui.fieldLabel, ui.field, ui.help, ui.error),
      h('fieldset', { class: 'each-set' }, ui.eachLegend, ui.each),
      h('div', { class: 'field' }, ui.tLabel, ui.t, ui.tOut),
      ui.tNote,
      ui.probsTitle,
      ui.bars,
      ui.sum,
      ui.readout,
      ui.largeTitle,
      h(
        'div',
        { class: 'compare' },
        h(
          'section',
          { class: 'panel wrong', 'data-testid': 'naive-panel' },
          ui.naiveHead,
          ui.naiveExp,
          ui.naiveProbs,
          ui.naiveWhy,
        ),
        h(
          'section',
          { class: 'panel right', 'data-testid': 'stable-panel' },
          ui.stableHead,
          ui.stableProbs,
          ui.stableWhy,
          ui.useLarge,
        ),
      ),
      ui.jacTitle,
      ui.jac,
      ui.rowSums,
      ui.jacNote,
      ui.diagTitle,
      ui.diag,
      ui.diagNote,
      ui.legend,
    );
    this.#ui = ui;
    this.translate();
  }

  stop() {
    this.#ui = null;
    this.#result = null;
    this.#eachKey = '';
    this.#diagKey = '';
    this.#largeLang = '';
    this.#jacKey = '';
    this.#jacCells = [];
    this.#barsKey = '';
    this.#barRows = [];
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    const { min, max } = this.#classes;
    setText(ui.title, t('softmax.title'));
    setText(ui.fieldLabel, t('softmax.logits', { min, max }));
    setText(ui.help, t('softmax.logitsHelp'));
    setText(ui.eachLegend, t('softmax.logitsEach'));
    setText(ui.tLabel, t('softmax.temperature'));
    setText(ui.tNote, t('softmax.tempNote'));
    setText(ui.probsTitle, t('softmax.probsTitle'));
    setText(ui.largeTitle, t('softmax.largeTitle'));
    setText(ui.naiveHead, t('softmax.naiveHead'));
    setText(ui.naiveWhy, t('softmax.naiveWhy'));
    setText(ui.stableHead, t('softmax.stableHead'));
    setText(ui.stableWhy, t('softmax.stableWhy'));
    setText(ui.useLarge, t('softmax.useLarge'));
    setText(ui.jacTitle, t('softmax.jacTitle'));
    setText(ui.jacNote, t('softmax.jacNote'));
    setText(ui.diagTitle, t('softmax.diagTitle'));
    setText(ui.diagNote, t('softmax.diagNote'));
    setText(ui.legend, t('softmax.legend'));
    this.#eachKey = '';
  }

  #typed() {
    const { min, max } = this.#classes;
    const r = parseLogitsText(this.#ui.field.value, { min, max, abs: LOGIT_ABS });
    if (!r.value) {
      this.#fieldError = [r.error, r.vars];
      this.#renderFieldError();
      return;
    }
    this.#setLogits(r.value, false);
  }

  #setLogits(logits, rewriteField) {
    this.state.logits = logits;
    this.#fieldError = null;
    this.notice('attr:logits', null);
    if (rewriteField || this.root.activeElement !== this.#ui.field) this.#ui.field.value = logits.join(', ');
    this.reflect({ logits: logits.join(',') });
    this.#renderFieldError();
    this.requestUpdate();
  }

  #renderFieldError() {
    const ui = this.#ui;
    const e = this.#fieldError;
    setText(ui.error, e ? this.t(e[0], e[1]) : '');
    setAttr(ui.field, 'aria-invalid', String(!!e));
  }

  #renderEach() {
    const t = this.t;
    const logits = this.state.logits;
    const key = `${t.lang}|${logits.length}`;
    if (key !== this.#eachKey) {
      this.#eachKey = key;
      this.#ui.each.replaceChildren(
        ...logits.map((_, i) => {
          const id = this.uid(`z${i}`);
          const input = h('input', {
            type: 'number',
            id,
            step: '0.1',
            min: String(-LOGIT_ABS),
            max: String(LOGIT_ABS),
            'data-index': String(i),
            'data-testid': `logit-${i}`,
          });
          input.addEventListener('input', () => {
            const v = input.value === '' ? NaN : Number(input.value);
            input.setAttribute('aria-invalid', String(!(Number.isFinite(v) && Math.abs(v) <= LOGIT_ABS)));
            if (!(Number.isFinite(v) && Math.abs(v) <= LOGIT_ABS)) return;
            const next = [...this.state.logits];
            next[i] = v;
            this.#setLogits(next, true);
          });
          return h('span', { class: 'one' }, h('label', { for: id }, t('softmax.logitN', { i: i + 1 })), input);
        }),
      );
    }
    for (const input of this.#ui.each.querySelectorAll('input')) {
      if (this.root.activeElement === input) continue;
      setProp(input, 'value', String(logits[Number(input.dataset.index)]));
      setAttr(input, 'aria-invalid', 'false');
    }
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    const lab = this.lab;
    this.#renderEach();
    this.#renderFieldError();
    const p = probabilities(lab, s.logits, s.temperature);
    const jacobian = softmaxJacobian(lab, s.logits, s.temperature);
    // the element-wise Jacobian does not depend on the temperature
    const logitsKey = s.logits.join();
    if (this.#diagonal?.key !== logitsKey)
      this.#diagonal = { key: logitsKey, m: diagonalJacobian(lab, 'sigmoid', s.logits) };
    const diagonal = this.#diagonal.m;
    this.#result = { probabilities: p, jacobian };
    const sum = p.reduce((a, b) => a + b, 0);

    // temperature slider (log scale)
    if (this.root.activeElement !== ui.t) setProp(ui.t, 'value', String(Math.log10(s.temperature)));
    const tText = formatShort(s.temperature, 2);
    setText(ui.tOut, tText);
    setAttr(ui.t, 'aria-valuetext', `T = ${tText}`);

    // probability bars: rebuilt when their number or the language changes, else updated in place
    this.#updateBars(p);
    setText(ui.sum, t('softmax.sum', { sum: formatNum(sum, 4) }));
    setLiveText(
      ui.readout,
      t('softmax.readout', { list: p.map((v) => formatNum(v, 3)).join(', '), sum: formatNum(sum, 3) }),
    );

    // the large-logit case: naive JS (wrong, on purpose) vs. the core; fixed inputs, so written
    // once per language
    if (this.#largeLang !== t.lang) {
      this.#largeLang = t.lang;
      const naive = naiveSoftmax(LARGE_LOGITS);
      const stable = probabilities(lab, LARGE_LOGITS, 1);
      const list = (a) => `(${a.map((v) => formatNum(v, 3)).join(', ')})`;
      setText(ui.naiveExp, t('softmax.naiveExp', { list: list(naive.exps) }));
      setText(ui.naiveProbs, t('softmax.naiveProbs', { list: list(naive.probabilities) }));
      setText(ui.stableProbs, t('softmax.stableProbs', { list: list(stable) }));
    }

    // Jacobians
    this.#updateMatrix(jacobian);
    setText(
      ui.rowSums,
      t('softmax.rowSums', {
        list: rowSums(jacobian)
          .map((v) => formatNum(v, 4))
          .join(', '),
      }),
    );
    // the element-wise Jacobian does not depend on the temperature: rebuilt when it changes
    const diagKey = `${t.lang}|${diagonal.flat().join(',')}`;
    if (diagKey !== this.#diagKey) {
      this.#diagKey = diagKey;
      morphChildren(ui.diag, [this.#matrix(diagonal)]);
    }
  }

  #diagKey = '';
  #diagonal = null; // { key: logits, m: the sigmoid's diagonal Jacobian }
  #largeLang = ''; // the language the large-logit case was written in

  #barsKey = '';
  #barRows = [];
  #updateBars(p) {
    const t = this.t;
    const s = this.state;
    const key = `${t.lang}|${p.length}`;
    if (key !== this.#barsKey) {
      this.#barsKey = key;
      this.#barRows = p.map((_, i) => {
        const fill = h('span', { class: 'bar-fill' });
        const value = h('span', { class: 'bar-value num', 'data-testid': `p-${i}` });
        const detail = h('span', { class: 'bar-detail hint' });
        const row = h(
          'li',
          { class: 'bar-row', 'data-testid': `bar-${i}` },
          h('span', { class: 'bar-name' }, t('softmax.class', { i: i + 1 })),
          h('span', { class: 'bar-track' }, fill),
          value,
          detail,
        );
        return { row, fill, value, detail };
      });
      this.#ui.bars.replaceChildren(...this.#barRows.map((r) => r.row));
    }
    p.forEach((pi, i) => {
      const r = this.#barRows[i];
      // scaled, not sized: a new probability repaints the bar without a layout pass
      setStyle(r.fill, 'transform', `scaleX(${pi.toFixed(4)})`);
      setText(r.value, formatNum(pi, 3));
      // the logit under its bar; the probability is the number beside the bar (a temperature
      // drag leaves this text alone: every changed text is laid out again)
      setText(r.detail, t('softmax.bar', { z: formatShort(s.logits[i], 3) }));
    });
  }

  #jacKey = '';
  #jacCells = [];
  /** The softmax Jacobian's table: rebuilt when its size or language changes, otherwise its
   *  cells' numbers and shades are updated in place (a temperature drag changes only those). */
  #updateMatrix(m) {
    const key = `${this.t.lang}|${m.length}`;
    if (key !== this.#jacKey || this.#jacCells.length !== m.length * m.length) {
      this.#jacKey = key;
      morphChildren(this.#ui.jac, [this.#matrix(m)]);
      this.#jacCells = [...this.#ui.jac.querySelectorAll('td.cell')];
      return;
    }
    const maxAbs = Math.max(1e-12, ...m.flat().map(Math.abs));
    m.flat().forEach((v, k) => {
      const cell = this.#jacCells[k];
      setText(cell, formatNum(v, 3));
      setStyle(cell, 'backgroundColor', shade(v / maxAbs));
    });
  }

  /** A K×K table, cells shaded by sign and size (blue < 0 < red), every value printed. */
  #matrix(m) {
    const t = this.t;
    const maxAbs = Math.max(1e-12, ...m.flat().map(Math.abs));
    const head = h(
      'tr',
      {},
      h(
        'th',
        { scope: 'col', class: 'corner', style: { width: `calc(${MATRIX_HEAD_U} * var(--_u))` } },
        t('softmax.corner'),
      ),
      ...m.map((_, j) => h('th', { scope: 'col' }, t('softmax.colHead', { j: j + 1 }))),
    );
    const rows = m.map((row, i) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('softmax.rowHead', { i: i + 1 })),
        ...row.map((v) =>
          h('td', { class: 'cell num', style: { backgroundColor: shade(v / maxAbs) } }, formatNum(v, 3)),
        ),
      ),
    );
    // fixed column widths (.matrix in the CSS): a temperature step changes every cell's number,
    // and an automatic table measures all its cells again on each step; a fixed one does not
    const table = h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...rows));
    table.style.width = `calc(${MATRIX_HEAD_U + m.length * MATRIX_CELL_U} * var(--_u))`;
    return table;
  }
}

/** Column widths of the matrices, in the element's units (--_u): the head column, a cell. */
const MATRIX_HEAD_U = 5.5;
const MATRIX_CELL_U = 4.6;

const SHADES = 32;

/** Diverging colour for r in [−1, 1]: white → blue (negative) or red (positive), at most 60 %
 *  strength so that the dark cell text keeps a contrast ratio above 4.5. */
function shade(r) {
  // in steps of 1/32 of the scale: finer than the eye tells apart in a cell, and a temperature
  // drag rewrites a cell's colour only when it crosses a step
  const a = (Math.round(Math.min(1, Math.abs(r)) * SHADES) / SHADES) * 0.6;
  const [cr, cg, cb] = r < 0 ? [33, 102, 172] : [178, 24, 43];
  const mix = (c) => Math.round(255 + (c - 255) * a);
  return `rgb(${mix(cr)}, ${mix(cg)}, ${mix(cb)})`;
}

define(ActLabSoftmax);
