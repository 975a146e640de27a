// Embind registration only: raw, underscore-prefixed entry points over the core's C++ API.
// No math and no validation beyond turning integers into enums; wasm/api.js builds the
// friendly API (argument checks with RangeError/TypeError, memory management) on top.
//
// Pointers travel as byte addresses (uintptr_t); lengths as uint32. Every function returns the
// core's Status as an int (0 = ok), which api.js turns into an exception.
// Embind 3.1.6 cannot bind noexcept functions, hence the small wrappers.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>

#include "actlab.h"

namespace {
using actlab::Act;
using actlab::Impl;
using actlab::Status;

bool to_act(int i, Act* a) {
  if (i < 0 || static_cast<std::size_t>(i) >= actlab::kActivationCount) return false;
  *a = static_cast<Act>(i);
  return true;
}
Impl to_impl(int i) { return static_cast<Impl>(static_cast<std::uint8_t>(i & 0xff)); }
float* fp(std::uintptr_t p) { return reinterpret_cast<float*>(p); }

int forward(int act, float p, std::uintptr_t x, std::uintptr_t y, std::uint32_t n, int impl) {
  Act a;
  if (!to_act(act, &a)) return static_cast<int>(Status::kUnknownActivation);
  return static_cast<int>(actlab::activation_forward(a, p, fp(x), fp(y), n, to_impl(impl)));
}
int derivative(int act, float p, std::uintptr_t x, std::uintptr_t y, std::uint32_t n, int impl) {
  Act a;
  if (!to_act(act, &a)) return static_cast<int>(Status::kUnknownActivation);
  return static_cast<int>(actlab::activation_derivative(a, p, fp(x), fp(y), n, to_impl(impl)));
}
int backward(int act, float p, std::uintptr_t x, std::uintptr_t dy, std::uintptr_t dx,
             std::uint32_t n, int impl) {
  Act a;
  if (!to_act(act, &a)) return static_cast<int>(Status::kUnknownActivation);
  return static_cast<int>(
      actlab::activation_backward(a, p, fp(x), fp(dy), fp(dx), n, to_impl(impl)));
}
int softmax(std::uintptr_t x, std::uintptr_t y, std::uint32_t n, double t, int impl) {
  return static_cast<int>(actlab::softmax_forward(fp(x), fp(y), n, t, to_impl(impl)));
}
int log_softmax(std::uintptr_t x, std::uintptr_t y, std::uint32_t n, double t, int impl) {
  return static_cast<int>(actlab::log_softmax_forward(fp(x), fp(y), n, t, to_impl(impl)));
}
int softmax_backward(std::uintptr_t x, std::uintptr_t g, std::uintptr_t d, std::uint32_t n,
                     double t, int impl) {
  return static_cast<int>(actlab::softmax_backward(fp(x), fp(g), fp(d), n, t, to_impl(impl)));
}
std::string catalogue_json() { return actlab::catalogue_json(); }
std::string status_message(int s) {
  return actlab::status_message(static_cast<Status>(static_cast<std::uint8_t>(s & 0xff)));
}
bool simd_is_hardware() { return actlab::simd_is_hardware(); }
}  // namespace

EMSCRIPTEN_BINDINGS(actlab) {
  emscripten::function("_catalogueJson", &catalogue_json);
  emscripten::function("_statusMessage", &status_message);
  emscripten::function("_simdIsHardware", &simd_is_hardware);
  emscripten::function("_forward", &forward);
  emscripten::function("_derivative", &derivative);
  emscripten::function("_backward", &backward);
  emscripten::function("_softmax", &softmax);
  emscripten::function("_logSoftmax", &log_softmax);
  emscripten::function("_softmaxBackward", &softmax_backward);
}
