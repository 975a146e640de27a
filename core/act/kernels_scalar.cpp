// Scalar reference loops: each element through reference.h in double, rounded once to float.
#include <cfloat>
#include <cmath>

#include "act/kernels.h"
#include "act/reference.h"

namespace actlab::kernels {
namespace {
// double → float with IEEE overflow to ±Inf. A plain cast of a finite double beyond float's
// range is undefined behaviour in C++ (UBSan's float-cast-overflow), e.g. selu(3.4e38).
inline float to_float(double d) {
  if (!(std::fabs(d) > FLT_MAX)) return static_cast<float>(d);  // also NaN
  // Between FLT_MAX and FLT_MAX + ½ulp the value still rounds to FLT_MAX.
  constexpr double kRoundsToInf = 0x1.ffffffp127;
  return std::fabs(d) < kRoundsToInf ? std::copysign(FLT_MAX, static_cast<float>(d > 0 ? 1 : -1))
                                     : std::copysign(INFINITY, static_cast<float>(d > 0 ? 1 : -1));
}
}  // namespace

void forward_scalar(Act a, float p, const float* x, float* y, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) y[i] = to_float(ref::f(a, x[i], p));
}

void derivative_scalar(Act a, float p, const float* x, float* dy, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) dy[i] = to_float(ref::df(a, x[i], p));
}

}  // namespace actlab::kernels
