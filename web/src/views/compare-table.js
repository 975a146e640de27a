// Comparison table generated from catalogue metadata; selected functions are highlighted.
import { h, setText } from './dom.js';

export function mountCompareTable(root, { catalogue, getT }) {
  const heading = h('h2', { id: 'table-heading' });
  const caption = h('p', { class: 'hint', id: 'table-caption' });
  const scroll = h('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'table-heading' });
  root.append(heading, caption, scroll);
  let structure = '';

  const yesNo = (t, v) => h('td', { class: v ? 'yes' : 'no' }, t(v ? 'table.yes' : 'table.no'));
  function bounded(t, p) {
    const key =
      p.boundedBelow && p.boundedAbove
        ? 'table.boundedBoth'
        : p.boundedBelow
          ? 'table.boundedBelow'
          : p.boundedAbove
            ? 'table.boundedAbove'
            : 'table.boundedNone';
    return h('td', { class: p.boundedBelow || p.boundedAbove ? 'yes' : 'no' }, t(key));
  }

  return {
    update(s) {
      const t = getT();
      setText(heading, t('table.heading'));
      setText(caption, t('table.caption'));
      const key = `${t.lang}|${s.fns.join()}`;
      if (key === structure) return;
      structure = key;
      const cols = ['name', 'range', 'monotonic', 'smooth', 'zeroCentred', 'bounded', 'note'];
      const rows = catalogue.map((a) => {
        const selected = s.fns.includes(a.id);
        return h(
          'tr',
          { class: selected ? 'selected' : null, 'data-testid': `table-row-${a.id}` },
          h(
            'th',
            { scope: 'row' },
            a.name[t.lang],
            selected ? h('span', { class: 'visually-hidden' }, ` ${t('table.selected')}`) : null,
          ),
          h('td', { class: 'nowrap' }, a.range.text),
          yesNo(t, a.properties.monotonic),
          yesNo(t, a.properties.smooth),
          yesNo(t, a.properties.zeroCentred),
          bounded(t, a.properties),
          h('td', { class: 'note' }, a.note[t.lang]),
        );
      });
      scroll.replaceChildren(
        h(
          'table',
          { class: 'compare', 'data-testid': 'compare-table', 'aria-describedby': 'table-caption' },
          h('caption', { class: 'visually-hidden' }, t('table.heading')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              cols.map((c) => h('th', { scope: 'col' }, t(`table.${c}`))),
            ),
          ),
          h('tbody', {}, rows),
        ),
      );
    },
  };
}
