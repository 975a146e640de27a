// Vector kernels: one functor per activation with f(x) and df(x) on 4 lanes (vec4.h).
// The math and its stability tricks are documented in reference.h (the specification) and
// vmath.h (the vector primitives); comments here only note where the vector form differs.
#include "act/kernels.h"
#include "act/reference.h"
#include "act/vmath.h"

namespace actlab::kernels {
namespace {
using namespace actlab::vec;
using vmath::x_times;

struct KIdentity {
  static constexpr bool kConstantDerivative = true;
  V f(V x) const { return x; }
  V df(V) const { return splat(1.0f); }
};
struct KHalf {  // swish with β = 0 is x/2 (kept apart so β·(±inf) never forms 0·inf)
  static constexpr bool kConstantDerivative = true;
  V f(V x) const { return x * splat(0.5f); }
  V df(V) const { return splat(0.5f); }
};
struct KSigmoid {
  V f(V x) const { return vmath::sigmoid(x); }
  V df(V x) const { return vmath::dsigmoid_from_z(vmath::exp_nonpos(vmath::neg_abs(x))); }
};
struct KTanh {  // formulas in vmath.h (shared with the network's forward and backward)
  V f(V x) const { return vmath::tanh(x); }
  V df(V x) const { return vmath::dtanh(x); }  // 4·σ'(2x)
};
struct KRelu {
  static constexpr bool kConstantDerivative = true;
  V f(V x) const { return vmax(x, splat(0.0f)); }
  V df(V x) const { return select(x > splat(0.0f), splat(1.0f), splat(0.0f)); }
};
struct KLeaky {  // leaky_relu and prelu
  static constexpr bool kConstantDerivative = true;
  V alpha;
  V f(V x) const { return select(x > splat(0.0f), x, x_times(x, alpha)); }
  V df(V x) const { return select(x > splat(0.0f), splat(1.0f), alpha); }
};
template <bool kScaled>
struct KElu {  // elu (kScaled false: scale 1) and selu (scale λ, alpha λ·α folded)
  V scale, scaled_alpha;
  // One branch is 0 where the other applies: α·expm1(min(x, 0)) + scale·max(x, 0), no select.
  // ELU skips the multiply by 1 (one op of ≈ 28 per vector).
  V f(V x) const {
    const V zero = splat(0.0f);
    const V pos = kScaled ? scale * vmax(x, zero) : vmax(x, zero);
    return scaled_alpha * vmath::expm1_nonpos(vmin(x, zero)) + pos;
  }
  // exp_wide: α (up to 5, or λα) times a flushed e^x could exceed 2^-126.
  V df(V x) const {
    return select(x > splat(0.0f), scale, scaled_alpha * vmath::exp_wide(vmin(x, splat(0.0f))));
  }
};
struct KGelu {
  V f(V x) const { return x_times(x, vmath::normal_cdf<true>(x)); }
  V df(V x) const {  // Φ(x) + x·φ(x); |x| ≤ 40 keeps x·φ finite (φ is 0 there)
    const V xc = vmax(vmin(x, splat(40.0f)), splat(-40.0f));
    const V pdf = splat(0.398942280401432678f) * vmath::exp_nonpos(splat(-0.5f) * xc * xc);
    return vmath::normal_cdf(x) + xc * pdf;
  }
};
struct KGeluTanh {
  // x·σ(2u), 2u = x·(c1 + c2·x²); |x| ≤ 20 keeps x³ finite (σ is 0 or 1 there).
  static V clamp(V x) { return vmax(vmin(x, splat(20.0f)), splat(-20.0f)); }
  static V c1() { return splat(static_cast<float>(2 * ref::kSqrt2OverPi)); }
  static V c2() { return splat(static_cast<float>(2 * ref::kSqrt2OverPi * ref::kGeluC)); }
  V f(V x) const {
    const V xc = clamp(x);
    const V u2 = xc * (c1() + c2() * (xc * xc));
    return x_times(x, vmath::sigmoid_wide(u2));
  }
  V df(V x) const {
    const V xc = clamp(x);
    const V xx = xc * xc;
    const V u2 = xc * (c1() + c2() * xx);
    const V du2 = c1() + splat(3.0f) * c2() * xx;
    const V z = vmath::exp_nonpos(vmath::neg_abs(u2));
    return vmath::sigmoid_from_z(u2, z) + xc * (du2 * vmath::dsigmoid_from_z(z));
  }
};
struct KSwish {  // silu (β = 1) and swish
  V beta;
  V f(V x) const { return x_times(x, vmath::sigmoid_wide(beta * x)); }
  V df(V x) const {  // σ(t) + t·σ'(t), t = βx
    const V t = beta * x;
    const V z = vmath::exp_nonpos(vmath::neg_abs(t));
    return vmath::sigmoid_from_z(t, z) + x_times(t, vmath::dsigmoid_from_z(z));
  }
};
struct KMish {
  // With e = eˣ and n = e(e+2): tanh(softplus x) = n/(n+2) and
  // mish'(x) = n/(n+2) + 4x·e(1+e)/(n+2)². x is clamped to [-120, 20]: beyond, the
  // ratio is 0 or 1 in float and the second term vanishes.
  V f(V x) const {
    const V e = vmath::exp_wide(vmin(x, splat(20.0f)));
    const V n = e * (e + splat(2.0f));
    return x_times(x, n / (n + splat(2.0f)));
  }
  V df(V x) const {
    const V xc = vmax(vmin(x, splat(20.0f)), splat(-120.0f));
    const V e = vmath::exp(xc);
    const V n = e * (e + splat(2.0f));
    const V d = n + splat(2.0f);
    return n / d + (splat(4.0f) * xc) * (e * (splat(1.0f) + e)) / (d * d);
  }
};
struct KSoftplus {
  V beta;
  V f(V x) const {
    // exp_wide: dividing by β (down to 0.05) would lift a flushed value above 2^-126.
    const V z = vmath::exp_wide(vmath::neg_abs(beta * x));
    return vmax(x, splat(0.0f)) + vmath::log1p_01(z) / beta;
  }
  V df(V x) const { return vmath::sigmoid(beta * x); }
};

// NaN in → NaN out. Every formula here propagates NaN by itself (arithmetic, and clamps
// written with vmin/vmax that keep a NaN first operand), except derivatives that are
// piecewise constants: those kernels set kConstantDerivative and get a fix-up select.
// The golden tests feed NaN to every kernel, so a formula that loses NaN fails there.
template <class K>
constexpr auto constant_derivative(int) -> decltype(K::kConstantDerivative) {
  return K::kConstantDerivative;
}
template <class K>
constexpr bool constant_derivative(long) {
  return false;
}

// Apply op to n floats, 4 vectors per iteration (independent chains hide latency), then
// single vectors, then the last 1–3 floats through a padded vector. NaN in → NaN out is
// enforced here once for every kernel. x == y (in place) is fine: each block is loaded
// before it is stored.
template <bool kDerivative, class K>
void run(const K& k, const float* x, float* y, std::size_t n) {
  auto eval = [&k](V v) {
    if constexpr (kDerivative && constant_derivative<K>(0)) return select(isnan(v), v, k.df(v));
    return kDerivative ? k.df(v) : k.f(v);
  };
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const V a = load(x + i), b = load(x + i + 4), c = load(x + i + 8), d = load(x + i + 12);
    const V ra = eval(a), rb = eval(b), rc = eval(c), rd = eval(d);
    store(y + i, ra);
    store(y + i + 4, rb);
    store(y + i + 8, rc);
    store(y + i + 12, rd);
  }
  for (; i + 4 <= n; i += 4) store(y + i, eval(load(x + i)));
  if (i < n) {
    float buf[4] = {0, 0, 0, 0};
    for (std::size_t j = 0; i + j < n; ++j) buf[j] = x[i + j];
    store(buf, eval(load(buf)));
    for (std::size_t j = 0; i + j < n; ++j) y[i + j] = buf[j];
  }
}

template <bool kDerivative>
void dispatch(Act a, float p, const float* x, float* y, std::size_t n) {
  switch (a) {
    case Act::Identity: return run<kDerivative>(KIdentity{}, x, y, n);
    case Act::Sigmoid: return run<kDerivative>(KSigmoid{}, x, y, n);
    case Act::Tanh: return run<kDerivative>(KTanh{}, x, y, n);
    case Act::Relu: return run<kDerivative>(KRelu{}, x, y, n);
    case Act::LeakyRelu:
    case Act::Prelu:  // α = 0 is ReLU (KLeaky's x·α would lose a NaN x to 0 there)
      if (p == 0.0f) return run<kDerivative>(KRelu{}, x, y, n);
      return run<kDerivative>(KLeaky{splat(p)}, x, y, n);
    case Act::Elu: return run<kDerivative>(KElu<false>{splat(1.0f), splat(p)}, x, y, n);
    case Act::Selu:
      return run<kDerivative>(
          KElu<true>{splat(static_cast<float>(ref::kSeluLambda)),
                     splat(static_cast<float>(ref::kSeluLambda * ref::kSeluAlpha))},
          x, y, n);
    case Act::Gelu: return run<kDerivative>(KGelu{}, x, y, n);
    case Act::GeluTanh: return run<kDerivative>(KGeluTanh{}, x, y, n);
    case Act::Silu: return run<kDerivative>(KSwish{splat(1.0f)}, x, y, n);
    case Act::Swish:
      if (p == 0.0f) return run<kDerivative>(KHalf{}, x, y, n);
      // 0 < β < 2^-16: x·σ(βx) can stay ≥ 2^-126 for |x| > 1.8e7 where σ(βx) has already
      // underflowed float (βx < -104); the double reference handles that rare case exactly.
      if (p < 0x1p-16f) {
        return kDerivative ? derivative_scalar(a, p, x, y, n) : forward_scalar(a, p, x, y, n);
      }
      return run<kDerivative>(KSwish{splat(p)}, x, y, n);
    case Act::Mish: return run<kDerivative>(KMish{}, x, y, n);
    case Act::Softplus: return run<kDerivative>(KSoftplus{splat(p)}, x, y, n);
  }
}
}  // namespace

void forward_simd(Act a, float p, const float* x, float* y, std::size_t n) {
  dispatch<false>(a, p, x, y, n);
}
void derivative_simd(Act a, float p, const float* x, float* dy, std::size_t n) {
  dispatch<true>(a, p, x, dy, n);
}

}  // namespace actlab::kernels
