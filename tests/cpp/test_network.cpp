// The tiny network: gradient checks in double for every activation and head, learning on
// the standard datasets, diagnostics, divergence, export/import.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "data/dataset.h"
#include "nn/gradient_flow.h"
#include "nn/network.h"
#include "nn/optimizer.h"
#include "test_util.h"

using namespace actlab;

namespace {

Network make_net(const NetworkConfig& c) {
  Network n;
  std::string e;
  INFO(e);
  REQUIRE(Network::create(c, &n, &e));
  return n;
}

Dataset make_data(const char* kind, int points, double noise, std::uint32_t seed, int classes = 3,
                  double train_fraction = 0.5) {
  return actlab_test::make_test_dataset(kind, points, noise, seed, classes, train_fraction);
}

// Objective in double: mean data loss of the batch + the production regularisation penalty
// (optimizer.h), whose gradient training adds through add_regularization_gradient.
double objective(MLP<double>& m, const std::vector<double>& x, const std::vector<double>& y, int B,
                 const NetworkConfig& c) {
  m.forward(x.data(), B);
  double loss = 0;
  for (int b = 0; b < B; ++b) loss += m.example_loss(b, y[b]);
  return loss / B + regularization_penalty(m, c.regularization, c.regularization_rate);
}

// Which side of the kink (z > 0) every unit is on for every example: when a ±h perturbation
// changes it, the finite difference straddles a kink (relu'(0) etc.) and is not comparable.
std::vector<bool> kink_pattern(const MLP<double>& m, int B) {
  std::vector<bool> p;
  for (const auto& l : m.layers)
    for (int o = 0; o < l.out; ++o)
      for (int b = 0; b < B; ++b)
        p.push_back(l.z[static_cast<std::size_t>(o) * m.current_stride() + b] > 0);
  return p;
}

struct CheckResult {
  int checked = 0, skipped = 0, bad = 0;
  double worst = 0;
  std::string where;
};

CheckResult gradient_check(const NetworkConfig& c) {
  Network net = make_net(c);
  MLP<double> m = net.to_double();
  const int B = 9;
  const int F = static_cast<int>(c.features.size());
  const int bc = MLP<double>::stride(B);  // x rows have the forward stride
  std::vector<double> x(static_cast<std::size_t>(F) * bc, 0.0), y(B);
  Rng r(c.seed + 17);
  for (int b = 0; b < B; ++b) {
    for (int f = 0; f < F; ++f) x[f * bc + b] = r.uniform(-2.5, 2.5);
    y[b] = c.head == Head::kSoftmax      ? static_cast<double>(r.below(c.classes))
           : c.head == Head::kRegression ? r.uniform(-1, 1)
                                         : static_cast<double>(r.below(2));
  }
  m.forward(x.data(), B);
  m.backward(x.data(), y.data(), B);
  // Analytic gradient of the objective: backward's mean-loss gradient + the penalty's, added
  // by the same function training uses before each optimiser step.
  add_regularization_gradient(m, c.regularization, static_cast<double>(c.regularization_rate));
  std::vector<double*> params;
  std::vector<double> analytic;
  for (auto& l : m.layers)
    l.for_each_array([&](double* p, double* g, std::size_t n, bool) {
      for (std::size_t i = 0; i < n; ++i) params.push_back(p + i), analytic.push_back(g[i]);
    });
  CheckResult res;
  for (std::size_t k = 0; k < params.size(); ++k) {
    double& p = *params[k];
    const double p0 = p, h = 1e-6 * std::fmax(1.0, std::fabs(p0));
    p = p0 + h;
    const double fp = objective(m, x, y, B, c);
    const std::vector<bool> kp = kink_pattern(m, B);
    p = p0 - h;
    const double fm = objective(m, x, y, B, c);
    const std::vector<bool> km = kink_pattern(m, B);
    p = p0;
    const double num = (fp - fm) / (2 * h);
    if (kp != km) {  // a unit crossed z = 0 between p0 - h and p0 + h
      ++res.skipped;
      continue;
    }
    ++res.checked;
    const double err = std::fabs(analytic[k] - num) /
                       std::fmax(std::fmax(std::fabs(analytic[k]), std::fabs(num)), 1e-4);
    if (err > 1e-5) ++res.bad;
    if (err > res.worst) {
      res.worst = err;
      res.where = "param " + std::to_string(k) + " analytic " + std::to_string(analytic[k]) +
                  " numeric " + std::to_string(num);
    }
  }
  return res;
}

}  // namespace

TEST_CASE("gradient check: every activation, every head, L1/L2, PReLU per layer/neuron",
          "[network][gradcheck]") {
  const Head heads[] = {Head::kBinary, Head::kSoftmax, Head::kRegression, Head::kPlayground};
  int total_checked = 0;
  for (const ActivationInfo& a : kCatalogue) {
    for (Head h : heads) {
      for (int reg = 0; reg < 3; ++reg) {
        NetworkConfig c;
        c.features = {Feature::kX1, Feature::kX2, Feature::kX1X2};
        const float p = default_param(a.act);
        c.layers = {{4, a.act, a.param == kNoParam ? 0.0f : p, reg == 1},
                    {3, a.act, a.param == kNoParam ? 0.0f : p, false}};
        c.head = h;
        c.classes = 3;
        c.init = reg == 2 ? Init::kHe : Init::kXavier;
        c.regularization = static_cast<Regularization>(reg);
        c.regularization_rate = reg ? 0.01f : 0.0f;
        c.seed = 7 + reg;
        const CheckResult r = gradient_check(c);
        INFO(a.id << " head=" << static_cast<int>(h) << " reg=" << reg << " checked=" << r.checked
                  << " skipped=" << r.skipped << " worst=" << r.worst << " " << r.where);
        CHECK(r.bad == 0);
        CHECK(r.checked > r.skipped);
        total_checked += r.checked;
      }
    }
  }
  CHECK(total_checked > 14 * 4 * 3 * 20);
}

TEST_CASE("same seed gives bit-identical training", "[network]") {
  NetworkConfig c;
  c.layers = {{6, Act::Tanh, 0, false}, {6, Act::Relu, 0, false}};
  c.seed = 42;
  c.optimizer = OptimizerType::kAdam;
  c.learning_rate = 0.01f;
  const Dataset d = make_data("spiral", 200, 0.1, 5);
  std::vector<float> curves[2];
  std::string exported[2];
  for (int run = 0; run < 2; ++run) {
    Network n = make_net(c);
    std::string e;
    REQUIRE(n.set_data(d, &e));
    TrainResult r;
    REQUIRE(n.train(30, &r, &e));
    for (const EpochStats& s : r.epochs) curves[run].push_back(s.train_loss);
    exported[run] = n.export_json();
  }
  CHECK(curves[0] == curves[1]);
  CHECK(exported[0] == exported[1]);
}

namespace {
struct LearnCase {
  const char* kind;
  int classes;
  Head head;
  Act act;
  OptimizerType opt;
  float lr;
  int epochs;
  double min_accuracy;
  bool sin_features;  // add sin x1, sin x2 (as a Playground user would for spirals)
};

double train_accuracy(const LearnCase& lc, std::uint32_t seed) {
  NetworkConfig c;
  c.layers = {{8, lc.act, 0, false}, {8, lc.act, 0, false}};
  c.head = lc.head;
  c.classes = lc.classes;
  c.init = lc.head == Head::kPlayground ? Init::kUniform
           : lc.act == Act::Relu        ? Init::kHe
                                        : Init::kXavier;
  if (lc.sin_features) c.features = {Feature::kX1, Feature::kX2, Feature::kSinX1, Feature::kSinX2};
  c.optimizer = lc.opt;
  c.learning_rate = lc.lr;
  c.batch_size = 10;
  c.seed = seed;
  Network n = make_net(c);
  const Dataset d = make_data(lc.kind, 500, 0.0, seed, lc.classes);
  std::string e;
  REQUIRE(n.set_data(d, &e));
  TrainResult r;
  REQUIRE(n.train(lc.epochs, &r, &e));
  REQUIRE_FALSE(r.diverged);
  return r.epochs.back().train_accuracy;
}
}  // namespace

TEST_CASE("learning: xor, circle, 2-arm spiral, 3-class spiral reach their accuracy",
          "[network][learn]") {
  const LearnCase cases[] = {
      {"xor", 2, Head::kBinary, Act::Tanh, OptimizerType::kSgd, 0.1f, 100, 0.97, false},
      {"circle", 2, Head::kBinary, Act::Tanh, OptimizerType::kSgd, 0.1f, 100, 0.97, false},
      {"xor", 2, Head::kPlayground, Act::Relu, OptimizerType::kSgd, 0.03f, 200, 0.97, false},
      {"circle", 2, Head::kPlayground, Act::Tanh, OptimizerType::kSgd, 0.03f, 200, 0.97, false},
      {"spiral", 2, Head::kBinary, Act::Tanh, OptimizerType::kAdam, 0.01f, 800, 0.95, true},
      {"spiral", 2, Head::kBinary, Act::Relu, OptimizerType::kAdam, 0.01f, 800, 0.95, true},
      {"spiral_k", 3, Head::kSoftmax, Act::Tanh, OptimizerType::kAdam, 0.01f, 800, 0.90, true},
  };
  for (const LearnCase& lc : cases) {
    const double acc = train_accuracy(lc, 1);
    INFO(lc.kind << " head=" << static_cast<int>(lc.head) << " act=" << info(lc.act).id
                 << " epochs=" << lc.epochs << " accuracy=" << acc);
    CHECK(acc >= lc.min_accuracy);
  }
}

TEST_CASE("diagnostics: dying ReLU vs Leaky ReLU, vanishing gradients", "[network][diagnostics]") {
  const Dataset d = make_data("circle", 400, 0.0, 3);
  double dead[2];
  for (int leaky = 0; leaky < 2; ++leaky) {
    NetworkConfig c;
    c.layers = {{16, leaky ? Act::LeakyRelu : Act::Relu, leaky ? 0.01f : 0.0f, false},
                {16, leaky ? Act::LeakyRelu : Act::Relu, leaky ? 0.01f : 0.0f, false}};
    c.init = Init::kHe;
    c.bias_offset = -3.0f;
    c.learning_rate = 1.0f;
    c.seed = 11;
    Network n = make_net(c);
    std::string e;
    REQUIRE(n.set_data(d, &e));
    TrainResult r;
    REQUIRE(n.train(20, &r, &e));
    const auto diag = n.diagnostics(0);
    dead[leaky] = (diag[0].dead_fraction + diag[1].dead_fraction) / 2;
  }
  INFO("relu dead " << dead[0] << " leaky dead " << dead[1]);
  CHECK(dead[0] > 0.5);
  CHECK(dead[1] < 0.05);

  GradientFlow sig, relu;
  std::string e;
  REQUIRE(gradient_flow({20, 8, Act::Sigmoid, 0, Init::kXavier, 3}, &sig, &e));
  REQUIRE(gradient_flow({20, 8, Act::Relu, 0, Init::kHe, 1}, &relu, &e));
  const double sig_ratio = sig.grad_w_norm.back() / sig.grad_w_norm.front();
  const double relu_ratio = relu.grad_w_norm.back() / relu.grad_w_norm.front();
  INFO("sigmoid last/first " << sig_ratio << " relu last/first " << relu_ratio);
  CHECK(sig_ratio >= 1e6);
  CHECK(relu_ratio < 1e2);
  CHECK(relu_ratio > 1e-2);
}

TEST_CASE("layer_means: diagnostics' a_mean from forward passes only", "[network][diagnostics]") {
  const Dataset d = make_data("gauss", 400, 0.0, 5);  // 400 points: two chunks of forward passes
  for (const Act act : {Act::Elu, Act::Relu, Act::Tanh, Act::Sigmoid}) {
    NetworkConfig c;
    c.layers = {{16, act, act == Act::Elu ? 0.7f : 0.0f, false},
                {16, act, act == Act::Elu ? 0.7f : 0.0f, false}};
    c.init = Init::kHe;
    c.seed = 4;
    Network n = make_net(c);
    std::string e;
    REQUIRE(n.layer_means() == std::vector<double>(3, 0.0));  // no data: zeros, nothing read
    REQUIRE(n.set_data(d, &e));
    for (int round = 0; round < 2; ++round) {
      const std::vector<double> m = n.layer_means();
      const auto diag = n.diagnostics(0);
      REQUIRE(m.size() == diag.size());
      for (std::size_t li = 0; li < m.size(); ++li) {
        INFO("act " << static_cast<int>(act) << " layer " << li << " round " << round);
        CHECK(m[li] == diag[li].a_mean);  // the same sums in the same order
        CHECK(std::isfinite(m[li]));
      }
      TrainResult r;
      REQUIRE(n.train(3, &r, &e));  // and again after training
    }
  }
  // weights unchanged: the same training result with or without a layer_means() call between
  NetworkConfig c;
  c.layers = {{8, Act::Elu, 1.0f, false}};
  c.seed = 9;
  Network a = make_net(c), b = make_net(c);
  std::string e;
  REQUIRE(a.set_data(d, &e));
  REQUIRE(b.set_data(d, &e));
  (void)a.layer_means();
  TrainResult ra, rb;
  REQUIRE(a.train(2, &ra, &e));
  REQUIRE(b.train(2, &rb, &e));
  REQUIRE(ra.epochs.size() == 2);
  CHECK(ra.epochs.back().train_loss == rb.epochs.back().train_loss);
}

TEST_CASE("divergence at lr 10 is reported and the last finite state kept", "[network]") {
  NetworkConfig c;
  c.layers = {{8, Act::Relu, 0, false}, {8, Act::Relu, 0, false}};
  c.head = Head::kRegression;
  c.learning_rate = 10.0f;
  c.init = Init::kHe;
  Network n = make_net(c);
  const Dataset d = make_data("plane", 200, 0.0, 2);
  std::string e;
  REQUIRE(n.set_data(d, &e));
  TrainResult r;
  REQUIRE(n.train(50, &r, &e));
  REQUIRE(r.diverged);
  CHECK(r.diverged_epoch == static_cast<int>(r.epochs.size()) + 1);
  CHECK(n.diverged());
  const EpochStats s = n.evaluate();
  CHECK(std::isfinite(s.train_loss));
  TrainResult again;
  REQUIRE(n.train(5, &again, &e));
  CHECK(again.diverged);
  CHECK(again.epochs.empty());
  n.reset();
  CHECK_FALSE(n.diverged());
  CHECK(n.epoch() == 0);
}

TEST_CASE("export → import round-trips bit-exactly and resumes identically", "[network][json]") {
  NetworkConfig c;
  c.features = {Feature::kX1, Feature::kX2, Feature::kSinX1};
  c.layers = {{5, Act::Prelu, 0.25f, true}, {4, Act::Gelu, 0, false}};
  c.head = Head::kSoftmax;
  c.classes = 4;
  c.optimizer = OptimizerType::kAdam;
  c.learning_rate = 0.02f;
  c.regularization = Regularization::kL2;
  c.regularization_rate = 0.001f;
  c.seed = 99;
  Network a = make_net(c);
  const Dataset d = make_data("blobs", 300, 0.2, 4, 4);
  std::string e;
  REQUIRE(a.set_data(d, &e));
  TrainResult r;
  REQUIRE(a.train(7, &r, &e));
  const std::string js = a.export_json();
  Network b;
  INFO(e);
  REQUIRE(Network::import_json(js, &b, &e));
  CHECK(b.export_json() == js);
  REQUIRE(b.set_data(d, &e));
  TrainResult ra, rb;
  REQUIRE(a.train(5, &ra, &e));
  REQUIRE(b.train(5, &rb, &e));
  for (int i = 0; i < 5; ++i) CHECK(ra.epochs[i].train_loss == rb.epochs[i].train_loss);
  CHECK(a.export_json() == b.export_json());
}

TEST_CASE("bad configurations and imports are rejected with clear errors", "[network][errors]") {
  NetworkConfig c;
  std::string e;
  CHECK_FALSE(parse_network_config(R"({"layers":[{"units":40,"activation":"tanh"}]})", &c, &e));
  CHECK(e == "layers[0].units must be an integer in [1, 32], got 40");
  CHECK_FALSE(parse_network_config(R"({"layers":[{"units":4,"activation":"tan"}]})", &c, &e));
  CHECK(e.find("layers[0].activation must be one of") == 0);
  CHECK_FALSE(parse_network_config(R"({"head":"multi"})", &c, &e));
  CHECK(e.find("head must be one of") == 0);
  CHECK_FALSE(parse_network_config(R"({"optimizer":{"type":"sgd","learningRate":0}})", &c, &e));
  CHECK(e.find("optimizer.learningRate must be a number in (0, 100]") == 0);
  CHECK_FALSE(parse_network_config(R"({"batchSize":0})", &c, &e));
  CHECK_FALSE(parse_network_config(R"({"lr":0.1})", &c, &e));
  CHECK(e.find("unknown field \"lr\"") != std::string::npos);
  CHECK_FALSE(parse_network_config(
      R"({"layers":[{"units":4,"activation":"elu","params":{"alpha":9}}]})", &c, &e));
  CHECK(e.find("layers[0].params.alpha must be a number in [0.01, 5]") == 0);
  std::string many = R"({"layers":[)";
  for (int i = 0; i < 21; ++i)
    many += std::string(i ? "," : "") + R"({"units":2,"activation":"relu"})";
  CHECK_FALSE(parse_network_config(many + "]}", &c, &e));
  CHECK(e.find("at most 20 hidden layers") != std::string::npos);
  CHECK_FALSE(parse_network_config("{", &c, &e));
  CHECK(e.find("not valid JSON") != std::string::npos);
  Network n;
  CHECK_FALSE(Network::import_json(R"({"format":"actlab-network","version":2})", &n, &e));
  CHECK(e == "version must be 1");
  NetworkConfig ok;
  ok.layers = {{3, Act::Tanh, 0, false}};
  Network good = make_net(ok);
  std::string js = good.export_json();
  const std::size_t pos = js.find("\"W\":[") + 5;
  std::string broken = js.substr(0, pos) + "1e39," + js.substr(pos + js.substr(pos).find(',') + 1);
  CHECK_FALSE(Network::import_json(broken, &n, &e));
  CHECK(e == "state.layers[0].W[0] must be a number in [-1000000, 1000000], got 1e+39");
  // Weights a network cannot train from, and a negative Adam second moment, are refused.
  broken = js.substr(0, pos) + "2e6," + js.substr(pos + js.substr(pos).find(',') + 1);
  CHECK_FALSE(Network::import_json(broken, &n, &e));
  CHECK(e == "state.layers[0].W[0] must be a number in [-1000000, 1000000], got 2000000");
  const std::size_t vpos = js.find("\"v\":[") + 5;
  broken = js.substr(0, vpos) + "-1e-3," + js.substr(vpos + js.substr(vpos).find(',') + 1);
  CHECK_FALSE(Network::import_json(broken, &n, &e));
  CHECK(e.find("state.optimizer.v[0] must be a number in [0, ") == 0);
  // Data whose task does not match the head.
  const Dataset reg = make_data("plane", 50, 0.0, 1);
  CHECK_FALSE(good.set_data(reg, &e));
  CHECK(e == "this network's head needs a binary dataset");
}

TEST_CASE("evaluate_grid orientation and softmax probabilities", "[network]") {
  NetworkConfig c;
  c.layers = {};
  c.head = Head::kSoftmax;
  c.classes = 3;
  Network n = make_net(c);
  std::vector<float> g(4 * 3 * 3);
  n.evaluate_grid(-1, 1, -2, 2, 4, 3, g.data());
  for (int p = 0; p < 12; ++p) {
    const double s = g[3 * p] + g[3 * p + 1] + g[3 * p + 2];
    CHECK(s == Approx(1.0).epsilon(1e-6));
  }
  // A linear regression head with known weights: output = w1·x1 + w2·x2 + b.
  NetworkConfig lin;
  lin.layers = {};
  lin.head = Head::kRegression;
  Network r = make_net(lin);
  const std::string js = r.export_json();
  const std::size_t w = js.find("\"W\":[");
  const std::size_t end = js.find(']', js.find("\"b\":["));
  const std::string patched = js.substr(0, w) + "\"W\":[2,3],\"b\":[0.5]" + js.substr(end + 1);
  Network r2;
  std::string e;
  INFO(e);
  REQUIRE(Network::import_json(patched, &r2, &e));
  std::vector<float> out(3 * 2);
  r2.evaluate_grid(-1, 1, -1, 1, 3, 2, out.data());
  // row 0 is y = +1: x = -1, 0, 1 → 2x + 3 + 0.5
  CHECK(out[0] == Approx(1.5));
  CHECK(out[1] == Approx(3.5));
  CHECK(out[2] == Approx(5.5));
  CHECK(out[3] == Approx(-4.5));  // row 1 is y = -1
}

TEST_CASE("L1's dead weights: export/import keeps them, leaving L1 revives them",
          "[network][json][regularization]") {
  NetworkConfig c;
  c.layers = {{6, Act::Tanh, 0, false}, {4, Act::Tanh, 0, false}};
  c.head = Head::kPlayground;
  c.init = Init::kUniform;
  c.regularization = Regularization::kL1;
  c.regularization_rate = 0.03f;
  c.learning_rate = 0.1f;
  c.seed = 5;
  Network a = make_net(c);
  const Dataset d = make_data("xor", 200, 0.0, 2);
  std::string e;
  REQUIRE(a.set_data(d, &e));
  TrainResult r;
  REQUIRE(a.train(20, &r, &e));
  const std::size_t dead = a.dead_weights();
  INFO("dead after 20 epochs: " << dead);
  REQUIRE(dead >= 3);
  REQUIRE(dead < 6 * 2 + 4 * 6 + 4);  // not everything
  // every dead weight is exactly 0, and stays 0 while the others train on
  auto dead_are_zero = [](const Network& n) {
    for (std::size_t li = 0; li < n.mlp().layers.size(); ++li)
      for (std::size_t i = 0; i < n.mlp().layers[li].W.size(); ++i)
        if (n.dead(li, i) && n.mlp().layers[li].W[i] != 0.0f) return false;
    return true;
  };
  CHECK(dead_are_zero(a));
  const std::string js = a.export_json();
  CHECK(js.find("\"dead\":[") != std::string::npos);
  Network b;
  REQUIRE(Network::import_json(js, &b, &e));
  CHECK(b.export_json() == js);
  CHECK(b.dead_weights() == dead);
  REQUIRE(a.train(10, &r, &e));
  CHECK(dead_are_zero(a));
  CHECK(a.dead_weights() >= dead);
  // the same state under regularisation none: the marks are dropped and those weights train
  std::string none = js;
  const std::string l1 = "\"regularization\":{\"type\":\"l1\"";
  const std::size_t at = none.find(l1);
  REQUIRE(at != std::string::npos);
  none.replace(at, l1.size(), "\"regularization\":{\"type\":\"none\"");
  Network c2;
  REQUIRE(Network::import_json(none, &c2, &e));
  CHECK(c2.dead_weights() == 0);
  REQUIRE(c2.set_data(d, &e));
  REQUIRE(c2.train(3, &r, &e));
  std::size_t moved = 0;
  for (std::size_t li = 0; li < b.mlp().layers.size(); ++li)
    for (std::size_t i = 0; i < b.mlp().layers[li].W.size(); ++i)
      if (b.dead(li, i) && c2.mlp().layers[li].W[i] != 0.0f) ++moved;
  CHECK(moved > 0);
  // hostile dead lists are refused with the field named
  std::string bad = js;
  const std::size_t dpos = bad.find("\"dead\":[");
  bad.replace(dpos, 8, "\"dead\":[999,");
  CHECK_FALSE(Network::import_json(bad, &b, &e));
  CHECK(e.find(".dead[0] must be an integer index into W") != std::string::npos);
  bad = js;
  bad.replace(dpos, 8, "\"dead\":[\"x\",");
  CHECK_FALSE(Network::import_json(bad, &b, &e));
  // a dead mark on a weight that is not 0
  Network fresh = make_net(c);
  std::string alive = fresh.export_json();
  const std::size_t wpos = alive.find("\"W\":[");
  const std::size_t wend = alive.find(']', wpos);
  alive.insert(wend + 1, ",\"dead\":[0]");
  CHECK_FALSE(Network::import_json(alive, &b, &e));
  CHECK(e.find("marks W[0] dead, but it is not 0") != std::string::npos);
}
