// <actlab-explorer> view: the softmax panel: a logits text field, a log-scale temperature slider
// (T = 10^(v/100), v ∈ [-200, 200], so T = 1 sits exactly in the middle) and one bar + number
// per class. Probabilities come from lab.softmax (the element computes them);
// data-testid="softmax-prob-<i>". ctx: see picker.js.
import { formatNum } from '../model/format.js';
import { h, setProp, setText } from './dom.js';

const toSlider = (t) => Math.round(100 * Math.log10(t));
const fromSlider = (v) => Number((10 ** (v / 100)).toPrecision(3));
const subscript = (n) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[d]);
const formatT = (t) => String(Number(t.toPrecision(3)));

export function mountSoftmax(root, ctx, { temperature, parseLogits, onLogits, onTemperature }) {
  const { uid } = ctx;
  const heading = h('h2', { id: uid('softmax-heading') });
  const intro = h('p', {});
  const logitsLabel = h('label', { for: uid('softmax-logits') });
  const logits = h('input', {
    type: 'text',
    id: uid('softmax-logits'),
    'data-testid': 'softmax-logits',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: false,
    'aria-describedby': uid('softmax-logits-error'),
  });
  const error = h('p', { id: uid('softmax-logits-error'), class: 'warning', role: 'status' });
  const tLabel = h('label', { for: uid('softmax-temperature') });
  const temp = h('input', {
    type: 'range',
    id: uid('softmax-temperature'),
    'data-testid': 'softmax-temperature',
    min: toSlider(temperature.min),
    max: toSlider(temperature.max),
    step: 1,
  });
  const tOut = h('output', { for: uid('softmax-temperature'), 'data-testid': 'softmax-temperature-value' });
  const bars = h('ol', { class: 'bars', 'data-testid': 'softmax-bars' });
  const sum = h('p', { class: 'hint' });
  const summary = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  root.append(
    heading,
    intro,
    h('div', { class: 'field stack' }, logitsLabel, logits),
    error,
    h('div', { class: 'field stack' }, tLabel, h('div', { class: 'param-row' }, temp, tOut)),
    bars,
    sum,
    summary,
  );

  let invalid = false;
  logits.addEventListener('input', () => {
    const parsed = parseLogits(logits.value);
    invalid = parsed === null;
    logits.setAttribute('aria-invalid', String(invalid));
    setText(error, invalid ? ctx.t()('explorer.softmax.logitsInvalid') : '');
    if (parsed) onLogits(parsed);
  });
  temp.addEventListener('input', () => onTemperature(fromSlider(Number(temp.value))));

  let barKey = '';
  let rows = [];
  let summaryTimer = 0;
  return {
    /** probs: Float32Array aligned with s.logits */
    update(s, probs) {
      const t = ctx.t();
      setText(heading, t('explorer.softmax.heading'));
      setText(intro, t('explorer.softmax.intro'));
      setText(logitsLabel, t('explorer.softmax.logits'));
      setText(tLabel, t('explorer.softmax.temperature'));
      if (invalid) setText(error, t('explorer.softmax.logitsInvalid'));
      if (ctx.active() !== logits && !invalid)
        setProp(logits, 'value', s.logits.map((z) => (Number.isInteger(z) ? z.toFixed(1) : String(z))).join(', '));
      if (ctx.active() !== temp) setProp(temp, 'value', String(toSlider(s.t)));
      setText(tOut, formatT(s.t));
      temp.setAttribute('aria-valuetext', `T = ${formatT(s.t)}`);

      const key = `${t.lang}|${s.logits.join()}`;
      if (key !== barKey) {
        barKey = key;
        rows = s.logits.map((z, i) => {
          const fill = h('span', { class: 'bar-fill' });
          const value = h('span', { class: 'bar-value', 'data-testid': `softmax-prob-${i}` });
          return {
            li: h(
              'li',
              {},
              h('span', { class: 'bar-label' }, t('explorer.softmax.class', { i: subscript(i + 1), z: String(z) })),
              h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
              value,
            ),
            fill,
            value,
          };
        });
        bars.replaceChildren(...rows.map((r) => r.li));
      }
      let total = 0;
      rows.forEach((r, i) => {
        const p = probs[i];
        total += p;
        r.fill.style.width = `${Math.max(0, Math.min(1, p)) * 100}%`;
        setText(r.value, formatNum(p, 3));
        r.value.dataset.value = String(p);
      });
      setText(sum, t('explorer.softmax.sum', { sum: formatNum(total, 3) }));
      clearTimeout(summaryTimer);
      summaryTimer = setTimeout(() => {
        setText(
          summary,
          t('explorer.softmax.summary', {
            t: formatT(s.t),
            probs: Array.from(probs, (p) => formatNum(p, 3)).join(', '),
          }),
        );
      }, 400);
    },
    dispose() {
      clearTimeout(summaryTimer);
    },
  };
}
