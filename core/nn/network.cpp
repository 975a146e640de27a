// network.cpp: creation, initialisation, the training loop and evaluation (see network.h;
// the update rule itself is optimizer.h's).
#include "nn/network.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "act/kernels.h"
#include "util/json.h"

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
  dead_.assign(weight_count(), 0);
  step_ = 0;
  epoch_ = 0;
  diverged_ = false;
  diverged_epoch_ = -1;
}

void Network::reset() { init_parameters(); }

template <class F>
void Network::for_each_parameter(F&& f) {
  std::size_t k = 0;
  for (Layer<float>& l : mlp_.layers)
    l.for_each_array([&](float* p, float* g, std::size_t n, bool) {
      for (std::size_t i = 0; i < n; ++i, ++k) f(k, p[i], g[i]);
    });
}

void Network::save_parameters(std::vector<float>* out) const {
  std::vector<float>& p = *out;
  p.clear();  // keeps its capacity: no allocation after the first epoch
  for (const Layer<float>& l : mlp_.layers) {
    p.insert(p.end(), l.W.begin(), l.W.end());
    p.insert(p.end(), l.b.begin(), l.b.end());
    p.insert(p.end(), l.alpha.begin(), l.alpha.end());
  }
  p.insert(p.end(), m_.begin(), m_.end());
  p.insert(p.end(), v_.begin(), v_.end());
  p.insert(p.end(), dead_.begin(), dead_.end());  // 0/1 as floats
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
  for (std::uint8_t& d : dead_) d = p[k++] != 0;
}

std::size_t Network::weight_count() const {
  std::size_t n = 0;
  for (const Layer<float>& l : mlp_.layers) n += l.W.size();
  return n;
}

// Every weight, bias and slope finite and within ±kMaxParameter (NaN fails the comparison).
bool Network::bounded_state() const {
  const float lim = static_cast<float>(kMaxParameter);
  for (const Layer<float>& l : mlp_.layers) {
    for (float w : l.W)
      if (!(std::fabs(w) <= lim)) return false;
    for (float b : l.b)
      if (!(std::fabs(b) <= lim)) return false;
    for (float a : l.alpha)
      if (!(std::fabs(a) <= lim)) return false;
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

namespace {
// row[b] = feature f of point b for b < n, then zeros up to S: feature_value's formulas with
// the switch taken once per row. x1(b), x2(b) give point b's coordinates.
template <class X1, class X2>
void feature_row(Feature f, X1 x1, X2 x2, int n, int S, float* row) {
  switch (f) {
    case Feature::kX1:
      for (int b = 0; b < n; ++b) row[b] = x1(b);
      break;
    case Feature::kX2:
      for (int b = 0; b < n; ++b) row[b] = x2(b);
      break;
    case Feature::kX1Sq:
      for (int b = 0; b < n; ++b) row[b] = x1(b) * x1(b);
      break;
    case Feature::kX2Sq:
      for (int b = 0; b < n; ++b) row[b] = x2(b) * x2(b);
      break;
    case Feature::kX1X2:
      for (int b = 0; b < n; ++b) row[b] = x1(b) * x2(b);
      break;
    default:
      for (int b = 0; b < n; ++b) row[b] = feature_value(f, x1(b), x2(b));
      break;
  }
  for (int b = n; b < S; ++b) row[b] = 0;
}
}  // namespace

// Features into xbuf_ as F rows of stride S = MLP::stride(n), padding lanes zeroed.
void Network::gather(const std::size_t* idx, int n) const {
  const std::size_t F = config_.features.size();
  const int S = MLP<float>::stride(n);
  const float* x1 = data_.x1.data();
  const float* x2 = data_.x2.data();
  for (std::size_t f = 0; f < F; ++f)
    feature_row(
        config_.features[f], [&](int b) { return x1[idx[b]]; }, [&](int b) { return x2[idx[b]]; },
        n, S, xbuf_.data() + f * S);
  for (int b = 0; b < n; ++b) ybuf_[b] = data_.label[idx[b]];
}

void Network::gather_points(const float* x1, const float* x2, int n) const {
  const std::size_t F = config_.features.size();
  const int S = MLP<float>::stride(n);
  for (std::size_t f = 0; f < F; ++f)
    feature_row(
        config_.features[f], [&](int b) { return x1[b]; }, [&](int b) { return x2[b]; }, n, S,
        xbuf_.data() + f * S);
}

void Network::accumulate_gradients(float scale) {
  for_each_parameter([&](std::size_t k, float&, float& d) { g_[k] += scale * d; });
}

OptimizerSettings Network::optimizer_settings() const {
  OptimizerSettings o;
  o.type = config_.optimizer;
  o.learning_rate = config_.learning_rate;
  o.momentum = config_.momentum;
  o.beta1 = config_.beta1;
  o.beta2 = config_.beta2;
  o.epsilon = config_.epsilon;
  o.regularization = config_.regularization;
  o.regularization_rate = config_.regularization_rate;
  return o;
}

// One optimiser step with the batch gradient held in every layer's dW/db/dalpha: the
// L2 penalty's gradient is added to the regularised arrays, then each array is updated with its
// slice of the flat moment buffers m_, v_ (layer by layer, in for_each_array's order), then
// the L1 step with its dead weights (optimizer.h, step 3).
void Network::apply_gradients() {
  ++step_;
  const OptimizerSettings o = optimizer_settings();
  const bool l1 = o.regularization == Regularization::kL1 && o.regularization_rate > 0;
  if (o.regularization == Regularization::kL2 && o.regularization_rate > 0)
    add_regularization_gradient(mlp_, o.regularization, o.regularization_rate);
  OptimizerStep(o, step_).apply(mlp_, m_.data(), v_.data());
  if (l1) l1_step(mlp_, o.learning_rate * o.regularization_rate, dead_.data());
}

bool Network::dead(std::size_t layer, std::size_t i) const {
  std::size_t k = 0;
  for (std::size_t li = 0; li < layer && li < mlp_.layers.size(); ++li)
    k += mlp_.layers[li].W.size();
  return layer < mlp_.layers.size() && i < mlp_.layers[layer].W.size() && dead_[k + i] != 0;
}

std::size_t Network::dead_weights() const {  // only L1 marks any (apply_gradients, import)
  return static_cast<std::size_t>(std::count(dead_.begin(), dead_.end(), std::uint8_t{1}));
}

bool Network::train(int epochs, TrainResult* out, std::string* error, int evaluate_every,
                    double budget_ms) {
  if (!kEpochs.contains(epochs)) {
    if (error)
      *error =
          "epochs must be an integer in " + range_text(kEpochs) + ", got " + std::to_string(epochs);
    return false;
  }
  if (!kEvaluateEvery.contains(evaluate_every)) {
    if (error)
      *error = "evaluateEvery must be an integer in " + range_text(kEvaluateEvery) + ", got " +
               std::to_string(evaluate_every);
    return false;
  }
  if (!(budget_ms == 0 || kBudgetMs.contains(budget_ms))) {
    if (error) *error = "budgetMs must be a number in " + range_text(kBudgetMs);
    return false;
  }
  if (!has_data()) {
    if (error) *error = "no data: call setData() before train()";
    return false;
  }
  const auto start_time = std::chrono::steady_clock::now();
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
    save_parameters(&snapshot_);
    const long long step_before = step_;
    if (config_.shuffle) {  // without shuffling the order is the identity (no order_ needed)
      order_.resize(ntrain);
      for (std::size_t i = 0; i < ntrain; ++i) order_[i] = i;
      for (std::size_t i = ntrain; i > 1; --i)
        std::swap(order_[i - 1], order_[rng_.below(static_cast<std::uint32_t>(i))]);
    }
    for (std::size_t start = 0; start < ntrain; start += B) {
      const std::size_t n = std::min(B, ntrain - start);
      // Batches beyond one chunk: the mean gradient is the chunk means weighted by size,
      // summed in g_ and then put back into the layers' gradient arrays.
      const bool chunked = n > static_cast<std::size_t>(kChunk);
      if (chunked) std::fill(g_.begin(), g_.end(), 0.0f);
      for (std::size_t c = 0; c < n; c += kChunk) {
        const int m = static_cast<int>(std::min<std::size_t>(kChunk, n - c));
        if (config_.shuffle) {
          gather(order_.data() + start + c, m);
        } else {  // order_ is the identity: the batch is a contiguous range of points
          const std::size_t first = start + c;
          gather_points(data_.x1.data() + first, data_.x2.data() + first, m);
          std::copy_n(data_.label.data() + first, m, ybuf_.data());
        }
        mlp_.forward(xbuf_.data(), m, true);
        mlp_.gradients(xbuf_.data(), ybuf_.data(), m);
        if (chunked) accumulate_gradients(static_cast<float>(m) / static_cast<float>(n));
      }
      if (chunked) for_each_parameter([&](std::size_t k, float&, float& d) { d = g_[k]; });
      apply_gradients();
    }
    ++epoch_;
    // The time budget is checked at epoch boundaries: the epoch that crosses it is the last.
    const bool out_of_time =
        budget_ms > 0 && e + 1 < epochs &&
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_time)
                .count() >= budget_ms;
    const bool log = (e + 1) % evaluate_every == 0 || e + 1 == epochs || out_of_time;
    EpochStats s{};
    if (log) s = evaluate();
    if ((log && !std::isfinite(s.train_loss)) || !bounded_state()) {
      load_parameters(snapshot_);
      step_ = step_before;
      --epoch_;
      diverged_ = true;
      diverged_epoch_ = epoch_ + 1;
      r.diverged = true;
      r.diverged_epoch = diverged_epoch_;
      break;
    }
    if (log) r.epochs.push_back(s);
    if (out_of_time) {
      r.out_of_time = true;
      break;
    }
  }
  *out = std::move(r);
  return true;
}

EpochStats Network::evaluate() const {
  const std::size_t n = data_.size(), ntrain = data_.train_count;
  double loss[2] = {0, 0};
  double correct[2] = {0, 0};
  for (std::size_t start = 0; start < n; start += kChunk) {
    const int m = static_cast<int>(std::min<std::size_t>(kChunk, n - start));
    gather_points(data_.x1.data() + start, data_.x2.data() + start, m);
    mlp_.forward(xbuf_.data(), m);
    // Examples [0, split) of the chunk are training points, the rest test points.
    const int split = static_cast<int>(std::clamp<std::size_t>(ntrain, start, start + m) - start);
    const float* y = data_.label.data() + start;
    mlp_.add_losses(0, split, y, &loss[0], &correct[0]);
    mlp_.add_losses(split, m, y, &loss[1], &correct[1]);
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

}  // namespace actlab
