// libFuzzer target: json::parse on arbitrary bytes, and the writers on raw bit patterns.
// Invariants (abort on violation, so libFuzzer reports the input):
//   * no crash or UB (ASan + UBSan), recursion bounded by the depth limit;
//   * a rejection leaves the output untouched and reads "line L, column C: ..." with L and C
//     inside the text;
//   * an accepted value has finite numbers, valid UTF-8 strings, depth ≤ 64 and unique keys,
//     and parse → serialize → parse gives an equal value whose serialization is unchanged;
//   * append_number / append_float read back bit-exactly (null for non-finite);
//   * append_string of any bytes parses back, unchanged when the bytes are valid UTF-8.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "util/json.h"

using actlab::json::Value;
namespace json = actlab::json;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "INVARIANT FAILED: %s %s\n", what, detail.c_str());
  std::abort();
}

// An independent UTF-8 check (decode, then reject overlong forms, surrogates and values
// above U+10FFFF), to compare with the parser's table-driven one.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    unsigned cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      const unsigned b = static_cast<unsigned char>(s[i + k]);
      if ((b >> 6) != 2) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    static const unsigned kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

void check_value(const Value& v, int depth) {
  switch (v.kind) {
    case Value::Kind::Number:
      if (!std::isfinite(v.number)) fail("non-finite number");
      break;
    case Value::Kind::String:
      if (!valid_utf8(v.string)) fail("string is not valid UTF-8");
      break;
    case Value::Kind::Array:
      if (depth + 1 > json::kMaxDepth) fail("too deep");
      for (const Value& c : v.array) check_value(c, depth + 1);
      break;
    case Value::Kind::Object:
      if (depth + 1 > json::kMaxDepth) fail("too deep");
      for (std::size_t i = 0; i < v.object.size(); ++i) {
        if (!valid_utf8(v.object[i].first)) fail("key is not valid UTF-8");
        // Quadratic, but fuzz inputs are small.
        for (std::size_t j = 0; j < i; ++j)
          if (v.object[j].first == v.object[i].first) fail("duplicate key accepted");
        check_value(v.object[i].second, depth + 1);
      }
      break;
    default: break;
  }
}

void check_error(std::string_view text, const std::string& e) {
  unsigned long line = 0, col = 0;
  int used = 0;
  if (std::sscanf(e.c_str(), "line %lu, column %lu: %n", &line, &col, &used) != 2 || used == 0 ||
      static_cast<std::size_t>(used) >= e.size())
    fail("error without a position", e);
  // Columns count characters; the column may be one past the line's last character.
  std::size_t l = 1, max_col = 1;
  for (char c : text) {
    if (c == '\n') {
      if (++l > line) break;
    } else if (l == line && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++max_col;
    }
  }
  if (line < 1 || l < line || col < 1 || col > max_col) fail("position outside the text", e);
}

void check_writers(const std::uint8_t* data, std::size_t size) {
  std::string e;
  if (size >= 8) {
    double d;
    std::memcpy(&d, data, sizeof d);
    std::string s;
    json::append_number(s, d);
    Value v;
    if (!std::isfinite(d)) {
      if (s != "null") fail("non-finite double not written as null", s);
    } else if (!json::parse(s, &v, &e) || !v.is_number() ||
               std::memcmp(&v.number, &d, sizeof d) != 0) {
      fail("append_number round trip", s);
    }
  }
  if (size >= 4) {
    float f;
    std::memcpy(&f, data, sizeof f);
    std::string s;
    json::append_float(s, f);
    Value v;
    if (!std::isfinite(f)) {
      if (s != "null") fail("non-finite float not written as null", s);
    } else {
      if (!json::parse(s, &v, &e) || !v.is_number()) fail("append_float output", s);
      const float back = static_cast<float>(v.number);
      if (std::memcmp(&back, &f, sizeof f) != 0) fail("append_float round trip", s);
    }
  }
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string quoted;
  json::append_string(quoted, raw);
  Value v;
  if (!json::parse(quoted, &v, &e) || !v.is_string()) fail("append_string output", e);
  if (valid_utf8(raw) && v.string != raw) fail("append_string changed valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Value v;
  v.kind = Value::Kind::String;
  v.string = "sentinel";  // must survive a rejection
  std::string e;
  if (!json::parse(text, &v, &e)) {
    if (v.kind != Value::Kind::String || v.string != "sentinel") fail("partially written");
    check_error(text, e);
  } else {
    check_value(v, 0);
    const std::string s = json::serialize(v);
    Value w;
    if (!json::parse(s, &w, &e)) fail("serialized JSON does not parse", e);
    if (w != v) fail("round trip changed the value", s);
    if (json::serialize(w) != s) fail("serialization is not stable", s);
  }
  check_writers(data, size);
  return 0;
}
