// Polyline simplification for the charts (elements/chart.js). No DOM.

/**
 * The polyline through (X(xs[i]), Y(ys[i])) into out (x, y pairs; NaN pairs break the line),
 * without the points that lie within `tol` px of the segment that replaces them (a sleeve of
 * angles around each anchor: every dropped point stays within tol of the drawn line). Smooth
 * curves sampled at every pixel keep a few dozen points; the picture does not change. Returns
 * the number of floats written.
 */
export function simplifyInto(out, xs, ys, X, Y, tol) {
  // Plain locals only (no closure over them, no destructuring, no Math.hypot's variadic call):
  // numbers kept in a closure's context are boxed on every assignment, and this runs over every
  // point of every line on every slider step.
  let m = 0;
  let ax = NaN; // the anchor: the last point written
  let ay = NaN;
  let px = NaN; // the pending point: accepted, not yet written
  let py = NaN;
  let lo = -Infinity; // directions from the anchor that keep every pending point within tol
  let hi = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const cy = Y(ys[i]);
    const cx = cy === cy ? X(xs[i]) : NaN;
    if (cx !== cx) {
      if (px === px) {
        out[m++] = px;
        out[m++] = py;
      }
      if (m && out[m - 1] === out[m - 1]) {
        out[m++] = NaN;
        out[m++] = NaN;
      }
      ax = px = NaN;
      continue;
    }
    if (ax !== ax) {
      out[m++] = ax = cx;
      out[m++] = ay = cy;
      px = NaN;
      lo = -Infinity;
      hi = Infinity;
      continue;
    }
    let dx = cx - ax;
    let dy = cy - ay;
    let r = Math.sqrt(dx * dx + dy * dy);
    if (r <= tol) {
      const qx = px - ax;
      const qy = py - ay;
      if (px !== px || Math.sqrt(qx * qx + qy * qy) <= tol) {
        px = cx;
        py = cy;
        continue;
      }
      out[m++] = ax = px;
      out[m++] = ay = py;
    } else {
      const th = Math.atan2(dy, dx);
      if (dx >= 0 && th >= lo && th <= hi) {
        const w = Math.asin(tol / r);
        if (th - w > lo) lo = th - w;
        if (th + w < hi) hi = th + w;
        px = cx;
        py = cy;
        continue;
      }
      // (cx, cy) leaves the sleeve: the pending point is written and becomes the anchor
      if (px === px) {
        out[m++] = ax = px;
        out[m++] = ay = py;
      }
    }
    // a new sleeve from the anchor just written, through (cx, cy)
    dx = cx - ax;
    dy = cy - ay;
    r = Math.sqrt(dx * dx + dy * dy);
    if (r > tol) {
      const th = Math.atan2(dy, dx);
      const w = Math.asin(tol / r);
      lo = th - w;
      hi = th + w;
    } else {
      lo = -Infinity;
      hi = Infinity;
    }
    px = cx;
    py = cy;
  }
  if (px === px) {
    out[m++] = px;
    out[m++] = py;
  }
  return m;
}
