// libFuzzer target: parse_csv on arbitrary text. Byte 0 picks the task (including an invalid
// one) and the class count (including out-of-range ones), byte 1 the train fraction (including
// out-of-range and NaN) and the seed; the rest is the CSV text. Invariants (abort on
// violation, so libFuzzer reports the input):
//   * no crash or UB (ASan + UBSan around it);
//   * a rejection explains itself (bad arguments, "line N: ..." or "no data rows") and leaves
//     the output untouched;
//   * an accepted dataset has 1..kMaxPoints finite points, labels valid for the task and the
//     documented train/test split;
//   * parsing is deterministic, and writing the points back as "%.9g" CSV and parsing that
//     gives the same points bit for bit (as a multiset: the shuffle reorders them).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "data/dataset.h"

using namespace actlab;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "INVARIANT FAILED: %s %s\n", what, detail.c_str());
  std::abort();
}

std::uint32_t bits(float f) {
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

using Point = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
std::vector<Point> points(const Dataset& d) {
  std::vector<Point> p;
  for (std::size_t i = 0; i < d.size(); ++i)
    p.emplace_back(bits(d.x1[i]), bits(d.x2[i]), bits(d.label[i]));
  std::sort(p.begin(), p.end());
  return p;
}

bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::strlen(prefix), prefix) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const Task task = static_cast<Task>(data[0] % 4);                       // 3 is not a task
  const int classes = (data[0] >> 2) % 10;                                // 0..9: [2, 8] valid
  const double fraction = data[1] == 255 ? NAN : 0.03 + data[1] / 250.0;  // [0.03, 1.05]
  const std::uint32_t seed = data[1] * 2654435761u;
  const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  const bool args_ok = data[0] % 4 != 3 &&
                       (task != Task::kMulticlass || (classes >= 2 && classes <= 8)) &&
                       fraction >= 0.05 && fraction <= 1;

  Dataset d;
  d.label = {42.0f};  // sentinel: must survive a rejection
  d.train_count = 7;
  std::string e;
  if (!parse_csv(text, task, classes, fraction, seed, &d, &e)) {
    if (e.empty()) fail("rejected without a message");
    if (d.label.size() != 1 || d.label[0] != 42.0f || !d.x1.empty() || d.train_count != 7)
      fail("partially loaded", e);
    if (args_ok && !starts_with(e, "line ") && !starts_with(e, "no data rows"))
      fail("data error without a line", e);
    return 0;
  }
  if (!args_ok) fail("invalid arguments accepted");
  const std::size_t n = d.size();
  if (n == 0 || n > kMaxPoints || d.x1.size() != n || d.x2.size() != n) fail("sizes");
  const std::size_t want =
      std::min(n, std::max<std::size_t>(
                      1, std::min<std::size_t>(static_cast<std::size_t>(std::llround(n * fraction)),
                                               fraction < 1 && n >= 2 ? n - 1 : n)));
  if (d.train_count != want) fail("train_count", std::to_string(d.train_count));
  if (d.task != task) fail("task");
  const int want_classes = task == Task::kBinary ? 2 : task == Task::kMulticlass ? classes : 0;
  if (d.classes != want_classes) fail("classes");
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(d.x1[i]) || !std::isfinite(d.x2[i]) || !std::isfinite(d.label[i]))
      fail("non-finite value");
    const float l = d.label[i];
    if (task == Task::kBinary && l != 0 && l != 1) fail("binary label");
    if (task == Task::kMulticlass && !(l >= 0 && l < classes && std::floor(l) == l))
      fail("class label");
  }

  Dataset again;
  if (!parse_csv(text, task, classes, fraction, seed, &again, &e)) fail("second parse failed");
  if (points(again) != points(d) || again.x1 != d.x1 || again.train_count != d.train_count)
    fail("not deterministic");

  // "%.9g" identifies a float; the parser rounds to float once, so the points come back.
  std::string csv = "x1,x2,label\r\n";
  for (std::size_t i = 0; i < n; ++i) {
    char line[96];
    std::snprintf(line, sizeof line, "%.9g,%.9g,%.9g\n", static_cast<double>(d.x1[i]),
                  static_cast<double>(d.x2[i]), static_cast<double>(d.label[i]));
    csv += line;
  }
  Dataset back;
  if (!parse_csv(csv, task, classes, 1.0, seed, &back, &e)) fail("re-parse failed", e);
  if (points(back) != points(d)) fail("CSV round trip changed a value");
  if (back.train_count != n) fail("fraction 1 keeps every point for training");
  return 0;
}
