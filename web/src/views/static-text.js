// Fills every [data-i18n="key"] element and [data-i18n-attr="attr:key;attr:key"] attribute,
// and the document's lang, title and description. Runs before the WASM core loads.
export function applyStaticText(root, t) {
  document.documentElement.lang = t.lang;
  document.title = t('meta.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('meta.description'));
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}
