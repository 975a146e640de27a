// The page's surface worker (surface.js): owns the OffscreenCanvas of every remote surface,
// replays each one's latest recording once per animation frame, answers pixel reads.
import { Layers, replay } from './surface-replay.js';

const canvases = new Map(); // id → { canvas, ctx, layers }
// id → the draws not yet replayed: the latest, after any that define layers (those are kept)
const pending = new Map();
let scheduled = false;
const nextFrame = globalThis.requestAnimationFrame?.bind(globalThis) ?? ((f) => setTimeout(f, 0));

function flush() {
  scheduled = false;
  for (const [id, list] of pending) {
    const c = canvases.get(id);
    if (!c) continue;
    for (const m of list) {
      if (c.canvas.width !== m.width) c.canvas.width = m.width;
      if (c.canvas.height !== m.height) c.canvas.height = m.height;
      c.ctx.setTransform(1, 0, 0, 1, 0, 0);
      replay(c.ctx, m.rec, c.layers);
    }
  }
  pending.clear();
}

function handle(m) {
  if (m.type === 'add')
    canvases.set(m.id, { canvas: m.canvas, ctx: m.canvas.getContext('2d'), layers: new Layers(m.layers) });
  else if (m.type === 'draw') {
    const list = (pending.get(m.id) ?? []).filter((d) => d.rec.defines);
    list.push(m);
    pending.set(m.id, list);
    if (!scheduled) {
      scheduled = true;
      nextFrame(flush);
    }
  } else if (m.type === 'drop') {
    canvases.delete(m.id);
    pending.delete(m.id);
  } else if (m.type === 'read') {
    flush();
    const c = canvases.get(m.id);
    const w = c?.canvas.width || 0;
    const h = c?.canvas.height || 0;
    const data = w && h ? c.ctx.getImageData(0, 0, w, h).data : new Uint8ClampedArray(0);
    globalThis.postMessage({ type: 'pixels', req: m.req, width: w, height: h, data }, [data.buffer]);
  } else if (m.type === 'blob') {
    flush();
    const c = canvases.get(m.id);
    const done = (blob) => globalThis.postMessage({ type: 'blob', req: m.req, blob });
    if (!c) done(null);
    else c.canvas.convertToBlob({ type: m.mime }).then(done, () => done(null));
  }
}

globalThis.onmessage = (e) => {
  if (e.data?.type === 'batch') for (const m of e.data.list) handle(m);
  else handle(e.data);
};
