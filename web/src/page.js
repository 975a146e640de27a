// Page-level plumbing shared by the three pages (site.js, explorer-page.js,
// playground-page.js): dictionary text into [data-i18n] / [data-i18n-attr] (textContent and
// attributes only, never markup), the query string, the language toggle and the load error.
import { addParts, DEFAULT_LANG, LANGS, translator } from './i18n/index.js';
import site from './i18n/parts/site.js';
import { h } from './views/dom.js';

// The pages' own text (teaching page, nav): not part of the elements' dictionaries (see
// i18n/parts/index.js), so the blog embed does not carry it.
addParts(site);

/** The page's language from ?lang= (ko by default). */
export function initialLang() {
  const l = new URLSearchParams(location.search).get('lang');
  return LANGS.includes(l) ? l : DEFAULT_LANG;
}

/** Fills [data-i18n] elements and [data-i18n-attr="attr:key;…"] attributes; sets <html lang>,
 *  the title and the description from the given keys. */
export function applyDictionary(t, { title, description } = {}) {
  document.documentElement.lang = t.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = t(el.dataset.i18n);
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  if (title) document.title = t(title);
  if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', t(description));
}

/** Rewrites the query with `mutate(URLSearchParams)` (replaceState; the hash is kept). */
export function writeQuery(mutate) {
  const q = new URLSearchParams(location.search);
  mutate(q);
  const s = q.toString().replace(/%2C/g, ',');
  const next = `${location.pathname}${s ? `?${s}` : ''}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}

/** The language toggle: `button` switches ko ↔ en, calls onChange(t) and keeps ?lang= in the
 *  URL (absent for the default). Returns the current translator getter. */
export function bindLangToggle(button, onChange) {
  let t = translator(initialLang());
  button?.addEventListener('click', () => {
    t = translator(t.lang === 'ko' ? 'en' : 'ko');
    onChange(t);
    writeQuery((q) => (t.lang === DEFAULT_LANG ? q.delete('lang') : q.set('lang', t.lang)));
  });
  return () => t;
}

/** Labels the toggle with the other language's name, in that language. */
export function labelLangToggle(button, t, { text = 'lang.switchTo', title = 'lang.switchLabel' } = {}) {
  if (!button) return;
  if (text) button.textContent = t(text);
  button.lang = t.lang === 'ko' ? 'en' : 'ko';
  if (title) button.title = t(title); // not aria-label: the name must contain the visible text
}

/** The core failed to load: a translated message with the technical detail folded away. */
export function showLoadError(box, t, err) {
  box.replaceChildren(
    h('p', { class: 'error-title' }, t('error.title')),
    h('p', {}, t('error.hint')),
    h('details', {}, h('summary', {}, t('error.detail')), h('pre', {}, String(err?.stack || err))),
  );
  box.hidden = false;
}
