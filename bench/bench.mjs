// ActLab activation benchmark: ActLab SIMD vs ActLab scalar WASM vs plain JS vs tfjs-wasm.
//
//   node bench/bench.mjs [--quick] [--json PATH] [--only id,id,...]
//
// Legend: n = elements per call (1 M = 1<<20, 16 K = 1<<14); fwd = f(x), bwd = f'(x) (for
// softmax: Jᵀ·upstream); e2e = JS Float32Array in, new Float32Array out; kernel = data already
// in WASM memory (ActLab *Into on alloc'd buffers, tfjs op on an existing tensor).
// Prints the correctness check first (llm.c habit), then the interleaved timing, a table, the
// target check, and writes everything as JSON. See bench/README.md.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';

import { plainJs, softmaxJs, softmaxBackwardJs } from './plain-js.mjs';
import { ref, hasRef, softmaxRef, softmaxBackwardRef } from './reference.mjs';
import { loadTfjsWasm, tfjsOp } from './tfjs-wasm.mjs';
import { newStats, accumulate, countDiff, maxUlpBetween, BAD_REL } from './correctness.mjs';
import { cpuSnapshot, otherLoad, machineInfo, logLoadAtStart } from './machine.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Configuration

const { values: argv } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    'raw-malloc': { type: 'boolean', default: false },
    'tfjs-kernel': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (argv.help) {
  console.log('usage: node bench/bench.mjs [--quick] [--json PATH] [--only id,id,...] [--raw-malloc] [--tfjs-kernel]');
  process.exit(0);
}

// e2e calls allocate a fresh output array (4 MB at 1 M floats). With glibc's defaults such a
// block is mmap'd and unmapped on every call, and on this kind of VM faulting its pages in costs
// 2–3 ms per 4 MB with 10 ms outliers: that would swamp the e2e rows of every contender with
// the OS's page-fault cost, bimodally. Keeping freed blocks in the heap (no mmap, no trim)
// measures the steady state of a program that calls these APIs in a loop. The bench re-runs
// itself with these tunables unless --raw-malloc is given (or they are already set).
const MALLOC_TUNABLES = 'glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=1073741824';
if (
  process.platform === 'linux' &&
  !argv['raw-malloc'] &&
  !(process.env.GLIBC_TUNABLES || '').includes('mmap_threshold')
) {
  const env = {
    ...process.env,
    GLIBC_TUNABLES: [process.env.GLIBC_TUNABLES, MALLOC_TUNABLES].filter(Boolean).join(':'),
  };
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env },
  );
  process.exit(r.status ?? 1);
}

const CONFIG = argv.quick
  ? { mode: 'quick', sizes: [1 << 20], reps: 3, minSampleMs: 5, warmupMs: 10 }
  : { mode: 'full', sizes: [1 << 20, 1 << 14], reps: 7, minSampleMs: 20, warmupMs: 40 };
// "tfjs kernel" section (issue #12): ActLab SIMD vs tfjs-wasm alone, kernel only, one
// (op, size) at a time: 1e6 floats (not 1<<20) and 16 K, resident buffers/tensors, 2 s warm-up
// of both, 15 interleaved repetitions, medians. --quick shortens it (0.3 s, 5 reps).
const KCONFIG = argv.quick
  ? { sizes: [1_000_000, 16_384], reps: 5, warmupMs: 300, minSampleMs: 5, runs: 1 }
  : { sizes: [1_000_000, 16_384], reps: 15, warmupMs: 2000, minSampleMs: 20, runs: 3 };
const JSON_PATH = path.resolve(argv.json ?? path.join(ROOT, 'build/bench/activations.json'));
const ONLY = argv.only ? new Set(argv.only.split(',').map((s) => s.trim())) : null;

const CONTENDERS = ['simd', 'scalar', 'js', 'tfjs'];
const LABEL = { simd: 'SIMD', scalar: 'scalar', js: 'plainJS', tfjs: 'tfjs-wasm' };
/** Ops built on exp/tanh/erf, where SIMD math should pay off most: the catalogue's
 * test.transcendental flag (filled in once a module is loaded), plus softmax. */
const TRANSCENDENTAL = new Set(['softmax']);
const TARGETS = [
  { key: 'tfjs', min: 1.0, ops: null, text: 'SIMD ≥ 1.0× tfjs-wasm (every op tfjs has; forward)' },
  { key: 'js', min: 8.0, ops: TRANSCENDENTAL, text: 'SIMD ≥ 8× plain JS (exp/tanh/erf ops)' },
  { key: 'scalar', min: 3.0, ops: TRANSCENDENTAL, text: 'SIMD ≥ 3× scalar WASM (exp/tanh/erf ops)' },
];
const FALLBACK_IDS = Object.keys(plainJs);
const FALLBACK_DEFAULTS = {
  leaky_relu: { alpha: 0.01 },
  prelu: { alpha: 0.25 },
  elu: { alpha: 1 },
  swish: { beta: 1 },
  softplus: { beta: 1 },
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const now = () => performance.now();
const median = (a) => {
  const s = [...a].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sizeLabel = (n) => (n >= 1 << 20 ? `${n / (1 << 20)}M` : `${n / 1024}K`);
const fmtRate = (v) => (v == null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtRatio = (v) => (v == null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtE = (v) => (v === 0 ? '0' : v.toExponential(1));
const fmtUlp = (v) => (v < 10 ? v.toFixed(1) : v < 1e4 ? v.toFixed(0) : v.toExponential(0));
const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);
const log = (...a) => console.log(...a);
const progress = (s) => process.stderr.write(s);

/** mulberry32: a small seeded PRNG so inputs are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function uniform(n, lo, hi, seed) {
  const r = rng(seed);
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + (hi - lo) * r();
  return a;
}

// ---------------------------------------------------------------------------------------------
// Loading the contenders

async function loadActLab(impl) {
  try {
    const mod = await import(process.env.ACTLAB_BENCH_MODULE || 'actlab');
    const lab = await mod.createActLab({ impl });
    if (lab.impl !== impl) log(`warning: createActLab({impl:'${impl}'}) returned impl '${lab.impl}'`);
    return { lab };
  } catch (e) {
    return { error: e?.message ?? String(e) };
  }
}

function buildInfo() {
  const dir = path.join(ROOT, 'build/wasm');
  const out = {};
  for (const f of ['actlab_simd.wasm', 'actlab_scalar.wasm']) {
    try {
      const st = fs.statSync(path.join(dir, f));
      out[f] = { bytes: st.size, mtime: st.mtime.toISOString() };
    } catch {}
  }
  return out;
}

/** Parameters used for an op: ActLab's defaults (catalogue), else the golden file's defaults. */
function opParams(lab, id) {
  const spec = lab ? lab.info(id).params : null;
  const labDefaults = spec ? Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.default])) : {};
  const all = { ...(FALLBACK_DEFAULTS[id] || {}), ...labDefaults };
  return { labParams: spec ? labDefaults : FALLBACK_DEFAULTS[id] || {}, all };
}

function findGolden() {
  for (const p of [
    path.join(ROOT, 'tests/golden/activations.json'),
    path.join(ROOT, 'golden/activations.json'),
    path.join(ROOT, '../shared/golden/activations.json'),
  ]) {
    if (fs.existsSync(p)) {
      const g = JSON.parse(fs.readFileSync(p, 'utf8'));
      const num = (v) => (typeof v === 'string' ? Number(v) : v);
      g.x = g.x.map(num);
      for (const f of g.functions) {
        f.y = f.y.map(num);
        f.dy = f.dy.map(num);
      }
      for (const c of g.softmax) for (const k of ['logits', 'probs', 'upstream', 'grad_logits']) c[k] = c[k].map(num);
      return { path: p, golden: g };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Main

const meta = machineInfo();
log(`ActLab activation benchmark — ${CONFIG.mode} mode`);
log(`machine: ${meta.cpu}, ${meta.cores} cores, ${meta.platform}; node ${meta.node} (V8 ${meta.v8}); ${meta.date}`);
log(
  `malloc: ${meta.glibcTunables ? `GLIBC_TUNABLES=${meta.glibcTunables} (freed blocks reused; --raw-malloc for glibc defaults)` : 'glibc defaults (e2e rows include fresh-page faults)'}`,
);
await logLoadAtStart(meta, log);

const labs = {};
const labErrors = {};
for (const impl of ['simd', 'scalar']) {
  const r = await loadActLab(impl);
  if (r.lab) labs[impl] = r.lab;
  else labErrors[impl] = r.error;
}
for (const [impl, err] of Object.entries(labErrors)) log(`ActLab ${impl}: NOT LOADED (${err}) — run \`npm run build\``);
if (labs.simd || labs.scalar)
  log(
    `ActLab: ${Object.keys(labs)
      .map((k) => `${k} (impl=${labs[k].impl})`)
      .join(', ')}; build files ${JSON.stringify(buildInfo())}`,
  );

let tf = null;
let tfInfo = { error: null };
try {
  ({ tf, info: tfInfo } = await loadTfjsWasm());
  log(
    `tfjs-wasm: core ${tfInfo.tfjsCore}, backend-wasm ${tfInfo.tfjsBackendWasm}; binary ${tfInfo.binary} ` +
      `(SIMD ${tfInfo.simd ? 'yes' : 'NO'}, threads ${tfInfo.threads}); op call runs the kernel synchronously: ${tfInfo.syncOnOpCall ? 'verified' : 'NOT verified'}`,
  );
  if (!tfInfo.simd) log('warning: tfjs-wasm is not running its SIMD binary; its numbers understate it');
} catch (e) {
  tfInfo = { error: e?.message ?? String(e) };
  log(`tfjs-wasm: NOT LOADED (${tfInfo.error})`);
}

const anyLab = labs.simd || labs.scalar;
for (const a of anyLab?.activations ?? []) if (a.test.transcendental) TRANSCENDENTAL.add(a.id);
let ids = anyLab ? anyLab.activations.map((a) => a.id) : FALLBACK_IDS;
ids = ids.filter((id) => id !== 'softmax'); // softmax has its own API and is added below
const ops = [];
for (const id of ids) {
  const { labParams, all } = opParams(anyLab, id);
  const names = Object.keys(labParams);
  const supported = plainJs[id] ? plainJs[id].params : [];
  const understood = names.every((k) => supported.includes(k)) && hasRef(id);
  if (!understood) log(`note: no plain-JS/reference formula for ${id} with params {${names}}: SIMD vs scalar only`);
  ops.push({
    id,
    kind: 'act',
    callParams: names.length ? labParams : undefined,
    params: all,
    js: understood ? plainJs[id] : null,
    ref: understood,
    tfjs: tf && understood ? tfjsOp(tf, id, all) : null,
  });
}
ops.push({
  id: 'softmax',
  kind: 'softmax',
  callParams: undefined,
  params: {},
  js: true,
  ref: true,
  tfjs: tf ? tfjsOp(tf, 'softmax', {}) : null,
});
const OPS = ONLY ? ops.filter((o) => ONLY.has(o.id)) : ops;

// ---------------------------------------------------------------------------------------------
// Correctness (before any timing)

function correctness() {
  const found = findGolden();
  const dense = uniform(100003, -20, 20, 12345); // odd length: exercises every tail path
  log('');
  log('== Correctness (before timing) ==');
  log(
    `reference: ${found ? `golden vectors ${path.relative(ROOT, found.path)} (mpmath, ${found.golden.x.length} inputs incl. ±0, subnormals, ±1e30, ±3.4e38, ±Inf, NaN)` : 'no golden file found'}` +
      ` + float64 JS reference on ${dense.length} uniform inputs in [-20,20]; softmax: golden cases + 4099 logits in [-10,10]`,
  );
  log(
    `cells: "abs ulp" = max |y − ref| (|x| ≤ 20) and max error in float32 ulps of the reference (where |ref| ≥ 1e-6; smaller values: "tail" in JSON and below).`,
  );
  log(
    `BAD = |y − ref| > ${BAD_REL}·max(1, |ref|) on a finite input, or a non-finite y there (softmax: scaled by its output size).`,
  );
  log(
    `"~scal" = SIMD vs scalar build, max ulp apart (same inputs). "into" = *Into (out-of-place and in place) differs from forward()/derivative() in N elements. "spec" = special-value mismatches (NaN, ±Inf, limits) SIMD/scalar.`,
  );
  const present = CONTENDERS.filter((c) => (c === 'tfjs' ? tf : c === 'js' ? true : labs[c]));
  log(
    `${pad('op', 11)} ${pad('dir', 5)}${present.map((c) => lpad(LABEL[c], 17)).join('')} ${lpad('~scal', 7)} ${lpad('into', 5)} ${lpad('spec', 6)}`,
  );

  const rows = [];
  let failures = 0;
  const problems = [];

  for (const op of OPS) {
    for (const dir of ['fwd', 'bwd']) {
      const row = { op: op.id, dir, contenders: {}, simdVsScalarUlp: null, intoDiff: null };
      const outputs = {};
      // Elementwise ops: golden points + dense sample.
      if (op.kind === 'act') {
        const g = found?.golden.functions.find((f) => f.id === op.id && sameParams(f.params, op.params));
        const gx = g ? Float32Array.from(found.golden.x) : null;
        const sets = [];
        if (g) sets.push({ label: 'golden', x: gx, ref: dir === 'fwd' ? g.y : g.dy });
        if (op.ref)
          sets.push({ label: 'dense', x: dense, ref: Array.from(dense, (v) => ref(op.id, dir, v, op.params)) });
        for (const c of present) {
          if (c === 'tfjs' && (dir === 'bwd' || !op.tfjs)) continue;
          if (c === 'js' && !op.js) continue;
          const st = newStats();
          outputs[c] = [];
          for (const s of sets) {
            const y = runOnce(c, op, dir, s.x);
            outputs[c].push(y);
            accumulate(st, s.x, y, s.ref, { label: s.label });
          }
          if (!sets.length) outputs[c].push(runOnce(c, op, dir, dense));
          row.contenders[c] = st;
        }
        if (labs.simd && labs.scalar) {
          const a = runOnce('simd', op, dir, dense);
          const b = runOnce('scalar', op, dir, dense);
          row.simdVsScalarUlp = Math.max(
            maxUlpBetween(a, b),
            gx ? maxUlpBetween(runOnce('simd', op, dir, gx), runOnce('scalar', op, dir, gx)) : 0,
          );
        }
        row.intoDiff = intoCheck(op, dir, dense);
      } else {
        // softmax: golden cases (scale = max |ref| per case) + one dense case.
        const cases = [];
        if (found)
          for (const gc of found.golden.softmax)
            cases.push({
              label: 'golden',
              logits: Float32Array.from(gc.logits),
              T: gc.temperature,
              up: Float32Array.from(gc.upstream),
              ref: dir === 'fwd' ? gc.probs : gc.grad_logits,
            });
        const dl = uniform(4099, -10, 10, 777);
        const du = uniform(4099, -1, 1, 778);
        cases.push({
          label: 'dense',
          logits: dl,
          T: 1,
          up: du,
          ref: dir === 'fwd' ? softmaxRef(dl, 1) : softmaxBackwardRef(dl, du, 1),
        });
        for (const k of cases) {
          const maxAbs = (a) => a.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
          const pmax = maxAbs(softmaxRef(k.logits, k.T));
          k.scale = dir === 'fwd' ? pmax : Math.max(maxAbs(k.ref), (maxAbs(k.up) * pmax) / k.T);
        }
        for (const c of present) {
          if (c === 'tfjs' && (dir === 'bwd' || !op.tfjs)) continue;
          const st = newStats();
          for (const k of cases) {
            if (c === 'tfjs' && k.T !== 1) continue;
            const y = runSoftmaxOnce(c, dir, k.logits, k.up, k.T);
            accumulate(st, k.logits, y, k.ref, { scale: k.scale, label: k.label, absDomain: Infinity });
          }
          row.contenders[c] = st;
        }
        if (labs.simd && labs.scalar) {
          row.simdVsScalarUlp = Math.max(
            ...cases.map((k) =>
              maxUlpBetween(
                runSoftmaxOnce('simd', dir, k.logits, k.up, k.T),
                runSoftmaxOnce('scalar', dir, k.logits, k.up, k.T),
              ),
            ),
          );
        }
        if (dir === 'fwd') row.intoDiff = intoCheck(op, dir, dl);
      }

      // Print the row.
      const cells = present.map((c) => {
        const st = row.contenders[c];
        if (!st) return lpad('—', 17);
        const bad = st.bad ? ' BAD' : '';
        return lpad(`${fmtE(st.maxAbs)} ${fmtUlp(st.maxUlp)}${bad}`, 17);
      });
      const spec = ['simd', 'scalar'].map((c) => (row.contenders[c] ? row.contenders[c].special : '-')).join('/');
      log(
        `${pad(op.id, 11)} ${pad(dir, 4)}${cells.join('')} ${lpad(row.simdVsScalarUlp == null ? '—' : fmtUlp(row.simdVsScalarUlp), 7)} ${lpad(row.intoDiff == null ? '—' : row.intoDiff, 5)} ${lpad(spec, 6)}`,
      );
      for (const c of present) {
        const st = row.contenders[c];
        if (!st) continue;
        const isLab = c === 'simd' || c === 'scalar';
        if (st.bad && isLab) failures++;
        if (st.bad)
          problems.push(`  ${LABEL[c]} ${op.id} ${dir}: ${st.bad} BAD, e.g. ${st.badExamples.map(fmtEx).join('; ')}`);
        if (st.special && c !== 'js')
          problems.push(
            `  ${LABEL[c]} ${op.id} ${dir}: ${st.special} special-value mismatch(es), e.g. ${st.specialExamples.map(fmtEx).join('; ')}`,
          );
      }
      if (row.intoDiff) {
        failures++;
        problems.push(`  ${op.id} ${dir}: *Into result differs from the allocating call in ${row.intoDiff} element(s)`);
      }
      rows.push(row);
    }
  }
  // Worst points of the ActLab builds, for whoever tunes the kernels.
  const worst = [];
  for (const r of rows)
    for (const c of ['simd', 'scalar']) {
      const st = r.contenders[c];
      if (st?.worst && st.maxUlp >= 4)
        worst.push(
          `  ${LABEL[c]} ${r.op} ${r.dir}: ${fmtUlp(st.maxUlp)} ulp (abs ${fmtE(Math.abs(st.worst.got - st.worst.want))}) at ${fmtEx(st.worst)}`,
        );
      if (st?.tailWorst && st.tailRel >= 1e-3)
        worst.push(
          `  ${LABEL[c]} ${r.op} ${r.dir}: tail (|ref| < 1e-6) rel. error ${st.tailRel.toPrecision(2)} at ${fmtEx(st.tailWorst)}`,
        );
    }
  if (worst.length) {
    log('worst points of the ActLab builds (≥ 4 ulp, or tail rel. error ≥ 1e-3):');
    for (const w of worst) log(w);
  }
  if (problems.length) {
    log('problems:');
    for (const p of problems) log(p);
  }
  log(failures ? `correctness: ${failures} FAILURE(S) in ActLab results` : 'correctness: no BAD result from ActLab');
  return {
    reference: found ? path.relative(ROOT, found.path) : 'float64 JS reference only',
    badRel: BAD_REL,
    rows,
    failures,
    problems,
  };
}

function sameParams(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys)
    if (a[k] === undefined || b[k] === undefined || Math.fround(a[k]) !== Math.fround(b[k])) return false;
  return true;
}
function fmtEx(e) {
  const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? +v.toPrecision(7) : String(v));
  return `x=${n(e.x)} got ${n(e.got)} want ${n(e.want)}${e.set ? ` [${e.set}]` : ''}`;
}

/** One allocating call of contender c on op/dir for input x. */
function runOnce(c, op, dir, x) {
  if (c === 'simd' || c === 'scalar') {
    const lab = labs[c];
    return dir === 'fwd' ? lab.forward(op.id, x, op.callParams) : lab.derivative(op.id, x, op.callParams);
  }
  if (c === 'js') return op.js[dir](x, new Float32Array(x.length), op.params);
  if (c === 'tfjs') {
    const t = tf.tensor1d(x);
    const y = op.tfjs.run(t);
    const d = y.dataSync();
    t.dispose();
    y.dispose();
    return d;
  }
  throw new Error(c);
}
function runSoftmaxOnce(c, dir, x, up, T) {
  if (c === 'simd' || c === 'scalar') {
    const lab = labs[c];
    return dir === 'fwd' ? lab.softmax(x, T) : lab.softmaxBackward(x, up, T);
  }
  if (c === 'js')
    return dir === 'fwd'
      ? softmaxJs(x, new Float32Array(x.length), T)
      : softmaxBackwardJs(x, up, new Float32Array(x.length), T);
  if (c === 'tfjs') {
    const t = tf.tensor1d(x);
    const y = tf.softmax(t);
    const d = y.dataSync();
    t.dispose();
    y.dispose();
    return d;
  }
  throw new Error(c);
}
/** *Into vs the allocating call, out of place and in place, both builds: differing elements. */
function intoCheck(op, dir, x) {
  let diff = 0;
  for (const c of ['simd', 'scalar']) {
    const lab = labs[c];
    if (!lab) continue;
    const want = op.kind === 'softmax' ? lab.softmax(x) : runOnce(c, op, dir, x);
    const a = lab.alloc(x.length);
    const b = lab.alloc(x.length);
    try {
      const into = (i, o) =>
        op.kind === 'softmax'
          ? lab.softmaxInto(i, o)
          : dir === 'fwd'
            ? lab.forwardInto(op.id, i, o, op.callParams)
            : lab.derivativeInto(op.id, i, o, op.callParams);
      a.view.set(x);
      into(a, b);
      diff += countDiff(b.view, want);
      into(a, a); // in place
      diff += countDiff(a.view, want);
    } finally {
      a.free();
      b.free();
    }
  }
  return labs.simd || labs.scalar ? diff : null;
}

// ---------------------------------------------------------------------------------------------
// Timing

/** Builds every (op, dir, mode, n) case with a zero-argument function per contender. */
function buildCases() {
  const cases = [];
  const cleanups = [];
  /** Input and output buffers in each loaded ActLab build, the input holding `data`. */
  const wasmBuffers = (data) => {
    const bufs = {};
    for (const c of ['simd', 'scalar']) {
      if (!labs[c]) continue;
      const i = labs[c].alloc(data.length);
      const o = labs[c].alloc(data.length);
      i.view.set(data);
      bufs[c] = { i, o };
      cleanups.push(() => (i.free(), o.free()));
    }
    return bufs;
  };
  const tensor = (data) => {
    const t = tf ? tf.keep(tf.tensor1d(data)) : null;
    if (t) cleanups.push(() => t.dispose());
    return t;
  };
  for (const n of CONFIG.sizes) {
    const x = uniform(n, -10, 10, 1000 + n);
    const up = uniform(n, -1, 1, 2000 + n);
    const bufs = wasmBuffers(x);
    const xt = tensor(x);
    const jsOut = new Float32Array(n);

    for (const op of OPS) {
      for (const dir of ['fwd', 'bwd']) {
        for (const mode of ['e2e', 'kernel']) {
          const fns = {};
          for (const c of ['simd', 'scalar']) {
            const lab = labs[c];
            if (!lab) continue;
            const { i, o } = bufs[c];
            const id = op.id;
            const p = op.callParams;
            if (op.kind === 'softmax') {
              if (mode === 'e2e') fns[c] = dir === 'fwd' ? () => lab.softmax(x) : () => lab.softmaxBackward(x, up);
              else if (dir === 'fwd') fns[c] = () => lab.softmaxInto(i, o);
              // softmax backward has no zero-copy variant in the API: kernel mode n/a.
            } else if (mode === 'e2e') {
              fns[c] = dir === 'fwd' ? () => lab.forward(id, x, p) : () => lab.derivative(id, x, p);
            } else {
              fns[c] = dir === 'fwd' ? () => lab.forwardInto(id, i, o, p) : () => lab.derivativeInto(id, i, o, p);
            }
          }
          if (op.js) {
            if (op.kind === 'softmax') {
              if (mode === 'e2e')
                fns.js =
                  dir === 'fwd'
                    ? () => softmaxJs(x, new Float32Array(n))
                    : () => softmaxBackwardJs(x, up, new Float32Array(n));
              else if (dir === 'fwd') fns.js = () => softmaxJs(x, jsOut);
            } else {
              const f = op.js[dir];
              const p = op.params;
              fns.js = mode === 'e2e' ? () => f(x, new Float32Array(n), p) : () => f(x, jsOut, p);
            }
          }
          if (op.tfjs && dir === 'fwd') {
            const run = op.tfjs.run;
            fns.tfjs =
              mode === 'e2e'
                ? () => {
                    const t = tf.tensor1d(x);
                    const y = run(t);
                    const d = y.dataSync();
                    t.dispose();
                    y.dispose();
                    return d;
                  }
                : () => run(xt).dispose();
          }
          if (Object.keys(fns).length) cases.push({ op: op.id, dir, mode, n, fns, iters: {}, samples: {} });
        }
      }
      if (op.kind === 'softmax') {
        // Informational rows, not targets (kernel mode): logits far from 0 (1000 ± 10), where
        // ActLab's softmax shifts its window by the sampled max (exact by Sterbenz), and logits
        // in [90, 150], which take its general path (a max scan, then an exact l − max).
        for (const [dir, lo, hi] of [
          ['wide', 990, 1010],
          ['gen', 90, 150],
        ]) {
          const xw = uniform(n, lo, hi, 3000 + n + lo);
          const fns = {};
          for (const [c, { i, o }] of Object.entries(wasmBuffers(xw))) fns[c] = () => labs[c].softmaxInto(i, o);
          fns.js = () => softmaxJs(xw, jsOut);
          const tw = op.tfjs ? tensor(xw) : null;
          if (tw) fns.tfjs = () => op.tfjs.run(tw).dispose();
          cases.push({ op: op.id, dir, mode: 'kernel', n, fns, iters: {}, samples: {}, info: true });
        }
      }
    }
  }
  return { cases, cleanup: () => cleanups.forEach((f) => f()) };
}

let sink = null;
let timingLoad = null;
function timeBatch(fn, k) {
  const t0 = now();
  for (let i = 0; i < k; i++) sink = fn();
  return (now() - t0) / k;
}

/** Warm up fn (≥ warmupMs and ≥ 3 calls), then pick inner iterations so a sample ≥ minSampleMs. */
function calibrate(fn) {
  let calls = 0;
  let last = Infinity;
  const t0 = now();
  do {
    const t = now();
    sink = fn();
    last = Math.min(last, now() - t);
    calls++;
  } while (now() - t0 < CONFIG.warmupMs || calls < 3);
  if (last >= CONFIG.minSampleMs) return 1; // a single call already makes a long enough sample
  const k0 = Math.max(1, Math.ceil(CONFIG.minSampleMs / 4 / last));
  const per = timeBatch(fn, k0);
  return Math.max(1, Math.ceil(CONFIG.minSampleMs / Math.max(per, 1e-6)));
}

function runTiming(cases) {
  log('');
  log(
    `== Timing == sizes ${CONFIG.sizes.map(sizeLabel).join(', ')}; ${CONFIG.reps} repetitions, contenders interleaved in rotating order; samples ≥ ${CONFIG.minSampleMs} ms; medians`,
  );
  // V8 runs WASM (and JS) in a baseline tier first and optimizes hot functions later; a case
  // measured before that would time the baseline code. Every contender runs in rounds until
  // 1.5 s have passed (one round at least), so each has been optimized before calibration.
  const tw = now();
  do for (const c of cases) for (const fn of Object.values(c.fns)) fn();
  while (now() - tw < 1500);
  const tc = now();
  let estMs = 0;
  progress(`warm-up ${((tc - tw) / 1000).toFixed(1)} s; calibrating ${cases.length} cases `);
  for (const [ci, c] of cases.entries()) {
    for (const [name, fn] of Object.entries(c.fns)) {
      c.iters[name] = calibrate(fn);
      c.samples[name] = [];
      estMs += CONFIG.minSampleMs * CONFIG.reps;
    }
    if (ci % 10 === 9) progress('.');
  }
  progress(` ${((now() - tc) / 1000).toFixed(1)} s; ≈ ${(estMs / 1000).toFixed(0)} s to go\n`);
  const t1 = now();
  const cpu0 = cpuSnapshot();
  for (let r = 0; r < CONFIG.reps; r++) {
    progress(`rep ${r + 1}/${CONFIG.reps} `);
    for (const [ci, c] of cases.entries()) {
      const names = Object.keys(c.fns);
      const rot = (r + ci) % names.length;
      for (const name of [...names.slice(rot), ...names.slice(0, rot)])
        c.samples[name].push(timeBatch(c.fns[name], c.iters[name]));
    }
    progress(`${((now() - t1) / 1000).toFixed(1)} s\n`);
  }
  const other = otherLoad(cpu0, cpuSnapshot());
  timingLoad = other == null ? null : +other.toFixed(2);
  log(
    `other processes used ${other == null ? '?' : other.toFixed(2)} cores on average while timing${other > 0.15 ? ' — WARNING: numbers skewed by a busy machine' : ''}`,
  );
  for (const c of cases) {
    c.result = {};
    for (const name of Object.keys(c.fns)) {
      const med = median(c.samples[name]);
      c.result[name] = {
        medianMs: med,
        mElemPerS: c.n / med / 1e3,
        minMs: Math.min(...c.samples[name]),
        iters: c.iters[name],
        samplesMs: c.samples[name],
      };
    }
    const s = c.result.simd?.medianMs;
    c.ratios = {};
    // Paired: within one repetition the contenders of a case run back to back, so the ratio of
    // their samples there is immune to the machine's speed drifting between repetitions.
    for (const other of ['tfjs', 'js', 'scalar']) {
      c.ratios[other] = s && c.result[other] ? median(c.samples[other].map((t, r) => t / c.samples.simd[r])) : null;
    }
  }
}

function printTable(cases) {
  log('');
  log('M elements/s (median); ratios = SIMD speed / other speed');
  const head = `${pad('op', 11)} ${pad('dir', 5)}${pad('mode', 7)}${lpad('size', 4)} |${['simd', 'scalar', 'js', 'tfjs'].map((c) => lpad(LABEL[c], 10)).join('')} |${['S/tfjs', 'S/JS', 'S/scalar'].map((h) => lpad(h, 9)).join('')}`;
  log(head);
  log('-'.repeat(head.length));
  let last = null;
  for (const op of OPS) {
    for (const c of cases.filter((k) => k.op === op.id).sort(caseOrder)) {
      if (last && last !== c.op) log('');
      last = c.op;
      const rates = ['simd', 'scalar', 'js', 'tfjs'].map((k) => lpad(fmtRate(c.result[k]?.mElemPerS), 10)).join('');
      const ratios = ['tfjs', 'js', 'scalar'].map((k) => lpad(fmtRatio(c.ratios[k]), 9)).join('');
      log(`${pad(c.op, 11)} ${pad(c.dir, 5)}${pad(c.mode, 7)}${lpad(sizeLabel(c.n), 4)} |${rates} |${ratios}`);
    }
  }
}
function caseOrder(a, b) {
  const o = (k) =>
    ({ fwd: 0, bwd: 4, wide: 8, gen: 12 })[k.dir] + (k.mode === 'kernel' ? 0 : 2) + (k.n >= 1 << 20 ? 0 : 1);
  return o(a) - o(b);
}

function checkTargets(cases) {
  log('');
  log('== Targets == (per op: smallest ratio over directions × sizes, kernel and e2e apart; worst case in brackets)');
  const out = [];
  for (const t of TARGETS) {
    log(t.text);
    for (const op of OPS) {
      if (t.ops && !t.ops.has(op.id)) continue;
      const rel = cases.filter((c) => c.op === op.id && !c.info && c.ratios[t.key] != null);
      if (!rel.length) {
        if (t.key !== 'tfjs' || op.tfjs) log(`  ${pad(op.id, 11)} n/a (no data)`);
        continue;
      }
      const worstOf = (mode) => {
        const rs = rel.filter((c) => c.mode === mode);
        if (!rs.length) return null;
        const w = rs.reduce((a, b) => (b.ratios[t.key] < a.ratios[t.key] ? b : a));
        return { ratio: w.ratios[t.key], where: `${w.dir} ${sizeLabel(w.n)}`, pass: w.ratios[t.key] >= t.min };
      };
      const k = worstOf('kernel');
      const e = worstOf('e2e');
      const cell = (name, w) =>
        w
          ? `${name} ${lpad(fmtRatio(w.ratio), 5)}× ${pad(`[${w.where}]`, 9)} ${w.pass ? 'PASS' : 'MISS'}`
          : `${name} ${pad('     —', 21)}`;
      log(`  ${pad(op.id, 11)} ${cell('kernel', k)}   ${cell('e2e', e)}`);
      out.push({
        target: t.text,
        key: t.key,
        min: t.min,
        op: op.id,
        kernel: k,
        e2e: e,
        pass: [k, e].every((w) => !w || w.pass),
      });
    }
  }
  for (const mode of ['kernel', 'e2e']) {
    const rows = out.filter((o) => o[mode]);
    const miss = rows.filter((o) => !o[mode].pass);
    log(
      `targets, ${pad(mode + ':', 7)} ${rows.length - miss.length}/${rows.length} PASS${miss.length ? `; MISS: ${miss.map((m) => `${m.op} vs ${LABEL[m.key]} (${fmtRatio(m[mode].ratio)}×)`).join(', ')}` : ''}`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// tfjs kernel section (issue #12): ActLab SIMD `forwardInto` / `softmaxInto` on resident WASM
// buffers vs tfjs-wasm `op(t).dispose()` on a resident tensor, nothing else running in between.
// The main timing interleaves every case of every op in each repetition, so the caches hold a
// mix of buffers there; here one (op, size) pair is measured on its own, as a user comparing the
// two libraries would: 2 s of warm-up alternating both, then 15 repetitions in alternating
// order, each a sample of k calls (k chosen so a sample takes ≥ 20 ms), medians and paired ratio;
// three such runs, as issue #12 measured (the row: the median run, every run's ratio printed).

function tfjsKernelSection() {
  const lab = labs.simd;
  const ops = OPS.filter((o) => o.tfjs);
  if (!lab || !tf || !ops.length) {
    log('\n(tfjs kernel section skipped: needs ActLab SIMD and tfjs-wasm)');
    return [];
  }
  log('');
  log(
    `== Kernel only vs tfjs-wasm (issue #12 configuration) == sizes ${KCONFIG.sizes.map((n) => n.toLocaleString('en')).join(', ')} floats; ` +
      `per (op, size) alone, ${KCONFIG.runs} run(s) of: ${KCONFIG.warmupMs / 1000} s warm-up of both, ${KCONFIG.reps} interleaved repetitions, samples ≥ ${KCONFIG.minSampleMs} ms; median of the runs' medians`,
  );
  log(
    `${pad('op', 11)} ${lpad('n', 9)} | ${lpad('SIMD/tfjs', 9)} | ${lpad('SIMD G/s', 9)} ${lpad('tfjs G/s', 9)} | ${lpad('min..max ratio', 14)} | ${KCONFIG.runs > 1 ? `each of ${KCONFIG.runs} runs` : 'run'}`,
  );
  const rows = [];
  const cpu0 = cpuSnapshot();
  for (const op of ops) {
    for (const n of KCONFIG.sizes) {
      const x = uniform(n, -10, 10, 4000 + n);
      const i = lab.alloc(n);
      const o = lab.alloc(n);
      const t = tf.keep(tf.tensor1d(x));
      try {
        i.view.set(x);
        const p = op.callParams;
        const fns = {
          simd: op.kind === 'softmax' ? () => lab.softmaxInto(i, o) : () => lab.forwardInto(op.id, i, o, p),
          tfjs: () => op.tfjs.run(t).dispose(),
        };
        // the issue's method: `runs` runs, each a warm-up then `reps` interleaved repetitions;
        // the row's ratio is the median of the runs' median ratios (every run's is kept)
        const runs = [];
        const samples = { simd: [], tfjs: [] };
        const iters = {};
        const ratios = [];
        for (let run = 0; run < KCONFIG.runs; run++) {
          const tw = now();
          do {
            fns.simd();
            fns.tfjs();
          } while (now() - tw < KCONFIG.warmupMs);
          // calls per sample: calibrated once, after the first warm-up, and kept for every run
          if (run === 0)
            for (const [c, fn] of Object.entries(fns)) {
              let best = Infinity;
              for (let k = 0; k < 3; k++) best = Math.min(best, timeBatch(fn, 1));
              iters[c] = Math.max(1, Math.ceil(KCONFIG.minSampleMs / Math.max(best, 1e-6)));
            }
          const mine = { simd: [], tfjs: [] };
          for (let r = 0; r < KCONFIG.reps; r++) {
            for (const c of r % 2 ? ['tfjs', 'simd'] : ['simd', 'tfjs']) mine[c].push(timeBatch(fns[c], iters[c]));
          }
          const rr = mine.simd.map((v, r) => mine.tfjs[r] / v);
          runs.push(median(rr));
          ratios.push(...rr);
          samples.simd.push(...mine.simd);
          samples.tfjs.push(...mine.tfjs);
        }
        const row = {
          op: op.id,
          n,
          ratio: median(runs),
          runRatios: runs,
          ratioRange: [Math.min(...ratios), Math.max(...ratios)],
          contenders: Object.fromEntries(
            ['simd', 'tfjs'].map((c) => [
              c,
              {
                medianMs: median(samples[c]),
                gElemPerS: n / median(samples[c]) / 1e6,
                iters: iters[c],
                samplesMs: samples[c],
              },
            ]),
          ),
        };
        rows.push(row);
        log(
          `${pad(op.id, 11)} ${lpad(n.toLocaleString('en'), 9)} | ${lpad(fmtRatio(row.ratio) + '×', 9)} | ${lpad(row.contenders.simd.gElemPerS.toFixed(2), 9)} ${lpad(row.contenders.tfjs.gElemPerS.toFixed(2), 9)} | ${lpad(`${fmtRatio(row.ratioRange[0])}..${fmtRatio(row.ratioRange[1])}`, 14)} | ${runs.map((v) => fmtRatio(v)).join(' ')}`,
        );
      } finally {
        t.dispose();
        i.free();
        o.free();
      }
    }
  }
  const other = otherLoad(cpu0, cpuSnapshot());
  log(
    `other processes used ${other == null ? '?' : other.toFixed(2)} cores on average during this section${other > 0.15 ? ' — WARNING: numbers skewed by a busy machine' : ''}`,
  );
  tfjsKernelLoad = other == null ? null : +other.toFixed(2);
  return rows;
}
let tfjsKernelLoad = null;

function checkKernelTargets(rows) {
  const text = 'SIMD ≥ 1.0× tfjs-wasm, kernel only, issue #12 configuration (1e6 and 16 K floats, each op alone)';
  log(text);
  const out = [];
  for (const id of [...new Set(rows.map((r) => r.op))]) {
    const w = rows.filter((r) => r.op === id).reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const pass = w.ratio >= 1.0;
    log(
      `  ${pad(id, 11)} kernel ${lpad(fmtRatio(w.ratio), 5)}× ${pad(`[${w.n.toLocaleString('en')}]`, 11)} ${pass ? 'PASS' : 'MISS'}`,
    );
    out.push({
      target: text,
      key: 'tfjsKernel',
      min: 1.0,
      op: id,
      kernel: { ratio: w.ratio, where: `fwd ${w.n}`, pass },
      pass,
    });
  }
  const miss = out.filter((o) => !o.pass);
  log(
    `targets, issue #12: ${out.length - miss.length}/${out.length} PASS${miss.length ? `; MISS: ${miss.map((m) => `${m.op} (${fmtRatio(m.kernel.ratio)}×)`).join(', ')}` : ''}`,
  );
  return out;
}

// ---------------------------------------------------------------------------------------------

const corr = correctness();
// --tfjs-kernel: correctness, then only the issue #12 section (for kernel work).
const { cases, cleanup } = argv['tfjs-kernel'] ? { cases: [], cleanup: () => {} } : buildCases();
const tStart = now();
if (cases.length) {
  runTiming(cases);
  cleanup();
  printTable(cases);
}
const tfjsKernel = tfjsKernelSection();
for (const op of OPS) op.tfjs?.dispose?.();
const targets = !(anyLab && labs.simd)
  ? (log('\n(targets skipped: ActLab SIMD build not loaded)'), [])
  : cases.length
    ? checkTargets(cases)
    : (log('\n== Targets =='), []);
if (tfjsKernel.length) targets.push(...checkKernelTargets(tfjsKernel));

const report = {
  meta: {
    ...meta,
    config: CONFIG,
    only: ONLY ? [...ONLY] : null,
    timingSeconds: +((now() - tStart) / 1000).toFixed(1),
    otherLoadWhileTiming: timingLoad,
  },
  actlab: { loaded: Object.keys(labs), errors: labErrors, build: buildInfo() },
  tfjs: tfInfo,
  ops: OPS.map((o) => ({ id: o.id, params: o.callParams ?? {}, plainJs: !!o.js, tfjs: !!o.tfjs })),
  correctness: {
    ...corr,
    rows: corr.rows.map((r) => ({
      ...r,
      contenders: Object.fromEntries(
        Object.entries(r.contenders).map(([k, st]) => [
          k,
          {
            n: st.n,
            maxAbs: st.maxAbs,
            maxUlp: st.maxUlp,
            worst: st.worst,
            tailRel: st.tailRel,
            tailWorst: st.tailWorst,
            bad: st.bad,
            special: st.special,
            badExamples: st.badExamples,
            specialExamples: st.specialExamples,
          },
        ]),
      ),
    })),
  },
  results: cases.map((c) => ({ op: c.op, dir: c.dir, mode: c.mode, n: c.n, contenders: c.result, ratios: c.ratios })),
  tfjsKernel: { config: KCONFIG, otherLoad: tfjsKernelLoad, rows: tfjsKernel },
  targets,
};
fs.mkdirSync(path.dirname(JSON_PATH), { recursive: true });
fs.writeFileSync(
  JSON_PATH,
  JSON.stringify(report, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 1),
);
log(`\nwrote ${path.relative(process.cwd(), JSON_PATH) || JSON_PATH}`);

const missing = ['simd', 'scalar'].filter((k) => !labs[k]);
if (corr.failures) {
  log(`exit 1: ActLab correctness failures (see "problems" above)`);
  process.exitCode = 1;
} else if (missing.length) {
  log(`exit 1: ActLab build(s) not loaded: ${missing.join(', ')}`);
  process.exitCode = 1;
}
