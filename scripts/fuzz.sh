#!/usr/bin/env bash
# Runs the libFuzzer targets for a bounded time each (default 300 s for `npm run fuzz`;
# `npm test` passes 20). The corpus lives in build/fuzz-corpus and grows across runs.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
targets=(fuzz_kernels fuzz_importers fuzz_csv fuzz_json)
# The time is shared between the targets (npm test passes 20: 5 s each).
per=$(( seconds / ${#targets[@]} ))
[ "$per" -ge 5 ] || per=5
missing=0
for t in "${targets[@]}"; do [ -x "build/asan/$t" ] || missing=1; done
if [ "$missing" = 1 ]; then
  bash scripts/setup.sh --test && bash scripts/build.sh asan || exit 1
fi
status=0
for target in "${targets[@]}"; do
  corpus="build/fuzz-corpus/$target"
  log="build/fuzz-corpus/$target.log"
  mkdir -p "$corpus"
  # Seed inputs (tests/fuzz/seeds) give the importers valid starting points.
  [ "$target" = fuzz_importers ] && cp -n tests/fuzz/seeds/* "$corpus"/ 2>/dev/null
  # Inputs that once failed (tests/fuzz/regressions/<target minus fuzz_>-*) run first, once each.
  regressions=(tests/fuzz/regressions/"${target#fuzz_}"-*)
  if [ -e "${regressions[0]}" ]; then
    if ! "build/asan/$target" "${regressions[@]}" >"$log" 2>&1; then
      echo "fuzz: $target FAILED on a regression input; the report:" >&2
      grep -v "^#" "$log" | tail -40 >&2
      status=1
      continue
    fi
    echo "fuzz: $target regression inputs pass (${#regressions[@]})"
  fi
  echo "fuzz: $target for ${per}s"
  "build/asan/$target" "$corpus" -max_total_time="$per" -print_final_stats=1 \
    -max_len=8192 -timeout=10 -rss_limit_mb=2048 >"$log" 2>&1
  rc=$?
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$log" || true
  if [ "$rc" -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $rc); the report:" >&2
    grep -v "^#" "$log" | tail -40 >&2
    status=1
  fi
done
exit "$status"
