#!/usr/bin/env bash
# `npm run bench`: builds what is missing, then runs the benchmark (not a test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh wasm >/dev/null # incremental: benchmark what the sources say, never a stale module
node bench/bench.mjs "$@"
node bench/network.mjs $([[ " $* " == *" --quick "* ]] && echo --quick)
# README's tables from this one run (print; `node scripts/perf-table.mjs --write` puts them in README.md)
exec node scripts/perf-table.mjs
