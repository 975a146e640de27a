// actlab.h: the core's public C++ API (no Emscripten, no DOM).
//
// Array kernels over float32: f, f' and the backward product for every activation in the
// catalogue, plus softmax / log-softmax / softmax backward. Every function validates its
// arguments and returns a Status instead of throwing or invoking UB; on error nothing is
// written. `Impl::kSimd` is the 4-lane vector path (wasm SIMD128 in the WASM build, a portable
// emulation natively); `Impl::kScalar` is the double-precision reference (reference.h).
//
// Shapes: n = number of elements. In-place use (y == x) is allowed everywhere except
// softmax_backward, which copes with any aliasing by itself.
#pragma once

#include <cstddef>
#include <cstdint>

#include "act/catalogue.h"
#include "schema.h"

namespace actlab {

enum class Impl : std::uint8_t { kScalar = 0, kSimd = 1 };
inline constexpr const char* kImplNames[] = {"scalar", "simd"};

enum class Status : std::uint8_t {
  kOk = 0,
  kUnknownActivation,  // id not in the catalogue
  kBadParam,           // NaN/±Inf or outside the parameter's [min, max]
  kBadTemperature,     // not finite, or outside kTemperature (schema.h)
  kBadLength,          // softmax of zero elements, or more than kMaxLength
  kNullPointer,        // a null array with n > 0
  kBadImpl,            // neither kScalar nor kSimd
  kOutOfMemory,        // a scratch buffer (softmax in place or backward) could not be allocated
  kInvalidArgument,    // any other rejected argument; the caller has a message naming it
};
// Status names in enum order, for JS (schema.h's JSON): "ok", "unknown_activation", ...
inline constexpr const char* kStatusNames[] = {
    "ok",           "unknown_activation", "bad_param",     "bad_temperature", "bad_length",
    "null_pointer", "bad_impl",           "out_of_memory", "invalid_argument"};
const char* status_message(Status s) noexcept;

// True when Impl::kSimd runs real SIMD instructions (WASM built with -msimd128).
bool simd_is_hardware() noexcept;

// The parameter's default (NaN for activations without one) and its validation.
float default_param(Act a) noexcept;
Status check_param(Act a, float p) noexcept;

// y[i] = f(x[i])
Status activation_forward(Act a, float p, const float* x, float* y, std::size_t n,
                          Impl impl = Impl::kSimd) noexcept;
// dy[i] = f'(x[i])
Status activation_derivative(Act a, float p, const float* x, float* dy, std::size_t n,
                             Impl impl = Impl::kSimd) noexcept;
// d_x[i] = f'(x[i]) · d_y[i]  (d_x may alias d_y or x)
Status activation_backward(Act a, float p, const float* x, const float* d_y, float* d_x,
                           std::size_t n, Impl impl = Impl::kSimd) noexcept;

// probs = softmax(logits / T). Documented IEEE results: any NaN logit → all NaN; logits equal
// to +Inf share the whole mass; all -Inf → uniform (the limit of equal logits).
Status softmax_forward(const float* logits, float* probs, std::size_t n, double temperature,
                       Impl impl = Impl::kSimd) noexcept;
// out = log softmax(logits / T), same special cases (log of them).
Status log_softmax_forward(const float* logits, float* out, std::size_t n, double temperature,
                           Impl impl = Impl::kSimd) noexcept;
// d_logits = Jᵀ·d_probs for p = softmax(logits / T): d_logits[j] = p_j (g_j - Σ g_i p_i) / T.
Status softmax_backward(const float* logits, const float* d_probs, float* d_logits, std::size_t n,
                        double temperature, Impl impl = Impl::kSimd) noexcept;

}  // namespace actlab
