// KaTeX formulas of f and f' for the selected functions, from the catalogue's latex.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { h, setText } from './dom.js';

export function mountFormulas(root, { catalogue, getT }) {
  const heading = h('h2', { id: 'formulas-heading' });
  const body = h('div', { class: 'formulas' });
  root.append(heading, body);
  let structure = '';

  function formula(tex) {
    const el = h('div', { class: 'formula' });
    katex.render(tex, el, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
    return el;
  }

  // Wide formulas scroll sideways; make such scroll boxes reachable by keyboard.
  function markScrollable() {
    for (const el of body.querySelectorAll('.formula')) {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    }
  }
  new ResizeObserver(markScrollable).observe(body);

  return {
    update(s) {
      const t = getT();
      setText(heading, t('formulas.heading'));
      const key = `${t.lang}|${s.fns.join()}`;
      if (key === structure) return;
      structure = key;
      const items = s.fns.map((id) => {
        const a = catalogue.find((c) => c.id === id);
        return h(
          'article',
          { class: 'formula-card', 'data-testid': `formula-${id}` },
          h('h3', {}, a.name[t.lang]),
          formula(a.latex.f),
          formula(a.latex.df),
        );
      });
      body.replaceChildren(...(items.length ? items : [h('p', { class: 'hint' }, t('formulas.none'))]));
      markScrollable();
    },
  };
}
