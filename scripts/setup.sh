#!/usr/bin/env bash
# Installs whatever ActLab needs that is missing, and nothing else.
#   scripts/setup.sh          what `npm start` needs (compilers, Emscripten, npm packages)
#   scripts/setup.sh --test   plus what `npm test` needs (clang/libFuzzer, Chromium, wabt, fonts, Jekyll)
# As root on Debian/Ubuntu it uses apt-get; elsewhere it stops and says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

pkgs=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || pkgs+=("$2"); }
need_file() { compgen -G "$1" >/dev/null || pkgs+=("$2"); }

need_cmd cmake cmake
need_cmd ninja ninja-build
need_cmd g++ g++
need_cmd em++ emscripten          # Debian's emscripten, or an activated emsdk on PATH
need_file /usr/include/catch2/catch.hpp catch2
if [ "$want_test" = 1 ]; then
  need_cmd clang++ clang
  need_file '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' libclang-rt-14-dev
  need_cmd "${ACTLAB_CHROMIUM:-chromium}" chromium
  need_cmd wasm2wat wabt
  need_file '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' fonts-noto-cjk
  need_cmd jekyll jekyll            # the blog-embed test builds a real Jekyll site
  need_file '/usr/share/rubygems-integration/all/gems/minima-*' jekyll-theme-minima
fi

if [ "${#pkgs[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ActLab setup: installing ${pkgs[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  else
    cat >&2 <<MSG
ActLab setup: missing system packages: ${pkgs[*]}
Install them, for example on Debian/Ubuntu:
    sudo apt-get install --no-install-recommends ${pkgs[*]}
Emscripten may instead come from emsdk (https://emscripten.org/docs/getting_started/):
    ./emsdk install latest && ./emsdk activate latest && source ./emsdk_env.sh
Catch2 v2 may be given as -DCATCH2_INCLUDE_DIR=/path/containing/catch2 (see README).
Browser tests use Chromium at \$ACTLAB_CHROMIUM (default: chromium on PATH).
MSG
    exit 1
  fi
fi

# npm packages: install when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ActLab setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
