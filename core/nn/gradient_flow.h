// gradient_flow.h: the vanishing-gradient lab. A depth×width network (features x1, x2; binary
// head) with the given hidden activation and init, one backward pass on a fixed batch of 256
// points, and the per-layer gradient norms ‖∂L/∂W‖ and ‖∂L/∂a‖, first hidden layer first.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "act/catalogue.h"
#include "schema.h"

namespace actlab {

struct GradientFlowSpec {
  int depth = 10, width = 8;  // depth in kGradientFlowDepth, width in kUnits
  Act act = Act::Sigmoid;
  float param = 0;
  Init init = Init::kXavier;
  std::uint32_t seed = 1;
};
struct GradientFlow {
  std::vector<double> grad_w_norm, grad_a_norm;
};
bool gradient_flow(const GradientFlowSpec& s, GradientFlow* out, std::string* error);
// {"gradWNorm": [...], "gradANorm": [...]}
std::string gradient_flow_json(const GradientFlow& g);

}  // namespace actlab
