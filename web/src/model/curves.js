// Samples f and f' on an x grid with the zero-copy API: the grid and the output live in
// WASM memory, allocated once. `.view` is re-read after every call because memory may grow
// (an old view would then be empty). Results are copied out, since the chart keeps its arrays.
// No DOM here.

export function createCurveSampler(lab, points = 601) {
  const xBuf = lab.alloc(points);
  const yBuf = lab.alloc(points);
  const xAt = lab.alloc(1);
  const yAt = lab.alloc(1);
  const xs = new Float64Array(points);
  let range = null;

  /** Fills the grid with `points` evenly spaced values from xmin to xmax inclusive. */
  function setRange(xmin, xmax) {
    if (range && range[0] === xmin && range[1] === xmax) return;
    range = [xmin, xmax];
    const step = (xmax - xmin) / (points - 1);
    const grid = xBuf.view;
    for (let i = 0; i < points; i++) {
      // float32 grid: the plot shows exactly the x the core evaluated
      grid[i] = i === points - 1 ? xmax : xmin + i * step;
      xs[i] = grid[i];
    }
  }

  /** f and f' of activation `id` over the grid, as fresh Float32Arrays. */
  function sample(id, params) {
    lab.forwardInto(id, xBuf, yBuf, params);
    const f = Float32Array.from(yBuf.view);
    lab.derivativeInto(id, xBuf, yBuf, params);
    const df = Float32Array.from(yBuf.view);
    return { f, df };
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

  return { points, xs, setRange, sample, at, dispose };
}
