// mlp.cpp: forward/backward of the MLP (see mlp.h for shapes and conventions).
//
// dense_forward / dense_backward are the layer's matrix products (llm.c's pairing); the float
// versions are written on 4-lane vectors across examples, the double versions (gradient
// checks) are plain loops. Activations go through the catalogue's kernels, a layer at a time.
#include "nn/mlp.h"

#include <algorithm>
#include <cmath>

#include "act/kernels.h"
#include "act/reference.h"
#include "act/vec4.h"
#include "act/vmath.h"
#include "nn/loss.h"

namespace actlab {
namespace {

// ---- activations: float through the SIMD kernels (unchecked: PReLU's trained α may leave
// the catalogue's UI range), double through the reference ----
void act_forward(Act a, float p, const float* z, float* y, int n) {
  kernels::forward_simd(a, p, z, y, static_cast<std::size_t>(n));
}
void act_forward(Act a, double p, const double* z, double* y, int n) {
  for (int i = 0; i < n; ++i) y[i] = ref::f(a, z[i], p);
}
// For training, tanh′ and elu′/selu′ are taken at z clamped to where they are still normal
// floats (tanh′(20) = 1.7e-17, e^-80 = 1.8e-35): the public kernels return exact subnormal
// derivatives further out, and subnormal arithmetic is very slow on x86 (no FTZ in WASM).
// The clamped value differs from the exact one by less than kFlushBelow — nothing to a weight.
void act_derivative(Act a, float p, const float* z, float* d, int n) {
  float lo = 0, hi = 0;
  if (a == Act::Tanh) lo = -20, hi = 20;
  if (a == Act::Elu || a == Act::Selu) lo = -80, hi = INFINITY;
  if (lo != hi) {
    using namespace vec;
    int i = 0;
    for (; i + 4 <= n; i += 4) store(d + i, vmax(vmin(load(z + i), splat(hi)), splat(lo)));
    for (; i < n; ++i) d[i] = std::fmin(std::fmax(z[i], lo), hi);
    kernels::derivative_simd(a, p, d, d, static_cast<std::size_t>(n));
    return;
  }
  kernels::derivative_simd(a, p, z, d, static_cast<std::size_t>(n));
}
void act_derivative(Act a, double p, const double* z, double* d, int n) {
  for (int i = 0; i < n; ++i) d[i] = ref::df(a, z[i], p);
}

// ---- dense layer: z[o][b] = bias[o] + Σ_i W[o][i]·in[i][b], rows of stride S ----
template <class T>
void dense_forward(const T* W, const T* bias, const T* in, T* z, int I, int O, int S) {
  for (int o = 0; o < O; ++o) {
    T* zr = z + static_cast<std::size_t>(o) * S;
    std::fill(zr, zr + S, bias[o]);
    for (int i = 0; i < I; ++i) {
      const T w = W[static_cast<std::size_t>(o) * I + i];
      const T* ir = in + static_cast<std::size_t>(i) * S;
      for (int b = 0; b < S; ++b) zr[b] += w * ir[b];
    }
  }
}

// One unit's dense sums bias + Σᵢ wᵢ·inᵢ over lanes [b, b + 12) as three vectors (three
// accumulators share each broadcast weight: a batch of 9–12 is one block), and over [b, b + 4).
// dense_forward and dense_tanh_forward both use them, so their z are the same bits.
static inline void dense_sum12(const float* wr, float bias, const float* in, int I, int S, int b,
                               vec::V& acc0, vec::V& acc1, vec::V& acc2) {
  using namespace vec;
  acc0 = splat(bias);
  acc1 = acc0;
  acc2 = acc0;
  for (int i = 0; i < I; ++i) {
    const V w = splat(wr[i]);
    const float* ir = in + static_cast<std::size_t>(i) * S + b;
    acc0 = acc0 + w * load(ir);
    acc1 = acc1 + w * load(ir + 4);
    acc2 = acc2 + w * load(ir + 8);
  }
}
static inline vec::V dense_sum4(const float* wr, float bias, const float* in, int I, int S, int b) {
  using namespace vec;
  V acc = splat(bias);
  for (int i = 0; i < I; ++i)
    acc = acc + splat(wr[i]) * load(in + static_cast<std::size_t>(i) * S + b);
  return acc;
}

void dense_forward(const float* W, const float* bias, const float* in, float* z, int I, int O,
                   int S) {
  using namespace vec;
  for (int o = 0; o < O; ++o) {
    const float* wr = W + static_cast<std::size_t>(o) * I;
    float* zr = z + static_cast<std::size_t>(o) * S;
    int b = 0;
    for (; b + 12 <= S; b += 12) {
      V acc0, acc1, acc2;
      dense_sum12(wr, bias[o], in, I, S, b, acc0, acc1, acc2);
      store(zr + b, acc0);
      store(zr + b + 4, acc1);
      store(zr + b + 8, acc2);
    }
    for (; b + 8 <= S; b += 8) {  // two accumulators share each broadcast weight
      V acc0 = splat(bias[o]), acc1 = acc0;
      for (int i = 0; i < I; ++i) {
        const V w = splat(wr[i]);
        const float* ir = in + static_cast<std::size_t>(i) * S + b;
        acc0 = acc0 + w * load(ir);
        acc1 = acc1 + w * load(ir + 4);
      }
      store(zr + b, acc0);
      store(zr + b + 4, acc1);
    }
    for (; b < S; b += 4) store(zr + b, dense_sum4(wr, bias[o], in, I, S, b));
  }
}

// A tanh layer in one pass (float): the dense sums of dense_forward in 12-lane blocks (a
// training batch of 9–12 is one) and then 4-lane ones, then the tanh kernel's formula
// (vmath::tanh) on each vector while it is in registers. Same instructions per lane as the two
// passes, so the same bits; it saves the kernel call and the second pass over z.
// A batch of 9 or 10 (stride 12) leaves 2–3 padding lanes in the block's last vector, so units
// go in pairs there: both units' last vectors hold their 1–2 examples in lanes 0–1, one tanh
// does both (5 tanh vectors per pair instead of 6), and each unit's a gets its two lanes back
// with zeros in the padding lanes. The sums are the same per lane (each input row is loaded
// once for both units), so z and the examples' a are the same bits as unit by unit.
// With df (a training forward), tanh′(z) goes to df as well, from the same intermediates
// (vmath::tanh_with_derivative: a is the same bits); the backward pass multiplies by it.
template <bool kDf>
void dense_tanh_forward(const float* W, const float* bias, const float* in, float* z, float* a,
                        float* df, int I, int O, int S, int B) {
  using namespace vec;
  // a = tanh(v) at p (and df = tanh′(v) there when kept)
  auto put = [&](std::size_t k, V v) {
    if (kDf) {
      V d;
      store(a + k, vmath::tanh_with_derivative(v, &d));
      store(df + k, d);
    } else {
      store(a + k, vmath::tanh(v));
    }
  };
  auto unit = [&](int o) {  // one unit, any stride
    const float* wr = W + static_cast<std::size_t>(o) * I;
    const std::size_t row = static_cast<std::size_t>(o) * S;
    float* zr = z + row;
    int b = 0;
    for (; b + 12 <= S; b += 12) {
      V acc0, acc1, acc2;
      dense_sum12(wr, bias[o], in, I, S, b, acc0, acc1, acc2);
      store(zr + b, acc0);
      store(zr + b + 4, acc1);
      store(zr + b + 8, acc2);
      put(row + b, acc0);
      put(row + b + 4, acc1);
      put(row + b + 8, acc2);
    }
    for (; b < S; b += 4) {
      const V acc = dense_sum4(wr, bias[o], in, I, S, b);
      store(zr + b, acc);
      put(row + b, acc);
    }
  };
  int o = 0;
  if (S == 12 && B <= 10) {
    for (; o + 2 <= O; o += 2) {  // units o and o + 1 together
      const float* w0 = W + static_cast<std::size_t>(o) * I;
      const float* w1 = w0 + I;
      V p0 = splat(bias[o]), p1 = p0, p2 = p0;
      V q0 = splat(bias[o + 1]), q1 = q0, q2 = q0;
      for (int i = 0; i < I; ++i) {
        const float* ir = in + static_cast<std::size_t>(i) * 12;
        const V x0 = load(ir), x1 = load(ir + 4), x2 = load(ir + 8);
        const V u = splat(w0[i]), v = splat(w1[i]);
        p0 = p0 + u * x0;
        p1 = p1 + u * x1;
        p2 = p2 + u * x2;
        q0 = q0 + v * x0;
        q1 = q1 + v * x1;
        q2 = q2 + v * x2;
      }
      const std::size_t r0 = static_cast<std::size_t>(o) * 12;
      store(z + r0, p0);
      store(z + r0 + 4, p1);
      store(z + r0 + 8, p2);
      store(z + r0 + 12, q0);
      store(z + r0 + 16, q1);
      store(z + r0 + 20, q2);
      put(r0, p0);
      put(r0 + 4, p1);
      put(r0 + 12, q0);
      put(r0 + 16, q1);
      const V pq = low_halves(p2, q2);  // lanes 8–9 of both units
      if (kDf) {
        V d;
        const V t = vmath::tanh_with_derivative(pq, &d);
        store(a + r0 + 8, low_half(t));
        store(a + r0 + 20, high_half(t));
        store(df + r0 + 8, low_half(d));
        store(df + r0 + 20, high_half(d));
      } else {
        const V t = vmath::tanh(pq);
        store(a + r0 + 8, low_half(t));
        store(a + r0 + 20, high_half(t));
      }
    }
  }
  for (; o < O; ++o) unit(o);
}
// The fused tanh layer is for float only (the double build keeps the reference path).
bool fused_tanh_forward(const double*, const double*, const double*, double*, double*, double*, int,
                        int, int, int) {
  return false;
}
bool fused_tanh_forward(const float* W, const float* bias, const float* in, float* z, float* a,
                        float* df, int I, int O, int S, int B) {
  if (df) dense_tanh_forward<true>(W, bias, in, z, a, df, I, O, S, B);
  else
    dense_tanh_forward<false>(W, bias, in, z, a, nullptr, I, O, S, B);
  return true;
}

// dW[o][i] = Σ_b dz[o][b]·in[i][b];  db[o] = Σ_b dz[o][b];  din[i][b] = Σ_o W[o][i]·dz[o][b]
// (overwritten, not accumulated; din may be null for the first layer).
template <class T>
void dense_backward(const T* W, const T* in, const T* dz, T* dW, T* db, T* din, int I, int O,
                    int S) {
  for (int o = 0; o < O; ++o) {
    const T* dr = dz + static_cast<std::size_t>(o) * S;
    T s = 0;
    for (int b = 0; b < S; ++b) s += dr[b];
    db[o] = s;
    for (int i = 0; i < I; ++i) {
      const T* ir = in + static_cast<std::size_t>(i) * S;
      T d = 0;
      for (int b = 0; b < S; ++b) d += dr[b] * ir[b];
      dW[static_cast<std::size_t>(o) * I + i] = d;
    }
  }
  if (!din) return;
  for (int i = 0; i < I; ++i) {
    T* out = din + static_cast<std::size_t>(i) * S;
    std::fill(out, out + S, T(0));
    for (int o = 0; o < O; ++o) {
      const T w = W[static_cast<std::size_t>(o) * I + i];
      const T* dr = dz + static_cast<std::size_t>(o) * S;
      for (int b = 0; b < S; ++b) out[b] += w * dr[b];
    }
  }
}

void dense_backward_input(const float* W, const float* dz, float* din, int I, int O, int S);
void dense_backward(const float* W, const float* in, const float* dz, float* dW, float* db,
                    float* din, int I, int O, int S) {
  using namespace vec;
  for (int o = 0; o < O; ++o) {
    const float* dr = dz + static_cast<std::size_t>(o) * S;
    V s = splat(0.0f);
    for (int b = 0; b < S; b += 4) s = s + load(dr + b);
    db[o] = hsum(s);
    float* dwr = dW + static_cast<std::size_t>(o) * I;
    auto dot = [&](int i) {
      const float* ir = in + static_cast<std::size_t>(i) * S;
      V d = splat(0.0f);
      for (int b = 0; b < S; b += 4) d = d + load(dr + b) * load(ir + b);
      return d;
    };
    int i = 0;
    for (; i + 4 <= I; i += 4) {  // four dot products reduced together (same sums as hsum)
      const V r = hsum4(dot(i), dot(i + 1), dot(i + 2), dot(i + 3));
      store(dwr + i, r);
    }
    for (; i < I; ++i) dwr[i] = hsum(dot(i));
  }
  if (din) dense_backward_input(W, dz, din, I, O, S);
}

// din[i][b] = Σ_o W[o][i]·dz[o][b] (dense_backward's last part).
void dense_backward_input(const float* W, const float* dz, float* din, int I, int O, int S) {
  using namespace vec;
  for (int i = 0; i < I; ++i) {
    float* out = din + static_cast<std::size_t>(i) * S;
    int b = 0;
    for (; b + 12 <= S; b += 12) {  // three lanes-blocks share each broadcast weight
      V acc0 = splat(0.0f), acc1 = acc0, acc2 = acc0;
      for (int o = 0; o < O; ++o) {
        const V w = splat(W[static_cast<std::size_t>(o) * I + i]);
        const float* dr = dz + static_cast<std::size_t>(o) * S + b;
        acc0 = acc0 + w * load(dr);
        acc1 = acc1 + w * load(dr + 4);
        acc2 = acc2 + w * load(dr + 8);
      }
      store(out + b, acc0);
      store(out + b + 4, acc1);
      store(out + b + 8, acc2);
    }
    for (; b < S; b += 4) {
      V acc = splat(0.0f);
      for (int o = 0; o < O; ++o)
        acc = acc + splat(W[static_cast<std::size_t>(o) * I + i]) *
                        load(dz + static_cast<std::size_t>(o) * S + b);
      store(out + b, acc);
    }
  }
}

// dz[k] *= da[k], flushing results below kFlushBelow (2^-100, see schema.h) to 0 (float only).
template <class T>
void mul_flush_tiny(T* dz, const T* da, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) dz[k] *= da[k];
}
void mul_flush_tiny(float* dz, const float* da, std::size_t n) {
  using namespace vec;
  const V tiny = splat(kFlushBelow);
  std::size_t i = 0;  // n is a multiple of 4 (rows of stride S)
  for (; i + 4 <= n; i += 4) {
    const V x = load(dz + i) * load(da + i);
    store(dz + i, select(vabs(x) < tiny, splat(0.0f), x));
  }
  for (; i < n; ++i) {
    dz[i] *= da[i];
    if (std::fabs(dz[i]) < kFlushBelow) dz[i] = 0;
  }
}

// dz = da ⊙ f′(z) for a tanh layer with f′ kept by a training forward (df), flushed like
// mul_flush_tiny: one multiply per lane. The double build (gradient checks) and a forward that
// did not keep f′ take act_derivative (the kernel, or the reference) instead.
// Returns false when it does not apply (double).
bool tanh_backward(const double*, const double*, double*, std::size_t) { return false; }
// For a training batch (stride 12), tanh_backward and dense_backward in one pass: each unit's
// three dz vectors are formed in registers and give db and the dW dot products there (the same
// sums in the same order as dense_backward, so the same bits); dz is stored for din.
bool tanh_dense_backward(const double*, const double*, const double*, const double*, double*,
                         double*, double*, double*, int, int, int) {
  return false;
}
bool tanh_dense_backward(const float* W, const float* in, const float* df, const float* da,
                         float* dz, float* dW, float* db, float* din, int I, int O, int S) {
  if (S != 12) return false;
  using namespace vec;
  const V tiny = splat(kFlushBelow), zero = splat(0.0f);
  for (int o = 0; o < O; ++o) {
    const std::size_t r = static_cast<std::size_t>(o) * 12;
    V d[3];
    for (int k = 0; k < 3; ++k) {
      const V x = load(df + r + 4 * k) * load(da + r + 4 * k);
      d[k] = select(vabs(x) < tiny, zero, x);
      store(dz + r + 4 * k, d[k]);
    }
    db[o] = hsum(((zero + d[0]) + d[1]) + d[2]);
    auto dot = [&](int i) {
      const float* ir = in + static_cast<std::size_t>(i) * 12;
      return ((zero + d[0] * load(ir)) + d[1] * load(ir + 4)) + d[2] * load(ir + 8);
    };
    float* dwr = dW + static_cast<std::size_t>(o) * I;
    int i = 0;
    for (; i + 4 <= I; i += 4) store(dwr + i, hsum4(dot(i), dot(i + 1), dot(i + 2), dot(i + 3)));
    for (; i < I; ++i) dwr[i] = hsum(dot(i));
  }
  if (din) dense_backward_input(W, dz, din, I, O, 12);
  return true;
}
bool tanh_backward(const float* df, const float* da, float* dz, std::size_t n) {
  using namespace vec;
  const V tiny = splat(kFlushBelow);
  for (std::size_t i = 0; i < n; i += 4) {  // n is a multiple of 4 (rows of stride S)
    const V x = load(df + i) * load(da + i);
    store(dz + i, select(vabs(x) < tiny, splat(0.0f), x));
  }
  return true;
}

// The playground head's ∂L/∂a over the batch: da[b] = (a[b] − t[b])·scale, t = ±1 from the
// 0/1 label (head_backward's formula); float on 4-lane vectors, lanes ≥ B left as they are.
template <class T>
void playground_head_backward(const T* a, const T* y, T scale, T* da, int B) {
  for (int b = 0; b < B; ++b) da[b] = (a[b] - playground_target(y[b])) * scale;
}
void playground_head_backward(const float* a, const float* y, float scale, float* da, int B) {
  using namespace vec;
  int b = 0;
  for (; b + 4 <= B; b += 4) {
    const V t = select(load(y + b) > splat(0.5f), splat(1.0f), splat(-1.0f));
    store(da + b, (load(a + b) - t) * splat(scale));
  }
  for (; b < B; ++b) da[b] = (a[b] - playground_target(y[b])) * scale;
}

}  // namespace

template <class T>
void MLP<T>::resize_batch(int bc) {
  bcap_ = stride(bc);
  std::size_t widest = 0;
  for (Layer<T>& l : layers) {
    const std::size_t n = static_cast<std::size_t>(l.out) * bcap_;
    l.z.assign(n, 0);
    l.a.assign(n, 0);
    l.da.assign(n, 0);
    l.df.assign(l.act == Act::Tanh ? n : 0, 0);
    widest = std::max(widest, n);
  }
  dz_.assign(widest, 0);
}

template <class T>
std::size_t MLP<T>::parameter_count() const {
  std::size_t n = 0;
  for (const Layer<T>& l : layers) n += l.parameter_count();
  return n;
}

template <class T>
void MLP<T>::forward(const T* x, int B, bool keep_derivatives) {
  s_ = stride(B);
  df_kept_ = keep_derivatives;
  const T* in = x;
  for (Layer<T>& l : layers) {
    if (l.act == Act::Tanh &&
        fused_tanh_forward(l.W.data(), l.b.data(), in, l.z.data(), l.a.data(),
                           keep_derivatives ? l.df.data() : nullptr, l.in, l.out, s_, B)) {
      in = l.a.data();
      continue;
    }
    dense_forward(l.W.data(), l.b.data(), in, l.z.data(), l.in, l.out, s_);
    if (l.is_prelu() && l.prelu_per_neuron) {
      for (int o = 0; o < l.out; ++o)
        act_forward(l.act, l.param_of(o), l.z.data() + static_cast<std::size_t>(o) * s_,
                    l.a.data() + static_cast<std::size_t>(o) * s_, s_);
    } else {
      act_forward(l.act, l.param_of(0), l.z.data(), l.a.data(), l.out * s_);
    }
    in = l.a.data();
  }
}

template <class T>
void MLP<T>::output(int b, T* out) const {
  const Layer<T>& L = layers.back();
  const T* z = L.a.data() + b;
  switch (head) {
    case Head::kBinary: out[0] = static_cast<T>(ref::sigmoid(z[0])); return;
    case Head::kPlayground:
    case Head::kRegression: out[0] = z[0]; return;
    case Head::kSoftmax: {
      double p[kMaxClasses];
      softmax_cross_entropy_forward(z, s_, L.out, 0, p);
      for (int k = 0; k < L.out; ++k) out[k] = static_cast<T>(p[k]);
      return;
    }
  }
}

template <class T>
double MLP<T>::example_loss(int b, T y) const {
  const Layer<T>& L = layers.back();
  return head_loss(head, L.a.data() + b, s_, L.out, y);
}

template <class T>
bool MLP<T>::example_correct(int b, T y) const {
  const Layer<T>& L = layers.back();
  auto at = [&](int o) { return L.a[static_cast<std::size_t>(o) * s_ + b]; };
  switch (head) {
    case Head::kBinary:
    case Head::kPlayground: return (at(0) >= 0) == (y > 0.5);  // logit ≥ 0 ⇔ p ≥ ½; tanh ≥ 0
    case Head::kRegression: return false;
    case Head::kSoftmax: {
      int best = 0;
      for (int k = 1; k < L.out; ++k)
        if (at(k) > at(best)) best = k;
      return best == static_cast<int>(y);
    }
  }
  return false;
}

template <class T>
void MLP<T>::add_losses(int b0, int b1, const T* y, double* loss, double* correct) const {
  const Layer<T>& L = layers.back();
  const T* a = L.a.data();
  double l = *loss, c = *correct;
  switch (head) {  // the head once, then head_loss / example_correct's formulas inline
    case Head::kPlayground:
      for (int b = b0; b < b1; ++b) {
        const double e = static_cast<double>(a[b]) - (y[b] > 0.5 ? 1.0 : -1.0);
        l += 0.5 * e * e;
        c += (a[b] >= 0) == (y[b] > 0.5) ? 1 : 0;
      }
      break;
    case Head::kBinary:
      for (int b = b0; b < b1; ++b) {
        l += binary_cross_entropy_forward(a[b], y[b]);
        c += (a[b] >= 0) == (y[b] > 0.5) ? 1 : 0;
      }
      break;
    case Head::kRegression:
      for (int b = b0; b < b1; ++b) {
        const double e = static_cast<double>(a[b]) - y[b];
        l += e * e;
      }
      break;
    case Head::kSoftmax:
      for (int b = b0; b < b1; ++b) {
        l += example_loss(b, y[b]);
        c += example_correct(b, y[b]) ? 1 : 0;
      }
      break;
  }
  *loss = l;
  *correct = c;
}

template <class T>
double MLP<T>::backward(const T* x, const T* y, int B) {
  double loss = 0;
  for (int b = 0; b < B; ++b) loss += example_loss(b, y[b]);
  gradients(x, y, B);
  return loss / B;
}

template <class T>
void MLP<T>::gradients(const T* x, const T* y, int B) {
  const std::size_t S = static_cast<std::size_t>(s_);
  const T inv_b = static_cast<T>(1.0 / B);

  // ∂L/∂a of the output layer, from the head (mean over the batch folded in here); the
  // padding lanes get 0 so they contribute nothing below.
  Layer<T>& L = layers.back();
  std::fill(L.da.begin(), L.da.begin() + L.out * S, T(0));
  if (head == Head::kPlayground) {  // head_backward's formula, the head chosen once
    playground_head_backward(L.a.data(), y, inv_b, L.da.data(), B);
  } else {
    for (int b = 0; b < B; ++b)
      head_backward(head, L.a.data() + b, S, L.out, y[b], inv_b, L.da.data() + b);
  }

  for (std::size_t li = layers.size(); li-- > 0;) {
    Layer<T>& l = layers[li];
    const T* in = li == 0 ? x : layers[li - 1].a.data();
    const std::size_t n = static_cast<std::size_t>(l.out) * S;
    T* din = li > 0 ? layers[li - 1].da.data() : static_cast<T*>(nullptr);
    if (l.act == Act::Tanh && df_kept_ &&
        tanh_dense_backward(l.W.data(), in, l.df.data(), l.da.data(), dz_.data(), l.dW.data(),
                            l.db.data(), din, l.in, l.out, s_))
      continue;
    // dz = da ⊙ f′(z): the diagonal Jacobian of the activation (tanh: f′ kept by the forward).
    if (!(l.act == Act::Tanh && df_kept_ &&
          tanh_backward(l.df.data(), l.da.data(), dz_.data(), n))) {
      if (l.is_prelu() && l.prelu_per_neuron) {
        for (int o = 0; o < l.out; ++o)
          act_derivative(l.act, l.param_of(o), l.z.data() + o * S, dz_.data() + o * S, s_);
      } else {
        act_derivative(l.act, l.param_of(0), l.z.data(), dz_.data(), static_cast<int>(n));
      }
      if (l.is_prelu()) {  // ∂a/∂α = min(0, z)
        std::fill(l.dalpha.begin(), l.dalpha.end(), T(0));
        for (int o = 0; o < l.out; ++o) {
          double g = 0;
          for (std::size_t b = 0; b < S; ++b) {
            const T z = l.z[o * S + b];
            g += z < 0 ? static_cast<double>(l.da[o * S + b]) * z : 0.0;
          }
          l.dalpha[l.prelu_per_neuron ? o : 0] += static_cast<T>(g);
        }
      }
      mul_flush_tiny(dz_.data(), l.da.data(), n);
    }
    dense_backward(l.W.data(), in, dz_.data(), l.dW.data(), l.db.data(), din, l.in, l.out, s_);
  }
}

template class MLP<float>;
template class MLP<double>;

}  // namespace actlab
