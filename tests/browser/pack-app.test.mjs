// The packed package in a Vite app, in Chromium (issue 11): `npm pack` installed offline into a
// fresh folder (tests/pack-fixture.mjs), an app that imports 'actlab/embed' (the elements) and
// 'actlab' (the browser API) is built with Vite, served under the embed's strict CSP and opened.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { installPacked, repo } from '../pack-fixture.mjs';
import { serveStatic } from './csp-server.mjs';
import { launchChromium } from './harness.mjs';

const hasEmbed = existsSync(join(repo, 'build/embed/actlab.js'));
let fixture;
let server;
let browser;

before(async () => {
  if (!hasEmbed) return;
  fixture = installPacked('actlab-app-');
  const { dir } = fixture;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>app</title>
<script type="module" src="./main.js"></script></head>
<body><actlab-plot id="p" fn="relu" derivative></actlab-plot><actlab-softmax id="s" logits="2,1,0.1"></actlab-softmax></body></html>`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { createActLab as fromEmbed } from 'actlab/embed';
import { createActLab } from 'actlab';
window.apps = { fromEmbed, createActLab };
`,
  );
  const { build } = await import('vite');
  await build({
    root: dir,
    logLevel: 'warn',
    configFile: false,
    build: { outDir: join(dir, 'dist'), assetsInlineLimit: 0 },
  });
  server = await serveStatic(join(dir, 'dist'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  fixture?.remove();
});

test(
  'pack: a Vite app built from the installed package runs in Chromium under the strict CSP',
  { skip: !hasEmbed && 'build/embed is missing: scripts/build.sh embed' },
  async () => {
    const page = await browser.newPage();
    const problems = [];
    const csp = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on(
      'console',
      (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && problems.push(m.text()),
    );
    await page.exposeFunction('__cspViolation', (v) => csp.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(server.url);
    for (const id of ['p', 's'])
      await page.waitForFunction((i) => document.getElementById(i)?.dataset.ready === 'true', id, { timeout: 30000 });
    // The elements (from actlab/embed) computed with the core.
    assert.deepEqual(await page.locator('#p').evaluate((el) => el.value.values[0]), { id: 'relu', f: 0, df: 0 });
    const p = await page.locator('#s').evaluate((el) => el.value.probabilities.map((v) => v.toFixed(3)));
    assert.deepEqual(p, ['0.659', '0.242', '0.099']);
    // The browser API (from 'actlab'): its own .wasm asset, fetched by the app.
    const y = await page.evaluate(async () => {
      const lab = await window.apps.createActLab();
      const embedLab = await window.apps.fromEmbed();
      return [...lab.forward('sigmoid', new Float32Array([0, 2]))].concat([
        ...embedLab.forward('tanh', new Float32Array([0.5])),
      ]);
    });
    assert.equal(y[0], 0.5);
    assert.ok(Math.abs(y[1] - 1 / (1 + Math.exp(-2))) < 1e-6, String(y[1]));
    assert.ok(Math.abs(y[2] - Math.tanh(0.5)) < 1e-6, String(y[2]));
    assert.deepEqual(csp, []);
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.close();
  },
);
