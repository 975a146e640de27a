// json.h: a strict JSON reader and writer helpers for the core (network config, export/import).
// No exceptions (the WASM module is built without them): parse() returns false and an error
// naming line and column. Objects keep their key order; duplicate keys are an error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actlab::json {

inline constexpr int kMaxDepth = 64;
inline constexpr std::size_t kMaxText = 16u << 20;  // 16 MiB

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<Value> array;
  std::vector<std::pair<std::string, Value>> object;

  const Value* find(std::string_view key) const {
    for (const auto& kv : object)
      if (kv.first == key) return &kv.second;
    return nullptr;
  }
  bool is_number() const { return kind == Kind::Number; }
  bool is_string() const { return kind == Kind::String; }
  bool operator==(const Value& o) const;
  bool operator!=(const Value& o) const { return !(*this == o); }
};

// Parses the whole text (surrounding white space allowed). On error *out is untouched and
// *error reads like "line 3, column 14: expected ':' after an object key".
bool parse(std::string_view text, Value* out, std::string* error);

// Writers. append_number writes the shortest decimal that reads back as the same double,
// and null for NaN/±Inf (JSON has no such numbers). append_float does the same for a float
// (≤ 9 significant digits), which makes float32 export/import bit-exact.
void append_string(std::string& out, std::string_view s);
void append_number(std::string& out, double v);
void append_float(std::string& out, float v);
std::string serialize(const Value& v);

}  // namespace actlab::json
