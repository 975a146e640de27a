#!/usr/bin/env node
// README's performance tables from ONE `npm run bench` run: reads build/bench/activations.json
// (bench/bench.mjs) and build/bench/network.json (bench/network.mjs), prints Markdown, ratios
// first, with the date, the machine and the load measured while timing.
//
//   node scripts/perf-table.mjs            # print
//   node scripts/perf-table.mjs --write    # also replace README.md between the perf markers
//
// scripts/bench.sh runs it (print only) after both benchmarks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BEGIN = '<!-- perf-table:begin (scripts/perf-table.mjs --write) -->';
const END = '<!-- perf-table:end -->';

const read = (f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'build/bench', f), 'utf8'));
const act = read('activations.json');
const net = read('network.json');

const x = (r) =>
  r == null || !Number.isFinite(Number(r)) ? '—' : `${Number(r) < 10 ? Number(r).toFixed(2) : Number(r).toFixed(1)}×`;
const num = (v, d = 2) => (v == null || !Number.isFinite(Number(v)) ? '—' : Number(v).toFixed(d));
const when = (iso) => iso.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
const load = (v) => (v == null ? '?' : Number(v).toFixed(2));
const machine = (m) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node.replace(/^v/, '')}`;

const KEY_NAMES = {
  js: 'plain JS',
  tfjs: 'tfjs-wasm',
  scalar: 'scalar WASM',
  tfjsKernel: 'tfjs-wasm, issue #12 configuration',
};

const lines = [];
const out = (s = '') => lines.push(s);

out(
  `Measured by one \`npm run bench\`: activations ${when(act.meta.date)} (other processes ` +
    `${load(act.meta.otherLoadWhileTiming)} cores while timing, ${load(act.tfjsKernel?.otherLoad)} in the ` +
    `tfjs-kernel section), network ${when(net.meta.date)} (${load(net.meta.otherLoadWhileTiming)} cores); ` +
    `${machine(act.meta)}; ${act.meta.config?.mode ?? ''} mode. Ratios = ActLab SIMD's speed ÷ the other's, medians of ` +
    'paired repetitions; absolute figures after them.',
);
out();

// 1. Issue #12's configuration: kernel only vs tfjs-wasm, each op alone.
const krows = act.tfjsKernel?.rows ?? [];
if (krows.length) {
  const sizes = [...new Set(krows.map((r) => r.n))].sort((a, b) => b - a);
  const label = (n) => (n >= 1e6 ? `${n / 1e6}e6` : `${Math.round(n / 1024)} K`);
  const runs = act.tfjsKernel?.config?.runs ?? 1;
  out(
    `**Kernel only vs tfjs-wasm 4.22** (resident buffers/tensor, each op alone, 2 s warm-up, 15 interleaved repetitions${
      runs > 1 ? `; ${runs} runs, the median run shown, every run's ratio in brackets` : ''
    }):`,
  );
  out();
  out(
    `| op | ${sizes.map((n) => `×tfjs ${label(n)}`).join(' | ')} | ${sizes.map((n) => `SIMD / tfjs G elem/s ${label(n)}`).join(' | ')} |`,
  );
  out(`| --- | ${sizes.map(() => '---').join(' | ')} | ${sizes.map(() => '---').join(' | ')} |`);
  for (const op of [...new Set(krows.map((r) => r.op))]) {
    const at = (n) => krows.find((r) => r.op === op && r.n === n);
    out(
      `| ${op} | ${sizes
        .map(
          (n) =>
            `${x(at(n)?.ratio)}${
              at(n)?.runRatios?.length > 1
                ? ` (${at(n)
                    .runRatios.map((v) => v.toFixed(2))
                    .join(', ')})`
                : ''
            }`,
        )
        .join(' | ')} | ${sizes
        .map((n) => `${num(at(n)?.contenders.simd.gElemPerS)} / ${num(at(n)?.contenders.tfjs.gElemPerS)}`)
        .join(' | ')} |`,
    );
  }
  out();
}

// 2. Every op, kernel only (the main interleaved run), 1 M floats, forward and derivative.
const big = Math.max(...act.results.map((r) => r.n));
const kern = act.results.filter((r) => r.mode === 'kernel' && r.n === big);
if (kern.length) {
  out(
    `**Every op, kernel only, ${big.toLocaleString('en')} floats** (all ops interleaved in each repetition; fwd / f′):`,
  );
  out();
  out('| op | ×tfjs-wasm | ×plain JS | ×scalar WASM | SIMD M elem/s |');
  out('| --- | --- | --- | --- | --- |');
  for (const op of [...new Set(kern.map((r) => r.op))]) {
    const f = kern.find((r) => r.op === op && r.dir === 'fwd');
    const b = kern.find((r) => r.op === op && r.dir === 'bwd');
    const pair = (k) => [f, b].map((r) => (r ? x(r.ratios?.[k]) : '—')).join(' / ');
    const rate = [f, b].map((r) => (r ? num(r.contenders.simd?.mElemPerS, 0) : '—')).join(' / ');
    out(`| ${op} | ${pair('tfjs')} | ${pair('js')} | ${pair('scalar')} | ${rate} |`);
  }
  out();
  const miss = (t) =>
    [
      t.kernel && !t.kernel.pass && `kernel ${x(t.kernel.ratio)}`,
      t.e2e && !t.e2e.pass && `end to end ${x(t.e2e.ratio)} at ${t.e2e.where}`,
    ]
      .filter(Boolean)
      .join(', ');
  const failed = act.targets.filter((t) => !t.pass).map((t) => `${t.op} vs ${KEY_NAMES[t.key] ?? t.key} (${miss(t)})`);
  out(
    `Activation targets (\`bench/README.md\`): ${act.targets.length - failed.length} of ${act.targets.length} pass${
      failed.length ? `; missed: ${failed.join('; ')}` : ''
    }.`,
  );
  out();
}

// 3. The tiny network vs the JS ports of TensorFlow Playground's algorithm.
out(
  `**Tiny network** (tanh, spiral ${net.task.data.points * net.task.data.trainFraction} training points, SGD lr ${net.task.learningRate}, batch ${net.task.batchSize}; ` +
    '"train+eval" = whole epochs incl. the train and test loss, as Playground\'s step computes them):',
);
out();
out(
  '| arch | ×flat JS train+eval | ×flat JS train only | ×nn.ts-style JS train+eval | ×flat JS 100×100 grid | SIMD M ex/s train+eval / train only | grid ms |',
);
out('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of net.results) {
  const s = r.contenders.simd;
  out(
    `| [${r.shape.join(',')}] | ${x(r.ratios.flat?.trainEval)} | ${x(r.ratios.flat?.trainOnly)} | ${x(r.ratios.nnts?.trainEval)} | ${x(
      r.ratios.flat?.grid,
    )} | ${num(s.examplesPerS / 1e6)} / ${num(s.trainOnlyExamplesPerS / 1e6)} | ${num(s.gridMs, 3)} |`,
  );
}
out();
const vf = net.targets.vsFlat;
if (vf)
  out(
    `Training ≥ ${vf.minRatio}× the flat-array JS port in all four cases: ${vf.pass ? 'PASS' : 'MISS'} (smallest ${x(vf.smallest)}).`,
  );

const table = lines.join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const readme = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    console.error(`README.md has no perf markers (${BEGIN} … ${END})`);
    process.exit(1);
  }
  fs.writeFileSync(readme, `${text.slice(0, a + BEGIN.length)}\n${table}\n${text.slice(b)}`);
  console.error('README.md: performance tables replaced');
}
