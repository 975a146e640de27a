// <actlab-explorer> view: f and f' of the selected functions, as KaTeX HTML rendered at build
// time (web/src/generated/formulas.js, made by scripts/gen-formulas.mjs from the catalogue). That
// HTML is trusted: we generate it from our own catalogue, never from user input, so it is
// inserted as markup; no KaTeX JavaScript ships. The element adopts KaTeX's CSS and the
// generated classes; the fonts come from document-level @font-face rules (styles/fonts.css).
// ctx: see picker.js.
import { formulas } from '../generated/formulas.js';
import { focusableIfScrolls, h, setText } from './dom.js';

export function mountFormulas(root, ctx) {
  const { catalogue, uid } = ctx;
  const heading = h('h2', { id: uid('formulas-heading') });
  const body = h('div', { class: 'formulas' });
  root.append(heading, body);
  let structure = '';

  function formula(html) {
    const el = h('div', { class: 'formula' });
    el.innerHTML = html ?? '';
    return el;
  }

  // Wide formulas scroll sideways; make such scroll boxes reachable by keyboard.
  function markScrollable() {
    body.querySelectorAll('.formula').forEach(focusableIfScrolls);
  }
  const observer = new ResizeObserver(markScrollable);
  observer.observe(body);

  return {
    update(s) {
      const t = ctx.t();
      setText(heading, t('explorer.formulas.heading'));
      const key = `${t.lang}|${s.fns.join()}`;
      if (key === structure) return;
      structure = key;
      const items = s.fns.map((id) => {
        const a = catalogue.find((c) => c.id === id);
        return h(
          'article',
          { class: 'formula-card', 'data-testid': `formula-${id}` },
          h('h3', {}, a.name[t.lang]),
          formula(formulas[id]?.f),
          formula(formulas[id]?.df),
        );
      });
      body.replaceChildren(...(items.length ? items : [h('p', { class: 'hint' }, t('explorer.formulas.none'))]));
      markScrollable();
    },
    dispose() {
      observer.disconnect();
    },
  };
}
