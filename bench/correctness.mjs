// Error measures for the pre-timing correctness check.
//
// For each output y (float32) against a reference r (float64, or ±Infinity/NaN):
//   - x or r not finite, or r beyond float32's range  → "special": must match exactly
//     (NaN ↔ NaN, same infinity; a finite limit such as sigmoid(+∞) = 1 within 1e-6).
//   - otherwise, with err = |y − r|:
//       abs  = max err over |x| ≤ absDomain (20 for elementwise ops: |y| grows with |x|),
//       ulp  = max err / ulp_f32(r) over |r| ≥ 1e-6·scale (ulp of r's float32 binade),
//       tail = max err / |r| over normal-float |r| < 1e-6·scale (relative error where the
//              value is tiny next to the function's scale: derivative tails, sigmoid(−20) …),
//       bad  when err > 1e-4 · max(scale, |r|), or y is not finite.
// scale is 1 for elementwise ops; for softmax the largest probability (forward) or
// max|upstream| · max p / T (backward), the size of what float32 rounding can disturb.

export const BAD_REL = 1e-4;
export const TAIL = 1e-6;

export function ulp32(r) {
  const a = Math.abs(r);
  if (!(a >= 2 ** -126)) return 2 ** -149;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return 2 ** (e - 23);
}

export function newStats() {
  return {
    n: 0,
    maxAbs: 0,
    maxUlp: 0,
    worst: null,
    tailRel: 0,
    tailWorst: null,
    bad: 0,
    badExamples: [],
    special: 0,
    specialExamples: [],
  };
}

/** Adds one comparison set to stats. xs: inputs (for reporting), ys: outputs, refs: float64 refs. */
export function accumulate(stats, xs, ys, refs, { scale = 1, label = '', absDomain = 20 } = {}) {
  for (let i = 0; i < ys.length; i++) {
    const x = xs[i];
    const y = ys[i];
    const r = refs[i];
    const rf = Math.fround(r);
    if (!Number.isFinite(x) || !Number.isFinite(rf)) {
      const ok = Number.isNaN(r)
        ? Number.isNaN(y)
        : !Number.isFinite(rf)
          ? y === rf
          : Number.isFinite(y) && Math.abs(y - r) <= 1e-6 * Math.max(1, Math.abs(r));
      if (!ok) {
        stats.special++;
        if (stats.specialExamples.length < 4) stats.specialExamples.push({ x, got: y, want: r, set: label });
      }
      continue;
    }
    stats.n++;
    if (!Number.isFinite(y)) {
      stats.bad++;
      if (stats.badExamples.length < 4) stats.badExamples.push({ x, got: y, want: r, set: label });
      continue;
    }
    const abs = Math.abs(y - r);
    if (abs > stats.maxAbs && Math.abs(x) <= absDomain) stats.maxAbs = abs;
    if (Math.abs(r) >= TAIL * scale) {
      const ulp = abs / ulp32(r);
      if (ulp > stats.maxUlp) {
        stats.maxUlp = ulp;
        stats.worst = { x, got: y, want: r, set: label };
      }
    } else if (Math.abs(r) >= 2 ** -126) {
      const rel = abs / Math.abs(r);
      if (rel > stats.tailRel) {
        stats.tailRel = rel;
        stats.tailWorst = { x, got: y, want: r, set: label };
      }
    }
    if (abs > BAD_REL * Math.max(scale, Math.abs(r))) {
      stats.bad++;
      if (stats.badExamples.length < 4) stats.badExamples.push({ x, got: y, want: r, set: label });
    }
  }
  return stats;
}

/** Counts elements where a and b differ bit-for-bit (NaN equals NaN, +0 ≠ −0 is ignored). */
export function countDiff(a, b) {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) d++;
  return d;
}

/** Max |a − b| in ulps of b, over elements where both are finite. */
export function maxUlpBetween(a, b) {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) continue;
    const u = Math.abs(a[i] - b[i]) / ulp32(b[i]);
    if (u > m) m = u;
  }
  return m;
}
