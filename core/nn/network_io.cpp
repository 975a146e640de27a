// network_io.cpp: a whole network (config, parameters, optimiser and RNG state, epoch) as
// JSON, and back, bit-exactly. Imports are validated field by field with errors naming them.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "nn/network.h"
#include "util/json.h"

namespace actlab {

namespace {
void append_floats(std::string& o, const std::vector<float>& v) {
  o += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) o += ',';
    json::append_float(o, v[i]);
  }
  o += ']';
}
std::string hex64(std::uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016" PRIx64, v);
  return b;
}
bool parse_hex64(const std::string& s, std::uint64_t* out) {
  if (s.size() != 16) return false;
  std::uint64_t v = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return false;
    v = v << 4 | static_cast<std::uint64_t>(d);
  }
  *out = v;
  return true;
}
// n numbers in [lo, hi] (float range by default) into *out, as float.
bool read_floats(const json::Value* v, std::size_t n, std::vector<float>* out,
                 const std::string& name, std::string* error, double lo = -3.4028234663852886e38,
                 double hi = 3.4028234663852886e38) {
  if (!v || v->kind != json::Value::Kind::Array || v->array.size() != n) {
    if (error) *error = name + " must be an array of " + std::to_string(n) + " numbers";
    return false;
  }
  out->resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const json::Value& e = v->array[i];
    if (e.kind != json::Value::Kind::Number || !(e.number >= lo && e.number <= hi)) {
      if (error) {
        *error = name + "[" + std::to_string(i) + "] must be a number in " + range_text({lo, hi});
        if (e.kind == json::Value::Kind::Number) *error += ", got " + number_text(e.number);
      }
      return false;
    }
    (*out)[i] = static_cast<float>(e.number);
  }
  return true;
}
}  // namespace

std::string Network::export_json() const {
  std::string o = "{\"format\":\"actlab-network\",\"version\":1,\"config\":";
  o += network_config_json(config_);
  o += ",\"state\":{\"epoch\":" + std::to_string(epoch_) + ",\"step\":" + std::to_string(step_);
  const Rng::State rs = rng_.save();
  std::uint64_t spare_bits;
  std::memcpy(&spare_bits, &rs.spare, sizeof spare_bits);
  o += ",\"rng\":[\"" + hex64(rs.state) + "\",\"" + hex64(rs.inc) + "\",\"" +
       hex64(rs.have_spare ? 1 : 0) + "\",\"" + hex64(spare_bits) + "\"]";
  o += ",\"layers\":[";
  std::size_t k = 0;  // the layer's first flag in dead_
  for (std::size_t li = 0; li < mlp_.layers.size(); ++li) {
    const Layer<float>& l = mlp_.layers[li];
    if (li) o += ',';
    o += "{\"W\":";
    append_floats(o, l.W);
    o += ",\"b\":";
    append_floats(o, l.b);
    if (!l.alpha.empty()) {
      o += ",\"alpha\":";
      append_floats(o, l.alpha);
    }
    std::string dead;  // indices into W of the weights L1 has set to 0 for good
    for (std::size_t i = 0; i < l.W.size(); ++i)
      if (dead_[k + i]) dead += (dead.empty() ? "" : ",") + std::to_string(i);
    k += l.W.size();
    if (!dead.empty()) o += ",\"dead\":[" + dead + "]";
    o += '}';
  }
  o += "],\"optimizer\":{\"m\":";
  append_floats(o, m_);
  o += ",\"v\":";
  append_floats(o, v_);
  o += "}}}";
  return o;
}

bool Network::import_json(std::string_view text, Network* out, std::string* error) {
  json::Value root;
  std::string perr;
  auto fail = [&](const std::string& m) {
    if (error) *error = m;
    return false;
  };
  if (text.size() > kMaxNetworkText)
    return fail("network JSON has " + std::to_string(text.size()) + " bytes; at most " +
                std::to_string(kMaxNetworkText) + " are allowed");
  if (!json::parse(text, &root, &perr)) return fail("network JSON is not valid JSON: " + perr);
  if (root.kind != json::Value::Kind::Object) return fail("network JSON must be an object");
  const json::Value* fmt = root.find("format");
  if (!fmt || fmt->kind != json::Value::Kind::String || fmt->string != "actlab-network")
    return fail("format must be \"actlab-network\"");
  const json::Value* ver = root.find("version");
  if (!ver || ver->kind != json::Value::Kind::Number || ver->number != 1)
    return fail("version must be 1");
  const json::Value* cfg = root.find("config");
  if (!cfg) return fail("config is missing");
  NetworkConfig c;
  std::string cerr;
  if (!parse_network_config_value(*cfg, &c, &cerr)) return fail("config: " + cerr);
  Network n;
  if (!create(c, &n, error)) return false;
  const json::Value* st = root.find("state");
  if (!st || st->kind != json::Value::Kind::Object) return fail("state must be an object");
  const json::Value* ep = st->find("epoch");
  const json::Value* sp = st->find("step");
  if (!ep || ep->kind != json::Value::Kind::Number || !(ep->number >= 0 && ep->number <= 1e9) ||
      std::floor(ep->number) != ep->number)
    return fail("state.epoch must be a non-negative integer");
  if (!sp || sp->kind != json::Value::Kind::Number || !(sp->number >= 0 && sp->number <= 1e15) ||
      std::floor(sp->number) != sp->number)
    return fail("state.step must be a non-negative integer");
  n.epoch_ = static_cast<int>(ep->number);
  n.step_ = static_cast<long long>(sp->number);
  const json::Value* rng = st->find("rng");
  std::uint64_t r[4];
  if (!rng || rng->kind != json::Value::Kind::Array || rng->array.size() != 4)
    return fail("state.rng must be an array of 4 hex strings");
  for (int i = 0; i < 4; ++i) {
    const json::Value& e = rng->array[i];
    if (e.kind != json::Value::Kind::String || !parse_hex64(e.string, &r[i]))
      return fail("state.rng[" + std::to_string(i) + "] must be 16 lowercase hex digits");
  }
  double spare;
  std::memcpy(&spare, &r[3], sizeof spare);
  if (r[2] > 1 || !std::isfinite(spare)) return fail("state.rng is corrupt");
  n.rng_.load({r[0], r[1], r[2] == 1, spare});
  const json::Value* ls = st->find("layers");
  if (!ls || ls->kind != json::Value::Kind::Array || ls->array.size() != n.mlp_.layers.size())
    return fail("state.layers must have " + std::to_string(n.mlp_.layers.size()) +
                " entries (hidden layers + output)");
  std::size_t k = 0;  // the layer's first flag in dead_
  for (std::size_t li = 0; li < n.mlp_.layers.size(); ++li) {
    Layer<float>& l = n.mlp_.layers[li];
    const json::Value& lv = ls->array[li];
    const std::string where = "state.layers[" + std::to_string(li) + "]";
    if (lv.kind != json::Value::Kind::Object) return fail(where + " must be an object");
    // Parameters a network can train from (what training itself keeps, see bounded_state).
    const double P = kMaxParameter;
    if (!read_floats(lv.find("W"), l.W.size(), &l.W, where + ".W", error, -P, P) ||
        !read_floats(lv.find("b"), l.b.size(), &l.b, where + ".b", error, -P, P))
      return false;
    if (!l.alpha.empty() &&
        !read_floats(lv.find("alpha"), l.alpha.size(), &l.alpha, where + ".alpha", error, -P, P))
      return false;
    if (l.alpha.empty() && lv.find("alpha")) return fail(where + ".alpha is only for prelu layers");
    // L1's dead weights: indices into W, each weight 0. Only L1 keeps them; under another
    // regularisation they are dropped (those weights train again, from 0).
    if (const json::Value* dv = lv.find("dead")) {
      if (dv->kind != json::Value::Kind::Array || dv->array.size() > l.W.size())
        return fail(where + ".dead must be an array of at most " + std::to_string(l.W.size()) +
                    " indices into W");
      for (std::size_t j = 0; j < dv->array.size(); ++j) {
        const json::Value& e = dv->array[j];
        const std::string at = where + ".dead[" + std::to_string(j) + "]";
        if (e.kind != json::Value::Kind::Number || !(e.number >= 0 && e.number < l.W.size()) ||
            std::floor(e.number) != e.number)
          return fail(at + " must be an integer index into W in [0, " +
                      std::to_string(l.W.size() - 1) + "]");
        const std::size_t i = static_cast<std::size_t>(e.number);
        if (l.W[i] != 0)
          return fail(at + " marks W[" + std::to_string(i) + "] dead, but it is not 0");
        if (n.config_.regularization == Regularization::kL1) n.dead_[k + i] = 1;
      }
    }
    k += l.W.size();
  }
  const json::Value* opt = st->find("optimizer");
  if (!opt || opt->kind != json::Value::Kind::Object)
    return fail("state.optimizer must be an object");
  if (!read_floats(opt->find("m"), n.m_.size(), &n.m_, "state.optimizer.m", error) ||
      !read_floats(opt->find("v"), n.v_.size(), &n.v_, "state.optimizer.v", error, 0))  // v ≥ 0
    return false;
  *out = std::move(n);
  return true;
}

}  // namespace actlab
