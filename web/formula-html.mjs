// The teaching page's formulas in its HTML: every <div class="formula" data-formula="KEY"></div>
// of a page gets the KaTeX HTML of KEY (web/src/generated/site-formulas.js, rendered at build
// time from web/src/i18n/parts/site-formulas.js by scripts/gen-formulas.mjs). vite.config.js
// does it for every build and the dev server, so the formulas are in the page before any script
// runs and no KaTeX JavaScript ships. An unknown key stops the build.
import { siteFormulaHtml } from './src/generated/site-formulas.js';

/** A page's HTML with its formula placeholders filled (unchanged when it has none). */
export function expandFormulas(html, formulas = siteFormulaHtml) {
  return html.replace(/<div class="formula" data-formula="([\w.]+)"><\/div>/g, (_, key) => {
    const body = formulas[key];
    if (body == null) throw new Error(`formula-html: no formula "${key}" (web/src/i18n/parts/site-formulas.js)`);
    return `<div class="formula" data-formula="${key}">${body}</div>`;
  });
}
