// Entry of the playground page (web/playground.html): a header, <actlab-playground sync-url>
// and a footer. Page-level plumbing only, as on the explorer page (explorer-page.js): the static
// text in the language of ?lang= (ko by default), the language toggle (<html lang> + ?lang=, the
// hash is kept), hideText=true from the URL hides the page's lead, readiness for tests
// (body[data-ready], window.__actlab = the page's shared lab) and the load error.
import './styles.css';
import './playground-page.css';
import { createActLab } from 'actlab';
import './elements/actlab-playground.js';
import { applyDictionary, bindLangToggle, labelLangToggle, showLoadError } from './page.js';

const $ = (id) => document.getElementById(id);
let loadError = null;
let lab = null;

function applyText() {
  const t = getT();
  applyDictionary(t, { title: 'pg.page.meta.title', description: 'pg.page.meta.description' });
  labelLangToggle($('lang-toggle'), t);
  $('impl').textContent = lab ? t('footer.impl', { impl: lab.impl }) : '';
  if (loadError) showLoadError($('load-error'), t, loadError);
}
const getT = bindLangToggle($('lang-toggle'), applyText);

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
    showLoadError($('load-error'), getT(), err);
    document.body.dataset.ready = 'error';
  },
);
