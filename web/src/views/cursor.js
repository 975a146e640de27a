// <actlab-explorer> view: cursor controls and readout: a native range input (arrow keys work),
// a number input for an exact x, a table of f(x) and f'(x) per selected function, and an
// aria-live summary. Readout cells carry data-testid="readout-f-<id>" / "readout-df-<id>" and
// data-value (raw). ctx: see picker.js.
import { formatNum, formatShort } from '../model/format.js';
import { h, setAttr, setProp, setText } from './dom.js';

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

export function mountCursor(root, ctx, { onChange, points }) {
  const { uid } = ctx;
  const heading = h('h3', { id: uid('cursor-heading') });
  const sliderLabel = h('label', { for: uid('cursor-slider'), class: 'visually-hidden' });
  const slider = h('input', {
    type: 'range',
    id: uid('cursor-slider'),
    'data-testid': 'cursor-slider',
    'aria-describedby': uid('cursor-hint'),
  });
  const numLabel = h('label', { for: uid('cursor-x') });
  const num = h('input', {
    type: 'number',
    id: uid('cursor-x'),
    'data-testid': 'cursor-x',
    step: 'any',
    inputmode: 'decimal',
  });
  const hint = h('p', { class: 'hint', id: uid('cursor-hint') });
  const table = h('table', { class: 'readout', 'data-testid': 'readout' });
  const summary = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'summary' });
  root.append(
    heading,
    h('div', { class: 'cursor-controls' }, sliderLabel, slider, h('span', { class: 'field' }, numLabel, num)),
    hint,
    h('div', { class: 'table-scroll' }, table),
    summary,
  );

  let range = [0, 1];
  let lastX = 0;
  slider.addEventListener('input', () => onChange(Number(slider.value)));
  num.addEventListener('input', () => {
    if (num.value.trim() === '' || !Number.isFinite(num.valueAsNumber)) return;
    onChange(clamp(num.valueAsNumber, range[0], range[1]));
  });
  // On commit, show the value the state got (clamped), or the last x after bad input.
  num.addEventListener('change', () => {
    const v = Number.isFinite(num.valueAsNumber) ? clamp(num.valueAsNumber, range[0], range[1]) : lastX;
    num.value = String(Number(v.toFixed(6)));
  });

  let structure = '';
  const cells = new Map();
  let summaryTimer = 0;

  return {
    /** cursor = { x, values: [{id, name, colour, f, df}] } */
    update(s, cursor) {
      const t = ctx.t();
      setText(heading, t('explorer.cursor.heading'));
      setText(sliderLabel, t('explorer.cursor.slider'));
      setText(numLabel, t('explorer.cursor.x'));
      setText(hint, t('explorer.cursor.hint'));
      range = [s.xmin, s.xmax];
      lastX = s.x;
      // written only when changed: setting an input's min/max re-lays it out even to the same value
      setProp(slider, 'min', String(s.xmin));
      setProp(slider, 'max', String(s.xmax));
      setProp(slider, 'step', String((s.xmax - s.xmin) / (points - 1)));
      if (ctx.active() !== slider) setProp(slider, 'value', String(s.x));
      if (ctx.active() !== num) setProp(num, 'value', String(Number(s.x.toFixed(6))));
      setAttr(slider, 'aria-valuetext', `x = ${formatShort(s.x, 3)}`);
      setProp(num, 'min', String(s.xmin));
      setProp(num, 'max', String(s.xmax));

      const key = `${t.lang}|${cursor.values.map((v) => v.id).join()}`;
      if (key !== structure) {
        structure = key;
        cells.clear();
        const rows = cursor.values.map((v) => {
          const f = h('td', { 'data-testid': `readout-f-${v.id}` });
          const df = h('td', { 'data-testid': `readout-df-${v.id}` });
          cells.set(v.id, { f, df });
          return h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h('span', { class: 'swatch', style: { background: v.colour }, 'aria-hidden': 'true' }),
              v.name,
            ),
            f,
            df,
          );
        });
        table.replaceChildren(
          h('caption', {}, h('span', { 'data-testid': 'readout-x' })),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('explorer.readout.fn')),
              h('th', { scope: 'col' }, t('explorer.readout.f')),
              h('th', { scope: 'col' }, t('explorer.readout.df')),
            ),
          ),
          h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 3 }, t('explorer.readout.empty')))),
        );
      }
      const xCell = table.querySelector('[data-testid="readout-x"]');
      setText(xCell, `x = ${formatNum(s.x, 3)}`);
      xCell.dataset.value = String(s.x);
      for (const v of cursor.values) {
        const c = cells.get(v.id);
        setText(c.f, formatNum(v.f));
        setText(c.df, formatNum(v.df));
        c.f.dataset.value = String(v.f);
        c.df.dataset.value = String(v.df);
      }

      // The live region speaks after input settles, not on every slider step.
      clearTimeout(summaryTimer);
      summaryTimer = setTimeout(() => {
        const items = cursor.values.map((v) =>
          t('explorer.summary.item', { name: v.name, f: formatNum(v.f), df: formatNum(v.df) }),
        );
        setText(
          summary,
          items.length
            ? t('explorer.summary.at', { x: formatNum(s.x, 3), items: items.join(t('explorer.summary.sep')) })
            : t('explorer.summary.none'),
        );
      }, 400);
    },
    dispose() {
      clearTimeout(summaryTimer);
    },
  };
}
