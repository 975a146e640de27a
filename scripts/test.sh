#!/usr/bin/env bash
# `npm test`: set-up, one build of everything, then every suite. A failing suite does not stop
# the others; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1
bash scripts/build.sh native wasm asan web embed || exit 1

passed=0
failed=0
failures=()
suite() {
  local name="$1"
  shift
  echo
  echo "==== suite: $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

suite "catch2 native (ctest)" ctest --test-dir build/native --output-on-failure
suite "catch2 native asan+ubsan (ctest)" ctest --test-dir build/asan --output-on-failure
suite "catch2 wasm under node (ctest)" ctest --test-dir build/wasm --output-on-failure
suite "fuzz (bounded)" bash scripts/fuzz.sh "${ACTLAB_FUZZ_SECONDS:-20}"
suite "types (tsc --noEmit on wasm/index.d.ts)" npx --no-install tsc -p tests/types
suite "node --test (js api)" node --test tests/node/*.test.mjs
suite "browser (headless chromium)" node --test --test-concurrency=1 tests/browser/*.test.mjs

echo
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { printf '  failed: %s\n' "${failures[@]}"; exit 1; }
