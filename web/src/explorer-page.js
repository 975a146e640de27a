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
import { applyDictionary, bindLangToggle, labelLangToggle, showLoadError } from './page.js';

const $ = (id) => document.getElementById(id);
let loadError = null;
let lab = null;

function markReady(value) {
  document.body.dataset.ready = value;
  window.__actlabReady = value === 'true';
}

function applyText() {
  const t = getT();
  applyDictionary(t, { title: 'meta.title', description: 'meta.description' });
  labelLangToggle($('lang-toggle'), t);
  $('impl').textContent = lab ? t('footer.impl', { impl: lab.impl }) : '';
  if (loadError) showLoadError($('load-error'), t, loadError);
}
const getT = bindLangToggle($('lang-toggle'), applyText);

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
    showLoadError($('load-error'), getT(), err);
    markReady('error');
  },
);
