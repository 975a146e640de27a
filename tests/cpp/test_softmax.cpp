// softmax / log-softmax / backward against the golden cases, plus stability and limits.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "test_util.h"
#include "tolerance.h"
#include "util/rng.h"

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
        if (probs[i] > 1e-30)
          CHECK(std::fabs(lp[i] - std::log(probs[i])) <=
                1e-6 * std::fmax(1.0, std::fabs(std::log(probs[i]))));
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

namespace {
// Reference softmax in long double (exact enough to judge float results by the ulp).
std::vector<double> softmax_ref(const std::vector<float>& l, double t) {
  long double m = -INFINITY;
  for (float v : l) m = std::fmax(m, static_cast<long double>(v));
  std::vector<long double> e(l.size());
  long double s = 0;
  for (std::size_t i = 0; i < l.size(); ++i) s += e[i] = std::exp((l[i] - m) / t);
  std::vector<double> p(l.size());
  for (std::size_t i = 0; i < l.size(); ++i) p[i] = static_cast<double>(e[i] / s);
  return p;
}

// Logit generators covering every path of the vector softmax: the window (|l| ≤ ~80, with or
// without -Inf masks), its edges (max near 60–90, sums near 2^120, max below -20), shifted
// windows (max beyond ±264, with masks; near the 264 limit), the general path, mixed magnitudes
// that make l - max inexact, and long vectors.
std::vector<float> logits_for(actlab::Rng& rng, int kind, std::size_t n) {
  std::vector<float> l(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double u = rng.uniform(-1, 1);
    switch (kind) {
      case 0: l[i] = static_cast<float>(10 * u); break;
      case 1: l[i] = static_cast<float>(80 * u); break;
      case 2: l[i] = static_cast<float>(70 + 20 * u); break;   // window edge
      case 3: l[i] = static_cast<float>(-40 + 15 * u); break;  // max below -20
      case 4: l[i] = static_cast<float>(1e3 + 30 * u); break;  // general path
      case 5:
        l[i] = static_cast<float>(std::ldexp(u, -static_cast<int>(rng.below(30))) * 25);
        break;
      case 6: l[i] = rng.below(4) == 0 ? -INFINITY : static_cast<float>(5 * u); break;  // masks
      case 7: l[i] = static_cast<float>(i == n / 2 ? 95 : 20 * u); break;  // one unsampled spike
      case 8: l[i] = static_cast<float>(-1e3 + 30 * u); break;             // shift below 0
      case 9: l[i] = static_cast<float>(200 + 120 * u); break;             // shift near 176
      default: l[i] = rng.below(8) == 0 ? -INFINITY : static_cast<float>(5e3 + 40 * u); break;
    }
  }
  return l;
}
}  // namespace

TEST_CASE("softmax meets the 4-ulp contract on random logits, every path", "[softmax]") {
  actlab::Rng rng(20261126);
  double worst_ulp = 0;
  for (int kind = 0; kind < 11; ++kind) {
    for (int trial = 0; trial < 60; ++trial) {
      const std::size_t n =
          trial < 40 ? 1 + rng.below(70) : (trial < 58 ? 100 + rng.below(3000) : 70000);
      const double t = trial % 5 == 4 ? 0.5 + 3 * rng.uniform() : 1.0;
      const std::vector<float> l = logits_for(rng, kind, n);
      const std::vector<double> ref = softmax_ref(l, t);
      std::vector<float> g(n);
      double max_g = 0;
      for (float& v : g)
        max_g = std::fmax(max_g, std::fabs(v = static_cast<float>(rng.uniform(-1, 1))));
      double dot = 0;
      for (std::size_t i = 0; i < n; ++i) dot += g[i] * ref[i];
      for (Impl impl : impls()) {
        std::vector<float> p(n), q(l), d(n);
        REQUIRE(softmax_forward(l.data(), p.data(), n, t, impl) == Status::kOk);
        REQUIRE(softmax_forward(q.data(), q.data(), n, t, impl) == Status::kOk);  // in place
        REQUIRE(softmax_backward(l.data(), g.data(), d.data(), n, t, impl) == Status::kOk);
        double sum = 0;
        int bad = 0;
        for (std::size_t i = 0; i < n; ++i) {
          const double err = std::fabs(p[i] - ref[i]);
          if (err > 4 * ulp32(ref[i]) + 1e-9 && bad++ < 3)
            FAIL_CHECK("kind " << kind << " n=" << n << " T=" << t << " " << impl_name(impl)
                               << " i=" << i << " l=" << l[i] << " got " << p[i] << " want "
                               << ref[i]);
          if (ref[i] > 1e-6) worst_ulp = std::fmax(worst_ulp, err / ulp32(ref[i]));
          if (q[i] != p[i] && bad++ < 3) FAIL_CHECK("in place differs at " << i);
          const double dref = ref[i] * (g[i] - dot) / t;
          if (std::fabs(d[i] - dref) > 1e-6 * max_g / t && bad++ < 3)
            FAIL_CHECK("backward kind " << kind << " i=" << i << " got " << d[i] << " want "
                                        << dref);
          sum += p[i];
        }
        CHECK(std::fabs(sum - 1.0) <= 1e-6);
      }
    }
  }
  WARN("softmax worst error over the random cases: " << worst_ulp << " ulp (contract: 4)");
  CHECK(worst_ulp <= 4.0);
}

TEST_CASE("softmax special values anywhere in a long vector", "[softmax]") {
  // The vector path guesses from a sample; NaN or +Inf away from the sample must still count.
  const float inf = std::numeric_limits<float>::infinity();
  for (std::size_t n : {100u, 1001u, 4096u}) {
    for (std::size_t at : {std::size_t{0}, n / 2 + 1, n - 1}) {
      std::vector<float> l(n, 1.0f), p(n);
      for (Impl impl : impls()) {
        INFO("n=" << n << " at=" << at << " " << impl_name(impl));
        l[at] = std::numeric_limits<float>::quiet_NaN();
        REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
        CHECK(std::isnan(p[0]));
        CHECK(std::isnan(p[n - 1]));
        l[at] = inf;
        REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
        CHECK(p[at] == 1.0f);
        CHECK(p[(at + 1) % n] == 0.0f);
        l[at] = 89.0f;  // finite, but e^89 overflows float: the window must give way
        REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
        CHECK(p[at] == Approx(1.0 / (1.0 + (n - 1) * std::exp(1.0 - 89.0))).epsilon(1e-6));
        l[at] = -inf;
        REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
        CHECK(p[at] == 0.0f);
        CHECK(p[(at + 1) % n] == Approx(1.0 / (n - 1)).epsilon(1e-6));
        l[at] = 1.0f;
      }
    }
  }
}

TEST_CASE("softmax tails of every length at huge shifts", "[softmax]") {
  // The last 1–3 logits go through a padded vector; its padding must add nothing, also where
  // c - 88 rounds to c (|c| ≥ 2^31) or the max is hugely negative.
  for (float big : {3e9f, -3e9f, 1e30f, -1e30f, 1000.0f, -1000.0f, 100.0f, -50.0f}) {
    for (std::size_t n = 1; n <= 9; ++n) {
      std::vector<float> l(n, big), p(n);
      l[0] = big - std::fabs(big) * 0.5f;  // far below: its probability is 0 (or e^-25 for ±50)
      for (Impl impl : impls()) {
        REQUIRE(softmax_forward(l.data(), p.data(), n, 1.0, impl) == Status::kOk);
        const std::vector<double> ref = softmax_ref(l, 1.0);
        for (std::size_t i = 0; i < n; ++i) {
          INFO("big=" << big << " n=" << n << " i=" << i << " " << impl_name(impl) << " got "
                      << p[i] << " want " << ref[i]);
          CHECK(std::fabs(p[i] - ref[i]) <= 4 * ulp32(ref[i]) + 1e-9);
        }
      }
    }
  }
}

TEST_CASE("softmax backward gives the same answer whatever its output aliases", "[softmax]") {
  // d_logits may be a fresh array, the logits, the upstream, or overlap either partially.
  actlab::Rng rng(99);
  for (std::size_t n : {1u, 3u, 4u, 17u, 100u, 1000u}) {
    for (Impl impl : impls()) {
      std::vector<float> l(n), g(n);
      for (std::size_t i = 0; i < n; ++i) {
        l[i] = static_cast<float>(rng.uniform(-8, 8));
        g[i] = static_cast<float>(rng.uniform(-1, 1));
      }
      std::vector<float> want(n);
      REQUIRE(softmax_backward(l.data(), g.data(), want.data(), n, 1.5, impl) == Status::kOk);
      INFO("n=" << n << " " << impl_name(impl));
      std::vector<float> a(l);  // output over the logits
      REQUIRE(softmax_backward(a.data(), g.data(), a.data(), n, 1.5, impl) == Status::kOk);
      CHECK(a == want);
      std::vector<float> b(g);  // output over the upstream
      REQUIRE(softmax_backward(l.data(), b.data(), b.data(), n, 1.5, impl) == Status::kOk);
      CHECK(b == want);
      for (std::size_t shift : {std::size_t{1}, std::size_t{3}}) {  // partial overlaps, both ways
        std::vector<float> buf(n + shift);
        std::copy(g.begin(), g.end(), buf.begin() + shift);
        REQUIRE(softmax_backward(l.data(), buf.data() + shift, buf.data(), n, 1.5, impl) ==
                Status::kOk);
        CHECK(std::vector<float>(buf.begin(), buf.begin() + n) == want);
        std::copy(g.begin(), g.end(), buf.begin());
        REQUIRE(softmax_backward(l.data(), buf.data(), buf.data() + shift, n, 1.5, impl) ==
                Status::kOk);
        CHECK(std::vector<float>(buf.begin() + shift, buf.end()) == want);
        std::vector<float> lb(n + shift);
        std::copy(l.begin(), l.end(), lb.begin() + shift);
        REQUIRE(softmax_backward(lb.data() + shift, g.data(), lb.data(), n, 1.5, impl) ==
                Status::kOk);
        CHECK(std::vector<float>(lb.begin(), lb.begin() + n) == want);
      }
    }
  }
}
