// <actlab-swish>'s model: the dip of Swish(x; β) = x·σ(βx) below zero, located from the core's
// values: grids of the core's own derivative (lab.derivative) bracket the x where the slope
// crosses zero ever more narrowly — far sharper than comparing float32 values of a flat minimum.
// No formula of Swish is re-implemented here; no DOM.

export const BETA = { min: 0.1, max: 10, def: 1 };
const GRID = 257; // points per grid: f′ changes sign once on the window, so a coarse grid brackets it
// Swish(x; β) depends on x only through βx (and a factor 1/β), so the window scales with 1/β.
const WINDOW = 16;

/** { x, y }: the minimum of Swish for this β, searched on [−16/β, 0]. Swish falls to its minimum
 *  and rises after it, so its derivative (the core's) changes sign once there: a grid of the
 *  core's f′ brackets the sign change, a grid inside that bracket narrows it, until the bracket
 *  is two neighbouring floats — a few vectorised calls instead of one scalar call per bisection
 *  step (which cost a millisecond per slider step). */
export function swishMinimum(lab, beta) {
  const params = { beta };
  let lo = -WINDOW / beta;
  let hi = 0;
  let best = lo;
  for (let level = 0; level < 8; level++) {
    const xs = new Float32Array(GRID);
    for (let i = 0; i < GRID; i++) xs[i] = lo + (i * (hi - lo)) / (GRID - 1);
    const d = lab.derivative('swish', xs, params);
    // the first grid point where the slope is no longer negative: the minimum is in [x_{k−1}, x_k]
    let k = 1;
    while (k < GRID - 1 && d[k] < 0) k++;
    best = Math.abs(d[k - 1]) <= Math.abs(d[k]) ? xs[k - 1] : xs[k];
    if (xs[k - 1] === lo && xs[k] === hi) break; // neighbouring floats: nothing left to narrow
    lo = xs[k - 1];
    hi = xs[k];
  }
  const y = lab.forward('swish', Float32Array.of(best), params)[0];
  return { x: best, y };
}

/** Log-scale slider position (log10 β) ↔ β, rounded to 3 significant digits. */
export const betaFromSlider = (s) => Number((10 ** s).toPrecision(3));
export const sliderFromBeta = (b) => Math.log10(b);

/** Half-width of the plotted x range: 6, widened so that the dip stays on the plot. */
export function plotHalfWidth(minX) {
  return Math.max(6, Math.ceil(Math.abs(minX) * 1.25));
}
