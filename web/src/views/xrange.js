// x-range controls: two native number inputs, applied on `change`, validated by state.js.
import { DEFAULTS, validRange } from '../state.js';
import { h, setText } from './dom.js';

export function mountXRange(root, { getT, onChange }) {
  const minLabel = h('label', { for: 'xmin' });
  const maxLabel = h('label', { for: 'xmax' });
  const attrs = {
    type: 'number',
    step: 'any',
    min: -100,
    max: 100,
    inputmode: 'decimal',
    'aria-describedby': 'xrange-error',
  };
  const xmin = h('input', { ...attrs, id: 'xmin', 'data-testid': 'xmin' });
  const xmax = h('input', { ...attrs, id: 'xmax', 'data-testid': 'xmax' });
  const reset = h('button', { type: 'button', class: 'small' });
  const error = h('p', { id: 'xrange-error', class: 'warning', role: 'status' });
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
    setText(error, invalid ? getT()('chart.rangeInvalid') : '');
    if (!invalid) onChange(a, b);
  }
  xmin.addEventListener('change', apply);
  xmax.addEventListener('change', apply);
  reset.addEventListener('click', () => {
    xmin.value = String(DEFAULTS.xmin);
    xmax.value = String(DEFAULTS.xmax);
    apply();
  });

  return {
    update(s) {
      const t = getT();
      setText(minLabel, t('chart.xmin'));
      setText(maxLabel, t('chart.xmax'));
      setText(reset, t('chart.rangeReset'));
      if (invalid) setText(error, t('chart.rangeInvalid'));
      if (document.activeElement !== xmin && !invalid) xmin.value = String(s.xmin);
      if (document.activeElement !== xmax && !invalid) xmax.value = String(s.xmax);
    },
  };
}
