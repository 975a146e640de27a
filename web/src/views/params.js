// <actlab-explorer> view: parameter sliders, generated from the catalogue's param specs for the
// selected functions: a native range input (data-testid="param-<id>-<name>"), an <output>
// readout and a reset button. ctx: see picker.js.
import { paramKey, paramsFor } from '../model/catalogue.js';
import { formatNum } from '../model/format.js';
import { h, setProp, setText } from './dom.js';

const decimals = (step) => Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));

export function mountParams(root, ctx, { onChange }) {
  const { catalogue, uid } = ctx;
  const heading = h('h3', { id: uid('params-heading') });
  const body = h('div', { class: 'params' });
  root.append(heading, body);
  let structure = '';
  const controls = new Map();

  function build(s, t) {
    controls.clear();
    const rows = [];
    for (const id of s.fns) {
      const info = catalogue.find((a) => a.id === id);
      for (const [name, spec] of Object.entries(info.params)) {
        const key = paramKey(id, name);
        const inputId = uid(`param-${id}-${name}`);
        const testId = `param-${id}-${name}`;
        const input = h('input', {
          type: 'range',
          id: inputId,
          'data-testid': testId,
          min: spec.min,
          max: spec.max,
          step: spec.step,
        });
        const out = h('output', { for: inputId, 'data-testid': `${testId}-value` });
        const reset = h(
          'button',
          {
            type: 'button',
            class: 'small',
            'aria-label': t('explorer.params.resetLabel', {
              name: info.name[t.lang],
              param: spec.label[t.lang],
              value: spec.default,
            }),
          },
          t('explorer.params.reset'),
        );
        input.addEventListener('input', () => onChange(key, Number(input.value)));
        reset.addEventListener('click', () => onChange(key, spec.default));
        controls.set(key, { input, out, spec, info, name });
        rows.push(
          h(
            'div',
            { class: 'param' },
            h('label', { for: inputId }, h('span', { class: 'param-fn' }, info.name[t.lang]), ' ', spec.label[t.lang]),
            h('div', { class: 'param-row' }, input, out, reset),
          ),
        );
      }
    }
    body.replaceChildren(...(rows.length ? rows : [h('p', { class: 'hint' }, t('explorer.params.none'))]));
  }

  return {
    update(s) {
      const t = ctx.t();
      setText(heading, t('explorer.params.heading'));
      const key = `${t.lang}|${s.fns.join()}`;
      if (key !== structure) {
        structure = key;
        build(s, t);
      }
      for (const c of controls.values()) {
        const v = paramsFor(c.info, s.params)[c.name];
        if (ctx.active() !== c.input) setProp(c.input, 'value', String(v));
        setText(c.out, formatNum(v, decimals(c.spec.step)));
      }
    },
    dispose() {},
  };
}
