// loss.h: each head's loss as a forward/backward pair over one example's network outputs.
//
// The outputs of example b sit in the last layer's unit-major buffer with stride S, so each
// function takes the first output and the stride (out[k·S]). Losses and probabilities are
// computed in double for both MLP<float> and MLP<double> (the gradient check).
//   binary      z = logit, L = softplus(z) − y·z (cross-entropy of σ(z)),  ∂L/∂z = σ(z) − y
//   softmax     L = log Σ_k e^{z_k} − z_y (cross-entropy of softmax(z)),    ∂L/∂z_k = p_k − [k = y]
//   regression  L = (z − y)²,                                              ∂L/∂z = 2(z − y)
//   playground  a = tanh output, t = ±1 from the 0/1 label, L = ½(a − t)², ∂L/∂a = a − t
// The softmax here is the double reference of act/softmax.cpp's scalar path (max-shifted
// exponentials, so nothing overflows), specialised to K ≤ kMaxClasses strided logits and
// fused with the cross-entropy, whose gradient is then simply p − onehot(y).
#pragma once

#include <cmath>
#include <cstddef>

#include "act/reference.h"
#include "schema.h"

namespace actlab {

// Loss of one example; fills p[K] with softmax(z) (p may be null).
template <class T>
double softmax_cross_entropy_forward(const T* z, std::size_t stride, int K, int y, double* p) {
  double m = z[0];
  for (int k = 1; k < K; ++k) m = std::fmax(m, static_cast<double>(z[k * stride]));
  double s = 0;
  for (int k = 0; k < K; ++k) s += std::exp(z[k * stride] - m);
  if (p)
    for (int k = 0; k < K; ++k) p[k] = std::exp(z[k * stride] - m) / s;
  return m + std::log(s) - z[y * stride];
}

// dz[k·stride] = (p_k − [k = y])·scale, for p from the forward above (scale: 1/B for a mean).
template <class T>
void softmax_cross_entropy_backward(const double* p, int K, int y, T scale, T* dz,
                                    std::size_t stride) {
  for (int k = 0; k < K; ++k) dz[k * stride] = static_cast<T>(p[k] - (k == y ? 1.0 : 0.0)) * scale;
}

// Binary cross-entropy on the logit: softplus(z) − y·z, written without overflow.
inline double binary_cross_entropy_forward(double z, double y) {
  return std::fmax(z, 0.0) - y * z + std::log1p(std::exp(-std::fabs(z)));
}
template <class T>
T binary_cross_entropy_backward(T z, T y, T scale) {
  return (static_cast<T>(ref::sigmoid(z)) - y) * scale;
}

// The playground's target: label 0/1 → −1/+1.
template <class T>
T playground_target(T y) {
  return y > T(0.5) ? T(1) : T(-1);
}

// L for one example (outputs out[k·stride], label y).
template <class T>
double head_loss(Head h, const T* out, std::size_t stride, int K, T y) {
  switch (h) {
    case Head::kBinary: return binary_cross_entropy_forward(out[0], y);
    case Head::kRegression: {
      const double e = static_cast<double>(out[0]) - y;
      return e * e;
    }
    case Head::kPlayground: {
      const double e = static_cast<double>(out[0]) - (y > 0.5 ? 1.0 : -1.0);
      return 0.5 * e * e;
    }
    case Head::kSoftmax:
      return softmax_cross_entropy_forward(out, stride, K, static_cast<int>(y), nullptr);
  }
  return 0;
}

// d_out[k·stride] = ∂L/∂out_k · scale for one example.
template <class T>
void head_backward(Head h, const T* out, std::size_t stride, int K, T y, T scale, T* d_out) {
  switch (h) {
    case Head::kBinary: d_out[0] = binary_cross_entropy_backward(out[0], y, scale); return;
    case Head::kRegression: d_out[0] = 2 * (out[0] - y) * scale; return;
    case Head::kPlayground: d_out[0] = (out[0] - playground_target(y)) * scale; return;
    case Head::kSoftmax: {
      double p[kMaxClasses];
      softmax_cross_entropy_forward(out, stride, K, static_cast<int>(y), p);
      softmax_cross_entropy_backward(p, K, static_cast<int>(y), scale, d_out, stride);
      return;
    }
  }
}

}  // namespace actlab
