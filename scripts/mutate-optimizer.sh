#!/usr/bin/env bash
# Mutation check of the update rule (`npm run mutate`): breaks the optimiser and the
# regularisation in seven ways, one at a time, in a throw-away worktree of HEAD, rebuilds the
# native Catch2 tests and runs them. Each mutation must make a test fail; prints which ones and
# exits non-zero if a mutation survives. Not part of `npm test` (seven rebuilds, ≈ 7 min).
set -uo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1; rm -rf "$work"' EXIT
git worktree add -f --detach "$work/tree" HEAD >/dev/null 2>&1 || { echo "git worktree failed" >&2; exit 1; }
cd "$work/tree"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1

survived=0
mutate() {
  local name="$1" file="$2" from="$3" to="$4"
  git checkout -q -- core
  python3 - "$file" "$from" "$to" <<'PY' || { echo "mutation '$name': pattern not found in $file" >&2; exit 1; }
import sys
path, a, b = sys.argv[1:]
s = open(path).read()
if a not in s:
    sys.exit(1)
open(path, "w").write(s.replace(a, b, 1))
PY
  if ! cmake --build build -j "$(nproc)" --target actlab_tests >/dev/null 2>&1; then
    echo "mutation '$name': build failed" >&2
    exit 1
  fi
  local out
  out=$(./build/actlab_tests --use-colour no --reporter compact 2>&1)
  if echo "$out" | grep -q "^Passed all"; then
    echo "SURVIVED  $name"
    survived=$((survived + 1))
  else
    echo "caught    $name — $(echo "$out" | tail -1)"
    echo "$out" | grep "failed" | sed -E 's/^.*tests\/cpp\/([a-z_]+\.cpp):([0-9]+).*/            \1:\2/' | sort -u | head -4
  fi
}

mutate "Adam without bias correction" core/nn/optimizer.cpp \
  'if (type_ == OptimizerType::kAdam) {' 'if (false) {'
mutate "L1 with its sign flipped" core/nn/optimizer.h \
  'g[i] += lambda * (w[i] > 0 ? T(1) : (w[i] < 0 ? T(-1) : T(0)));' \
  'g[i] -= lambda * (w[i] > 0 ? T(1) : (w[i] < 0 ? T(-1) : T(0)));'
mutate "L1 without Playground's zero-crossing clamp" core/nn/optimizer.h \
  'if (w1 * w2 < 0) {  // crossed zero' 'if (false) {  // crossed zero'
mutate "L1's dead weights trained again" core/nn/optimizer.h \
  $'if (dead[i]) {\n      w[i] = 0;\n      continue;' $'if (dead[i]) {\n      continue;'
mutate "L2 doubled" core/nn/optimizer.h \
  'for (std::size_t i = 0; i < n; ++i) g[i] += lambda * w[i];' \
  'for (std::size_t i = 0; i < n; ++i) g[i] += 2 * lambda * w[i];'
mutate "momentum as (1 - mu)·g" core/nn/optimizer.cpp \
  'm[i] = mu_ * m[i] + g[i];' 'm[i] = mu_ * m[i] + (1 - mu_) * g[i];'
mutate "biases regularised" core/nn/mlp.h \
  'f(b.data(), db.data(), b.size(), false);' 'f(b.data(), db.data(), b.size(), true);'

echo "mutations: $((7 - survived)) caught, $survived survived"
[ "$survived" -eq 0 ]
