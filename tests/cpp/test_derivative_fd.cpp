// f′ against central finite differences of f, for every activation and several parameters.
// The difference quotient uses the double reference (h = 1e-5, error O(h²) ≈ 1e-10); the
// float kernels' f′ must agree with it to float accuracy. Kinks are declared in the catalogue
// (TestTraits::kink_at_zero) and skipped (f′(0) there is fixed by convention, tested below).
#include <catch2/catch.hpp>
#include <cmath>

#include "act/reference.h"
#include "test_util.h"

using namespace actlab;
using namespace actlab_test;

namespace {
bool kink_at_zero(Act a) { return info(a).test.kink_at_zero; }
std::vector<float> params_to_try(Act a) {
  const int pi = info(a).param;
  if (pi == kNoParam) return {default_param(a)};
  const ParamSpec& s = kParamSpecs[pi];
  return {s.min, s.def, 0.5f * (s.min + s.max), s.max};
}
}  // namespace

TEST_CASE("f' matches finite differences of f", "[derivative]") {
  std::vector<float> x;
  for (float v = -12.0f; v <= 12.0f; v += 0.0625f * 1.7f) x.push_back(v);
  for (const ActivationInfo& a : kCatalogue) {
    for (float p : params_to_try(a.act)) {
      for (Impl impl : impls()) {
        std::vector<float> d(x.size());
        REQUIRE(activation_derivative(a.act, p, x.data(), d.data(), x.size(), impl) == Status::kOk);
        int bad = 0;
        double worst = 0, worst_x = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
          const double xi = x[i];
          if (kink_at_zero(a.act) && std::fabs(xi) < 1e-3) continue;
          const double h = 1e-5 * std::fmax(1.0, std::fabs(xi));
          const double fd = (ref::f(a.act, xi + h, p) - ref::f(a.act, xi - h, p)) / (2 * h);
          const double err = std::fabs(d[i] - fd);
          const double tol = 1e-6 * std::fmax(1.0, std::fabs(fd));
          if (err > tol) ++bad;
          if (err > worst) worst = err, worst_x = xi;
        }
        INFO(a.id << " p=" << p << " " << impl_name(impl) << " worst |f'-fd|=" << worst
                  << " at x=" << worst_x);
        CHECK(bad == 0);
      }
    }
  }
}

TEST_CASE("declared kink conventions", "[derivative]") {
  const float zero = 0.0f;
  auto d_at_0 = [&](Act a, float p, Impl impl) {
    float out = -1;
    REQUIRE(activation_derivative(a, p, &zero, &out, 1, impl) == Status::kOk);
    return out;
  };
  for (Impl impl : impls()) {
    CHECK(d_at_0(Act::Relu, 0, impl) == 0.0f);
    CHECK(d_at_0(Act::LeakyRelu, 0.01f, impl) == 0.01f);
    CHECK(d_at_0(Act::Prelu, 0.25f, impl) == 0.25f);
    CHECK(d_at_0(Act::Elu, 0.5f, impl) == 0.5f);
    CHECK(d_at_0(Act::Selu, 0, impl) == Approx(ref::kSeluLambda * ref::kSeluAlpha).epsilon(1e-7));
    CHECK(d_at_0(Act::Sigmoid, 0, impl) == 0.25f);  // the post's 0.25
  }
}
