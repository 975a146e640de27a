// The blog embed (issue 11) in a real Jekyll blog: tests/embed/jekyll/ (minima theme, kramdown,
// a Korean post with ONE module script tag) is copied to a temporary folder with
// build/embed/actlab.js (+ actlab.module.js and actlab.wasm), built with `jekyll build`
// (offline), served under /blog/ with the strict CSP (csp-server.mjs) and opened in Chromium.
//
// build/embed is (re)built with vite.embed.config.js when missing or older than its sources;
// ACTLAB_EMBED_NO_BUILD=1 uses it as it is. Without `jekyll` on PATH the Jekyll tests are
// skipped with a message (scripts/setup.sh --test installs jekyll and jekyll-theme-minima).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic, STRICT_CSP } from './csp-server.mjs';
import { CHROMIUM_ARGS } from './harness.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const embedDir = join(repo, process.env.ACTLAB_EMBED_OUTDIR ?? join('build', 'embed'));
const POST = 'ai/2026/11/30/activation/';
const hasJekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).status === 0;
const NO_JEKYLL = 'jekyll is not installed: run `scripts/setup.sh --test` (apt-get install jekyll jekyll-theme-minima)';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((e) => newest(join(path, e))));
}

async function ensureEmbed() {
  const out = join(embedDir, 'actlab.js');
  const sources = ['web/src', 'wasm', 'build/wasm/actlab_simd_small.wasm', 'vite.embed.config.js'].map((p) => join(repo, p));
  const stale = !existsSync(out) || Math.max(...sources.map(newest)) > statSync(out).mtimeMs;
  if (!stale || process.env.ACTLAB_EMBED_NO_BUILD) return;
  const configFile = join(repo, 'vite.embed.config.js');
  await build({ configFile, mode: 'inline', logLevel: 'warn' });
  await build({ configFile, mode: 'module', logLevel: 'warn' });
}

let work;
let server;
let browser;

before(async () => {
  await ensureEmbed();
  if (!hasJekyll) return;
  work = mkdtempSync(join(tmpdir(), 'actlab-jekyll-'));
  cpSync(join(repo, 'tests/embed/jekyll'), work, { recursive: true });
  for (const f of ['actlab.js', 'actlab.module.js', 'actlab.wasm']) cpSync(join(embedDir, f), join(work, 'assets', f));
  const r = spawnSync('jekyll', ['build', '--quiet', '--source', work, '--destination', join(work, '_site')], {
    encoding: 'utf8',
    env: { ...process.env, JEKYLL_ENV: 'production' },
    timeout: 120000,
  });
  assert.equal(r.status, 0, `jekyll build failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveStatic(join(work, '_site'), { prefix: '/blog/' });
  browser = await chromium.launch({
    executablePath: process.env.ACTLAB_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// Counts WASM compilations/instantiations and CSP violations from the first script on.
function instrument() {
  window.__wasm = [];
  for (const k of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
    const f = WebAssembly[k];
    WebAssembly[k] = function (...args) {
      window.__wasm.push(k);
      return f.apply(this, args);
    };
  }
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
}

async function open(path, { viewport = { width: 1000, height: 900 }, block } = {}) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  const responses = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    // a blog without a favicon: the browser's /favicon.ico request is the blog's business
    if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    responses.push(r);
    if (r.status() >= 400 && !/favicon/.test(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  if (block) await page.route(block, (r) => r.abort());
  await page.goto(`${server.url}${path}`);
  page.closeContext = () => context.close();
  return { page, problems, warnings, responses };
}

/** Scrolls every ActLab element into view in turn and waits until each is ready. */
async function startAll(page) {
  const ids = await page.$$eval('*', (els) => els.filter((e) => e.localName.startsWith('actlab-')).map((e) => e.id));
  for (const id of ids) {
    const el = page.locator(`#${id}`);
    await el.scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => document.getElementById(i).dataset.ready === 'true', id, { timeout: 20000 });
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return ids;
}

const shadowText = (page, id) => page.evaluate((i) => document.getElementById(i).shadowRoot.textContent, id);
const HANGUL = /[\uac00-\ud7a3]/;

test(
  'jekyll: the Korean post — one script, every widget ready from one WASM instance, zero CSP violations',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems } = await open(POST);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.locator('script[type=module]').count(), 1);
    // Nothing starts before it nears the viewport: the widgets far below are not ready yet.
    await page.waitForFunction(() => customElements.get('actlab-softmax'));
    assert.notEqual(await page.locator('#bad').getAttribute('data-ready'), 'true');
    const ids = await startAll(page);
    assert.deepEqual(ids, ['sig', 'flow', 'swish', 'soft', 'english', 'bad']);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiate']);
    // Values come from the core.
    const p = await page.locator('#soft').evaluate((el) => el.value.probabilities);
    assert.deepEqual(
      p.map((v) => v.toFixed(3)),
      ['0.659', '0.242', '0.099'],
    );
    assert.deepEqual((await page.locator('#sig').evaluate((el) => el.value.values))[0], {
      id: 'sigmoid',
      f: 0.5,
      df: 0.25,
    });
    assert.equal((await page.locator('#flow').evaluate((el) => el.value.gradWNorm)).length, 20);
    // Every widget drew something (a canvas or a table), none is a blank box.
    for (const id of ids) {
      const h = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(h > 100, `${id} is ${h}px tall`);
    }
    // lang: Korean from <html lang="ko">, English from the nearest ancestor <div lang="en">.
    assert.match(await shadowText(page, 'sig'), HANGUL);
    assert.doesNotMatch(await shadowText(page, 'english'), HANGUL);
    // A bad attribute: an in-widget message, and the default function still drawn.
    const notice = page.locator('#bad').getByTestId('notice');
    assert.ok(await notice.isVisible());
    assert.match(await notice.textContent(), /no-such-function/);
    assert.ok(await page.locator('#bad').locator('canvas').first().isVisible());
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.closeContext();
  },
);

test('jekyll: lang: en in the front matter gives English widgets', { skip: !hasJekyll && NO_JEKYLL }, async () => {
  const { page, problems } = await open('en/');
  await startAll(page);
  for (const id of ['plot-en', 'soft-en']) assert.doesNotMatch(await shadowText(page, id), HANGUL, id);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, [], problems.join('\n'));
  await page.closeContext();
});

test(
  'jekyll: hostile host CSS and a right-to-left ancestor cannot break a widget; nothing leaks out',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems } = await open('hostile/');
    await startAll(page);
    const report = await page.evaluate(() =>
      ['plot-h', 'soft-h'].map((id) => {
        const el = document.getElementById(id);
        const root = el.shadowRoot;
        // the plot draws on a canvas, softmax as a list of bars
        const canvases = [...root.querySelectorAll('canvas, [data-testid=bars]')].map((c) => {
          const r = c.getBoundingClientRect();
          return { display: getComputedStyle(c).display, w: r.width, h: r.height };
        });
        const controls = [...root.querySelectorAll('button, input, select')].map((c) => {
          const s = getComputedStyle(c);
          const r = c.getBoundingClientRect();
          return { tag: c.localName, font: parseFloat(s.fontSize), w: r.width, h: r.height, bg: s.backgroundColor };
        });
        return { id, direction: getComputedStyle(root.firstElementChild ?? el).direction, canvases, controls };
      }),
    );
    for (const w of report) {
      assert.ok(
        w.canvases.some((c) => c.display !== 'none' && c.w > 100 && c.h > 50),
        `${w.id}: ${JSON.stringify(w.canvases)}`,
      );
      assert.ok(w.controls.length > 0, w.id);
      for (const c of w.controls) {
        assert.ok(c.font >= 10 && c.font <= 24, `${w.id} ${c.tag} font ${c.font}px (the host forces 40px)`);
        assert.ok(c.w >= 10 && c.h >= 10, `${w.id} ${c.tag} is ${c.w}×${c.h}`);
        assert.notEqual(c.bg, 'rgb(255, 0, 0)', `${w.id} ${c.tag} took the host's button style`);
      }
      assert.equal(w.direction, 'ltr', w.id);
    }
    // The page keeps its own (hostile) styles: the widgets' CSS does not reach out.
    const outside = await page.evaluate(() => ({
      probe: getComputedStyle(document.getElementById('probe')).fontSize,
      button: getComputedStyle(document.getElementById('host-button')).backgroundColor,
      rtl: getComputedStyle(document.getElementById('probe')).direction,
      styles: document.querySelectorAll('style').length,
      adopted: document.adoptedStyleSheets.length,
    }));
    assert.deepEqual(outside, { probe: '40px', button: 'rgb(255, 0, 0)', rtl: 'rtl', styles: 0, adopted: 0 });
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.closeContext();
  },
);

test(
  'jekyll: the post looks the same around the widgets with and without the embed',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const styles = async (page) =>
      page.evaluate(() =>
        ['body', 'h1', 'h2', '.post-content p', '.site-header', 'code'].map((sel) => {
          const s = getComputedStyle(document.querySelector(sel));
          return [sel, s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.lineHeight, s.margin].join(' | ');
        }),
      );
    const without = await open(POST, { block: '**/actlab.js' });
    const plain = await styles(without.page);
    await without.page.closeContext();
    const { page } = await open(POST);
    await startAll(page);
    assert.deepEqual(await styles(page), plain);
    await page.closeContext();
  },
);

test(
  'jekyll: two script tags (two builds) — the first definition wins, one warning, one WASM instance',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems, warnings } = await open('twice/');
    await startAll(page);
    // Let the second script finish its element registrations.
    await page.waitForTimeout(300);
    const dup = warnings.filter((w) => /already defined; keeping the first definition/.test(w));
    assert.ok(dup.length >= 1, warnings.join('\n'));
    assert.ok(
      dup.some((w) => /actlab-plot/.test(w)),
      dup.join('\n'),
    );
    assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiate']);
    const p = await page.locator('#soft-2').evaluate((el) => el.value.probabilities);
    assert.equal(p[0].toFixed(3), '0.659');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.closeContext();
  },
);

test(
  'jekyll: actlab.module.js fetches actlab.wasm next to itself (application/wasm), once',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems, responses } = await open('module/');
    await startAll(page);
    const wasm = responses.filter((r) => r.url().endsWith('.wasm'));
    assert.deepEqual(
      wasm.map((r) => [new URL(r.url()).pathname, r.headers()['content-type']]),
      [['/blog/assets/actlab.wasm', 'application/wasm']],
    );
    assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiateStreaming']);
    const p = await page.locator('#soft-m').evaluate((el) => el.value.probabilities);
    assert.equal(p[0].toFixed(3), '0.659');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.closeContext();
  },
);

test('embed: actlab.js is one self-contained file; its size is reported against the budget', async () => {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const js = readFileSync(join(embedDir, 'actlab.js'));
  const text = js.toString('utf8');
  // No other file is loaded: no import of another chunk, no URL of an asset, no data: fetch.
  assert.doesNotMatch(text, /\bimport\s*\(\s*["'`]\.|from\s*["']\.\//);
  assert.doesNotMatch(text, /data:font\//);
  const gz = gzipSync(js, { level: 9 }).length;
  // A report, not a gate (issue 12 owns module size): over budget is said loudly, not failed.
  const report = {
    file: 'actlab.js',
    bytes: js.length,
    gzipBytes: gz,
    budgetGzipBytes: 250 * 1000,
    withinBudget: gz <= 250 * 1000,
  };
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(join(repo, 'build', 'perf'), { recursive: true });
  writeFileSync(join(repo, 'build', 'perf', 'embed.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`embed size: ${JSON.stringify(report)}${report.withinBudget ? '' : ' — OVER BUDGET'}`);
  assert.ok(gz > 0);
  assert.equal(STRICT_CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
});
