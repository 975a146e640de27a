// json.h: a strict JSON (RFC 8259) reader and writer helpers for the core: network config,
// export/import. No exceptions (the WASM module is built without them): parse() returns false
// and an error naming line and column. Objects keep their key order; duplicate keys are an
// error, as are NaN/Infinity, leading zeros, trailing commas, unescaped control characters,
// invalid UTF-8 and unpaired surrogates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actlab::json {

inline constexpr int kMaxDepth = 64;                // nested arrays/objects, outermost = 1
inline constexpr std::size_t kMaxText = 16u << 20;  // 16 MiB

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0;   // always finite when parsed
  std::string string;  // UTF-8
  std::vector<Value> array;
  std::vector<std::pair<std::string, Value>> object;  // in document order, keys unique

  // The member named key, or nullptr (also when this is not an object).
  const Value* find(std::string_view key) const {
    for (const auto& kv : object)
      if (kv.first == key) return &kv.second;
    return nullptr;
  }
  bool is_null() const { return kind == Kind::Null; }
  bool is_bool() const { return kind == Kind::Bool; }
  bool is_number() const { return kind == Kind::Number; }
  bool is_string() const { return kind == Kind::String; }
  bool is_array() const { return kind == Kind::Array; }
  bool is_object() const { return kind == Kind::Object; }
  // Deep equality; object members compare in order (the parser preserves it).
  bool operator==(const Value& o) const;
  bool operator!=(const Value& o) const { return !(*this == o); }
};

// Parses the whole text (white space around the value allowed). On error *out is untouched
// and *error (if not null) reads like "line 3, column 14: expected ':' after an object key";
// lines and columns are 1-based, columns count UTF-8 characters. Numbers are converted with
// strtod, so the process must keep the "C" LC_NUMERIC locale (ActLab never changes it).
bool parse(std::string_view text, Value* out, std::string* error);

// Writers (append to out). append_string writes a quoted, escaped string; bytes that are not
// valid UTF-8 become U+FFFD so the output always parses. append_number writes the shortest
// %.Ng (N ≤ 17) that strtod reads back as the same double; append_float does the same for a
// float (N ≤ 9) read back as strtod then a cast to float (how the importers and JS's
// Math.fround(Number(s)) read it), which makes float32 export/import bit-exact. JSON has no
// NaN or Infinity: both write null for a non-finite value, which readers of numbers reject.
void append_string(std::string& out, std::string_view s);
void append_number(std::string& out, double v);
void append_float(std::string& out, float v);

// Compact JSON text of v (no white space); parse(serialize(v)) == v for any parsed v.
std::string serialize(const Value& v);

}  // namespace actlab::json
