// Vite config for the ActLab site: sources in web/, output in build/web.
// `actlab` resolves to the browser entry of the JS API (wasm/browser.js), which finds the
// WASM file with `new URL(..., import.meta.url)`; Vite emits that file as a hashed asset.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: fromRoot('./web'),
  // Relative asset URLs: the built site works from any sub-path (e.g. a project page).
  base: './',
  publicDir: false,
  resolve: {
    alias: { actlab: fromRoot('./wasm/browser.js') },
  },
  build: {
    outDir: fromRoot('./build/web'),
    emptyOutDir: true,
    target: 'es2022',
    // Never inline .wasm as a data: URL; it must stay a separate application/wasm asset.
    assetsInlineLimit: (file) => (file.endsWith('.wasm') ? false : undefined),
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
