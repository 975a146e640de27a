// mlp.h: the tiny network's math — Neuron → Layer → MLP with forward/backward pairs.
//
// Legend: B = examples in a batch (≤ Bcap, the buffers' capacity), I = a layer's inputs,
// O = its units, F = input features, K = network outputs.
// Every per-example buffer is unit-major: v[o·Bcap + b]. A row (one unit over the batch) is
// contiguous, so activations run through the SIMD kernels a row at a time and the matrix
// products are AXPYs over the batch (vectorised across examples).
//
// T is float for training (SIMD kernels) and double for gradient checks (reference.h).
// Gradient buffers are d-prefixed and hold the MEAN over the batch after backward().
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "catalogue.h"

namespace actlab {

enum class Head : std::uint8_t { kBinary, kSoftmax, kRegression, kPlayground };

// A neuron is a view of one row of its layer: weights into it, its bias.
template <class T>
struct Neuron {
  const T* w;
  int inputs;
  T b;
};

template <class T>
struct Layer {
  int in = 0, out = 0;
  Act act = Act::Identity;
  T param = 0;                // the activation's parameter (alpha/beta) unless PReLU
  bool prelu_per_neuron = false;
  std::vector<T> W, b, alpha;  // W: O×I row-major; alpha: PReLU slopes (1 or O), else empty
  std::vector<T> dW, db, dalpha;
  std::vector<T> z, a, da;     // O×Bcap: pre-activation, activation, ∂L/∂a

  bool is_prelu() const { return act == Act::Prelu; }
  T param_of(int o) const {
    return is_prelu() ? alpha[prelu_per_neuron ? o : 0] : param;
  }
  Neuron<T> neuron(int o) const { return {W.data() + static_cast<std::size_t>(o) * in, in, b[o]}; }
  std::size_t parameter_count() const { return W.size() + b.size() + alpha.size(); }
};

template <class T>
class MLP {
 public:
  // layers.back() is the output layer. Buffers are sized for `batch_capacity` examples.
  void resize_batch(int batch_capacity);
  int batch_capacity() const { return bcap_; }

  std::vector<Layer<T>> layers;
  Head head = Head::kBinary;

  // x: F×Bcap inputs. Fills every layer's z and a for examples [0, B).
  void forward(const T* x, int B);

  // Loss of the batch (mean over examples) for targets y[B] (binary 0/1, class index,
  // regression value, or playground label 0/1 → ±1), and the gradients of that mean in
  // every layer's dW/db/dalpha (overwritten, not accumulated). x must be forward()'s input.
  double backward(const T* x, const T* y, int B);

  // Loss and correctness for one example after forward(): used by evaluation.
  double example_loss(int b, T y) const;
  bool example_correct(int b, T y) const;

  // Network output for example b: probability of class 1 (binary), tanh output
  // (playground), value (regression); for softmax, fills probs[K].
  void output(int b, T* probs) const;

  std::size_t parameter_count() const;

 private:
  int bcap_ = 0;
  std::vector<T> dz_;  // scratch O×Bcap
};

extern template class MLP<float>;
extern template class MLP<double>;

}  // namespace actlab
