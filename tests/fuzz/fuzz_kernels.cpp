// libFuzzer target: activations and softmax with random lengths, values and parameters.
// Invariants checked (abort on violation, so libFuzzer reports the input):
//   * the API never crashes or hits UB (ASan + UBSan around it);
//   * an invalid parameter/temperature is rejected and leaves the output untouched;
//   * NaN comes out only where NaN went in;
//   * SIMD and scalar paths both agree with the double reference within the accuracy
//     contract (tolerance.h; functions whose parameter is not a power of two also get the
//     argument-rounding allowance, since βx is rounded to float first);
//   * softmax outputs are in [0, 1] and sum to 1 within 1e-6.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "act/reference.h"
#include "actlab.h"
#include "tolerance.h"

using namespace actlab;

namespace {

struct Reader {
  const std::uint8_t* p;
  std::size_t n;
  template <class T>
  T take() {
    T v{};
    if (n >= sizeof(T)) {
      std::memcpy(&v, p, sizeof(T));
      p += sizeof(T);
      n -= sizeof(T);
    }
    return v;
  }
};

[[noreturn]] void fail(const char* what, double x, double got, double want) {
  std::fprintf(stderr, "INVARIANT FAILED: %s x=%.9g got=%.9g want=%.17g\n", what, x, got, want);
  std::abort();
}

bool power_of_two(float p) {
  int e;
  return std::frexp(p, &e) == 0.5f;
}

void check_activation(Act a, float p, const std::vector<float>& x, bool derivative) {
  const std::size_t n = x.size();
  std::vector<float> out[2];
  for (int impl = 0; impl < 2; ++impl) {
    out[impl].assign(n, 12345.0f);
    const Status s =
        derivative
            ? activation_derivative(a, p, x.data(), out[impl].data(), n, static_cast<Impl>(impl))
            : activation_forward(a, p, x.data(), out[impl].data(), n, static_cast<Impl>(impl));
    const bool valid = check_param(a, p) == Status::kOk;
    if (valid != (s == Status::kOk)) fail("status disagrees with check_param", p, 0, 0);
    if (!valid) {
      for (float v : out[impl])
        if (v != 12345.0f) fail("rejected call wrote output", p, v, 12345);
      return;
    }
  }
  actlab_test::Bound b = actlab_test::bound_for(info(a).id);
  if (info(a).param != kNoParam && !power_of_two(p) && p != 0) b.argument_rounded = true;
  for (std::size_t i = 0; i < n; ++i) {
    const double xi = x[i];
    const double want = derivative ? ref::df(a, xi, p) : ref::f(a, xi, p);
    double slope = 0;
    if (b.argument_rounded && std::isfinite(xi)) {
      if (!derivative) {
        slope = ref::df(a, xi, p);
      } else {
        const double h = 1e-6 * std::fmax(1.0, std::fabs(xi));
        slope = (ref::df(a, xi + h, p) - ref::df(a, xi - h, p)) / (2 * h);
      }
    }
    for (int impl = 0; impl < 2; ++impl) {
      const float got = out[impl][i];
      if (std::isnan(got) && !std::isnan(xi)) fail("NaN from non-NaN input", xi, got, want);
      const std::string m = actlab_test::check_value(got, want, xi, slope, b, derivative);
      if (!m.empty()) {
        std::fprintf(stderr, "%s %s p=%g impl=%d: %s\n", info(a).id, derivative ? "f'" : "f", p,
                     impl, m.c_str());
        std::abort();
      }
    }
  }
}

void check_softmax(double t, const std::vector<float>& x) {
  const std::size_t n = x.size();
  std::vector<float> p[2];
  bool any_nan = false;
  for (float v : x) any_nan = any_nan || std::isnan(v);
  for (int impl = 0; impl < 2; ++impl) {
    p[impl].assign(n, 7.0f);
    const Status s = softmax_forward(x.data(), p[impl].data(), n, t, static_cast<Impl>(impl));
    const bool valid = kTemperature.contains(t) && n > 0;
    if (valid != (s == Status::kOk)) fail("softmax status", t, static_cast<double>(s), 0);
    if (!valid) {
      for (float v : p[impl])
        if (v != 7.0f) fail("rejected softmax wrote output", t, v, 7);
      return;
    }
    if (any_nan) {
      for (float v : p[impl])
        if (!std::isnan(v)) fail("NaN logit must poison softmax", t, v, NAN);
      continue;
    }
    double sum = 0;
    for (float v : p[impl]) {
      if (!(v >= 0.0f && v <= 1.0f)) fail("probability outside [0,1]", t, v, 0);
      sum += v;
    }
    if (std::fabs(sum - 1.0) > 1e-6) fail("softmax does not sum to 1", t, sum, 1);
  }
  if (any_nan) return;
  for (std::size_t i = 0; i < n; ++i) {
    const double d = std::fabs(static_cast<double>(p[0][i]) - p[1][i]);
    if (d > 8 * actlab_test::ulp32(p[0][i]) + 1e-9)
      fail("softmax simd vs scalar", x[i], p[1][i], p[0][i]);
  }
  // In place equals out of place (the vector path runs in place through a scratch buffer).
  std::vector<float> q(x);
  if (softmax_forward(q.data(), q.data(), n, t, Impl::kSimd) != Status::kOk)
    fail("in-place status", t, 0, 0);
  for (std::size_t i = 0; i < n; ++i)
    if (q[i] != p[1][i]) fail("in-place softmax differs", x[i], q[i], p[1][i]);
  // Backward must not crash, must be finite for finite logits and upstream, and the vector
  // path must agree with the double one within the contract, 1e-6·max|g|/T (max|g| = 3).
  std::vector<float> g(n), d[2];
  for (std::size_t i = 0; i < n; ++i) g[i] = static_cast<float>(i % 7) - 3.0f;
  bool finite = true;
  for (float v : x) finite = finite && std::isfinite(v);
  for (int impl = 0; impl < 2; ++impl) {
    d[impl].assign(n, 0.0f);
    if (softmax_backward(x.data(), g.data(), d[impl].data(), n, t, static_cast<Impl>(impl)) !=
        Status::kOk)
      fail("softmax_backward status", t, 0, 0);
    if (finite)
      for (float v : d[impl])
        if (!std::isfinite(v)) fail("softmax_backward not finite", t, v, 0);
  }
  constexpr double kMaxG = 3.0;  // g[0] = -3
  for (std::size_t i = 0; i < n; ++i)
    if (std::fabs(static_cast<double>(d[0][i]) - d[1][i]) > 1e-6 * kMaxG / t)
      fail("softmax_backward simd vs scalar", x[i], d[1][i], d[0][i]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Reader r{data, size};
  const std::uint8_t op = r.take<std::uint8_t>();
  const std::uint8_t mode = r.take<std::uint8_t>();
  const std::uint32_t praw = r.take<std::uint32_t>();
  // Values: raw float bits (NaN/Inf/subnormals/huge), or a dense range typical of plots.
  std::vector<float> x;
  while (r.n >= 2 && x.size() < 4096) {
    if (mode & 1) {
      x.push_back(r.take<float>());
    } else {
      x.push_back(static_cast<float>(r.take<std::int16_t>()) / 1024.0f);
    }
  }
  const std::size_t count = kActivationCount;
  const std::size_t which = op % (2 * count + 1);
  if (which == 2 * count) {
    double t;
    if (mode & 2) {
      float tf;
      std::memcpy(&tf, &praw, sizeof tf);
      t = tf;
    } else {
      t = 0.01 + (praw % 100000) * 0.001;  // [0.01, 100.01]: the top just out of range
    }
    check_softmax(t, x);
    return 0;
  }
  const Act a = static_cast<Act>(which % count);
  float p = default_param(a);
  if (info(a).param != kNoParam) {
    const ParamSpec& s = kParamSpecs[info(a).param];
    if (mode & 2) {
      std::memcpy(&p, &praw, sizeof p);  // anything, mostly invalid
    } else {
      p = s.min + (s.max - s.min) * static_cast<float>(praw % 1001) / 1000.0f;
    }
  }
  check_activation(a, p, x, which >= count);
  return 0;
}
