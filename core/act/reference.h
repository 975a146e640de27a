// reference.h: the scalar reference of every activation and its derivative.
//
// Each function is evaluated in double and rounded once to float by the caller, so the scalar
// path is within ~0.5 ulp of the true value wherever float can represent it. These are the
// definitions the SIMD kernels (kernels_simd.cpp) are tested against, and they are written to
// be read: every stability trick is named where it is used.
//
// Conventions (shared with PyTorch and the golden vectors in tests/data):
//   * derivative at a kink is the left/right value PyTorch uses: relu'(0) = 0,
//     leaky_relu'(0) = prelu'(0) = alpha, elu'(0) = alpha, selu'(0) = lambda*alpha;
//   * at ±Infinity the mathematical limit is returned (never NaN): silu(-inf) = 0,
//     gelu'(+inf) = 1, elu(-inf) = -alpha, sigmoid'(±inf) = 0 ...;
//   * NaN in gives NaN out (every branch below compares, so NaN falls through to arithmetic
//     that propagates it).
// `p` is the activation's single parameter (alpha or beta) when it has one; ignored otherwise.
#pragma once

#include <cmath>
#include <limits>

#include "act/catalogue.h"

namespace actlab::ref {

// SELU's constants (Klambauer et al. 2017), as PyTorch defines them.
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluLambda = 1.0507009873554804934193349852946;
inline constexpr double kSqrt2OverPi = 0.79788456080286535587989211986876;  // √(2/π)
inline constexpr double kInvSqrt2 = 0.70710678118654752440084436210485;
inline constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438;  // 1/√(2π)
inline constexpr double kGeluC = 0.044715;

// x·g where g → 0 as x → -∞: when g has underflowed to 0 the product's true value is below
// float's range, so return 0 instead of letting (-inf)·0 make a NaN.
inline double x_times(double x, double g) { return g == 0.0 ? 0.0 : x * g; }

// σ(x) without overflow: for x < 0 use e^x/(1+e^x), whose e^x cannot overflow.
inline double sigmoid(double x) {
  if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
  const double e = std::exp(x);
  return e / (1.0 + e);
}
// σ'(x) = σ(1-σ) written as z/(1+z)² with z = e^{-|x|} ∈ (0,1]: no cancellation in 1-σ for
// large |x|, and exactly symmetric. z = 0 at ±inf gives the limit 0.
inline double dsigmoid(double x) {
  const double z = std::exp(-std::fabs(x));
  return z / ((1.0 + z) * (1.0 + z));
}
// softplus_β(x) = log(1 + e^{βx})/β = max(x,0) + log1p(e^{-|βx|})/β: the exponent is never
// positive, so nothing overflows, and log1p keeps full relative accuracy for tiny e^{-|βx|}.
inline double softplus(double x, double beta) {
  return std::fmax(x, 0.0) + std::log1p(std::exp(-std::fabs(beta * x))) / beta;
}
// Φ(x), the standard normal CDF, as erfc(-x/√2)/2: erfc keeps relative accuracy in the left
// tail where 1 + erf(x/√2) would cancel.
inline double phi_cdf(double x) { return 0.5 * std::erfc(-x * kInvSqrt2); }

inline double f(Act a, double x, double p) {
  if (x != x) return x;
  switch (a) {
    case Act::Identity: return x;
    case Act::Sigmoid: return sigmoid(x);
    case Act::Tanh: return std::tanh(x);
    case Act::Relu: return x > 0 ? x : 0.0;
    case Act::LeakyRelu:
    case Act::Prelu:
      return x > 0 ? x : x_times(x, p);  // α = 0: 0, not (-inf)·0
    // ELU: expm1 keeps elu(-1e-8) = -1e-8·α instead of exp(x) - 1 = 0.
    case Act::Elu: return x > 0 ? x : p * std::expm1(x);
    case Act::Selu: return kSeluLambda * (x > 0 ? x : kSeluAlpha * std::expm1(x));
    case Act::Gelu: return x_times(x, phi_cdf(x));
    // ½(1 + tanh u) = σ(2u): the left tail is then a product, not 1 - (almost 1).
    case Act::GeluTanh: {
      if (std::isinf(x)) return x > 0 ? x : 0.0;
      const double u2 = 2.0 * kSqrt2OverPi * (x + kGeluC * x * x * x);
      return x_times(x, sigmoid(u2));
    }
    case Act::Silu: return x_times(x, sigmoid(x));
    case Act::Swish: return x_times(x, sigmoid(p == 0 ? 0.0 : p * x));  // β = 0: x/2
    case Act::Mish: return x_times(x, std::tanh(softplus(x, 1.0)));
    case Act::Softplus: return softplus(x, p);
  }
  return std::numeric_limits<double>::quiet_NaN();
}

inline double df(Act a, double x, double p) {
  if (x != x) return x;
  switch (a) {
    case Act::Identity: return 1.0;
    case Act::Sigmoid: return dsigmoid(x);
    // tanh'(x) = 1 - tanh² = 4·σ'(2x).
    case Act::Tanh: return 4.0 * dsigmoid(2.0 * x);
    case Act::Relu: return x > 0 ? 1.0 : 0.0;
    case Act::LeakyRelu:
    case Act::Prelu: return x > 0 ? 1.0 : p;
    case Act::Elu: return x > 0 ? 1.0 : p * std::exp(x);
    case Act::Selu: return x > 0 ? kSeluLambda : kSeluLambda * kSeluAlpha * std::exp(x);
    case Act::Gelu: {
      if (std::isinf(x)) return x > 0 ? 1.0 : 0.0;
      return phi_cdf(x) + x_times(x, kInvSqrt2Pi * std::exp(-0.5 * x * x));
    }
    case Act::GeluTanh: {
      if (std::isinf(x)) return x > 0 ? 1.0 : 0.0;
      const double u2 = 2.0 * kSqrt2OverPi * (x + kGeluC * x * x * x);
      const double du2 = 2.0 * kSqrt2OverPi * (1.0 + 3.0 * kGeluC * x * x);
      return sigmoid(u2) + x_times(x, du2 * dsigmoid(u2));
    }
    case Act::Silu:
    case Act::Swish: {
      const double beta = a == Act::Silu ? 1.0 : p;
      const double t = beta == 0 ? 0.0 : beta * x;
      if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
      return sigmoid(t) + x_times(t, dsigmoid(t));  // σ(βx) + βx·σ'(βx)
    }
    case Act::Mish: {
      if (std::isinf(x)) return x > 0 ? 1.0 : 0.0;
      const double t = std::tanh(softplus(x, 1.0));
      return t + x_times(x, sigmoid(x) * (1.0 - t * t));
    }
    case Act::Softplus: return sigmoid(p * x);
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace actlab::ref
