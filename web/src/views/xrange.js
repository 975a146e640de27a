// <actlab-explorer> view: the x range, two native number inputs applied on `change` and checked
// with `validRange` (from the state schema, passed in), and a reset. ctx: see picker.js.
import { h, setProp, setText } from './dom.js';

export function mountXRange(root, ctx, { defaults, validRange, onChange }) {
  const { uid } = ctx;
  const minLabel = h('label', { for: uid('xmin') });
  const maxLabel = h('label', { for: uid('xmax') });
  const attrs = {
    type: 'number',
    step: 'any',
    min: -100,
    max: 100,
    inputmode: 'decimal',
    'aria-describedby': uid('xrange-error'),
  };
  const xmin = h('input', { ...attrs, id: uid('xmin'), 'data-testid': 'xmin' });
  const xmax = h('input', { ...attrs, id: uid('xmax'), 'data-testid': 'xmax' });
  const reset = h('button', { type: 'button', class: 'small' });
  const error = h('p', { id: uid('xrange-error'), class: 'warning', role: 'status' });
  root.append(
    h(
      'div',
      { class: 'xrange' },
      h('span', { class: 'field' }, minLabel, xmin),
      h('span', { class: 'field' }, maxLabel, xmax),
      reset,
    ),
    error,
  );
  let invalid = false;

  function apply() {
    const a = Number(xmin.value);
    const b = Number(xmax.value);
    invalid = !(xmin.value.trim() && xmax.value.trim() && validRange(a, b));
    xmin.setAttribute('aria-invalid', String(invalid));
    xmax.setAttribute('aria-invalid', String(invalid));
    setText(error, invalid ? ctx.t()('explorer.chart.rangeInvalid') : '');
    if (!invalid) onChange(a, b);
  }
  xmin.addEventListener('change', apply);
  xmax.addEventListener('change', apply);
  reset.addEventListener('click', () => {
    xmin.value = String(defaults.xmin);
    xmax.value = String(defaults.xmax);
    apply();
  });

  return {
    update(s) {
      const t = ctx.t();
      setText(minLabel, t('explorer.chart.xmin'));
      setText(maxLabel, t('explorer.chart.xmax'));
      setText(reset, t('explorer.chart.rangeReset'));
      if (invalid) setText(error, t('explorer.chart.rangeInvalid'));
      if (ctx.active() !== xmin && !invalid) setProp(xmin, 'value', String(s.xmin));
      if (ctx.active() !== xmax && !invalid) setProp(xmax, 'value', String(s.xmax));
    },
    dispose() {},
  };
}
