// Checked entry points for the activation kernels (actlab.h).
#include <cmath>
#include <limits>
#include <string>

#include "act/kernels.h"
#include "act/vec4.h"
#include "actlab.h"

namespace actlab {

const char* status_message(Status s) noexcept {
  switch (s) {
    case Status::kOk: return "ok";
    case Status::kUnknownActivation: return "unknown activation id";
    case Status::kBadParam: return "parameter is NaN, infinite or outside its allowed range";
    case Status::kBadTemperature: {
      static const std::string m =
          "temperature must be a finite number in " + range_text(kTemperature);
      return m.c_str();
    }
    case Status::kBadLength: return "length must be between 1 and 2^28";
    case Status::kNullPointer: return "null array with a non-zero length";
    case Status::kBadImpl: return "implementation must be scalar (0) or simd (1)";
    case Status::kOutOfMemory: return "out of memory for a scratch buffer";
    case Status::kInvalidArgument: return "invalid argument";
  }
  return "unknown status";
}

bool simd_is_hardware() noexcept { return ACTLAB_VEC_NATIVE_SIMD != 0; }

float default_param(Act a) noexcept {
  const int pi = info(a).param;
  return pi == kNoParam ? std::numeric_limits<float>::quiet_NaN() : kParamSpecs[pi].def;
}

Status check_param(Act a, float p) noexcept {
  if (static_cast<std::size_t>(a) >= kActivationCount) return Status::kUnknownActivation;
  const int pi = info(a).param;
  if (pi == kNoParam) return Status::kOk;
  const ParamSpec& s = kParamSpecs[pi];
  // Written so NaN fails: every comparison with NaN is false.
  if (!(p >= s.min && p <= s.max)) return Status::kBadParam;
  return Status::kOk;
}

namespace {
Status check(Act a, float p, const void* in, const void* out, std::size_t n, Impl impl) {
  if (const Status s = check_param(a, p); s != Status::kOk) return s;
  if (impl != Impl::kScalar && impl != Impl::kSimd) return Status::kBadImpl;
  if (n > kMaxLength) return Status::kBadLength;
  if (n > 0 && (in == nullptr || out == nullptr)) return Status::kNullPointer;
  return Status::kOk;
}
}  // namespace

Status activation_forward(Act a, float p, const float* x, float* y, std::size_t n,
                          Impl impl) noexcept {
  if (const Status s = check(a, p, x, y, n, impl); s != Status::kOk) return s;
  (impl == Impl::kSimd ? kernels::forward_simd : kernels::forward_scalar)(a, p, x, y, n);
  return Status::kOk;
}

Status activation_derivative(Act a, float p, const float* x, float* dy, std::size_t n,
                             Impl impl) noexcept {
  if (const Status s = check(a, p, x, dy, n, impl); s != Status::kOk) return s;
  (impl == Impl::kSimd ? kernels::derivative_simd : kernels::derivative_scalar)(a, p, x, dy, n);
  return Status::kOk;
}

Status activation_backward(Act a, float p, const float* x, const float* d_y, float* d_x,
                           std::size_t n, Impl impl) noexcept {
  if (const Status s = check(a, p, x, d_x, n, impl); s != Status::kOk) return s;
  if (n > 0 && d_y == nullptr) return Status::kNullPointer;
  // Blocks through a stack buffer, so d_x may alias x or d_y.
  constexpr std::size_t kBlock = 256;
  float fp[kBlock];
  const auto deriv = impl == Impl::kSimd ? kernels::derivative_simd : kernels::derivative_scalar;
  for (std::size_t i = 0; i < n; i += kBlock) {
    const std::size_t m = n - i < kBlock ? n - i : kBlock;
    deriv(a, p, x + i, fp, m);
    for (std::size_t j = 0; j < m; ++j) d_x[i + j] = fp[j] * d_y[i + j];
  }
  return Status::kOk;
}

}  // namespace actlab
