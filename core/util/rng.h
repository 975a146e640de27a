// rng.h: the project's seeded PRNG. <random>'s distributions differ between libstdc++ and
// libc++ (native vs WASM), so everything random in ActLab (datasets, initial weights,
// shuffling) goes through this: PCG32 (O'Neill 2014) seeded with SplitMix64, and
// distributions written out here. Same seed → same bits on every platform, except where a
// libm function (log/cos in normal()) differs by an ulp between glibc and musl.
#pragma once

#include <cmath>
#include <cstdint>

namespace actlab {

class Rng {
 public:
  explicit Rng(std::uint64_t seed = 1) { reseed(seed); }

  void reseed(std::uint64_t seed) {
    std::uint64_t s = seed;
    state_ = splitmix(s);
    inc_ = splitmix(s) | 1u;
    have_spare_ = false;
  }

  std::uint32_t next_u32() {
    const std::uint64_t old = state_;
    state_ = old * 6364136223846793005ULL + inc_;
    const std::uint32_t xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
    const std::uint32_t rot = static_cast<std::uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() {
    const std::uint64_t hi = next_u32() >> 5, lo = next_u32() >> 6;  // 27 + 26 bits
    return (static_cast<double>(hi) * 67108864.0 + static_cast<double>(lo)) *
           (1.0 / 9007199254740992.0);
  }
  double uniform(double a, double b) { return a + (b - a) * uniform(); }

  // Uniform integer in [0, n), n ≥ 1, without modulo bias (Lemire's method, 32-bit).
  std::uint32_t below(std::uint32_t n) {
    std::uint64_t m = static_cast<std::uint64_t>(next_u32()) * n;
    std::uint32_t l = static_cast<std::uint32_t>(m);
    if (l < n) {
      const std::uint32_t t = (0u - n) % n;
      while (l < t) {
        m = static_cast<std::uint64_t>(next_u32()) * n;
        l = static_cast<std::uint32_t>(m);
      }
    }
    return static_cast<std::uint32_t>(m >> 32);
  }

  // Standard normal by the Box–Muller transform (the spare value is kept for the next call).
  double normal() {
    if (have_spare_) {
      have_spare_ = false;
      return spare_;
    }
    double u;
    do u = uniform();
    while (u <= 0.0);
    const double v = uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    const double theta = 6.283185307179586 * v;
    spare_ = r * std::sin(theta);
    have_spare_ = true;
    return r * std::cos(theta);
  }
  double normal(double mean, double stddev) { return mean + stddev * normal(); }

  // Full state, for exporting a network mid-training and resuming bit-identically.
  struct State {
    std::uint64_t state, inc;
    bool have_spare;
    double spare;
  };
  State save() const { return {state_, inc_, have_spare_, spare_}; }
  void load(const State& s) {
    state_ = s.state;
    inc_ = s.inc | 1u;
    have_spare_ = s.have_spare;
    spare_ = s.spare;
  }

 private:
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_ = 0, inc_ = 1;
  double spare_ = 0;
  bool have_spare_ = false;
};

}  // namespace actlab
