// libFuzzer target for everything that reads outside input: CSV datasets, JSON, network
// configurations and exported networks. The first byte picks the importer. Invariants: no
// crash or UB (ASan + UBSan), a rejected input leaves the output untouched and explains
// itself, an accepted one is valid (finite points, labels in range; a network that trains a
// step and re-exports to the same JSON).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "data/dataset.h"
#include "nn/network.h"
#include "util/json.h"

using namespace actlab;

namespace {
[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "INVARIANT FAILED: %s\n", what);
  std::abort();
}

void csv(std::string_view text, std::uint8_t mode) {
  const Task task = static_cast<Task>(mode % 3);
  const int classes = 2 + (mode >> 2) % 7;
  Dataset d;
  d.label = {42.0f};  // sentinel: must survive a rejection
  std::string e;
  if (!parse_csv(text, task, classes, 0.5, 1, &d, &e)) {
    if (e.empty()) fail("csv rejected without a message");
    if (d.label.size() != 1 || d.label[0] != 42.0f) fail("csv partially loaded");
    return;
  }
  if (d.size() == 0 || d.size() > kMaxPoints || d.train_count == 0 || d.train_count > d.size())
    fail("csv sizes");
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!std::isfinite(d.x1[i]) || !std::isfinite(d.x2[i]) || !std::isfinite(d.label[i]))
      fail("csv non-finite value");
    if (task == Task::kBinary && d.label[i] != 0 && d.label[i] != 1) fail("binary label");
    if (task == Task::kMulticlass && (d.label[i] < 0 || d.label[i] >= classes)) fail("class label");
  }
}

void json_roundtrip(std::string_view text) {
  json::Value v;
  std::string e;
  if (!json::parse(text, &v, &e)) {
    if (e.find("line ") != 0) fail("json error without a position");
    return;
  }
  const std::string again = json::serialize(v);
  json::Value w;
  if (!json::parse(again, &w, &e)) fail("serialized JSON does not parse");
  if (!(w == v)) fail("JSON round trip changed the value");
}

void network(std::string_view text, bool as_export) {
  Network n;
  std::string e;
  if (as_export) {
    if (!Network::import_json(text, &n, &e)) {
      if (e.empty()) fail("import rejected without a message");
      return;
    }
  } else {
    NetworkConfig c;
    if (!parse_network_config(text, &c, &e)) {
      if (e.empty()) fail("config rejected without a message");
      return;
    }
    if (!Network::create(c, &n, &e)) fail("a parsed config must create a network");
  }
  // A valid network exports to JSON that imports to the identical network.
  const std::string js = n.export_json();
  Network m;
  if (!Network::import_json(js, &m, &e)) fail(("re-import failed: " + e).c_str());
  if (m.export_json() != js) fail("export/import is not exact");
  // Train a step on matching data: must not crash; loss finite or divergence reported.
  const Head h = n.config().head;
  DatasetSpec s;
  s.points = 20;
  s.kind = h == Head::kSoftmax ? "blobs" : h == Head::kRegression ? "plane" : "xor";
  s.classes = n.config().classes;
  Dataset d;
  if (!make_dataset(s, &d, &e) || !n.set_data(d, &e)) fail("dataset for the head");
  TrainResult r;
  if (!n.train(1, &r, &e)) fail("train(1) failed");
  if (!r.diverged && !(r.epochs.size() == 1 && std::isfinite(r.epochs[0].train_loss)))
    fail("finite loss or reported divergence");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t which = data[0], mode = data[1];
  const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  switch (which % 4) {
    case 0: csv(text, mode); break;
    case 1: json_roundtrip(text); break;
    case 2: network(text, false); break;
    case 3: network(text, true); break;
  }
  return 0;
}
