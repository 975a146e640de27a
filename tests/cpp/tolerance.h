// tolerance.h: the accuracy contract of the kernels (issue "Foundation", Accuracy section),
// shared by the Catch2 tests and the fuzz target.
//   f  : |got − ref| ≤ 4·ulp₃₂(ref) + 2⁻¹²⁶
//   f′ : the same, plus 2⁻²³ absolute where f′ crosses zero (TestTraits in the catalogue)
//   ops that round an intermediate argument before an exponential (TestTraits):
//        f : 8·ulp₃₂(ref) + 4·ulp₃₂(x)·|f′(x)| + 2⁻¹²⁶
//        f′: 8·ulp₃₂(ref) + 4·ulp₃₂(x)·|f″(x)| + 2⁻²³ + 2⁻¹²⁶
// A reference beyond float's range must come out as that infinity; NaN as NaN.
#pragma once

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "act/catalogue.h"

namespace actlab_test {

// Spacing of float32 at |v| (v given in double).
inline double ulp32(double v) {
  const double a = std::fabs(v);
  if (!(a < static_cast<double>(FLT_MAX))) return std::ldexp(1.0, 104);
  const float f = static_cast<float>(a);
  const float below = static_cast<float>(a) > a ? std::nextafter(f, 0.0f) : f;
  return static_cast<double>(std::nextafter(below, INFINITY)) - below;
}

inline bool rounds_to_inf32(double v) { return std::fabs(v) >= 0x1.ffffffp127; }

struct Bound {
  bool argument_rounded = false;
  bool crosses_zero = false;  // f′ crosses zero
};

// The op's traits from the catalogue table (act/catalogue.h).
inline Bound bound_for(const std::string& id) {
  const actlab::ActivationInfo* a = actlab::find_activation(id);
  if (!a) throw std::invalid_argument("bound_for: unknown activation " + id);
  return {a->test.argument_rounded, a->test.derivative_crosses_zero};
}

// Allowed |got − ref|. `slope` is |f′(x)| when checking f and |f″(x)| when checking f′
// (only used for argument-rounded functions).
inline double allowed(double ref, double x, double slope, const Bound& b, bool derivative) {
  const double tiny = std::ldexp(1.0, -126);
  double tol = (b.argument_rounded ? 8 : 4) * ulp32(ref) + tiny;
  if (b.argument_rounded && std::isfinite(slope)) tol += 4 * ulp32(x) * std::fabs(slope);
  if (derivative && b.crosses_zero) tol += std::ldexp(1.0, -23);
  return tol;
}

// Checks one value; returns an empty string when it passes, else a description.
inline std::string check_value(float got, double ref, double x, double slope, const Bound& b,
                               bool derivative) {
  auto describe = [&](const char* why) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s: x=%.9g got=%.9g ref=%.17g", why, x, got, ref);
    return std::string(buf);
  };
  if (std::isnan(ref)) return std::isnan(got) ? "" : describe("expected NaN");
  if (std::isnan(got)) return describe("unexpected NaN");
  if (std::isinf(ref) || rounds_to_inf32(ref)) {
    return (std::isinf(got) && (got > 0) == (ref > 0)) ? "" : describe("expected infinity");
  }
  const double err = std::fabs(static_cast<double>(got) - ref);
  return err <= allowed(ref, x, slope, b, derivative) ? "" : describe("out of tolerance");
}

}  // namespace actlab_test
