// network_grid.cpp: the network evaluated over a grid of points — the decision boundary
// (evaluate_grid) and every unit's activation for the thumbnails (evaluate_unit_grids).
#include <cstring>

#include "nn/network.h"

namespace actlab {

namespace {
// Grid point p = j·W + i: x from xmin (column 0) to xmax, y from ymax (row 0) down to ymin.
struct Grid {
  float xmin, xmax, ymin, ymax;
  int w, h;
  float x(int i) const { return w == 1 ? xmin : xmin + (xmax - xmin) * i / (w - 1); }
  float y(int j) const { return h == 1 ? ymax : ymax - (ymax - ymin) * j / (h - 1); }
};
}  // namespace

// Runs the grid through the network in chunks; after each chunk's forward, `use(start, m)`
// reads the MLP's buffers for grid points [start, start + m).
template <class F>
void Network::for_grid_chunks(float xmin, float xmax, float ymin, float ymax, int width, int height,
                              F&& use) {
  const Grid g{xmin, xmax, ymin, ymax, width, height};
  const std::size_t total = static_cast<std::size_t>(width) * height;
  float px[kChunk], py[kChunk];
  for (std::size_t start = 0; start < total; start += kChunk) {
    const int m = static_cast<int>(std::min<std::size_t>(kChunk, total - start));
    for (int b = 0; b < m; ++b) {
      const std::size_t p = start + b;
      px[b] = g.x(static_cast<int>(p % width));
      py[b] = g.y(static_cast<int>(p / width));
    }
    gather_points(px, py, m);
    mlp_.forward(xbuf_.data(), m);
    use(start, m);
  }
}

void Network::evaluate_grid(float xmin, float xmax, float ymin, float ymax, int width, int height,
                            float* out) {
  const int K = outputs();
  float probs[kMaxClasses];
  for_grid_chunks(xmin, xmax, ymin, ymax, width, height, [&](std::size_t start, int m) {
    for (int b = 0; b < m; ++b) {
      mlp_.output(b, probs);
      std::memcpy(out + (start + b) * K, probs, sizeof(float) * K);
    }
  });
}

void Network::evaluate_unit_grids(float xmin, float xmax, float ymin, float ymax, int width,
                                  int height, float* out) {
  const std::size_t total = static_cast<std::size_t>(width) * height;
  for_grid_chunks(xmin, xmax, ymin, ymax, width, height, [&](std::size_t start, int m) {
    const std::size_t S = static_cast<std::size_t>(MLP<float>::stride(m));
    std::size_t u = 0;
    for (const Layer<float>& l : mlp_.layers)
      for (int o = 0; o < l.out; ++o, ++u)
        std::memcpy(out + u * total + start, l.a.data() + o * S, sizeof(float) * m);
  });
}

}  // namespace actlab
