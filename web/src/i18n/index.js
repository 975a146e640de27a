// Dictionary lookup. Views never hold user-visible strings; they ask t(key, vars).
import en from './en.js';
import ko from './ko.js';

export const LANGS = /** @type {const} */ (['ko', 'en']);
export const DEFAULT_LANG = 'ko';
export const dictionaries = { ko, en };

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
