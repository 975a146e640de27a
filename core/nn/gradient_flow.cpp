// gradient_flow.cpp: the vanishing-gradient lab (gradient_flow.h).
#include "nn/gradient_flow.h"

#include "nn/network.h"
#include "util/json.h"
#include "util/rng.h"

namespace actlab {

bool gradient_flow(const GradientFlowSpec& s, GradientFlow* out, std::string* error) {
  if (!kGradientFlowDepth.contains(s.depth)) {
    if (error)
      *error = "depth must be an integer in " + range_text(kGradientFlowDepth) + ", got " +
               std::to_string(s.depth);
    return false;
  }
  NetworkConfig c;
  c.layers.assign(s.depth, LayerSpec{s.width, s.act, s.param, false});
  c.init = s.init;
  c.seed = s.seed;
  Network n;
  if (!Network::create(c, &n, error)) return false;
  // A fixed batch: 256 standard-normal points, labelled inside/outside the unit circle.
  Dataset d;
  d.task = Task::kBinary;
  d.classes = 2;
  Rng r(s.seed ^ 0x9e3779b9u);
  for (int i = 0; i < 256; ++i) {
    const float x1 = static_cast<float>(r.normal()), x2 = static_cast<float>(r.normal());
    d.x1.push_back(x1);
    d.x2.push_back(x2);
    d.label.push_back(x1 * x1 + x2 * x2 < 1.4f ? 1.0f : 0.0f);
  }
  d.train_count = 256;
  if (!n.set_data(d, error)) return false;
  const std::vector<LayerDiagnostics> diag = n.diagnostics(0);
  GradientFlow g;
  for (int i = 0; i < s.depth; ++i) {
    g.grad_w_norm.push_back(diag[i].grad_w_norm);
    g.grad_a_norm.push_back(diag[i].grad_a_norm);
  }
  *out = std::move(g);
  return true;
}

std::string gradient_flow_json(const GradientFlow& g) {
  std::string o = "{\"gradWNorm\":[";
  for (std::size_t i = 0; i < g.grad_w_norm.size(); ++i) {
    if (i) o += ',';
    json::append_number(o, g.grad_w_norm[i]);
  }
  o += "],\"gradANorm\":[";
  for (std::size_t i = 0; i < g.grad_a_norm.size(); ++i) {
    if (i) o += ',';
    json::append_number(o, g.grad_a_norm[i]);
  }
  return o + "]}";
}

}  // namespace actlab
