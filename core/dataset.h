// dataset.h: 2-D toy datasets (TensorFlow Playground's generators plus multi-class ones) and
// validated user data (CSV text or arrays). Errors name what is wrong and, for CSV, the line.
// Nothing is partially loaded: on error the output is untouched.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

enum class Task : std::uint8_t { kBinary, kMulticlass, kRegression };

struct Dataset {
  Task task = Task::kBinary;
  int classes = 2;             // 2 for binary, K (2..8) for multiclass, 0 for regression
  std::vector<float> x1, x2;   // the points
  std::vector<float> label;    // binary 0/1; multiclass class index; regression target
  std::size_t train_count = 0; // points [0, train_count) train, the rest test
  std::size_t size() const { return label.size(); }
};

struct DatasetSpec {
  std::string kind = "circle";  // binary: circle, xor, gauss, spiral; multiclass: spiral_k,
                                // blobs; regression: plane, multigauss
  int points = 500;             // [10, 10000]
  double noise = 0.0;           // [0, 0.5], Playground's internal scale (UI value / 100)
  double train_fraction = 0.5;  // [0.05, 1]
  int classes = 3;              // spiral_k and blobs: [2, 8]
  std::uint32_t seed = 1;
};

inline constexpr std::size_t kMaxPoints = 10000;

bool make_dataset(const DatasetSpec& spec, Dataset* out, std::string* error);

// CSV: one point per line "x1,x2,label"; an optional header line whose fields are not
// numbers; blank lines and \r\n allowed. Binary labels are 0/1 or -1/+1; multiclass labels
// integers 0..classes-1; regression labels any finite number.
bool parse_csv(std::string_view text, Task task, int classes, double train_fraction,
               std::uint32_t seed, Dataset* out, std::string* error);

// The same validation for points given as arrays (JS user data).
bool make_dataset_from_points(const float* x1, const float* x2, const float* label,
                              std::size_t n, Task task, int classes, double train_fraction,
                              std::uint32_t seed, Dataset* out, std::string* error);

}  // namespace actlab
