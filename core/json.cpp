// json.cpp: see json.h. A recursive-descent parser over the text with a depth limit.
#include "json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool run(Value* out, std::string* error) {
    Value v;
    if (s_.size() > kMaxText) return fail_at(error, "text larger than 16 MiB");
    if (!value(v, 0)) return fail_at(error, err_);
    ws();
    if (i_ != s_.size()) return fail_at(error, "unexpected characters after the JSON value");
    *out = std::move(v);
    return true;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  const char* err_ = "";

  bool fail_at(std::string* error, const char* what) {
    if (error) {
      std::size_t line = 1, col = 1;
      for (std::size_t k = 0; k < i_ && k < s_.size(); ++k) {
        if (s_[k] == '\n') ++line, col = 1;
        else ++col;
      }
      *error = "line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + what;
    }
    return false;
  }
  bool fail(const char* what) {
    err_ = what;
    return false;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (s_.substr(i_, n) != word) return fail("invalid literal");
    i_ += n;
    return true;
  }

  bool value(Value& v, int depth) {
    if (depth >= kMaxDepth) return fail("nesting deeper than 64 levels");
    ws();
    if (i_ >= s_.size()) return fail("unexpected end of input, expected a value");
    const char c = s_[i_];
    switch (c) {
      case '{': return object(v, depth);
      case '[': return array(v, depth);
      case '"': v.kind = Value::Kind::String; return string(v.string);
      case 't': v.kind = Value::Kind::Bool; v.boolean = true; return literal("true");
      case 'f': v.kind = Value::Kind::Bool; v.boolean = false; return literal("false");
      case 'n': v.kind = Value::Kind::Null; return literal("null");
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number(v);
        return fail("expected a value");
    }
  }

  bool object(Value& v, int depth) {
    v.kind = Value::Kind::Object;
    ++i_;  // {
    ws();
    if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
    for (;;) {
      ws();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a string key");
      std::string key;
      if (!string(key)) return false;
      for (const auto& kv : v.object)
        if (kv.first == key) return fail("duplicate key in object");
      ws();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':' after an object key");
      ++i_;
      Value child;
      if (!value(child, depth + 1)) return false;
      v.object.emplace_back(std::move(key), std::move(child));
      ws();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
      return fail("expected ',' or '}' in object");
    }
  }

  bool array(Value& v, int depth) {
    v.kind = Value::Kind::Array;
    ++i_;  // [
    ws();
    if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
    for (;;) {
      Value child;
      if (!value(child, depth + 1)) return false;
      v.array.push_back(std::move(child));
      ws();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
      return fail("expected ',' or ']' in array");
    }
  }

  bool hex4(unsigned* out) {
    if (i_ + 4 > s_.size()) return fail("truncated \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else return fail("invalid hex digit in \\u escape");
    }
    *out = v;
    return true;
  }

  static void utf8(std::string& out, unsigned cp) {
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

  bool string(std::string& out) {
    ++i_;  // opening quote
    for (;;) {
      if (i_ >= s_.size()) return fail("unterminated string");
      const unsigned char c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return fail("control character in string");
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (i_ >= s_.size()) return fail("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
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
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // high surrogate: a low one must follow
            unsigned lo;
            if (i_ + 2 > s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u')
              return fail("unpaired surrogate in \\u escape");
            i_ += 2;
            if (!hex4(&lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF) return fail("unpaired surrogate in \\u escape");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail("unpaired surrogate in \\u escape");
          }
          utf8(out, cp);
          break;
        }
        default: return fail("invalid escape in string");
      }
    }
  }

  bool number(Value& v) {
    const std::size_t start = i_;
    if (s_[i_] == '-') ++i_;
    if (i_ >= s_.size()) return fail("invalid number");
    if (s_[i_] == '0') {
      ++i_;
      if (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') return fail("leading zero in number");
    } else if (s_[i_] >= '1' && s_[i_] <= '9') {
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    } else {
      return fail("invalid number");
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (i_ >= s_.size() || !(s_[i_] >= '0' && s_[i_] <= '9')) return fail("digit expected after '.'");
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (i_ >= s_.size() || !(s_[i_] >= '0' && s_[i_] <= '9')) return fail("digit expected in exponent");
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    }
    // strtod needs a terminated buffer; numbers are short.
    const std::string text(s_.substr(start, i_ - start));
    v.kind = Value::Kind::Number;
    v.number = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(v.number)) return fail("number out of range");
    return true;
  }
};

}  // namespace

bool parse(std::string_view text, Value* out, std::string* error) {
  return Parser(text).run(out, error);
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  out += buf;
}

void append_float(std::string& out, float v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  for (int digits = 6; digits <= 9; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
    // Read back the way the importer does (strtod, then round to float).
    if (static_cast<float>(std::strtod(buf, nullptr)) == v) break;
  }
  out += buf;
}

std::string serialize(const Value& v) {
  std::string o;
  switch (v.kind) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.boolean ? "true" : "false";
    case Value::Kind::Number: append_number(o, v.number); return o;
    case Value::Kind::String: append_string(o, v.string); return o;
    case Value::Kind::Array:
      o = "[";
      for (std::size_t i = 0; i < v.array.size(); ++i) o += (i ? "," : "") + serialize(v.array[i]);
      return o + "]";
    case Value::Kind::Object:
      o = "{";
      for (std::size_t i = 0; i < v.object.size(); ++i) {
        if (i) o += ',';
        append_string(o, v.object[i].first);
        o += ':' + serialize(v.object[i].second);
      }
      return o + "}";
  }
  return o;
}

}  // namespace actlab::json
