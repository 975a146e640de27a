// network_config.cpp: the network configuration as JSON — parse with field-naming errors,
// validate, write back. The same schema is the `config` part of an exported network.
#include <cmath>
#include <cstdio>
#include <string>

#include "actlab.h"
#include "json.h"
#include "network.h"

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

std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%g", v);
  return b;
}

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

bool get_number(Ctx& c, const Value& o, const char* key, const std::string& where, double lo,
                double hi, bool lo_open, float* out) {
  const Value* v = o.find(key);
  if (!v) return true;  // keep the default
  const std::string name = where.empty() ? key : where + "." + key;
  const std::string range = std::string(lo_open ? "(" : "[") + num(lo) + ", " + num(hi) + "]";
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

bool get_int(Ctx& c, const Value& o, const char* key, const std::string& where, long long lo,
             long long hi, long long* out) {
  const Value* v = o.find(key);
  if (!v) return true;
  const std::string name = where.empty() ? key : where + "." + key;
  const std::string range = "[" + std::to_string(lo) + ", " + std::to_string(hi) + "]";
  if (v->kind != Value::Kind::Number || !(v->number >= lo && v->number <= hi) ||
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

constexpr const char* kHeads[] = {"binary", "softmax", "regression", "playground"};
constexpr const char* kInits[] = {"xavier", "he", "uniform"};
constexpr const char* kOptimizers[] = {"sgd", "momentum", "adam"};
constexpr const char* kRegs[] = {"none", "l1", "l2"};
constexpr const char* kPreluModes[] = {"layer", "neuron"};

bool parse_layer(Ctx& c, const Value& v, int i, LayerSpec* out) {
  const std::string where = "layers[" + std::to_string(i) + "]";
  if (v.kind != Value::Kind::Object) return c.fail(where + " must be an object, got " + kind_name(v));
  if (!check_keys(c, v, where, {"units", "activation", "params", "prelu"})) return false;
  LayerSpec l;
  long long units = l.units;
  if (!v.find("units")) return c.fail(where + ".units is required (an integer in [1, 32])");
  if (!get_int(c, v, "units", where, 1, kMaxUnits, &units)) return false;
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
      if (!get_number(c, *p, s.name, where + ".params", s.min, s.max, false, &l.param)) return false;
    }
  }
  if (info.param == kNoParam) l.param = 0;
  int mode = 0;
  if (v.find("prelu")) {
    if (l.act != Act::Prelu) return c.fail(where + ".prelu is only for the prelu activation");
    if (!get_enum(c, v, "prelu", where, kPreluModes, &mode)) return false;
  }
  l.prelu_per_neuron = mode == 1;
  *out = l;
  return true;
}

}  // namespace

bool validate_network_config(const NetworkConfig& n, std::string* error) {
  Ctx c{error};
  if (n.features.empty() || n.features.size() > static_cast<std::size_t>(kFeatureCount))
    return c.fail("features must list 1 to 7 of: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2");
  if (n.layers.size() > static_cast<std::size_t>(kMaxHiddenLayers))
    return c.fail("layers: at most 20 hidden layers, got " + std::to_string(n.layers.size()));
  for (std::size_t i = 0; i < n.layers.size(); ++i) {
    const LayerSpec& l = n.layers[i];
    if (l.units < 1 || l.units > kMaxUnits)
      return c.fail("layers[" + std::to_string(i) + "].units must be an integer in [1, 32]");
    if (static_cast<std::size_t>(l.act) >= kActivationCount)
      return c.fail("layers[" + std::to_string(i) + "].activation is unknown");
    if (check_param(l.act, l.param) != Status::kOk)
      return c.fail("layers[" + std::to_string(i) + "].params out of range");
  }
  if (n.head == Head::kSoftmax && (n.classes < 2 || n.classes > kMaxClasses))
    return c.fail("classes must be an integer in [2, 8] for the softmax head");
  if (!(n.learning_rate > 0 && n.learning_rate <= 100))
    return c.fail("optimizer.learningRate must be a number in (0, 100]");
  if (!(n.momentum >= 0 && n.momentum < 1)) return c.fail("optimizer.momentum must be in [0, 1)");
  if (!(n.beta1 >= 0 && n.beta1 < 1) || !(n.beta2 >= 0 && n.beta2 < 1))
    return c.fail("optimizer.beta1/beta2 must be in [0, 1)");
  if (!(n.epsilon > 0 && n.epsilon <= 1)) return c.fail("optimizer.epsilon must be in (0, 1]");
  if (n.batch_size < 1 || n.batch_size > kMaxBatch)
    return c.fail("batchSize must be an integer in [1, 10000]");
  if (!(n.regularization_rate >= 0 && n.regularization_rate <= 10))
    return c.fail("regularization.rate must be a number in [0, 10]");
  if (!(n.bias_offset >= -10 && n.bias_offset <= 10))
    return c.fail("biasOffset must be a number in [-10, 10]");
  return true;
}

bool parse_network_config(std::string_view text, NetworkConfig* out, std::string* error) {
  Value root;
  std::string perr;
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
      return c.fail("features must be an array of 1 to 7 of: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2");
    n.features.clear();
    for (std::size_t i = 0; i < f->array.size(); ++i) {
      const Value& e = f->array[i];
      int found = -1;
      for (int k = 0; k < kFeatureCount; ++k)
        if (e.kind == Value::Kind::String && e.string == kFeatureIds[k]) found = k;
      if (found < 0)
        return c.fail("features[" + std::to_string(i) +
                      "] must be one of: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2");
      for (Feature g : n.features)
        if (static_cast<int>(g) == found)
          return c.fail("features: \"" + e.string + "\" is listed twice");
      n.features.push_back(static_cast<Feature>(found));
    }
  }
  if (const Value* ls = root.find("layers")) {
    if (ls->kind != Value::Kind::Array) return c.fail("layers must be an array");
    if (ls->array.size() > static_cast<std::size_t>(kMaxHiddenLayers))
      return c.fail("layers: at most 20 hidden layers, got " + std::to_string(ls->array.size()));
    for (std::size_t i = 0; i < ls->array.size(); ++i) {
      LayerSpec l;
      if (!parse_layer(c, ls->array[i], static_cast<int>(i), &l)) return false;
      n.layers.push_back(l);
    }
  }
  if (!get_enum(c, root, "head", "", kHeads, &n.head)) return false;
  long long classes = n.head == Head::kSoftmax ? 3 : 2;
  if (root.find("classes") && n.head != Head::kSoftmax)
    return c.fail("classes is only for the softmax head");
  if (!get_int(c, root, "classes", "", 2, kMaxClasses, &classes)) return false;
  n.classes = static_cast<int>(classes);
  if (!get_enum(c, root, "init", "", kInits, &n.init)) return false;
  if (!get_number(c, root, "biasOffset", "", -10, 10, false, &n.bias_offset)) return false;
  if (const Value* o = root.find("optimizer")) {
    if (o->kind != Value::Kind::Object) return c.fail("optimizer must be an object");
    if (!check_keys(c, *o, "optimizer", {"type", "learningRate", "momentum", "beta1", "beta2", "epsilon"}))
      return false;
    if (!get_enum(c, *o, "type", "optimizer", kOptimizers, &n.optimizer) ||
        !get_number(c, *o, "learningRate", "optimizer", 0, 100, true, &n.learning_rate) ||
        !get_number(c, *o, "momentum", "optimizer", 0, 0.9999, false, &n.momentum) ||
        !get_number(c, *o, "beta1", "optimizer", 0, 0.9999, false, &n.beta1) ||
        !get_number(c, *o, "beta2", "optimizer", 0, 0.99999, false, &n.beta2) ||
        !get_number(c, *o, "epsilon", "optimizer", 0, 1, true, &n.epsilon))
      return false;
  }
  long long batch = n.batch_size;
  if (!get_int(c, root, "batchSize", "", 1, kMaxBatch, &batch)) return false;
  n.batch_size = static_cast<int>(batch);
  if (const Value* r = root.find("regularization")) {
    if (r->kind != Value::Kind::Object) return c.fail("regularization must be an object {type, rate}");
    if (!check_keys(c, *r, "regularization", {"type", "rate"})) return false;
    if (!get_enum(c, *r, "type", "regularization", kRegs, &n.regularization) ||
        !get_number(c, *r, "rate", "regularization", 0, 10, false, &n.regularization_rate))
      return false;
  }
  if (const Value* s = root.find("shuffle")) {
    if (s->kind != Value::Kind::Bool) return c.fail("shuffle must be a boolean");
    n.shuffle = s->boolean;
  }
  long long seed = n.seed;
  if (!get_int(c, root, "seed", "", 0, 4294967295LL, &seed)) return false;
  n.seed = static_cast<std::uint32_t>(seed);
  if (!validate_network_config(n, error)) return false;
  *out = n;
  return true;
}

std::string network_config_json(const NetworkConfig& n) {
  std::string o = "{\"features\":[";
  for (std::size_t i = 0; i < n.features.size(); ++i) {
    if (i) o += ',';
    json::append_string(o, kFeatureIds[static_cast<int>(n.features[i])]);
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
    if (l.act == Act::Prelu) o += std::string(",\"prelu\":\"") + kPreluModes[l.prelu_per_neuron] + "\"";
    o += '}';
  }
  o += "],\"head\":\"" + std::string(kHeads[static_cast<int>(n.head)]) + "\"";
  if (n.head == Head::kSoftmax) o += ",\"classes\":" + std::to_string(n.classes);
  o += ",\"init\":\"" + std::string(kInits[static_cast<int>(n.init)]) + "\",\"biasOffset\":";
  json::append_float(o, n.bias_offset);
  o += ",\"optimizer\":{\"type\":\"" + std::string(kOptimizers[static_cast<int>(n.optimizer)]) +
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
       kRegs[static_cast<int>(n.regularization)] + "\",\"rate\":";
  json::append_float(o, n.regularization_rate);
  o += "},\"shuffle\":" + std::string(n.shuffle ? "true" : "false") +
       ",\"seed\":" + std::to_string(n.seed) + "}";
  return o;
}

}  // namespace actlab
