#!/usr/bin/env bash
# Module size trials (issue #12): builds the SIMD module with other optimisation flags, each in
# its own folder build/size/<trial>/ (CMake cache ACTLAB_SIMD_FLAGS / ACTLAB_SIMD_LINK_EXTRA;
# no tests, no embed module), and writes build/size/<trial>.json: .wasm and .mjs bytes raw and
# gzip -9, the embed actlab.js built with that module (raw and gzip -9, budget 250 000), and —
# unless --no-bench — the kernel section of bench/bench.mjs (--tfjs-kernel --quick: SIMD/tfjs
# per op at 1e6 and 16 K) and bench/network.mjs --quick, both through ACTLAB_BENCH_MODULE.
# build/size/summary.json collects them; a table is printed at the end.
#
#   bash scripts/size-trials.sh                 # every trial, with benches (≈ 3 min a trial on 2 cores)
#   bash scripts/size-trials.sh --no-bench O3 Oz  # just these, sizes only
#
# Needs the main WASM build (bash scripts/build.sh wasm): the scalar module and the benches'
# other contenders come from there. Benchmarks are noisy on a busy machine; compare ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
jobs="$(nproc 2>/dev/null || echo 2)"

# name | compile+link flags (CMake list) | link-only flags. O3 and embed are the main build's
# actlab_simd and actlab_simd_small (copied, not rebuilt; embed = hot sources -O3, rest and
# link -Oz, see CMakeLists.txt).
TRIALS=(
  "O3|-O3|"
  "embed|(ACTLAB_HOT_SOURCES -O3, rest -Oz)|"
  "Oz|-Oz|"
  "Os|-Os|"
  "O3-flto|-O3;-flto|"
  "Oz-flto|-Oz;-flto|"
  "Oz-nortti|-Oz;-fno-rtti;-DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0|"
  "Oz-emmalloc|-Oz|-sMALLOC=emmalloc"
)

bench=1
want=()
for a in "$@"; do
  case "$a" in
    --no-bench) bench=0 ;;
    -h | --help) sed -n 2,14p "$0"; exit 0 ;;
    *) want+=("$a") ;;
  esac
done
[ -f build/wasm/actlab_scalar.wasm ] || bash scripts/build.sh wasm

mkdir -p build/size
gz() { gzip -9c "$1" | wc -c; }
for t in "${TRIALS[@]}"; do
  IFS='|' read -r name flags link <<<"$t"
  if [ "${#want[@]}" -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then continue; fi
  dir="build/size/$name"
  echo "== trial $name: flags '${flags//;/ }' link '$link'"
  log="build/size/$name.log"
  ok=1
  main=""
  [ "$name" = O3 ] && main=actlab_simd
  [ "$name" = embed ] && main=actlab_simd_small
  if [ -n "$main" ]; then
    mkdir -p "$dir"
    cp "build/wasm/$main.wasm" "$dir/actlab_simd.wasm"
    sed "s/$main\.wasm/actlab_simd.wasm/g" "build/wasm/$main.mjs" >"$dir/actlab_simd.mjs"
    : >"$log"
  elif [ ! -f "$dir/build.ninja" ]; then
    emcmake cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DACTLAB_TESTS=OFF \
      -DACTLAB_EMBED_MODULE=OFF "-DACTLAB_SIMD_FLAGS=$flags" "-DACTLAB_SIMD_LINK_EXTRA=$link" >"$log" 2>&1 || ok=0
  fi
  [ "$ok" = 1 ] && [ -z "$main" ] && { cmake --build "$dir" --target actlab_simd -j "$jobs" >>"$log" 2>&1 || ok=0; }
  if [ "$ok" = 0 ] || [ ! -f "$dir/actlab_simd.wasm" ]; then
    err="$(grep -m1 -iE 'error|closure' "$log" | cut -c1-300 || true)"
    echo "   build failed: $err"
    node -e 'const [n,f,l,e]=process.argv.slice(1);require("fs").writeFileSync(`build/size/${n}.json`,JSON.stringify({trial:n,flags:f.split(";"),link:l,built:false,error:e},null,1)+"\n")' \
      "$name" "$flags" "$link" "$err"
    continue
  fi
  wasm="$dir/actlab_simd.wasm"
  mjs="$dir/actlab_simd.mjs"
  # The embed with this module (one self-contained actlab.js; the module variant is not needed).
  embed_out="$dir/embed"
  ACTLAB_EMBED_GLUE="$mjs" ACTLAB_EMBED_OUTDIR="$embed_out" \
    node_modules/.bin/vite build --config vite.embed.config.js --mode inline --logLevel warn >>"$log" 2>&1
  # An entry module for the benches: this trial's SIMD module, the main build's scalar one.
  cat >"$dir/entry.mjs" <<EOF
import { readFile } from 'node:fs/promises';
import { createOptions, makeActLab } from '../../../wasm/api.js';
import { createActLab as mainCreate } from '../../../wasm/node.js';
import factory from './actlab_simd.mjs';
let simd = null;
export async function createActLab(options) {
  if (createOptions(options).impl !== 'simd') return mainCreate(options);
  simd ??= factory({ wasmBinary: await readFile(new URL('./actlab_simd.wasm', import.meta.url)) }).then((M) =>
    makeActLab(M, 'simd'),
  );
  return simd;
}
EOF
  kjson="" njson=""
  if [ "$bench" = 1 ]; then
    kjson="$dir/kernel.json" njson="$dir/network.json"
    ACTLAB_BENCH_MODULE="$PWD/$dir/entry.mjs" node bench/bench.mjs --tfjs-kernel --quick --json "$kjson" >"$dir/kernel.txt" 2>&1 || true
    ACTLAB_BENCH_MODULE="$PWD/$dir/entry.mjs" node bench/network.mjs --quick --json "$njson" >"$dir/network.txt" 2>&1 || true
  fi
  node - "$name" "$flags" "$link" "$wasm" "$mjs" "$embed_out/actlab.js" "$kjson" "$njson" <<'EOF'
const fs = require('fs');
const zlib = require('zlib');
const [name, flags, link, wasm, mjs, embed, kjson, njson] = process.argv.slice(2);
const size = (f) => {
  if (!fs.existsSync(f)) return null;
  const b = fs.readFileSync(f);
  return { bytes: b.length, gzip9: zlib.gzipSync(b, { level: 9 }).length };
};
const read = (f) => (f && fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
const k = read(kjson);
const n = read(njson);
const out = {
  trial: name,
  flags: flags.split(';'),
  link,
  built: true,
  wasm: size(wasm),
  mjs: size(mjs),
  embed: { ...size(embed), budgetGzip: 250000 },
  kernel: k
    ? {
        otherLoad: k.tfjsKernel.otherLoad,
        simdOverTfjs: Object.fromEntries(k.tfjsKernel.rows.map((r) => [`${r.op} ${r.n}`, +r.ratio.toFixed(3)])),
        simdGElemPerS: Object.fromEntries(
          k.tfjsKernel.rows.map((r) => [`${r.op} ${r.n}`, +r.contenders.simd.gElemPerS.toFixed(3)]),
        ),
      }
    : null,
  network: n
    ? {
        otherLoad: n.meta?.otherLoadWhileTiming ?? null,
        results: (Array.isArray(n.results) ? n.results : []).map((r) => ({
          arch: r.arch,
          simdExamplesPerS: r.contenders?.simd?.examplesPerS ?? null,
          simdGridMs: r.contenders?.simd?.gridMs ?? null,
          ratios: r.ratios ?? null,
        })),
      }
    : null,
};
fs.writeFileSync(`build/size/${name}.json`, JSON.stringify(out, null, 1) + '\n');
EOF
done

# --closure 1: Debian's emscripten 3.1.6 ships no Closure Compiler (only its externs); a one-line
# program shows the error without building the whole core.
if [ "${#want[@]}" -eq 0 ] || [[ " ${want[*]} " == *" closure "* ]]; then
  echo "== trial closure: --closure 1 on a one-line program"
  tmp="$(mktemp -d)"
  echo 'int main() { return 0; }' >"$tmp/t.c"
  if err="$(emcc -O3 --closure 1 "$tmp/t.c" -o "$tmp/t.js" 2>&1)"; then err=""; else err="$(tail -1 <<<"$err")"; fi
  rm -rf "$tmp"
  echo "   ${err:-closure worked}" | head -3
  node -e 'require("fs").writeFileSync("build/size/closure.json",JSON.stringify({trial:"O3-closure",flags:["-O3"],link:"--closure 1",built:process.argv[1]==="",error:process.argv[1]},null,1)+"\n")' "$err"
fi

# Summary of every trial present.
node - <<'EOF'
const fs = require('fs');
const rows = fs
  .readdirSync('build/size')
  .filter((f) => f.endsWith('.json') && f !== 'summary.json')
  .map((f) => JSON.parse(fs.readFileSync(`build/size/${f}`, 'utf8')));
fs.writeFileSync('build/size/summary.json', JSON.stringify(rows, null, 1) + '\n');
const kb = (v) => (v == null ? '—' : (v / 1000).toFixed(1));
const geo = (o) => {
  const v = o ? Object.values(o).filter((x) => x > 0) : [];
  return v.length ? Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length).toFixed(2) : '—';
};
console.log('\ntrial        | wasm KB  gzip | mjs KB gzip | embed actlab.js gzip KB | kernel SIMD/tfjs (geomean, min)');
for (const r of rows) {
  if (!r.built) {
    console.log(`${r.trial.padEnd(12)} | not built: ${r.error}`);
    continue;
  }
  const ks = r.kernel ? Object.values(r.kernel.simdOverTfjs) : [];
  console.log(
    `${r.trial.padEnd(12)} | ${kb(r.wasm.bytes).padStart(6)} ${kb(r.wasm.gzip9).padStart(6)} | ${kb(r.mjs.bytes).padStart(5)} ${kb(r.mjs.gzip9).padStart(5)} | ${kb(r.embed.gzip9).padStart(8)} | ${geo(r.kernel?.simdOverTfjs)}  ${ks.length ? Math.min(...ks).toFixed(2) : '—'}`,
  );
}
EOF
