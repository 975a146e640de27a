// Vite config for the blog embed (library mode): web/src/embed/entry.js → build/embed/.
//
//   vite build --config vite.embed.config.js --mode inline   → actlab.js: one self-contained ES
//       module, the SIMD WASM inlined as base64 (nothing else to copy but the optional fonts)
//   vite build --config vite.embed.config.js --mode module   → actlab.module.js + actlab.wasm:
//       the WASM as a separate, separately cached file found next to the script
//
// Both also write actlab-fonts.css + fonts/ (KaTeX's woff2 fonts for <actlab-explorer>'s
// formulas; optional: a page-level <link>, since @font-face is ignored inside shadow roots).
// The playground's worker and the surface worker (charts) are the script itself (see entry.js):
// no worker file, no blob: URL.
// scripts/build.sh embed runs both modes (inline first: it empties the folder).
// ACTLAB_EMBED_OUTDIR: another output folder, relative to the repo (default build/embed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { defineConfig } from 'vite';

const fromRoot = (p) => fileURLToPath(new URL(p, import.meta.url));
// The embed ships the size-optimised SIMD module (-Oz, CMake target actlab_simd_small; README,
// "Module size"). ACTLAB_EMBED_GLUE: another Emscripten glue file, relative to the repo, with its
// .wasm next to it (scripts/size-trials.sh builds the embed with each trial's module).
const GLUE = fromRoot(`./${process.env.ACTLAB_EMBED_GLUE ?? 'build/wasm/actlab_simd_small.mjs'}`);
const WASM = GLUE.replace(/\.mjs$/, '.wasm');
const WASM_NAME = WASM.split(/[\\/]/).pop();
const WORKER_URL = "new URL('./worker.js', import.meta.url)";
const SURFACE_URL = "new URL('./surface-worker.js', import.meta.url)";

/** virtual:actlab-wasm-base64 → the SIMD WASM, deflate-raw compressed (level 9), as a base64
 *  string: ≈ the gzip size of the .wasm itself once the script is served gzipped, where plain
 *  base64 would cost ≈ 40 % more. core-inline.js inflates it with DecompressionStream. */
function inlineWasm() {
  const id = '\0virtual:actlab-wasm-base64';
  return {
    name: 'actlab-inline-wasm',
    resolveId: (source) => (source === 'virtual:actlab-wasm-base64' ? id : null),
    load: (i) =>
      i === id
        ? `export default ${JSON.stringify(deflateRawSync(readFileSync(WASM), { level: 9 }).toString('base64'))};`
        : null,
  };
}

/** Emits actlab.wasm (module variant) and neutralises the Emscripten glue's own
 *  new URL('<name>.wasm', import.meta.url), which Vite would otherwise inline or emit
 *  (the embed always passes locateFile). */
function wasmFiles(mode) {
  return {
    name: 'actlab-embed-wasm',
    enforce: 'pre',
    transform(code, id) {
      if (id === GLUE) {
        const out = code.replace(`new URL("${WASM_NAME}",import.meta.url).toString()`, '"actlab.wasm"');
        if (out === code) this.error('the Emscripten glue changed: its wasm URL was not found');
        return { code: out, map: null };
      }
      // The playground's worker is this very script (entry.js runs the worker in a worker).
      if (/web[\\/]src[\\/]playground[\\/]client\.js$/.test(id)) {
        const out = code.replace(WORKER_URL, 'new URL(import.meta.url)');
        if (out === code) this.error(`web/src/playground/client.js no longer contains ${WORKER_URL}`);
        return { code: out, map: null };
      }
      // So is the surface worker (charts drawn off the main thread; named 'actlab-surface').
      if (/web[\\/]src[\\/]elements[\\/]surface\.js$/.test(id)) {
        const out = code.replace(SURFACE_URL, 'new URL(import.meta.url)');
        if (out === code) this.error(`web/src/elements/surface.js no longer contains ${SURFACE_URL}`);
        return { code: out, map: null };
      }
      // KaTeX's own @font-face rules are useless in a shadow root, and library mode would inline
      // every font as a data: URL (≈ 1 MB, and blocked by `default-src 'self'`): drop them.
      if (/katex[\\/]dist[\\/]katex(\.min)?\.css\?inline$/.test(id)) {
        return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
      }
      return null;
    },
    generateBundle() {
      if (mode === 'module') this.emitFile({ type: 'asset', fileName: 'actlab.wasm', source: readFileSync(WASM) });
      // KaTeX fonts for the explorer's formulas (document-level @font-face, optional).
      const css = readFileSync(fromRoot('./web/src/styles/fonts.css'), 'utf8');
      const files = new Set();
      const rewritten = css.replace(/url\('[^']*\/katex\/dist\/fonts\/([^']+)'\)/g, (_, f) => {
        files.add(f);
        return `url('fonts/${f}')`;
      });
      this.emitFile({ type: 'asset', fileName: 'actlab-fonts.css', source: rewritten });
      for (const f of files) {
        this.emitFile({
          type: 'asset',
          fileName: `fonts/${f}`,
          source: readFileSync(fromRoot(`./node_modules/katex/dist/fonts/${f}`)),
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode !== 'inline' && mode !== 'module')
    throw new Error('vite.embed.config.js: use --mode inline or --mode module');
  const outDir = fromRoot(`./${process.env.ACTLAB_EMBED_OUTDIR ?? 'build/embed'}/`);
  return {
    root: fromRoot('.'),
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: {
      alias: [
        {
          find: 'actlab',
          replacement: fromRoot(
            mode === 'inline' ? './web/src/embed/core-inline.js' : './web/src/embed/core-module.js',
          ),
        },
        // web/src/embed/core.js imports the site's glue; the embed takes its own module's.
        { find: /^.*\/build\/wasm\/actlab_simd\.mjs$/, replacement: GLUE },
      ],
    },
    plugins: [wasmFiles(mode), ...(mode === 'inline' ? [inlineWasm()] : [])],
    build: {
      outDir,
      emptyOutDir: mode === 'inline',
      target: 'es2022',
      minify: 'oxc',
      assetsInlineLimit: 0,
      copyPublicDir: false,
      lib: {
        entry: fromRoot('./web/src/embed/entry.js'),
        formats: ['es'],
        fileName: () => (mode === 'inline' ? 'actlab.js' : 'actlab.module.js'),
      },
      // Library mode keeps whitespace in ES output unless the output itself is minified.
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  };
});
