#!/usr/bin/env bash
# Builds ActLab. With no argument: native + wasm + web + embed.
#   scripts/build.sh native   g++ Release: core + Catch2 tests           → build/native
#   scripts/build.sh wasm     em++: SIMD + scalar modules, Catch2 in Node → build/wasm
#   scripts/build.sh asan     clang++ ASan+UBSan: Catch2 tests + libFuzzer targets → build/asan
#   scripts/build.sh web      Vite production build of the site          → build/web
#   scripts/build.sh embed    the blog embed (actlab.js, actlab.module.js + actlab.wasm) → build/embed
# Each build folder is configured once and rebuilt incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # em++ (Debian 3.1.6) needs it for acorn
jobs="$(nproc 2>/dev/null || echo 2)"

build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j "$jobs"
}
build_wasm() {
  if [ ! -f build/wasm/build.ninja ]; then
    emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build build/wasm -j "$jobs"
}
build_asan() {
  CXX=clang++ cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DACTLAB_SANITIZE=ON -DACTLAB_FUZZ=ON >/dev/null
  cmake --build build/asan -j "$jobs"
}
build_web() {
  node scripts/gen-formulas.mjs # KaTeX at build time → web/src/generated/formulas.js
  node_modules/.bin/vite build --config vite.config.js --logLevel warn
}

build_embed() {
  # Library mode, two variants; ACTLAB_EMBED_OUTDIR overrides build/embed (inline empties it first).
  node_modules/.bin/vite build --config vite.embed.config.js --mode inline --logLevel warn
  node_modules/.bin/vite build --config vite.embed.config.js --mode module --logLevel warn
}

targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=(native wasm web embed)
for t in "${targets[@]}"; do
  echo "== build: $t"
  case "$t" in
    native) build_native ;;
    wasm) build_wasm ;;
    asan) build_asan ;;
    web) build_web ;;
    embed) build_embed ;;
    *) echo "unknown build target: $t" >&2; exit 2 ;;
  esac
done
