// optimizer.h: the parameter update rule, apart from the network that calls it.
//
// One training step, for each parameter array p with batch gradient g (the mean over the batch):
//   1. L2 regularisation, weights only (TensorFlow Playground's rule; biases and PReLU slopes
//      are never regularised): g += λ·w, the gradient of the penalty λ·½Σw² that
//      regularization_penalty() adds to the objective;
//   2. the optimiser, written as torch.optim writes it (dampening 0, no Nesterov, no AMSGrad):
//        SGD       p -= lr·g
//        momentum  m = μ·m + g;  p -= lr·m
//        Adam      m = β₁·m + (1−β₁)·g;  v = β₂·v + (1−β₂)·g²  (t = step number, from 1)
//                  p -= lr · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε)
//   3. L1 regularisation, weights only, as TensorFlow Playground applies it (nn.ts
//      updateWeights), after the optimiser: w ← w − lr·λ·sign(w), and a weight this moves
//      across zero is set to 0 and marked dead: it stays 0 and is never trained again (l1_step
//      below). λ·sign(w) is the (sub)gradient of the penalty λ·Σ|w|; with SGD steps 2–3 are
//      exactly Playground's two updates, with momentum and Adam the L1 step is decoupled from
//      the moments (as AdamW decouples weight decay).
// Adam moments that decay below kFlushBelow (2^-100) are set to 0 (see schema.h).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

#include "nn/mlp.h"
#include "schema.h"

namespace actlab {

struct OptimizerSettings {
  OptimizerType type = OptimizerType::kSgd;
  float learning_rate = 0.03f;
  float momentum = 0.9f;
  float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
  Regularization regularization = Regularization::kNone;
  float regularization_rate = 0;  // λ
};

// g[i] += ∂/∂w of the penalty (L1: λ·sign(w), sign(0) = 0; L2: λ·w). For weights only.
// Training adds it for L2 only (L1 is step 3 above); the gradient check uses both.
template <class T>
void add_regularization_gradient(Regularization r, T lambda, const T* w, T* g, std::size_t n) {
  if (r == Regularization::kL1) {
    for (std::size_t i = 0; i < n; ++i)
      g[i] += lambda * (w[i] > 0 ? T(1) : (w[i] < 0 ? T(-1) : T(0)));
  } else if (r == Regularization::kL2) {
    for (std::size_t i = 0; i < n; ++i) g[i] += lambda * w[i];
  }
}

// The penalty itself over weights w[n]: λ·Σ|w| (L1) or λ·½Σw² (L2), in double.
template <class T>
double regularization_penalty(Regularization r, double lambda, const T* w, std::size_t n) {
  double s = 0;
  for (std::size_t i = 0; i < n; ++i)
    s += r == Regularization::kL1   ? std::fabs(static_cast<double>(w[i]))
         : r == Regularization::kL2 ? 0.5 * static_cast<double>(w[i]) * w[i]
                                    : 0.0;
  return lambda * s;
}

// The same over a whole network: the arrays Layer::for_each_array marks as regularised (the
// weights). Training adds the gradient to the batch gradient before each optimiser step; the
// gradient check differentiates objective = mean loss + penalty through these two functions.
template <class T>
void add_regularization_gradient(MLP<T>& m, Regularization r, T lambda) {
  for (Layer<T>& l : m.layers)
    l.for_each_array([&](T* p, T* g, std::size_t n, bool regularized) {
      if (regularized) add_regularization_gradient(r, lambda, p, g, n);
    });
}
template <class T>
double regularization_penalty(MLP<T>& m, Regularization r, double lambda) {
  double s = 0;
  for (Layer<T>& l : m.layers)
    l.for_each_array([&](T* p, T*, std::size_t n, bool regularized) {
      if (regularized) s += regularization_penalty(r, lambda, p, n);
    });
  return s;
}

// Step 3 above on one weight array: w[i] ← w[i] − step·sign(w[i]) (step = lr·λ); a weight
// that changes sign becomes 0 and dead[i] = 1; a weight already dead (dead[i] = 1) is set to 0
// (the optimiser's data step may have moved it) and stays dead. Returns the weights newly dead.
template <class T>
std::size_t l1_step(T step, T* w, std::uint8_t* dead, std::size_t n) {
  std::size_t died = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (dead[i]) {
      w[i] = 0;
      continue;
    }
    const T w1 = w[i];
    const T w2 = w1 - step * (w1 > 0 ? T(1) : (w1 < 0 ? T(-1) : T(0)));
    if (w1 * w2 < 0) {  // crossed zero: Playground's clamp
      w[i] = 0;
      dead[i] = 1;
      ++died;
    } else {
      w[i] = w2;
    }
  }
  return died;
}
// The same over a network's regularised arrays (the weights) in layer order; `dead` holds one
// flag per weight of every layer, layers concatenated.
template <class T>
std::size_t l1_step(MLP<T>& m, T step, std::uint8_t* dead) {
  std::size_t died = 0;
  for (Layer<T>& l : m.layers)
    l.for_each_array([&](T* p, T*, std::size_t n, bool regularized) {
      if (!regularized) return;
      died += l1_step(step, p, dead, n);
      dead += n;
    });
  return died;
}

// The coefficients of step t (t ≥ 1: Adam's bias corrections), computed once per step.
class OptimizerStep {
 public:
  OptimizerStep(const OptimizerSettings& s, long long t);

  // Updates p[n] in place from the (already regularised) gradient g[n]; m[n] and v[n] are the
  // optimiser's moments for these parameters (m: momentum buffer or Adam's first moment; v:
  // Adam's second moment; untouched by the optimisers that do not use them).
  void apply(float* p, const float* g, float* m, float* v, std::size_t n) const;
  // The same for every parameter array of the network (Layer::for_each_array's order), with
  // the gradients in its dW/db/dalpha and the moments in the flat buffers m, v: one call per
  // step, the rule chosen once (what the tiny network's many small arrays need).
  void apply(MLP<float>& mlp, float* m, float* v) const;

 private:
  OptimizerType type_;
  float lr_, mu_, b1_, b2_, eps_;
  float lr_c1_, inv_c2_;  // lr / (1 − β₁ᵗ), 1 / (1 − β₂ᵗ)
};

}  // namespace actlab
