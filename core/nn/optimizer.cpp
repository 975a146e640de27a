// optimizer.cpp: the update rule (see optimizer.h for the formulas).
#include "nn/optimizer.h"

#include <cmath>

namespace actlab {

OptimizerStep::OptimizerStep(const OptimizerSettings& s, long long t)
    : type_(s.type),
      lr_(s.learning_rate),
      mu_(s.momentum),
      b1_(s.beta1),
      b2_(s.beta2),
      eps_(s.epsilon) {
  double c1 = 1, c2 = 1;
  if (type_ == OptimizerType::kAdam) {  // bias corrections 1 − βᵗ, in double (β^t for large t)
    c1 = 1.0 - std::pow(static_cast<double>(b1_), static_cast<double>(t));
    c2 = 1.0 - std::pow(static_cast<double>(b2_), static_cast<double>(t));
  }
  lr_c1_ = static_cast<float>(lr_ / c1);
  inv_c2_ = static_cast<float>(1.0 / c2);
}

void OptimizerStep::apply(float* p, const float* g, float* m, float* v, std::size_t n) const {
  switch (type_) {
    case OptimizerType::kSgd:
      for (std::size_t i = 0; i < n; ++i) p[i] -= lr_ * g[i];
      return;
    case OptimizerType::kMomentum:
      for (std::size_t i = 0; i < n; ++i) {
        m[i] = mu_ * m[i] + g[i];
        p[i] -= lr_ * m[i];
      }
      return;
    case OptimizerType::kAdam:
      for (std::size_t i = 0; i < n; ++i) {
        m[i] = b1_ * m[i] + (1 - b1_) * g[i];
        v[i] = b2_ * v[i] + (1 - b2_) * g[i] * g[i];
        if (std::fabs(m[i]) < kFlushBelow) m[i] = 0;
        if (v[i] < kFlushBelow) v[i] = 0;
        p[i] -= lr_c1_ * m[i] / (std::sqrt(v[i] * inv_c2_) + eps_);
      }
      return;
  }
}

namespace {
// rule(p, g, m, v, n) for each parameter array, with m and v advanced array by array.
template <class Rule>
void each_array(MLP<float>& mlp, float* m, float* v, Rule&& rule) {
  std::size_t k = 0;
  for (Layer<float>& l : mlp.layers)
    l.for_each_array([&](float* p, float* g, std::size_t n, bool) {
      rule(p, g, m + k, v + k, n);
      k += n;
    });
}
}  // namespace

void OptimizerStep::apply(MLP<float>& mlp, float* m, float* v) const {
  if (type_ == OptimizerType::kSgd) {  // the kSgd case above, inlined into one loop nest
    const float lr = lr_;
    each_array(mlp, m, v, [lr](float* p, const float* g, float*, float*, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i) p[i] -= lr * g[i];
    });
    return;
  }
  each_array(mlp, m, v, [this](float* p, const float* g, float* mk, float* vk, std::size_t n) {
    apply(p, g, mk, vk, n);
  });
}

}  // namespace actlab
