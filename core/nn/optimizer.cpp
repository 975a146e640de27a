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

}  // namespace actlab
