#!/usr/bin/env bash
# `npm start`: set-up, build, then serve the site on http://127.0.0.1 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh wasm web
exec node web/serve.mjs "$@"
