// Float64 reference for the correctness check on the dense random sample (the golden file, when
// present, is the reference at its 670 points). Cancellation-free forms, so each value is good
// to ~1e-13 relative — far below float32's 6e-8 — wherever the result is a normal float32:
//   σ'(x) = σ(x)σ(−x), tanh'(x) = sech²x, elu via expm1, softplus via log1p, GELU via erfc.
// ±Infinity is evaluated at ±1e300 (every op reaches its limit there; results beyond ±1e200
// become ±Infinity), NaN gives NaN. Derivatives at kinks follow PyTorch, as the golden file does:
// relu'(0) = 0, leaky/prelu'(0) = alpha, elu'(0) = alpha, selu'(0) = λ·alpha.

const SELU_LAMBDA = 1.0507009873554804934193349852946;
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const GELU_C = 0.044715;
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** erf by its Maclaurin series, for |x| < 2.5 (cancellation costs at most e^{x²}·eps ≈ 1e-13). */
function erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return 2 * INV_SQRT_PI * sum;
}

/** erfc by its continued fraction (Laplace), for x ≥ 2.5, evaluated bottom-up. */
function erfcCF(x) {
  let k = x;
  for (let n = 120; n >= 1; n--) k = x + n / 2 / k;
  return (Math.exp(-x * x) * INV_SQRT_PI) / k;
}

export function erfc64(x) {
  if (Number.isNaN(x)) return NaN;
  if (x >= 2.5) return erfcCF(x);
  if (x <= -2.5) return 2 - erfcCF(-x);
  return 1 - erfSeries(x);
}

const sig = (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const softplus1 = (z) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
const sech2 = (x) => {
  const c = Math.cosh(x);
  return 1 / (c * c);
};

/** id → [f(x, p), f'(x, p)] in float64. */
const REF = {
  identity: [(x) => x, () => 1],
  sigmoid: [sig, (x) => sig(x) * sig(-x)],
  tanh: [Math.tanh, sech2],
  relu: [(x) => (x > 0 ? x : 0), (x) => (x > 0 ? 1 : 0)],
  leaky_relu: [(x, p) => (x > 0 ? x : p.alpha * x), (x, p) => (x > 0 ? 1 : p.alpha)],
  prelu: [(x, p) => (x > 0 ? x : p.alpha * x), (x, p) => (x > 0 ? 1 : p.alpha)],
  elu: [(x, p) => (x > 0 ? x : p.alpha * Math.expm1(x)), (x, p) => (x > 0 ? 1 : p.alpha * Math.exp(x))],
  selu: [
    (x) => SELU_LAMBDA * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
    (x) => SELU_LAMBDA * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
  ],
  gelu: [
    (x) => 0.5 * x * erfc64(-x * Math.SQRT1_2),
    (x) => 0.5 * erfc64(-x * Math.SQRT1_2) + (Math.abs(x) > 40 ? 0 : x * INV_SQRT_2PI * Math.exp(-0.5 * x * x)),
  ],
  gelu_tanh: [
    (x) => {
      if (Math.abs(x) > 1e3) return x > 0 ? x : 0 * x; // x³ would overflow; the limit is exact
      const u = SQRT_2_OVER_PI * (x + GELU_C * x * x * x);
      return x * sig(2 * u);
    },
    (x) => {
      if (Math.abs(x) > 1e3) return x > 0 ? 1 : 0;
      const u = SQRT_2_OVER_PI * (x + GELU_C * x * x * x);
      const du = SQRT_2_OVER_PI * (1 + 3 * GELU_C * x * x);
      return sig(2 * u) + 2 * x * du * sig(2 * u) * sig(-2 * u);
    },
  ],
  silu: [(x) => x * sig(x), (x) => sig(x) * (1 + x * sig(-x))],
  swish: [(x, p) => x * sig(p.beta * x), (x, p) => sig(p.beta * x) + p.beta * x * sig(p.beta * x) * sig(-p.beta * x)],
  mish: [
    (x) => x * Math.tanh(softplus1(x)),
    (x) => {
      const sp = softplus1(x);
      return Math.tanh(sp) + (Math.abs(x) > 1e3 ? 0 : x * sech2(sp) * sig(x));
    },
  ],
  softplus: [(x, p) => softplus1(p.beta * x) / p.beta, (x, p) => sig(p.beta * x)],
};

export function hasRef(id) {
  return Object.prototype.hasOwnProperty.call(REF, id);
}

/** Scalar float64 reference f(x) (dir 'fwd') or f'(x) (dir 'bwd'). */
export function ref(id, dir, x, p = {}) {
  if (Number.isNaN(x)) return NaN;
  const f = REF[id][dir === 'fwd' ? 0 : 1];
  if (x === Infinity || x === -Infinity) {
    const y = f(x > 0 ? 1e300 : -1e300, p);
    return Math.abs(y) > 1e200 ? Math.sign(y) * Infinity : y;
  }
  return f(x, p);
}

/** softmax(x / T) in float64. */
export function softmaxRef(x, temperature = 1) {
  let m = -Infinity;
  for (const v of x) m = Math.max(m, v);
  const e = Array.from(x, (v) => Math.exp((v - m) / temperature));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Jᵀ·u for p = softmax(x / T), in float64. */
export function softmaxBackwardRef(x, u, temperature = 1) {
  const p = softmaxRef(x, temperature);
  let dot = 0;
  for (let i = 0; i < p.length; i++) dot += p[i] * u[i];
  return p.map((pi, i) => (pi * (u[i] - dot)) / temperature);
}
