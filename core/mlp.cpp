// mlp.cpp: forward/backward of the MLP (see mlp.h for shapes and conventions).
#include "mlp.h"

#include <algorithm>
#include <cmath>

#include "kernels.h"
#include "reference.h"
#include "vec4.h"

namespace actlab {
namespace {

// Row kernels: float goes through the SIMD kernels (unchecked: PReLU's trained α may leave
// the catalogue's UI range), double through the reference.
void act_forward(Act a, float p, const float* z, float* y, int n) {
  kernels::forward_simd(a, p, z, y, static_cast<std::size_t>(n));
}
void act_forward(Act a, double p, const double* z, double* y, int n) {
  for (int i = 0; i < n; ++i) y[i] = ref::f(a, z[i], p);
}
void act_derivative(Act a, float p, const float* z, float* d, int n) {
  kernels::derivative_simd(a, p, z, d, static_cast<std::size_t>(n));
}
void act_derivative(Act a, double p, const double* z, double* d, int n) {
  for (int i = 0; i < n; ++i) d[i] = ref::df(a, z[i], p);
}

// y[0..n) += s·x[0..n)
template <class T>
inline void axpy(T* y, T s, const T* x, int n) {
  for (int i = 0; i < n; ++i) y[i] += s * x[i];
}

// Σ x[i]·y[i], four partial sums (vectorisable without reassociating one accumulator).
template <class T>
inline double dot(const T* x, const T* y, int n) {
  T s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  int i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += x[i] * y[i];
    s1 += x[i + 1] * y[i + 1];
    s2 += x[i + 2] * y[i + 2];
    s3 += x[i + 3] * y[i + 3];
  }
  for (; i < n; ++i) s0 += x[i] * y[i];
  return static_cast<double>((s0 + s1) + (s2 + s3));
}

template <class T>
inline double sum(const T* x, int n) {
  double s = 0;
  for (int i = 0; i < n; ++i) s += x[i];
  return s;
}

// Binary cross-entropy on the logit: softplus(z) − y·z, written without overflow.
inline double bce_with_logit(double z, double y) {
  return std::fmax(z, 0.0) - y * z + std::log1p(std::exp(-std::fabs(z)));
}

}  // namespace

template <class T>
void MLP<T>::resize_batch(int bc) {
  bcap_ = bc;
  std::size_t widest = 0;
  for (Layer<T>& l : layers) {
    const std::size_t n = static_cast<std::size_t>(l.out) * bc;
    l.z.assign(n, 0);
    l.a.assign(n, 0);
    l.da.assign(n, 0);
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
void MLP<T>::forward(const T* x, int B) {
  const T* in = x;
  for (Layer<T>& l : layers) {
    for (int o = 0; o < l.out; ++o) {
      T* z = l.z.data() + static_cast<std::size_t>(o) * bcap_;
      std::fill(z, z + B, l.b[o]);
      const T* w = l.W.data() + static_cast<std::size_t>(o) * l.in;
      for (int i = 0; i < l.in; ++i) axpy(z, w[i], in + static_cast<std::size_t>(i) * bcap_, B);
      act_forward(l.act, l.param_of(o), z, l.a.data() + static_cast<std::size_t>(o) * bcap_, B);
    }
    in = l.a.data();
  }
}

template <class T>
void MLP<T>::output(int b, T* out) const {
  const Layer<T>& L = layers.back();
  auto at = [&](int o) { return L.a[static_cast<std::size_t>(o) * bcap_ + b]; };
  switch (head) {
    case Head::kBinary: out[0] = static_cast<T>(ref::sigmoid(at(0))); return;
    case Head::kPlayground:
    case Head::kRegression: out[0] = at(0); return;
    case Head::kSoftmax: {
      double m = at(0);
      for (int k = 1; k < L.out; ++k) m = std::fmax(m, static_cast<double>(at(k)));
      double s = 0;
      for (int k = 0; k < L.out; ++k) s += std::exp(at(k) - m);
      for (int k = 0; k < L.out; ++k) out[k] = static_cast<T>(std::exp(at(k) - m) / s);
      return;
    }
  }
}

template <class T>
double MLP<T>::example_loss(int b, T y) const {
  const Layer<T>& L = layers.back();
  auto at = [&](int o) { return static_cast<double>(L.a[static_cast<std::size_t>(o) * bcap_ + b]); };
  switch (head) {
    case Head::kBinary: return bce_with_logit(at(0), y);
    case Head::kRegression: { const double e = at(0) - y; return e * e; }
    case Head::kPlayground: {  // ½(a − t)², t = ±1
      const double e = at(0) - (y > 0.5 ? 1.0 : -1.0);
      return 0.5 * e * e;
    }
    case Head::kSoftmax: {  // log Σ e^{z_k} − z_y, shifted by the max
      double m = at(0);
      for (int k = 1; k < L.out; ++k) m = std::fmax(m, at(k));
      double s = 0;
      for (int k = 0; k < L.out; ++k) s += std::exp(at(k) - m);
      return m + std::log(s) - at(static_cast<int>(y));
    }
  }
  return 0;
}

template <class T>
bool MLP<T>::example_correct(int b, T y) const {
  const Layer<T>& L = layers.back();
  auto at = [&](int o) { return L.a[static_cast<std::size_t>(o) * bcap_ + b]; };
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
double MLP<T>::backward(const T* x, const T* y, int B) {
  const std::size_t bc = static_cast<std::size_t>(bcap_);
  const T inv_b = static_cast<T>(1.0 / B);
  double loss = 0;
  for (int b = 0; b < B; ++b) loss += example_loss(b, y[b]);

  // ∂L/∂a of the output layer, from the head (mean over the batch folded in here).
  Layer<T>& L = layers.back();
  for (int b = 0; b < B; ++b) {
    auto a = [&](int o) -> T& { return L.a[o * bc + b]; };
    auto da = [&](int o) -> T& { return L.da[o * bc + b]; };
    switch (head) {
      case Head::kBinary:  // d/dz BCE = σ(z) − y; the output layer is linear so da = dz
        da(0) = (static_cast<T>(ref::sigmoid(a(0))) - y[b]) * inv_b;
        break;
      case Head::kRegression: da(0) = 2 * (a(0) - y[b]) * inv_b; break;
      case Head::kPlayground: da(0) = (a(0) - (y[b] > T(0.5) ? T(1) : T(-1))) * inv_b; break;
      case Head::kSoftmax: {  // fused softmax + cross-entropy: p − onehot(y)
        double m = a(0);
        for (int k = 1; k < L.out; ++k) m = std::fmax(m, static_cast<double>(a(k)));
        double s = 0;
        for (int k = 0; k < L.out; ++k) s += std::exp(a(k) - m);
        for (int k = 0; k < L.out; ++k) {
          const double p = std::exp(a(k) - m) / s;
          da(k) = static_cast<T>((p - (k == static_cast<int>(y[b]) ? 1.0 : 0.0))) * inv_b;
        }
        break;
      }
    }
  }

  for (std::size_t li = layers.size(); li-- > 0;) {
    Layer<T>& l = layers[li];
    const T* in = li == 0 ? x : layers[li - 1].a.data();
    std::fill(l.dW.begin(), l.dW.end(), T(0));
    std::fill(l.dalpha.begin(), l.dalpha.end(), T(0));
    for (int o = 0; o < l.out; ++o) {
      const T* z = l.z.data() + o * bc;
      const T* da = l.da.data() + o * bc;
      T* dz = dz_.data() + o * bc;
      // dz = da ⊙ f′(z): the diagonal Jacobian of the activation.
      act_derivative(l.act, l.param_of(o), z, dz, B);
      for (int b = 0; b < B; ++b) dz[b] *= da[b];
      if (l.is_prelu()) {  // ∂a/∂α = min(0, z)
        double g = 0;
        for (int b = 0; b < B; ++b) g += z[b] < 0 ? static_cast<double>(da[b]) * z[b] : 0.0;
        l.dalpha[l.prelu_per_neuron ? o : 0] += static_cast<T>(g);
      }
      l.db[o] = static_cast<T>(sum(dz, B));
      T* dw = l.dW.data() + static_cast<std::size_t>(o) * l.in;
      for (int i = 0; i < l.in; ++i) dw[i] = static_cast<T>(dot(dz, in + i * bc, B));
    }
    if (li > 0) {  // ∂L/∂a of the layer below: Wᵀ·dz
      Layer<T>& below = layers[li - 1];
      std::fill(below.da.begin(), below.da.begin() + static_cast<std::size_t>(below.out) * bc, T(0));
      for (int o = 0; o < l.out; ++o) {
        const T* w = l.W.data() + static_cast<std::size_t>(o) * l.in;
        const T* dz = dz_.data() + o * bc;
        for (int i = 0; i < l.in; ++i) axpy(below.da.data() + i * bc, w[i], dz, B);
      }
    }
  }
  return loss / B;
}

template class MLP<float>;
template class MLP<double>;

}  // namespace actlab
