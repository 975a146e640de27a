// <actlab-swish>'s model: the dip of Swish(x; β) = x·σ(βx) below zero, located from the core's
// values. A grid of lab.forward values over the negative axis brackets the smallest value;
// then bisection on the sign of the core's own derivative (lab.derivative) pins down the x
// where the slope crosses zero — far sharper than comparing float32 values of a flat minimum.
// No formula of Swish is re-implemented here; no DOM.

export const BETA = { min: 0.1, max: 10, def: 1 };
const GRID = 4001;
// Swish(x; β) depends on x only through βx (and a factor 1/β), so the window scales with 1/β.
const WINDOW = 16;

/** { x, y }: the minimum of Swish for this β, searched on [−16/β, 0]. */
export function swishMinimum(lab, beta) {
  const params = { beta };
  const lo = -WINDOW / beta;
  const xs = new Float32Array(GRID);
  for (let i = 0; i < GRID; i++) xs[i] = lo + (i * (0 - lo)) / (GRID - 1);
  const ys = lab.forward('swish', xs, params);
  let k = 0;
  for (let i = 1; i < GRID; i++) if (ys[i] < ys[k]) k = i;
  // Bracket [x_{k-1}, x_{k+1}]: the slope is ≤ 0 on the left end and ≥ 0 on the right end.
  let a = xs[Math.max(0, k - 1)];
  let b = xs[Math.min(GRID - 1, k + 1)];
  const slope = (x) => lab.derivative('swish', Float32Array.of(x), params)[0];
  for (let i = 0; i < 60; i++) {
    const m = Math.fround((a + b) / 2);
    if (m === a || m === b) break;
    if (slope(m) < 0) a = m;
    else b = m;
  }
  const x = Math.abs(slope(a)) <= Math.abs(slope(b)) ? a : b;
  const y = lab.forward('swish', Float32Array.of(x), params)[0];
  return { x, y };
}

/** Log-scale slider position (log10 β) ↔ β, rounded to 3 significant digits. */
export const betaFromSlider = (s) => Number((10 ** s).toPrecision(3));
export const sliderFromBeta = (b) => Math.log10(b);

/** Half-width of the plotted x range: 6, widened so that the dip stays on the plot. */
export function plotHalfWidth(minX) {
  return Math.max(6, Math.ceil(Math.abs(minX) * 1.25));
}
