// Entry of the playground page (web/playground.html): a header, <actlab-playground sync-url>
// and a footer. Page-level plumbing only, as on the explorer page (explorer-page.js): the static
// text in the language of ?lang= (ko by default), the language toggle (<html lang> + ?lang=, the
// hash is kept), hideText=true from the URL hides the page's lead, readiness for tests
// (body[data-ready], window.__actlab = the page's shared lab) and the load error.
import './styles.css';
import './playground-page.css';
import { createActLab } from 'actlab';
import './elements/actlab-playground.js';
import { DEFAULT_LANG, translator } from './i18n/index.js';
import { parseLang } from './state.js';
import { h } from './views/dom.js';

const $ = (id) => document.getElementById(id);
let t = translator(parseLang(location.search));
let loadError = null;
let lab = null;

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
  document.title = t('pg.page.meta.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('pg.page.meta.description'));
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  const toggle = $('lang-toggle');
  toggle.textContent = t('lang.switchTo');
  toggle.lang = t.lang === 'ko' ? 'en' : 'ko';
  toggle.title = t('lang.switchLabel');
  $('impl').textContent = lab ? t('footer.impl', { impl: lab.impl }) : '';
  if (loadError) showLoadError();
}

$('lang-toggle').addEventListener('click', () => {
  t = translator(t.lang === 'ko' ? 'en' : 'ko');
  applyText();
  const q = new URLSearchParams(location.search);
  if (t.lang === DEFAULT_LANG) q.delete('lang');
  else q.set('lang', t.lang);
  const query = q.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
});

applyText();

const playground = $('playground');
const syncText = () => ($('lead').hidden = Boolean(playground.config?.hideText));
playground.addEventListener('actlab-change', syncText);

const started = new Promise((resolve) => {
  if (playground.dataset.ready === 'true') resolve();
  else playground.addEventListener('actlab-ready', resolve, { once: true });
});

createActLab().then(
  async (l) => {
    lab = l;
    window.__actlab = l;
    applyText();
    await started;
    syncText();
    requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.ready = 'true')));
  },
  (err) => {
    loadError = err;
    playground.hidden = true;
    showLoadError();
    document.body.dataset.ready = 'error';
  },
);
