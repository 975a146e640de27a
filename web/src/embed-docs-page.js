// Entry of the blog-embed documentation page (web/embed.html). Page-level plumbing, as on the
// other pages (page.js: dictionary text, language toggle, load error), plus what this page
// builds from src/model/embed-docs.js:
// - the code blocks ([data-code="<CODE key>"]) with a copy button each (navigator.clipboard; where
//   it is missing or refused, the code is selected and the reader is told to press Ctrl+C);
// - one block per section of the post: its snippet (snippet(example): the exact markup) beside a
//   live preview built from the same data, so what is shown is what is copied;
// - a small scripting demo under the playground preview (play/pause/step/reset, its state);
// - the reference tables, once the core has loaded: attribute names from each element class's
//   `static attrs`, ranges from lab.limits and the catalogue, descriptions from the dictionary.
// Every generated text is registered with text(el, key, vars) and re-translated on a toggle.
// Readiness for tests: body[data-ready="true"] once the reference is built
// (body[data-ready="error"] and #load-error when the core cannot load); window.__actlab.
import './styles/fonts.css';
import './styles/site.css';
import './embed-docs.css';
import { createActLab } from 'actlab';
import './elements/index.js';
import { addParts } from './i18n/index.js';
import embedDocs from './i18n/parts/embed_docs.js';
import {
  CODE,
  COMMON_MEMBERS,
  CSS_PROPS,
  EXAMPLES,
  SECTIONS,
  TAGS,
  attributeRows,
  commonAttributeRows,
  memberRows,
  playgroundConfigRows,
  referenceContext,
  short,
  snippet,
} from './model/embed-docs.js';
import { formatNum } from './model/format.js';
import { applyDictionary, bindLangToggle, labelLangToggle, showLoadError } from './page.js';
import { h } from './views/dom.js';

// This page's own text (not in the elements' dictionaries, so the blog embed does not carry it).
addParts(embedDocs);

const $ = (id) => document.getElementById(id);
let loadError = null;

// ---- generated text: element → [key, vars], re-translated on every language change ----
// (a var given as { key } is itself translated)
const texts = new Map();
const say = (t, key, vars) =>
  t(key, vars && Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v?.key ? t(v.key) : v])));
function text(el, key, vars) {
  texts.set(el, [key, vars]);
  el.textContent = say(getT(), key, vars);
  return el;
}

function applyText(t) {
  applyDictionary(t, { title: 'ed.meta.title', description: 'ed.meta.description' });
  labelLangToggle($('lang-toggle'), t, { text: null, title: null });
  for (const [el, [key, vars]] of texts) {
    const s = say(t, key, vars);
    if (el.textContent !== s) el.textContent = s;
  }
  if (loadError) showLoadError($('load-error'), t, loadError);
}
const getT = bindLangToggle($('lang-toggle'), applyText);

// ---- code blocks with a copy button ----
let blocks = 0;
function codeBlock(code, labelKey, labelVars) {
  const n = ++blocks;
  const pre = h('pre', { id: `code-${n}` }, h('code', {}, code));
  const status = h('p', { class: 'copy-status', 'aria-live': 'polite' });
  const label = text(h('span', { class: 'code-label', id: `code-${n}-label` }), labelKey, labelVars);
  let clear = 0;
  const tell = (key) => {
    text(status, key);
    clearTimeout(clear);
    clear = setTimeout(() => {
      texts.delete(status);
      status.textContent = '';
    }, 8000);
  };
  const button = h(
    'button',
    {
      type: 'button',
      class: 'copy',
      'aria-describedby': `code-${n}-label`,
      onclick: async () => {
        try {
          if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
          await navigator.clipboard.writeText(code);
          tell('ed.copied');
        } catch {
          const range = document.createRange();
          range.selectNodeContents(pre);
          const sel = getSelection();
          sel.removeAllRanges();
          sel.addRange(range);
          tell('ed.copyFallback');
        }
      },
    },
    text(h('span'), 'ed.copy'),
  );
  return [h('div', { class: 'code-head' }, label, button), pre, status];
}

for (const box of document.querySelectorAll('[data-code]')) {
  box.replaceChildren(...codeBlock(CODE[box.dataset.code], box.dataset.label));
}

// ---- examples: snippet + live preview from the same data ----
function preview({ tag, attrs }) {
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v === true ? '' : v);
  return el;
}

function exampleBlock(ex) {
  const el = preview(ex);
  const wide = ex.tag === 'actlab-explorer' || ex.tag === 'actlab-playground';
  return h(
    'div',
    { class: `example${wide ? ' wide' : ''}`, dataset: { example: ex.id } },
    h('div', { class: 'example-code' }, ...codeBlock(snippet(ex), 'ed.code.snippet', { tag: `<${ex.tag}>` })),
    h(
      'figure',
      { class: 'example-preview' },
      h(
        'figcaption',
        {},
        text(h('span', { class: 'preview-label' }), 'ed.preview'),
        ' ',
        text(h('span'), `ed.ex.${ex.id}`),
      ),
      el,
    ),
    ex.tag === 'actlab-playground' ? playgroundDemo(el) : null,
  );
}

/** Buttons that call the playground's methods, and its state: the JS API at work. */
function playgroundDemo(pg) {
  const state = text(h('p', { class: 'demo-state', 'data-testid': 'demo-state' }), 'ed.demo.idle');
  const show = () => {
    const s = pg.state;
    if (!s || s.epoch === 0) text(state, 'ed.demo.idle');
    else text(state, 'ed.demo.state', { epoch: s.epoch, train: formatNum(s.trainLoss), test: formatNum(s.testLoss) });
  };
  let pending = 0;
  pg.addEventListener('epoch', () => {
    if (!pending) pending = setTimeout(() => ((pending = 0), show()), 200);
  });
  pg.addEventListener('actlab-change', show);
  const button = (key, fn) => h('button', { type: 'button', class: 'demo-button', onclick: fn }, text(h('code'), key));
  return h(
    'div',
    { class: 'demo', role: 'group', 'aria-labelledby': 'demo-title' },
    text(h('h4', { id: 'demo-title' }), 'ed.demo.title'),
    text(h('p'), 'ed.demo.text'),
    h(
      'div',
      { class: 'demo-buttons' },
      button('ed.demo.play', () => pg.play()),
      button('ed.demo.pause', () => pg.pause()),
      button('ed.demo.step', () => pg.step(10)),
      button('ed.demo.reset', () => pg.reset()),
    ),
    state,
  );
}

const list = $('examples-list');
for (const section of SECTIONS) {
  const examples = EXAMPLES.filter((e) => e.section === section);
  const id = `sec-${section}`;
  list.append(
    h(
      'section',
      { class: 'post-section', id, 'aria-labelledby': `${id}-title` },
      h('h3', { id: `${id}-title`, 'data-i18n': `ed.sec.${section}.title` }),
      h('p', { 'data-i18n': `ed.sec.${section}.text` }),
      ...examples.map(exampleBlock),
    ),
  );
}
$('theme-example').append(...EXAMPLES.filter((e) => e.section === 'theme').map(exampleBlock));

// ---- links to pages this build does not have (as on the teaching page) ----
// eslint-disable-next-line no-undef
const pages = typeof __ACTLAB_PAGES__ === 'undefined' ? [] : __ACTLAB_PAGES__;
for (const a of document.querySelectorAll('[data-page]')) a.hidden = !pages.includes(a.dataset.page);

applyText(getT());

// ---- the reference ----
let tables = 0;
/** A table in a focusable, labelled scroll box (wide tables scroll inside it at 360 px). */
function table(labelKey, labelVars, heads, rows, cls = '') {
  const id = `table-${++tables}`;
  return h(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': id },
    h(
      'table',
      { class: cls },
      text(h('caption', { id, class: 'visually-hidden' }), labelKey, labelVars),
      h('thead', {}, h('tr', {}, ...heads.map((k) => text(h('th', { scope: 'col' }), k)))),
      h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((c) => h('td', {}, c))))),
    ),
  );
}

const code = (s) => h('code', {}, s);
const keyed = (v, tag = 'span') =>
  v == null ? text(h(tag), 'ed.def.none') : typeof v === 'string' ? code(v) : text(h(tag), v.key, v.vars);

function attrTable(tag, rows, { marks = true } = {}) {
  return table(
    'ed.ref.tableLabel',
    { tag, what: { key: 'ed.ref.attrs' } },
    ['ed.th.attr', 'ed.th.type', 'ed.th.default', 'ed.th.range', 'ed.th.desc'],
    rows.map((r) => [
      h(
        'span',
        { class: 'attr-name' },
        code(r.name),
        marks && !r.reflected ? text(h('span', { class: 'not-reflected' }), 'ed.ref.notReflected') : null,
      ),
      text(h('span'), r.type ? `ed.type.${r.type}` : 'ed.type.unknown'),
      keyed(r.def),
      r.range == null ? '' : keyed(r.range),
      text(h('span'), r.descKey ?? 'ed.type.unknown'),
    ]),
    'attrs',
  );
}

function memberTable(tag, rows) {
  return table(
    'ed.ref.tableLabel',
    { tag, what: { key: 'ed.ref.members' } },
    ['ed.th.kind', 'ed.th.name', 'ed.th.shape', 'ed.th.desc'],
    rows.map((m) => [
      text(h('span'), `ed.kind.${m.kind}`),
      code(m.name),
      m.shape ? code(m.shape) : '',
      text(h('span'), m.descKey),
    ]),
    'members',
  );
}

function renderReference(lab) {
  const ctx = referenceContext(lab);
  const out = [
    text(h('p', { class: 'ref-ids' }), 'ed.ref.ids', { ids: ctx.ids.join(', ') }),
    text(h('p'), 'ed.ref.reflected'),
    h('h3', { id: 'ref-common' }, text(h('span'), 'ed.ref.common.title')),
    attrTable('actlab-*', commonAttributeRows(ctx), { marks: false }),
    memberTable(
      'actlab-*',
      COMMON_MEMBERS.map((m) => ({ ...m, descKey: `ed.common.${m.name}` })),
    ),
    h('h3', { id: 'ref-css' }, text(h('span'), 'ed.ref.css.title')),
    text(h('p'), 'ed.ref.css.intro'),
    table(
      'ed.ref.css.title',
      undefined,
      ['ed.th.property', 'ed.th.light', 'ed.th.dark', 'ed.th.desc'],
      CSS_PROPS.map((p) => [
        code(p.name),
        code(p.light),
        p.dark ? code(p.dark) : '',
        text(h('span'), `ed.css.${p.name}`),
      ]),
    ),
  ];
  for (const tag of TAGS) {
    const Element = customElements.get(tag);
    const block = h(
      'section',
      { class: 'ref-element', id: `ref-${tag}`, 'aria-labelledby': `ref-${tag}-title`, dataset: { tag } },
      h('h3', { id: `ref-${tag}-title` }, code(`<${tag}>`)),
      text(h('p'), `ed.el.${short(tag)}`),
      text(h('h4'), 'ed.ref.attrs'),
      attrTable(`<${tag}>`, attributeRows(tag, Element?.attrs ?? [], ctx)),
      text(h('h4'), 'ed.ref.members'),
      memberTable(`<${tag}>`, memberRows(tag)),
    );
    if (tag === 'actlab-playground') {
      block.append(
        text(h('h4'), 'ed.ref.configKeys'),
        table(
          'ed.ref.tableLabel',
          { tag: `<${tag}> config`, what: { key: 'ed.ref.configKeys' } },
          ['ed.th.key', 'ed.th.default', 'ed.th.range'],
          playgroundConfigRows(ctx).map((r) => [code(r.key), keyed(r.def), r.range ? code(r.range) : '']),
        ),
      );
    }
    out.push(block);
  }
  $('reference-body').replaceChildren(...out);
}

createActLab().then(
  (lab) => {
    window.__actlab = lab; // for the browser tests
    renderReference(lab);
    requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.ready = 'true')));
  },
  (err) => {
    loadError = err;
    $('reference-body').hidden = true;
    showLoadError($('load-error'), getT(), err);
    document.body.dataset.ready = 'error';
  },
);
