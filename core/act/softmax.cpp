// softmax, log-softmax and softmax backward over one vector of logits.
//
// Reference (scalar) path, in double:
//   m = max_i l_i;  e_i = exp((l_i - m)/T);  p_i = e_i / Σ e_j.
// Subtracting the max makes every exponent ≤ 0, so nothing overflows whatever the logits
// (±1e4, 88.7 …) and the largest term is exactly 1, so the sum is ≥ 1 and never underflows.
// Backward: ∂p_i/∂l_j = p_i(δ_ij − p_j)/T, so (Jᵀg)_j = p_j (g_j − Σ_i g_i p_i)/T.
//
// Vector path, temperature 1 — the window path first:
//   Softmax is shift-invariant: e^{l_i - c}/Σ e^{l_j - c} is the same for every c. Subtracting
//   the max costs a pass over the logits and rounds l - m (worth |l - m|/2 ulp in the result).
//   With c = 0 the argument of exp is the logit itself, exact, and no pass is needed — as long
//   as the logits lie in a window where nothing overflows or underflows harmfully:
//     Σ ≥ 2^-29 (≈ e^-20): the terms flushed to 0 (e^l < 2^-126) are then < 1e-29 of the sum;
//     Σ ≤ 2^120: no term overflowed (a logit past 88.7 gives ≥ 2^127) and 1/Σ is a normal float.
//   Logits far from 0 (a sampled max c beyond ±176) shift the window by c instead: every l - c
//   that matters is exact then (Sterbenz, see shift_ok).
//   Nothing is assumed: the sum itself proves the window (NaN fails too), and a failed attempt
//   goes to the general path, which recomputes everything. A sample of 64 logits only decides
//   which attempt to make, and which exp variant runs: without -Inf (or anything below -87) in
//   the sample, one that spends no op clamping its argument, for which an unseen -Inf gives NaN
//   and so the general path. Both variants give the same e^l where they succeed. In-place calls
//   run into a scratch buffer, so that a failed attempt cannot clobber the logits and in-place
//   results equal out-of-place ones.
// The general path: a vector scan for the max and special values, then the window if the max
// lies in [-20, 60] (it cannot fail there), else e^{l - m} with l - m formed exactly as a
// Fast2Sum pair (exp_exact_sum). Temperatures other than 1 form and reduce the argument in
// double (vmath::exp_shifted). Sums are accumulated in double; the exp passes add pairs of
// vectors in float first (one rounding, ≤ 2^-24 relative).
// Error bound of the window and exact paths, in u = 2^-24 relative: e_i = e^{l_i - c}(1 + δ_i)
// with |δ_i| ≤ 1.1u (0.17u polynomial, ≈ 0.45u inner roundings, 0.5u the final one); Σ carries
// the average δ plus ≤ 1u from the pair sums; p_i = e_i·(1/Σ) rounds once more (0.5u, 1/Σ being
// applied as hi + lo). |δ_i − avg δ| + 1 + 0.5 ≤ 3.7u < 4u < 4 ulp(p_i): the contract holds
// with no help from its 1e-9 absolute term. (Summing 4 vectors in float first would be ≈ 4%
// faster and cost 1u more — past the bound.)
//
// Special values (documented in actlab.h): a NaN logit poisons the whole output; +Inf logits
// share the mass equally; if every logit is -Inf the result is uniform.
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <vector>

#include "act/vmath.h"
#include "actlab.h"

namespace actlab {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

Status check(const float* a, const float* b, std::size_t n, double t, Impl impl) {
  if (impl != Impl::kScalar && impl != Impl::kSimd) return Status::kBadImpl;
  if (!kTemperature.contains(t)) return Status::kBadTemperature;  // NaN fails too
  if (n == 0 || n > kMaxLength) return Status::kBadLength;
  if (a == nullptr || b == nullptr) return Status::kNullPointer;
  return Status::kOk;
}

bool overlap(const float* a, const float* b, std::size_t n) { return a < b + n && b < a + n; }

struct Scan {
  float max;
  bool has_nan;
  std::size_t count_max;  // how many logits equal max (counted only when max is ±Inf)
};
Scan scan(const float* l, std::size_t n) {
  using namespace actlab::vec;
  Scan s{-kInf, false, 0};
  std::size_t i = 0;
  if (n >= 4) {
    V m = splat(-kInf);
    M nan{};
    for (; i + 4 <= n; i += 4) {
      const V x = load(l + i);
      nan = nan | isnan(x);
      m = vmax(m, x);  // a NaN lane in x is skipped here (caught by `nan`)
    }
    s.has_nan = any(nan);
    s.max = hmax(m);
  }
  for (; i < n; ++i) {
    if (l[i] != l[i]) s.has_nan = true;
    else if (l[i] > s.max)
      s.max = l[i];
  }
  if (s.max == kInf || s.max == -kInf)
    for (std::size_t k = 0; k < n; ++k) s.count_max += (l[k] == s.max);
  return s;
}

// Fills out with the limit cases; returns true when it handled the input.
bool special(const Scan& s, const float* l, float* out, std::size_t n, bool log_space) {
  if (s.has_nan) {
    for (std::size_t i = 0; i < n; ++i) out[i] = kNaN;
    return true;
  }
  if (s.max == kInf || s.max == -kInf) {  // +Inf: those share the mass; all -Inf: uniform
    const double share = 1.0 / static_cast<double>(s.count_max);
    for (std::size_t i = 0; i < n; ++i) {
      const bool hit = l[i] == s.max;
      out[i] = log_space ? (hit ? static_cast<float>(std::log(share)) : -kInf)
                         : (hit ? static_cast<float>(share) : 0.0f);
    }
    return true;
  }
  return false;
}

// Writes e_i = exp((l_i - m)/T) to e and returns Σ e_i: the scalar path, and the vector path
// for T ≠ 1 (the argument formed and reduced in double, vmath::exp_shifted).
double exp_shifted(const float* l, float* e, std::size_t n, float m, double t, Impl impl) {
  double sum = 0;
  if (impl == Impl::kScalar) {
    for (std::size_t i = 0; i < n; ++i) {
      const double v = std::exp((static_cast<double>(l[i]) - m) / t);
      e[i] = static_cast<float>(v);
      sum += v;
    }
    return sum;
  }
  using namespace actlab::vec;
  const double inv_t = 1.0 / t;
  DAcc acc;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const V v = vmath::exp_shifted(load(l + i), m, inv_t);
    store(e + i, v);
    acc.add(v);
  }
  if (i < n) {
    float buf[4] = {m, m, m, m};
    for (std::size_t j = 0; i + j < n; ++j) buf[j] = l[i + j];
    store(buf, vmath::exp_shifted(load(buf), m, inv_t));
    for (std::size_t j = 0; i + j < n; ++j) {
      e[i + j] = buf[j];
      sum += buf[j];
    }
  }
  return sum + acc.total();
}

// p_i = e_i / Σ. 1/Σ is split into a float and its remainder, so the only rounding of p_i is
// the last addition (instead of 1/Σ's rounding plus the product's).
void scale(float* p, std::size_t n, double sum, Impl impl) {
  const double inv = 1.0 / sum;
  if (impl == Impl::kScalar) {
    for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<float>(p[i] * inv);
    return;
  }
  using namespace actlab::vec;
  const float hi_f = static_cast<float>(inv);
  const float lo_f = static_cast<float>(inv - hi_f);
  const V hi = splat(hi_f), lo = splat(lo_f);
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const V a = load(p + i), b = load(p + i + 4);
    store(p + i, a * hi + a * lo);
    store(p + i + 4, b * hi + b * lo);
  }
  for (; i < n; ++i) p[i] = p[i] * hi_f + p[i] * lo_f;
}

// ---- window path (vector, T = 1) ----
constexpr double kWindowSumMin = 0x1p-29, kWindowSumMax = 0x1p120;
// A sample outside these bounds means the attempt would fail (or is unlikely to pass).
constexpr float kSampleLow = -30.0f, kSampleHigh = 80.0f;

// What a sample of up to 64 logits (the first and last 16 and 32 spread evenly in between)
// says: its max and min (NaNs skipped: an attempt then fails on its own, through the sum).
struct Sample {
  float max = -kInf, min = kInf;
};
Sample sample(const float* l, std::size_t n) {
  Sample s;
  auto see = [&](std::size_t i) {
    if (l[i] > s.max) s.max = l[i];
    if (l[i] < s.min) s.min = l[i];
  };
  if (n <= 64) {
    for (std::size_t i = 0; i < n; ++i) see(i);
    return s;
  }
  for (std::size_t i = 0; i < 16; ++i) {
    see(i);
    see(n - 1 - i);
  }
  const std::size_t step = (n - 32) / 33;
  for (std::size_t k = 1; k <= 32; ++k) see(16 + k * step);
  return s;
}

// e_i = f(l_i) into e, returns Σ e_i; f maps 4 logits to 4 exponentials. The last 1–3 logits
// go through a vector padded with copies of the first of them, whose lanes are then ignored.
template <class F>
double exp_sum(const float* l, float* e, std::size_t n, F f) {
  using namespace actlab::vec;
  DAcc acc;
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const V a = f(load(l + i)), b = f(load(l + i + 4)), c = f(load(l + i + 8)),
            d = f(load(l + i + 12));
    store(e + i, a);
    store(e + i + 4, b);
    store(e + i + 8, c);
    store(e + i + 12, d);
    acc.add(a + b);  // one float rounding per pair, then double (see the bound above)
    acc.add(c + d);
  }
  for (; i + 4 <= n; i += 4) {
    const V v = f(load(l + i));
    store(e + i, v);
    acc.add(v);
  }
  double tail = 0;
  if (i < n) {
    float buf[4] = {l[i], l[i], l[i], l[i]};
    for (std::size_t j = 0; i + j < n; ++j) buf[j] = l[i + j];
    store(buf, f(load(buf)));
    for (std::size_t j = 0; i + j < n; ++j) tail += e[i + j] = buf[j];
  }
  return acc.total() + tail;
}

// e_i = e^{l_i - c} (vmath::exp_window); c is 0 or a shift for which l - c is exact wherever it
// matters (see shift_ok).
template <bool kClampArg, bool kShift>
double exp_window_sum(const float* l, float* e, std::size_t n, float c) {
  using namespace actlab::vec;
  const V vc = splat(c);
  auto f = [vc](V x) { return vmath::exp_window<kClampArg>(kShift ? x - vc : x); };
  return exp_sum(l, e, n, f);
}

// e_i = e^{l_i - m} for the true max m, with l - m = s + lo exactly as a Fast2Sum pair:
//   m > 0 (callers: m > 60): an l that counts (l − m ≥ −88) has |l| ≤ m, so Fast2Sum(−m, l)
//     is exact: lo = l − (s + m);
//   m < 0: every l ≤ m has |l| ≥ |m|, so Fast2Sum(l, −m) is exact: lo = −m − (s − l).
// lo is clamped to ±2^-10 (it is ≤ 2^-18 where the term counts): that also turns the NaN of
// l = −Inf (−Inf − −Inf) into a number, whose term the clamped s flushes to 0.
template <bool kPositiveMax>
double exp_exact_sum(const float* l, float* e, std::size_t n, float m) {
  using namespace actlab::vec;
  const V vm = splat(m), neg_m = splat(-m), lim = splat(0x1p-10f), neg_lim = splat(-0x1p-10f);
  auto f = [=](V x) {
    const V s = x - vm;
    const V lo_raw = kPositiveMax ? x - (s + vm) : neg_m - (s - x);
    const V lo =
        vmin(lim, vmax(neg_lim, lo_raw));  // pmin/pmax: a NaN second operand gives the constant
    return vmath::exp_window<true, true>(s, lo);
  };
  return exp_sum(l, e, n, f);
}

// A shift c ≠ 0 with |c| ≥ 176 makes l - c exact for every l that matters: a term counts only if
// |l - c| ≤ 88, and then l and c have the same sign and are within a factor 2 of each other
// (|l| ≥ |c| - 88 ≥ |c|/2, |l| ≤ |c| + 88 ≤ 2|c|), so the subtraction is exact (Sterbenz). Terms
// further below flush to 0 whether or not l - c rounded; a term further above fails the sum.
bool shift_ok(float c) { return std::fabs(c) >= 176.0f && std::fabs(c) < kInf; }

// The window attempt with shift c; false if the sum disproves it (probs then holds garbage).
bool try_window(const float* l, float* probs, std::size_t n, float c, bool clamp_arg) {
  const double sum = c == 0.0f ? (clamp_arg ? exp_window_sum<true, false>(l, probs, n, c)
                                            : exp_window_sum<false, false>(l, probs, n, c))
                               : (clamp_arg ? exp_window_sum<true, true>(l, probs, n, c)
                                            : exp_window_sum<false, true>(l, probs, n, c));
  if (!(sum >= kWindowSumMin && sum <= kWindowSumMax)) return false;  // also NaN
  scale(probs, n, sum, Impl::kSimd);
  return true;
}

// Σ e^{l_i − c} into e for the true, finite max m, and the c used. The window (c = 0) when
// m ∈ [−20, 60], where it cannot fail (e^−20 ≥ 2^-29 ≤ Σ ≤ 2^28·e^60 < 2^120); else c = m with
// the exact difference.
double exp_sum_t1(const float* l, float* e, std::size_t n, float m, float* c) {
  if (m >= -20.0f && m <= 60.0f) {
    *c = 0.0f;
    return exp_window_sum<true, false>(l, e, n, 0.0f);
  }
  *c = m;
  return m > 0 ? exp_exact_sum<true>(l, e, n, m) : exp_exact_sum<false>(l, e, n, m);
}

// The vector forward at T = 1 into probs, which must not overlap logits.
void softmax_simd_t1(const float* logits, float* probs, std::size_t n) {
  // First attempt, guided by the sample: shift 0 for logits around the origin, or the sample's
  // max when that is far enough out for exact differences. The clamping exp variant runs when
  // the sample shows terms that flush (-Inf masks, say).
  const Sample g = sample(logits, n);
  const float c = g.max >= kSampleLow && g.max <= kSampleHigh ? 0.0f : g.max;
  if ((c == 0.0f || shift_ok(c)) && try_window(logits, probs, n, c, g.min - c < -87.0f)) return;
  // General path: the true max.
  const Scan s = scan(logits, n);
  if (special(s, logits, probs, n, false)) return;
  float used;
  scale(probs, n, exp_sum_t1(logits, probs, n, s.max, &used), Impl::kSimd);
}

}  // namespace

Status softmax_forward(const float* logits, float* probs, std::size_t n, double temperature,
                       Impl impl) noexcept {
  if (const Status s = check(logits, probs, n, temperature, impl); s != Status::kOk) return s;
  if (impl == Impl::kSimd && temperature == 1.0) {
    if (!overlap(logits, probs, n)) {
      softmax_simd_t1(logits, probs, n);
      return Status::kOk;
    }
    std::unique_ptr<float[]> tmp(new (std::nothrow) float[n]);
    if (!tmp) return Status::kOutOfMemory;
    softmax_simd_t1(logits, tmp.get(), n);
    std::memcpy(probs, tmp.get(), n * sizeof(float));
    return Status::kOk;
  }
  const Scan s = scan(logits, n);
  if (special(s, logits, probs, n, false)) return Status::kOk;
  const double sum = exp_shifted(logits, probs, n, s.max, temperature, impl);
  scale(probs, n, sum, impl);
  return Status::kOk;
}

Status log_softmax_forward(const float* logits, float* out, std::size_t n, double temperature,
                           Impl impl) noexcept {
  if (const Status s = check(logits, out, n, temperature, impl); s != Status::kOk) return s;
  const Scan s = scan(logits, n);
  if (special(s, logits, out, n, true)) return Status::kOk;
  // log p_i = (l_i - m)/T - log Σ e_j; the exponentials go to `out` only to be summed.
  std::unique_ptr<float[]> tmp;
  float* e = out;
  if (overlap(logits, out, n)) {
    tmp.reset(new (std::nothrow) float[n]);
    if (!tmp) return Status::kOutOfMemory;
    e = tmp.get();
  }
  float c = s.max;
  const double sum = impl == Impl::kSimd && temperature == 1.0
                         ? exp_sum_t1(logits, e, n, s.max, &c)
                         : exp_shifted(logits, e, n, s.max, temperature, impl);
  const double log_sum = std::log(sum);
  for (std::size_t i = 0; i < n; ++i)
    out[i] = static_cast<float>((static_cast<double>(logits[i]) - c) / temperature - log_sum);
  return Status::kOk;
}

Status softmax_backward(const float* logits, const float* d_probs, float* d_logits, std::size_t n,
                        double temperature, Impl impl) noexcept {
  if (const Status s = check(logits, d_logits, n, temperature, impl); s != Status::kOk) return s;
  if (d_probs == nullptr) return Status::kNullPointer;
  if (impl == Impl::kScalar) {
    // Reference: p and Σ g_i p_i in double (inputs are all read before d_logits is written).
    std::unique_ptr<double[]> p(new (std::nothrow) double[2 * n]);
    if (!p) return Status::kOutOfMemory;
    double* g = p.get() + n;
    for (std::size_t i = 0; i < n; ++i) g[i] = d_probs[i];
    const Scan sc = scan(logits, n);
    if (sc.has_nan || sc.max == kInf || sc.max == -kInf) {
      for (std::size_t i = 0; i < n; ++i)  // the rules of special()
        p[i] = sc.has_nan ? kNaN
                          : (logits[i] == sc.max ? 1.0 / static_cast<double>(sc.count_max) : 0.0);
    } else {
      double sum = 0;
      for (std::size_t i = 0; i < n; ++i) {
        p[i] = std::exp((static_cast<double>(logits[i]) - sc.max) / temperature);
        sum += p[i];
      }
      for (std::size_t i = 0; i < n; ++i) p[i] /= sum;
    }
    double dot = 0;
    for (std::size_t i = 0; i < n; ++i) dot += g[i] * p[i];
    for (std::size_t j = 0; j < n; ++j)
      d_logits[j] = static_cast<float>(p[j] * (g[j] - dot) / temperature);
    return Status::kOk;
  }
  // Vector: p by the vector forward (≤ 4 ulp), then dot = Σ g_i p_i (double sum) and
  // d_j = p_j (g_j - dot) / T in float. Float p is enough here: the contract is absolute,
  // 1e-6·max|g|/T, and p_j |g_j - dot| ≤ max|g|/2, so a few ulps of p cost < 2e-7·max|g|/T.
  // p goes straight into d_logits when that overlaps neither input (the final pass then works
  // in place, element by element); otherwise into a scratch buffer, with a copy of d_probs if
  // d_logits overlaps it other than exactly.
  const bool own = !overlap(d_logits, logits, n) && !overlap(d_logits, d_probs, n);
  const bool copy_g = !own && d_logits != d_probs && overlap(d_logits, d_probs, n);
  std::unique_ptr<float[]> scratch;
  if (!own) {
    scratch.reset(new (std::nothrow) float[copy_g ? 2 * n : n]);
    if (!scratch) return Status::kOutOfMemory;
  }
  float* p = own ? d_logits : scratch.get();
  const float* g = d_probs;
  if (copy_g) {
    std::memcpy(p + n, d_probs, n * sizeof(float));
    g = p + n;
  }
  softmax_forward(logits, p, n, temperature, Impl::kSimd);
  using namespace actlab::vec;
  DAcc acc;
  double dot = 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) acc.add(load(g + i) * load(p + i));
  for (; i < n; ++i) dot += static_cast<double>(g[i]) * p[i];
  dot += acc.total();
  const float dot_f = static_cast<float>(dot), inv_t = static_cast<float>(1.0 / temperature);
  const V vdot = splat(dot_f), vinv = splat(inv_t);
  for (i = 0; i + 4 <= n; i += 4) store(d_logits + i, (load(p + i) * (load(g + i) - vdot)) * vinv);
  for (; i < n; ++i) d_logits[i] = (p[i] * (g[i] - dot_f)) * inv_t;
  return Status::kOk;
}

}  // namespace actlab
