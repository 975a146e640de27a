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
// In a worker: the same file is the playground's training worker and the page's surface worker
// (charts drawn off the main thread; a worker named 'actlab-surface'): the embed build points
// both `new Worker(...)` at this script's own URL, so no extra file is needed and the workers are
// allowed by `worker-src 'self'` (the CSP default through script-src).
export { createActLab } from 'actlab';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;

if (inWorker) {
  // Messages that arrive before the worker module has loaded are queued, then replayed.
  const early = [];
  globalThis.onmessage = (e) => early.push(e);
  const role =
    globalThis.name === 'actlab-surface' ? import('../elements/surface-worker.js') : import('../playground/worker.js');
  role.then(() => {
    for (const e of early.splice(0)) globalThis.onmessage?.(e);
  });
} else {
  import('../elements/index.js');
}
