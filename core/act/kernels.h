// kernels.h: internal kernel entry points (no validation; see actlab.h for the checked API).
#pragma once

#include <cstddef>

#include "act/catalogue.h"

namespace actlab::kernels {

// Scalar reference (kernels_scalar.cpp): double evaluation of reference.h, rounded once.
void forward_scalar(Act a, float p, const float* x, float* y, std::size_t n);
void derivative_scalar(Act a, float p, const float* x, float* dy, std::size_t n);

// Vector fast path (kernels_simd.cpp), 16 floats per loop iteration plus a masked tail.
void forward_simd(Act a, float p, const float* x, float* y, std::size_t n);
void derivative_simd(Act a, float p, const float* x, float* dy, std::size_t n);

}  // namespace actlab::kernels
