// mlp.h: the tiny network's math — Layer → MLP with forward/backward pairs. A neuron is one
// row of its layer (W[o·I .. o·I + I), b[o], and α[o] for per-neuron PReLU).
//
// Legend: B = examples in a batch (≤ Bcap, the buffers' capacity), S = stride(B) = B rounded
// up to a multiple of 4, I = a layer's inputs, O = its units, F = input features, K = outputs.
// Every per-example buffer is unit-major with stride S: v[o·S + b]. A row (one unit over the
// batch) is contiguous and the whole O×S block is too, so activations run through the SIMD
// kernels in one call per layer and the matrix products vectorise across examples. Lanes
// [B, S) are padding: inputs there must be finite (zero), and their gradients are zero.
//
// T is float for training (SIMD kernels) and double for gradient checks (reference.h).
// Gradient buffers are d-prefixed and hold the MEAN over the batch after backward().
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "act/catalogue.h"
#include "schema.h"

namespace actlab {

template <class T>
struct Layer {
  int in = 0, out = 0;
  Act act = Act::Identity;
  T param = 0;  // the activation's parameter (alpha/beta) unless PReLU
  bool prelu_per_neuron = false;
  std::vector<T> W, b, alpha;  // W: O×I row-major; alpha: PReLU slopes (1 or O), else empty
  std::vector<T> dW, db, dalpha;
  std::vector<T> z, a, da;  // O×Bcap: pre-activation, activation, ∂L/∂a
  std::vector<T> df;        // O×Bcap, tanh layers: f′(z), kept by forward(…, true) (float)

  bool is_prelu() const { return act == Act::Prelu; }
  T param_of(int o) const { return is_prelu() ? alpha[prelu_per_neuron ? o : 0] : param; }
  std::size_t parameter_count() const { return W.size() + b.size() + alpha.size(); }

  // f(values, gradients, n, regularized) for each parameter array, in the fixed order W, b, α
  // (initialisation, the optimiser's flat state and export all use it). Only the weights W
  // are regularised; biases and PReLU slopes never are.
  template <class F>
  void for_each_array(F&& f) {
    f(W.data(), dW.data(), W.size(), true);
    f(b.data(), db.data(), b.size(), false);
    f(alpha.data(), dalpha.data(), alpha.size(), false);
  }
};

template <class T>
class MLP {
 public:
  // layers.back() is the output layer. Buffers are sized for `batch_capacity` examples.
  void resize_batch(int batch_capacity);
  int batch_capacity() const { return bcap_; }
  int current_stride() const { return s_; }

  std::vector<Layer<T>> layers;
  Head head = Head::kBinary;

  static int stride(int B) { return (B + 3) & ~3; }

  // x: F×stride(B) inputs (padding lanes zero). Fills every layer's z and a. With
  // keep_derivatives (training, diagnostics: a backward pass follows), float tanh layers also
  // keep f′(z) in df from the forward's own intermediates, and backward() multiplies by it.
  void forward(const T* x, int B, bool keep_derivatives = false);

  // Loss of the batch (mean over examples) for targets y[B] (binary 0/1, class index,
  // regression value, or playground label 0/1 → ±1), and the gradients of that mean in
  // every layer's dW/db/dalpha (overwritten, not accumulated). x must be forward()'s input.
  double backward(const T* x, const T* y, int B);
  // The same gradients without the loss (training's step needs only the gradients).
  void gradients(const T* x, const T* y, int B);

  // Loss and correctness for one example after forward(): used by evaluation.
  double example_loss(int b, T y) const;
  bool example_correct(int b, T y) const;
  // Over examples [b0, b1) in order: *loss += example_loss(b, y[b]) and *correct += 1 when
  // example_correct (the same sums, in the same order, with the head chosen once).
  void add_losses(int b0, int b1, const T* y, double* loss, double* correct) const;

  // Network output for example b: probability of class 1 (binary), tanh output
  // (playground), value (regression); for softmax, fills probs[K].
  void output(int b, T* probs) const;

  std::size_t parameter_count() const;

 private:
  int bcap_ = 0;
  int s_ = 4;          // stride of the last forward()
  bool df_kept_ = false;  // the last forward() kept f′ of the tanh layers
  std::vector<T> dz_;  // scratch O×Bcap
};

extern template class MLP<float>;
extern template class MLP<double>;

}  // namespace actlab
