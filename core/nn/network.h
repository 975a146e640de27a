// network.h: a trainable network = configuration + MLP<float> + optimiser state + data.
// Everything the labs show is computed here (no simulated numbers): training epochs run
// entirely inside the core, evaluation over a grid, per-layer diagnostics, export/import.
// The member functions are defined by concern:
//   network.cpp         creation, initialisation, the training loop, evaluation
//   network_grid.cpp    outputs and unit activations over a grid (boundary, thumbnails)
//   diagnostics.cpp     per-layer gradient norms, histograms, Jacobian, dead units
//   network_io.cpp      export/import as JSON      network_config.cpp  the config's JSON
// The update rule is optimizer.h's, the heads' losses loss.h's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/dataset.h"
#include "nn/diagnostics.h"
#include "nn/mlp.h"
#include "nn/optimizer.h"
#include "schema.h"
#include "util/rng.h"

namespace actlab {

struct LayerSpec {
  int units = 4;
  Act act = Act::Tanh;
  float param = 0;  // alpha/beta (PReLU: the initial α)
  bool prelu_per_neuron = false;
};

struct NetworkConfig {
  std::vector<Feature> features{Feature::kX1, Feature::kX2};
  std::vector<LayerSpec> layers;  // hidden layers
  Head head = Head::kBinary;
  int classes = 2;  // outputs of the softmax head (2..8)
  Init init = Init::kXavier;
  float bias_offset = 0;  // added to every hidden bias at initialisation
  OptimizerType optimizer = OptimizerType::kSgd;
  float learning_rate = 0.03f;
  float momentum = 0.9f;
  float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
  int batch_size = 10;
  Regularization regularization = Regularization::kNone;
  float regularization_rate = 0;
  bool shuffle = true;
  std::uint32_t seed = 1;
};

// Parses and validates a configuration given as JSON (the JS API's createNetwork argument).
// Errors name the field and its allowed values, e.g. "layers[2].units must be an integer in
// [1, 32], got 40". On error *out is untouched.
bool parse_network_config(std::string_view json, NetworkConfig* out, std::string* error);
bool validate_network_config(const NetworkConfig& c, std::string* error);
namespace json {
struct Value;
}
bool parse_network_config_value(const json::Value& v, NetworkConfig* out, std::string* error);
std::string network_config_json(const NetworkConfig& c);

struct EpochStats {
  float train_loss, test_loss, train_accuracy, test_accuracy;  // accuracy NaN for regression
  int epoch = 0;  // the network's epoch counter after that epoch (1 = first epoch ever)
};

struct TrainResult {
  std::vector<EpochStats> epochs;  // one per completed epoch
  bool diverged = false;
  int diverged_epoch = -1;   // the network's epoch counter at divergence
  bool out_of_time = false;  // stopped early: the time budget ran out (see train())
};

class Network {
 public:
  static bool create(const NetworkConfig& c, Network* out, std::string* error);

  const NetworkConfig& config() const { return config_; }
  const MLP<float>& mlp() const { return mlp_; }
  int epoch() const { return epoch_; }
  bool diverged() const { return diverged_; }

  // Uses a copy of the data; the task must match the head (binary/playground ↔ binary,
  // softmax ↔ multiclass with the same class count, regression ↔ regression).
  bool set_data(const Dataset& d, std::string* error);
  bool has_data() const { return data_.size() > 0; }

  // Re-initialises weights and optimiser from the seed (fresh start; data kept).
  void reset();

  // Runs `epochs` epochs (kEpochs). Stops at divergence (a non-finite loss, or a weight, bias
  // or slope that is non-finite or beyond ±kMaxParameter), restoring the last good state and
  // reporting the epoch.
  // evaluate_every = k evaluates (and logs) every k-th epoch and the last one; the rest only
  // train (weights are still checked for divergence every epoch). The playground evaluates
  // every epoch (k = 1); long runs and benchmarks may thin the log.
  // budget_ms > 0 (in kBudgetMs) bounds the call's time: when an epoch ends past the budget,
  // training stops there (that epoch is logged) and out_of_time is set. 0: no budget.
  bool train(int epochs, TrainResult* out, std::string* error, int evaluate_every = 1,
             double budget_ms = 0);

  // Mean loss/accuracy over [begin, end) of the data.
  EpochStats evaluate() const;

  // Output over a width×height grid: row 0 is y = ymax, column 0 is x = xmin, both ends
  // inclusive. out has width·height·outputs() floats (softmax: K per point, point-major).
  int outputs() const;
  void evaluate_grid(float xmin, float xmax, float ymin, float ymax, int width, int height,
                     float* out);
  // Every unit's activation over the grid: out[(layer unit index)·W·H + point], units of all
  // layers in order (hidden and output).
  int unit_count() const;
  void evaluate_unit_grids(float xmin, float xmax, float ymin, float ymax, int width, int height,
                           float* out);

  // example: index into the training set (clamped); its f′(z) values are reported.
  std::vector<LayerDiagnostics> diagnostics(int example);
  // The mean activation of every layer over the training set (diagnostics()'s a_mean, the same
  // doubles) from forward passes only: no backward pass, histograms or Jacobian. Output last.
  std::vector<double> layer_means();

  // Weights L1 has set to 0 for good (optimizer.h, step 3): dead(layer, i) for W[i] of that
  // layer, dead_weights() the count. Only under L1: with another regularisation none is dead
  // (the marks are dropped when the configuration leaves L1; those weights train again from 0).
  bool dead(std::size_t layer, std::size_t i) const;
  std::size_t dead_weights() const;

  // Whole network as JSON (config, parameters, optimiser state, RNG state, epoch, L1's dead
  // weights), and back.
  std::string export_json() const;
  static bool import_json(std::string_view json, Network* out, std::string* error);

  // For gradient checks: an MLP<double> with this network's exact parameters.
  MLP<double> to_double() const;
  // The optimiser settings of the configuration (optimizer.h).
  OptimizerSettings optimizer_settings() const;

 private:
  friend struct NetworkProbe;  // bench/network_profile.cpp times the private pieces
  void init_parameters();
  void gather(const std::size_t* idx, int n) const;
  void gather_points(const float* x1, const float* x2, int n) const;
  void accumulate_gradients(float scale);
  void apply_gradients();
  bool bounded_state() const;
  std::size_t weight_count() const;
  void save_parameters(std::vector<float>* out) const;
  void load_parameters(const std::vector<float>& p);
  template <class F>
  void for_each_parameter(F&& f);
  template <class F>
  void for_grid_chunks(float xmin, float xmax, float ymin, float ymax, int width, int height,
                       F&& use);

  static constexpr int kChunk = 256;  // examples per forward/backward pass

  NetworkConfig config_;
  mutable MLP<float> mlp_;  // its buffers are scratch for const evaluation too
  Dataset data_;
  Rng rng_;
  int epoch_ = 0;
  int diverged_epoch_ = -1;
  long long step_ = 0;  // optimiser steps (Adam's t)
  bool diverged_ = false;
  // Per parameter, in layer order W, b, alpha: batch gradient, optimiser moments.
  std::vector<float> g_, m_, v_;
  // One flag per weight (layers' W concatenated): set to 0 for good by L1 (l1_step).
  std::vector<std::uint8_t> dead_;
  mutable std::vector<float> xbuf_, ybuf_;
  std::vector<std::size_t> order_;
  std::vector<float> snapshot_;  // train()'s per-epoch copy of the state (kept: no allocation)
};

// Features of one point (x1, x2) for the configured list.
float feature_value(Feature f, float x1, float x2);

}  // namespace actlab
