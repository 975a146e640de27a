// The blog embed's entry (vite.embed.config.js → build/embed/actlab.js and actlab.module.js).
//
//   <script type="module" src="/assets/actlab.js"></script>
//   <actlab-plot fn="sigmoid" derivative></actlab-plot>
//
// On a page: registers every ActLab element (web/src/elements/index.js; an element already
// defined by another copy or version of this script is kept, with a console warning) and
// exports createActLab (the page's one shared WASM instance). Nothing is computed until a
// widget nears the viewport.
//
// In a worker: the same file is the playground's training worker (the embed build points the
// playground's `new Worker(...)` at this script's own URL), so no extra file is needed and the
// worker is allowed by `worker-src 'self'` (the CSP default through script-src).
export { createActLab } from 'actlab';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

if (inWorker) {
  // Messages that arrive before the worker module has loaded are queued, then replayed.
  const early = [];
  globalThis.onmessage = (e) => early.push(e);
  import('../playground/worker.js').then(() => {
    for (const e of early.splice(0)) globalThis.onmessage?.(e);
  });
} else {
  import('../elements/index.js');
}
