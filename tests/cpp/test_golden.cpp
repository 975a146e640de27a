// Every activation, f and f′, scalar and SIMD paths, against the 40-digit golden vectors.
#include <catch2/catch.hpp>
#include <cmath>

#include "test_util.h"
#include "tolerance.h"

using namespace actlab;
using namespace actlab_test;

TEST_CASE("golden file covers the whole catalogue", "[golden]") {
  const auto& fns = golden()["functions"];
  for (const ActivationInfo& a : kCatalogue) {
    bool found = false;
    for (const auto& e : fns.arr) found = found || e["id"].str == a.id;
    INFO(a.id);
    CHECK(found);
  }
}

TEST_CASE("activations match the golden vectors", "[golden]") {
  const std::vector<double> xd = golden()["x"].numbers();
  std::vector<float> x(xd.begin(), xd.end());
  REQUIRE(x.size() == 670);
  for (const auto& e : golden()["functions"].arr) {
    const ActivationInfo* info = find_activation(e["id"].str);
    REQUIRE(info != nullptr);
    const float p = param_of(e, info->act);
    const std::vector<double> y = e["y"].numbers(), dy = e["dy"].numbers();
    const std::vector<double> d2y = e.has("d2y") ? e["d2y"].numbers() : std::vector<double>();
    const Bound b = bound_for(info->id);
    for (Impl impl : impls()) {
      std::vector<float> got(x.size()), dgot(x.size());
      REQUIRE(activation_forward(info->act, p, x.data(), got.data(), x.size(), impl) ==
              Status::kOk);
      REQUIRE(activation_derivative(info->act, p, x.data(), dgot.data(), x.size(), impl) ==
              Status::kOk);
      std::vector<std::string> bad;
      for (std::size_t i = 0; i < x.size(); ++i) {
        std::string m = check_value(got[i], y[i], xd[i], dy[i], b, false);
        if (!m.empty()) bad.push_back("f  " + m);
        m = check_value(dgot[i], dy[i], xd[i], d2y.empty() ? 0.0 : d2y[i], b, true);
        if (!m.empty()) bad.push_back("f' " + m);
      }
      std::string first;
      for (std::size_t i = 0; i < bad.size() && i < 8; ++i) first += bad[i] + "\n";
      INFO(info->id << " p=" << p << " impl=" << impl_name(impl) << " failures=" << bad.size()
                    << "\n"
                    << first);
      CHECK(bad.empty());
    }
  }
}

TEST_CASE("in-place and every tail length give the same answer", "[golden]") {
  // Lengths around the 16-float unroll and the 4-lane tail: 1, tile-1, tile, tile+1, 3·tile+1.
  for (const ActivationInfo& a : kCatalogue) {
    const float p = default_param(a.act);
    for (std::size_t n : {1u, 3u, 4u, 5u, 15u, 16u, 17u, 49u}) {
      std::vector<float> x(n), ref(n), inplace(n);
      for (std::size_t i = 0; i < n; ++i) x[i] = -6.0f + 0.37f * static_cast<float>(i);
      for (Impl impl : impls()) {
        REQUIRE(activation_forward(a.act, p, x.data(), ref.data(), n, impl) == Status::kOk);
        inplace = x;
        REQUIRE(activation_forward(a.act, p, inplace.data(), inplace.data(), n, impl) ==
                Status::kOk);
        INFO(a.id << " n=" << n << " " << impl_name(impl));
        CHECK(inplace == ref);
        // Each element must equal the single-element call (no lane cross-talk in the tail).
        for (std::size_t i = 0; i < n; ++i) {
          float one = 0;
          REQUIRE(activation_forward(a.act, p, &x[i], &one, 1, impl) == Status::kOk);
          CHECK(one == ref[i]);
        }
      }
    }
  }
}
