// ActLab catalogue: the one table of activations.
//
// Every other list in the project is derived from ACTLAB_ACTIVATIONS below: the enum, the
// kernel dispatch (kernels_scalar.cpp / kernels_simd.cpp), the JSON metadata that the WASM
// bindings hand to JS (catalogue.cpp), the tests (they iterate the table) and the UI menu
// (it iterates lab.activations). Adding an activation = one row here + its scalar reference
// (reference.h) + its vector kernel (kernels_simd.cpp); the build fails until all exist.
//
// Row: X(Id, "id", parameter-index) where parameter-index names the row in kParamSpecs that
// describes its single tunable parameter (kNoParam when it has none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace actlab {

#define ACTLAB_ACTIVATIONS(X)             \
  X(Identity, "identity", kNoParam)       \
  X(Sigmoid, "sigmoid", kNoParam)         \
  X(Tanh, "tanh", kNoParam)               \
  X(Relu, "relu", kNoParam)               \
  X(LeakyRelu, "leaky_relu", kLeakyAlpha) \
  X(Prelu, "prelu", kPreluAlpha)          \
  X(Elu, "elu", kEluAlpha)                \
  X(Selu, "selu", kNoParam)               \
  X(Gelu, "gelu", kNoParam)               \
  X(GeluTanh, "gelu_tanh", kNoParam)      \
  X(Silu, "silu", kNoParam)               \
  X(Swish, "swish", kSwishBeta)           \
  X(Mish, "mish", kNoParam)               \
  X(Softplus, "softplus", kSoftplusBeta)

enum class Act : std::uint8_t {
#define ACTLAB_ENUM(Id, name, param) Id,
  ACTLAB_ACTIVATIONS(ACTLAB_ENUM)
#undef ACTLAB_ENUM
};

inline constexpr std::size_t kActivationCount = 0
#define ACTLAB_COUNT(Id, name, param) +1
    ACTLAB_ACTIVATIONS(ACTLAB_COUNT)
#undef ACTLAB_COUNT
    ;

// A tunable parameter: inclusive range, default and UI step. The ranges are what the API
// accepts; anything outside (or NaN/±Inf) is rejected with Status::kBadParam.
struct ParamSpec {
  const char* name;  // "alpha" or "beta"
  float min, max, def, step;
  const char* label_ko;
  const char* label_en;
};

enum ParamIndex : int {
  kNoParam = -1,
  kLeakyAlpha = 0,
  kPreluAlpha,
  kEluAlpha,
  kSwishBeta,
  kSoftplusBeta,
};

inline constexpr ParamSpec kParamSpecs[] = {
    {"alpha", 0.0f, 1.0f, 0.01f, 0.01f, "음수 기울기 α", "negative slope α"},
    {"alpha", -1.0f, 1.0f, 0.25f, 0.01f, "학습되는 기울기 α (초깃값)", "learned slope α (initial)"},
    {"alpha", 0.01f, 5.0f, 1.0f, 0.01f, "포화값 α", "saturation α"},
    {"beta", 0.0f, 10.0f, 1.0f, 0.05f, "β (β=1이면 SiLU)", "β (β = 1 is SiLU)"},
    {"beta", 0.05f, 10.0f, 1.0f, 0.05f, "날카로움 β", "sharpness β"},
};

// Metadata the site shows. Properties are the default-parameter function's.
struct Properties {
  bool monotonic, smooth, zero_centred, bounded_below, bounded_above;
};

// What the tests need to know of an op (tests/cpp/tolerance.h, the FD check, the Node tests
// and the benchmark read these; no test keeps its own list of ids).
struct TestTraits {
  bool kink_at_zero;             // f′ jumps at 0: finite differences skip |x| < 1e-3 there
  bool argument_rounded;         // rounds an intermediate argument before an exponential:
                                 // the looser tolerance of tolerance.h (8 ulp + slope term)
  bool derivative_crosses_zero;  // f′ changes sign: 2^-23 absolute slack on f′ near its zero
  bool transcendental;           // exp/tanh/erf inside: the benchmark's speed-up targets apply
};

struct ActivationInfo {
  Act act;
  const char* id;
  int param;  // ParamIndex
  const char* name_ko;
  const char* name_en;
  const char* latex_f;
  const char* latex_df;
  float range_min, range_max;  // output range at default parameters
  const char* range_text;
  Properties props;
  TestTraits test;
  const char* note_ko;
  const char* note_en;
};

// The catalogue, in ACTLAB_ACTIVATIONS order (checked at compile time in catalogue.cpp).
extern const ActivationInfo kCatalogue[kActivationCount];

// Lookup by id; returns nullptr for an unknown id.
const ActivationInfo* find_activation(std::string_view id) noexcept;
inline const ActivationInfo& info(Act a) noexcept {
  return kCatalogue[static_cast<std::size_t>(a)];
}

// The whole catalogue as JSON (the shape of ActivationInfo in wasm/index.d.ts).
const char* catalogue_json() noexcept;

}  // namespace actlab
