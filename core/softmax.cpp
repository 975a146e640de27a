// softmax, log-softmax and softmax backward over one vector of logits.
//
// Reference (scalar) path, in double:
//   m = max_i l_i;  e_i = exp((l_i - m)/T);  p_i = e_i / Σ e_j.
// Subtracting the max makes every exponent ≤ 0, so nothing overflows whatever the logits
// (±1e4, 88.7 …) and the largest term is exactly 1, so the sum is ≥ 1 and never underflows.
// Backward: ∂p_i/∂l_j = p_i(δ_ij − p_j)/T, so (Jᵀg)_j = p_j (g_j − Σ_i g_i p_i)/T.
//
// Vector path: the same passes on 4 lanes with vmath::exp; the sum is accumulated in double
// so that 65,536 terms still sum to within an ulp.
//
// Special values (documented in actlab.h): a NaN logit poisons the whole output; +Inf logits
// share the mass equally; if every logit is -Inf the result is uniform.
#include <cmath>
#include <limits>
#include <vector>

#include "actlab.h"
#include "vmath.h"

namespace actlab {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

Status check(const float* a, const float* b, std::size_t n, double t, Impl impl) {
  if (impl != Impl::kScalar && impl != Impl::kSimd) return Status::kBadImpl;
  if (!(t >= kMinTemperature && t <= kMaxTemperature)) return Status::kBadTemperature;
  if (n == 0 || n > kMaxLength) return Status::kBadLength;
  if (a == nullptr || b == nullptr) return Status::kNullPointer;
  return Status::kOk;
}

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
    else if (l[i] > s.max) s.max = l[i];
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

// Writes e_i = exp((l_i - m)/T) to e and returns Σ e_i.
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
  if (t == 1.0) {  // the common case: exact l - m in float, no double reduction
    const V vm = splat(m);
    for (; i + 8 <= n; i += 8) {
      const V a = vmath::exp_diff(load(l + i), vm), b = vmath::exp_diff(load(l + i + 4), vm);
      store(e + i, a);
      store(e + i + 4, b);
      acc.add(a);
      acc.add(b);
    }
    for (; i + 4 <= n; i += 4) {
      const V v = vmath::exp_diff(load(l + i), vm);
      store(e + i, v);
      acc.add(v);
    }
  } else {
    for (; i + 4 <= n; i += 4) {
      const V v = vmath::exp_shifted(load(l + i), m, inv_t);
      store(e + i, v);
      acc.add(v);
    }
  }
  if (i < n) {
    float buf[4] = {m, m, m, m};
    for (std::size_t j = 0; i + j < n; ++j) buf[j] = l[i + j];
    V v = t == 1.0 ? vmath::exp_diff(load(buf), splat(m)) : vmath::exp_shifted(load(buf), m, inv_t);
    store(buf, v);
    for (std::size_t j = 0; i + j < n; ++j) {
      e[i + j] = buf[j];
      sum += buf[j];
    }
  }
  return sum + acc.total();
}

void scale(float* p, std::size_t n, double sum, Impl impl) {
  const double inv = 1.0 / sum;
  if (impl == Impl::kScalar) {
    for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<float>(p[i] * inv);
    return;
  }
  using namespace actlab::vec;
  const V s = splat(static_cast<float>(inv));
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) store(p + i, load(p + i) * s);
  for (; i < n; ++i) p[i] = p[i] * static_cast<float>(inv);
}

}  // namespace

Status softmax_forward(const float* logits, float* probs, std::size_t n, double temperature,
                       Impl impl) noexcept {
  if (const Status s = check(logits, probs, n, temperature, impl); s != Status::kOk) return s;
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
  std::vector<float> tmp;
  float* e = out;
  if (out == logits) {
    tmp.resize(n);
    e = tmp.data();
  }
  const double log_sum = std::log(exp_shifted(logits, e, n, s.max, temperature, impl));
  for (std::size_t i = 0; i < n; ++i)
    out[i] = static_cast<float>((static_cast<double>(logits[i]) - s.max) / temperature - log_sum);
  return Status::kOk;
}

Status softmax_backward(const float* logits, const float* d_probs, float* d_logits,
                        std::size_t n, double temperature, Impl impl) noexcept {
  if (const Status s = check(logits, d_logits, n, temperature, impl); s != Status::kOk) return s;
  if (d_probs == nullptr) return Status::kNullPointer;
  // p in double (any aliasing of d_logits is harmless: inputs are read first). A float p
  // would cost ~25 ulp where g_j − Σ g_i p_i cancels; the backward is not a hot path.
  std::vector<double> p(n);
  const Scan sc = scan(logits, n);
  if (sc.has_nan || sc.max == kInf || sc.max == -kInf) {
    std::vector<float> pf(n);
    special(sc, logits, pf.data(), n, false);
    for (std::size_t i = 0; i < n; ++i) p[i] = pf[i];
  } else {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      p[i] = std::exp((static_cast<double>(logits[i]) - sc.max) / temperature);
      sum += p[i];
    }
    for (double& v : p) v /= sum;
  }
  double dot = 0;
  for (std::size_t i = 0; i < n; ++i) dot += static_cast<double>(d_probs[i]) * p[i];
  for (std::size_t j = 0; j < n; ++j)
    d_logits[j] = static_cast<float>(p[j] * (d_probs[j] - dot) / temperature);
  return Status::kOk;
}

}  // namespace actlab
