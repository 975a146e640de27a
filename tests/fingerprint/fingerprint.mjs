// fingerprint (WASM): the same cases as fingerprint.cpp through the JS API, plus a rendered
// boundary. Usage: node tests/fingerprint/fingerprint.mjs [repo root] (default: this repo).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const { createActLab } = await import(root + '/wasm/node.js');
const lab = await createActLab();
const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
const hex = (v) => {
  const f = new Float32Array([v]);
  return v === null ? 'null' : new Uint32Array(f.buffer)[0].toString(16);
};
for (const c of cases) {
  const d = lab.makeDataset(c.data);
  const n = lab.createNetwork(c.config);
  n.setData(d);
  const log = n.train(c.epochs);
  console.log(`case ${c.name} diverged=${log.diverged}`);
  for (const s of log)
    console.log([s.trainLoss, s.testLoss, s.trainAccuracy, s.testAccuracy].map(hex).join(' '), s.epoch);
  console.log(n.exportJSON());
  console.log(JSON.stringify(n.diagnostics({ example: 3 })));
  console.log(JSON.stringify(Array.from(n.renderGrid(-6, 6, -6, 6, 20, 20)).slice(0, 400)));
  n.delete();
  d.delete();
}
console.log(JSON.stringify(lab.gradientFlow({ depth: 12, activation: 'sigmoid', seed: 3 })));
