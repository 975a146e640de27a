// The update rule pinned: SGD, momentum and Adam (bias correction included) and the L1/L2
// terms, against torch.optim's formulas written out here in double, one step and several;
// then the same rules end to end through Network::train (weights regularised, biases and
// PReLU slopes not), against a reference step computed from MLP<double>'s gradients.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "data/dataset.h"
#include "nn/network.h"
#include "nn/optimizer.h"

using namespace actlab;

namespace {

// torch.optim, written out (dampening 0, nesterov False, amsgrad False, maximize False).
// Weight decay is not torch's coupled `weight_decay` for L1; it is the penalty's gradient
// added to g before the step, which for L2 is exactly torch's weight_decay = λ.
struct TorchRef {
  OptimizerType type;
  double lr, mu = 0.9, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  std::vector<double> buf, m, v;  // momentum_buffer, exp_avg, exp_avg_sq
  long long t = 0;
  void step(std::vector<double>& p, const std::vector<double>& g) {
    ++t;
    buf.resize(p.size(), 0.0);
    m.resize(p.size(), 0.0);
    v.resize(p.size(), 0.0);
    for (std::size_t i = 0; i < p.size(); ++i) {
      switch (type) {
        case OptimizerType::kSgd: p[i] -= lr * g[i]; break;
        case OptimizerType::kMomentum:
          // torch: buf = g at the first step, then buf = μ·buf + g (dampening 0).
          buf[i] = t == 1 ? g[i] : mu * buf[i] + g[i];
          p[i] -= lr * buf[i];
          break;
        case OptimizerType::kAdam: {
          m[i] = b1 * m[i] + (1 - b1) * g[i];
          v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
          const double m_hat = m[i] / (1 - std::pow(b1, static_cast<double>(t)));
          const double v_hat = v[i] / (1 - std::pow(b2, static_cast<double>(t)));
          p[i] -= lr * m_hat / (std::sqrt(v_hat) + eps);
          break;
        }
      }
    }
  }
};

double reg_grad(Regularization r, double lambda, double w) {
  if (r == Regularization::kL1) return lambda * (w > 0 ? 1.0 : w < 0 ? -1.0 : 0.0);
  if (r == Regularization::kL2) return lambda * w;
  return 0;
}

// Runs `steps` steps of OptimizerStep on p with gradients gs[step] and returns p.
std::vector<float> run_steps(const OptimizerSettings& s, std::vector<float> p,
                             const std::vector<std::vector<float>>& gs) {
  std::vector<float> m(p.size(), 0.0f), v(p.size(), 0.0f);
  for (std::size_t t = 0; t < gs.size(); ++t)
    OptimizerStep(s, static_cast<long long>(t) + 1)
        .apply(p.data(), gs[t].data(), m.data(), v.data(), p.size());
  return p;
}

}  // namespace

TEST_CASE("SGD: p -= lr·g, one step and several (values by hand)", "[optimizer]") {
  OptimizerSettings s;
  s.type = OptimizerType::kSgd;
  s.learning_rate = 0.1f;
  const std::vector<float> p = run_steps(s, {0.5f, -1.25f, 2.0f}, {{0.1f, -0.2f, 0.3f}});
  CHECK(p[0] == Approx(0.49).epsilon(1e-6));
  CHECK(p[1] == Approx(-1.23).epsilon(1e-6));
  CHECK(p[2] == Approx(1.97).epsilon(1e-6));
  const std::vector<float> q = run_steps(s, {1.0f}, {{0.5f}, {0.25f}, {-1.0f}});
  CHECK(q[0] == Approx(1.0 - 0.1 * (0.5 + 0.25 - 1.0)).epsilon(1e-6));  // 1.025
}

TEST_CASE("momentum: m = μ·m + g, p -= lr·m (torch.optim.SGD, dampening 0)", "[optimizer]") {
  OptimizerSettings s;
  s.type = OptimizerType::kMomentum;
  s.learning_rate = 0.1f;
  s.momentum = 0.9f;
  // By hand, constant g = 0.5: m = 0.5, 0.95, 1.355 → p = 0.95, 0.855, 0.7195.
  const std::vector<float> one = run_steps(s, {1.0f}, {{0.5f}});
  CHECK(one[0] == Approx(0.95).epsilon(1e-6));
  const std::vector<float> three = run_steps(s, {1.0f}, {{0.5f}, {0.5f}, {0.5f}});
  CHECK(three[0] == Approx(0.7195).epsilon(1e-6));
  // Against the written-out torch rule with changing gradients.
  TorchRef ref{OptimizerType::kMomentum, 0.1};
  ref.mu = 0.9;
  std::vector<double> pr = {0.3, -0.7};
  const std::vector<std::vector<float>> gs = {
      {0.2f, -0.1f}, {-0.4f, 0.3f}, {0.05f, 0.6f}, {0.1f, -0.2f}};
  for (const auto& g : gs) ref.step(pr, {g[0], g[1]});
  const std::vector<float> pf = run_steps(s, {0.3f, -0.7f}, gs);
  CHECK(pf[0] == Approx(pr[0]).epsilon(1e-6));
  CHECK(pf[1] == Approx(pr[1]).epsilon(1e-6));
}

TEST_CASE("Adam: moments with bias correction (torch.optim.Adam)", "[optimizer]") {
  OptimizerSettings s;
  s.type = OptimizerType::kAdam;
  s.learning_rate = 0.01f;
  // One step by hand: m = 0.05, v = 0.00025, m̂ = 0.5, v̂ = 0.25 → p -= 0.01·0.5/(0.5 + 1e-8).
  const std::vector<float> one = run_steps(s, {1.0f}, {{0.5f}});
  CHECK(one[0] == Approx(1.0 - 0.01 * 0.5 / (0.5 + 1e-8)).epsilon(1e-7));
  // Without the bias correction the first step would be 0.01·0.05/√0.00025 ≈ 0.0316.
  CHECK(std::fabs((1.0 - one[0]) - 0.01) < 1e-6);
  // Several steps with changing gradients, against the written-out torch rule.
  TorchRef ref{OptimizerType::kAdam, 0.01};
  std::vector<double> pr = {0.5, -0.25, 2.0};
  std::vector<std::vector<float>> gs;
  for (int t = 0; t < 12; ++t)
    gs.push_back({0.3f * std::cos(0.7f * t), -0.02f + 0.01f * t, t % 3 == 0 ? 1.5f : -0.5f});
  for (const auto& g : gs) ref.step(pr, {g[0], g[1], g[2]});
  const std::vector<float> pf = run_steps(s, {0.5f, -0.25f, 2.0f}, gs);
  for (int i = 0; i < 3; ++i) CHECK(pf[i] == Approx(pr[i]).epsilon(2e-6));
}

TEST_CASE("L1 and L2 add λ·sign(w) and λ·w to the gradient", "[optimizer][regularization]") {
  const std::vector<float> w = {0.5f, -0.25f, 0.0f};
  std::vector<float> g = {0.1f, 0.1f, 0.1f};
  add_regularization_gradient(Regularization::kL1, 0.01f, w.data(), g.data(), 3);
  CHECK(g[0] == Approx(0.11).epsilon(1e-6));
  CHECK(g[1] == Approx(0.09).epsilon(1e-6));
  CHECK(g[2] == Approx(0.1).epsilon(1e-6));  // sign(0) = 0
  g = {0.1f, 0.1f, 0.1f};
  add_regularization_gradient(Regularization::kL2, 0.01f, w.data(), g.data(), 3);
  CHECK(g[0] == Approx(0.105).epsilon(1e-6));
  CHECK(g[1] == Approx(0.0975).epsilon(1e-6));
  CHECK(g[2] == Approx(0.1).epsilon(1e-6));
  g = {0.1f, 0.1f, 0.1f};
  add_regularization_gradient(Regularization::kNone, 0.01f, w.data(), g.data(), 3);
  CHECK(g == std::vector<float>{0.1f, 0.1f, 0.1f});
  // The penalties whose gradients these are.
  CHECK(regularization_penalty(Regularization::kL1, 0.01, w.data(), 3) == Approx(0.0075));
  CHECK(regularization_penalty(Regularization::kL2, 0.01, w.data(), 3) ==
        Approx(0.01 * 0.5 * 0.3125));
}

namespace {

// Playground's L1 step (optimizer.h, step 3) in double, written out: w ← w − s·sign(w), a sign
// change sets w = 0 and marks it dead; dead weights stay 0.
void l1_reference(double s, std::vector<double>& w, std::vector<char>& dead) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (dead[i]) {
      w[i] = 0;
      continue;
    }
    const double w2 = w[i] - s * (w[i] > 0 ? 1.0 : w[i] < 0 ? -1.0 : 0.0);
    if (w[i] * w2 < 0) {
      w[i] = 0;
      dead[i] = 1;
    } else {
      w[i] = w2;
    }
  }
}

struct RuleRun {
  double worst = 0;          // largest |Δp| between Network::train and the reference
  std::size_t dead = 0;      // the reference's dead weights at the end
  std::size_t net_dead = 0;  // Network::dead_weights() at the end
  bool dead_agree = true;    // the same weights dead in both
};

// `steps` full-batch steps (8 points, batch 8) of Network::train against a reference step
// computed from MLP<double>'s gradients: the penalty gradient (L2) on W only, the written-out
// torch rule, then Playground's L1 step on W only.
RuleRun run_rule(OptimizerType type, Regularization reg, float rate, int steps) {
  const float x1[] = {-1.5f, -0.5f, 0.25f, 1.0f, 2.0f, -2.0f, 0.75f, -0.1f};
  const float x2[] = {0.5f, -1.0f, 1.5f, -0.25f, 0.8f, -1.7f, 0.1f, 2.2f};
  const float lab[] = {1, 0, 1, 0, 1, 0, 0, 1};
  Dataset d;
  std::string e;
  REQUIRE(make_dataset_from_points(x1, x2, lab, 8, Task::kBinary, 2, 1.0, 1, &d, &e));
  REQUIRE(d.train_count == 8);
  const int B = 8, S = MLP<double>::stride(B);
  std::vector<double> x(2 * static_cast<std::size_t>(S), 0.0), y(B);
  for (int b = 0; b < B; ++b) {
    x[b] = d.x1[b];
    x[S + b] = d.x2[b];
    y[b] = d.label[b];
  }
  NetworkConfig c;
  c.layers = {{3, Act::Tanh, 0, false}, {2, Act::Prelu, 0.25f, true}};
  c.head = Head::kBinary;
  c.init = Init::kUniform;  // biases 0.1 (+ offset): a regularised bias would move
  c.bias_offset = 0.3f;
  c.optimizer = type;
  c.learning_rate = type == OptimizerType::kAdam ? 0.01f : 0.1f;
  c.momentum = 0.8f;
  c.batch_size = 8;
  c.shuffle = false;
  c.regularization = reg;
  c.regularization_rate = rate;
  c.seed = 3;
  Network n;
  REQUIRE(Network::create(c, &n, &e));
  REQUIRE(n.set_data(d, &e));
  MLP<double> m = n.to_double();
  const std::size_t L = m.layers.size();
  std::vector<TorchRef> refs(3 * L, TorchRef{type, c.learning_rate});
  for (TorchRef& r : refs) r.mu = c.momentum;
  std::vector<std::vector<char>> dead(L);
  for (std::size_t li = 0; li < L; ++li) dead[li].assign(m.layers[li].W.size(), 0);
  const double l1 = static_cast<double>(c.learning_rate) * static_cast<double>(rate);
  for (int step = 0; step < steps; ++step) {
    m.forward(x.data(), B);
    m.backward(x.data(), y.data(), B);
    for (std::size_t li = 0; li < L; ++li) {
      Layer<double>& l = m.layers[li];
      std::vector<double> gw(l.dW), gb(l.db), ga(l.dalpha);
      if (reg == Regularization::kL2)
        for (std::size_t i = 0; i < gw.size(); ++i) gw[i] += reg_grad(reg, rate, l.W[i]);
      refs[3 * li].step(l.W, gw);
      refs[3 * li + 1].step(l.b, gb);
      if (!l.alpha.empty()) refs[3 * li + 2].step(l.alpha, ga);
      if (reg == Regularization::kL1) l1_reference(l1, l.W, dead[li]);
    }
  }
  TrainResult r;
  REQUIRE(n.train(steps, &r, &e));
  REQUIRE_FALSE(r.diverged);
  const MLP<double> got = n.to_double();
  RuleRun out;
  for (std::size_t li = 0; li < L; ++li) {
    const Layer<double>& a = got.layers[li];
    const Layer<double>& b = m.layers[li];
    auto cmp = [&](const std::vector<double>& u, const std::vector<double>& v) {
      REQUIRE(u.size() == v.size());
      for (std::size_t i = 0; i < u.size(); ++i)
        out.worst = std::fmax(out.worst, std::fabs(u[i] - v[i]));
    };
    cmp(a.W, b.W);
    cmp(a.b, b.b);
    cmp(a.alpha, b.alpha);
    for (std::size_t i = 0; i < dead[li].size(); ++i) {
      out.dead += dead[li][i] != 0;
      if (n.dead(li, i) != (dead[li][i] != 0)) out.dead_agree = false;
    }
  }
  out.net_dead = n.dead_weights();
  return out;
}

}  // namespace

TEST_CASE("Network::train steps by the rule: weights regularised, biases and α not",
          "[optimizer][network]") {
  // 8 training points, batch 8: one full-batch step per epoch, so three epochs are three
  // optimiser steps on the mean gradient of the same batch.
  for (OptimizerType type : {OptimizerType::kSgd, OptimizerType::kMomentum, OptimizerType::kAdam}) {
    for (Regularization reg : {Regularization::kNone, Regularization::kL1, Regularization::kL2}) {
      const RuleRun r = run_rule(type, reg, 0.05f, 3);
      INFO("optimizer " << kOptimizerNames[static_cast<int>(type)] << " regularization "
                        << kRegularizationNames[static_cast<int>(reg)] << " worst |Δp| "
                        << r.worst);
      // Float rounding over three steps stays below 1e-6; a rule broken anywhere (a bias
      // regularised, L2 doubled, momentum damped, no bias correction) moves some parameter
      // by ≥ 1e-4 here.
      CHECK(r.worst < 2e-6);
      CHECK(r.dead_agree);
    }
  }
}

TEST_CASE("L1's clamp: a weight stepped across zero becomes 0, dead, and stays 0",
          "[optimizer][regularization]") {
  // By hand, step 0.005: 0.5 → 0.495; −0.003 → +0.002 crosses: 0, dead; 0.004 → −0.001
  // crosses: 0, dead; 0 stays 0 and alive (sign 0); −0.2 → −0.195.
  std::vector<float> w = {0.5f, -0.003f, 0.004f, 0.0f, -0.2f};
  std::vector<std::uint8_t> dead(5, 0);
  CHECK(l1_step(0.005f, w.data(), dead.data(), 5) == 2);
  CHECK(w[0] == Approx(0.495).epsilon(1e-6));
  CHECK(w[1] == 0.0f);
  CHECK(w[2] == 0.0f);
  CHECK(w[3] == 0.0f);
  CHECK(w[4] == Approx(-0.195).epsilon(1e-6));
  CHECK(dead == std::vector<std::uint8_t>{0, 1, 1, 0, 0});
  // The optimiser's data step moves a dead weight: the next L1 step puts it back at 0.
  w[1] = 0.3f;
  w[3] = 0.25f;  // alive: trains on
  CHECK(l1_step(0.005f, w.data(), dead.data(), 5) == 0);
  CHECK(w[1] == 0.0f);
  CHECK(w[3] == Approx(0.245).epsilon(1e-6));
  // Through Network::train with a penalty large enough that weights cross zero (λ·lr = 0.05
  // per step against U(−0.5, 0.5) weights), against the written-out reference, each optimiser.
  for (OptimizerType type : {OptimizerType::kSgd, OptimizerType::kMomentum, OptimizerType::kAdam}) {
    const RuleRun r =
        run_rule(type, Regularization::kL1, type == OptimizerType::kAdam ? 5.0f : 0.5f, 6);
    INFO("optimizer " << kOptimizerNames[static_cast<int>(type)] << " worst |Δp| " << r.worst
                      << " dead " << r.dead << " (network " << r.net_dead << ")");
    CHECK(r.dead >= 3);  // the clamp is exercised
    CHECK(r.net_dead == r.dead);
    CHECK(r.dead_agree);
    CHECK(r.worst < 2e-6);
  }
}
