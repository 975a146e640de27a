// The accuracy contract on a dense grid, not just the 670 golden inputs: every activation's f
// and f′, at its default and extreme parameters, against the double reference (reference.h,
// itself checked against the 40-digit golden vectors), for both the scalar and the vector path.
// The grid is every 2^-12 over [-40, 40], 400,000 seeded uniform floats there, and 20,000
// log-spaced magnitudes up to 1e30 per sign.
// For the argument-rounded functions the slope term needs f″, taken as a central difference of
// the reference f′ (its error, ~1e-8 relative, is irrelevant at the size of that term). swish and
// softplus with β ≠ 1 round β·x before their exponential too, so they get that bound there (the
// contract fixes β = 1, the golden file's value).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "act/reference.h"
#include "act/vmath.h"
#include "test_util.h"
#include "tolerance.h"
#include "util/rng.h"

using namespace actlab;
using namespace actlab_test;

namespace {
std::vector<float> dense_grid() {
  std::vector<float> x;
  for (int i = -40 * 4096; i <= 40 * 4096; ++i) x.push_back(static_cast<float>(i) / 4096.0f);
  // Worst points an 8-million-point scan once found: σ′ (and so tanh′ at half) at ±4.84 was
  // 4.2 ulp before σ′ = z/(1 + z(2+z)).
  for (float v : {-4.8399496f, 4.8399496f, -2.4199748f, 2.4199748f, 4.147892f, 2.0781631f})
    x.push_back(v);
  Rng rng(7);
  for (int i = 0; i < 400000; ++i) x.push_back(static_cast<float>(rng.uniform(-40, 40)));
  for (int i = 0; i < 20000; ++i) {
    const float m = static_cast<float>(std::pow(10.0, -6.0 + 36.0 * i / 20000.0));
    x.push_back(m);
    x.push_back(-m);
  }
  return x;
}
double d2_numeric(Act a, double x, double p) {
  const double h = 1e-4 * std::fmax(1.0, std::fabs(x));
  return (ref::df(a, x + h, p) - ref::df(a, x - h, p)) / (2 * h);
}
}  // namespace

TEST_CASE("f and f' meet the contract on a dense grid", "[dense]") {
  const std::vector<float> x = dense_grid();
  for (const ActivationInfo& info : kCatalogue) {
    std::vector<float> ps = {default_param(info.act)};
    if (info.param != kNoParam) ps.push_back(kParamSpecs[info.param].max);
    for (float p : ps) {
      Bound b = bound_for(info.id);
      if ((info.act == Act::Swish || info.act == Act::Softplus) && p != 1.0f)
        b.argument_rounded = true;
      for (Impl impl : impls()) {
        std::vector<float> y(x.size()), dy(x.size());
        REQUIRE(activation_forward(info.act, p, x.data(), y.data(), x.size(), impl) == Status::kOk);
        REQUIRE(activation_derivative(info.act, p, x.data(), dy.data(), x.size(), impl) ==
                Status::kOk);
        std::size_t bad = 0;
        std::string first;
        for (std::size_t i = 0; i < x.size(); ++i) {
          const double xi = x[i];
          const double slope = b.argument_rounded ? std::fabs(ref::df(info.act, xi, p)) : 0.0;
          const double curv = b.argument_rounded ? std::fabs(d2_numeric(info.act, xi, p)) : 0.0;
          std::string m = check_value(y[i], ref::f(info.act, xi, p), xi, slope, b, false);
          if (m.empty()) m = check_value(dy[i], ref::df(info.act, xi, p), xi, curv, b, true);
          if (!m.empty() && bad++ < 4) first += m + "\n";
        }
        INFO(info.id << " p=" << p << " " << impl_name(impl) << " failures=" << bad << "\n"
                     << first);
        CHECK(bad == 0);
      }
    }
  }
}

TEST_CASE("swish with a tiny beta keeps x*sigma(beta*x) past sigma's float underflow", "[dense]") {
  // Found by fuzz_kernels: β = 3.7e-37, x = -3.4e38 gives βx = -126.5, where σ has underflowed
  // float but x·σ = -3.9e-17 has not (tests/fuzz/regressions/kernels-swish-tiny-beta).
  for (float beta : {3.74689e-37f, 1e-20f, 0x1p-17f}) {
    std::vector<float> x;
    for (int i = 0; i <= 400; ++i) x.push_back(-std::ldexp(1.0f, 128 - 1) * (1.0f - i / 800.0f));
    for (int i = 0; i <= 400; ++i) x.push_back(-130.0f / beta * (0.5f + i / 400.0f));
    for (Impl impl : impls()) {
      std::vector<float> y(x.size()), dy(x.size());
      REQUIRE(activation_forward(Act::Swish, beta, x.data(), y.data(), x.size(), impl) ==
              Status::kOk);
      REQUIRE(activation_derivative(Act::Swish, beta, x.data(), dy.data(), x.size(), impl) ==
              Status::kOk);
      Bound b = bound_for("swish");
      b.argument_rounded = true;
      for (std::size_t i = 0; i < x.size(); ++i) {
        const double xi = x[i];
        const double want = ref::f(Act::Swish, xi, beta);
        INFO("beta=" << beta << " x=" << xi << " " << impl_name(impl) << " got " << y[i] << " want "
                     << want);
        CHECK(check_value(y[i], want, xi, std::fabs(ref::df(Act::Swish, xi, beta)), b, false)
                  .empty());
        CHECK(check_value(dy[i], ref::df(Act::Swish, xi, beta), xi,
                          std::fabs(d2_numeric(Act::Swish, xi, beta)), b, true)
                  .empty());
      }
    }
  }
}

// Training's tanh layers (core/nn/mlp.cpp) take tanh and tanh′ from one evaluation,
// vmath::tanh_with_derivative: tanh must be the tanh kernel's value bit for bit (evaluation,
// the boundary and training all see the same activations), and tanh′ must meet the f′ contract
// against the reference for |x| ≤ 20; beyond, training takes tanh′ at ±20, as the derivative
// kernel did behind act_derivative's clamp (tanh′(20) = 1.7e-17).
TEST_CASE("training's tanh with its derivative: the kernel's tanh, tanh′ within the contract",
          "[dense]") {
  std::vector<float> x = dense_grid();
  for (float v : {0.0f, -0.0f, 9.1f, -9.1f, 20.0f, -20.0f, 1e30f, -1e30f, INFINITY, -INFINITY})
    x.push_back(v);
  while (x.size() % 4) x.push_back(0.5f);
  std::vector<float> y(x.size());
  REQUIRE(activation_forward(Act::Tanh, 0, x.data(), y.data(), x.size(), Impl::kSimd) ==
          Status::kOk);
  const Bound b = bound_for("tanh");
  std::size_t bad_f = 0, bad_df = 0;
  std::string first;
  double worst = 0;
  for (std::size_t i = 0; i < x.size(); i += 4) {
    vec::V d;
    const vec::V t = vmath::tanh_with_derivative(vec::load(x.data() + i), &d);
    float tf[4], df[4];
    vec::store(tf, t);
    vec::store(df, d);
    for (int k = 0; k < 4; ++k) {
      const double xi = x[i + k];
      if (std::memcmp(&tf[k], &y[i + k], sizeof(float)) != 0 && bad_f++ < 4)
        first += "tanh x=" + std::to_string(xi) + "\n";
      const double ref = ref::df(Act::Tanh, std::fmax(-20.0, std::fmin(20.0, xi)), 0);
      const std::string m = check_value(df[k], ref, xi, 0, b, true);
      if (!m.empty() && bad_df++ < 4) first += m + "\n";
      worst = std::fmax(worst, std::fabs(df[k] - ref) / ulp32(ref));
    }
  }
  INFO(first);
  WARN("training tanh′ worst error " << worst << " ulp (contract: 4)");
  CHECK(bad_f == 0);
  CHECK(bad_df == 0);
}
