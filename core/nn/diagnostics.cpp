// diagnostics.cpp: what the labs read off a network without changing it — per-layer
// gradient norms over the whole training set, histograms of z and a, the Jacobian diagonal
// f′(z), dead units, PReLU slopes — and its JSON form.
#include <algorithm>
#include <cmath>

#include "act/kernels.h"
#include "nn/network.h"
#include "util/json.h"

namespace actlab {

std::vector<LayerDiagnostics> Network::diagnostics(int example) {
  const std::size_t L = mlp_.layers.size();
  std::vector<LayerDiagnostics> d(L);
  const std::size_t ntrain = data_.train_count;
  if (ntrain == 0) return d;
  if (example < 0) example = 0;
  if (static_cast<std::size_t>(example) >= ntrain) example = static_cast<int>(ntrain - 1);
  std::vector<std::vector<double>> gw(L), gb(L);
  std::vector<double> da_sq(L, 0.0), z_sum(L, 0.0), a_sum(L, 0.0), j_sum(L, 0.0);
  std::vector<std::vector<char>> alive(L);
  for (std::size_t li = 0; li < L; ++li) {
    const Layer<float>& l = mlp_.layers[li];
    gw[li].assign(l.W.size(), 0.0);
    gb[li].assign(l.b.size(), 0.0);
    alive[li].assign(l.out, 0);
    d[li].z_hist.assign(kHistBins, 0);
    d[li].a_hist.assign(kHistBins, 0);
    d[li].jac_min = INFINITY;
    d[li].jac_max = -INFINITY;
    d[li].prelu_alpha.assign(l.alpha.begin(), l.alpha.end());
  }
  auto bin = [](double v) {
    int k = static_cast<int>(std::floor((v - kHistMin) / (kHistMax - kHistMin) * kHistBins));
    return std::clamp(k, 0, kHistBins - 1);
  };
  std::vector<float> jac(kChunk);
  std::size_t idx[kChunk];
  for (std::size_t start = 0; start < ntrain; start += kChunk) {
    const int m = static_cast<int>(std::min<std::size_t>(kChunk, ntrain - start));
    for (int b = 0; b < m; ++b) idx[b] = start + b;
    gather(idx, m);
    mlp_.forward(xbuf_.data(), m, true);  // the gradients training takes
    mlp_.backward(xbuf_.data(), ybuf_.data(), m);
    const double w = static_cast<double>(m) / static_cast<double>(ntrain);
    for (std::size_t li = 0; li < L; ++li) {
      const Layer<float>& l = mlp_.layers[li];
      LayerDiagnostics& D = d[li];
      for (std::size_t i = 0; i < l.W.size(); ++i) gw[li][i] += w * l.dW[i];
      for (std::size_t i = 0; i < l.b.size(); ++i) gb[li][i] += w * l.db[i];
      for (int o = 0; o < l.out; ++o) {
        const std::size_t row = static_cast<std::size_t>(o) * MLP<float>::stride(m);
        const float* z = l.z.data() + row;
        const float* a = l.a.data() + row;
        const float* da = l.da.data() + row;
        kernels::derivative_simd(l.act, l.param_of(o), z, jac.data(), static_cast<std::size_t>(m));
        for (int b = 0; b < m; ++b) {
          const double g = w * da[b];
          da_sq[li] += g * g;
          z_sum[li] += z[b];
          a_sum[li] += a[b];
          j_sum[li] += jac[b];
          D.jac_min = std::min(D.jac_min, static_cast<double>(jac[b]));
          D.jac_max = std::max(D.jac_max, static_cast<double>(jac[b]));
          if (jac[b] != 0) alive[li][o] = 1;
          ++D.z_hist[bin(z[b])];
          ++D.a_hist[bin(a[b])];
        }
        if (static_cast<std::size_t>(example) >= start &&
            static_cast<std::size_t>(example) < start + m)
          D.jac_example.push_back(jac[example - start]);
      }
    }
  }
  for (std::size_t li = 0; li < L; ++li) {
    LayerDiagnostics& D = d[li];
    const double cells = static_cast<double>(ntrain) * mlp_.layers[li].out;
    double s = 0;
    for (double v : gw[li]) s += v * v;
    D.grad_w_norm = std::sqrt(s);
    s = 0;
    for (double v : gb[li]) s += v * v;
    D.grad_b_norm = std::sqrt(s);
    D.grad_a_norm = std::sqrt(da_sq[li]);
    D.z_mean = z_sum[li] / cells;
    D.a_mean = a_sum[li] / cells;
    D.jac_mean = j_sum[li] / cells;
    int dead = 0;
    for (char a : alive[li]) dead += a ? 0 : 1;
    D.dead_fraction = static_cast<double>(dead) / mlp_.layers[li].out;
  }
  return d;
}

std::vector<double> Network::layer_means() {
  const std::size_t L = mlp_.layers.size();
  std::vector<double> sum(L, 0.0);
  const std::size_t ntrain = data_.train_count;
  if (ntrain == 0) return sum;
  std::size_t idx[kChunk];
  for (std::size_t start = 0; start < ntrain; start += kChunk) {
    const int m = static_cast<int>(std::min<std::size_t>(kChunk, ntrain - start));
    for (int b = 0; b < m; ++b) idx[b] = start + b;
    gather(idx, m);
    mlp_.forward(xbuf_.data(), m);
    for (std::size_t li = 0; li < L; ++li) {
      const Layer<float>& l = mlp_.layers[li];
      for (int o = 0; o < l.out; ++o) {
        const float* a = l.a.data() + static_cast<std::size_t>(o) * MLP<float>::stride(m);
        for (int b = 0; b < m; ++b) sum[li] += a[b];  // diagnostics()'s order: same doubles
      }
    }
  }
  for (std::size_t li = 0; li < L; ++li)
    sum[li] /= static_cast<double>(ntrain) * mlp_.layers[li].out;
  return sum;
}

void diagnostics_flat(const std::vector<LayerDiagnostics>& d, std::vector<double>* out) {
  std::vector<double>& o = *out;
  o.clear();
  o.push_back(static_cast<double>(d.size()));
  auto counted = [&](const auto& v) {
    o.push_back(static_cast<double>(v.size()));
    for (auto x : v) o.push_back(static_cast<double>(x));
  };
  for (const LayerDiagnostics& l : d) {
    o.insert(o.end(), {l.grad_w_norm, l.grad_b_norm, l.grad_a_norm, l.z_mean, l.a_mean, l.jac_mean,
                       l.jac_min, l.jac_max, l.dead_fraction});
    counted(l.z_hist);
    counted(l.a_hist);
    counted(l.jac_example);
    counted(l.prelu_alpha);
  }
}

std::string diagnostics_json(const std::vector<LayerDiagnostics>& d) {
  std::string o = "[";
  auto num = [&](double v) {
    if (std::isfinite(v)) json::append_number(o, v);
    else
      o += "null";
  };
  auto ints = [&](const std::vector<int>& v) {
    o += '[';
    for (std::size_t i = 0; i < v.size(); ++i) o += (i ? "," : "") + std::to_string(v[i]);
    o += ']';
  };
  auto floats = [&](const std::vector<float>& v) {
    o += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) o += ',';
      num(v[i]);
    }
    o += ']';
  };
  for (std::size_t i = 0; i < d.size(); ++i) {
    const LayerDiagnostics& l = d[i];
    if (i) o += ',';
    o += "{\"gradWNorm\":";
    num(l.grad_w_norm);
    o += ",\"gradBNorm\":";
    num(l.grad_b_norm);
    o += ",\"gradANorm\":";
    num(l.grad_a_norm);
    o += ",\"zMean\":";
    num(l.z_mean);
    o += ",\"aMean\":";
    num(l.a_mean);
    o += ",\"zHist\":";
    ints(l.z_hist);
    o += ",\"aHist\":";
    ints(l.a_hist);
    o += ",\"jacobian\":{\"mean\":";
    num(l.jac_mean);
    o += ",\"min\":";
    num(l.jac_min);
    o += ",\"max\":";
    num(l.jac_max);
    o += ",\"example\":";
    floats(l.jac_example);
    o += "},\"deadFraction\":";
    num(l.dead_fraction);
    o += ",\"preluAlpha\":";
    floats(l.prelu_alpha);
    o += '}';
  }
  o += ']';
  return o;
}

}  // namespace actlab
