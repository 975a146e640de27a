// vec4.h: the 4-lane float vector the SIMD kernels are written against.
//
// In the WASM build (-msimd128) V wraps v128_t and every op is one wasm SIMD instruction.
// Natively V is a plain struct of 4 floats with the same semantics, so the same kernel source
// runs under g++/clang, ASan/UBSan and libFuzzer, and is compared against the scalar reference
// there too. Keep the two branches semantically identical; in particular integer ops wrap
// (unsigned), and nothing here converts float→int (use the magic-number rounding in vmath.h).
#pragma once

#include <cstdint>
#include <cstring>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define ACTLAB_VEC_NATIVE_SIMD 1
#else
#define ACTLAB_VEC_NATIVE_SIMD 0
#endif

namespace actlab::vec {

#if ACTLAB_VEC_NATIVE_SIMD

struct V {
  v128_t v;
};
struct M {
  v128_t v;
};  // lane mask: all ones / all zeros
struct I {
  v128_t v;
};  // 4 x int32

inline V splat(float a) { return {wasm_f32x4_splat(a)}; }
inline V load(const float* p) { return {wasm_v128_load(p)}; }
inline void store(float* p, V a) { wasm_v128_store(p, a.v); }
inline V operator+(V a, V b) { return {wasm_f32x4_add(a.v, b.v)}; }
inline V operator-(V a, V b) { return {wasm_f32x4_sub(a.v, b.v)}; }
inline V operator*(V a, V b) { return {wasm_f32x4_mul(a.v, b.v)}; }
inline V operator/(V a, V b) { return {wasm_f32x4_div(a.v, b.v)}; }
inline V operator-(V a) { return {wasm_f32x4_neg(a.v)}; }
inline V vabs(V a) { return {wasm_f32x4_abs(a.v)}; }
// Clamp helpers: pmin/pmax return the first operand when the comparison is false, so a NaN
// in `a` survives vmin(a, c) / vmax(a, c) on both branches.
inline V vmin(V a, V b) { return {wasm_f32x4_pmin(a.v, b.v)}; }
inline V vmax(V a, V b) { return {wasm_f32x4_pmax(a.v, b.v)}; }
inline M operator<(V a, V b) { return {wasm_f32x4_lt(a.v, b.v)}; }
inline M operator<=(V a, V b) { return {wasm_f32x4_le(a.v, b.v)}; }
inline M operator>(V a, V b) { return {wasm_f32x4_gt(a.v, b.v)}; }
inline M operator>=(V a, V b) { return {wasm_f32x4_ge(a.v, b.v)}; }
inline M operator==(V a, V b) { return {wasm_f32x4_eq(a.v, b.v)}; }
inline M operator!=(V a, V b) { return {wasm_f32x4_ne(a.v, b.v)}; }
inline M operator|(M a, M b) { return {wasm_v128_or(a.v, b.v)}; }
// select(m, a, b) = m ? a : b per lane
inline V select(M m, V a, V b) { return {wasm_v128_bitselect(a.v, b.v, m.v)}; }
inline V copysign(V mag, V sgn) {
  const v128_t s = wasm_i32x4_splat(INT32_MIN);
  return {wasm_v128_bitselect(sgn.v, mag.v, s)};
}
// The sign bit set: -|a| in one op (a bitselect is three on x64).
inline V or_sign(V a) { return {wasm_v128_or(a.v, wasm_i32x4_splat(INT32_MIN))}; }
inline I as_int(V a) { return {a.v}; }
inline V as_float(I a) { return {a.v}; }
inline I isplat(int32_t a) { return {wasm_i32x4_splat(a)}; }
inline I operator+(I a, I b) { return {wasm_i32x4_add(a.v, b.v)}; }
inline I operator-(I a, I b) { return {wasm_i32x4_sub(a.v, b.v)}; }
inline I shl(I a, int k) { return {wasm_i32x4_shl(a.v, k)}; }
inline I sar(I a, int k) { return {wasm_i32x4_shr(a.v, k)}; }
inline I imin(I a, I b) { return {wasm_i32x4_min(a.v, b.v)}; }  // signed
inline I imax(I a, I b) { return {wasm_i32x4_max(a.v, b.v)}; }

#else  // portable emulation

struct V {
  float f[4];
};
struct M {
  uint32_t m[4];
};
struct I {
  uint32_t i[4];
};

#define ACTLAB_LANES(expr)            \
  for (int k = 0; k < 4; ++k) r expr; \
  return r

inline V splat(float a) { return {{a, a, a, a}}; }
inline V load(const float* p) {
  V r;
  std::memcpy(r.f, p, sizeof r.f);
  return r;
}
inline void store(float* p, V a) { std::memcpy(p, a.f, sizeof a.f); }
inline V operator+(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = a.f[k] + b.f[k]);
}
inline V operator-(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = a.f[k] - b.f[k]);
}
inline V operator*(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = a.f[k] * b.f[k]);
}
inline V operator/(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = a.f[k] / b.f[k]);
}
inline V operator-(V a) {
  V r;
  ACTLAB_LANES(.f[k] = -a.f[k]);
}
inline I as_int(V a) {
  I r;
  std::memcpy(r.i, a.f, sizeof r.i);
  return r;
}
inline V as_float(I a) {
  V r;
  std::memcpy(r.f, a.i, sizeof r.f);
  return r;
}
inline V vabs(V a) {
  I r = as_int(a);
  for (auto& u : r.i) u &= 0x7fffffffu;
  return as_float(r);
}
inline V vmin(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = (b.f[k] < a.f[k]) ? b.f[k] : a.f[k]);
}
inline V vmax(V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = (a.f[k] < b.f[k]) ? b.f[k] : a.f[k]);
}
inline M operator<(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] < b.f[k] ? ~0u : 0u);
}
inline M operator<=(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] <= b.f[k] ? ~0u : 0u);
}
inline M operator>(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] > b.f[k] ? ~0u : 0u);
}
inline M operator>=(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] >= b.f[k] ? ~0u : 0u);
}
inline M operator==(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] == b.f[k] ? ~0u : 0u);
}
inline M operator!=(V a, V b) {
  M r;
  ACTLAB_LANES(.m[k] = a.f[k] != b.f[k] ? ~0u : 0u);
}
inline M operator|(M a, M b) {
  M r;
  ACTLAB_LANES(.m[k] = a.m[k] | b.m[k]);
}
inline V select(M m, V a, V b) {
  V r;
  ACTLAB_LANES(.f[k] = m.m[k] ? a.f[k] : b.f[k]);
}
inline V copysign(V mag, V sgn) {
  I a = as_int(mag), s = as_int(sgn), r;
  for (int k = 0; k < 4; ++k) r.i[k] = (a.i[k] & 0x7fffffffu) | (s.i[k] & 0x80000000u);
  return as_float(r);
}
inline V or_sign(V a) {
  I r = as_int(a);
  for (auto& u : r.i) u |= 0x80000000u;
  return as_float(r);
}
inline I isplat(int32_t a) {
  const uint32_t u = static_cast<uint32_t>(a);
  return {{u, u, u, u}};
}
inline I operator+(I a, I b) {
  I r;
  ACTLAB_LANES(.i[k] = a.i[k] + b.i[k]);
}
inline I operator-(I a, I b) {
  I r;
  ACTLAB_LANES(.i[k] = a.i[k] - b.i[k]);
}
inline I shl(I a, int s) {
  I r;
  ACTLAB_LANES(.i[k] = a.i[k] << s);
}
inline I sar(I a, int s) {
  I r;  // arithmetic shift on the two's-complement bit pattern, without signed UB
  ACTLAB_LANES(.i[k] = (a.i[k] >> s) | ((a.i[k] & 0x80000000u) ? ~(~0u >> s) : 0u));
}
// Signed comparison of the bit patterns, without converting uint32 → int32.
inline bool ilt(uint32_t a, uint32_t b) { return (a ^ 0x80000000u) < (b ^ 0x80000000u); }
inline I imin(I a, I b) {
  I r;
  ACTLAB_LANES(.i[k] = ilt(b.i[k], a.i[k]) ? b.i[k] : a.i[k]);
}
inline I imax(I a, I b) {
  I r;
  ACTLAB_LANES(.i[k] = ilt(a.i[k], b.i[k]) ? b.i[k] : a.i[k]);
}
#undef ACTLAB_LANES

#endif

inline M isnan(V a) { return a != a; }

// Four running double sums (softmax's denominator: float would lose ulps over 65,536 terms).
#if ACTLAB_VEC_NATIVE_SIMD
struct DAcc {
  v128_t lo = wasm_f64x2_splat(0), hi = wasm_f64x2_splat(0);
  void add(V a) {
    lo = wasm_f64x2_add(lo, wasm_f64x2_promote_low_f32x4(a.v));
    hi = wasm_f64x2_add(hi, wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(a.v, a.v, 2, 3, 0, 1)));
  }
  double total() const {
    const v128_t s = wasm_f64x2_add(lo, hi);
    return wasm_f64x2_extract_lane(s, 0) + wasm_f64x2_extract_lane(s, 1);
  }
};
inline bool any(M m) { return wasm_v128_any_true(m.v); }
inline float hmax(V a) {
  const v128_t b = wasm_f32x4_pmax(a.v, wasm_i32x4_shuffle(a.v, a.v, 2, 3, 0, 1));
  const v128_t c = wasm_f32x4_pmax(b, wasm_i32x4_shuffle(b, b, 1, 0, 3, 2));
  return wasm_f32x4_extract_lane(c, 0);
}
// (a0 + a1) + (a2 + a3), in registers (lane 0 of pairwise sums; x + y = y + x exactly).
inline float hsum(V a) {
  const v128_t b = wasm_f32x4_add(a.v, wasm_i32x4_shuffle(a.v, a.v, 1, 0, 3, 2));
  return wasm_f32x4_extract_lane(wasm_f32x4_add(b, wasm_i32x4_shuffle(b, b, 2, 3, 0, 1)), 0);
}
// {a0, a1, b0, b1}: the low halves of two vectors in one (one shuffle).
inline V low_halves(V a, V b) { return {wasm_i32x4_shuffle(a.v, b.v, 0, 1, 4, 5)}; }
// {a0, a1, 0, 0} and {a2, a3, 0, 0}: a half back in the low lanes, zeros above (one shuffle).
inline V low_half(V a) { return {wasm_i32x4_shuffle(a.v, wasm_f32x4_splat(0.0f), 0, 1, 4, 5)}; }
inline V high_half(V a) { return {wasm_i32x4_shuffle(a.v, wasm_f32x4_splat(0.0f), 2, 3, 4, 5)}; }
// {hsum(a), hsum(b), hsum(c), hsum(d)} with the same rounding, four reductions at once.
inline V hsum4(V a, V b, V c, V d) {
  const v128_t ab = wasm_f32x4_add(wasm_i32x4_shuffle(a.v, b.v, 0, 2, 4, 6),
                                   wasm_i32x4_shuffle(a.v, b.v, 1, 3, 5, 7));  // a01 a23 b01 b23
  const v128_t cd = wasm_f32x4_add(wasm_i32x4_shuffle(c.v, d.v, 0, 2, 4, 6),
                                   wasm_i32x4_shuffle(c.v, d.v, 1, 3, 5, 7));
  return {wasm_f32x4_add(wasm_i32x4_shuffle(ab, cd, 0, 2, 4, 6),
                         wasm_i32x4_shuffle(ab, cd, 1, 3, 5, 7))};
}
#else
struct DAcc {
  double d[4] = {0, 0, 0, 0};
  void add(V a) {
    for (int k = 0; k < 4; ++k) d[k] += a.f[k];
  }
  double total() const { return (d[0] + d[2]) + (d[1] + d[3]); }
};
inline bool any(M m) { return (m.m[0] | m.m[1] | m.m[2] | m.m[3]) != 0; }
inline float hmax(V a) {
  const float x = a.f[0] < a.f[2] ? a.f[2] : a.f[0], y = a.f[1] < a.f[3] ? a.f[3] : a.f[1];
  return x < y ? y : x;
}
inline float hsum(V a) { return (a.f[0] + a.f[1]) + (a.f[2] + a.f[3]); }
inline V hsum4(V a, V b, V c, V d) { return {{hsum(a), hsum(b), hsum(c), hsum(d)}}; }
inline V low_halves(V a, V b) { return {{a.f[0], a.f[1], b.f[0], b.f[1]}}; }
inline V low_half(V a) { return {{a.f[0], a.f[1], 0.0f, 0.0f}}; }
inline V high_half(V a) { return {{a.f[2], a.f[3], 0.0f, 0.0f}}; }
#endif

}  // namespace actlab::vec
