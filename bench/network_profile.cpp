// network_profile.cpp: where the time of one training epoch goes, piece by piece, for the
// bench's task (bench/network.mjs: spiral 250 train + 250 test, tanh hidden layers, Playground
// head, U(−0.5, 0.5) init, SGD lr 0.03, batch 10, no shuffle) on [2,8,8,1] and [2,4,2,1].
//
//   bash bench/network_profile.sh          # native (g++ -O2) and WASM (em++ -O3 -msimd128, Node)
//
// Each piece runs alone in a loop (≥ 30 ms, best of 5 runs) and is reported in ns per call
// and per epoch (× the calls an epoch makes: 25 batches, one evaluation). The whole epoch is
// timed through Network::train as well, with and without the evaluation, so the pieces can be
// checked against the sum. Network's private pieces are reached through NetworkProbe, a friend
// declared in network.h for this program only.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "act/kernels.h"
#include "data/dataset.h"
#include "nn/loss.h"
#include "nn/network.h"

namespace actlab {

struct NetworkProbe {
  Network& n;
  float save() {
    n.save_parameters(&n.snapshot_);
    return n.snapshot_[0];
  }
  bool bounded() const { return n.bounded_state(); }
  void order() {
    const std::size_t nt = n.data_.train_count;
    n.order_.resize(nt);
    for (std::size_t i = 0; i < nt; ++i) n.order_[i] = i;
  }
  void gather(int start, int m) { n.gather(n.order_.data() + start, m); }
  // train() keeps tanh′ for the backward pass; evaluate() does not
  void forward(int m, bool train = true) { n.mlp_.forward(n.xbuf_.data(), m, train); }
  void backward(int m) { n.mlp_.gradients(n.xbuf_.data(), n.ybuf_.data(), m); }
  void apply() { n.apply_gradients(); }
  MLP<float>& mlp() { return n.mlp_; }
  const float* y() const { return n.ybuf_.data(); }
};

}  // namespace actlab

using namespace actlab;
using Clock = std::chrono::steady_clock;

static volatile double g_sink = 0;

// ns per call of f: calibrated to ≥ 30 ms per run, best of 5 runs.
template <class F>
double ns_per(F&& f) {
  long long k = 1;
  for (;;) {
    const auto t0 = Clock::now();
    for (long long i = 0; i < k; ++i) f();
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    if (ns >= 30e6) break;
    k *= ns < 1e6 ? 16 : 2;
  }
  double best = 1e300;
  for (int r = 0; r < 5; ++r) {
    const auto t0 = Clock::now();
    for (long long i = 0; i < k; ++i) f();
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / k;
    if (ns < best) best = ns;
  }
  return best;
}

static void row(const char* what, double ns, double per_epoch, double epoch_ns) {
  std::printf("  %-44s %9.1f ns  ×%-4g %9.0f ns/epoch  %5.1f %%\n", what, ns, per_epoch,
              ns * per_epoch, 100 * ns * per_epoch / epoch_ns);
}

int main() {
  DatasetSpec ds;
  ds.kind = "spiral";
  ds.points = 500;
  ds.noise = 0;
  ds.train_fraction = 0.5;
  ds.seed = 1;
  Dataset data;
  std::string err;
  if (!make_dataset(ds, &data, &err)) return std::printf("dataset: %s\n", err.c_str()), 1;
#if defined(__wasm_simd128__)
  std::printf("build: WASM SIMD\n");
#elif defined(__EMSCRIPTEN__)
  std::printf("build: WASM scalar\n");
#else
  std::printf("build: native\n");
#endif
  for (const std::vector<int>& hidden : {std::vector<int>{8, 8}, std::vector<int>{4, 2}}) {
    NetworkConfig c;
    for (int u : hidden) c.layers.push_back(LayerSpec{u, Act::Tanh, 0, false});
    c.head = Head::kPlayground;
    c.init = Init::kUniform;
    c.learning_rate = 0.03f;
    c.batch_size = 10;
    c.shuffle = false;
    Network net;
    if (!Network::create(c, &net, &err) || !net.set_data(data, &err))
      return std::printf("network: %s\n", err.c_str()), 1;
    const int E = 200;
    TrainResult r;
    // Warm (and move the weights off their initial values like the bench's samples do).
    net.train(E, &r, &err);
    const double te = ns_per([&] {
                        net.reset();
                        net.train(E, &r, &err);
                      }) /
                      E;
    const double to = ns_per([&] {
                        net.reset();
                        net.train(E, &r, &err, E);
                      }) /
                      E;
    const double ev = ns_per([&] { g_sink = g_sink + net.evaluate().train_loss; });
    std::printf("\n[2,%d,%d,1]  epoch (train+eval) %.0f ns = %.2f M ex/s;  train only %.0f ns = %.2f M "
                "ex/s (train(E, evaluateEvery=E))\n",
                hidden[0], hidden[1], te, 250e3 / te, to, 250e3 / to);
    NetworkProbe p{net};
    std::printf(" per epoch:\n");
    row("save_parameters() (snapshot vector)", ns_per([&] { g_sink = g_sink + p.save(); }), 1, te);
    row("bounded_state()", ns_per([&] { g_sink = g_sink + p.bounded(); }), 1, te);
    row("order_ fill (only when shuffling)", ns_per([&] { p.order(); }), 1, te);
    row("evaluate() (500 forwards + per-example loss)", ev, 1, te);
    // Inside evaluate: the forward of the two chunks, and the per-example loss/correct calls.
    const double evf = ns_per([&] {
      p.gather(0, 250);  // order_ is 0..249: same work as evaluate's index gather
      p.forward(256, false);
      p.forward(244, false);
    });
    std::printf("   of which gather+forward 256+244 ≈ %.0f ns, the rest (loss/correct per example) ≈ %.0f ns\n",
                evf, ev - evf);
    std::printf(" per batch (×25):\n");
    double sum = 0;
    auto brow = [&](const char* what, double ns) {
      row(what, ns, 25, te);
      sum += ns * 25;
    };
    brow("gather(10)", ns_per([&] { p.gather(120, 10); }));
    brow("forward(10)", ns_per([&] { p.forward(10); }));
    brow("gradients(10) (backward without the loss)", ns_per([&] { p.backward(10); }));
    net.reset();  // apply_gradients moves the weights: time it last, on the same gradient
    brow("apply_gradients()", ns_per([&] { p.apply(); }));
    // Pieces of forward/backward, for one batch (stride 12).
    MLP<float>& m = p.mlp();
    std::printf("   within forward/backward (per batch):\n");
    double act = 0, dact = 0;
    for (std::size_t li = 0; li < m.layers.size(); ++li) {
      Layer<float>& l = m.layers[li];
      const int n = l.out * 12;
      act += ns_per([&] { kernels::forward_simd(Act::Tanh, 0, l.z.data(), l.a.data(), n); });
      dact += ns_per([&] { kernels::derivative_simd(Act::Tanh, 0, l.z.data(), l.da.data(), n); });
    }
    net.reset();
    p.order();
    p.gather(0, 10);
    p.forward(10);
    std::printf("   %-46s %9.1f ns\n", "tanh forward kernel, all layers", act);
    std::printf("   %-46s %9.1f ns  (training takes tanh′ from its forward)\n", "tanh derivative kernel, all layers", dact);
    const double el = ns_per([&] {
      for (int b = 0; b < 10; ++b) g_sink = g_sink + m.example_loss(b, p.y()[b]);
    });
    std::printf("   %-46s %9.1f ns\n", "example_loss ×10 (what backward() adds)", el);
    std::printf(" sum of pieces %.0f ns/epoch + evaluate + per-epoch = %.0f ns vs epoch %.0f ns\n", sum,
                sum + ev, te);
  }
  return 0;
}
