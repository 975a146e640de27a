// Native controls the labs share, built the same way everywhere (ids from el.uid(), test ids).
import { h } from '../views/dom.js';

/** The seed field: { seedLabel, seed } — a number input over lab.limits.seed. */
export function seedField(el) {
  const { min, max } = el.lab.limits.seed;
  return {
    seedLabel: h('label', { for: el.uid('seed') }),
    seed: h('input', {
      type: 'number',
      id: el.uid('seed'),
      min,
      max,
      step: 1,
      inputmode: 'numeric',
      'data-testid': 'seed',
    }),
  };
}
