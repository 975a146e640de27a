// fingerprint (native): trains every case of tests/fingerprint/cases.json and prints each
// epoch's stats as hex floats, the exported network (weights, optimiser moments, RNG state),
// its diagnostics, and one gradient-flow run. scripts/fingerprint.sh hashes this output and
// the same from WASM (fingerprint.mjs): a refactor that claims "outputs unchanged" must leave
// both hashes as they were.
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "data/dataset.h"
#include "nn/gradient_flow.h"
#include "nn/network.h"
#include "util/json.h"
using namespace actlab;
int main(int argc, char** argv) {
  std::ifstream f(argv[1]);
  std::stringstream ss;
  ss << f.rdbuf();
  json::Value root;
  std::string e;
  if (!json::parse(ss.str(), &root, &e)) {
    std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  for (const json::Value& c : root.array) {
    const json::Value& d = *c.find("data");
    DatasetSpec s;
    s.kind = d.find("kind")->string;
    s.points = (int)d.find("points")->number;
    s.noise = d.find("noise")->number;
    if (d.find("trainFraction")) s.train_fraction = d.find("trainFraction")->number;
    if (d.find("classes")) s.classes = (int)d.find("classes")->number;
    s.seed = (unsigned)d.find("seed")->number;
    Dataset ds;
    NetworkConfig cfg;
    Network n;
    // The config back to JSON text for parse_network_config (the JS API's path).
    std::string cfgtext;
    {
      std::function<void(const json::Value&)> dump = [&](const json::Value& v) {
        switch (v.kind) {
          case json::Value::Kind::Null: cfgtext += "null"; break;
          case json::Value::Kind::Bool: cfgtext += v.boolean ? "true" : "false"; break;
          case json::Value::Kind::Number: {
            char b[40];
            std::snprintf(b, 40, "%.17g", v.number);
            cfgtext += b;
            break;
          }
          case json::Value::Kind::String: cfgtext += "\"" + v.string + "\""; break;
          case json::Value::Kind::Array:
            cfgtext += "[";
            for (size_t i = 0; i < v.array.size(); ++i) {
              if (i) cfgtext += ",";
              dump(v.array[i]);
            }
            cfgtext += "]";
            break;
          case json::Value::Kind::Object: {
            cfgtext += "{";
            bool first = true;
            for (auto& kv : v.object) {
              if (!first) cfgtext += ",";
              first = false;
              cfgtext += "\"" + kv.first + "\":";
              dump(kv.second);
            }
            cfgtext += "}";
            break;
          }
        }
      };
      dump(*c.find("config"));
    }
    if (!make_dataset(s, &ds, &e) || !parse_network_config(cfgtext, &cfg, &e) ||
        !Network::create(cfg, &n, &e) || !n.set_data(ds, &e)) {
      std::fprintf(stderr, "%s\n", e.c_str());
      return 1;
    }
    TrainResult r;
    if (!n.train((int)c.find("epochs")->number, &r, &e)) {
      std::fprintf(stderr, "%s\n", e.c_str());
      return 1;
    }
    std::printf("case %s diverged=%d\n", c.find("name")->string.c_str(), r.diverged);
    for (auto& st : r.epochs)
      std::printf("%a %a %a %a %d\n", st.train_loss, st.test_loss, st.train_accuracy,
                  st.test_accuracy, st.epoch);
    std::printf("%s\n", n.export_json().c_str());
    std::printf("%s\n", diagnostics_json(n.diagnostics(3)).c_str());
  }
  GradientFlowSpec g;
  g.depth = 12;
  g.act = Act::Sigmoid;
  g.seed = 3;
  GradientFlow gf;
  gradient_flow(g, &gf, &e);
  std::printf("%s\n", gradient_flow_json(gf).c_str());
  return 0;
}
