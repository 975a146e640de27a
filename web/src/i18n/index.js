// Dictionary lookup. Views never hold user-visible strings; they ask t(key, vars).
import en from './en.js';
import ko from './ko.js';

export const LANGS = /** @type {const} */ (['ko', 'en']);
export const DEFAULT_LANG = 'ko';
export const dictionaries = { ko, en };

/** Adds page-only dictionary parts ({ ko, en } each) to both dictionaries. The elements'
 *  parts are in ko.js/en.js (web/src/i18n/parts/index.js) and ship with the blog embed; a
 *  page's own text (the teaching page, the embed guide) is added by that page's entry, so the
 *  embed does not carry it. */
export function addParts(...parts) {
  for (const part of parts) for (const lang of LANGS) Object.assign(dictionaries[lang], part[lang]);
}

/** Returns t(key, vars) for `lang`; unknown keys fall back to Korean, then to the key. */
export function translator(lang) {
  const dict = dictionaries[lang] ?? dictionaries[DEFAULT_LANG];
  const t = (key, vars) => {
    const s = dict[key] ?? ko[key] ?? key;
    return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
  };
  t.lang = lang in dictionaries ? lang : DEFAULT_LANG;
  return t;
}
