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

/** A labelled slider: { <name>Label, <name>, <name>Out } — a range input over spec
 *  { min, max, step } with its output, ids from el.uid(name), test id = name. */
export function rangeField(el, name, { min, max, step }) {
  return {
    [`${name}Label`]: h('label', { for: el.uid(name) }),
    [name]: h('input', {
      type: 'range',
      id: el.uid(name),
      min: String(min),
      max: String(max),
      step: String(step),
      'data-testid': name,
    }),
    [`${name}Out`]: h('output', { for: el.uid(name) }),
  };
}
