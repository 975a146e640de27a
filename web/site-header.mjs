// The site's header (skip link, brand, nav, language toggle), written once in
// partials/site-header.html and put where a page's source says <!-- actlab:site-header NAME -->
// (vite.config.js does it for every build and the dev server; the page-source tests read pages
// through it too). The link to page NAME gets aria-current="page"; links to pages that may not
// be built yet carry data-page (src/site.js hides them); the explorer always exists.
import { readFileSync } from 'node:fs';

const MAY_BE_MISSING = new Set(['playground', 'embed']);
const partial = readFileSync(new URL('./partials/site-header.html', import.meta.url), 'utf8');

/** A page's HTML with its header placeholder expanded (unchanged when it has none). */
export function expandSiteHeader(html) {
  return html.replace(/^( *)<!-- actlab:site-header (\w+) -->\n/m, (_, indent, current) =>
    partial
      .replace(/\{\{(\w+)\}\} /g, (_m, page) =>
        page === current ? 'aria-current="page" ' : MAY_BE_MISSING.has(page) ? `data-page="${page}" ` : '',
      )
      .replace(/^(?=.)/gm, indent),
  );
}
