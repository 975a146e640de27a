// vmath.h: vector elementary functions for the SIMD kernels (4 floats at a time).
// Accuracy targets and derivations are in the comments of each; the scalar counterparts in
// reference.h are the specification, tests/cpp compare the two over the golden grid and
// random inputs. Inputs outside the stated domain are clamped by the callers.
#pragma once

#include <cmath>

#include "act/vec4.h"

namespace actlab::vmath {
using namespace actlab::vec;

// 2^n for n in [-126, 127], built from exponent bits.
inline V pow2i(I n) { return as_float(shl(n + isplat(127), 23)); }

// Cody–Waite reduction x = n·ln2 + r, |r| ≤ ln2/2, with n rounded by a magic constant
// (XNNPACK's trick): t = x·log2e + 1.5·2^23 + kBias holds n + kBias in its low mantissa bits,
// so shl(t, 23) — exponent_bits — is 2^(n + kBias − 127), and t − magic is n as a float.
// ln2_hi has 15 significant bits, so n·ln2_hi is exact for |n| < 2^9 and x − n·ln2_hi is
// exact too; ln2_lo carries the rest.
struct Reduction {
  V t;  // n + kBias in the low mantissa bits
  V r;
};
template <int kBias>
inline Reduction reduce(V x) {
  const V magic = splat(12582912.0f + kBias);  // 1.5·2^23 + kBias, exact
  const V t = x * splat(1.44269504088896341f) + magic;
  const V n = t - magic;
  return {t, (x - n * splat(0.693145751953125f)) - n * splat(1.428606765330187045e-06f)};
}
inline V exponent_bits(I field) { return as_float(shl(field, 23)); }

// expm1(r) for |r| ≤ ln2/2 ≈ 0.347 as r + r²·q(r), q a degree-4 Chebyshev fit of
// (eʳ − 1 − r)/r² (mpmath chebyfit; relative error of the whole < 2.5e-8, ≈ 0.4 ulp).
inline V expm1_q(V r) {
  V q = splat(0.001392617611993558f);
  q = q * r + splat(0.008363173074513711f);
  q = q * r + splat(0.041666554662050534f);
  q = q * r + splat(0.1666657702559799f);
  return q * r + splat(0.5f);
}
// Written so -0 stays -0 where it matters (r·r is +0, so r + 0 = r for r = -0 needs r first).
inline V expm1_reduced(V r) { return r + (r * r) * expm1_q(r); }

// e^x for x ≤ 88 (≤ 1.5 ulp). Every caller passes a non-positive argument or one ≤ 20, so
// one 2^n scale suffices: x is clamped to [-88, 88], n to [-127, 127], and results below
// 2^-126 (x < -87.34) flush to 0 — within the contract's 2^-126 absolute allowance, and it
// spares a second scaling multiply on every element.
inline V exp_nonpos(V x);
inline V exp(V x) { return exp_nonpos(vmin(x, splat(88.0f))); }
// e^x for x ≤ 88 without the upper clamp (sigmoid-style callers pass x ≤ 0).
inline V exp_nonpos(V x) {
  const Reduction k = reduce<127>(vmax(x, splat(-88.0f)));
  return (splat(1.0f) + expm1_reduced(k.r)) * exponent_bits(as_int(k.t));
}
// -|x| in one bit operation.
inline V neg_abs(V x) { return or_sign(x); }

// e^x down to the subnormal range (x ∈ [-104, 71]), for products x·g(x) whose value stays
// above 2^-126 after g has underflowed (silu(-89) = -2e-37 needs e^-89 = 2e-39). Same trick
// as exp() with the bias raised by 24: the shift makes 2^(n+24), always normal here, and a
// final exact multiply by 2^-24 lands in the subnormal range.
inline V exp_wide(V x) {
  const Reduction k = reduce<127 + 24>(vmax(vmin(x, splat(71.0f)), splat(-104.0f)));
  return ((splat(1.0f) + expm1_reduced(k.r)) * exponent_bits(as_int(k.t))) *
         splat(5.9604644775390625e-08f);
}

// e^x - 1 with relative accuracy ≤ 2 ulp, also near 0 (expm1(1e-8) = 1e-8, not 0).
// expm1(x) = 2^n·expm1(r) + (2^n - 1); for n = 0 that is the polynomial alone. Domain clamped
// to [-25, 88] (below -25 the float result is -1; callers never go above).
inline V expm1_nonpos(V x);
inline V expm1(V x) { return expm1_nonpos(vmin(x, splat(88.0f))); }
// expm1(x) for x ≤ 88 without the upper clamp (the ELU branch passes x ≤ 0). NaN stays NaN.
inline V expm1_nonpos(V x) {
  const Reduction k = reduce<127>(vmax(x, splat(-25.0f)));
  const V s = exponent_bits(as_int(k.t));
  return s * expm1_reduced(k.r) + (s - splat(1.0f));
}

// log1p(z) for z in [0, 1]: with s = z/(2+z) ∈ [0, 1/3], log1p(z) = 2·atanh(s)
// = 2s·(1 + s²/3 + s⁴/5 + …); eight terms leave < 2e-9 relative. Keeps full relative
// accuracy for tiny z, which is what softplus's far-left tail needs.
inline V log1p_01(V z) {
  const V s = z / (splat(2.0f) + z);
  const V s2 = s * s;
  V q = splat(1.0f / 15);
  q = q * s2 + splat(1.0f / 13);
  q = q * s2 + splat(1.0f / 11);
  q = q * s2 + splat(1.0f / 9);
  q = q * s2 + splat(1.0f / 7);
  q = q * s2 + splat(1.0f / 5);
  q = q * s2 + splat(1.0f / 3);
  const V two_s = s + s;
  return two_s + two_s * (s2 * q);
}

// σ(x) and σ'(x) from z = e^{-|x|} ∈ [0, 1] (see reference.h for why).
inline V sigmoid_from_z(V x, V z) {
  const V one = splat(1.0f);
  const V r = one / (one + z);
  // Numerator z for x < 0, else 1, as max(z, min(x·2^100, 1)) (z ≤ 1; a NaN z stays, first
  // operand): x·2^100 is ≥ 1 for x ≥ 2^-100 and ≤ 0 for x ≤ 0, and for 0 ≤ x < 2^-100 z is 1
  // already. Three single instructions; a mask (compare, and) becomes a three-instruction
  // bitselect on x64 once LLVM turns and(compare, 1) into a select.
  return vmax(z, vmin(x * splat(0x1p100f), one)) * r;
}
// σ′ = z/(1+z)², with the square expanded as 1 + z(2+z): rounding 1 + z first and squaring
// doubled that rounding (worst 4.2 ulp found by a dense scan); here the rounded part, z(2+z),
// is small wherever z is, and one rounding of 1 + w remains (worst 2.4 ulp).
inline V dsigmoid_from_z(V z) {
  const V w = z * (splat(2.0f) + z);
  return z / (splat(1.0f) + w);
}
inline V sigmoid(V x) { return sigmoid_from_z(x, exp_nonpos(neg_abs(x))); }
// tanh(x), the tanh kernel's formula (kernels_simd.cpp), also used inline by the network's
// forward pass. With e = expm1(2|x|): tanh|x| = e/(e+2) = 1 - 2/(e+2). The first keeps relative
// accuracy near 0 (from expm1); the second rounds correctly near 1 (e/(e+2) flickers between 1
// and 1-2ulp there, breaking monotonicity). Switch where tanh = 1/2. |x| is clamped at 9.1,
// where tanh already rounds to 1.
inline V tanh(V x) {
  const V ax = vmin(vabs(x), splat(9.1f));
  const V e = expm1(ax * splat(2.0f));
  const V r = splat(1.0f) / (e + splat(2.0f));
  const V t = select(ax < splat(0.5493061f), e * r, splat(1.0f) - (r + r));
  return copysign(t, x);
}
// tanh(x) as tanh() above, bit for bit, and tanh′(x) in *d from the same intermediates, for
// training (the network's forward pass keeps f′ for its backward pass). With r = 1/(e+2),
// e = expm1(2|x|): 1 − tanh|x| = 2r and 1 + tanh|x| = 2(1 − r), so tanh′ = 4r(1 − r)
// = 4σ(−2|x|)σ(2|x|) = 4σ′(2x), the derivative kernel's quantity, with no cancellation
// (r ∈ (0, ½], 1 − r ∈ [½, 1)). |x| is clamped at 20 instead of 9.1 (the derivative kernel's
// range in training: act_derivative's clamp), which leaves tanh unchanged: from 9.1 on,
// 2r < 2^-25 and 1 − 2r rounds to 1. expm1's own clamps are dropped: 2|x| ∈ [0, 40] already.
// tests/cpp/test_dense.cpp checks both against the kernels over the golden grid and a scan.
inline V tanh_with_derivative(V x, V* d) {
  const V ax = vmin(vabs(x), splat(20.0f));
  const Reduction k = reduce<127>(ax * splat(2.0f));
  const V s = exponent_bits(as_int(k.t));
  const V e = s * expm1_reduced(k.r) + (s - splat(1.0f));  // expm1_nonpos without the clamp
  const V r = splat(1.0f) / (e + splat(2.0f));
  *d = splat(4.0f) * (r * (splat(1.0f) - r));
  const V t = select(ax < splat(0.5493061f), e * r, splat(1.0f) - (r + r));
  return copysign(t, x);
}
// tanh′(x) = 4·σ′(2x), the tanh kernel's derivative (kernels_simd.cpp), also used inline by
// the network's backward pass. exp_wide: 4·σ′ would lift a flushed e^{-2|x|} back above 2^-126.
inline V dtanh(V x) {
  return splat(4.0f) * dsigmoid_from_z(exp_wide(neg_abs(x) * splat(2.0f)));
}
inline V sigmoid_wide(V x) { return sigmoid_from_z(x, exp_wide(neg_abs(x))); }

// erfc(z) for z ≥ 0 (Numerical Recipes' erfcc, a Chebyshev fit of the exponent):
// erfc(z) ≈ t·exp(-z² - 1.26551223 + t·P(t)), t = 1/(1 + z/2), relative error < 1.2e-7 for
// all z ≥ 0. The large argument of exp is why GELU's error bound scales with |x|·|f'(x)|.
template <bool kWide = false>
inline V erfc_nonneg(V z) {
  const V t = splat(1.0f) / (splat(1.0f) + splat(0.5f) * z);
  V p = splat(0.17087277f);
  p = p * t + splat(-0.82215223f);
  p = p * t + splat(1.48851587f);
  p = p * t + splat(-1.13520398f);
  p = p * t + splat(0.27886807f);
  p = p * t + splat(-0.18628806f);
  p = p * t + splat(0.09678418f);
  p = p * t + splat(0.37409196f);
  p = p * t + splat(1.00002368f);
  p = p * t + splat(-1.26551223f);
  const V arg = p - z * z;
  return t * (kWide ? exp_wide(arg) : exp(arg));
}

// Φ(x) = erfc(-x/√2)/2, using Φ(x) = 1 - Φ(-x) on the right so the tail is always the small
// side. |x| is clamped to 40 (Φ is exactly 0 or 1 in float well before).
template <bool kWide = false>
inline V normal_cdf(V x) {
  const V ax = vmin(vabs(x), splat(40.0f));
  const V tail = splat(0.5f) * erfc_nonneg<kWide>(ax * splat(0.70710678118654752f));
  return select(x < splat(0.0f), tail, splat(1.0f) - tail);
}

// e^{(l - m)/T} for softmax, where l ≤ m. The argument is formed and reduced in double:
// a float argument would carry |arg|·2⁻²⁴ relative error into the result (≈ 4 ulp already at
// arg = -4), while the double reduction leaves only r's rounding (|r| ≤ ln2/2, < 0.4 ulp).
// Arguments below -110 (l = -Inf included) give 0.
inline V exp_shifted(V l, double m, double inv_t) {
  constexpr double kLog2e = 1.4426950408889634, kLn2 = 0.6931471805599453;
#if ACTLAB_VEC_NATIVE_SIMD
  const v128_t vm = wasm_f64x2_splat(m), vt = wasm_f64x2_splat(inv_t);
  v128_t r2[2], n2[2];
  const v128_t halves[2] = {wasm_f64x2_promote_low_f32x4(l.v),
                            wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(l.v, l.v, 2, 3, 0, 1))};
  for (int h = 0; h < 2; ++h) {
    v128_t a = wasm_f64x2_mul(wasm_f64x2_sub(halves[h], vm), vt);
    a = wasm_f64x2_pmax(a, wasm_f64x2_splat(-110.0));
    const v128_t n = wasm_f64x2_nearest(wasm_f64x2_mul(a, wasm_f64x2_splat(kLog2e)));
    r2[h] =
        wasm_f32x4_demote_f64x2_zero(wasm_f64x2_sub(a, wasm_f64x2_mul(n, wasm_f64x2_splat(kLn2))));
    n2[h] = wasm_i32x4_trunc_sat_f64x2_zero(n);
  }
  const V r{wasm_i32x4_shuffle(r2[0], r2[1], 0, 1, 4, 5)};
  const I n{wasm_i32x4_shuffle(n2[0], n2[1], 0, 1, 4, 5)};
#else
  V r;
  I n;
  for (int k = 0; k < 4; ++k) {
    double a = (static_cast<double>(l.f[k]) - m) * inv_t;
    if (!(a >= -110.0)) a = -110.0;
    const double nd = std::nearbyint(a * kLog2e);
    r.f[k] = static_cast<float>(a - nd * kLn2);
    n.i[k] = static_cast<uint32_t>(static_cast<int32_t>(nd));
  }
#endif
  const V p = splat(1.0f) + expm1_reduced(r);
  const I n1 = sar(n, 1);
  return (p * pow2i(n1)) * pow2i(n - n1);
}

// e^x for softmax's window path (see softmax.cpp), where the logit itself is the argument, so
// it is exact. Cody–Waite as in exp(), but cheaper at the edges, since the caller checks the sum:
// the exponent field n + 127 is clamped to [0, 254] — 0 makes the scale 0, flushing e^x < 2^-126
// to 0, and 254 makes x > 88.7 give ≥ FLT_MAX or +Inf instead of wrapping. kClampArg also clamps
// x below at -88, so that -Inf gives 0; without it (one float op less per vector, the window
// path's choice when its sample holds no logit below -87) -Inf and x < -2.9e6 give NaN, as NaN
// does, and the caller's sum check sends those calls to the general path. The result is
// s + (r·s + r·s·r·q) with s = 2^n: one rounding at the end (≈ 0.6 ulp with q's error).
// With kLow, e^{x + lo}: lo (|lo| ≤ 2^-10) is the exact low part of an argument formed as a
// Fast2Sum pair by softmax's general path, added to the reduced argument.
template <bool kClampArg, bool kLow = false>
inline V exp_window(V x, V lo = V{}) {
  if (kClampArg) x = vmax(x, splat(-88.0f));
  const Reduction k = reduce<127>(x);
  I field = imin(as_int(k.t), as_int(splat(12583166.0f)));          // ≤ 1.5·2^23 + 254
  if (!kClampArg) field = imax(field, as_int(splat(12582912.0f)));  // ≥ 1.5·2^23
  const V scale = exponent_bits(field);
  const V r = kLow ? k.r + lo : k.r;
  const V rs = r * scale;
  return (rs + (r * rs) * expm1_q(r)) + scale;
}

// x·g with g → 0 as x → -∞; see ref::x_times.
inline V x_times(V x, V g) { return select(g == splat(0.0f), g, x * g); }

}  // namespace actlab::vmath
