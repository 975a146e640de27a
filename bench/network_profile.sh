#!/usr/bin/env bash
# Builds and runs bench/network_profile.cpp natively (g++ -O2, as build/native) and as WASM
# (em++ -O3 -msimd128, as the actlab_simd module, run by Node): where one training epoch's time
# goes. Output in build/profile/. Usage: bash bench/network_profile.sh [native|wasm]...
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # em++ (Debian 3.1.6) needs it for acorn
out=build/profile
mkdir -p "$out"
srcs=$(sed -n '/^set(ACTLAB_CORE_SOURCES/,/)/p' CMakeLists.txt | grep -o 'core/[a-z_/]*\.cpp')
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=(native wasm)
for t in "${targets[@]}"; do
  case "$t" in
    native)
      "${CXX:-g++}" -std=c++17 -O2 -ffp-contract=off -Icore bench/network_profile.cpp $srcs -o "$out/network_profile"
      "$out/network_profile" ;;
    wasm)
      em++ -std=c++17 -O3 -msimd128 -ffp-contract=off -Icore bench/network_profile.cpp $srcs \
        -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -o "$out/network_profile.cjs"
      node "$out/network_profile.cjs" ;;
    *) echo "unknown target: $t" >&2; exit 2 ;;
  esac
done
