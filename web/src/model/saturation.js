// Saturation regions: where |f'(x)| < threshold the gradient barely flows back.

/**
 * Intervals [x0, x1] of the grid `xs` where |df| < threshold (NaN counts as not saturated).
 * Edges extend half a grid step so that a band covers the samples it contains.
 */
export function saturationBands(xs, df, threshold = 0.1) {
  const bands = [];
  const n = Math.min(xs.length, df.length);
  if (n === 0) return bands;
  const half = n > 1 ? (xs[n - 1] - xs[0]) / (n - 1) / 2 : 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const inside = i < n && Math.abs(df[i]) < threshold;
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      bands.push([Math.max(xs[0], xs[start] - half), Math.min(xs[n - 1], xs[i - 1] + half)]);
      start = -1;
    }
  }
  return bands;
}
