// Shared helpers for the Catch2 tests.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "actlab.h"
#include "data/dataset.h"
#include "json_mini.h"

#ifndef ACTLAB_TEST_DATA
#error "ACTLAB_TEST_DATA must point at tests/data"
#endif

namespace actlab_test {

inline const json_mini::Value& golden() {
  static const json_mini::Value v =
      json_mini::parse_file(std::string(ACTLAB_TEST_DATA) + "/activations.json");
  return v;
}

inline const std::vector<actlab::Impl>& impls() {
  static const std::vector<actlab::Impl> v = {actlab::Impl::kScalar, actlab::Impl::kSimd};
  return v;
}
inline const char* impl_name(actlab::Impl i) {
  return i == actlab::Impl::kScalar ? "scalar" : "simd";
}

// The golden entry's parameter value (alpha or beta), else the catalogue default.
inline float param_of(const json_mini::Value& entry, actlab::Act a) {
  for (const auto& kv : entry["params"].obj) return static_cast<float>(kv.second.as_number());
  return actlab::default_param(a);
}

// A generated dataset for tests; fails the test (with the core's message) if generation fails.
inline actlab::Dataset make_test_dataset(const char* kind, int points, double noise,
                                         std::uint32_t seed, int classes = 3,
                                         double train_fraction = 0.5) {
  actlab::DatasetSpec s;
  s.kind = kind;
  s.points = points;
  s.noise = noise;
  s.seed = seed;
  s.classes = classes;
  s.train_fraction = train_fraction;
  actlab::Dataset d;
  std::string e;
  const bool ok = actlab::make_dataset(s, &d, &e);
  INFO(e);
  REQUIRE(ok);
  return d;
}

}  // namespace actlab_test
