// Datasets (Playground generators, multi-class sets, CSV/array import) and the JSON reader.
#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "dataset.h"
#include "json.h"
#include "rng.h"

using namespace actlab;

namespace {
Dataset gen(const char* kind, int points, double noise, std::uint32_t seed, int classes = 3,
            double fraction = 0.5) {
  DatasetSpec s;
  s.kind = kind;
  s.points = points;
  s.noise = noise;
  s.seed = seed;
  s.classes = classes;
  s.train_fraction = fraction;
  Dataset d;
  std::string e;
  INFO(e);
  REQUIRE(make_dataset(s, &d, &e));
  return d;
}
}  // namespace

TEST_CASE("Playground generators follow their geometry at noise 0", "[dataset]") {
  const Dataset c = gen("circle", 400, 0, 1);
  REQUIRE(c.size() == 400);
  int pos = 0;
  for (std::size_t i = 0; i < c.size(); ++i) {
    const double r = std::hypot(c.x1[i], c.x2[i]);
    if (c.label[i] == 1) {
      ++pos;
      CHECK(r <= 2.5 + 1e-5);
    } else {
      CHECK(r >= 3.5 - 1e-5);
      CHECK(r <= 5 + 1e-5);
    }
  }
  CHECK(pos == 200);
  const Dataset x = gen("xor", 300, 0, 2);
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK(std::fabs(x.x1[i]) >= 0.3f);
    CHECK(x.label[i] == (x.x1[i] * x.x2[i] >= 0 ? 1.0f : 0.0f));
  }
  const Dataset s = gen("spiral", 200, 0, 3);
  for (std::size_t i = 0; i < s.size(); ++i) CHECK(std::hypot(s.x1[i], s.x2[i]) < 5.0 + 1e-5);
  const Dataset p = gen("plane", 100, 0, 4);
  for (std::size_t i = 0; i < p.size(); ++i)
    CHECK(p.label[i] == Approx(std::fmax(-1.0, std::fmin(1.0, (p.x1[i] + p.x2[i]) / 10.0))).margin(1e-6));
  const Dataset g = gen("gauss", 1000, 0, 5);
  double m1 = 0;
  for (std::size_t i = 0; i < g.size(); ++i) m1 += g.label[i] == 1 ? g.x1[i] : -g.x1[i];
  CHECK(m1 / 1000 == Approx(2.0).margin(0.15));  // centres at (2,2) and (-2,-2)
  const Dataset mg = gen("multigauss", 200, 0, 6);
  for (float v : mg.label) CHECK(std::fabs(v) <= 1.0f);
}

TEST_CASE("multi-class sets are balanced; split sizes; determinism", "[dataset]") {
  const Dataset k = gen("spiral_k", 301, 0.1, 1, 4, 0.6);
  CHECK(k.task == Task::kMulticlass);
  CHECK(k.classes == 4);
  int count[4] = {0, 0, 0, 0};
  for (float v : k.label) ++count[static_cast<int>(v)];
  CHECK(count[0] == 76);
  CHECK(count[1] == 75);
  CHECK(count[3] == 75);
  CHECK(k.train_count == 181);  // round(301 × 0.6)
  const Dataset b = gen("blobs", 200, 0.2, 9, 5);
  CHECK(b.classes == 5);
  const Dataset a1 = gen("spiral", 500, 0.3, 7), a2 = gen("spiral", 500, 0.3, 7), a3 = gen("spiral", 500, 0.3, 8);
  CHECK(a1.x1 == a2.x1);
  CHECK(a1.label == a2.label);
  CHECK(a1.x1 != a3.x1);
}

TEST_CASE("dataset spec errors name the field and range", "[dataset][errors]") {
  DatasetSpec s;
  Dataset d;
  d.label = {7};
  std::string e;
  s.kind = "moons";
  CHECK_FALSE(make_dataset(s, &d, &e));
  CHECK(e.find("unknown dataset kind \"moons\"") == 0);
  s.kind = "circle";
  s.points = 5;
  CHECK_FALSE(make_dataset(s, &d, &e));
  CHECK(e == "points must be an integer in [10, 10000], got 5");
  s.points = 100;
  s.noise = std::nan("");
  CHECK_FALSE(make_dataset(s, &d, &e));
  CHECK(e.find("noise must be a number in [0, 0.5]") == 0);
  s.noise = 0;
  s.kind = "blobs";
  s.classes = 9;
  CHECK_FALSE(make_dataset(s, &d, &e));
  CHECK(e.find("classes must be an integer in [2, 8]") == 0);
  CHECK(d.label.size() == 1);  // untouched
}

TEST_CASE("CSV import: header, CRLF, labels, and errors with line numbers", "[dataset][csv]") {
  Dataset d;
  std::string e;
  REQUIRE(parse_csv("x1,x2,label\r\n0.5,-1.25,1\r\n\r\n3,4,-1\r\n", Task::kBinary, 2, 1.0, 1, &d, &e));
  REQUIRE(d.size() == 2);
  CHECK(d.train_count == 2);
  float sum = 0;
  for (float v : d.label) sum += v;
  CHECK(sum == 1.0f);  // -1 stored as 0
  auto err = [&](const char* text, Task t, int k = 3) {
    Dataset out;
    out.label = {9};
    std::string m;
    CHECK_FALSE(parse_csv(text, t, k, 0.5, 1, &out, &m));
    CHECK(out.label.size() == 1);
    return m;
  };
  CHECK(err("1,2,1\n1,2\n", Task::kBinary) == "line 2: expected 3 columns (x1,x2,label), got 2");
  CHECK(err("1,2,1\n1,2,1,4\n", Task::kBinary) == "line 2: expected 3 columns (x1,x2,label), got 4");
  CHECK(err("1,2,1\n1,abc,1\n", Task::kBinary) == "line 2: every field must be a number");
  CHECK(err("1,2,1\nnan,2,1\n", Task::kBinary) == "line 2: x1 must be a finite number");
  CHECK(err("1,inf,1\n", Task::kBinary) == "line 1: x2 must be a finite number");
  CHECK(err("1,2,2\n", Task::kBinary) == "line 1: binary label must be 0 or 1 (or -1/+1), got 2");
  CHECK(err("1,2,3\n", Task::kMulticlass) == "line 1: class label must be an integer in [0, 2], got 3");
  CHECK(err("1,2,1.5\n", Task::kMulticlass).find("line 1: class label") == 0);
  CHECK(err("", Task::kRegression).find("no data rows") == 0);
  std::string big;
  for (int i = 0; i < 10001; ++i) big += "1,2,0.5\n";
  CHECK(err(big.c_str(), Task::kRegression) == "line 10001: more than 10,000 rows");
  const float x1[2] = {0, 1}, x2[2] = {1, NAN}, lab[2] = {0, 1};
  Dataset p;
  CHECK_FALSE(make_dataset_from_points(x1, x2, lab, 2, Task::kBinary, 2, 0.5, 1, &p, &e));
  CHECK(e == "point 1: x1 and x2 must be finite numbers");
}

TEST_CASE("JSON: strict parsing with positions, exact float round trip", "[json]") {
  json::Value v;
  std::string e;
  REQUIRE(json::parse(R"( {"a": [1, -2.5e-3, true, null], "s": "\u00e9\ud83d\ude00\n"} )", &v, &e));
  CHECK(v.find("a")->array[1].number == -2.5e-3);
  CHECK(v.find("s")->string == "\xc3\xa9\xf0\x9f\x98\x80\n");
  CHECK(json::serialize(v) == R"({"a":[1,-0.0025,true,null],"s":"é😀\n"})");
  auto bad = [&](const char* t) {
    json::Value w;
    CHECK_FALSE(json::parse(t, &w, &e));
    return e;
  };
  CHECK(bad("{\"a\" 1}") == "line 1, column 6: expected ':' after an object key");
  CHECK(bad("[1,\n 2,]") == "line 2, column 4: expected a value");
  CHECK(bad("{\"a\":1,\"a\":2}").find("duplicate key") != std::string::npos);
  CHECK(bad("01").find("leading zero") != std::string::npos);
  CHECK(bad("NaN").find("expected a value") != std::string::npos);
  CHECK(bad("1e999").find("out of range") != std::string::npos);
  CHECK(bad("\"\\ud800\"").find("surrogate") != std::string::npos);
  CHECK(bad("\"a\tb\"").find("control character") != std::string::npos);
  CHECK(bad("[1] x").find("after the JSON value") != std::string::npos);
  std::string deep(65, '[');
  CHECK(bad((deep + std::string(65, ']')).c_str()).find("deeper than 64") != std::string::npos);
  // append_float → strtod → float is the identity, for random bit patterns and the extremes.
  Rng r(5);
  std::vector<float> fs = {FLT_MAX, -FLT_MAX, FLT_MIN, 1e-45f, -0.0f, 0.1f, 3.4e38f};
  for (int i = 0; i < 20000; ++i) {
    const std::uint32_t bits = r.next_u32();
    float f;
    std::memcpy(&f, &bits, sizeof f);
    if (std::isfinite(f)) fs.push_back(f);
  }
  int mismatches = 0;
  for (float f : fs) {
    std::string s;
    json::append_float(s, f);
    json::Value n;
    REQUIRE(json::parse(s, &n, &e));
    if (static_cast<float>(n.number) != f) ++mismatches;
  }
  CHECK(mismatches == 0);
}
