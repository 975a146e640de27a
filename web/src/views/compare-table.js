// <actlab-explorer> view: the comparison table, generated from catalogue metadata; selected
// functions are highlighted. ctx: see picker.js.
import { h, setText } from './dom.js';

export function mountCompareTable(root, ctx) {
  const { catalogue, uid } = ctx;
  const heading = h('h2', { id: uid('table-heading') });
  const caption = h('p', { class: 'hint', id: uid('table-caption') });
  const scroll = h('div', {
    class: 'table-scroll',
    role: 'region',
    tabindex: 0,
    'aria-labelledby': uid('table-heading'),
  });
  root.append(heading, caption, scroll);
  let structure = '';

  const yesNo = (t, v) => h('td', { class: v ? 'yes' : 'no' }, t(v ? 'explorer.table.yes' : 'explorer.table.no'));
  function bounded(t, p) {
    const key =
      p.boundedBelow && p.boundedAbove
        ? 'explorer.table.boundedBoth'
        : p.boundedBelow
          ? 'explorer.table.boundedBelow'
          : p.boundedAbove
            ? 'explorer.table.boundedAbove'
            : 'explorer.table.boundedNone';
    return h('td', { class: p.boundedBelow || p.boundedAbove ? 'yes' : 'no' }, t(key));
  }

  return {
    update(s) {
      const t = ctx.t();
      setText(heading, t('explorer.table.heading'));
      setText(caption, t('explorer.table.caption'));
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
            selected ? h('span', { class: 'visually-hidden' }, ` ${t('explorer.table.selected')}`) : null,
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
          { class: 'compare', 'data-testid': 'compare-table', 'aria-describedby': uid('table-caption') },
          h('caption', { class: 'visually-hidden' }, t('explorer.table.heading')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              cols.map((c) => h('th', { scope: 'col' }, t(`explorer.table.${c}`))),
            ),
          ),
          h('tbody', {}, rows),
        ),
      );
    },
    dispose() {},
  };
}
