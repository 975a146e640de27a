// network.cpp: initialisation, training loop, optimisers, evaluation, diagnostics,
// export/import (see network.h).
#include "network.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "json.h"
#include "kernels.h"

namespace actlab {

float feature_value(Feature f, float x1, float x2) {
  switch (f) {
    case Feature::kX1: return x1;
    case Feature::kX2: return x2;
    case Feature::kX1Sq: return x1 * x1;
    case Feature::kX2Sq: return x2 * x2;
    case Feature::kX1X2: return x1 * x2;
    case Feature::kSinX1: return std::sin(x1);
    case Feature::kSinX2: return std::sin(x2);
  }
  return 0;
}

namespace {
bool task_matches(Head h, int classes, const Dataset& d) {
  switch (h) {
    case Head::kBinary:
    case Head::kPlayground: return d.task == Task::kBinary;
    case Head::kSoftmax: return d.task == Task::kMulticlass && d.classes == classes;
    case Head::kRegression: return d.task == Task::kRegression;
  }
  return false;
}
const char* head_task(Head h) {
  switch (h) {
    case Head::kBinary:
    case Head::kPlayground: return "a binary dataset";
    case Head::kSoftmax: return "a multiclass dataset";
    case Head::kRegression: return "a regression dataset";
  }
  return "?";
}
}  // namespace

bool Network::create(const NetworkConfig& c, Network* out, std::string* error) {
  if (!validate_network_config(c, error)) return false;
  Network n;
  n.config_ = c;
  int in = static_cast<int>(c.features.size());
  auto add_layer = [&](int units, Act act, float param, bool per_neuron) {
    Layer<float> l;
    l.in = in;
    l.out = units;
    l.act = act;
    l.param = act == Act::Prelu ? 0.0f : param;
    l.prelu_per_neuron = per_neuron;
    l.W.assign(static_cast<std::size_t>(units) * in, 0);
    l.b.assign(units, 0);
    if (act == Act::Prelu) l.alpha.assign(per_neuron ? units : 1, param);
    l.dW = l.W;
    l.db = l.b;
    l.dalpha = l.alpha;
    n.mlp_.layers.push_back(std::move(l));
    in = units;
  };
  for (const LayerSpec& s : c.layers) add_layer(s.units, s.act, s.param, s.prelu_per_neuron);
  add_layer(c.head == Head::kSoftmax ? c.classes : 1,
            c.head == Head::kPlayground ? Act::Tanh : Act::Identity, 0, false);
  n.mlp_.head = c.head;
  n.mlp_.resize_batch(kChunk);
  const std::size_t p = n.mlp_.parameter_count();
  n.g_.assign(p, 0);
  n.xbuf_.assign(c.features.size() * kChunk, 0);
  n.ybuf_.assign(kChunk, 0);
  n.init_parameters();
  *out = std::move(n);
  return true;
}

// Draw order (fixed, documented for reproducibility): layer by layer, W row-major (unit by
// unit, input by input), then biases. Shuffling uses the same generator afterwards.
void Network::init_parameters() {
  rng_.reseed(config_.seed);
  for (std::size_t li = 0; li < mlp_.layers.size(); ++li) {
    Layer<float>& l = mlp_.layers[li];
    const bool hidden = li + 1 < mlp_.layers.size();
    for (float& w : l.W) {
      switch (config_.init) {
        case Init::kXavier: {  // Glorot uniform: U(±√(6/(I+O)))
          const double lim = std::sqrt(6.0 / (l.in + l.out));
          w = static_cast<float>(rng_.uniform(-lim, lim));
          break;
        }
        case Init::kHe:  // He normal: N(0, 2/I)
          w = static_cast<float>(rng_.normal(0.0, std::sqrt(2.0 / l.in)));
          break;
        case Init::kUniform:  // TensorFlow Playground: U(−0.5, 0.5)
          w = static_cast<float>(rng_.uniform() - 0.5);
          break;
      }
    }
    const float b0 = config_.init == Init::kUniform ? 0.1f : 0.0f;
    for (float& b : l.b) b = b0 + (hidden ? config_.bias_offset : 0.0f);
    for (std::size_t k = 0; k < l.alpha.size(); ++k) l.alpha[k] = config_.layers[li].param;
  }
  m_.assign(g_.size(), 0);
  v_.assign(g_.size(), 0);
  step_ = 0;
  epoch_ = 0;
  diverged_ = false;
  diverged_epoch_ = -1;
}

void Network::reset() { init_parameters(); }

template <class F>
void Network::for_each_parameter(F&& f) {
  std::size_t k = 0;
  for (Layer<float>& l : mlp_.layers) {
    for (std::size_t i = 0; i < l.W.size(); ++i, ++k) f(k, l.W[i], l.dW[i], true);
    for (std::size_t i = 0; i < l.b.size(); ++i, ++k) f(k, l.b[i], l.db[i], false);
    for (std::size_t i = 0; i < l.alpha.size(); ++i, ++k) f(k, l.alpha[i], l.dalpha[i], false);
  }
}

std::vector<float> Network::save_parameters() const {
  std::vector<float> p;
  p.reserve(g_.size() * 3);
  for (const Layer<float>& l : mlp_.layers) {
    p.insert(p.end(), l.W.begin(), l.W.end());
    p.insert(p.end(), l.b.begin(), l.b.end());
    p.insert(p.end(), l.alpha.begin(), l.alpha.end());
  }
  p.insert(p.end(), m_.begin(), m_.end());
  p.insert(p.end(), v_.begin(), v_.end());
  return p;
}

void Network::load_parameters(const std::vector<float>& p) {
  std::size_t k = 0;
  for (Layer<float>& l : mlp_.layers) {
    for (float& w : l.W) w = p[k++];
    for (float& b : l.b) b = p[k++];
    for (float& a : l.alpha) a = p[k++];
  }
  for (float& m : m_) m = p[k++];
  for (float& v : v_) v = p[k++];
}

bool Network::finite_state() const {
  for (const Layer<float>& l : mlp_.layers) {
    for (float w : l.W) if (!std::isfinite(w)) return false;
    for (float b : l.b) if (!std::isfinite(b)) return false;
    for (float a : l.alpha) if (!std::isfinite(a)) return false;
  }
  return true;
}

bool Network::set_data(const Dataset& d, std::string* error) {
  if (!task_matches(config_.head, config_.classes, d)) {
    if (error) {
      *error = std::string("this network's head needs ") + head_task(config_.head);
      if (config_.head == Head::kSoftmax)
        *error += " with " + std::to_string(config_.classes) + " classes";
    }
    return false;
  }
  if (d.train_count == 0 || d.train_count > d.size()) {
    if (error) *error = "the dataset has no training points";
    return false;
  }
  data_ = d;
  return true;
}

// Features into xbuf_ as F rows of stride S = MLP::stride(n), padding lanes zeroed.
void Network::gather(const std::size_t* idx, int n) const {
  const std::size_t F = config_.features.size();
  const int S = MLP<float>::stride(n);
  for (std::size_t f = 0; f < F; ++f) {
    float* row = xbuf_.data() + f * S;
    for (int b = 0; b < n; ++b)
      row[b] = feature_value(config_.features[f], data_.x1[idx[b]], data_.x2[idx[b]]);
    for (int b = n; b < S; ++b) row[b] = 0;
  }
  for (int b = 0; b < n; ++b) ybuf_[b] = data_.label[idx[b]];
}

void Network::gather_points(const float* x1, const float* x2, int n) const {
  const std::size_t F = config_.features.size();
  const int S = MLP<float>::stride(n);
  for (std::size_t f = 0; f < F; ++f) {
    float* row = xbuf_.data() + f * S;
    for (int b = 0; b < n; ++b) row[b] = feature_value(config_.features[f], x1[b], x2[b]);
    for (int b = n; b < S; ++b) row[b] = 0;
  }
}

void Network::accumulate_gradients(float scale) {
  for_each_parameter([&](std::size_t k, float&, float& d, bool) { g_[k] += scale * d; });
}

// One optimiser step with the batch gradient in g_. Regularisation (weights only, as in
// TensorFlow Playground) adds λ·sign(w) (L1) or λ·w (L2) to the gradient.
namespace {
// One optimiser update over a parameter array p[n] with gradient g[n] (and moments m, v).
// `weight`: regularisation applies (weights only, as in TensorFlow Playground): λ·sign(w)
// for L1, λ·w for L2, added to the gradient.
struct Update {
  OptimizerType opt;
  Regularization reg;
  float lr, lambda, mu, b1, b2, eps, lr_c1, inv_c2;
  void operator()(float* p, const float* g, float* m, float* v, std::size_t n, bool weight) const {
    const Regularization r = weight ? reg : Regularization::kNone;
    for (std::size_t i = 0; i < n; ++i) {
      float gi = g[i];
      if (r == Regularization::kL1) gi += lambda * (p[i] > 0 ? 1.0f : (p[i] < 0 ? -1.0f : 0.0f));
      if (r == Regularization::kL2) gi += lambda * p[i];
      if (opt == OptimizerType::kSgd) {
        p[i] -= lr * gi;
      } else if (opt == OptimizerType::kMomentum) {
        m[i] = mu * m[i] + gi;
        p[i] -= lr * m[i];
      } else {
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        // Moments decaying below 2^-100 are zeroed: subnormal arithmetic is slow in WASM.
        if (std::fabs(m[i]) < 7.8886091e-31f) m[i] = 0;
        if (v[i] < 7.8886091e-31f) v[i] = 0;
        p[i] -= lr_c1 * m[i] / (std::sqrt(v[i] * inv_c2) + eps);
      }
    }
  }
};
}  // namespace

// One optimiser step with the batch gradient held in every layer's dW/db/dalpha.
void Network::apply_gradients() {
  ++step_;
  Update u;
  u.opt = config_.optimizer;
  u.lambda = config_.regularization_rate;
  u.reg = u.lambda > 0 ? config_.regularization : Regularization::kNone;
  u.lr = config_.learning_rate;
  u.mu = config_.momentum;
  u.b1 = config_.beta1;
  u.b2 = config_.beta2;
  u.eps = config_.epsilon;
  double c1 = 1, c2 = 1;
  if (u.opt == OptimizerType::kAdam) {  // bias corrections 1 − β^t
    c1 = 1.0 - std::pow(static_cast<double>(u.b1), static_cast<double>(step_));
    c2 = 1.0 - std::pow(static_cast<double>(u.b2), static_cast<double>(step_));
  }
  u.lr_c1 = static_cast<float>(u.lr / c1);
  u.inv_c2 = static_cast<float>(1.0 / c2);
  std::size_t k = 0;  // offset of this array in the flat optimiser state
  for (Layer<float>& l : mlp_.layers) {
    u(l.W.data(), l.dW.data(), m_.data() + k, v_.data() + k, l.W.size(), true);
    k += l.W.size();
    u(l.b.data(), l.db.data(), m_.data() + k, v_.data() + k, l.b.size(), false);
    k += l.b.size();
    u(l.alpha.data(), l.dalpha.data(), m_.data() + k, v_.data() + k, l.alpha.size(), false);
    k += l.alpha.size();
  }
}

bool Network::train(int epochs, TrainResult* out, std::string* error, int evaluate_every) {
  if (epochs < 1 || epochs > 100000) {
    if (error) *error = "epochs must be an integer in [1, 100000], got " + std::to_string(epochs);
    return false;
  }
  if (evaluate_every < 1 || evaluate_every > 100000) {
    if (error) *error = "evaluateEvery must be an integer in [1, 100000], got " + std::to_string(evaluate_every);
    return false;
  }
  if (!has_data()) {
    if (error) *error = "no data: call setData() before train()";
    return false;
  }
  TrainResult r;
  if (diverged_) {  // stays stopped at the last finite state until reset()
    r.diverged = true;
    r.diverged_epoch = diverged_epoch_;
    *out = r;
    return true;
  }
  const std::size_t ntrain = data_.train_count;
  const std::size_t B = std::min<std::size_t>(static_cast<std::size_t>(config_.batch_size), ntrain);
  r.epochs.reserve(static_cast<std::size_t>(epochs));
  for (int e = 0; e < epochs; ++e) {
    const std::vector<float> snapshot = save_parameters();
    const long long step_before = step_;
    order_.resize(ntrain);
    for (std::size_t i = 0; i < ntrain; ++i) order_[i] = i;
    if (config_.shuffle)
      for (std::size_t i = ntrain; i > 1; --i)
        std::swap(order_[i - 1], order_[rng_.below(static_cast<std::uint32_t>(i))]);
    for (std::size_t start = 0; start < ntrain; start += B) {
      const std::size_t n = std::min(B, ntrain - start);
      // Batches beyond one chunk: the mean gradient is the chunk means weighted by size,
      // summed in g_ and then put back into the layers' gradient arrays.
      const bool chunked = n > static_cast<std::size_t>(kChunk);
      if (chunked) std::fill(g_.begin(), g_.end(), 0.0f);
      for (std::size_t c = 0; c < n; c += kChunk) {
        const int m = static_cast<int>(std::min<std::size_t>(kChunk, n - c));
        gather(order_.data() + start + c, m);
        mlp_.forward(xbuf_.data(), m);
        mlp_.backward(xbuf_.data(), ybuf_.data(), m);
        if (chunked) accumulate_gradients(static_cast<float>(m) / static_cast<float>(n));
      }
      if (chunked) for_each_parameter([&](std::size_t k, float&, float& d, bool) { d = g_[k]; });
      apply_gradients();
    }
    ++epoch_;
    const bool log = (e + 1) % evaluate_every == 0 || e + 1 == epochs;
    EpochStats s{};
    if (log) s = evaluate();
    if ((log && !std::isfinite(s.train_loss)) || !finite_state()) {
      load_parameters(snapshot);
      step_ = step_before;
      --epoch_;
      diverged_ = true;
      diverged_epoch_ = epoch_ + 1;
      r.diverged = true;
      r.diverged_epoch = diverged_epoch_;
      break;
    }
    if (log) r.epochs.push_back(s);
  }
  *out = std::move(r);
  return true;
}

EpochStats Network::evaluate() const {
  const std::size_t n = data_.size(), ntrain = data_.train_count;
  double loss[2] = {0, 0};
  double correct[2] = {0, 0};
  std::size_t idx[kChunk];
  for (std::size_t start = 0; start < n; start += kChunk) {
    const int m = static_cast<int>(std::min<std::size_t>(kChunk, n - start));
    for (int b = 0; b < m; ++b) idx[b] = start + b;
    gather(idx, m);
    mlp_.forward(xbuf_.data(), m);
    for (int b = 0; b < m; ++b) {
      const int set = start + b < ntrain ? 0 : 1;
      loss[set] += mlp_.example_loss(b, ybuf_[b]);
      correct[set] += mlp_.example_correct(b, ybuf_[b]) ? 1 : 0;
    }
  }
  const double nt = static_cast<double>(ntrain), ns = static_cast<double>(n - ntrain);
  const bool reg = config_.head == Head::kRegression;
  const float nan = std::nanf("");
  EpochStats s;
  s.train_loss = static_cast<float>(loss[0] / nt);
  s.test_loss = ns > 0 ? static_cast<float>(loss[1] / ns) : nan;
  s.train_accuracy = reg ? nan : static_cast<float>(correct[0] / nt);
  s.test_accuracy = reg || ns == 0 ? nan : static_cast<float>(correct[1] / ns);
  s.epoch = epoch_;
  return s;
}

int Network::outputs() const { return mlp_.layers.back().out; }

int Network::unit_count() const {
  int u = 0;
  for (const Layer<float>& l : mlp_.layers) u += l.out;
  return u;
}

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
void Network::for_grid_chunks(float xmin, float xmax, float ymin, float ymax, int width,
                              int height, F&& use) {
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

void Network::evaluate_grid(float xmin, float xmax, float ymin, float ymax, int width,
                            int height, float* out) {
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
    mlp_.forward(xbuf_.data(), m);
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
        if (static_cast<std::size_t>(example) >= start && static_cast<std::size_t>(example) < start + m)
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

MLP<double> Network::to_double() const {
  MLP<double> m;
  m.head = mlp_.head;
  for (const Layer<float>& l : mlp_.layers) {
    Layer<double> d;
    d.in = l.in;
    d.out = l.out;
    d.act = l.act;
    d.param = l.param;
    d.prelu_per_neuron = l.prelu_per_neuron;
    d.W.assign(l.W.begin(), l.W.end());
    d.b.assign(l.b.begin(), l.b.end());
    d.alpha.assign(l.alpha.begin(), l.alpha.end());
    d.dW = d.W;
    d.db = d.b;
    d.dalpha = d.alpha;
    m.layers.push_back(std::move(d));
  }
  m.resize_batch(kChunk);
  return m;
}

double Network::regularization_penalty() const {
  const double lambda = config_.regularization_rate;
  double s = 0;
  for (const Layer<float>& l : mlp_.layers)
    for (float w : l.W)
      s += config_.regularization == Regularization::kL1   ? std::fabs(w)
           : config_.regularization == Regularization::kL2 ? 0.5 * static_cast<double>(w) * w
                                                            : 0.0;
  return lambda * s;
}

// ---- export / import -------------------------------------------------------------------

namespace {
void append_floats(std::string& o, const std::vector<float>& v) {
  o += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) o += ',';
    json::append_float(o, v[i]);
  }
  o += ']';
}
std::string hex64(std::uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016" PRIx64, v);
  return b;
}
bool parse_hex64(const std::string& s, std::uint64_t* out) {
  if (s.size() != 16) return false;
  std::uint64_t v = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return false;
    v = v << 4 | static_cast<std::uint64_t>(d);
  }
  *out = v;
  return true;
}
bool read_floats(const json::Value* v, std::size_t n, std::vector<float>* out, const std::string& name,
                 std::string* error) {
  if (!v || v->kind != json::Value::Kind::Array || v->array.size() != n) {
    if (error) *error = name + " must be an array of " + std::to_string(n) + " numbers";
    return false;
  }
  out->resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const json::Value& e = v->array[i];
    if (e.kind != json::Value::Kind::Number || !(std::fabs(e.number) <= 3.4028234663852886e38)) {
      if (error) *error = name + "[" + std::to_string(i) + "] must be a finite float32 number";
      return false;
    }
    (*out)[i] = static_cast<float>(e.number);
  }
  return true;
}
}  // namespace

std::string Network::export_json() const {
  std::string o = "{\"format\":\"actlab-network\",\"version\":1,\"config\":";
  o += network_config_json(config_);
  o += ",\"state\":{\"epoch\":" + std::to_string(epoch_) + ",\"step\":" + std::to_string(step_);
  const Rng::State rs = rng_.save();
  std::uint64_t spare_bits;
  std::memcpy(&spare_bits, &rs.spare, sizeof spare_bits);
  o += ",\"rng\":[\"" + hex64(rs.state) + "\",\"" + hex64(rs.inc) + "\",\"" +
       hex64(rs.have_spare ? 1 : 0) + "\",\"" + hex64(spare_bits) + "\"]";
  o += ",\"layers\":[";
  for (std::size_t li = 0; li < mlp_.layers.size(); ++li) {
    const Layer<float>& l = mlp_.layers[li];
    if (li) o += ',';
    o += "{\"W\":";
    append_floats(o, l.W);
    o += ",\"b\":";
    append_floats(o, l.b);
    if (!l.alpha.empty()) {
      o += ",\"alpha\":";
      append_floats(o, l.alpha);
    }
    o += '}';
  }
  o += "],\"optimizer\":{\"m\":";
  append_floats(o, m_);
  o += ",\"v\":";
  append_floats(o, v_);
  o += "}}}";
  return o;
}

bool Network::import_json(std::string_view text, Network* out, std::string* error) {
  json::Value root;
  std::string perr;
  auto fail = [&](const std::string& m) {
    if (error) *error = m;
    return false;
  };
  if (!json::parse(text, &root, &perr)) return fail("network JSON is not valid JSON: " + perr);
  if (root.kind != json::Value::Kind::Object) return fail("network JSON must be an object");
  const json::Value* fmt = root.find("format");
  if (!fmt || fmt->kind != json::Value::Kind::String || fmt->string != "actlab-network")
    return fail("format must be \"actlab-network\"");
  const json::Value* ver = root.find("version");
  if (!ver || ver->kind != json::Value::Kind::Number || ver->number != 1)
    return fail("version must be 1");
  const json::Value* cfg = root.find("config");
  if (!cfg) return fail("config is missing");
  NetworkConfig c;
  std::string cerr;
  if (!parse_network_config_value(*cfg, &c, &cerr)) return fail("config: " + cerr);
  Network n;
  if (!create(c, &n, error)) return false;
  const json::Value* st = root.find("state");
  if (!st || st->kind != json::Value::Kind::Object) return fail("state must be an object");
  const json::Value* ep = st->find("epoch");
  const json::Value* sp = st->find("step");
  if (!ep || ep->kind != json::Value::Kind::Number || !(ep->number >= 0 && ep->number <= 1e9) ||
      std::floor(ep->number) != ep->number)
    return fail("state.epoch must be a non-negative integer");
  if (!sp || sp->kind != json::Value::Kind::Number || !(sp->number >= 0 && sp->number <= 1e15) ||
      std::floor(sp->number) != sp->number)
    return fail("state.step must be a non-negative integer");
  n.epoch_ = static_cast<int>(ep->number);
  n.step_ = static_cast<long long>(sp->number);
  const json::Value* rng = st->find("rng");
  std::uint64_t r[4];
  if (!rng || rng->kind != json::Value::Kind::Array || rng->array.size() != 4)
    return fail("state.rng must be an array of 4 hex strings");
  for (int i = 0; i < 4; ++i) {
    const json::Value& e = rng->array[i];
    if (e.kind != json::Value::Kind::String || !parse_hex64(e.string, &r[i]))
      return fail("state.rng[" + std::to_string(i) + "] must be 16 lowercase hex digits");
  }
  double spare;
  std::memcpy(&spare, &r[3], sizeof spare);
  if (r[2] > 1 || !std::isfinite(spare)) return fail("state.rng is corrupt");
  n.rng_.load({r[0], r[1], r[2] == 1, spare});
  const json::Value* ls = st->find("layers");
  if (!ls || ls->kind != json::Value::Kind::Array || ls->array.size() != n.mlp_.layers.size())
    return fail("state.layers must have " + std::to_string(n.mlp_.layers.size()) +
                " entries (hidden layers + output)");
  for (std::size_t li = 0; li < n.mlp_.layers.size(); ++li) {
    Layer<float>& l = n.mlp_.layers[li];
    const json::Value& lv = ls->array[li];
    const std::string where = "state.layers[" + std::to_string(li) + "]";
    if (lv.kind != json::Value::Kind::Object) return fail(where + " must be an object");
    if (!read_floats(lv.find("W"), l.W.size(), &l.W, where + ".W", error) ||
        !read_floats(lv.find("b"), l.b.size(), &l.b, where + ".b", error))
      return false;
    if (!l.alpha.empty() && !read_floats(lv.find("alpha"), l.alpha.size(), &l.alpha, where + ".alpha", error))
      return false;
    if (l.alpha.empty() && lv.find("alpha")) return fail(where + ".alpha is only for prelu layers");
  }
  const json::Value* opt = st->find("optimizer");
  if (!opt || opt->kind != json::Value::Kind::Object) return fail("state.optimizer must be an object");
  if (!read_floats(opt->find("m"), n.m_.size(), &n.m_, "state.optimizer.m", error) ||
      !read_floats(opt->find("v"), n.v_.size(), &n.v_, "state.optimizer.v", error))
    return false;
  *out = std::move(n);
  return true;
}

bool gradient_flow(const GradientFlowSpec& s, GradientFlow* out, std::string* error) {
  if (s.depth < 1 || s.depth > kMaxHiddenLayers) {
    if (error) *error = "depth must be an integer in [1, 20], got " + std::to_string(s.depth);
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

}  // namespace actlab

namespace actlab {

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

std::string diagnostics_json(const std::vector<LayerDiagnostics>& d) {
  std::string o = "[";
  auto num = [&](double v) {
    if (std::isfinite(v)) json::append_number(o, v);
    else o += "null";
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
    o += "{\"gradWNorm\":"; num(l.grad_w_norm);
    o += ",\"gradBNorm\":"; num(l.grad_b_norm);
    o += ",\"gradANorm\":"; num(l.grad_a_norm);
    o += ",\"zMean\":"; num(l.z_mean);
    o += ",\"aMean\":"; num(l.a_mean);
    o += ",\"zHist\":"; ints(l.z_hist);
    o += ",\"aHist\":"; ints(l.a_hist);
    o += ",\"jacobian\":{\"mean\":"; num(l.jac_mean);
    o += ",\"min\":"; num(l.jac_min);
    o += ",\"max\":"; num(l.jac_max);
    o += ",\"example\":"; floats(l.jac_example);
    o += "},\"deadFraction\":"; num(l.dead_fraction);
    o += ",\"preluAlpha\":"; floats(l.prelu_alpha);
    o += '}';
  }
  o += ']';
  return o;
}

}  // namespace actlab
