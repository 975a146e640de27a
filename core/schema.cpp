// schema.cpp: the limits and enum names of schema.h as JSON for JS, and their text form.
#include "schema.h"

#include <cmath>
#include <cstdio>

#include "act/catalogue.h"
#include "actlab.h"
#include "util/json.h"

namespace actlab {
namespace {

template <std::size_t N>
void names(std::string& o, const char* key, const char* const (&list)[N]) {
  json::append_string(o, key);
  o += ":[";
  for (std::size_t i = 0; i < N; ++i) {
    if (i) o += ',';
    json::append_string(o, list[i]);
  }
  o += "],";
}

void limit(std::string& o, const char* key, const Limit& l) {
  json::append_string(o, key);
  o += ":{\"min\":";
  json::append_number(o, l.min);
  o += ",\"max\":";
  json::append_number(o, l.max);
  if (l.min_open) o += ",\"minOpen\":true";
  o += "},";
}

std::string build() {
  std::string o = "{\"limits\":{";
  limit(o, "length", {1, static_cast<double>(kMaxLength)});
  o += "\"temperature\":{\"min\":";
  json::append_number(o, kTemperature.min);
  o += ",\"max\":";
  json::append_number(o, kTemperature.max);
  o += ",\"default\":";
  json::append_number(o, kDefaultTemperature);
  o += "},";
  limit(o, "hiddenLayers", kHiddenLayers);
  limit(o, "playgroundHiddenLayers", {0, static_cast<double>(kPlaygroundMaxHiddenLayers)});
  limit(o, "units", kUnits);
  limit(o, "features", {1, static_cast<double>(kFeatureCount)});
  limit(o, "classes", kClasses);
  limit(o, "batchSize", kBatchSize);
  limit(o, "learningRate", kLearningRate);
  limit(o, "momentum", kMomentum);
  limit(o, "beta1", kBeta1);
  limit(o, "beta2", kBeta2);
  limit(o, "epsilon", kEpsilon);
  limit(o, "regularizationRate", kRegularizationRate);
  limit(o, "biasOffset", kBiasOffset);
  limit(o, "epochs", kEpochs);
  limit(o, "evaluateEvery", kEvaluateEvery);
  limit(o, "seed", kSeed);
  limit(o, "points", kPoints);
  limit(o, "noise", kNoise);
  limit(o, "trainFraction", kTrainFraction);
  limit(o, "gridSide", kGridSide);
  limit(o, "gridPoints", {1, static_cast<double>(kMaxGridPoints)});
  limit(o, "gridBound", kGridBound);
  limit(o, "gradientFlowDepth", kGradientFlowDepth);
  limit(o, "parameter", {-kMaxParameter, kMaxParameter});
  limit(o, "budgetMs", kBudgetMs);
  limit(o, "csvText", {0, static_cast<double>(kMaxCsvText)});
  limit(o, "networkText", {0, static_cast<double>(kMaxNetworkText)});
  o.back() = '}';
  o += ",\"enums\":{";
  names(o, "task", kTaskNames);
  names(o, "head", kHeadNames);
  names(o, "feature", kFeatureNames);
  names(o, "init", kInitNames);
  names(o, "optimizer", kOptimizerNames);
  names(o, "regularization", kRegularizationNames);
  names(o, "prelu", kPreluModeNames);
  names(o, "dataset", kDatasetKindNames);
  names(o, "impl", kImplNames);
  names(o, "status", kStatusNames);
  o.back() = '}';
  return o + "}";
}

}  // namespace

std::string number_text(double v) {
  char b[32];
  if (std::floor(v) == v && std::fabs(v) < 1e15) std::snprintf(b, sizeof b, "%.0f", v);
  else
    std::snprintf(b, sizeof b, "%g", v);
  return b;
}

std::string range_text(const Limit& l) {
  return (l.min_open ? "(" : "[") + number_text(l.min) + ", " + number_text(l.max) + "]";
}

const char* schema_json() noexcept {
  static const std::string json = build();
  return json.c_str();
}

}  // namespace actlab
