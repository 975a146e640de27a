// The catalogue rows: names, formulas, ranges and properties of every activation.
// Order must follow ACTLAB_ACTIVATIONS (catalogue.h); static_asserts below enforce it.
#include "act/catalogue.h"

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

namespace actlab {
namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
}  // namespace

// clang-format off
constexpr ActivationInfo kCatalogue[kActivationCount] = {
  {Act::Identity, "identity", kNoParam, "항등 함수", "Identity",
   R"(f(x) = x)", R"(f'(x) = 1)",
   -kInf, kInf, "(-∞, ∞)", {true, true, true, false, false},
   {false, false, false, false},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "비선형성이 없어 층을 쌓아도 하나의 선형 변환으로 합쳐진다.",
   "No nonlinearity: stacked layers collapse into one linear map."},
  {Act::Sigmoid, "sigmoid", kNoParam, "시그모이드", "Sigmoid",
   R"(\sigma(x) = \frac{1}{1 + e^{-x}})", R"(\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr))",
   0.0f, 1.0f, "(0, 1)", {true, true, false, true, true},
   {false, false, false, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "도함수의 최댓값이 x=0에서 0.25라서 깊은 망에서 기울기가 줄어든다.",
   "Its derivative peaks at 0.25 (x = 0), so gradients shrink through deep stacks."},
  {Act::Tanh, "tanh", kNoParam, "하이퍼볼릭 탄젠트", "Tanh",
   R"(\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}})", R"(\tanh'(x) = 1 - \tanh^2(x))",
   -1.0f, 1.0f, "(-1, 1)", {true, true, true, true, true},
   {false, false, false, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "0을 중심으로 대칭이지만 양 끝에서는 시그모이드처럼 포화된다.",
   "Zero-centred, but saturates at both ends like the sigmoid."},
  {Act::Relu, "relu", kNoParam, "ReLU", "ReLU",
   R"(\operatorname{ReLU}(x) = \max(0, x))", R"(\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases})",
   0.0f, kInf, "[0, ∞)", {true, false, false, true, false},
   {true, false, false, false},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "양수 쪽 기울기가 1이라 기울기가 그대로 흐르지만, 음수 쪽에서는 0이 된다.",
   "Slope 1 for positive inputs passes gradients unchanged; slope 0 for negatives."},
  {Act::LeakyRelu, "leaky_relu", kLeakyAlpha, "Leaky ReLU", "Leaky ReLU",
   R"(f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases})", R"(f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases})",
   -kInf, kInf, "(-∞, ∞)", {true, false, false, false, false},
   {true, false, false, false},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "음수 쪽에 작은 기울기 α를 남겨 뉴런이 완전히 멈추지 않게 한다.",
   "Keeps a small slope α for negatives so a unit never stops learning entirely."},
  {Act::Prelu, "prelu", kPreluAlpha, "PReLU", "PReLU",
   R"(f(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases})", R"(f'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases},\quad \frac{\partial f}{\partial a} = \min(0, x))",
   -kInf, kInf, "(-∞, ∞)", {true, false, false, false, false},
   {true, false, false, false},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "Leaky ReLU와 모양은 같지만 기울기 a를 학습으로 정한다.",
   "Leaky ReLU's shape, but the slope a is learned with the weights."},
  {Act::Elu, "elu", kEluAlpha, "ELU", "ELU",
   R"(f(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases})", R"(f'(x) = \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases})",
   -1.0f, kInf, "(-α, ∞)", {true, false, true, true, false},
   {true, false, false, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "음수 쪽이 -α로 부드럽게 포화되어 평균 출력이 0에 가까워진다 (α=1이면 C¹).",
   "Negative side saturates smoothly at -α, pulling mean outputs toward 0 (C¹ when α = 1)."},
  {Act::Selu, "selu", kNoParam, "SELU", "SELU",
   R"(f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases},\ \lambda \approx 1.0507,\ \alpha \approx 1.6733)", R"(f'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases})",
   -1.7580993f, kInf, "(-λα, ∞)", {true, false, true, true, false},
   {true, false, false, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "고정된 λ, α로 층을 지나도 평균 0, 분산 1을 유지하도록 설계되었다.",
   "Fixed λ and α chosen so activations keep mean 0 and variance 1 layer after layer."},
  {Act::Gelu, "gelu", kNoParam, "GELU (정확한 식)", "GELU (exact)",
   R"(\operatorname{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\Bigl(1 + \operatorname{erf}\bigl(\tfrac{x}{\sqrt{2}}\bigr)\Bigr))", R"(\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x),\quad \varphi(x) = \tfrac{1}{\sqrt{2\pi}}e^{-x^2/2})",
   -0.16997121f, kInf, "[≈-0.170, ∞)", {false, true, false, true, false},
   {false, true, true, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "입력을 정규분포의 누적확률 Φ(x)만큼 통과시킨다. x≈-0.75에서 살짝 음수로 내려간다.",
   "Passes x weighted by the Gaussian CDF Φ(x); dips slightly below 0 near x ≈ -0.75."},
  {Act::GeluTanh, "gelu_tanh", kNoParam, "GELU (tanh 근사)", "GELU (tanh approximation)",
   R"(f(x) = \frac{x}{2}\Bigl(1 + \tanh\bigl(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)\Bigr))", R"(f'(x) = \tfrac12\bigl(1 + \tanh u\bigr) + \tfrac{x}{2}\bigl(1 - \tanh^2 u\bigr)\,\sqrt{2/\pi}\,(1 + 3\cdot 0.044715\,x^2))",
   -0.17004075f, kInf, "[≈-0.170, ∞)", {false, true, false, true, false},
   {false, true, true, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "erf 대신 tanh로 계산하는 근사식. 정확한 GELU와의 차이는 0.0005보다 작다.",
   "Computes GELU with tanh instead of erf; differs from the exact form by under 0.0005."},
  {Act::Silu, "silu", kNoParam, "SiLU", "SiLU",
   R"(\operatorname{SiLU}(x) = x\,\sigma(x))", R"(\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr))",
   -0.27846454f, kInf, "[≈-0.278, ∞)", {false, true, false, true, false},
   {false, false, true, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "x·σ(x). 단조가 아니며 x≈-1.28에서 최솟값을 갖는다.",
   "x·σ(x): not monotonic, with its minimum near x ≈ -1.28."},
  {Act::Swish, "swish", kSwishBeta, "Swish", "Swish",
   R"(\operatorname{Swish}_\beta(x) = x\,\sigma(\beta x))", R"(f'(x) = \sigma(\beta x) + \beta x\,\sigma(\beta x)\bigl(1 - \sigma(\beta x)\bigr))",
   -0.27846454f, kInf, "[≈-0.278/β, ∞)", {false, true, false, true, false},
   {false, false, true, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "β=1이면 SiLU, β가 커지면 ReLU에, β=0이면 x/2에 가까워진다.",
   "β = 1 is SiLU; large β approaches ReLU, β = 0 gives x/2."},
  {Act::Mish, "mish", kNoParam, "Mish", "Mish",
   R"(\operatorname{Mish}(x) = x\,\tanh\bigl(\operatorname{softplus}(x)\bigr))", R"(f'(x) = \tanh(s) + x\,\sigma(x)\bigl(1 - \tanh^2(s)\bigr),\ s = \ln(1 + e^{x}))",
   -0.30884341f, kInf, "[≈-0.309, ∞)", {false, true, false, true, false},
   {false, true, true, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "SiLU와 비슷한 모양의 매끄러운 비단조 함수.",
   "A smooth, non-monotonic curve close to SiLU."},
  {Act::Softplus, "softplus", kSoftplusBeta, "Softplus", "Softplus",
   R"(\operatorname{softplus}_\beta(x) = \frac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr))", R"(f'(x) = \sigma(\beta x))",
   0.0f, kInf, "(0, ∞)", {true, true, false, true, false},
   {false, false, false, true},  // test: kink, rounded argument, f′ crosses 0, transcendental
   "ReLU를 매끄럽게 만든 함수. 도함수가 바로 시그모이드이다.",
   "A smooth ReLU; its derivative is exactly the sigmoid."},
};
// clang-format on

namespace {
constexpr bool same(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}
constexpr bool rows_follow_table() {
  std::size_t i = 0;
#define ACTLAB_CHECK(Id, name, pidx)                                   \
  if (kCatalogue[i].act != Act::Id || !same(kCatalogue[i].id, name) || \
      kCatalogue[i].param != pidx)                                     \
    return false;                                                      \
  ++i;
  ACTLAB_ACTIVATIONS(ACTLAB_CHECK)
#undef ACTLAB_CHECK
  return i == kActivationCount;
}
static_assert(rows_follow_table(), "kCatalogue rows must follow ACTLAB_ACTIVATIONS");

void append_escaped(std::string& out, const char* s) {
  out += '"';
  for (; *s; ++s) {
    const unsigned char c = static_cast<unsigned char>(*s);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      static const char* hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

// JSON has no Infinity: ±Infinity travel as the strings "Infinity"/"-Infinity", which
// wasm/api.js turns back into numbers.
void append_number(std::string& out, float v) {
  if (v == std::numeric_limits<float>::infinity()) {
    out += "\"Infinity\"";
  } else if (v == -std::numeric_limits<float>::infinity()) {
    out += "\"-Infinity\"";
  } else {
    // Shortest decimal that reads back as the same float (0.01, not 0.00999999978).
    char buf[32];
    for (int digits = 6; digits <= 9; ++digits) {
      std::snprintf(buf, sizeof buf, "%.*g", digits, static_cast<double>(v));
      if (std::strtof(buf, nullptr) == v) break;
    }
    out += buf;
  }
}

std::string build_json() {
  std::string o = "[";
  for (std::size_t i = 0; i < kActivationCount; ++i) {
    const ActivationInfo& a = kCatalogue[i];
    if (i) o += ',';
    o += "{\"id\":";
    append_escaped(o, a.id);
    o += ",\"params\":{";
    if (a.param != kNoParam) {
      const ParamSpec& p = kParamSpecs[a.param];
      append_escaped(o, p.name);
      o += ":{\"default\":";
      append_number(o, p.def);
      o += ",\"min\":";
      append_number(o, p.min);
      o += ",\"max\":";
      append_number(o, p.max);
      o += ",\"step\":";
      append_number(o, p.step);
      o += ",\"label\":{\"ko\":";
      append_escaped(o, p.label_ko);
      o += ",\"en\":";
      append_escaped(o, p.label_en);
      o += "}}";
    }
    o += "},\"name\":{\"ko\":";
    append_escaped(o, a.name_ko);
    o += ",\"en\":";
    append_escaped(o, a.name_en);
    o += "},\"latex\":{\"f\":";
    append_escaped(o, a.latex_f);
    o += ",\"df\":";
    append_escaped(o, a.latex_df);
    o += "},\"range\":{\"min\":";
    append_number(o, a.range_min);
    o += ",\"max\":";
    append_number(o, a.range_max);
    o += ",\"text\":";
    append_escaped(o, a.range_text);
    o += "},\"properties\":{";
    const Properties& p = a.props;
    o += std::string("\"monotonic\":") + (p.monotonic ? "true" : "false");
    o += std::string(",\"smooth\":") + (p.smooth ? "true" : "false");
    o += std::string(",\"zeroCentred\":") + (p.zero_centred ? "true" : "false");
    o += std::string(",\"boundedBelow\":") + (p.bounded_below ? "true" : "false");
    o += std::string(",\"boundedAbove\":") + (p.bounded_above ? "true" : "false");
    o += "},\"test\":{";
    const TestTraits& t = a.test;
    o += std::string("\"kinkAtZero\":") + (t.kink_at_zero ? "true" : "false");
    o += std::string(",\"argumentRounded\":") + (t.argument_rounded ? "true" : "false");
    o +=
        std::string(",\"derivativeCrossesZero\":") + (t.derivative_crosses_zero ? "true" : "false");
    o += std::string(",\"transcendental\":") + (t.transcendental ? "true" : "false");
    o += "},\"note\":{\"ko\":";
    append_escaped(o, a.note_ko);
    o += ",\"en\":";
    append_escaped(o, a.note_en);
    o += "}}";
  }
  o += "]";
  return o;
}
}  // namespace

const ActivationInfo* find_activation(std::string_view id) noexcept {
  for (const ActivationInfo& a : kCatalogue)
    if (id == a.id) return &a;
  return nullptr;
}

const char* catalogue_json() noexcept {
  static const std::string json = build_json();
  return json.c_str();
}

}  // namespace actlab
