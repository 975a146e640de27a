// The strict JSON reader and the writers: values, escapes and surrogates, every error with its
// line and column, limits, and bit-exact number round trips (doubles and float32 weights).
#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "util/json.h"
#include "util/rng.h"

using namespace actlab;
using json::Value;

namespace {

Value ok(std::string_view text) {
  Value v;
  std::string e;
  const bool parsed = json::parse(text, &v, &e);
  INFO(text << " → " << e);
  REQUIRE(parsed);
  return v;
}

// The error for text; checks that the output was left alone.
std::string bad(std::string_view text) {
  Value v;
  v.kind = Value::Kind::String;
  v.string = "untouched";
  std::string e;
  CHECK_FALSE(json::parse(text, &v, &e));
  CHECK(v.kind == Value::Kind::String);
  CHECK(v.string == "untouched");
  return e;
}

std::uint64_t bits(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}
std::uint32_t bits(float f) {
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

std::string number_text(double v) {
  std::string s;
  json::append_number(s, v);
  return s;
}
std::string float_text(float v) {
  std::string s;
  json::append_float(s, v);
  return s;
}

}  // namespace

TEST_CASE("JSON: values, order-preserving objects, find", "[json]") {
  const Value v =
      ok(" {\"z\": [1, -2.5e-3, true, false, null, {}, []], \"a\": \"s\", \"\": 0}\n\t");
  REQUIRE(v.is_object());
  REQUIRE(v.object.size() == 3);
  CHECK(v.object[0].first == "z");  // document order, not sorted
  CHECK(v.object[1].first == "a");
  CHECK(v.object[2].first == "");
  const Value* z = v.find("z");
  REQUIRE(z);
  REQUIRE(z->is_array());
  REQUIRE(z->array.size() == 7);
  CHECK(z->array[0].number == 1);
  CHECK(z->array[1].number == -2.5e-3);
  CHECK(z->array[2].is_bool());
  CHECK(z->array[2].boolean);
  CHECK_FALSE(z->array[3].boolean);
  CHECK(z->array[4].is_null());
  CHECK(z->array[5].is_object());
  CHECK(z->array[5].object.empty());
  CHECK(z->array[6].is_array());
  CHECK(v.find("a")->is_string());
  CHECK(v.find("missing") == nullptr);
  CHECK(z->find("z") == nullptr);  // not an object
  CHECK(ok("7").number == 7);
  CHECK(ok("\"x\"").string == "x");
  CHECK(ok("null").is_null());
  CHECK(ok("{\"a\":{\"a\":1}}").find("a")->find("a")->number == 1);  // same key, other object
}

TEST_CASE("JSON: strings, escapes, surrogate pairs, UTF-8", "[json]") {
  CHECK(ok(R"("\"\\\/\b\f\n\r\t")").string == "\"\\/\b\f\n\r\t");
  CHECK(ok(R"("\u0041\u00e9\u20AC")").string == "A\xC3\xA9\xE2\x82\xAC");
  CHECK(ok(R"("\u0000x")").string == std::string("\0x", 2));
  CHECK(ok(R"("\ud83d\ude00")").string == "\xF0\x9F\x98\x80");  // U+1F600
  CHECK(ok(R"("\uD800\uDC00")").string == "\xF0\x90\x80\x80");  // U+10000, the first
  CHECK(ok(R"("\uDBFF\uDFFF")").string == "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last
  CHECK(ok("\"\xED\x9F\xBF \xEF\xBF\xBF \xF4\x8F\xBF\xBF \x7F\"").string ==
        "\xED\x9F\xBF \xEF\xBF\xBF \xF4\x8F\xBF\xBF \x7F");  // raw UTF-8 edges and DEL
  CHECK(ok("\"한국어\"").string == "한국어");
}

TEST_CASE("JSON: numbers follow the grammar and convert exactly", "[json]") {
  CHECK(ok("0").number == 0);
  CHECK(std::signbit(ok("-0").number));
  CHECK(ok("-0.0e+0").number == 0);
  CHECK(ok("0.1").number == 0.1);
  CHECK(ok("2.5E3").number == 2500);
  CHECK(ok("1e-2").number == 0.01);
  CHECK(ok("123456789012345678901234567890").number == 1.2345678901234568e29);
  CHECK(ok("1.7976931348623157e308").number == DBL_MAX);
  CHECK(ok("2.2250738585072014e-308").number == DBL_MIN);
  CHECK(ok("5e-324").number == std::numeric_limits<double>::denorm_min());
  CHECK(ok("1e-400").number == 0);  // underflow rounds to zero, as JSON.parse does
  // The classic double-rounding trap: exactly halfway between two doubles, rounded to even.
  CHECK(ok("9007199254740993").number == 9007199254740992.0);
}

TEST_CASE("JSON: every error names line and column", "[json][errors]") {
  CHECK(bad("") == "line 1, column 1: unexpected end of input, expected a value");
  CHECK(bad("  \n ") == "line 2, column 2: unexpected end of input, expected a value");
  CHECK(bad("{\"a\" 1}") == "line 1, column 6: expected ':' after an object key");
  CHECK(bad("{\n  \"a\": 1,\n  \"b\" 2}") == "line 3, column 7: expected ':' after an object key");
  CHECK(bad("{\"a\":1 \"b\":2}") == "line 1, column 8: expected ',' or '}' in object");
  CHECK(bad("{1:2}") == "line 1, column 2: expected a string key");
  CHECK(bad("{'a':2}") == "line 1, column 2: expected a string key");
  CHECK(bad("{\"a\":1,}") == "line 1, column 8: trailing comma before '}'");
  CHECK(bad("[1,\n 2,]") == "line 2, column 4: trailing comma before ']'");
  CHECK(bad("[1 2]") == "line 1, column 4: expected ',' or ']' in array");
  CHECK(bad("[,1]") == "line 1, column 2: unexpected character ',', expected a value");
  CHECK(bad("[1,,2]") == "line 1, column 4: unexpected character ',', expected a value");
  CHECK(bad("[") == "line 1, column 2: unexpected end of input, expected a value");
  CHECK(bad("[1") == "line 1, column 3: expected ',' or ']' in array");
  CHECK(bad("{") == "line 1, column 2: expected a string key");
  CHECK(bad("{\"a\":") == "line 1, column 6: unexpected end of input, expected a value");
  CHECK(bad("{\"a\":1,\"b\":2,\"a\":3}") == "line 1, column 14: duplicate key \"a\" in object");
  CHECK(bad("NaN") == "line 1, column 1: unexpected character 'N', expected a value");
  CHECK(bad("[Infinity]") == "line 1, column 2: unexpected character 'I', expected a value");
  CHECK(bad("-Infinity") == "line 1, column 2: digit expected after '-'");
  CHECK(bad("nul") == "line 1, column 1: invalid literal (expected true, false or null)");
  CHECK(bad("True") == "line 1, column 1: unexpected character 'T', expected a value");
  CHECK(bad("01") == "line 1, column 1: leading zero in number");
  CHECK(bad("[-012]") == "line 1, column 2: leading zero in number");
  CHECK(bad("+1") == "line 1, column 1: unexpected character '+', expected a value");
  CHECK(bad(".5") == "line 1, column 1: unexpected character '.', expected a value");
  CHECK(bad("1.") == "line 1, column 3: digit expected after '.'");
  CHECK(bad("1.e5") == "line 1, column 3: digit expected after '.'");
  CHECK(bad("1e") == "line 1, column 3: digit expected in exponent");
  CHECK(bad("1e+") == "line 1, column 4: digit expected in exponent");
  CHECK(bad("0x10") == "line 1, column 2: unexpected characters after the JSON value");
  CHECK(bad("[1e999]") == "line 1, column 2: number out of range (beyond ±1.8e308)");
  CHECK(bad("-1e309") == "line 1, column 1: number out of range (beyond ±1.8e308)");
  CHECK(bad("\"abc") == "line 1, column 5: unterminated string");
  CHECK(bad("\"abc\\") == "line 1, column 6: unterminated string");
  CHECK(bad("\"a\tb\"") == "line 1, column 3: control character in string (must be escaped)");
  CHECK(bad("\"a\nb\"") == "line 1, column 3: control character in string (must be escaped)");
  CHECK(bad("\"\\x41\"") == "line 1, column 2: invalid escape in string");
  CHECK(bad("\"\\u12zz\"") == "line 1, column 6: invalid hex digit in \\u escape");
  CHECK(bad("\"\\u12\"") == "line 1, column 2: truncated \\u escape (needs 4 hex digits)");
  CHECK(bad("\"\\u12") == "line 1, column 2: truncated \\u escape (needs 4 hex digits)");
  CHECK(bad("\"\\ud800\"") == "line 1, column 2: unpaired surrogate in \\u escape");
  CHECK(bad("\"\\ud800\\n\"") == "line 1, column 2: unpaired surrogate in \\u escape");
  CHECK(bad("\"\\ud800\\u0041\"") == "line 1, column 2: unpaired surrogate in \\u escape");
  CHECK(bad("\"x\\udc00\"") == "line 1, column 3: unpaired surrogate in \\u escape");
  CHECK(bad("\"\\ud800\\u12G4\"") == "line 1, column 12: invalid hex digit in \\u escape");
  CHECK(bad("\"\xC3\"") == "line 1, column 2: invalid UTF-8 in string");              // truncated
  CHECK(bad("\"\xC0\xAF\"") == "line 1, column 2: invalid UTF-8 in string");          // overlong
  CHECK(bad("\"\xE0\x80\xAF\"") == "line 1, column 2: invalid UTF-8 in string");      // overlong
  CHECK(bad("\"\xED\xA0\x80\"") == "line 1, column 2: invalid UTF-8 in string");      // surrogate
  CHECK(bad("\"\xF4\x90\x80\x80\"") == "line 1, column 2: invalid UTF-8 in string");  // > 10FFFF
  CHECK(bad("\"\xFF\"") == "line 1, column 2: invalid UTF-8 in string");
  CHECK(bad("\xEF\xBB\xBF{}") == "line 1, column 1: expected a value");  // no BOM in JSON
  CHECK(bad("[1] x") == "line 1, column 5: unexpected characters after the JSON value");
  CHECK(bad("{} {}") == "line 1, column 4: unexpected characters after the JSON value");
  CHECK(bad(std::string_view("1\0", 2)) ==
        "line 1, column 2: unexpected characters after the JSON value");
  // Columns count characters, not UTF-8 bytes.
  CHECK(bad("{\"é\": x}") == "line 1, column 7: unexpected character 'x', expected a value");
  CHECK(bad("[\"한국어\"\n,\"😀\" x]") == "line 2, column 6: expected ',' or ']' in array");
  // A null error pointer is allowed.
  Value v;
  CHECK_FALSE(json::parse("[", &v, nullptr));
}

TEST_CASE("JSON: depth limit, duplicate keys in large objects, size limit", "[json][errors]") {
  const std::string deep64 = std::string(64, '[') + "1" + std::string(64, ']');
  const Value v = ok(deep64);
  const Value* p = &v;
  for (int i = 0; i < 64; ++i) {
    REQUIRE(p->is_array());
    p = &p->array[0];
  }
  CHECK(p->number == 1);
  CHECK(bad("[" + deep64 + "]") == "line 1, column 65: nesting deeper than 64 levels");
  std::string objects;
  for (int i = 0; i < 64; ++i) objects += "{\"k\":";
  CHECK(ok(objects + "1" + std::string(64, '}')).is_object());
  CHECK(bad(objects + "[]" + std::string(64, '}')) ==
        "line 1, column 321: nesting deeper than 64 levels");
  CHECK(ok(objects.substr(5) + "[]" + std::string(63, '}')).is_object());
  // Duplicate detection switches to a set past 16 members; both paths must catch duplicates.
  std::string big = "{";
  for (int i = 0; i < 100; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  const Value b = ok(big + "\"last\":0}");
  CHECK(b.object.size() == 101);
  CHECK(b.find("k99")->number == 99);
  CHECK(bad(big + "\"k3\":0}").find("duplicate key \"k3\" in object") != std::string::npos);
  CHECK(bad(big + "\"k99\":0}").find("duplicate key \"k99\" in object") != std::string::npos);
  const std::string long_key(100, 'q');
  CHECK(bad("{\"" + long_key + "\":1,\"" + long_key + "\":2}") ==
        "line 1, column 107: duplicate key \"" + std::string(40, 'q') + "...\" in object");
  // 16 MiB of text is the limit.
  std::string huge(json::kMaxText, ' ');
  huge[0] = '0';
  CHECK(ok(huge).number == 0);
  huge += ' ';
  CHECK(bad(huge) == "line 1, column 1: text is larger than 16 MiB");
}

TEST_CASE("JSON writers: escapes, shortest numbers, null for non-finite", "[json]") {
  std::string s;
  json::append_string(s, std::string("a\"b\\c/\b\f\n\r\t\x01\x1f\x7f\0z", 16));
  CHECK(s == "\"a\\\"b\\\\c/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\\u0000z\"");
  s.clear();
  json::append_string(s, "é😀 \xFF \xC3 \xED\xA0\x80");  // invalid bytes → U+FFFD each
  CHECK(s == "\"é😀 \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(ok(s).string == "é😀 \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");

  CHECK(number_text(0) == "0");
  CHECK(number_text(-0.0) == "-0");
  CHECK(number_text(1) == "1");
  CHECK(number_text(0.1) == "0.1");
  CHECK(number_text(-2.5e-3) == "-0.0025");
  CHECK(number_text(1.0 / 3) == "0.3333333333333333");
  CHECK(number_text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(number_text(1e21) == "1e+21");
  CHECK(number_text(123456789) == "123456789");
  CHECK(number_text(DBL_MAX) == "1.7976931348623157e+308");
  CHECK(number_text(std::numeric_limits<double>::denorm_min()) == "5e-324");
  CHECK(number_text(NAN) == "null");
  CHECK(number_text(INFINITY) == "null");
  CHECK(number_text(-INFINITY) == "null");

  CHECK(float_text(0.1f) == "0.1");
  CHECK(float_text(-0.0f) == "-0");
  CHECK(float_text(1.0f / 3) == "0.33333334");
  CHECK(float_text(16777216.0f) == "16777216");
  CHECK(float_text(FLT_MAX) == "3.4028235e+38");
  CHECK(float_text(FLT_MIN) == "1.1754944e-38");
  CHECK(float_text(std::numeric_limits<float>::denorm_min()) == "1e-45");
  CHECK(float_text(NAN) == "null");
  CHECK(float_text(-INFINITY) == "null");
}

TEST_CASE("JSON: append_number / append_float round-trip bit-exactly and are shortest", "[json]") {
  Rng r(5);
  const double dmin = std::numeric_limits<double>::denorm_min();
  const float fmin = std::numeric_limits<float>::denorm_min();
  std::vector<double> ds = {DBL_MAX, -DBL_MAX, DBL_MIN, dmin, -0.0, 0.1, 1e23, 5e-310};
  std::vector<float> fs = {
      FLT_MAX, -FLT_MAX, FLT_MIN, -FLT_MIN, fmin, -0.0f, std::nextafter(FLT_MIN, 0.0f), 3.4e38f};
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t b64 = (static_cast<std::uint64_t>(r.next_u32()) << 32) | r.next_u32();
    double d;
    std::memcpy(&d, &b64, sizeof d);
    if (std::isfinite(d)) ds.push_back(d);
    ds.push_back(r.uniform(-1, 1));  // typical weights, losses
    std::uint32_t b32 = r.next_u32();
    if (i % 8 == 0) b32 &= 0x807FFFFFu;  // subnormals
    float f;
    std::memcpy(&f, &b32, sizeof f);
    if (std::isfinite(f)) fs.push_back(f);
    fs.push_back(static_cast<float>(r.normal(0, 0.5)));
  }
  int bad_double = 0, bad_float = 0, longer = 0;
  std::string e;
  for (double d : ds) {
    const std::string s = number_text(d);
    Value v;
    if (!json::parse(s, &v, &e) || bits(v.number) != bits(d)) ++bad_double;
  }
  for (float f : fs) {
    const std::string s = float_text(f);
    Value v;
    // Read back the way network import and JS's Math.fround do: double, then float.
    if (!json::parse(s, &v, &e) || bits(static_cast<float>(v.number)) != bits(f)) ++bad_float;
    // Shortest: one digit fewer does not read back (for the %.Ng forms the writer tries).
    std::string sig;  // significant digits of the mantissa
    for (char c : s.substr(0, s.find('e')))
      if (c >= '0' && c <= '9' && (c != '0' || !sig.empty())) sig += c;
    while (!sig.empty() && sig.back() == '0') sig.pop_back();
    const int digits = static_cast<int>(sig.size());
    if (digits > 1 && f != 0) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.*g", digits - 1, static_cast<double>(f));
      if (static_cast<float>(std::strtod(buf, nullptr)) == f) ++longer;
    }
    CHECK(s.size() <= 15);  // e.g. "-1.23456789e-38"
  }
  CHECK(ds.size() > 30000);
  CHECK(fs.size() > 30000);
  CHECK(bad_double == 0);
  CHECK(bad_float == 0);
  CHECK(longer == 0);
}

TEST_CASE("JSON: parse → serialize → parse is the identity", "[json]") {
  const char* doc =
      "{\"name\": \"tab\\there \\\"q\\\" \\u00e9\\ud83d\\ude00 \\u0000\", \"n\": [0, -0, 1e-7, "
      "12345678901234567890, 0.30000000000000004, -5e-324, 1.7976931348623157E308],\n"
      " \"nested\": {\"a\": [[[]]], \"b\": {}, \"c\": [true, false, null]}, \"\\u002f\": \"/\"}";
  const Value v = ok(doc);
  const std::string s = json::serialize(v);
  CHECK(s ==
        "{\"name\":\"tab\\there \\\"q\\\" é😀 \\u0000\",\"n\":[0,-0,1e-07,"
        "1.2345678901234567e+19,0.30000000000000004,-5e-324,1.7976931348623157e+308],"
        "\"nested\":{\"a\":[[[]]],\"b\":{},\"c\":[true,false,null]},\"/\":\"/\"}");
  const Value w = ok(s);
  CHECK(w == v);
  CHECK(json::serialize(w) == s);
  CHECK(std::signbit(w.find("n")->array[1].number));
  Value changed = w;
  changed.object[1].second.array[2].number = 2e-7;
  CHECK(changed != v);
  changed = w;
  std::swap(changed.object[0], changed.object[1]);  // member order matters
  CHECK(changed != v);
  // A hand-built value with a non-finite number serializes it as null.
  Value n;
  n.kind = Value::Kind::Array;
  n.array.resize(2);
  n.array[0].kind = Value::Kind::Number;
  n.array[0].number = NAN;
  CHECK(json::serialize(n) == "[null,null]");
}
