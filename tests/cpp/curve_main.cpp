// actlab_curve: trains a fixed network and prints its per-epoch train loss as JSON.
// tests/node/native-vs-wasm.test.mjs runs this native binary and the same training through
// the WASM module, and compares the curves (the PRNG makes data and weights identical).
#include <cstdio>
#include <string>

#include "data/dataset.h"
#include "nn/network.h"
#include "util/json.h"

int main(int argc, char** argv) {
  using namespace actlab;
  const int epochs = argc > 1 ? std::atoi(argv[1]) : 200;
  NetworkConfig c;
  std::string e;
  const char* config =
      R"({"features":["x1","x2","sinx1"],"layers":[{"units":8,"activation":"tanh"},)"
      R"({"units":8,"activation":"gelu"}],"head":"binary","init":"xavier",)"
      R"("optimizer":{"type":"adam","learningRate":0.01},"batchSize":10,"seed":5})";
  if (!parse_network_config(config, &c, &e)) return std::fprintf(stderr, "%s\n", e.c_str()), 1;
  Network n;
  if (!Network::create(c, &n, &e)) return std::fprintf(stderr, "%s\n", e.c_str()), 1;
  DatasetSpec s;
  s.kind = "spiral";
  s.points = 400;
  s.noise = 0.1;
  s.seed = 3;
  Dataset d;
  if (!make_dataset(s, &d, &e) || !n.set_data(d, &e))
    return std::fprintf(stderr, "%s\n", e.c_str()), 1;
  TrainResult r;
  if (!n.train(epochs, &r, &e)) return std::fprintf(stderr, "%s\n", e.c_str()), 1;
  std::string out = "{\"config\":";
  out += config;
  out +=
      ",\"dataset\":{\"kind\":\"spiral\",\"points\":400,\"noise\":0.1,\"seed\":3},\"trainLoss\":[";
  for (std::size_t i = 0; i < r.epochs.size(); ++i) {
    if (i) out += ',';
    json::append_number(out, r.epochs[i].train_loss);
  }
  out += "]}\n";
  std::fputs(out.c_str(), stdout);
  return 0;
}
