#include "render/colorize.h"

#include <cmath>

namespace actlab {

void colorize(const float* v, std::size_t points, int K, const std::uint8_t* table, float vmin,
              float vmax, std::uint8_t* rgba) {
  if (K <= 1) {
    const float span = vmax - vmin;
    const float scale = span != 0 && std::isfinite(span) ? 255.0f / span : 0.0f;
    for (std::size_t p = 0; p < points; ++p) {
      std::uint8_t* px = rgba + 4 * p;
      const float t = (v[p] - vmin) * scale;
      if (!(t == t)) {  // NaN
        px[0] = px[1] = px[2] = px[3] = 0;
        continue;
      }
      const int i = t <= 0 ? 0 : t >= 255 ? 255 : static_cast<int>(t + 0.5f);
      for (int c = 0; c < 4; ++c) px[c] = table[4 * i + c];
    }
    return;
  }
  for (std::size_t p = 0; p < points; ++p) {
    const float* pr = v + p * static_cast<std::size_t>(K);
    float acc[4] = {0, 0, 0, 0};
    for (int k = 0; k < K; ++k) {
      const float w = pr[k] == pr[k] ? pr[k] : 0.0f;
      for (int c = 0; c < 4; ++c) acc[c] += w * table[4 * k + c];
    }
    for (int c = 0; c < 4; ++c) {
      const float a = acc[c] < 0 ? 0 : acc[c] > 255 ? 255 : acc[c];
      rgba[4 * p + c] = static_cast<std::uint8_t>(a + 0.5f);
    }
  }
}

namespace {
struct Ramp {
  std::uint8_t t[256 * 4];
  Ramp() {
    // −1: orange #f59322, 0: near-white #e8eaeb, +1: blue #0877bd (Playground's palette)
    const float lo[3] = {245, 147, 34}, mid[3] = {232, 234, 235}, hi[3] = {8, 119, 189};
    for (int i = 0; i < 256; ++i) {
      const float s = i / 255.0f;
      const float* a = s < 0.5f ? lo : mid;
      const float* b = s < 0.5f ? mid : hi;
      const float u = s < 0.5f ? s * 2 : (s - 0.5f) * 2;
      for (int c = 0; c < 3; ++c)
        t[4 * i + c] = static_cast<std::uint8_t>(a[c] + (b[c] - a[c]) * u + 0.5f);
      t[4 * i + 3] = 255;
    }
  }
};
}  // namespace

const std::uint8_t* default_ramp() {
  static const Ramp r;
  return r.t;
}

const std::uint8_t* default_class_colors() {
  static const std::uint8_t c[8 * 4] = {
      8,   119, 189, 255,  // blue
      245, 147, 34,  255,  // orange
      44,  160, 44,  255,  // green
      214, 39,  40,  255,  // red
      148, 103, 189, 255,  // purple
      140, 86,  75,  255,  // brown
      227, 119, 194, 255,  // pink
      127, 127, 127, 255,  // grey
  };
  return c;
}

}  // namespace actlab
