// <actlab-softmax>'s model: parsing the logits text, the core's softmax and its Jacobian
// (row j = lab.softmaxBackward(logits, e_j, T), since the Jacobian is symmetric), the diagonal
// Jacobian of an element-wise activation for comparison, and — deliberately — the naive
// softmax done in page JS, shown as the wrong way. No DOM here.

export const DEFAULT_LOGITS = [2, 1, 0.1];
export const LARGE_LOGITS = [1000, 999, 998];
export const LOGIT_ABS = 1e4;

/**
 * "2, 1, 0.1" → { value: [2, 1, 0.1] } or { value: null, error, vars } with error a
 * dictionary key: 'softmax.errCount' (wrong number of entries) or 'softmax.errNumber'.
 */
export function parseLogitsText(text, { min = 2, max = 8, abs = LOGIT_ABS } = {}) {
  const parts = String(text ?? '')
    .split(',')
    .map((s) => s.trim());
  if (parts.length === 1 && parts[0] === '') return { value: null, error: 'softmax.errCount', vars: { min, max } };
  if (parts.length < min || parts.length > max) return { value: null, error: 'softmax.errCount', vars: { min, max } };
  const out = [];
  for (const p of parts) {
    const v = p === '' ? NaN : Number(p);
    if (!Number.isFinite(v) || Math.abs(v) > abs)
      return { value: null, error: 'softmax.errNumber', vars: { abs, value: p.slice(0, 20) } };
    out.push(v);
  }
  return { value: out, error: null };
}

/** Probabilities from the core (softmax(logits / T)). */
export function probabilities(lab, logits, temperature) {
  return Array.from(lab.softmax(Float32Array.from(logits), temperature));
}

/** The K×K Jacobian ∂pᵢ/∂zⱼ from the core's backward pass: row j = Jᵀe_j (J is symmetric). */
export function softmaxJacobian(lab, logits, temperature) {
  const z = Float32Array.from(logits);
  const k = z.length;
  const rows = [];
  for (let j = 0; j < k; j++) {
    const e = new Float32Array(k);
    e[j] = 1;
    rows.push(Array.from(lab.softmaxBackward(z, e, temperature)));
  }
  return rows;
}

/** An element-wise activation's Jacobian: diag(f′(zᵢ)) from the core, zeros elsewhere. */
export function diagonalJacobian(lab, id, logits) {
  const d = lab.derivative(id, Float32Array.from(logits));
  return Array.from(d, (v, i) => Array.from(d, (_, j) => (i === j ? v : 0)));
}

/**
 * THE WRONG WAY, on purpose: e^{z_i} / Σ e^{z_j} straight from the textbook formula in
 * double precision, with no max subtracted. exp(1000) = Infinity, so Infinity / Infinity
 * gives NaN. The lab shows this next to the core's stable result; never use it for numbers.
 */
export function naiveSoftmax(logits) {
  const e = logits.map((z) => Math.exp(z));
  const sum = e.reduce((a, b) => a + b, 0);
  return { exps: e, sum, probabilities: e.map((v) => v / sum) };
}

/** Row sums of a matrix (each ≈ 0 for a softmax Jacobian). */
export const rowSums = (m) => m.map((r) => r.reduce((a, b) => a + b, 0));

/** Log-scale temperature slider: position = log10 T; T rounded to 3 significant digits. */
export const temperatureFromSlider = (s) => Number((10 ** s).toPrecision(3));
