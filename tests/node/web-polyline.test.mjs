// The charts' polyline simplification (web/src/model/polyline.js): every dropped point stays
// within the tolerance of the drawn line, lines break at NaN, and smooth curves lose most points.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simplifyInto } from '../../web/src/model/polyline.js';

const W = 1800;
const H = 1000;

/** Samples f on n points over [x0, x1], simplifies at `tol` px; returns the kept pairs and the
 *  largest distance of a sampled point to the kept polyline's piece it belongs to. */
function run(f, x0, x1, n, tol) {
  const xs = Array.from({ length: n }, (_, i) => x0 + ((x1 - x0) * i) / (n - 1));
  const ys = xs.map(f);
  const fin = ys.filter(Number.isFinite);
  const lo = Math.min(...fin);
  const hi = Math.max(...fin);
  const X = (x) => ((x - x0) / (x1 - x0)) * W;
  const Y = (y) => (Number.isFinite(y) ? H - ((y - lo) / (hi - lo || 1)) * H : NaN);
  const out = new Float32Array(2 * n + 2);
  const m = simplifyInto(out, xs, ys, X, Y, tol);
  const kept = [];
  for (let i = 0; i < m; i += 2) kept.push([out[i], out[i + 1]]);
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const px = X(xs[i]);
    const py = Y(ys[i]);
    if (!Number.isFinite(py)) continue;
    let best = Infinity;
    for (let j = 0; j < kept.length; j++) {
      const [ax, ay] = kept[j];
      if (ax !== ax) continue;
      best = Math.min(best, Math.hypot(px - ax, py - ay));
      const next = kept[j + 1];
      if (!next || next[0] !== next[0]) continue;
      const [bx, by] = next;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
    }
    worst = Math.max(worst, best);
  }
  return { kept, worst };
}

const curves = {
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  swish: (x) => x / (1 + Math.exp(-x)),
  gentle: (x) => 0.001 * x * x, // a slow bend: errors must not pile up along it
  wave: (x) => Math.sin(5 * x),
  noise: (x) => Math.sin(1000 * x),
};

test('every sampled point stays within the tolerance of the simplified line', () => {
  for (const tol of [0.25, 0.5, 1]) {
    for (const [name, f] of Object.entries(curves)) {
      const { worst } = run(f, -6, 4, 601, tol);
      assert.ok(worst <= tol + 1e-3, `${name} at tol ${tol}: ${worst}`);
    }
  }
});

test('smooth curves keep few points; corners are kept exactly', () => {
  assert.ok(run(curves.sigmoid, -8, 8, 601, 0.25).kept.length < 80);
  const relu = run((x) => Math.max(0, x), -6, 4, 601, 0.25).kept;
  assert.equal(relu.length, 3);
  // the kink at x = 0 (y = 0 is the bottom of the box)
  assert.deepEqual(
    relu[1].map((v) => Math.round(v)),
    [1080, 1000],
  );
});

test('NaN (and non-finite) values break the line instead of joining across', () => {
  const { kept, worst } = run((x) => (Math.abs(x) < 1 ? NaN : Math.tanh(x)), -6, 4, 601, 0.25);
  const breaks = kept.filter(([x]) => x !== x).length;
  assert.equal(breaks, 1);
  assert.ok(worst <= 0.251);
  const inf = run((x) => (x > 0 && x < 0.5 ? Infinity : x), -6, 4, 101, 0.25).kept;
  assert.equal(inf.filter(([x]) => x !== x).length, 1);
});
