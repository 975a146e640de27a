// Vite config for the ActLab site: sources in web/, output in build/web.
// `actlab` resolves to the browser entry of the JS API (wasm/browser.js), which finds the
// WASM file with `new URL(..., import.meta.url)`; Vite emits that file as a hashed asset.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { expandFormulas } from './web/formula-html.mjs';
import { expandSiteHeader } from './web/site-header.mjs';

const fromRoot = (p) => fileURLToPath(new URL(p, import.meta.url));
// Every page: the teaching site, the explorer, and one demo page per element (web/demo/).
const pages = {
  index: fromRoot('./web/index.html'),
  explorer: fromRoot('./web/explorer.html'),
  playground: fromRoot('./web/playground.html'),
  embed: fromRoot('./web/embed.html'),
  ...Object.fromEntries(
    readdirSync(fromRoot('./web/demo'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => [`demo-${f.slice(0, -5)}`, fromRoot(`./web/demo/${f}`)]),
  ),
};

export default defineConfig({
  // the shared site header (web/site-header.mjs) in every page that asks for it, and the
  // teaching page's formulas as KaTeX HTML (web/formula-html.mjs)
  plugins: [{ name: 'actlab-site-html', transformIndexHtml: (html) => expandFormulas(expandSiteHeader(html)) }],
  root: fromRoot('./web'),
  // The pages this build has (site.js hides links to pages that do not exist yet).
  define: { __ACTLAB_PAGES__: JSON.stringify(Object.keys(pages)) },
  // Relative asset URLs: the built site works from any sub-path (e.g. a project page).
  base: './',
  publicDir: false,
  resolve: {
    alias: { actlab: fromRoot('./wasm/browser.js') },
  },
  build: {
    // ACTLAB_WEB_OUTDIR: another output folder (side-by-side test builds), relative to the repo.
    outDir: fromRoot(`./${process.env.ACTLAB_WEB_OUTDIR ?? 'build/web'}/`),
    emptyOutDir: true,
    target: 'es2022',
    // Never inline an asset as a data: URL: the .wasm must stay application/wasm, and the
    // embed's strict CSP (default-src 'self') forbids data: fonts and images.
    assetsInlineLimit: 0,
    rollupOptions: { input: pages },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // The page imports wasm/ and build/wasm/ from outside web/.
    fs: { allow: [fromRoot('.')] },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
  },
});
