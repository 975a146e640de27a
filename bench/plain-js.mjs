// Plain-JS contender: the loop a web developer would write by hand, one function per op and
// direction so V8 keeps separate type feedback for each (closures from one literal would share
// it). Arithmetic is in float64 (Math.*), stored to the Float32Array on write.
// Numerically stable forms, not fast-math tricks: sigmoid via exp(-|x|), softplus via log1p,
// ELU via expm1, softmax by subtracting the max.
//
// Each kernel: fn(x: Float32Array, out: Float32Array, p: {alpha?, beta?}) → out.

const SELU_LAMBDA = 1.0507009873554804934193349852946;
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SQRT_2_OVER_PI = 0.7978845608028654; // gelu_tanh: √(2/π)
const GELU_C = 0.044715;
const INV_SQRT_2PI = 0.3989422804014327; // φ(0) = 1/√(2π)

// erfc for the plain-JS GELU: Numerical Recipes in C (2nd ed.) §6.2 `erfcc`, a Chebyshev fit
// of erfc(z)·exp(z²) with fractional error < 1.2e-7 for every z (so GELU keeps its relative
// accuracy far into the negative tail, unlike Abramowitz–Stegun 7.1.26 whose 1.5e-7 bound is
// absolute). One exp and a 10-term polynomial.
export function erfcNR(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

function identityF(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = x[i];
  return out;
}
function identityD(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = 1;
  return out;
}

function sigmoidF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const e = Math.exp(-Math.abs(v)); // never overflows
    out[i] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
  }
  return out;
}
function sigmoidD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const e = Math.exp(-Math.abs(v));
    const s = 1 / (1 + e); // σ(|x|); σ(x)σ(−x) is symmetric
    out[i] = s * (e * s); // σ(|x|)·σ(−|x|), no 1 − s cancellation
  }
  return out;
}

function tanhF(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]);
  return out;
}
function tanhD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const t = Math.tanh(x[i]);
    out[i] = 1 - t * t;
  }
  return out;
}

function reluF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? v : 0;
  }
  return out;
}
function reluD(x, out) {
  for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : 0;
  return out;
}

function leakyReluF(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? v : a * v;
  }
  return out;
}
function leakyReluD(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : a;
  return out;
}

function preluF(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? v : a * v;
  }
  return out;
}
function preluD(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : a;
  return out;
}

function eluF(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? v : a * Math.expm1(v);
  }
  return out;
}
function eluD(x, out, p) {
  const a = p.alpha;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? 1 : a * Math.exp(v);
  }
  return out;
}

function seluF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? SELU_LAMBDA * v : SELU_LAMBDA * SELU_ALPHA * Math.expm1(v);
  }
  return out;
}
function seluD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(v);
  }
  return out;
}

// GELU = x·Φ(x), Φ(x) = ½·erfc(−x/√2) (erfc keeps the negative tail accurate).
function geluF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = 0.5 * v * erfcNR(-v * Math.SQRT1_2);
  }
  return out;
}
function geluD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = 0.5 * erfcNR(-v * Math.SQRT1_2) + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v);
  }
  return out;
}

// ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³): no 1 + tanh cancellation for x < 0.
function geluTanhF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const u = SQRT_2_OVER_PI * (v + GELU_C * v * v * v);
    out[i] = v / (1 + Math.exp(-2 * u));
  }
  return out;
}
function geluTanhD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const u = SQRT_2_OVER_PI * (v + GELU_C * v * v * v);
    const du = SQRT_2_OVER_PI * (1 + 3 * GELU_C * v * v);
    const e = Math.exp(-2 * u);
    const s = 1 / (1 + e);
    const d = v * du * 2 * s * (e * s); // 2x·u'·σ(2u)σ(−2u)
    out[i] = s + (d === d ? d : 0); // ∞·0 at |x| → ∞: the term's limit is 0
  }
  return out;
}

function siluF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v / (1 + Math.exp(-v));
  }
  return out;
}
function siluD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const s = 1 / (1 + Math.exp(-v));
    out[i] = s * (1 + v * (1 - s));
  }
  return out;
}

function swishF(x, out, p) {
  const b = p.beta;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    out[i] = v / (1 + Math.exp(-b * v));
  }
  return out;
}
function swishD(x, out, p) {
  const b = p.beta;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const s = 1 / (1 + Math.exp(-b * v));
    out[i] = s + b * v * s * (1 - s);
  }
  return out;
}

function mishF(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const sp = v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    out[i] = v * Math.tanh(sp);
  }
  return out;
}
function mishD(x, out) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const sp = v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    const t = Math.tanh(sp);
    const s = 1 / (1 + Math.exp(-v));
    out[i] = t + v * (1 - t * t) * s;
  }
  return out;
}

// softplus_β(x) = log(1 + e^{βx}) / β, as max(βx, 0) + log1p(e^{−|βx|}).
function softplusF(x, out, p) {
  const b = p.beta;
  const ib = 1 / b;
  for (let i = 0; i < x.length; i++) {
    const z = b * x[i];
    out[i] = ib * ((z > 0 ? z : 0) + Math.log1p(Math.exp(-Math.abs(z))));
  }
  return out;
}
function softplusD(x, out, p) {
  const b = p.beta;
  for (let i = 0; i < x.length; i++) {
    const z = b * x[i];
    const e = Math.exp(-Math.abs(z));
    out[i] = z >= 0 ? 1 / (1 + e) : e / (1 + e);
  }
  return out;
}

/** Per op: the parameter names the formulas understand, forward and derivative kernels. */
export const plainJs = {
  identity: { params: [], fwd: identityF, bwd: identityD },
  sigmoid: { params: [], fwd: sigmoidF, bwd: sigmoidD },
  tanh: { params: [], fwd: tanhF, bwd: tanhD },
  relu: { params: [], fwd: reluF, bwd: reluD },
  leaky_relu: { params: ['alpha'], fwd: leakyReluF, bwd: leakyReluD },
  prelu: { params: ['alpha'], fwd: preluF, bwd: preluD },
  elu: { params: ['alpha'], fwd: eluF, bwd: eluD },
  selu: { params: [], fwd: seluF, bwd: seluD },
  gelu: { params: [], fwd: geluF, bwd: geluD },
  gelu_tanh: { params: [], fwd: geluTanhF, bwd: geluTanhD },
  silu: { params: [], fwd: siluF, bwd: siluD },
  swish: { params: ['beta'], fwd: swishF, bwd: swishD },
  mish: { params: [], fwd: mishF, bwd: mishD },
  softplus: { params: ['beta'], fwd: softplusF, bwd: softplusD },
};

/** softmax(x / T) over the whole vector. */
export function softmaxJs(x, out, temperature = 1) {
  const n = x.length;
  const it = 1 / temperature;
  let m = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v > m) m = v;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((x[i] - m) * it);
    out[i] = e;
    sum += e;
  }
  const inv = 1 / sum;
  for (let i = 0; i < n; i++) out[i] *= inv;
  return out;
}

/** Jᵀ·upstream of p = softmax(x / T): p ⊙ (u − p·u) / T. */
export function softmaxBackwardJs(x, upstream, out, temperature = 1) {
  const n = x.length;
  softmaxJs(x, out, temperature);
  let dot = 0;
  for (let i = 0; i < n; i++) dot += out[i] * upstream[i];
  const it = 1 / temperature;
  for (let i = 0; i < n; i++) out[i] = out[i] * (upstream[i] - dot) * it;
  return out;
}
