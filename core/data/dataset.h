// dataset.h: 2-D toy datasets (TensorFlow Playground's generators plus multi-class ones) and
// validated user data (CSV text or arrays). No exceptions: every function returns false with
// an error naming what is wrong and the allowed range (for CSV, the 1-based line). Nothing is
// partially loaded: on error *out is untouched.
//
// Every dataset is shuffled with the seeded Rng (rng.h) and split: points [0, train_count)
// train, the rest test, train_count = round(n · train_fraction) kept in [1, n − 1] (the test
// set is empty only when train_fraction is 1, or n is 1). Same arguments → the same bits,
// natively and in WASM (up to libm ulps in sin/cos/log, which only the spiral, circle, gauss
// and blobs generators use).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema.h"

namespace actlab {

struct Dataset {
  Task task = Task::kBinary;
  int classes = 2;              // 2 for binary, K (2..8) for multiclass, 0 for regression
  std::vector<float> x1, x2;    // the points
  std::vector<float> label;     // binary 0/1; multiclass class index; regression target
  std::size_t train_count = 0;  // points [0, train_count) train, the rest test
  std::size_t size() const { return label.size(); }
};

struct DatasetSpec {
  std::string kind = "circle";  // binary: circle, xor, gauss, spiral; multiclass: spiral_k,
                                // blobs; regression: plane, multigauss
  int points = 500;             // [10, 10000]
  double noise = 0.0;           // [0, 0.5], Playground's internal scale (UI value / 100)
  double train_fraction = 0.5;  // [0.05, 1]
  int classes = 3;              // spiral_k and blobs: [2, 8]; ignored by the other kinds
  std::uint32_t seed = 1;
};

// Generators (dataset.ts formulas; Playground's labels ±1 are stored as 1 / 0):
//   circle   r ≤ 2.5 → 1, ring 3.5..5 → 0; label of the noise-shifted point, point stored
//            without noise          xor   [-5,5]² pushed 0.3 off the axes, label sign(x·y)
//   gauss    N((2,2)) → 1, N((-2,-2)) → 0, variance 0.5 + 7·noise
//   spiral   two arms r = i/m·5, t = 1.75·2π·i/m + {0, π}, ± uniform(−1,1)·noise
//   spiral_k k arms offset 2πc/k, label c     blobs  k Gaussians on a circle of radius 4
//   plane    (x + y)/10 of the noisy point   multigauss  six signed bumps, max |label|
// Classes get points/k points each, the remainder going to the first classes.
bool make_dataset(const DatasetSpec& spec, Dataset* out, std::string* error);

// CSV: one point per line "x1,x2,label"; an optional header line (the first non-blank line,
// when none of its three fields is a number); blank lines, spaces around fields, a UTF-8 BOM
// and \r\n allowed. Numbers are decimal ("1", "-0.5", ".5e3"; no hex, NaN or Infinity) and
// x1/x2/regression labels are rounded to float once, so "%.9g" of a float reads back exactly.
// Labels: binary 0/1 or -1/+1 (not both 0 and -1 in one file), multiclass an integer in
// [0, classes-1], regression any number in float range. At most kMaxPoints rows.
bool parse_csv(std::string_view text, Task task, int classes, double train_fraction,
               std::uint32_t seed, Dataset* out, std::string* error);

// The same validation for points given as arrays (JS user data); errors name the 0-based
// point index ("point 3: ..."). n in [1, kMaxPoints].
bool make_dataset_from_points(const float* x1, const float* x2, const float* label, std::size_t n,
                              Task task, int classes, double train_fraction, std::uint32_t seed,
                              Dataset* out, std::string* error);

}  // namespace actlab
