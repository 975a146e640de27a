// `npm pack` gives a package that works in a fresh folder, offline (issue 11): the tarball is
// installed into a temporary project with `npm install --offline` (tests/pack-fixture.mjs), then
//   - Node: import { createActLab } from 'actlab' computes sigmoid(0) = 0.5 with the packed WASM;
//   - a Vite app: `import 'actlab/embed'` (every element, the WASM inlined) and
//     `import { createActLab } from 'actlab'` (the browser entry; its .wasm is emitted as an asset)
//     build with Vite. tests/browser/pack-app.test.mjs runs such an app in Chromium.
// Needs build/wasm (and build/embed for the embed export: `scripts/build.sh embed`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { installPacked, repo } from '../pack-fixture.mjs';

const hasEmbed = existsSync(join(repo, 'build/embed/actlab.js'));
let dir;
let remove;

before(() => ({ dir, remove } = installPacked()));
after(() => remove?.());

test('pack: Node imports createActLab from the installed package; sigmoid(0) = 0.5', () => {
  writeFileSync(
    join(dir, 'check.mjs'),
    `import { createActLab } from 'actlab';
const lab = await createActLab();
const y = lab.forward('sigmoid', new Float32Array([0, 2]));
console.log(JSON.stringify({ y: [...y], impl: lab.impl ?? null }));`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['check.mjs'], { cwd: dir, encoding: 'utf8' }));
  assert.equal(out.y[0], 0.5);
  assert.ok(Math.abs(out.y[1] - 1 / (1 + Math.exp(-2))) < 1e-6, String(out.y[1]));
  // Only what the package needs was packed (no sources, no tests, no build folders but these).
  const files = execFileSync('find', ['node_modules/actlab', '-type', 'f'], { cwd: dir, encoding: 'utf8' });
  assert.doesNotMatch(files, /\/(core|tests|web|scripts)\//);
});

test(
  'pack: a Vite app imports the elements (actlab/embed) and the browser API',
  { skip: !hasEmbed && 'build/embed is missing: scripts/build.sh embed' },
  async () => {
    const { build } = await import('vite');
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="./main.js"></script><actlab-plot fn="relu"></actlab-plot>',
    );
    writeFileSync(
      join(dir, 'main.js'),
      "import { createActLab as fromEmbed } from 'actlab/embed';\nimport { createActLab } from 'actlab';\nwindow.labs = [fromEmbed, createActLab];\n",
    );
    await build({
      root: dir,
      logLevel: 'warn',
      configFile: false,
      build: { outDir: join(dir, 'dist'), assetsInlineLimit: 0 },
    });
    const assets = readdirSync(join(dir, 'dist/assets'));
    assert.ok(
      assets.some((f) => /\.wasm$/.test(f)),
      assets.join(' '),
    ); // the browser entry's WASM
    const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8'));
    assert.ok(
      js.some((t) => t.includes('actlab-plot')),
      'the elements are in the app bundle',
    );
  },
);
