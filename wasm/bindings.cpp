// Embind registration only: raw, underscore-prefixed entry points over the core's C++ API.
// No math and no validation beyond turning integers into enums; wasm/api.js builds the
// friendly API (argument checks with RangeError/TypeError, memory management) on top.
//
// One error convention: every entry point that can fail returns the core's Status as an int
// (0 = ok; the names are schema_json()'s "status" list) and leaves a message naming what was
// wrong in _lastError(). Results come back through out-pointers into WASM memory or from a
// getter (a handle's log, _lastJson() for JSON results, _lastF64Ptr/_lastF64Size for flat
// doubles). Pointers travel as byte addresses
// (uintptr_t); lengths as uint32. Embind 3.1.6 cannot bind noexcept functions, hence the
// small wrappers.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>

#include "actlab.h"
#include "data/dataset.h"
#include "nn/gradient_flow.h"
#include "nn/network.h"
#include "render/colorize.h"

namespace {
using actlab::Act;
using actlab::Impl;
using actlab::Status;

// The message of the last failed call, and the JSON result of the last call that makes one.
std::string g_last_error, g_last_json;
std::vector<double> g_last_f64;  // flat results (diagnostics): _lastF64Ptr(), _lastF64Size()
int status(Status s) {
  if (s != Status::kOk) g_last_error = actlab::status_message(s);
  return static_cast<int>(s);
}
int fail(std::string message) {
  g_last_error = std::move(message);
  return static_cast<int>(Status::kInvalidArgument);
}
int ok_or_fail(bool ok, std::string& message) { return ok ? 0 : fail(std::move(message)); }
std::string last_error() { return g_last_error; }
std::string last_json() { return g_last_json; }
std::uintptr_t last_f64_ptr() { return reinterpret_cast<std::uintptr_t>(g_last_f64.data()); }
int last_f64_size() { return static_cast<int>(g_last_f64.size()); }

// An enum from its code, refusing codes outside [0, count).
template <class E>
bool to_enum(int i, std::size_t count, E* out) {
  if (i < 0 || static_cast<std::size_t>(i) >= count) return false;
  *out = static_cast<E>(i);
  return true;
}
template <class E, std::size_t N>
bool to_enum(int i, const char* const (&names)[N], E* out) {
  return to_enum(i, N, out);
}
Impl to_impl(int i) {
  return static_cast<Impl>(static_cast<std::uint8_t>(i & 0xff));
}  // checked by the core
float* fp(std::uintptr_t p) { return reinterpret_cast<float*>(p); }

int forward(int act, float p, std::uintptr_t x, std::uintptr_t y, std::uint32_t n, int impl) {
  Act a;
  if (!to_enum(act, actlab::kActivationCount, &a)) return status(Status::kUnknownActivation);
  return status(actlab::activation_forward(a, p, fp(x), fp(y), n, to_impl(impl)));
}
int derivative(int act, float p, std::uintptr_t x, std::uintptr_t y, std::uint32_t n, int impl) {
  Act a;
  if (!to_enum(act, actlab::kActivationCount, &a)) return status(Status::kUnknownActivation);
  return status(actlab::activation_derivative(a, p, fp(x), fp(y), n, to_impl(impl)));
}
int backward(int act, float p, std::uintptr_t x, std::uintptr_t dy, std::uintptr_t dx,
             std::uint32_t n, int impl) {
  Act a;
  if (!to_enum(act, actlab::kActivationCount, &a)) return status(Status::kUnknownActivation);
  return status(actlab::activation_backward(a, p, fp(x), fp(dy), fp(dx), n, to_impl(impl)));
}
int softmax(std::uintptr_t x, std::uintptr_t y, std::uint32_t n, double t, int impl) {
  return status(actlab::softmax_forward(fp(x), fp(y), n, t, to_impl(impl)));
}
int log_softmax(std::uintptr_t x, std::uintptr_t y, std::uint32_t n, double t, int impl) {
  return status(actlab::log_softmax_forward(fp(x), fp(y), n, t, to_impl(impl)));
}
int softmax_backward(std::uintptr_t x, std::uintptr_t g, std::uintptr_t d, std::uint32_t n,
                     double t, int impl) {
  return status(actlab::softmax_backward(fp(x), fp(g), fp(d), n, t, to_impl(impl)));
}
std::string catalogue_json() { return actlab::catalogue_json(); }
std::string schema_json() { return actlab::schema_json(); }
bool simd_is_hardware() { return actlab::simd_is_hardware(); }

// Live handle count, so tests can prove every Embind object was deleted.
int g_live_handles = 0;
int live_handles() { return g_live_handles; }

// Holds a Dataset in WASM memory; every method that can fail returns a status (see above).
class DatasetHandle {
 public:
  DatasetHandle() { ++g_live_handles; }
  ~DatasetHandle() { --g_live_handles; }
  DatasetHandle(const DatasetHandle&) = delete;
  DatasetHandle& operator=(const DatasetHandle&) = delete;

  int make(std::string kind, int points, double noise, double train_fraction, int classes,
           std::uint32_t seed) {
    actlab::DatasetSpec s;
    s.kind = kind;
    s.points = points;
    s.noise = noise;
    s.train_fraction = train_fraction;
    s.classes = classes;
    s.seed = seed;
    std::string e;
    return ok_or_fail(actlab::make_dataset(s, &d_, &e), e);
  }
  int parseCsv(std::string text, int task, int classes, double train_fraction, std::uint32_t seed) {
    actlab::Task t;
    if (!to_enum(task, actlab::kTaskNames, &t)) return fail("unknown task code");
    std::string e;
    return ok_or_fail(actlab::parse_csv(text, t, classes, train_fraction, seed, &d_, &e), e);
  }
  int fromPoints(std::uintptr_t x1, std::uintptr_t x2, std::uintptr_t label, std::uint32_t n,
                 int task, int classes, double train_fraction, std::uint32_t seed) {
    actlab::Task t;
    if (!to_enum(task, actlab::kTaskNames, &t)) return fail("unknown task code");
    std::string e;
    return ok_or_fail(actlab::make_dataset_from_points(fp(x1), fp(x2), fp(label), n, t, classes,
                                                       train_fraction, seed, &d_, &e),
                      e);
  }
  int size() const { return static_cast<int>(d_.size()); }
  int trainCount() const { return static_cast<int>(d_.train_count); }
  int task() const { return static_cast<int>(d_.task); }
  int classes() const { return d_.classes; }
  std::uintptr_t x1() const { return reinterpret_cast<std::uintptr_t>(d_.x1.data()); }
  std::uintptr_t x2() const { return reinterpret_cast<std::uintptr_t>(d_.x2.data()); }
  std::uintptr_t label() const { return reinterpret_cast<std::uintptr_t>(d_.label.data()); }
  const actlab::Dataset& get() const { return d_; }

 private:
  actlab::Dataset d_;
};

class NetworkHandle {
 public:
  NetworkHandle() { ++g_live_handles; }
  ~NetworkHandle() { --g_live_handles; }
  NetworkHandle(const NetworkHandle&) = delete;
  NetworkHandle& operator=(const NetworkHandle&) = delete;

  int create(std::string config_json) {
    actlab::NetworkConfig c;
    std::string e;
    if (!actlab::parse_network_config(config_json, &c, &e)) return fail(e);
    return ok_or_fail(actlab::Network::create(c, &n_, &e), e);
  }
  int importJson(std::string text) {
    std::string e;
    return ok_or_fail(actlab::Network::import_json(text, &n_, &e), e);
  }
  std::string exportJson() const { return n_.export_json(); }
  std::string configJson() const { return actlab::network_config_json(n_.config()); }
  int setData(const DatasetHandle& d) {
    std::string e;
    return ok_or_fail(n_.set_data(d.get(), &e), e);
  }
  // Per-epoch stats land in log() as 5 doubles per logged epoch (trainLoss, testLoss,
  // trainAccuracy, testAccuracy, epoch): doubles so that every epoch count is exact.
  int train(int epochs, int evaluate_every, double budget_ms) {
    std::string e;
    actlab::TrainResult r;
    if (!n_.train(epochs, &r, &e, evaluate_every, budget_ms)) return fail(e);
    log_.clear();
    for (const actlab::EpochStats& s : r.epochs) append_log(s);
    diverged_ = r.diverged;
    diverged_epoch_ = r.diverged_epoch;
    out_of_time_ = r.out_of_time;
    return 0;
  }
  std::uintptr_t logPtr() const { return reinterpret_cast<std::uintptr_t>(log_.data()); }
  int logEpochs() const { return static_cast<int>(log_.size() / 5); }
  bool diverged() const { return diverged_; }
  int divergedEpoch() const { return diverged_epoch_; }
  bool outOfTime() const { return out_of_time_; }
  void reset() { n_.reset(); }
  int epoch() const { return n_.epoch(); }
  int outputs() const { return n_.outputs(); }
  int unitCount() const { return n_.unit_count(); }
  // Current loss/accuracy, written to log() as one entry.
  int evaluate() {
    if (!n_.has_data()) return fail("no data: call setData() before evaluate()");
    log_.clear();
    append_log(n_.evaluate());
    return 0;
  }
  void evaluateGrid(float xmin, float xmax, float ymin, float ymax, int w, int h,
                    std::uintptr_t out) {
    n_.evaluate_grid(xmin, xmax, ymin, ymax, w, h, fp(out));
  }
  void evaluateUnitGrids(float xmin, float xmax, float ymin, float ymax, int w, int h,
                         std::uintptr_t out) {
    n_.evaluate_unit_grids(xmin, xmax, ymin, ymax, w, h, fp(out));
  }
  // The result goes to _lastF64Ptr()/_lastF64Size() (diagnostics_flat's layout).
  int diagnostics(int example) {
    if (!n_.has_data()) return fail("no data: call setData() before diagnostics()");
    actlab::diagnostics_flat(n_.diagnostics(example), &g_last_f64);
    return 0;
  }
  // One mean per layer to _lastF64Ptr()/_lastF64Size().
  int layerMeans() {
    if (!n_.has_data()) return fail("no data: call setData() before layerMeans()");
    g_last_f64 = n_.layer_means();
    return 0;
  }

 private:
  void append_log(const actlab::EpochStats& s) {
    log_.insert(log_.end(), {s.train_loss, s.test_loss, s.train_accuracy, s.test_accuracy,
                             static_cast<double>(s.epoch)});
  }

  actlab::Network n_;
  std::vector<double> log_;
  bool out_of_time_ = false;
  bool diverged_ = false;
  int diverged_epoch_ = -1;
};

void colorize(std::uintptr_t values, std::uint32_t points, int k, std::uintptr_t table, float vmin,
              float vmax, std::uintptr_t rgba) {
  const auto* t = table ? reinterpret_cast<const std::uint8_t*>(table)
                        : (k <= 1 ? actlab::default_ramp() : actlab::default_class_colors());
  actlab::colorize(fp(values), points, k, t, vmin, vmax, reinterpret_cast<std::uint8_t*>(rgba));
}

// The result goes to _lastJson().
int gradient_flow(int depth, int width, int act, float param, int init, std::uint32_t seed) {
  actlab::GradientFlowSpec s;
  s.depth = depth;
  s.width = width;
  if (!to_enum(act, actlab::kActivationCount, &s.act)) return status(Status::kUnknownActivation);
  if (!to_enum(init, actlab::kInitNames, &s.init)) return fail("unknown init code");
  s.param = param;
  s.seed = seed;
  actlab::GradientFlow g;
  std::string e;
  if (!actlab::gradient_flow(s, &g, &e)) return fail(e);
  g_last_json = actlab::gradient_flow_json(g);
  return 0;
}
}  // namespace

EMSCRIPTEN_BINDINGS(actlab) {
  emscripten::function("_catalogueJson", &catalogue_json);
  emscripten::function("_schemaJson", &schema_json);
  emscripten::function("_lastError", &last_error);
  emscripten::function("_lastJson", &last_json);
  emscripten::function("_lastF64Ptr", &last_f64_ptr);
  emscripten::function("_lastF64Size", &last_f64_size);
  emscripten::function("_simdIsHardware", &simd_is_hardware);
  emscripten::function("_forward", &forward);
  emscripten::function("_derivative", &derivative);
  emscripten::function("_backward", &backward);
  emscripten::function("_softmax", &softmax);
  emscripten::function("_logSoftmax", &log_softmax);
  emscripten::function("_softmaxBackward", &softmax_backward);
  emscripten::function("_liveHandles", &live_handles);
  emscripten::function("_colorize", &colorize);
  emscripten::function("_gradientFlow", &gradient_flow);
  emscripten::class_<DatasetHandle>("_Dataset")
      .constructor<>()
      .function("make", &DatasetHandle::make)
      .function("parseCsv", &DatasetHandle::parseCsv)
      .function("fromPoints", &DatasetHandle::fromPoints)
      .function("size", &DatasetHandle::size)
      .function("trainCount", &DatasetHandle::trainCount)
      .function("task", &DatasetHandle::task)
      .function("classes", &DatasetHandle::classes)
      .function("x1", &DatasetHandle::x1)
      .function("x2", &DatasetHandle::x2)
      .function("label", &DatasetHandle::label);
  emscripten::class_<NetworkHandle>("_Network")
      .constructor<>()
      .function("create", &NetworkHandle::create)
      .function("importJson", &NetworkHandle::importJson)
      .function("exportJson", &NetworkHandle::exportJson)
      .function("configJson", &NetworkHandle::configJson)
      .function("setData", &NetworkHandle::setData)
      .function("train", &NetworkHandle::train)
      .function("logPtr", &NetworkHandle::logPtr)
      .function("logEpochs", &NetworkHandle::logEpochs)
      .function("diverged", &NetworkHandle::diverged)
      .function("divergedEpoch", &NetworkHandle::divergedEpoch)
      .function("outOfTime", &NetworkHandle::outOfTime)
      .function("reset", &NetworkHandle::reset)
      .function("epoch", &NetworkHandle::epoch)
      .function("outputs", &NetworkHandle::outputs)
      .function("unitCount", &NetworkHandle::unitCount)
      .function("evaluate", &NetworkHandle::evaluate)
      .function("evaluateGrid", &NetworkHandle::evaluateGrid)
      .function("evaluateUnitGrids", &NetworkHandle::evaluateUnitGrids)
      .function("diagnostics", &NetworkHandle::diagnostics)
      .function("layerMeans", &NetworkHandle::layerMeans);
}
