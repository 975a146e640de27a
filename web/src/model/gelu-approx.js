// <actlab-gelu-approx>'s model: exact GELU (catalogue id `gelu`, erf) against its tanh
// approximation (`gelu_tanh`) on a fine grid, their difference, and the gate Φ(x) = GELU(x)/x.
// Every f-value comes from the WASM core (zero-copy buffers, allocated once); JS only
// subtracts, divides and searches. No DOM here.

export const GRID_POINTS = 2001;

/**
 * lab: the ActLab API. Returns { points, compute(xmin, xmax), at(x), dispose() }; the four
 * WASM buffers live until dispose() (the element registers that with own()).
 */
export function createGeluApproxModel(lab, points = GRID_POINTS) {
  const xBuf = lab.alloc(points);
  const yBuf = lab.alloc(points);
  const xOne = lab.alloc(1);
  const yOne = lab.alloc(1);
  let key = '';
  let last = null;

  function forward(id, input, output) {
    lab.forwardInto(id, input, output);
    return Float64Array.from(output.view);
  }

  /** Curves over [xmin, xmax] (float32 grid) and the largest |gelu_tanh − gelu| on it. */
  function compute(xmin, xmax) {
    const k = `${xmin}|${xmax}`;
    if (k === key && last) return last;
    const grid = xBuf.view;
    const step = (xmax - xmin) / (points - 1);
    for (let i = 0; i < points; i++) grid[i] = i === points - 1 ? xmax : xmin + i * step;
    const xs = Float64Array.from(xBuf.view);
    const gelu = forward('gelu', xBuf, yBuf);
    const tanh = forward('gelu_tanh', xBuf, yBuf);
    const diff = new Float64Array(points);
    const phi = new Float64Array(points);
    let maxError = 0;
    let at = xs[0];
    for (let i = 0; i < points; i++) {
      diff[i] = tanh[i] - gelu[i];
      phi[i] = gate(xs[i], gelu[i]);
      const e = Math.abs(diff[i]);
      if (e > maxError) {
        maxError = e;
        at = xs[i];
      }
    }
    key = k;
    last = { xs, gelu, tanh, diff, phi, maxError, at };
    return last;
  }

  /** The core's values at one x (rounded to float32 first, as the core sees it). */
  function at(x) {
    xOne.view[0] = x;
    const gelu = forward('gelu', xOne, yOne)[0];
    const geluTanh = forward('gelu_tanh', xOne, yOne)[0];
    const x32 = xOne.view[0];
    return { x: x32, gelu, geluTanh, diff: geluTanh - gelu, phi: gate(x32, gelu) };
  }

  function dispose() {
    for (const b of [xBuf, yBuf, xOne, yOne]) b.free();
    last = null;
  }

  return { points, compute, at, dispose };
}

/** Φ(x) read off GELU(x) = x·Φ(x): GELU(x)/x, and Φ(0) = 1/2 where the quotient is 0/0. */
export function gate(x, gelu) {
  return x === 0 ? 0.5 : gelu / x;
}

/** 4.73e-4 → { mantissa: '4.73', exponent: -4 } for "4.73 × 10⁻⁴" in the views. */
export function scientific(v, digits = 2) {
  if (!Number.isFinite(v) || v === 0) return { mantissa: String(v), exponent: 0 };
  const [m, e] = v.toExponential(digits).split('e');
  return { mantissa: m, exponent: Number(e) };
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
/** 4.73e-4 → "4.73 × 10⁻⁴" (0 and non-finite values as plain text). */
export function formatSci(v, digits = 2) {
  const { mantissa, exponent } = scientific(v, digits);
  if (exponent === 0) return mantissa;
  return `${mantissa} × 10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}
