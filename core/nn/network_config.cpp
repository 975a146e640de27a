// network_config.cpp: the network configuration as JSON — parse with field-naming errors,
// validate, write back. The same schema is the `config` part of an exported network.
#include <cmath>
#include <cstdio>
#include <string>

#include "actlab.h"
#include "nn/network.h"
#include "schema.h"
#include "util/json.h"

namespace actlab {
namespace {

using json::Value;

struct Ctx {
  std::string* error;
  bool fail(const std::string& m) {
    if (error) *error = m;
    return false;
  }
};

std::string num(double v) { return number_text(v); }

const char* kind_name(const Value& v) {
  switch (v.kind) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return "a boolean";
    case Value::Kind::Number: return "a number";
    case Value::Kind::String: return "a string";
    case Value::Kind::Array: return "an array";
    case Value::Kind::Object: return "an object";
  }
  return "?";
}

bool check_keys(Ctx& c, const Value& o, const std::string& where,
                std::initializer_list<const char*> allowed) {
  for (const auto& kv : o.object) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || kv.first == a;
    if (!ok) {
      std::string list;
      for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
      return c.fail(where + ": unknown field \"" + kv.first + "\" (allowed: " + list + ")");
    }
  }
  return true;
}

bool get_number(Ctx& c, const Value& o, const char* key, const std::string& where, const Limit& l,
                float* out) {
  const Value* v = o.find(key);
  if (!v) return true;  // keep the default
  const std::string name = where.empty() ? key : where + "." + key;
  const std::string range = range_text(l);
  const double lo = l.min, hi = l.max;
  const bool lo_open = l.min_open;
  if (v->kind != Value::Kind::Number)
    return c.fail(name + " must be a number in " + range + ", got " + kind_name(*v));
  const double x = v->number;
  // Compared after rounding to float (what is stored), so 0.05 meets a bound of 0.05f.
  const float xf = std::fabs(x) <= 3.4e38 ? static_cast<float>(x) : NAN;
  const float lf = static_cast<float>(lo), hf = static_cast<float>(hi);
  if (!(lo_open ? xf > lf : xf >= lf) || !(xf <= hf))
    return c.fail(name + " must be a number in " + range + ", got " + num(x));
  *out = xf;
  return true;
}

bool get_int(Ctx& c, const Value& o, const char* key, const std::string& where, const Limit& l,
             long long* out) {
  const Value* v = o.find(key);
  if (!v) return true;
  const std::string name = where.empty() ? key : where + "." + key;
  const std::string range = range_text(l);
  if (v->kind != Value::Kind::Number || !l.contains(v->number) ||
      std::floor(v->number) != v->number)
    return c.fail(name + " must be an integer in " + range + ", got " +
                  (v->kind == Value::Kind::Number ? num(v->number) : kind_name(*v)));
  *out = static_cast<long long>(v->number);
  return true;
}

template <class E, std::size_t N>
bool get_enum(Ctx& c, const Value& o, const char* key, const std::string& where,
              const char* const (&names)[N], E* out) {
  const Value* v = o.find(key);
  if (!v) return true;
  const std::string name = where.empty() ? key : where + "." + key;
  std::string list;
  for (const char* n : names) list += std::string(list.empty() ? "" : ", ") + "\"" + n + "\"";
  if (v->kind == Value::Kind::String) {
    for (std::size_t i = 0; i < N; ++i)
      if (v->string == names[i]) {
        *out = static_cast<E>(i);
        return true;
      }
  }
  return c.fail(name + " must be one of " + list + ", got " +
                (v->kind == Value::Kind::String ? "\"" + v->string + "\"" : kind_name(*v)));
}

// "x1, x2, x1sq, …" for messages.
template <std::size_t N>
std::string name_list(const char* const (&names)[N]) {
  std::string list;
  for (const char* n : names) list += std::string(list.empty() ? "" : ", ") + n;
  return list;
}

bool parse_layer(Ctx& c, const Value& v, int i, LayerSpec* out) {
  const std::string where = "layers[" + std::to_string(i) + "]";
  if (v.kind != Value::Kind::Object)
    return c.fail(where + " must be an object, got " + kind_name(v));
  if (!check_keys(c, v, where, {"units", "activation", "params", "prelu"})) return false;
  LayerSpec l;
  long long units = l.units;
  if (!v.find("units"))
    return c.fail(where + ".units is required (an integer in " + range_text(kUnits) + ")");
  if (!get_int(c, v, "units", where, kUnits, &units)) return false;
  l.units = static_cast<int>(units);
  const Value* act = v.find("activation");
  if (!act || act->kind != Value::Kind::String || !find_activation(act->string)) {
    std::string list;
    for (const ActivationInfo& a : kCatalogue) list += std::string(list.empty() ? "" : ", ") + a.id;
    return c.fail(where + ".activation must be one of: " + list +
                  (act && act->kind == Value::Kind::String ? "; got \"" + act->string + "\"" : ""));
  }
  const ActivationInfo& info = *find_activation(act->string);
  l.act = info.act;
  l.param = default_param(info.act);
  if (const Value* p = v.find("params")) {
    if (p->kind != Value::Kind::Object) return c.fail(where + ".params must be an object");
    for (const auto& kv : p->object) {
      if (info.param == kNoParam || kv.first != kParamSpecs[info.param].name)
        return c.fail(where + ".params: " + info.id + " has no parameter \"" + kv.first + "\"");
      const ParamSpec& s = kParamSpecs[info.param];
      if (!get_number(c, *p, s.name, where + ".params", {s.min, s.max}, &l.param)) return false;
    }
  }
  if (info.param == kNoParam) l.param = 0;
  int mode = 0;
  if (v.find("prelu")) {
    if (l.act != Act::Prelu) return c.fail(where + ".prelu is only for the prelu activation");
    if (!get_enum(c, v, "prelu", where, kPreluModeNames, &mode)) return false;
  }
  l.prelu_per_neuron = mode == 1;
  *out = l;
  return true;
}

}  // namespace

bool validate_network_config(const NetworkConfig& n, std::string* error) {
  Ctx c{error};
  if (n.features.empty() || n.features.size() > static_cast<std::size_t>(kFeatureCount))
    return c.fail("features must list 1 to " + std::to_string(kFeatureCount) +
                  " of: " + name_list(kFeatureNames));
  if (!kHiddenLayers.contains(static_cast<double>(n.layers.size())))
    return c.fail("layers: at most " + std::to_string(kMaxHiddenLayers) + " hidden layers, got " +
                  std::to_string(n.layers.size()));
  for (std::size_t i = 0; i < n.layers.size(); ++i) {
    const LayerSpec& l = n.layers[i];
    if (!kUnits.contains(l.units))
      return c.fail("layers[" + std::to_string(i) + "].units must be an integer in " +
                    range_text(kUnits));
    if (static_cast<std::size_t>(l.act) >= kActivationCount)
      return c.fail("layers[" + std::to_string(i) + "].activation is unknown");
    if (check_param(l.act, l.param) != Status::kOk)
      return c.fail("layers[" + std::to_string(i) + "].params out of range");
  }
  if (n.head == Head::kSoftmax && !kClasses.contains(n.classes))
    return c.fail("classes must be an integer in " + range_text(kClasses) +
                  " for the softmax head");
  // The float fields are compared as stored (float), as get_number does.
  auto in = [](const Limit& l, float v) {
    const float lo = static_cast<float>(l.min), hi = static_cast<float>(l.max);
    return (l.min_open ? v > lo : v >= lo) && v <= hi;
  };
  const struct {
    const char* name;
    const Limit& limit;
    float value;
  } fields[] = {{"optimizer.learningRate", kLearningRate, n.learning_rate},
                {"optimizer.momentum", kMomentum, n.momentum},
                {"optimizer.beta1", kBeta1, n.beta1},
                {"optimizer.beta2", kBeta2, n.beta2},
                {"optimizer.epsilon", kEpsilon, n.epsilon},
                {"regularization.rate", kRegularizationRate, n.regularization_rate},
                {"biasOffset", kBiasOffset, n.bias_offset}};
  for (const auto& f : fields)
    if (!in(f.limit, f.value))
      return c.fail(std::string(f.name) + " must be a number in " + range_text(f.limit));
  if (!kBatchSize.contains(n.batch_size))
    return c.fail("batchSize must be an integer in " + range_text(kBatchSize));
  return true;
}

bool parse_network_config(std::string_view text, NetworkConfig* out, std::string* error) {
  Value root;
  std::string perr;
  if (text.size() > kMaxNetworkText) {
    if (error)
      *error = "network config has " + std::to_string(text.size()) + " bytes; at most " +
               std::to_string(kMaxNetworkText) + " are allowed";
    return false;
  }
  if (!json::parse(text, &root, &perr)) {
    if (error) *error = "network config is not valid JSON: " + perr;
    return false;
  }
  return parse_network_config_value(root, out, error);
}

bool parse_network_config_value(const json::Value& root, NetworkConfig* out, std::string* error) {
  Ctx c{error};
  if (root.kind != Value::Kind::Object) return c.fail("network config must be an object");
  if (!check_keys(c, root, "config",
                  {"features", "layers", "head", "classes", "init", "biasOffset", "optimizer",
                   "batchSize", "regularization", "shuffle", "seed"}))
    return false;
  NetworkConfig n;
  if (const Value* f = root.find("features")) {
    if (f->kind != Value::Kind::Array || f->array.empty() ||
        f->array.size() > static_cast<std::size_t>(kFeatureCount))
      return c.fail("features must be an array of 1 to " + std::to_string(kFeatureCount) +
                    " of: " + name_list(kFeatureNames));
    n.features.clear();
    for (std::size_t i = 0; i < f->array.size(); ++i) {
      const Value& e = f->array[i];
      int found = -1;
      for (int k = 0; k < kFeatureCount; ++k)
        if (e.kind == Value::Kind::String && e.string == kFeatureNames[k]) found = k;
      if (found < 0)
        return c.fail("features[" + std::to_string(i) +
                      "] must be one of: " + name_list(kFeatureNames));
      for (Feature g : n.features)
        if (static_cast<int>(g) == found)
          return c.fail("features: \"" + e.string + "\" is listed twice");
      n.features.push_back(static_cast<Feature>(found));
    }
  }
  if (const Value* ls = root.find("layers")) {
    if (ls->kind != Value::Kind::Array) return c.fail("layers must be an array");
    if (!kHiddenLayers.contains(static_cast<double>(ls->array.size())))
      return c.fail("layers: at most " + std::to_string(kMaxHiddenLayers) + " hidden layers, got " +
                    std::to_string(ls->array.size()));
    for (std::size_t i = 0; i < ls->array.size(); ++i) {
      LayerSpec l;
      if (!parse_layer(c, ls->array[i], static_cast<int>(i), &l)) return false;
      n.layers.push_back(l);
    }
  }
  if (!get_enum(c, root, "head", "", kHeadNames, &n.head)) return false;
  long long classes = n.head == Head::kSoftmax ? 3 : 2;
  if (root.find("classes") && n.head != Head::kSoftmax)
    return c.fail("classes is only for the softmax head");
  if (!get_int(c, root, "classes", "", kClasses, &classes)) return false;
  n.classes = static_cast<int>(classes);
  if (!get_enum(c, root, "init", "", kInitNames, &n.init)) return false;
  if (!get_number(c, root, "biasOffset", "", kBiasOffset, &n.bias_offset)) return false;
  if (const Value* o = root.find("optimizer")) {
    if (o->kind != Value::Kind::Object) return c.fail("optimizer must be an object");
    if (!check_keys(c, *o, "optimizer",
                    {"type", "learningRate", "momentum", "beta1", "beta2", "epsilon"}))
      return false;
    if (!get_enum(c, *o, "type", "optimizer", kOptimizerNames, &n.optimizer) ||
        !get_number(c, *o, "learningRate", "optimizer", kLearningRate, &n.learning_rate) ||
        !get_number(c, *o, "momentum", "optimizer", kMomentum, &n.momentum) ||
        !get_number(c, *o, "beta1", "optimizer", kBeta1, &n.beta1) ||
        !get_number(c, *o, "beta2", "optimizer", kBeta2, &n.beta2) ||
        !get_number(c, *o, "epsilon", "optimizer", kEpsilon, &n.epsilon))
      return false;
  }
  long long batch = n.batch_size;
  if (!get_int(c, root, "batchSize", "", kBatchSize, &batch)) return false;
  n.batch_size = static_cast<int>(batch);
  if (const Value* r = root.find("regularization")) {
    if (r->kind != Value::Kind::Object)
      return c.fail("regularization must be an object {type, rate}");
    if (!check_keys(c, *r, "regularization", {"type", "rate"})) return false;
    if (!get_enum(c, *r, "type", "regularization", kRegularizationNames, &n.regularization) ||
        !get_number(c, *r, "rate", "regularization", kRegularizationRate, &n.regularization_rate))
      return false;
  }
  if (const Value* s = root.find("shuffle")) {
    if (s->kind != Value::Kind::Bool) return c.fail("shuffle must be a boolean");
    n.shuffle = s->boolean;
  }
  long long seed = n.seed;
  if (!get_int(c, root, "seed", "", kSeed, &seed)) return false;
  n.seed = static_cast<std::uint32_t>(seed);
  if (!validate_network_config(n, error)) return false;
  *out = n;
  return true;
}

std::string network_config_json(const NetworkConfig& n) {
  std::string o = "{\"features\":[";
  for (std::size_t i = 0; i < n.features.size(); ++i) {
    if (i) o += ',';
    json::append_string(o, kFeatureNames[static_cast<int>(n.features[i])]);
  }
  o += "],\"layers\":[";
  for (std::size_t i = 0; i < n.layers.size(); ++i) {
    const LayerSpec& l = n.layers[i];
    const ActivationInfo& a = info(l.act);
    if (i) o += ',';
    o += "{\"units\":" + std::to_string(l.units) + ",\"activation\":";
    json::append_string(o, a.id);
    if (a.param != kNoParam) {
      o += ",\"params\":{";
      json::append_string(o, kParamSpecs[a.param].name);
      o += ':';
      json::append_float(o, l.param);
      o += '}';
    }
    if (l.act == Act::Prelu)
      o += std::string(",\"prelu\":\"") + kPreluModeNames[l.prelu_per_neuron] + "\"";
    o += '}';
  }
  o += "],\"head\":\"" + std::string(kHeadNames[static_cast<int>(n.head)]) + "\"";
  if (n.head == Head::kSoftmax) o += ",\"classes\":" + std::to_string(n.classes);
  o += ",\"init\":\"" + std::string(kInitNames[static_cast<int>(n.init)]) + "\",\"biasOffset\":";
  json::append_float(o, n.bias_offset);
  o += ",\"optimizer\":{\"type\":\"" + std::string(kOptimizerNames[static_cast<int>(n.optimizer)]) +
       "\",\"learningRate\":";
  json::append_float(o, n.learning_rate);
  o += ",\"momentum\":";
  json::append_float(o, n.momentum);
  o += ",\"beta1\":";
  json::append_float(o, n.beta1);
  o += ",\"beta2\":";
  json::append_float(o, n.beta2);
  o += ",\"epsilon\":";
  json::append_float(o, n.epsilon);
  o += "},\"batchSize\":" + std::to_string(n.batch_size) + ",\"regularization\":{\"type\":\"" +
       kRegularizationNames[static_cast<int>(n.regularization)] + "\",\"rate\":";
  json::append_float(o, n.regularization_rate);
  o += "},\"shuffle\":" + std::string(n.shuffle ? "true" : "false") +
       ",\"seed\":" + std::to_string(n.seed) + "}";
  return o;
}

}  // namespace actlab
