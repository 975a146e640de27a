// Entry of the teaching page (web/index.html). The page is text plus ActLab elements; this
// module only does page-level plumbing:
// - registers the elements (they start themselves, lazily, when they near the viewport);
// - fills every [data-i18n] element with dictionary text (textContent only, never markup) and
//   [data-i18n-attr="attr:key;…"] attributes, for the language in ?lang= (ko by default);
// - the language toggle (#lang-toggle) switches <html lang>, which every element follows;
// - URL state: each lab element with an id keeps its state in the query as `<id>.<attr>=value`
//   (only the element's own reflected attributes; anything else in the query is ignored), so a
//   link reproduces what the reader set up. Values are handed to the element as attributes,
//   and the element validates them: a malformed or hostile value falls back to its default
//   with a visible notice in the element;
// - hides links to pages this build does not have (data-page="playground" until it exists);
// - a formula too wide for its box scrolls sideways, and such a box takes keyboard focus.
// The formulas themselves are KaTeX HTML the build put into the page (web/formula-html.mjs);
// KaTeX's stylesheet is loaded here at document level, where its @font-face rules work.
import { createActLab } from 'actlab';
import 'katex/dist/katex.min.css';
import './generated/site-formulas.css';
import './elements/labs.js';
import './styles/site.css';
import { URL_QUIET_MS, whenQuiet } from './model/quiet.js';
import { applyDictionary, bindLangToggle, labelLangToggle, writeQuery } from './page.js';
import { focusableIfScrolls } from './views/dom.js';

const query = new URLSearchParams(location.search);

function applyText(t) {
  applyDictionary(t, { title: 'site.meta.title', description: 'site.meta.description' });
  labelLangToggle(document.getElementById('lang-toggle'), t, { text: null, title: null });
}
const getT = bindLangToggle(document.getElementById('lang-toggle'), applyText);

// ---- URL state of the labs ----
const labs = [...document.querySelectorAll('[id]')].filter((el) => el.localName.startsWith('actlab-'));
const initial = new Map(); // element → its attributes as written in the page
for (const el of labs) {
  const Element = customElements.get(el.localName);
  const allowed = Element?.attrs ?? [];
  initial.set(el, Object.fromEntries(allowed.map((a) => [a, el.getAttribute(a)])));
  for (const a of allowed) {
    const key = `${el.id}.${a}`;
    if (!query.has(key)) continue;
    const v = query.get(key);
    // '~' means "attribute removed" (a boolean switched off); anything else is the value
    // (the element validates it; elements render text only, so no markup can get in).
    if (v === '~') el.removeAttribute(a);
    else el.setAttribute(a, v.slice(0, 200));
  }
}

// The query follows the labs once the reader pauses: 300 ms after the last change (a write
// during a drag made a frame late each time it ran; model/quiet.js).
function writeLabs() {
  writeQuery((q) => {
    for (const [lab, attrs] of initial) {
      for (const [a, start] of Object.entries(attrs)) {
        const now = lab.getAttribute(a);
        const key = `${lab.id}.${a}`;
        if (now === start) q.delete(key);
        else q.set(key, now === null ? '~' : now);
      }
    }
  });
}
const labsToUrl = whenQuiet(writeLabs, URL_QUIET_MS);
document.addEventListener('actlab-change', (e) => {
  if (initial.has(e.target)) labsToUrl.note();
});

// ---- links to pages this build does not have yet (the playground) are hidden ----
// eslint-disable-next-line no-undef
const pages = typeof __ACTLAB_PAGES__ === 'undefined' ? [] : __ACTLAB_PAGES__;
for (const a of document.querySelectorAll('[data-page]')) a.hidden = !pages.includes(a.dataset.page);

applyText(getT());

// ---- formulas: a box that scrolls sideways is reachable by keyboard ----
// Checked per section when it is rendered (sections off screen skip layout: content-visibility
// auto), again when fonts arrive or the window is resized; never during a lab's slider drag.
const rendered = new Set(); // sections whose content is laid out
const markRendered = () => rendered.forEach((s) => s.querySelectorAll('.formula').forEach(focusableIfScrolls));
if (typeof ContentVisibilityAutoStateChangeEvent === 'function') {
  for (const section of document.querySelectorAll('.lesson')) {
    section.addEventListener('contentvisibilityautostatechange', (e) => {
      if (e.skipped) return rendered.delete(section);
      rendered.add(section);
      section.querySelectorAll('.formula').forEach(focusableIfScrolls);
    });
  }
} else {
  document.querySelectorAll('.lesson').forEach((s) => rendered.add(s));
  markRendered();
}
let resizing = 0;
addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(markRendered);
});
document.fonts?.addEventListener('loadingdone', markRendered);

// For the browser tests and curious readers: the page's one shared core instance, and the
// time from navigation to the first drawn curve.
createActLab().then((lab) => (window.__actlab = lab));
document.addEventListener('actlab-ready', () => {
  if (window.__actlabFirstCurve === undefined) {
    requestAnimationFrame(() => (window.__actlabFirstCurve = performance.now()));
  }
});
