// schema.h: the one source of every limit and enum name that crosses the JS boundary.
//
// The core validates against these constants; schema_json() hands the same values to JS
// (lab.limits / lab.enums through the bindings), and the JS API, the site and the .d.ts
// documentation read them from there. Enum names are listed in enum order, so JS converts a
// name to its code by position in the list and never hard-codes a number.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace actlab {

// ---- enums and their JSON/JS names (same order) ----------------------------------------

enum class Task : std::uint8_t { kBinary, kMulticlass, kRegression };
inline constexpr const char* kTaskNames[] = {"binary", "multiclass", "regression"};

// The network's output head: binary = sigmoid + cross-entropy on the logit; softmax =
// softmax + cross-entropy; regression = linear + squared error; playground = tanh + ½ squared
// error on labels ±1 (TensorFlow Playground's algorithm).
enum class Head : std::uint8_t { kBinary, kSoftmax, kRegression, kPlayground };
inline constexpr const char* kHeadNames[] = {"binary", "softmax", "regression", "playground"};

// Input features computed from a point (x1, x2): TensorFlow Playground's set.
enum class Feature : std::uint8_t { kX1, kX2, kX1Sq, kX2Sq, kX1X2, kSinX1, kSinX2 };
inline constexpr const char* kFeatureNames[] = {"x1",   "x2",    "x1sq", "x2sq",
                                                "x1x2", "sinx1", "sinx2"};
inline constexpr int kFeatureCount = 7;

enum class Init : std::uint8_t { kXavier, kHe, kUniform };
inline constexpr const char* kInitNames[] = {"xavier", "he", "uniform"};

enum class OptimizerType : std::uint8_t { kSgd, kMomentum, kAdam };
inline constexpr const char* kOptimizerNames[] = {"sgd", "momentum", "adam"};

enum class Regularization : std::uint8_t { kNone, kL1, kL2 };
inline constexpr const char* kRegularizationNames[] = {"none", "l1", "l2"};

// PReLU: one learned slope per layer, or one per neuron.
inline constexpr const char* kPreluModeNames[] = {"layer", "neuron"};

// Dataset generators (dataset.h documents each one).
inline constexpr const char* kDatasetKindNames[] = {"circle",   "xor",   "gauss", "spiral",
                                                    "spiral_k", "blobs", "plane", "multigauss"};
inline constexpr int kDatasetKindCount = 8;

// ---- limits -----------------------------------------------------------------------------

// A closed range [min, max] unless min_open: (min, max].
struct Limit {
  double min, max;
  bool min_open = false;
  bool contains(double v) const { return (min_open ? v > min : v >= min) && v <= max; }
};

// Activation kernels and softmax.
inline constexpr std::size_t kMaxLength = std::size_t{1} << 28;  // elements per call (1 GiB)
inline constexpr Limit kTemperature{0.01, 100};
inline constexpr double kDefaultTemperature = 1;

// Network shape.
inline constexpr Limit kHiddenLayers{0, 20};
inline constexpr int kMaxHiddenLayers = static_cast<int>(kHiddenLayers.max);
inline constexpr int kPlaygroundMaxHiddenLayers = 8;  // what the playground UI offers
inline constexpr Limit kUnits{1, 32};
inline constexpr int kMaxUnits = static_cast<int>(kUnits.max);
inline constexpr Limit kClasses{2, 8};
inline constexpr int kMaxClasses = static_cast<int>(kClasses.max);

// Training.
inline constexpr Limit kBatchSize{1, 10000};
inline constexpr int kMaxBatch = static_cast<int>(kBatchSize.max);
inline constexpr Limit kLearningRate{0, 100, true};
inline constexpr Limit kMomentum{0, 0.9999};
inline constexpr Limit kBeta1{0, 0.9999};
inline constexpr Limit kBeta2{0, 0.99999};
inline constexpr Limit kEpsilon{0, 1, true};
inline constexpr Limit kRegularizationRate{0, 10};
inline constexpr Limit kBiasOffset{-10, 10};
inline constexpr Limit kEpochs{1, 100000};  // per train() call
inline constexpr Limit kEvaluateEvery{1, 100000};
inline constexpr Limit kSeed{0, 4294967295.0};

// A weight, bias or PReLU slope beyond ±kMaxParameter counts as diverged in training, and an
// imported network holding one is refused: nothing a toy network learns is that large, and
// near float's range the arithmetic turns into ±Infinity and NaN.
inline constexpr double kMaxParameter = 1e6;
// Training time per train() call (budgetMs): checked at every epoch boundary.
inline constexpr Limit kBudgetMs{0, 86400000, true};

// Texts handed to the core (checked before anything is copied into WASM).
inline constexpr std::size_t kMaxCsvText = std::size_t{4} << 20;      // bytes of CSV
inline constexpr std::size_t kMaxNetworkText = std::size_t{4} << 20;  // a config or an export

// Data.
inline constexpr Limit kPoints{10, 10000};  // generated datasets
inline constexpr std::size_t kMaxPoints = static_cast<std::size_t>(kPoints.max);  // user data too
inline constexpr Limit kNoise{0, 0.5};  // Playground's internal scale (UI value / 100)
inline constexpr Limit kTrainFraction{0.05, 1};

// Labs.
inline constexpr Limit kGridSide{1, 4096};               // evaluateGrid width and height
inline constexpr std::size_t kMaxGridPoints = 1u << 22;  // width·height
// Grid coordinates: x1², x1·x2 of ±1e4 stay far inside float range.
inline constexpr Limit kGridBound{-1e4, 1e4};
inline constexpr Limit kGradientFlowDepth{1, 20};

// ---- numerics shared by the training code ---------------------------------------------

// Training gradients and Adam moments below 2^-100 are flushed to zero. They cannot move a
// float weight, and arithmetic on subnormal floats takes a slow path on x86 (WASM keeps IEEE
// subnormals; there is no flush-to-zero mode): a few saturated tanh units made training 3×
// slower before this.
inline constexpr float kFlushBelow = 7.8886091e-31f;  // 2^-100

// "[a, b]" or "(a, b]" for error messages: integers exactly, other values with %g.
std::string range_text(const Limit& l);
// A number for an error message, as range_text writes its ends.
std::string number_text(double v);

// Every limit and enum above as JSON for JS:
// {"limits": {"temperature": {"min", "max", "default"}, "units": {"min", "max"}, ...},
//  "enums": {"task": [...], "head": [...], ...}}
const char* schema_json() noexcept;

}  // namespace actlab
