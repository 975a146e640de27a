// json.cpp: see json.h. A recursive-descent parser (recursion bounded by kMaxDepth) that
// records the first error's byte offset and turns it into line/column only on failure.
#include "util/json.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

namespace actlab::json {

bool Value::operator==(const Value& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::Null: return true;
    case Kind::Bool: return boolean == o.boolean;
    case Kind::Number: return number == o.number;
    case Kind::String: return string == o.string;
    case Kind::Array: return array == o.array;
    case Kind::Object: return object == o.object;
  }
  return false;
}

namespace {

// Length of the valid UTF-8 sequence at p (1..4), or 0 if it is not one. Rejects overlong
// forms, encoded surrogates and code points above U+10FFFF (RFC 3629).
std::size_t utf8_length(const unsigned char* p, std::size_t n) {
  const unsigned c = p[0];
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (n < len || p[1] < lo || p[1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((p[k] & 0xC0) != 0x80) return 0;
  return len;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool run(Value* out, std::string* error) {
    Value v;
    bool ok = s_.size() <= kMaxText || fail(0, "text is larger than 16 MiB");
    ok = ok && value(v, 0);
    if (ok) {
      ws();
      if (i_ != s_.size()) ok = fail(i_, "unexpected characters after the JSON value");
    }
    if (!ok) {
      if (error) *error = position(err_pos_) + err_;
      return false;
    }
    *out = std::move(v);
    return true;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t err_pos_ = 0;
  std::string err_;

  bool fail(std::size_t pos, std::string what) {
    err_pos_ = pos;
    err_ = std::move(what);
    return false;
  }
  // "line L, column C: " for a byte offset; columns count characters, not UTF-8 bytes.
  std::string position(std::size_t pos) const {
    std::size_t line = 1, col = 1;
    for (std::size_t k = 0; k < pos && k < s_.size(); ++k) {
      if (s_[k] == '\n') {
        ++line;
        col = 1;
      } else if ((static_cast<unsigned char>(s_[k]) & 0xC0) != 0x80) {
        ++col;
      }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col) + ": ";
  }
  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }

  bool value(Value& v, int depth) {
    ws();
    if (i_ >= s_.size()) return fail(i_, "unexpected end of input, expected a value");
    const char c = s_[i_];
    switch (c) {
      case '{': return object(v, depth + 1);
      case '[': return array(v, depth + 1);
      case '"': v.kind = Value::Kind::String; return string(v.string);
      case 't':
        v.kind = Value::Kind::Bool;
        v.boolean = true;
        return literal("true");
      case 'f':
        v.kind = Value::Kind::Bool;
        v.boolean = false;
        return literal("false");
      case 'n': v.kind = Value::Kind::Null; return literal("null");
      default:
        if (c == '-' || is_digit(c)) return number(v);
        if (c > ' ' && c < 0x7F)
          return fail(i_, std::string("unexpected character '") + c + "', expected a value");
        return fail(i_, "expected a value");
    }
  }

  bool literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (s_.substr(i_, n) != word) return fail(i_, "invalid literal (expected true, false or null)");
    i_ += n;
    return true;
  }

  // depth = nesting level of this container (the outermost is 1).
  bool object(Value& v, int depth) {
    if (depth > kMaxDepth) return fail(i_, "nesting deeper than 64 levels");
    v.kind = Value::Kind::Object;
    ++i_;  // {
    ws();
    if (at('}')) return ++i_, true;
    // Large objects switch from a linear scan to a set so duplicate checks stay O(n).
    std::unordered_set<std::string> keys;
    for (;;) {
      ws();
      if (!at('"')) {
        if (at('}') && !v.object.empty()) return fail(i_, "trailing comma before '}'");
        return fail(i_, "expected a string key");
      }
      const std::size_t key_pos = i_;
      std::string key;
      if (!string(key)) return false;
      bool dup = false;
      if (v.object.size() < 16) {
        for (const auto& kv : v.object) dup = dup || kv.first == key;
      } else {
        if (keys.empty())
          for (const auto& kv : v.object) keys.insert(kv.first);
        dup = !keys.insert(key).second;
      }
      if (dup) {
        std::string quoted;
        append_string(quoted, key.size() > 40 ? key.substr(0, 40) + "..." : key);
        return fail(key_pos, "duplicate key " + quoted + " in object");
      }
      ws();
      if (!at(':')) return fail(i_, "expected ':' after an object key");
      ++i_;
      Value child;
      if (!value(child, depth)) return false;
      v.object.emplace_back(std::move(key), std::move(child));
      ws();
      if (at(',')) {
        ++i_;
        continue;
      }
      if (at('}')) return ++i_, true;
      return fail(i_, "expected ',' or '}' in object");
    }
  }

  bool array(Value& v, int depth) {
    if (depth > kMaxDepth) return fail(i_, "nesting deeper than 64 levels");
    v.kind = Value::Kind::Array;
    ++i_;  // [
    ws();
    if (at(']')) return ++i_, true;
    for (;;) {
      ws();
      if (at(']')) return fail(i_, "trailing comma before ']'");
      Value child;
      if (!value(child, depth)) return false;
      v.array.push_back(std::move(child));
      ws();
      if (at(',')) {
        ++i_;
        continue;
      }
      if (at(']')) return ++i_, true;
      return fail(i_, "expected ',' or ']' in array");
    }
  }

  bool hex4(unsigned* out) {
    const std::size_t start = i_;
    if (s_.size() - i_ < 4) return fail(start - 2, "truncated \\u escape (needs 4 hex digits)");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        return fail(i_ - 1, "invalid hex digit in \\u escape");
    }
    *out = v;
    return true;
  }

  bool string(std::string& out) {
    ++i_;  // opening quote
    for (;;) {
      // Copy the run of ordinary bytes in one go.
      const std::size_t run = i_;
      while (i_ < s_.size()) {
        const unsigned char c = static_cast<unsigned char>(s_[i_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        if (c < 0x80) {
          ++i_;
          continue;
        }
        const std::size_t len =
            utf8_length(reinterpret_cast<const unsigned char*>(s_.data()) + i_, s_.size() - i_);
        if (len == 0) return fail(i_, "invalid UTF-8 in string");
        i_ += len;
      }
      out.append(s_.data() + run, i_ - run);
      if (i_ >= s_.size()) return fail(i_, "unterminated string");
      const char c = s_[i_];
      if (c == '"') return ++i_, true;
      if (c != '\\') return fail(i_, "control character in string (must be escaped)");
      const std::size_t esc = i_++;
      if (i_ >= s_.size()) return fail(i_, "unterminated string");
      switch (s_[i_++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(esc, "unpaired surrogate in \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // high surrogate: a low one must follow
            if (s_.substr(i_, 2) != "\\u") return fail(esc, "unpaired surrogate in \\u escape");
            i_ += 2;
            unsigned lo;
            if (!hex4(&lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF) return fail(esc, "unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default: return fail(esc, "invalid escape in string");
      }
    }
  }

  bool number(Value& v) {
    const std::size_t start = i_;
    if (at('-')) ++i_;
    if (at('0')) {
      ++i_;
      if (i_ < s_.size() && is_digit(s_[i_])) return fail(start, "leading zero in number");
    } else if (i_ < s_.size() && is_digit(s_[i_])) {
      while (i_ < s_.size() && is_digit(s_[i_])) ++i_;
    } else {
      return fail(i_, "digit expected after '-'");
    }
    if (at('.')) {
      ++i_;
      if (i_ >= s_.size() || !is_digit(s_[i_])) return fail(i_, "digit expected after '.'");
      while (i_ < s_.size() && is_digit(s_[i_])) ++i_;
    }
    if (at('e') || at('E')) {
      ++i_;
      if (at('+') || at('-')) ++i_;
      if (i_ >= s_.size() || !is_digit(s_[i_])) return fail(i_, "digit expected in exponent");
      while (i_ < s_.size() && is_digit(s_[i_])) ++i_;
    }
    // The grammar is checked above, so strtod (which needs a terminated copy) reads exactly
    // this text; it rounds correctly in glibc and musl alike.
    const std::string text(s_.substr(start, i_ - start));
    const double d = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(d)) return fail(start, "number out of range (beyond ±1.8e308)");
    v.kind = Value::Kind::Number;
    v.number = d;
    return true;
  }
};

// Shortest "%.Ng" for N in [lo, hi] whose read-back (by `same`) is exact; hi always is.
template <class Same>
void append_shortest(std::string& out, double v, int lo, int hi, Same same) {
  char buf[40];
  for (int digits = lo; digits <= hi; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (same(std::strtod(buf, nullptr))) break;
  }
  out += buf;
}

void write(std::string& o, const Value& v) {
  switch (v.kind) {
    case Value::Kind::Null: o += "null"; return;
    case Value::Kind::Bool: o += v.boolean ? "true" : "false"; return;
    case Value::Kind::Number: append_number(o, v.number); return;
    case Value::Kind::String: append_string(o, v.string); return;
    case Value::Kind::Array:
      o += '[';
      for (std::size_t i = 0; i < v.array.size(); ++i) {
        if (i) o += ',';
        write(o, v.array[i]);
      }
      o += ']';
      return;
    case Value::Kind::Object:
      o += '{';
      for (std::size_t i = 0; i < v.object.size(); ++i) {
        if (i) o += ',';
        append_string(o, v.object[i].first);
        o += ':';
        write(o, v.object[i].second);
      }
      o += '}';
      return;
  }
}

}  // namespace

bool parse(std::string_view text, Value* out, std::string* error) {
  return Parser(text).run(out, error);
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = p[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else if (c >= 0x80) {
          const std::size_t len = utf8_length(p + i, s.size() - i);
          if (len == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
            ++i;
          } else {
            out.append(s.data() + i, len);
            i += len;
          }
          continue;
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

// Below DBL_MIN/FLT_MIN precision shrinks and %.15g / %.6g may print more digits than the
// value holds (4.94065645841247e-324 for 5e-324), so subnormals search from one digit. For
// normal values, a shortest form of ≤ 15 (double) or ≤ 6 (float) digits is what %.15g / %.6g
// print anyway (half an ulp is below half a unit in that digit), so the search starts there.
void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  append_shortest(out, v, std::fabs(v) < DBL_MIN ? 1 : 15, 17,
                  [v](double back) { return back == v; });
}

void append_float(std::string& out, float v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  append_shortest(out, static_cast<double>(v), std::fabs(v) < FLT_MIN ? 1 : 6, 9,
                  [v](double back) { return static_cast<float>(back) == v; });
}

std::string serialize(const Value& v) {
  std::string o;
  write(o, v);
  return o;
}

}  // namespace actlab::json
