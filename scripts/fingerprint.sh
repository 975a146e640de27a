#!/usr/bin/env bash
# Output fingerprint of the training engine, native and WASM (`npm run fingerprint`): six seeded
# configurations (every head, optimiser and regulariser) trained, exported and diagnosed; prints
# one sha256 per build. Run it before and after a refactor that must not change results.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/native/libactlab_core.a ] && [ -f build/wasm/actlab_simd.wasm ] || bash scripts/build.sh native wasm >/dev/null
out=build/fingerprint
mkdir -p "$out"
"${CXX:-g++}" -std=c++17 -O2 -ffp-contract=off -Icore tests/fingerprint/fingerprint.cpp \
  build/native/libactlab_core.a -o "$out/fingerprint"
"$out/fingerprint" tests/fingerprint/cases.json >"$out/native.txt"
node tests/fingerprint/fingerprint.mjs >"$out/wasm.txt"
echo "native $(sha256sum <"$out/native.txt" | cut -c1-16)  ($out/native.txt)"
echo "wasm   $(sha256sum <"$out/wasm.txt" | cut -c1-16)  ($out/wasm.txt)"
