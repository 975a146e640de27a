// Datasets: Playground generators and the multi-class sets checked against their formulas,
// the shuffle/split, determinism (pinned bits shared by the native and WASM runs), and CSV /
// array import with every error message and its line number.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "data/dataset.h"
#include "test_util.h"

using namespace actlab;

namespace {

constexpr double kPi = 3.14159265358979323846;

Dataset gen(const char* kind, int points, double noise, std::uint32_t seed, int classes = 3,
            double fraction = 0.5) {
  Dataset d = actlab_test::make_test_dataset(kind, points, noise, seed, classes, fraction);
  REQUIRE(d.size() == static_cast<std::size_t>(points));
  REQUIRE(d.x1.size() == d.size());
  REQUIRE(d.x2.size() == d.size());
  return d;
}

std::uint32_t bits(float f) {
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

// FNV-1a over every stored bit, so a pinned value catches any change (or native/WASM drift).
std::uint64_t fingerprint(const Dataset& d) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&h](std::uint32_t v) {
    for (int k = 0; k < 4; ++k) h = (h ^ ((v >> (8 * k)) & 0xFF)) * 1099511628211ULL;
  };
  for (std::size_t i = 0; i < d.size(); ++i) {
    mix(bits(d.x1[i]));
    mix(bits(d.x2[i]));
    mix(bits(d.label[i]));
  }
  mix(static_cast<std::uint32_t>(d.train_count));
  return h;
}

bool identical(const Dataset& a, const Dataset& b) {
  if (a.size() != b.size() || a.train_count != b.train_count) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (bits(a.x1[i]) != bits(b.x1[i]) || bits(a.x2[i]) != bits(b.x2[i]) ||
        bits(a.label[i]) != bits(b.label[i]))
      return false;
  return true;
}

std::vector<int> class_counts(const Dataset& d, int k) {
  std::vector<int> c(static_cast<std::size_t>(k), 0);
  for (float v : d.label) {
    REQUIRE(v >= 0);
    REQUIRE(v < k);
    REQUIRE(v == std::floor(v));
    ++c[static_cast<std::size_t>(v)];
  }
  return c;
}

double radius(const Dataset& d, std::size_t i) { return std::hypot(d.x1[i], d.x2[i]); }

// Sample mean and variance of x1 and x2 over the points with the given label.
struct Moments {
  double mx = 0, my = 0, vx = 0, vy = 0;
  int n = 0;
};
Moments moments(const Dataset& d, float label) {
  Moments m;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (d.label[i] == label) {
      m.mx += d.x1[i];
      m.my += d.x2[i];
      ++m.n;
    }
  m.mx /= m.n;
  m.my /= m.n;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (d.label[i] == label) {
      m.vx += (d.x1[i] - m.mx) * (d.x1[i] - m.mx);
      m.vy += (d.x2[i] - m.my) * (d.x2[i] - m.my);
    }
  m.vx /= m.n - 1;
  m.vy /= m.n - 1;
  return m;
}

// Checks that the points labelled `label` are exactly one spiral arm of m points with angle
// offset delta at noise 0: sorted by radius, point i is r_i·(sin t_i, cos t_i).
void check_arm(const Dataset& d, float label, int m, double delta) {
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (d.label[i] == label) idx.push_back(i);
  REQUIRE(idx.size() == static_cast<std::size_t>(m));
  std::sort(idx.begin(), idx.end(),
            [&](std::size_t a, std::size_t b) { return radius(d, a) < radius(d, b); });
  for (int i = 0; i < m; ++i) {
    const double r = static_cast<double>(i) / m * 5, t = 1.75 * i / m * 2 * kPi + delta;
    const std::size_t p = idx[static_cast<std::size_t>(i)];
    INFO("arm " << label << " point " << i);
    CHECK(radius(d, p) == Approx(r).margin(2e-6));
    CHECK(d.x1[p] == Approx(r * std::sin(t)).margin(2e-6));
    CHECK(d.x2[p] == Approx(r * std::cos(t)).margin(2e-6));
  }
}

double multigauss_label(double x, double y) {
  const double g[6][3] = {{-4, 2.5, 1},   {0, 2.5, -1}, {4, 2.5, 1},
                          {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  double best = 0;
  for (const auto& c : g) {
    const double v = c[2] * std::max(0.0, 1 - std::hypot(x - c[0], y - c[1]) / 2);
    if (std::fabs(v) > std::fabs(best)) best = v;
  }
  return best;
}

}  // namespace

TEST_CASE("circle: inner disc labelled 1, ring 3.5..5 labelled 0, noise moves labels only",
          "[dataset]") {
  const Dataset c = gen("circle", 501, 0, 1);
  CHECK(c.task == Task::kBinary);
  CHECK(c.classes == 2);
  int pos = 0;
  for (std::size_t i = 0; i < c.size(); ++i) {
    const double r = radius(c, i);
    if (c.label[i] == 1) {
      ++pos;
      CHECK(r < 2.5 + 1e-6);
    } else {
      REQUIRE(c.label[i] == 0);
      CHECK(r >= 3.5 - 1e-6);
      CHECK(r < 5 + 1e-6);
    }
  }
  CHECK(pos == 250);  // 501 / 2 inner points, the other 251 on the ring
  // With noise the label is that of the shifted point but the stored point is not shifted:
  // radii keep their two bands while some labels no longer match them.
  const Dataset n = gen("circle", 2000, 0.5, 2);
  int mismatched = 0, inner = 0;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const double r = radius(n, i);
    CHECK((r < 2.5 + 1e-6 || (r >= 3.5 - 1e-6 && r < 5 + 1e-6)));
    inner += r < 3;
    mismatched += (r < 3) != (n.label[i] == 1);
  }
  CHECK(inner == 1000);
  CHECK(mismatched > 100);
  CHECK(mismatched < 1000);
}

TEST_CASE("xor: 0.3 padding, label = sign(x·y) at noise 0; noise flips labels only", "[dataset]") {
  const Dataset x = gen("xor", 1000, 0, 2);
  int pos = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK(std::fabs(x.x1[i]) >= 0.3f);
    CHECK(std::fabs(x.x2[i]) >= 0.3f);
    CHECK(std::fabs(x.x1[i]) <= 5.3f);
    CHECK(std::fabs(x.x2[i]) <= 5.3f);
    CHECK(x.label[i] == (x.x1[i] * x.x2[i] >= 0 ? 1.0f : 0.0f));
    pos += x.label[i] == 1;
  }
  CHECK(pos > 430);
  CHECK(pos < 570);
  const Dataset n = gen("xor", 1000, 0.5, 2);
  int flipped = 0;
  for (std::size_t i = 0; i < n.size(); ++i) {
    CHECK(std::fabs(n.x1[i]) >= 0.3f);
    flipped += n.label[i] != (n.x1[i] * n.x2[i] >= 0 ? 1.0f : 0.0f);
  }
  CHECK(flipped > 30);
  CHECK(flipped < 400);
}

TEST_CASE("gauss: centres (2,2) and (-2,-2), variance 0.5 + 7·noise", "[dataset]") {
  for (const double noise : {0.0, 0.25, 0.5}) {
    const Dataset g = gen("gauss", 10000, noise, 5);
    const double var = 0.5 + 7 * noise;  // Playground's linear map [0, .5] → [0.5, 4]
    INFO("noise " << noise);
    for (const float label : {1.0f, 0.0f}) {
      const Moments m = moments(g, label);
      const double c = label == 1 ? 2 : -2;
      CHECK(m.n == 5000);
      CHECK(m.mx == Approx(c).margin(4 * std::sqrt(var / 5000)));
      CHECK(m.my == Approx(c).margin(4 * std::sqrt(var / 5000)));
      CHECK(m.vx == Approx(var).epsilon(0.06));
      CHECK(m.vy == Approx(var).epsilon(0.06));
    }
  }
}

TEST_CASE("spiral: two arms r = i/m·5, t = 1.75·2π·i/m + {0, π}; noise uniform ±noise",
          "[dataset]") {
  const Dataset s = gen("spiral", 401, 0, 3);
  check_arm(s, 1, 200, 0);
  check_arm(s, 0, 201, kPi);
  // Noise shifts x and y by at most `noise` each: radii stay within r_max + noise·√2.
  const Dataset n = gen("spiral", 400, 0.3, 3);
  for (std::size_t i = 0; i < n.size(); ++i) CHECK(radius(n, i) <= 5 + 0.3 * std::sqrt(2.0) + 1e-5);
  int off = 0;  // most points are off the noiseless curve
  const Dataset clean = gen("spiral", 400, 0, 3);
  for (std::size_t i = 0; i < n.size(); ++i) off += n.x1[i] != clean.x1[i];
  CHECK(off > 390);
}

TEST_CASE("spiral_k and blobs: k classes, balanced, on their arms and centres", "[dataset]") {
  const Dataset k = gen("spiral_k", 503, 0, 1, 5, 0.6);
  CHECK(k.task == Task::kMulticlass);
  CHECK(k.classes == 5);
  CHECK(class_counts(k, 5) == std::vector<int>{101, 101, 101, 100, 100});
  for (int c = 0; c < 5; ++c)
    check_arm(k, static_cast<float>(c), c < 3 ? 101 : 100, 2 * kPi * c / 5);
  CHECK(k.train_count == 302);  // round(503 × 0.6)

  const Dataset b = gen("blobs", 6002, 0, 9, 6);
  CHECK(b.classes == 6);
  CHECK(class_counts(b, 6) == std::vector<int>{1001, 1001, 1000, 1000, 1000, 1000});
  for (int c = 0; c < 6; ++c) {
    const Moments m = moments(b, static_cast<float>(c));
    INFO("class " << c);
    CHECK(m.mx == Approx(4 * std::cos(2 * kPi * c / 6)).margin(0.1));
    CHECK(m.my == Approx(4 * std::sin(2 * kPi * c / 6)).margin(0.1));
    CHECK(m.vx == Approx(0.5).epsilon(0.15));  // gauss's variance at noise 0
  }
  const Dataset wide = gen("blobs", 8000, 0.5, 9, 2);
  CHECK(moments(wide, 1).vy == Approx(4.0).epsilon(0.1));
  CHECK(class_counts(gen("spiral_k", 10, 0.2, 4, 8), 8) ==
        std::vector<int>{2, 2, 1, 1, 1, 1, 1, 1});
}

TEST_CASE("plane and multigauss: regression targets on [-6, 6]²", "[dataset]") {
  const Dataset p = gen("plane", 4000, 0, 4);
  CHECK(p.task == Task::kRegression);
  CHECK(p.classes == 0);
  double widest = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    CHECK(std::fabs(p.x1[i]) <= 6.0f);
    CHECK(std::fabs(p.x2[i]) <= 6.0f);
    CHECK(p.label[i] == Approx((static_cast<double>(p.x1[i]) + p.x2[i]) / 10).margin(1e-6));
    widest = std::max(widest, static_cast<double>(std::fabs(p.label[i])));
  }
  // Playground's d3 scale [-10, 10] → [-1, 1] does not clamp: corners reach past ±1.
  CHECK(widest > 1.0);
  CHECK(widest <= 1.2 + 1e-6);
  const Dataset noisy = gen("plane", 4000, 0.5, 4);
  int off = 0;
  for (std::size_t i = 0; i < noisy.size(); ++i)
    off += std::fabs(noisy.label[i] - (noisy.x1[i] + noisy.x2[i]) / 10) > 0.01;
  CHECK(off > 3500);

  const Dataset m = gen("multigauss", 2000, 0, 6);
  int pos = 0, neg = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    CHECK(m.label[i] == Approx(multigauss_label(m.x1[i], m.x2[i])).margin(1e-5));
    pos += m.label[i] > 0.5f;
    neg += m.label[i] < -0.5f;
  }
  CHECK(pos > 50);
  CHECK(neg > 50);
}

TEST_CASE("shuffle and train/test split sizes", "[dataset]") {
  // Generation order is class by class; after the shuffle the first 50 are mixed.
  const Dataset c = gen("circle", 100, 0, 11);
  int first_half_pos = 0;
  for (std::size_t i = 0; i < 50; ++i) first_half_pos += c.label[i] == 1;
  CHECK(first_half_pos > 10);
  CHECK(first_half_pos < 40);
  CHECK(gen("circle", 100, 0, 1, 3, 0.5).train_count == 50);
  CHECK(gen("circle", 301, 0, 1, 3, 0.6).train_count == 181);
  CHECK(gen("circle", 10, 0, 1, 3, 0.05).train_count == 1);  // round(0.5) = 1
  CHECK(gen("circle", 10, 0, 1, 3, 0.99).train_count == 9);  // round(9.9), but keep a test point
  CHECK(gen("circle", 10, 0, 1, 3, 1.0).train_count == 10);  // only then may test be empty
  CHECK(gen("xor", 10000, 0, 1, 3, 0.8).train_count == 8000);
}

TEST_CASE("same seed → identical bits; pinned fingerprints for the libm-free generators",
          "[dataset]") {
  for (const char* kind :
       {"circle", "xor", "gauss", "spiral", "spiral_k", "blobs", "plane", "multigauss"}) {
    INFO(kind);
    const Dataset a = gen(kind, 500, 0.3, 7), b = gen(kind, 500, 0.3, 7);
    CHECK(identical(a, b));
    CHECK_FALSE(identical(a, gen(kind, 500, 0.3, 8)));
    CHECK_FALSE(identical(a, gen(kind, 500, 0.2, 7)));
  }
  // xor, plane and multigauss use only +−×÷ and sqrt, so these values must hold bit for bit
  // natively and in WASM (the same test runs in both).
  CHECK(fingerprint(gen("xor", 500, 0.3, 7)) == 0x88281f6c899fc271ULL);
  CHECK(fingerprint(gen("plane", 500, 0.3, 7)) == 0x099b983795c687c2ULL);
  CHECK(fingerprint(gen("multigauss", 500, 0.3, 7)) == 0x16fb92bb65360204ULL);
}

TEST_CASE("dataset spec errors name the field and range; output untouched", "[dataset][errors]") {
  Dataset d;
  d.label = {7};
  auto err = [&](DatasetSpec s) {
    std::string e;
    CHECK_FALSE(make_dataset(s, &d, &e));
    CHECK(d.label.size() == 1);
    return e;
  };
  DatasetSpec s;
  s.kind = "moons";
  CHECK(err(s) ==
        "unknown dataset kind \"moons\"; expected one of: circle, xor, gauss, spiral "
        "(binary), spiral_k, blobs (multiclass), plane, multigauss (regression)");
  s = {};
  s.points = 9;
  CHECK(err(s) == "points must be an integer in [10, 10000], got 9");
  s.points = 10001;
  CHECK(err(s) == "points must be an integer in [10, 10000], got 10001");
  s = {};
  s.noise = std::nan("");
  CHECK(err(s) == "noise must be a number in [0, 0.5], got nan");
  s.noise = 0.51;
  CHECK(err(s) == "noise must be a number in [0, 0.5], got 0.51");
  s.noise = -0.01;
  CHECK(err(s) == "noise must be a number in [0, 0.5], got -0.01");
  s = {};
  s.train_fraction = 0.04;
  CHECK(err(s) == "trainFraction must be a number in [0.05, 1], got 0.04");
  s.train_fraction = std::nan("");
  CHECK(err(s) == "trainFraction must be a number in [0.05, 1], got nan");
  s = {};
  s.kind = "blobs";
  s.classes = 9;
  CHECK(err(s) == "classes must be an integer in [2, 8] for blobs, got 9");
  s.kind = "spiral_k";
  s.classes = 1;
  CHECK(err(s) == "classes must be an integer in [2, 8] for spiral_k, got 1");
  // classes only matters to the multi-class kinds
  s.kind = "circle";
  std::string e;
  CHECK(make_dataset(s, &d, &e));
  CHECK(d.classes == 2);
  // The edges of every range are accepted.
  s = {};
  s.points = 10;
  s.noise = 0.5;
  s.train_fraction = 0.05;
  CHECK(make_dataset(s, &d, &e));
}

// ---- CSV ----

namespace {

Dataset csv_ok(std::string_view text, Task task = Task::kRegression, int classes = 3) {
  Dataset d;
  std::string e;
  const bool ok = parse_csv(text, task, classes, 1.0, 1, &d, &e);
  INFO(e);
  REQUIRE(ok);
  return d;
}

// The error for text; checks that the output was left alone.
std::string csv_err(std::string_view text, Task task = Task::kBinary, int classes = 3,
                    double fraction = 0.5) {
  Dataset d;
  d.label = {9};
  d.train_count = 77;
  std::string e;
  CHECK_FALSE(parse_csv(text, task, classes, fraction, 1, &d, &e));
  CHECK(d.label.size() == 1);
  CHECK(d.x1.empty());
  CHECK(d.train_count == 77);
  return e;
}

// The single point of a one-row regression CSV.
std::tuple<float, float, float> one(const std::string& row) {
  const Dataset d = csv_ok(row);
  REQUIRE(d.size() == 1);
  return {d.x1[0], d.x2[0], d.label[0]};
}

}  // namespace

TEST_CASE("CSV: header, CRLF, BOM, blank lines, spaces, labels", "[dataset][csv]") {
  Dataset d = csv_ok("x1,x2,label\r\n0.5,-1.25,1\r\n\r\n3,4,-1\r\n", Task::kBinary);
  REQUIRE(d.size() == 2);
  CHECK(d.train_count == 2);
  CHECK(d.task == Task::kBinary);
  CHECK(d.classes == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    if (d.label[i] == 1) {
      CHECK(d.x1[i] == 0.5f);
      CHECK(d.x2[i] == -1.25f);
    } else {
      CHECK(d.label[i] == 0);  // -1 stored as 0
      CHECK(d.x1[i] == 3.0f);
    }
  }
  // BOM + header, no trailing newline, spaces and tabs around fields, white-space-only lines.
  d = csv_ok("\xEF\xBB\xBF\"x\", \"y\" ,class\n\n  1 ,\t2,  0 \n \t \n2,3,2.0", Task::kMulticlass);
  CHECK(d.size() == 2);
  CHECK(d.classes == 3);
  CHECK(class_counts(d, 3) == std::vector<int>{1, 0, 1});
  CHECK(csv_ok("1,2,0\n3,4,1\n", Task::kBinary).size() == 2);         // 0/1 without a header
  CHECK(csv_ok("+1,.5,-1\n1.,2e0,+1\n", Task::kBinary).size() == 2);  // number spellings
  CHECK(csv_ok("1,2,0\n1,2,0\n", Task::kBinary).size() == 2);         // duplicates are fine
  // A regression label is any float; train_count follows the fraction.
  Dataset r;
  std::string e;
  std::string text;
  for (int i = 0; i < 100; ++i) text += std::to_string(i) + ",0," + std::to_string(i * 7) + "\n";
  REQUIRE(parse_csv(text, Task::kRegression, 0, 0.3, 5, &r, &e));
  CHECK(r.classes == 0);
  CHECK(r.train_count == 30);
  for (std::size_t i = 0; i < r.size(); ++i) CHECK(r.label[i] == 7 * r.x1[i]);
  // Shuffled by the seed: same seed same order, another seed another order.
  Dataset r2, r3;
  REQUIRE(parse_csv(text, Task::kRegression, 0, 0.3, 5, &r2, &e));
  REQUIRE(parse_csv(text, Task::kRegression, 0, 0.3, 6, &r3, &e));
  CHECK(r.x1 == r2.x1);
  CHECK(r.x1 != r3.x1);
  std::vector<float> sorted = r.x1;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 100; ++i) CHECK(sorted[static_cast<std::size_t>(i)] == static_cast<float>(i));
}

TEST_CASE("CSV: values are rounded to float once, exactly", "[dataset][csv]") {
  CHECK(one("0.1,-0.1,0.1") == std::make_tuple(0.1f, -0.1f, 0.1f));
  CHECK(std::get<0>(one("3.4028235e38,0,0")) == FLT_MAX);
  CHECK(std::get<0>(one("-3.40282356e38,0,0")) == -FLT_MAX);  // rounds down to -FLT_MAX
  CHECK(std::get<0>(one("1e-45,0,0")) == std::numeric_limits<float>::denorm_min());
  CHECK(std::get<1>(one("0,1.17549435e-38,0")) == FLT_MIN);
  CHECK(std::get<0>(one("1e-50,0,0")) == 0.0f);  // underflow to zero is not an error
  CHECK(std::signbit(std::get<0>(one("-0,0,0"))));
  // Halfway between 1 and 1 + 2⁻²³ plus a little: the nearest float is 1 + 2⁻²³, but strtod
  // first rounds to the halfway double and a cast then rounds to even, giving 1.
  CHECK(std::get<0>(one("1.0000000596046448,0,0")) == std::nextafter(1.0f, 2.0f));
  // "%.9g" of any float reads back to the same bits.
  std::uint32_t state = 12345;
  std::string text;
  std::vector<float> want;
  for (int i = 0; i < 2000; ++i) {
    state = state * 1664525u + 1013904223u;
    float f;
    const std::uint32_t b = i < 100 ? state >> 9 : state;  // the first 100 subnormal
    std::memcpy(&f, &b, sizeof f);
    if (!std::isfinite(f)) continue;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.9g,%zu,0\n", static_cast<double>(f), want.size());
    text += buf;
    want.push_back(f);
  }
  const Dataset d = csv_ok(text);
  REQUIRE(d.size() == want.size());
  for (std::size_t i = 0; i < d.size(); ++i)
    CHECK(bits(d.x1[i]) == bits(want[static_cast<std::size_t>(d.x2[i])]));
}

TEST_CASE("CSV: every error names its line; nothing is loaded", "[dataset][csv][errors]") {
  CHECK(csv_err("1,2,1\n1,2\n") == "line 2: expected 3 columns (x1,x2,label), got 2");
  CHECK(csv_err("1,2,1\n1,2,1,4\n") == "line 2: expected 3 columns (x1,x2,label), got 4");
  CHECK(csv_err("1,2,1\n1,2,1,\n") == "line 2: expected 3 columns (x1,x2,label), got 4");
  CHECK(csv_err("1;2;1\n") == "line 1: expected 3 columns (x1,x2,label), got 1");
  CHECK(csv_err("x1,x2\n1,2,1\n") == "line 1: expected 3 columns (x1,x2,label), got 2");
  // Line numbers count blank lines, the header and \r\n lines.
  CHECK(csv_err("x1,x2,label\r\n\r\n1,2,1\r\n\r\n1,abc,1\r\n") ==
        "line 5: every field must be a number, but x2 is \"abc\"");
  CHECK(csv_err("1,2,1\nx1,x2,label\n") ==
        "line 2: every field must be a number, but x1 is \"x1\"");
  // A first line with some numbers is data, not a header.
  CHECK(csv_err("1,abc,1\n2,3,1\n") == "line 1: every field must be a number, but x2 is \"abc\"");
  CHECK(csv_err("1,2,\n") == "line 1: every field must be a number, but label is \"\"");
  CHECK(csv_err("0x10,2,1\n") == "line 1: every field must be a number, but x1 is \"0x10\"");
  CHECK(csv_err("1,2,1e\n") == "line 1: every field must be a number, but label is \"1e\"");
  CHECK(csv_err("1,2 3,1\n") == "line 1: every field must be a number, but x2 is \"2 3\"");
  CHECK(csv_err("1,\x01"
                "abcdefghijklmnopqrstuvwxyz,1\n") ==
        "line 1: every field must be a number, but x2 is \"?abcdefghijklmnopqrstuvw...\"");
  CHECK(csv_err("1,2,1\nnan,2,1\n") == "line 2: x1 must be a finite number, got \"nan\"");
  CHECK(csv_err("1,Infinity,1\n") == "line 1: x2 must be a finite number, got \"Infinity\"");
  CHECK(csv_err("1,2,-inf\n", Task::kRegression) ==
        "line 1: label must be a finite number, got \"-inf\"");
  CHECK(csv_err("1e39,2,1\n") == "line 1: x1 \"1e39\" is outside the float range (about ±3.4e38)");
  CHECK(csv_err("1,-1e999,1\n") ==
        "line 1: x2 \"-1e999\" is outside the float range (about ±3.4e38)");
  CHECK(csv_err("1,2,1e39\n", Task::kRegression) ==
        "line 1: label \"1e39\" is outside the float range (about ±3.4e38)");
  CHECK(csv_err("1,2,-1e999\n", Task::kMulticlass) ==
        "line 1: label \"-1e999\" is outside the float range (about ±3.4e38)");
  CHECK(csv_err("1,2,1e39\n", Task::kBinary) ==
        "line 1: binary label must be 0 or 1 (or -1/+1), got 1e+39");
  CHECK(csv_err("1,2,2\n") == "line 1: binary label must be 0 or 1 (or -1/+1), got 2");
  CHECK(csv_err("1,2,0.5\n") == "line 1: binary label must be 0 or 1 (or -1/+1), got 0.5");
  CHECK(csv_err("1,2,1\n1,2,0\n1,2,1\n\n1,2,-1\n") ==
        "line 5: binary labels must be 0/1 or -1/+1, not both: this label is -1 but line 2 has 0");
  CHECK(csv_err("1,2,-1\n1,2,0\n") ==
        "line 2: binary labels must be 0/1 or -1/+1, not both: this label is 0 but line 1 has -1");
  CHECK(csv_err("1,2,3\n", Task::kMulticlass) ==
        "line 1: class label must be an integer in [0, 2], got 3");
  CHECK(csv_err("1,2,-1\n", Task::kMulticlass) ==
        "line 1: class label must be an integer in [0, 2], got -1");
  CHECK(csv_err("1,2,1.5\n", Task::kMulticlass, 8) ==
        "line 1: class label must be an integer in [0, 7], got 1.5");
  CHECK(csv_err("", Task::kRegression) == "no data rows (expected lines of x1,x2,label)");
  CHECK(csv_err("x1,x2,label\n\n", Task::kRegression) ==
        "no data rows (expected lines of x1,x2,label)");
  CHECK(csv_err(" \r\n\n") == "no data rows (expected lines of x1,x2,label)");
  std::string big;
  for (int i = 0; i < 10000; ++i) big += "1,2,0.5\n";
  CHECK(csv_ok(big).size() == 10000);
  CHECK(csv_err("x,y,z\n" + big + "\n1,2,3\n", Task::kRegression) ==
        "line 10003: more than 10000 rows (the limit is 10000 points)");
  // Arguments.
  CHECK(csv_err("1,2,1\n", static_cast<Task>(7)) ==
        "task must be binary, multiclass or regression");
  CHECK(csv_err("1,2,1\n", Task::kMulticlass, 1) ==
        "classes must be an integer in [2, 8] for a multiclass dataset, got 1");
  CHECK(csv_err("1,2,1\n", Task::kMulticlass, 9) ==
        "classes must be an integer in [2, 8] for a multiclass dataset, got 9");
  CHECK(csv_err("1,2,1\n", Task::kBinary, 3, 1.01) ==
        "trainFraction must be a number in [0.05, 1], got 1.01");
  CHECK(csv_err("1,2,1\n", Task::kBinary, 3, std::nan("")) ==
        "trainFraction must be a number in [0.05, 1], got nan");
  // A null error pointer is allowed.
  Dataset d;
  CHECK_FALSE(parse_csv("1,2", Task::kBinary, 2, 0.5, 1, &d, nullptr));
}

TEST_CASE("points from arrays: same validation, 0-based point index", "[dataset]") {
  const float x1[4] = {0, 1, 2, 3}, x2[4] = {1, 1, 1, 1}, lab[4] = {-1, 1, 1, -1};
  Dataset d;
  std::string e;
  REQUIRE(make_dataset_from_points(x1, x2, lab, 4, Task::kBinary, 2, 0.5, 1, &d, &e));
  CHECK(d.size() == 4);
  CHECK(d.train_count == 2);
  CHECK(class_counts(d, 2) == std::vector<int>{2, 2});
  const float single = 0.25f;
  REQUIRE(
      make_dataset_from_points(&single, &single, &single, 1, Task::kRegression, 0, 0.5, 1, &d, &e));
  CHECK(d.size() == 1);
  CHECK(d.train_count == 1);  // one point: the test set is empty
  CHECK(d.label[0] == 0.25f);

  auto err = [&](const float* a, const float* b, const float* l, std::size_t n, Task t, int k = 3) {
    Dataset out;
    out.label = {9};
    std::string m;
    CHECK_FALSE(make_dataset_from_points(a, b, l, n, t, k, 0.5, 1, &out, &m));
    CHECK(out.label.size() == 1);
    return m;
  };
  const float nan2[2] = {1, NAN}, inf2[2] = {INFINITY, 1}, ok2[2] = {0, 1};
  CHECK(err(ok2, nan2, ok2, 2, Task::kBinary) == "point 1: x2 must be a finite number, got nan");
  CHECK(err(inf2, ok2, ok2, 2, Task::kBinary) == "point 0: x1 must be a finite number, got inf");
  CHECK(err(ok2, ok2, nan2, 2, Task::kRegression) ==
        "point 1: label must be a finite number, got nan");
  const float mixed[3] = {0, 1, -1}, three[3] = {0, 0, 0};
  CHECK(
      err(three, three, mixed, 3, Task::kBinary) ==
      "point 2: binary labels must be 0/1 or -1/+1, not both: this label is -1 but point 0 has 0");
  const float cls[2] = {1, 4};
  CHECK(err(ok2, ok2, cls, 2, Task::kMulticlass, 4) ==
        "point 1: class label must be an integer in [0, 3], got 4");
  CHECK(err(ok2, ok2, ok2, 0, Task::kBinary) == "no points");
  CHECK(err(nullptr, ok2, ok2, 2, Task::kBinary) == "x1, x2 and label must not be null");
  std::vector<float> many(10001, 0.0f);
  CHECK(err(many.data(), many.data(), many.data(), 10001, Task::kBinary) ==
        "more than 10000 points (got 10001)");
  CHECK(err(ok2, ok2, ok2, 2, Task::kMulticlass, 0) ==
        "classes must be an integer in [2, 8] for a multiclass dataset, got 0");
}
