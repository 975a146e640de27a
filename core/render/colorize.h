// colorize.h: grid outputs → RGBA pixels for ImageData (the decision-boundary heat maps).
#pragma once

#include <cstddef>
#include <cstdint>

namespace actlab {

// K = 1: value v is mapped linearly from [vmin, vmax] to an index 0..255 of `table`
// (256 RGBA entries), clamped; NaN maps to transparent black.
// K ≥ 2: values are class probabilities (K per point); the pixel is Σ_k p_k·colour_k with
// colour_k the first K RGBA entries of `table`.
void colorize(const float* values, std::size_t points, int K, const std::uint8_t* table, float vmin,
              float vmax, std::uint8_t* rgba);

// The default tables: a TensorFlow-Playground-like diverging orange → white → blue ramp, and
// eight distinguishable class colours.
const std::uint8_t* default_ramp();
const std::uint8_t* default_class_colors();

}  // namespace actlab
