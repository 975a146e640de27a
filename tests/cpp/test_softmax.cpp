// softmax / log-softmax / backward against the golden cases, plus stability and limits.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "test_util.h"
#include "tolerance.h"

using namespace actlab;
using namespace actlab_test;

TEST_CASE("softmax matches the golden cases", "[softmax]") {
  for (const auto& c : golden()["softmax"].arr) {
    const std::vector<double> ld = c["logits"].numbers(), probs = c["probs"].numbers(),
                              up = c["upstream"].numbers(), grad = c["grad_logits"].numbers();
    const double t = c["temperature"].as_number();
    const std::vector<float> l(ld.begin(), ld.end()), g(up.begin(), up.end());
    const std::size_t n = l.size();
    double max_up = 0;
    for (double u : up) max_up = std::fmax(max_up, std::fabs(u));
    for (Impl impl : impls()) {
      std::vector<float> p(n), lp(n), d(n);
      REQUIRE(softmax_forward(l.data(), p.data(), n, t, impl) == Status::kOk);
      REQUIRE(log_softmax_forward(l.data(), lp.data(), n, t, impl) == Status::kOk);
      REQUIRE(softmax_backward(l.data(), g.data(), d.data(), n, t, impl) == Status::kOk);
      double sum = 0;
      for (std::size_t i = 0; i < n; ++i) {
        INFO("n=" << n << " T=" << t << " i=" << i << " " << impl_name(impl) << " got " << p[i]
                  << " want " << probs[i]);
        CHECK(std::fabs(p[i] - probs[i]) <= 4 * ulp32(probs[i]) + 1e-9);
        CHECK(std::fabs(d[i] - grad[i]) <= 1e-6 * max_up / t);
        if (probs[i] > 1e-30) CHECK(std::fabs(lp[i] - std::log(probs[i])) <= 1e-6 * std::fmax(1.0, std::fabs(std::log(probs[i]))));
        sum += p[i];
      }
      CHECK(std::fabs(sum - 1.0) <= 1e-6);
    }
  }
}

TEST_CASE("softmax of [2, 1, 0.1] (the post's example)", "[softmax]") {
  const float l[3] = {2.0f, 1.0f, 0.1f};
  float p[3];
  for (Impl impl : impls()) {
    REQUIRE(softmax_forward(l, p, 3, 1.0, impl) == Status::kOk);
    CHECK(p[0] == Approx(0.659001139).epsilon(1e-6));
    CHECK(p[1] == Approx(0.242432971).epsilon(1e-6));
    CHECK(p[2] == Approx(0.098565891).epsilon(1e-6));
  }
}

TEST_CASE("softmax is stable for huge logits and long vectors", "[softmax]") {
  for (std::size_t n : {1u, 2u, 3u, 4u, 5u, 7u, 1000u, 65536u}) {
    std::vector<float> l(n), p(n);
    for (std::size_t i = 0; i < n; ++i)
      l[i] = (i % 3 == 0) ? 1e4f : (i % 3 == 1 ? -1e4f : 88.7f * static_cast<float>(i % 5));
    for (Impl impl : impls()) {
      REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
      double sum = 0;
      bool finite = true;
      for (float v : p) sum += v, finite = finite && std::isfinite(v) && v >= 0;
      INFO("n=" << n << " " << impl_name(impl));
      CHECK(finite);
      CHECK(std::fabs(sum - 1.0) <= 1e-6);
    }
  }
}

TEST_CASE("softmax special values are documented limits", "[softmax]") {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  float p[3];
  for (Impl impl : impls()) {
    const float two_inf[3] = {inf, 1.0f, inf};
    REQUIRE(softmax_forward(two_inf, p, 3, 1.0, impl) == Status::kOk);
    CHECK(p[0] == 0.5f);
    CHECK(p[1] == 0.0f);
    CHECK(p[2] == 0.5f);
    const float all_neg_inf[3] = {-inf, -inf, -inf};
    REQUIRE(softmax_forward(all_neg_inf, p, 3, 1.0, impl) == Status::kOk);
    CHECK(p[1] == Approx(1.0 / 3));
    const float some_neg_inf[3] = {-inf, 0.0f, -inf};
    REQUIRE(softmax_forward(some_neg_inf, p, 3, 1.0, impl) == Status::kOk);
    CHECK(p[1] == 1.0f);
    CHECK(p[0] == 0.0f);
    const float with_nan[3] = {1.0f, nan, 0.0f};
    REQUIRE(softmax_forward(with_nan, p, 3, 1.0, impl) == Status::kOk);
    CHECK(std::isnan(p[0]));
    CHECK(std::isnan(p[2]));
  }
}

TEST_CASE("softmax rejects bad arguments", "[softmax][errors]") {
  const float l[2] = {1, 2};
  float p[2];
  CHECK(softmax_forward(l, p, 2, 0.0, Impl::kSimd) == Status::kBadTemperature);
  CHECK(softmax_forward(l, p, 2, -1.0, Impl::kSimd) == Status::kBadTemperature);
  CHECK(softmax_forward(l, p, 2, std::nan(""), Impl::kSimd) == Status::kBadTemperature);
  CHECK(softmax_forward(l, p, 2, HUGE_VAL, Impl::kSimd) == Status::kBadTemperature);
  CHECK(softmax_forward(l, p, 0, 1.0, Impl::kSimd) == Status::kBadLength);
  CHECK(softmax_forward(nullptr, p, 2, 1.0, Impl::kSimd) == Status::kNullPointer);
  CHECK(softmax_backward(l, nullptr, p, 2, 1.0, Impl::kSimd) == Status::kNullPointer);
  CHECK(softmax_forward(l, p, 2, 1.0, static_cast<Impl>(7)) == Status::kBadImpl);
}
