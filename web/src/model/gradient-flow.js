// The gradient-flow lab's model (post section 2): per-layer gradient norms from the core's real
// backward pass (lab.gradientFlow) and the Jacobian diagonal f′(z) of one example
// (net.diagnostics). JS only arranges and compares the core's numbers. No DOM.

/** The dataset the Jacobian network runs on (one example of it is shown). */
export const JACOBIAN_DATA = { kind: 'circle', points: 40, noise: 0, trainFraction: 1 };

/** The sigmoid's largest slope: σ′(0) = 1/4. */
export const SIGMOID_MAX_SLOPE = 0.25;

/** The preset buttons: activation and init. */
export const PRESETS = [
  { activation: 'sigmoid', init: 'xavier' },
  { activation: 'tanh', init: 'xavier' },
  { activation: 'relu', init: 'he' },
  { activation: 'gelu', init: 'he' },
];

/**
 * gradWNorm from the core and what the chart derives from it:
 *   reference[l] = gradWNorm[last] · 0.25^(last − l) (the dashed line, anchored at the last
 *   layer), ratio = first ÷ last, growth = last ÷ first (null when a norm is 0 or not finite).
 */
export function gradientFlowSummary(lab, { depth, width, activation, init, seed }) {
  const { gradWNorm, gradANorm } = lab.gradientFlow({ depth, width, activation, init, seed });
  const g = Array.from(gradWNorm);
  const last = g[g.length - 1];
  const first = g[0];
  const reference = g.map((_, l) => last * SIGMOID_MAX_SLOPE ** (g.length - 1 - l));
  const ok = (v) => Number.isFinite(v) && v > 0;
  const dead = g.every((v) => v === 0);
  return {
    gradWNorm: g,
    gradANorm: Array.from(gradANorm),
    reference,
    ratio: ok(first) && ok(last) ? first / last : null,
    growth: ok(first) && ok(last) ? last / first : null,
    dead,
  };
}

/** The Jacobian network: the same stack (depth × width, activation, init, seed), binary head. */
export function jacobianConfig({ depth, width, activation, init, seed }) {
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: depth }, () => ({ units: width, activation })),
    head: 'binary',
    init,
    seed,
  };
}

/**
 * f′(z) of every hidden unit for example 0: rows = layers (first = input side), and the
 * smallest and largest value over all of them. `diagnostics` = net.diagnostics({example: 0});
 * the last entry (the output layer) is left out.
 */
export function jacobianStrip(diagnostics, depth) {
  const rows = diagnostics.slice(0, depth).map((d) => Array.from(d.jacobian.example));
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows)
    for (const v of row) {
      if (!Number.isFinite(v)) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  return { rows, min: Number.isFinite(min) ? min : 0, max: Number.isFinite(max) ? max : 0 };
}

/** Log-scale y range of the chart: whole decades around the positive values (else 1e-8…1). */
export function logRange(values) {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (!pos.length) return [1e-8, 1];
  const lo = Math.floor(Math.log10(Math.min(...pos)));
  const hi = Math.ceil(Math.log10(Math.max(...pos)));
  return [10 ** lo, 10 ** (hi > lo ? hi : lo + 1)];
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** 3.15e12 → '3.15×10¹²' (language-neutral); 0 → '0'; between 0.01 and 1000 plain decimals. */
export function formatSci(v, digits = 2) {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return String(Number(v.toPrecision(digits + 1)));
  let exponent = Math.floor(Math.log10(a));
  let mantissa = (v / 10 ** exponent).toFixed(digits);
  if (Math.abs(Number(mantissa)) >= 10) {
    exponent += 1;
    mantissa = (v / 10 ** exponent).toFixed(digits);
  }
  return `${mantissa}×10${superscript(exponent)}`;
}

/** Log-axis tick labels: powers of ten as 10ᵏ (1 for 10⁰), other ticks as a×10ᵏ. */
export function formatTick(v) {
  if (v == null || !Number.isFinite(v) || v <= 0) return '';
  let k = Math.floor(Math.log10(v) + 1e-9);
  let m = Math.round(v / 10 ** k);
  if (m >= 10) {
    m = 1;
    k += 1;
  }
  const power = k === 0 ? '1' : `10${superscript(k)}`;
  return m === 1 ? power : `${m}×${power}`;
}

function superscript(k) {
  return String(k)
    .split('')
    .map((ch) => SUPERSCRIPT[ch])
    .join('');
}
