// Entry of the explorer page (web/explorer.html): the page is a header, <actlab-explorer
// sync-url> and a footer. This module only does page-level plumbing:
// - KaTeX's fonts at document level (styles/fonts.css; @font-face is ignored in a shadow root);
// - the static text ([data-i18n] → textContent, [data-i18n-attr="attr:key;…"]), the title and
//   the description, in the language of ?lang= (ko by default);
// - the language toggle: sets <html lang> (the element follows the nearest lang attribute on its
//   own) and ?lang= (history.replaceState; the element keeps the other query keys);
// - readiness for tests and tools: body[data-ready="true"] and window.__actlabReady once the
//   explorer has drawn its first frame, body[data-ready="error"] (and a localized message in
//   #load-error) when the WASM core cannot load; window.__actlab is the page's shared lab.
import './styles/fonts.css';
import './styles.css';
import { createActLab } from 'actlab';
import './elements/actlab-explorer.js';
import { DEFAULT_LANG, translator } from './i18n/index.js';
import { parseLang } from './state.js';
import { h } from './views/dom.js';

const $ = (id) => document.getElementById(id);
let t = translator(parseLang(location.search));
let loadError = null;
let lab = null;

function markReady(value) {
  document.body.dataset.ready = value;
  window.__actlabReady = value === 'true';
}

function showLoadError() {
  $('load-error').replaceChildren(
    h('p', { class: 'error-title' }, t('error.title')),
    h('p', {}, t('error.hint')),
    h('details', {}, h('summary', {}, t('error.detail')), h('pre', {}, String(loadError?.stack || loadError))),
  );
  $('load-error').hidden = false;
}

function applyText() {
  document.documentElement.lang = t.lang;
  document.title = t('meta.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('meta.description'));
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  const toggle = $('lang-toggle');
  toggle.textContent = t('lang.switchTo');
  toggle.lang = t.lang === 'ko' ? 'en' : 'ko'; // the label names the other language, in it
  toggle.title = t('lang.switchLabel'); // not aria-label: the name must contain the visible text
  $('impl').textContent = lab ? t('footer.impl', { impl: lab.impl }) : '';
  if (loadError) showLoadError();
}

$('lang-toggle').addEventListener('click', () => {
  t = translator(t.lang === 'ko' ? 'en' : 'ko');
  applyText();
  const q = new URLSearchParams(location.search);
  if (t.lang === DEFAULT_LANG) q.delete('lang');
  else q.set('lang', t.lang);
  const query = q.toString().replace(/%2C/g, ',');
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
});

applyText();

// Ready = the explorer has started and its first frame is on screen.
const explorer = $('explorer');
const whenStarted = new Promise((resolve) => {
  if (explorer.dataset.ready === 'true') resolve();
  else explorer.addEventListener('actlab-ready', resolve, { once: true });
});

createActLab().then(
  async (l) => {
    lab = l;
    window.__actlab = l; // for the browser tests (lab.liveObjects())
    applyText();
    await whenStarted;
    requestAnimationFrame(() => requestAnimationFrame(() => markReady('true')));
  },
  (err) => {
    loadError = err;
    explorer.hidden = true; // the page shows the error, in the page's language
    showLoadError();
    markReady('error');
  },
);
