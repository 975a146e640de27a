// kernels.h: internal kernel entry points (no validation; see actlab.h for the checked API).
#pragma once

#include <cstddef>

#include "act/catalogue.h"

namespace actlab::kernels {

// Scalar reference (kernels_scalar.cpp): double evaluation of reference.h, rounded once.
void forward_scalar(Act a, float p, const float* x, float* y, std::size_t n);
void derivative_scalar(Act a, float p, const float* x, float* dy, std::size_t n);

// Vector fast path (kernels_simd.cpp): 16 floats per loop iteration, then single vectors,
// then the last 1–3 floats through a zero-padded copy (no masked loads in WASM SIMD).
void forward_simd(Act a, float p, const float* x, float* y, std::size_t n);
void derivative_simd(Act a, float p, const float* x, float* dy, std::size_t n);

}  // namespace actlab::kernels
