// <actlab-explorer> view: the function picker, one native checkbox per catalogue entry
// (generated, not hand-listed) with its plot colour, and the <select> of which selected
// function gets the saturation shading.
//
// Every explorer view takes `ctx` = { t() → translator, uid(name) → per-instance id,
// active() → the shadow root's activeElement, catalogue } and returns { update(s), dispose() }.
import { h, setProp, setText } from './dom.js';
import { colourFor } from './palette.js';

export function mountPicker(root, ctx, { onChange, onFocusChange }) {
  const { catalogue, uid } = ctx;
  const legend = h('legend');
  const hint = h('p', { class: 'hint', id: uid('picker-hint') });
  const none = h('p', { class: 'warning', role: 'status' });
  const boxes = new Map();
  const names = new Map();
  const list = h('ul', { class: 'picker-list' });
  for (const a of catalogue) {
    const input = h('input', {
      type: 'checkbox',
      id: uid(`fn-${a.id}`),
      value: a.id,
      'data-testid': `fn-${a.id}`,
      'aria-describedby': uid('picker-hint'),
    });
    const name = h('span');
    boxes.set(a.id, input);
    names.set(a.id, name);
    list.append(
      h(
        'li',
        {},
        h(
          'label',
          { for: input.id },
          input,
          h('span', { class: 'swatch', style: { background: colourFor(catalogue, a.id) }, 'aria-hidden': 'true' }),
          name,
        ),
      ),
    );
  }
  list.addEventListener('change', () => {
    onChange(catalogue.map((a) => a.id).filter((id) => boxes.get(id).checked));
  });

  const focusLabel = h('label', { for: uid('focus') });
  const focusSelect = h('select', { id: uid('focus'), 'data-testid': 'focus-select' });
  focusSelect.addEventListener('change', () => onFocusChange(focusSelect.value));
  const focusRow = h('p', { class: 'focus-row' }, focusLabel, focusSelect);

  root.append(h('fieldset', { class: 'picker' }, legend, hint, list, none), focusRow);

  let optionsKey = '';
  return {
    update(s) {
      const t = ctx.t();
      setText(legend, t('explorer.picker.legend'));
      setText(hint, t('explorer.picker.hint'));
      setText(focusLabel, t('explorer.chart.focus'));
      for (const a of catalogue) {
        boxes.get(a.id).checked = s.fns.includes(a.id);
        setText(names.get(a.id), a.name[t.lang]);
      }
      setText(none, s.fns.length ? '' : t('explorer.picker.none'));

      const key = `${t.lang}|${s.fns.join()}`;
      if (key !== optionsKey) {
        optionsKey = key;
        focusSelect.replaceChildren(
          ...s.fns.map((id) => h('option', { value: id }, catalogue.find((a) => a.id === id).name[t.lang])),
        );
      }
      setProp(focusSelect, 'disabled', s.fns.length === 0);
      setProp(focusRow, 'hidden', s.fns.length === 0);
      if (s.fns.length) setProp(focusSelect, 'value', s.focus ?? s.fns[0]);
    },
    dispose() {},
  };
}
