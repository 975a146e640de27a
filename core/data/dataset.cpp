// dataset.cpp: generators after TensorFlow Playground's dataset.ts (same formulas and order of
// random draws, labels ±1 stored as 1/0), multi-class spirals and blobs, CSV and array import.
#include "data/dataset.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "util/rng.h"

namespace actlab {
namespace {

constexpr double kPi = 3.14159265358979323846;
// In kDatasetKindNames order (schema.h).
enum Kind { kCircle, kXor, kGauss, kSpiral, kSpiralK, kBlobs, kPlane, kMultigauss };

bool fail(std::string* error, std::string m) {
  if (error) *error = std::move(m);
  return false;
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}

struct Builder {
  Dataset d;
  void add(double x1, double x2, double label) {
    d.x1.push_back(static_cast<float>(x1));
    d.x2.push_back(static_cast<float>(x2));
    d.label.push_back(static_cast<float>(label));
  }
};

// Playground measures with Math.sqrt(dx² + dy²); sqrt is exact in every libm (hypot is not),
// which keeps labels bit-identical between native and WASM.
double dist(double x, double y) { return std::sqrt(x * x + y * y); }

// Playground's d3 scale for the Gaussian sets: noise [0, 0.5] → variance [0.5, 4].
double gauss_variance(double noise) { return 0.5 + (4.0 - 0.5) * (noise / 0.5); }

// Points per class: n/k each, the remainder to the first classes.
int share(int n, int k, int c) { return n / k + (c < n % k ? 1 : 0); }

// circle: positives r ∈ [0, 2.5), negatives r ∈ [3.5, 5); the label is that of the
// noise-shifted point while the point is stored without noise (as Playground does).
void circle(Builder& b, int n, double noise, Rng& r) {
  const double radius = 5;
  for (int i = 0; i < n; ++i) {
    const bool inner = i < n / 2;
    const double rr = inner ? r.uniform(0, radius * 0.5) : r.uniform(radius * 0.7, radius);
    const double a = r.uniform(0, 2 * kPi);
    const double x = rr * std::sin(a), y = rr * std::cos(a);
    const double nx = r.uniform(-radius, radius) * noise;
    const double ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, dist(x + nx, y + ny) < radius * 0.5 ? 1.0 : 0.0);
  }
}

// xor: x, y ∈ [-5, 5] pushed 0.3 away from the axes; label sign(x·y) of the noisy point.
void xor_data(Builder& b, int n, double noise, Rng& r) {
  const double pad = 0.3;
  for (int i = 0; i < n; ++i) {
    double x = r.uniform(-5, 5);
    x += x > 0 ? pad : -pad;
    double y = r.uniform(-5, 5);
    y += y > 0 ? pad : -pad;
    const double nx = r.uniform(-5, 5) * noise;
    const double ny = r.uniform(-5, 5) * noise;
    b.add(x, y, (x + nx) * (y + ny) >= 0 ? 1.0 : 0.0);
  }
}

// One Gaussian point. The two draws are separate statements: as arguments of one call their
// order would be unspecified (g++ and clang differ), swapping x and y between native and WASM.
void gauss_point(Builder& b, double cx, double cy, double sd, double label, Rng& r) {
  const double x = r.normal(cx, sd);
  const double y = r.normal(cy, sd);
  b.add(x, y, label);
}

// gauss: N((2, 2), var) → 1 and N((-2, -2), var) → 0.
void gauss(Builder& b, int n, double noise, Rng& r) {
  const double sd = std::sqrt(gauss_variance(noise));
  for (int i = 0; i < n; ++i) {
    const bool pos = i < n / 2;
    gauss_point(b, pos ? 2 : -2, pos ? 2 : -2, sd, pos ? 1.0 : 0.0, r);
  }
}

// One spiral arm of m points: r = i/m·5, t = 1.75·i/m·2π + δ, noise uniform(−1, 1)·noise.
void spiral_arm(Builder& b, int m, double delta, double label, double noise, Rng& r) {
  for (int i = 0; i < m; ++i) {
    const double rr = static_cast<double>(i) / m * 5;
    const double t = 1.75 * i / m * 2 * kPi + delta;
    const double x = rr * std::sin(t) + r.uniform(-1, 1) * noise;
    const double y = rr * std::cos(t) + r.uniform(-1, 1) * noise;
    b.add(x, y, label);
  }
}

void spiral(Builder& b, int n, double noise, Rng& r) {
  spiral_arm(b, n / 2, 0, 1.0, noise, r);
  spiral_arm(b, n - n / 2, kPi, 0.0, noise, r);
}

void spiral_k(Builder& b, int n, int k, double noise, Rng& r) {
  for (int c = 0; c < k; ++c) spiral_arm(b, share(n, k, c), 2 * kPi * c / k, c, noise, r);
}

// blobs: k Gaussians centred on a circle of radius 4 at angles 2πc/k, spread as in gauss.
void blobs(Builder& b, int n, int k, double noise, Rng& r) {
  const double sd = std::sqrt(gauss_variance(noise));
  for (int c = 0; c < k; ++c) {
    const double a = 2 * kPi * c / k;
    const double cx = 4 * std::cos(a), cy = 4 * std::sin(a);
    for (int i = 0; i < share(n, k, c); ++i) gauss_point(b, cx, cy, sd, c, r);
  }
}

// plane: points in [-6, 6]², label (x + y)/10 of the noisy point. Playground's d3 scale maps
// [-10, 10] → [-1, 1] without clamping, so corner labels reach ±1.2 (±1.8 with noise).
void plane(Builder& b, int n, double noise, Rng& r) {
  const double radius = 6;
  for (int i = 0; i < n; ++i) {
    const double x = r.uniform(-radius, radius);
    const double y = r.uniform(-radius, radius);
    const double nx = r.uniform(-radius, radius) * noise;
    const double ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, (x + nx + y + ny) / 10.0);
  }
}

// multigauss: six bumps of sign ±1; a point takes, of sign·clamp(1 − distance/2, 0, 1) over
// the bumps, the value largest in magnitude (the first on ties), on the noisy point.
void multigauss(Builder& b, int n, double noise, Rng& r) {
  static const double g[6][3] = {{-4, 2.5, 1},   {0, 2.5, -1}, {4, 2.5, 1},
                                 {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  const double radius = 6;
  for (int i = 0; i < n; ++i) {
    const double x = r.uniform(-radius, radius);
    const double y = r.uniform(-radius, radius);
    const double nx = r.uniform(-radius, radius) * noise;
    const double ny = r.uniform(-radius, radius) * noise;
    double label = 0;
    for (const auto& c : g) {
      const double v = c[2] * std::clamp(1.0 - dist(x + nx - c[0], y + ny - c[1]) / 2.0, 0.0, 1.0);
      if (std::fabs(v) > std::fabs(label)) label = v;
    }
    b.add(x, y, label);
  }
}

// Fisher–Yates with the seeded Rng, then the first round(n·fraction) points train: at least
// one, and at least one test point unless fraction is 1.
void shuffle_split(Dataset& d, double fraction, Rng& rng) {
  const std::size_t n = d.size();
  for (std::size_t i = n; i > 1; --i) {
    const std::size_t j = rng.below(static_cast<std::uint32_t>(i));
    std::swap(d.x1[i - 1], d.x1[j]);
    std::swap(d.x2[i - 1], d.x2[j]);
    std::swap(d.label[i - 1], d.label[j]);
  }
  std::size_t t = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fraction));
  if (fraction < 1 && n >= 2) t = std::min(t, n - 1);
  d.train_count = std::min(n, std::max<std::size_t>(t, 1));
}

bool finish(Dataset& d, Task task, int classes, double fraction, std::uint32_t seed, Dataset* out) {
  d.task = task;
  d.classes = task == Task::kBinary ? 2 : task == Task::kMulticlass ? classes : 0;
  Rng rng(seed);
  shuffle_split(d, fraction, rng);
  *out = std::move(d);
  return true;
}

bool check_common(Task task, int classes, double fraction, std::string* error) {
  if (task != Task::kBinary && task != Task::kMulticlass && task != Task::kRegression)
    return fail(error, "task must be binary, multiclass or regression");
  if (task == Task::kMulticlass && !kClasses.contains(classes))
    return fail(error, "classes must be an integer in " + range_text(kClasses) +
                           " for a multiclass dataset, got " + std::to_string(classes));
  if (!kTrainFraction.contains(fraction))
    return fail(error, "trainFraction must be a number in " + range_text(kTrainFraction) +
                           ", got " + fmt(fraction));
  return true;
}

// Validates labels one at a time. Binary data may use 0/1 or -1/+1, but a file using both 0
// and -1 is ambiguous (both would mean the negative class), so that is an error too.
class LabelCheck {
 public:
  // unit: how errors refer to an earlier row, e.g. "line" or "point".
  LabelCheck(Task task, int classes, const char* unit)
      : task_(task), classes_(classes), unit_(unit) {}

  // v: the label as read; f: v rounded to float (for regression the stored value); where:
  // the row's line number / index. On success *stored is what the Dataset keeps.
  bool check(double v, float f, std::size_t where, float* stored, std::string* why) {
    if (!std::isfinite(v)) return *why = "label must be a finite number, got " + fmt(v), false;
    switch (task_) {
      case Task::kBinary:
        if (v == 1) return *stored = 1, true;
        if (v == 0 || v == -1) {
          std::size_t& mine = v == 0 ? zero_at_ : minus_at_;
          const std::size_t other = v == 0 ? minus_at_ : zero_at_;
          if (other != kNone)
            return *why = "binary labels must be 0/1 or -1/+1, not both: this label is " + fmt(v) +
                          " but " + unit_ + " " + std::to_string(other) + " has " +
                          (v == 0 ? "-1" : "0"),
                   false;
          if (mine == kNone) mine = where;
          return *stored = 0, true;
        }
        return *why = "binary label must be 0 or 1 (or -1/+1), got " + fmt(v), false;
      case Task::kMulticlass:
        if (v >= 0 && v < classes_ && std::floor(v) == v)
          return *stored = static_cast<float>(v), true;
        return *why = "class label must be an integer in [0, " + std::to_string(classes_ - 1) +
                      "], got " + fmt(v),
               false;
      case Task::kRegression:
        if (!std::isfinite(f))
          return *why = "label " + fmt(v) + " is outside the float range", false;
        return *stored = f, true;
    }
    return *why = "unknown task", false;
  }

 private:
  static constexpr std::size_t kNone = ~std::size_t{0};
  Task task_;
  int classes_;
  const char* unit_;
  std::size_t zero_at_ = kNone, minus_at_ = kNone;
};

// ---- CSV fields ----

enum class Field { kNumber, kNonFinite, kText };
constexpr const char* kFieldNames[3] = {"x1", "x2", "label"};

std::string_view trim(std::string_view f) {
  while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
  while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
  return f;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_nocase(std::string_view a, const char* b) {
  std::size_t i = 0;
  for (; i < a.size() && b[i]; ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return i == a.size() && !b[i];
}

// A decimal number [+-](digits[.digits] | .digits)[(e|E)[+-]digits], NaN/Infinity spelled
// any way strtod would accept, or anything else. Checked here so strtod never sees hex floats
// or trailing junk.
Field classify(std::string_view f) {
  std::size_t i = 0;
  if (i < f.size() && (f[i] == '+' || f[i] == '-')) ++i;
  const std::string_view word = f.substr(i);
  if (equals_nocase(word, "nan") || equals_nocase(word, "inf") || equals_nocase(word, "infinity"))
    return Field::kNonFinite;
  std::size_t digits = 0;
  while (i < f.size() && is_digit(f[i])) ++i, ++digits;
  if (i < f.size() && f[i] == '.') {
    ++i;
    while (i < f.size() && is_digit(f[i])) ++i, ++digits;
  }
  if (digits == 0) return Field::kText;
  if (i < f.size() && (f[i] == 'e' || f[i] == 'E')) {
    ++i;
    if (i < f.size() && (f[i] == '+' || f[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < f.size() && is_digit(f[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return Field::kText;
  }
  return i == f.size() ? Field::kNumber : Field::kText;
}

// The field for an error message: at most ~24 bytes (cut at a UTF-8 character boundary),
// control characters shown as '?'.
std::string quote(std::string_view f) {
  std::string q = "\"";
  for (std::size_t i = 0; i < f.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(f[i]);
    if (q.size() > 24 && (c & 0xC0) != 0x80) {
      q += "...";
      break;
    }
    q += c < 0x20 || c == 0x7F ? '?' : static_cast<char>(c);
  }
  return q + "\"";
}

}  // namespace

bool make_dataset(const DatasetSpec& s, Dataset* out, std::string* error) {
  int kind = -1;
  for (int i = 0; i < kDatasetKindCount; ++i)
    if (s.kind == kDatasetKindNames[i]) kind = i;
  if (kind < 0)
    return fail(error, "unknown dataset kind \"" + s.kind +
                           "\"; expected one of: circle, xor, gauss, spiral (binary), "
                           "spiral_k, blobs (multiclass), plane, multigauss (regression)");
  if (!kPoints.contains(s.points))
    return fail(error, "points must be an integer in " + range_text(kPoints) + ", got " +
                           std::to_string(s.points));
  if (!kNoise.contains(s.noise))
    return fail(error, "noise must be a number in " + range_text(kNoise) + ", got " + fmt(s.noise));
  const bool multi = kind == kSpiralK || kind == kBlobs;
  if (multi && !kClasses.contains(s.classes))
    return fail(error, "classes must be an integer in " + range_text(kClasses) + " for " + s.kind +
                           ", got " + std::to_string(s.classes));
  Task task = Task::kBinary;
  if (multi) task = Task::kMulticlass;
  if (kind == kPlane || kind == kMultigauss) task = Task::kRegression;
  if (!check_common(task, multi ? s.classes : 2, s.train_fraction, error)) return false;
  Rng r(s.seed);
  Builder b;
  b.d.x1.reserve(static_cast<std::size_t>(s.points));
  b.d.x2.reserve(static_cast<std::size_t>(s.points));
  b.d.label.reserve(static_cast<std::size_t>(s.points));
  switch (kind) {
    case kCircle: circle(b, s.points, s.noise, r); break;
    case kXor: xor_data(b, s.points, s.noise, r); break;
    case kGauss: gauss(b, s.points, s.noise, r); break;
    case kSpiral: spiral(b, s.points, s.noise, r); break;
    case kSpiralK: spiral_k(b, s.points, s.classes, s.noise, r); break;
    case kBlobs: blobs(b, s.points, s.classes, s.noise, r); break;
    case kPlane: plane(b, s.points, s.noise, r); break;
    case kMultigauss: multigauss(b, s.points, s.noise, r); break;
  }
  // A second stream for the shuffle, so the points do not depend on the split.
  return finish(b.d, task, s.classes, s.train_fraction, s.seed ^ 0x51ed270bu, out);
}

bool parse_csv(std::string_view text, Task task, int classes, double fraction, std::uint32_t seed,
               Dataset* out, std::string* error) {
  if (!check_common(task, classes, fraction, error)) return false;
  if (text.size() > kMaxCsvText)
    return fail(error, "the CSV text has " + std::to_string(text.size()) + " bytes; at most " +
                           std::to_string(kMaxCsvText) + " are allowed");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // spreadsheets write a BOM
  Dataset d;
  LabelCheck labels(task, classes, "line");
  std::string buf, why;  // reused: strtof/strtod need terminated text
  std::size_t line_no = 0, pos = 0;
  bool first = true;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) continue;
    const std::string where = "line " + std::to_string(line_no) + ": ";
    std::string_view f[3];
    std::size_t count = 0, start = 0;
    for (;;) {
      const std::size_t comma = line.find(',', start);
      if (count < 3)
        f[count] =
            trim(line.substr(start, comma == std::string_view::npos ? comma : comma - start));
      ++count;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (count != 3)
      return fail(error, where + "expected 3 columns (x1,x2,label), got " + std::to_string(count));
    Field kind[3];
    for (int k = 0; k < 3; ++k) kind[k] = classify(f[k]);
    const bool header =
        kind[0] == Field::kText && kind[1] == Field::kText && kind[2] == Field::kText;
    if (first && header) {
      first = false;
      continue;
    }
    first = false;
    if (d.size() >= kMaxPoints)
      return fail(error, where + "more than " + std::to_string(kMaxPoints) +
                             " rows (the limit is " + std::to_string(kMaxPoints) + " points)");
    for (int k = 0; k < 3; ++k) {
      if (kind[k] == Field::kText)
        return fail(error, where + "every field must be a number, but " + kFieldNames[k] + " is " +
                               quote(f[k]));
      if (kind[k] == Field::kNonFinite)
        return fail(error, where + kFieldNames[k] + " must be a finite number, got " + quote(f[k]));
    }
    float v[3];
    double label = 0;
    for (int k = 0; k < 3; ++k) {
      buf.assign(f[k]);
      char* stop = nullptr;
      // Straight to float: strtod then a cast would round twice and could miss by an ulp.
      v[k] = std::strtof(buf.c_str(), &stop);
      if (k == 2) label = std::strtod(buf.c_str(), nullptr);
      if (stop != buf.c_str() + buf.size())  // only if a host changed LC_NUMERIC
        return fail(error, where + "could not read " + kFieldNames[k] + " " + quote(f[k]));
      // Class labels are checked as integers below; coordinates and targets must fit a float.
      const bool too_big =
          k < 2 || task == Task::kRegression ? !std::isfinite(v[k]) : !std::isfinite(label);
      if (too_big)
        return fail(error, where + kFieldNames[k] + " " + quote(f[k]) +
                               " is outside the float range (about ±3.4e38)");
    }
    float stored;
    if (!labels.check(label, v[2], line_no, &stored, &why)) return fail(error, where + why);
    d.x1.push_back(v[0]);
    d.x2.push_back(v[1]);
    d.label.push_back(stored);
  }
  if (d.size() == 0) return fail(error, "no data rows (expected lines of x1,x2,label)");
  return finish(d, task, classes, fraction, seed, out);
}

bool make_dataset_from_points(const float* x1, const float* x2, const float* label, std::size_t n,
                              Task task, int classes, double fraction, std::uint32_t seed,
                              Dataset* out, std::string* error) {
  if (!check_common(task, classes, fraction, error)) return false;
  if (n == 0) return fail(error, "no points");
  if (n > kMaxPoints)
    return fail(error, "more than " + std::to_string(kMaxPoints) + " points (got " +
                           std::to_string(n) + ")");
  if (!x1 || !x2 || !label) return fail(error, "x1, x2 and label must not be null");
  Dataset d;
  d.x1.reserve(n);
  d.x2.reserve(n);
  d.label.reserve(n);
  LabelCheck labels(task, classes, "point");
  std::string why;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string where = "point " + std::to_string(i) + ": ";
    if (!std::isfinite(x1[i]))
      return fail(error, where + "x1 must be a finite number, got " + fmt(x1[i]));
    if (!std::isfinite(x2[i]))
      return fail(error, where + "x2 must be a finite number, got " + fmt(x2[i]));
    float stored;
    if (!labels.check(label[i], label[i], i, &stored, &why)) return fail(error, where + why);
    d.x1.push_back(x1[i]);
    d.x2.push_back(x2[i]);
    d.label.push_back(stored);
  }
  return finish(d, task, classes, fraction, seed, out);
}

}  // namespace actlab
