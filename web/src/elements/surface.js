// A canvas drawn off the main thread.
//
// Why: with CPU throttling ×4 (a mid-range phone) every canvas the main thread redraws costs its
// rasterisation plus a commit on that thread, and a lab that redraws two charts per slider step
// misses frames. A canvas whose control is transferred to a worker (transferControlToOffscreen)
// is rasterised and presented by that worker: the main thread only records what to draw.
//
//   const s = createSurface(canvas);
//   s.draw(width, height, (ctx) => { ctx.fillRect(…); ctx.poly(xy); ctx.image(rgba, …); });
//   await s.pixels();   // { width, height, data }: what is on the canvas (tests)
//   s.dispose();
//
// draw() hands `fn` a recorder with the 2-D context's drawing methods and style properties
// (surface-replay.js lists them); the worker replays the recording on the canvas's OffscreenCanvas context.
// One worker serves every surface of the page (surface-worker.js; in the blog embed, the embed
// script itself, named 'actlab-surface'). Where there is no OffscreenCanvas or no worker (an old
// browser, a policy that forbids workers, a worker that fails), the surface draws on the main
// thread instead, with the same drawing code: a canvas already handed to a failed worker is
// replaced by a fresh one and its owner asked to draw again (`redraw`).
import { LAYERS, Layers, Recorder, replay } from './surface-replay.js';

let worker = null; // the page's surface worker, null before the first surface, false if unusable
let idleTimer = 0;
/** The worker ends this long after the page's last surface is disposed (not at once: an element
 *  moved in the page is removed and added again). */
const IDLE_MS = 1000;
let nextId = 1;
const TRANSFER_BYTES = 2048; // recordings at least this large are transferred, not copied
const live = new Map(); // id → surface (for the fallback)
const reads = new Map(); // request id → resolve
let nextRead = 1;

function workerFor() {
  clearTimeout(idleTimer);
  if (worker !== null) return worker;
  worker = false;
  if (typeof OffscreenCanvas === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype))
    return worker;
  try {
    const w = new Worker(new URL('./surface-worker.js', import.meta.url), { type: 'module', name: 'actlab-surface' });
    w.onmessage = (e) => {
      const m = e.data;
      if (m?.type === 'pixels' || m?.type === 'blob') {
        reads.get(m.req)?.(m);
        reads.delete(m.req);
      }
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      fail();
    };
    worker = w;
  } catch {
    worker = false;
  }
  return worker;
}

// Messages of one task go to the worker as one batch (a frame that redraws twenty thumbnails
// posts once).
let batch = [];
let batchTransfer = [];
function send(m, transfer = []) {
  if (!batch.length) queueMicrotask(flushBatch);
  batch.push(m);
  batchTransfer.push(...transfer);
}
function flushBatch() {
  const list = batch;
  const transfer = batchTransfer;
  batch = [];
  batchTransfer = [];
  if (worker && list.length) worker.postMessage({ type: 'batch', list }, transfer);
}

/** The worker failed (or was refused): every remote surface goes local. */
function fail() {
  if (worker) worker.terminate();
  worker = false;
  for (const s of live.values()) s.local();
  for (const r of reads.values()) r(null);
  reads.clear();
}

/** canvas: a canvas element not drawn on yet; redraw(fresh): draws again after a fallback, on
 *  `fresh`, the canvas now in the old one's place (`surface.canvas` too); local: draw on the main
 *  thread anyway (tiny canvases: each canvas a worker presents is one more compositor surface);
 *  layers: how many cached layers (`ctx.layer`) the surface keeps (LAYERS by default). */
export function createSurface(canvas, { redraw = () => {}, local = false, layers: keep = LAYERS } = {}) {
  const id = nextId++;
  let w = local ? false : workerFor();
  let remote = false;
  let ctx = null;
  let layers = new Layers(keep); // the layers the replaying side has (surface-replay.js)
  let rec = null; // one recorder per surface, emptied for each draw
  const recorder = () => {
    if (rec?.layers === layers) rec.reset();
    else rec = new Recorder(layers);
    return rec;
  };
  if (w) {
    try {
      const off = canvas.transferControlToOffscreen();
      send({ type: 'add', id, canvas: off, layers: keep }, [off]);
      remote = true;
    } catch {
      remote = false;
    }
  }
  const self = {
    get canvas() {
      return canvas;
    },
    /** Draws at width × height device pixels; fn(ctx) draws (recorded when remote). */
    draw(width, height, fn) {
      if (remote) {
        const rec = recorder();
        fn(rec);
        const r = rec.take();
        // a small recording is copied, a large one transferred: posted once per frame, a
        // transfer cost ~40 µs more than copying a few hundred bytes (and less from ~2 KB up)
        send({ type: 'draw', id, width, height, rec: r }, r.nums.byteLength >= TRANSFER_BYTES ? [r.nums.buffer] : []);
        return;
      }
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      ctx ??= canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const rec = recorder();
      fn(rec);
      replay(ctx, rec.view(), layers);
    },
    /** The canvas's pixels: { width, height, data } (null if unreadable). */
    pixels() {
      if (!remote) {
        ctx ??= canvas.getContext('2d');
        const img = ctx?.getImageData(0, 0, canvas.width || 1, canvas.height || 1);
        return Promise.resolve(img ? { width: img.width, height: img.height, data: img.data } : null);
      }
      const req = nextRead++;
      return new Promise((resolve) => {
        reads.set(req, resolve);
        send({ type: 'read', id, req });
      });
    },
    /** The canvas as an image file (a Blob of `type`, null if it cannot be made). */
    blob(type = 'image/png') {
      if (!remote) return new Promise((resolve) => canvas.toBlob((b) => resolve(b), type));
      const req = nextRead++;
      return new Promise((resolve) => {
        reads.set(req, (m) => resolve(m?.blob ?? null));
        send({ type: 'blob', id, req, mime: type });
      });
    },
    /** Goes on drawing on the main thread (the worker failed): a fresh canvas in this one's
     *  place, drawn again by its owner. */
    local() {
      if (!remote) return;
      remote = false;
      const fresh = canvas.cloneNode(false);
      canvas.replaceWith(fresh);
      canvas = fresh;
      canvas.actlabPixels = () => self.pixels();
      layers = new Layers(keep);
      redraw(fresh);
    },
    dispose() {
      live.delete(id);
      if (remote && worker) send({ type: 'drop', id });
      remote = false;
      if (!live.size && worker) {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => {
          if (live.size || !worker) return;
          worker.terminate();
          worker = null;
        }, IDLE_MS);
      }
    },
  };
  // tests read what is drawn through this (a transferred canvas has no readable context)
  canvas.actlabPixels = () => self.pixels();
  live.set(id, self);
  return self;
}
