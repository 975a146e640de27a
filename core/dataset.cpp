// dataset.cpp: generators after TensorFlow Playground's dataset.ts (same formulas, labels
// ±1 stored as 1/0), multi-class spirals and blobs, CSV and array import with validation.
#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "rng.h"

namespace actlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

bool fail(std::string* error, const std::string& m) {
  if (error) *error = m;
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

// Shuffle every point (Fisher–Yates with the seeded Rng), then the first
// round(n·fraction) points (at least 1) are the training set.
void shuffle_split(Dataset& d, double fraction, Rng& rng) {
  const std::size_t n = d.size();
  for (std::size_t i = n; i > 1; --i) {
    const std::size_t j = rng.below(static_cast<std::uint32_t>(i));
    std::swap(d.x1[i - 1], d.x1[j]);
    std::swap(d.x2[i - 1], d.x2[j]);
    std::swap(d.label[i - 1], d.label[j]);
  }
  std::size_t t = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fraction));
  d.train_count = std::min(n, std::max<std::size_t>(t, 1));
}

// Playground: circle of radius 5; positives have r ∈ [0, 2.5], negatives r ∈ [3.5, 5]; the
// label is that of the noise-shifted point, the point itself is stored without noise.
void circle(Builder& b, int n, double noise, Rng& r) {
  const double radius = 5;
  auto label = [&](double x, double y) { return std::hypot(x, y) < radius * 0.5 ? 1.0 : 0.0; };
  for (int i = 0; i < n / 2; ++i) {
    const double rr = r.uniform(0, radius * 0.5), a = r.uniform(0, 2 * kPi);
    const double x = rr * std::sin(a), y = rr * std::cos(a);
    const double nx = r.uniform(-radius, radius) * noise, ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, label(x + nx, y + ny));
  }
  for (int i = n / 2; i < n; ++i) {
    const double rr = r.uniform(radius * 0.7, radius), a = r.uniform(0, 2 * kPi);
    const double x = rr * std::sin(a), y = rr * std::cos(a);
    const double nx = r.uniform(-radius, radius) * noise, ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, label(x + nx, y + ny));
  }
}

// Playground: x, y ∈ [-5, 5] pushed 0.3 away from the axes; label = sign(x·y) of the noisy point.
void xor_data(Builder& b, int n, double noise, Rng& r) {
  const double pad = 0.3;
  for (int i = 0; i < n; ++i) {
    double x = r.uniform(-5, 5), y = r.uniform(-5, 5);
    x += x > 0 ? pad : -pad;
    y += y > 0 ? pad : -pad;
    const double nx = r.uniform(-5, 5) * noise, ny = r.uniform(-5, 5) * noise;
    b.add(x, y, (x + nx) * (y + ny) >= 0 ? 1.0 : 0.0);
  }
}

// Playground: two Gaussians at (2, 2) (label 1) and (-2, -2) (label 0); the variance grows
// linearly with noise, from 0.5 at 0 to 4 at 0.5.
void gauss(Builder& b, int n, double noise, Rng& r) {
  const double var = 0.5 + (4.0 - 0.5) * (noise / 0.5);
  const double sd = std::sqrt(var);
  for (int i = 0; i < n; ++i) {
    const bool pos = i < n / 2;
    const double c = pos ? 2 : -2;
    b.add(r.normal(c, sd), r.normal(c, sd), pos ? 1.0 : 0.0);
  }
}

// Playground's spiral arm: r = i/m·5, t = 1.75·i/m·2π + δ, noise uniform(−1, 1)·noise.
void spiral_arm(Builder& b, int m, double delta, double label, double noise, Rng& r) {
  for (int i = 0; i < m; ++i) {
    const double rr = static_cast<double>(i) / m * 5;
    const double t = 1.75 * i / m * 2 * kPi + delta;
    const double x = rr * std::sin(t) + r.uniform(-1, 1) * noise;
    const double y = rr * std::cos(t) + r.uniform(-1, 1) * noise;
    b.add(x, y, label);
  }
}

int share(int n, int k, int c) { return n / k + (c < n % k ? 1 : 0); }

void spiral(Builder& b, int n, double noise, Rng& r) {
  spiral_arm(b, n / 2, 0, 1.0, noise, r);
  spiral_arm(b, n - n / 2, kPi, 0.0, noise, r);
}

void spiral_k(Builder& b, int n, int k, double noise, Rng& r) {
  for (int c = 0; c < k; ++c) spiral_arm(b, share(n, k, c), 2 * kPi * c / k, c, noise, r);
}

// k Gaussian blobs centred on a circle of radius 4; spread as in gauss().
void blobs(Builder& b, int n, int k, double noise, Rng& r) {
  const double sd = std::sqrt(0.5 + (4.0 - 0.5) * (noise / 0.5)) * 0.5;
  for (int c = 0; c < k; ++c) {
    const double a = 2 * kPi * c / k, cx = 4 * std::cos(a), cy = 4 * std::sin(a);
    for (int i = 0; i < share(n, k, c); ++i) b.add(r.normal(cx, sd), r.normal(cy, sd), c);
  }
}

// Playground: label = (x + y)/10 clamped to [-1, 1], on the noise-shifted point.
void plane(Builder& b, int n, double noise, Rng& r) {
  const double radius = 6;
  for (int i = 0; i < n; ++i) {
    const double x = r.uniform(-radius, radius), y = r.uniform(-radius, radius);
    const double nx = r.uniform(-radius, radius) * noise, ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, std::clamp((x + nx + y + ny) / 10.0, -1.0, 1.0));
  }
}

// Playground: six Gaussians of sign ±1; a point takes the largest-magnitude value of
// sign·(1 − distance/2) (clamped at 0) over them.
void multigauss(Builder& b, int n, double noise, Rng& r) {
  const double g[6][3] = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
                          {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  const double radius = 6;
  auto label = [&](double x, double y) {
    double best = 0;
    for (const auto& c : g) {
      const double s = std::clamp(1.0 - std::hypot(x - c[0], y - c[1]) / 2.0, 0.0, 1.0);
      const double v = c[2] * s;
      if (std::fabs(v) > std::fabs(best)) best = v;
    }
    return best;
  };
  for (int i = 0; i < n; ++i) {
    const double x = r.uniform(-radius, radius), y = r.uniform(-radius, radius);
    const double nx = r.uniform(-radius, radius) * noise, ny = r.uniform(-radius, radius) * noise;
    b.add(x, y, label(x + nx, y + ny));
  }
}

bool check_common(Task task, int classes, double fraction, std::string* error) {
  if (task != Task::kBinary && task != Task::kMulticlass && task != Task::kRegression)
    return fail(error, "task must be binary, multiclass or regression");
  if (task == Task::kMulticlass && (classes < 2 || classes > 8))
    return fail(error, "classes must be an integer in [2, 8], got " + std::to_string(classes));
  if (!(fraction >= 0.05 && fraction <= 1))
    return fail(error, "trainFraction must be a number in [0.05, 1], got " + fmt(fraction));
  return true;
}

// Validates one label; returns the stored value (binary -1 → 0) through *stored.
bool check_label(Task task, int classes, double v, float* stored, std::string* why) {
  if (!std::isfinite(v)) return *why = "label must be a finite number", false;
  switch (task) {
    case Task::kBinary:
      if (v == 0 || v == -1) return *stored = 0, true;
      if (v == 1) return *stored = 1, true;
      return *why = "binary label must be 0 or 1 (or -1/+1), got " + fmt(v), false;
    case Task::kMulticlass:
      if (v >= 0 && v < classes && std::floor(v) == v) return *stored = static_cast<float>(v), true;
      return *why = "class label must be an integer in [0, " + std::to_string(classes - 1) +
                    "], got " + fmt(v),
             false;
    case Task::kRegression:
      if (std::fabs(v) > 3.4e38) return *why = "label out of float range", false;
      return *stored = static_cast<float>(v), true;
  }
  return false;
}

bool finish(Dataset& d, Task task, int classes, double fraction, std::uint32_t seed,
            Dataset* out) {
  d.task = task;
  d.classes = task == Task::kBinary ? 2 : task == Task::kMulticlass ? classes : 0;
  Rng rng(seed);
  shuffle_split(d, fraction, rng);
  *out = std::move(d);
  return true;
}

// Parses one CSV field as a finite float; false if it is not a number.
bool parse_field(std::string_view f, double* v) {
  while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
  while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
  if (f.empty() || f.size() > 64) return false;
  const std::string s(f);
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

}  // namespace

bool make_dataset(const DatasetSpec& s, Dataset* out, std::string* error) {
  static const char* kinds[] = {"circle", "xor", "gauss", "spiral", "spiral_k", "blobs", "plane", "multigauss"};
  int kind = -1;
  for (int i = 0; i < 8; ++i)
    if (s.kind == kinds[i]) kind = i;
  if (kind < 0)
    return fail(error, "unknown dataset kind \"" + s.kind +
                           "\"; expected one of: circle, xor, gauss, spiral, spiral_k, blobs, plane, multigauss");
  if (s.points < 10 || s.points > static_cast<int>(kMaxPoints))
    return fail(error, "points must be an integer in [10, 10000], got " + std::to_string(s.points));
  if (!(s.noise >= 0 && s.noise <= 0.5))
    return fail(error, "noise must be a number in [0, 0.5], got " + fmt(s.noise));
  const bool multi = kind == 4 || kind == 5;
  const Task task = multi ? Task::kMulticlass : kind >= 6 ? Task::kRegression : Task::kBinary;
  if (!check_common(task, multi ? s.classes : 2, s.train_fraction, error)) return false;
  Rng r(s.seed);
  Builder b;
  switch (kind) {
    case 0: circle(b, s.points, s.noise, r); break;
    case 1: xor_data(b, s.points, s.noise, r); break;
    case 2: gauss(b, s.points, s.noise, r); break;
    case 3: spiral(b, s.points, s.noise, r); break;
    case 4: spiral_k(b, s.points, s.classes, s.noise, r); break;
    case 5: blobs(b, s.points, s.classes, s.noise, r); break;
    case 6: plane(b, s.points, s.noise, r); break;
    case 7: multigauss(b, s.points, s.noise, r); break;
  }
  return finish(b.d, task, s.classes, s.train_fraction, s.seed ^ 0x51ed270bu, out);
}

bool parse_csv(std::string_view text, Task task, int classes, double fraction,
               std::uint32_t seed, Dataset* out, std::string* error) {
  if (!check_common(task, classes, fraction, error)) return false;
  Dataset d;
  std::size_t line_no = 0, pos = 0;
  bool first_content = true;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (end == text.size()) break;
      continue;
    }
    std::string_view f[4];
    int count = 0;
    std::size_t start = 0;
    for (;;) {
      const std::size_t comma = line.find(',', start);
      if (count < 4) f[count] = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      ++count;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    const std::string where = "line " + std::to_string(line_no) + ": ";
    if (count != 3)
      return fail(error, where + "expected 3 columns (x1,x2,label), got " + std::to_string(count));
    double v[3];
    bool numeric = true;
    for (int k = 0; k < 3; ++k) numeric = numeric && parse_field(f[k], &v[k]);
    if (!numeric) {
      if (first_content) {  // a header line
        first_content = false;
        continue;
      }
      return fail(error, where + "every field must be a number");
    }
    first_content = false;
    for (int k = 0; k < 2; ++k)
      if (!(std::fabs(v[k]) <= 3.4e38)) return fail(error, where + (k ? "x2" : "x1") + std::string(" must be a finite number"));
    float stored;
    std::string why;
    if (!check_label(task, classes, v[2], &stored, &why)) return fail(error, where + why);
    if (d.size() >= kMaxPoints) return fail(error, where + "more than 10,000 rows");
    d.x1.push_back(static_cast<float>(v[0]));
    d.x2.push_back(static_cast<float>(v[1]));
    d.label.push_back(stored);
    if (end == text.size()) break;
  }
  if (d.size() == 0) return fail(error, "no data rows (expected lines of x1,x2,label)");
  return finish(d, task, classes, fraction, seed, out);
}

bool make_dataset_from_points(const float* x1, const float* x2, const float* label,
                              std::size_t n, Task task, int classes, double fraction,
                              std::uint32_t seed, Dataset* out, std::string* error) {
  if (!check_common(task, classes, fraction, error)) return false;
  if (n == 0) return fail(error, "no points");
  if (n > kMaxPoints) return fail(error, "more than 10,000 points (" + std::to_string(n) + ")");
  Dataset d;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string where = "point " + std::to_string(i) + ": ";
    if (!std::isfinite(x1[i]) || !std::isfinite(x2[i]))
      return fail(error, where + "x1 and x2 must be finite numbers");
    float stored;
    std::string why;
    if (!check_label(task, classes, label[i], &stored, &why)) return fail(error, where + why);
    d.x1.push_back(x1[i]);
    d.x2.push_back(x2[i]);
    d.label.push_back(stored);
  }
  return finish(d, task, classes, fraction, seed, out);
}

}  // namespace actlab
