// Samples f and f' on an x grid with the zero-copy API: the grid and the output live in
// WASM memory, allocated once. `.view` is re-read after every call because memory may grow
// (an old view would then be empty). Results are copied out, since the chart keeps its arrays,
// and the last few are kept: a curve whose parameters did not change (ReLU beside a dragged
// ELU) is not computed again, and the chart sees the same array (nothing to redraw). Callers
// must not modify what they get. No DOM here.

import { remember } from './recent.js';

/** Results kept per sampler (per grid). */
const KEPT = 8;

export function createCurveSampler(lab, points = 601) {
  const xBuf = lab.alloc(points);
  const yBuf = lab.alloc(points);
  const xAt = lab.alloc(1);
  const yAt = lab.alloc(1);
  const xs = new Float64Array(points);
  let range = null;
  const kept = new Map(); // `${what}|${id}|${params}` → result, for the current grid

  /** Fills the grid with `points` evenly spaced values from xmin to xmax inclusive. */
  function setRange(xmin, xmax) {
    if (range && range[0] === xmin && range[1] === xmax) return;
    range = [xmin, xmax];
    kept.clear();
    const step = (xmax - xmin) / (points - 1);
    const grid = xBuf.view;
    for (let i = 0; i < points; i++) {
      // float32 grid: the plot shows exactly the x the core evaluated
      grid[i] = i === points - 1 ? xmax : xmin + i * step;
      xs[i] = grid[i];
    }
  }

  /** f and f' of activation `id` over the grid, as Float32Arrays (kept: do not modify). */
  function sample(id, params) {
    return remember(kept, `fdf|${id}|${JSON.stringify(params ?? {})}`, KEPT, () => {
      lab.forwardInto(id, xBuf, yBuf, params);
      const f = Float32Array.from(yBuf.view);
      lab.derivativeInto(id, xBuf, yBuf, params);
      const df = Float32Array.from(yBuf.view);
      return { f, df };
    });
  }

  /** f alone (no derivative computed), as a Float32Array (kept: do not modify). */
  function sampleF(id, params) {
    return remember(kept, `f|${id}|${JSON.stringify(params ?? {})}`, KEPT, () => {
      lab.forwardInto(id, xBuf, yBuf, params);
      return Float32Array.from(yBuf.view);
    });
  }

  /** f(x) and f'(x) at one point. */
  function at(id, x, params) {
    xAt.view[0] = x;
    lab.forwardInto(id, xAt, yAt, params);
    const f = yAt.view[0];
    lab.derivativeInto(id, xAt, yAt, params);
    return { f, df: yAt.view[0] };
  }

  function dispose() {
    for (const b of [xBuf, yBuf, xAt, yAt]) b.free();
  }

  return { points, xs, setRange, sample, sampleF, at, dispose };
}
