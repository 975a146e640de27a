// Argument validation of the activation API and the catalogue's self-consistency.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>

#include "test_util.h"

using namespace actlab;

TEST_CASE("catalogue is complete and consistent", "[catalogue]") {
  REQUIRE(kActivationCount == 14);
  for (const ActivationInfo& a : kCatalogue) {
    INFO(a.id);
    CHECK(find_activation(a.id) == &a);
    CHECK(std::strlen(a.name_ko) > 0);
    CHECK(std::strlen(a.name_en) > 0);
    CHECK(std::strlen(a.latex_f) > 0);
    CHECK(std::strlen(a.latex_df) > 0);
    CHECK(a.range_min < a.range_max);
    if (a.param != kNoParam) {
      const ParamSpec& s = kParamSpecs[a.param];
      CHECK(s.min <= s.def);
      CHECK(s.def <= s.max);
      CHECK(s.step > 0);
    }
  }
  CHECK(find_activation("mish2") == nullptr);
  const std::string json = catalogue_json();
  CHECK(json.front() == '[');
  CHECK(json.find("\"gelu_tanh\"") != std::string::npos);
  CHECK(json.find("\"-Infinity\"") != std::string::npos);
}

TEST_CASE("bad parameters are reported, nothing is written", "[errors]") {
  const float x[2] = {1, -1};
  float y[2] = {42, 42};
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  for (float bad : {nan, inf, -inf, 1.5f, -0.01f}) {
    CHECK(activation_forward(Act::LeakyRelu, bad, x, y, 2) == Status::kBadParam);
  }
  CHECK(activation_forward(Act::Softplus, 0.0f, x, y, 2) == Status::kBadParam);
  CHECK(activation_forward(Act::Elu, 6.0f, x, y, 2) == Status::kBadParam);
  CHECK(activation_derivative(Act::Swish, -1.0f, x, y, 2) == Status::kBadParam);
  CHECK(y[0] == 42);
  CHECK(y[1] == 42);
  // Activations without a parameter ignore it (even NaN).
  CHECK(activation_forward(Act::Sigmoid, nan, x, y, 2) == Status::kOk);
  CHECK(activation_forward(static_cast<Act>(200), 0, x, y, 2) == Status::kUnknownActivation);
  CHECK(activation_forward(Act::Relu, 0, nullptr, y, 2) == Status::kNullPointer);
  CHECK(activation_forward(Act::Relu, 0, nullptr, nullptr, 0) == Status::kOk);
  CHECK(activation_forward(Act::Relu, 0, x, y, 2, static_cast<Impl>(3)) == Status::kBadImpl);
  CHECK(std::string(status_message(Status::kBadParam)).find("range") != std::string::npos);
}

TEST_CASE("swish with beta = 0 is x/2 everywhere, including infinities", "[edge]") {
  const float inf = std::numeric_limits<float>::infinity();
  const float x[5] = {-inf, -3, 0, 5, inf};
  float y[5], d[5];
  for (Impl impl : actlab_test::impls()) {
    REQUIRE(activation_forward(Act::Swish, 0.0f, x, y, 5, impl) == Status::kOk);
    REQUIRE(activation_derivative(Act::Swish, 0.0f, x, d, 5, impl) == Status::kOk);
    for (int i = 0; i < 5; ++i) {
      CHECK(y[i] == x[i] / 2);
      CHECK(d[i] == 0.5f);
    }
  }
}

TEST_CASE("backward multiplies f' by the upstream gradient, in place too", "[backward]") {
  std::vector<float> x(37), g(37), dx(37), df(37);
  for (int i = 0; i < 37; ++i) x[i] = -4.0f + 0.25f * i, g[i] = 0.5f + 0.1f * i;
  for (const ActivationInfo& a : kCatalogue) {
    const float p = default_param(a.act);
    REQUIRE(activation_derivative(a.act, p, x.data(), df.data(), 37) == Status::kOk);
    REQUIRE(activation_backward(a.act, p, x.data(), g.data(), dx.data(), 37) == Status::kOk);
    std::vector<float> gin = g;
    REQUIRE(activation_backward(a.act, p, x.data(), gin.data(), gin.data(), 37) == Status::kOk);
    for (int i = 0; i < 37; ++i) {
      INFO(a.id << " i=" << i);
      CHECK(dx[i] == df[i] * g[i]);
      CHECK(gin[i] == dx[i]);
    }
  }
}
