// diagnostics.h: one layer's diagnostics, computed by Network::diagnostics() over the whole
// training set with the weights unchanged (diagnostics.cpp).
#pragma once

#include <string>
#include <vector>

namespace actlab {

inline constexpr int kHistBins = 24;
inline constexpr double kHistMin = -6, kHistMax = 6;

struct LayerDiagnostics {
  double grad_w_norm = 0, grad_b_norm = 0, grad_a_norm = 0;  // ‖∂L/∂W‖, ‖∂L/∂b‖, ‖∂L/∂a‖
  double z_mean = 0, a_mean = 0;
  std::vector<int> z_hist, a_hist;  // kHistBins bins over [kHistMin, kHistMax] (ends clamp)
  double jac_mean = 0, jac_min = 0, jac_max = 0;  // f′(z) over units × examples
  std::vector<float> jac_example;                 // f′(z) of each unit for the chosen example
  double dead_fraction = 0;                       // units with f′(z) = 0 on every training point
  std::vector<float> prelu_alpha;                 // current α (PReLU layers), else empty
};

// As JSON for the JS API: [{gradWNorm, gradBNorm, gradANorm, zMean, aMean, zHist, aHist,
// jacobian: {mean, min, max, example}, deadFraction, preluAlpha}], layer order, output last.
std::string diagnostics_json(const std::vector<LayerDiagnostics>& d);

// The same as flat doubles, for the JS API (formatting ~1,000 numbers as JSON costs a millisecond
// in WASM, more than computing them): L, then per layer gradWNorm, gradBNorm, gradANorm, zMean,
// aMean, jacobian mean, min, max, deadFraction, then four counted arrays (count, values…): zHist,
// aHist, jacobian example, preluAlpha. Non-finite values stay as they are (the reader maps them).
void diagnostics_flat(const std::vector<LayerDiagnostics>& d, std::vector<double>* out);

}  // namespace actlab
