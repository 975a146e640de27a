#!/usr/bin/env bash
# `npm run bench`: builds what is missing, then runs the benchmark (not a test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f build/wasm/actlab_simd.wasm ] && [ -f build/wasm/actlab_scalar.wasm ] || bash scripts/build.sh wasm
node bench/bench.mjs "$@" && exec node bench/network.mjs $([[ " $* " == *" --quick "* ]] && echo --quick)
