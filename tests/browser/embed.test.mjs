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
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { serveStatic, STRICT_CSP } from './csp-server.mjs';
import { ELEMENT_TAGS, launchChromium } from './harness.mjs';

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
  const sources = ['web/src', 'wasm', 'build/wasm/actlab_simd_small.wasm', 'vite.embed.config.js'].map((p) =>
    join(repo, p),
  );
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
  browser = await launchChromium();
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

async function open(path, { viewport = { width: 1000, height: 900 }, block, colorScheme } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  const responses = [];
  const workers = [];
  page.on('worker', (w) => {
    workers.push(w);
    w.on('close', () => (w.closed = true));
  });
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
  return { page, problems, warnings, responses, workers };
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

const SHOTS = join(repo, 'build', 'screenshots', 'embed');
/** Saves a screenshot of the page (or of `locator`) under build/screenshots/embed/; returns the PNG. */
async function screenshot(page, name, { fullPage = false, locator } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  return locator ? locator.screenshot({ path }) : page.screenshot({ path, fullPage });
}

/** Compares two PNGs (decoded in the page): { w, h, sameSize, differing: share of pixels whose
 *  channels differ by more than 24 of 255 }. */
async function pixelDiff(page, a, b) {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d');
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, bmp.width, bmp.height);
      };
      const [p, q] = [await decode(a), await decode(b)];
      if (p.width !== q.width || p.height !== q.height)
        return { sameSize: false, w: [p.width, q.width], h: [p.height, q.height], differing: 1 };
      let bad = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        let d = 0;
        for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(p.data[i + k] - q.data[i + k]));
        if (d > 24) bad++;
      }
      return { sameSize: true, w: p.width, h: p.height, differing: bad / (p.width * p.height) };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/** Pauses the playground `sel`, steps it n epochs through its scripting API and waits (≤ 5 s)
 *  for them; returns { start, ...state }. */
function stepPlayground(page, sel, n) {
  return page.locator(sel).evaluate(async (el, k) => {
    el.pause();
    const start = el.state.epoch;
    el.step(k);
    for (let i = 0; i < 200 && el.state.epoch < start + k; i++) await new Promise((r) => setTimeout(r, 25));
    return { start, ...el.state };
  }, n);
}

const shadowText = (page, id) => page.evaluate((i) => document.getElementById(i).shadowRoot.textContent, id);
const HANGUL = /[\uac00-\ud7a3]/;

test(
  'jekyll: the Korean post — every element from one script, values from one WASM instance, zero CSP violations',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems, workers } = await open(POST);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.locator('script[type=module]').count(), 1);
    // Nothing starts before it nears the viewport: the widgets far below are not ready yet.
    await page.waitForFunction(() => customElements.get('actlab-softmax'));
    assert.notEqual(await page.locator('#bad').getAttribute('data-ready'), 'true');
    // The post is a kramdown post in the `single` layout with a table of contents.
    assert.equal(await page.locator('nav.toc').count(), 1);
    assert.ok((await page.locator('.post-content h2').count()) >= 9);
    const ids = await startAll(page);
    assert.deepEqual(ids, [
      'collapse',
      'sig',
      'flow',
      'dying',
      'prelu',
      'elu-lab',
      'gelu',
      'swish',
      'cmp',
      'soft',
      'summary',
      'explorer',
      'play',
      'english',
      'bad',
    ]);
    const tags = await page.$$eval('*', (els) => [
      ...new Set(els.map((e) => e.localName).filter((n) => n.startsWith('actlab-'))),
    ]);
    assert.deepEqual([...tags].sort(), [...ELEMENT_TAGS].sort(), 'every element is in the post');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiate']);
    // Values come from the core, one check per element.
    const value = (id) => page.locator(`#${id}`).evaluate((el) => el.value);
    const p = (await value('soft')).probabilities;
    assert.deepEqual(
      p.map((v) => v.toFixed(3)),
      ['0.659', '0.242', '0.099'],
    );
    assert.deepEqual((await value('sig')).values[0], { id: 'sigmoid', f: 0.5, df: 0.25 });
    const flow = await value('flow');
    assert.equal(flow.gradWNorm.length, 20);
    assert.ok(flow.ratio <= 1e-6, `20-layer sigmoid: first ÷ last layer gradient ${flow.ratio}`);
    const collapse = await value('collapse');
    assert.ok(collapse.W.length >= 1 && collapse.W.flat().every(Number.isFinite), JSON.stringify(collapse.W));
    assert.ok(
      collapse.maxDifference >= 0 && collapse.maxDifference < 1e-4,
      `linear stack vs product ${collapse.maxDifference}`,
    );
    const swish = await value('swish');
    assert.ok(
      Math.abs(swish.min.x + 1.2785) < 1e-3 && Math.abs(swish.min.y + 0.2785) < 1e-3,
      JSON.stringify(swish.min),
    );
    const gelu = await value('gelu');
    assert.ok(gelu.maxError >= 1e-4 && gelu.maxError <= 1e-3, `GELU tanh max error ${gelu.maxError}`);
    const elu = await value('elu-lab');
    assert.ok(Math.abs(elu.plotMin + 1) < 0.01, `ELU(−6) with α = 1: ${elu.plotMin}`);
    const cmp = await value('cmp');
    assert.deepEqual(cmp.fns, ['relu', 'gelu', 'silu']);
    assert.ok(cmp.values.every((v) => Number.isFinite(v.f)));
    const summary = await value('summary');
    assert.ok(summary.rows.length >= 10);
    assert.equal(summary.rows.find((r) => r.id === 'sigmoid').d0, 0.25);
    const explorer = await value('explorer');
    assert.ok(explorer.fns.length >= 1);
    const prelu = await value('prelu');
    assert.equal(prelu.alpha, 0.1);
    assert.ok(Math.abs(prelu.probe.leaky - 0.1 * prelu.probe.x) < 1e-6, JSON.stringify(prelu.probe)); // LeakyReLU(x < 0) = αx
    const dying = await value('dying');
    assert.equal(dying.bias, -3);
    // The playground trains in its worker (the embed script itself, allowed by worker-src 'self').
    const state = await stepPlayground(page, '#play', 5);
    assert.equal(state.epoch, state.start + 5, JSON.stringify(state));
    assert.ok(Number.isFinite(state.trainLoss) && !state.diverged, JSON.stringify(state));
    // Two workers, both the embed script: the playground's and the page's surface worker (charts).
    assert.equal(workers.length, 2, `workers: ${workers.map((w) => w.url()).join(', ')}`);
    for (const w of workers) assert.match(w.url(), /\/blog\/assets\/actlab\.js$/);
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
    await screenshot(page, 'post-ko.png', { fullPage: true });
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.closeContext();
  },
);

test(
  'jekyll: removing every widget frees every WASM object it made (the playground worker and the surface worker end too)',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const { page, problems, workers } = await open(POST);
    await startAll(page);
    const counts = await page.evaluate(async () => {
      // the page's one instance: the same module as the script tag, so the same shared core
      const { createActLab } = await import(document.querySelector('script[type=module]').src);
      const lab = await createActLab();
      const during = lab.liveObjects();
      for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('actlab-')) el.remove();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { during, after: lab.liveObjects(), left: document.querySelectorAll('[data-ready]').length };
    });
    assert.ok(counts.during.wrappers + counts.during.handles + counts.during.buffers > 0, JSON.stringify(counts));
    assert.deepEqual(counts.after, { wrappers: 0, handles: 0, buffers: 0 }, JSON.stringify(counts));
    assert.equal(counts.left, 0);
    // the playground's worker ends at once, the surface worker a second after its last canvas
    assert.equal(workers.length, 2);
    for (let i = 0; i < 150 && !workers.every((w) => w.closed); i++) await page.waitForTimeout(20);
    assert.ok(
      workers.every((w) => w.closed),
      'both workers were terminated',
    );
    assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiate']);
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
    // The same widgets on a plain page (/plain/: same markup in the same 640 px box) render the
    // same pixels: screenshots of each widget box, compared within a small tolerance.
    const plain = await open('plain/');
    await startAll(plain.page);
    for (const id of ['plot-h', 'soft-h']) {
      // the same state on both pages: no focus, no hover, the cursor where the attributes put it
      for (const pg of [page, plain.page]) await pg.mouse.move(0, 0);
      const hostile = await screenshot(page, `hostile-${id}.png`, { locator: page.locator(`#${id}`) });
      const calm = await screenshot(plain.page, `plain-${id}.png`, { locator: plain.page.locator(`#${id}`) });
      const d = await pixelDiff(plain.page, hostile, calm);
      assert.ok(d.sameSize, `${id}: hostile ${d.w[0]}×${d.h[0]} vs plain ${d.w[1]}×${d.h[1]}`);
      assert.ok(d.differing <= 0.005, `${id}: ${(d.differing * 100).toFixed(2)} % of ${d.w}×${d.h} pixels differ`);
    }
    assert.deepEqual(plain.problems, [], plain.problems.join('\n'));
    await plain.page.closeContext();
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

test(
  'jekyll: theme="light|dark|auto" and the --actlab-* custom properties (a dark blog skin, a brand colour)',
  { skip: !hasJekyll && NO_JEKYLL },
  async () => {
    const look = (page) =>
      page.evaluate(() =>
        Object.fromEntries(
          ['t-auto', 't-light', 't-dark', 't-brand', 't-skin'].map((id) => {
            const el = document.getElementById(id);
            const s = getComputedStyle(el);
            const fill = el.shadowRoot.querySelector('.bar-fill');
            return [
              id,
              { bg: s.backgroundColor, fg: s.color, font: s.fontFamily, bar: getComputedStyle(fill).backgroundColor },
            ];
          }),
        ),
      );
    const light = await open('theme/');
    await startAll(light.page);
    const L = await look(light.page);
    await screenshot(light.page, 'theme-light.png', { fullPage: true });
    const dark = await open('theme/', { colorScheme: 'dark' });
    await startAll(dark.page);
    const D = await look(dark.page);
    await screenshot(dark.page, 'theme-dark.png', { fullPage: true });
    const WHITE = 'rgb(255, 255, 255)';
    const DARK = 'rgb(28, 28, 33)'; // element.css's dark --_bg
    // auto follows the reader's colour scheme; light and dark are fixed.
    assert.equal(L['t-auto'].bg, WHITE);
    assert.equal(D['t-auto'].bg, DARK);
    for (const T of [L, D]) {
      assert.equal(T['t-light'].bg, WHITE);
      assert.equal(T['t-dark'].bg, DARK);
      assert.equal(T['t-dark'].fg, 'rgb(232, 232, 236)');
      // custom properties set on an ancestor reach into the shadow root
      assert.equal(T['t-brand'].bar, 'rgb(200, 0, 100)');
      assert.match(T['t-brand'].font, /Courier New/);
      // a dark skin that sets --actlab-bg/--actlab-fg once: the widget takes the blog's colours
      assert.equal(T['t-skin'].bg, 'rgb(37, 42, 52)');
      assert.equal(T['t-skin'].fg, 'rgb(234, 234, 234)');
    }
    assert.notEqual(L['t-auto'].bar, D['t-auto'].bar, 'the accent follows the scheme too');
    // theme can change at run time
    const flipped = await light.page.locator('#t-auto').evaluate((el) => {
      el.setAttribute('theme', 'dark');
      return getComputedStyle(el).backgroundColor;
    });
    assert.equal(flipped, DARK);
    for (const { page, problems } of [light, dark]) {
      assert.deepEqual(await page.evaluate(() => window.__csp), []);
      assert.deepEqual(problems, [], problems.join('\n'));
      await page.closeContext();
    }
  },
);

test(
  'jekyll: actlab.module.js from another origin (a CDN): the WASM comes from next to the script, the playground trains without a worker',
  { skip: !hasJekyll && NO_JEKYLL, timeout: 120000 },
  async () => {
    // A second origin serving the same files with CORS, like a CDN; the blog (a third server
    // on the same _site, its CSP allowing the CDN) has a page that loads the script from there.
    const cdn = await serveStatic(join(work, '_site'), {
      prefix: '/blog/',
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
    const csp = `default-src 'self' ${cdn.origin}; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; style-src 'self'`;
    const blog = await serveStatic(join(work, '_site'), { prefix: '/blog/', csp });
    mkdirSync(join(work, '_site', 'cross'), { recursive: true });
    writeFileSync(
      join(work, '_site', 'cross', 'index.html'),
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>CDN</title>
<script type="module" src="${cdn.url}assets/actlab.module.js"></script></head>
<body><actlab-softmax id="soft-x" logits="2,1,0.1"></actlab-softmax>
<actlab-playground id="play-x" config="dataset=xor&amp;networkShape=4&amp;seed=3"></actlab-playground></body></html>`,
    );
    try {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      const problems = [];
      const wasm = [];
      const workers = [];
      page.on('worker', (w) => workers.push(w));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on(
        'console',
        (m) =>
          m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && problems.push(`console: ${m.text()}`),
      );
      page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push([r.url(), r.headers()['content-type']]));
      await page.goto(`${blog.url}cross/`);
      await startAll(page);
      assert.deepEqual(wasm, [[`${cdn.url}assets/actlab.wasm`, 'application/wasm']]);
      assert.deepEqual(await page.evaluate(() => window.__wasm), ['instantiateStreaming']);
      const p = await page.locator('#soft-x').evaluate((el) => el.value.probabilities);
      assert.equal(p[0].toFixed(3), '0.659');
      // A worker must be same-origin: the playground falls back to the page's instance and trains.
      const state = await stepPlayground(page, '#play-x', 3);
      assert.equal(state.epoch, state.start + 3, JSON.stringify(state));
      assert.ok(Number.isFinite(state.trainLoss), JSON.stringify(state));
      assert.equal(workers.length, 0);
      assert.deepEqual(await page.evaluate(() => window.__csp), []);
      assert.deepEqual(problems, [], problems.join('\n'));
      await context.close();
    } finally {
      await cdn.close();
      await blog.close();
    }
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
  // Reported (build/perf/embed.json) and held to the budget.
  const report = {
    file: 'actlab.js',
    bytes: js.length,
    gzipBytes: gz,
    budgetGzipBytes: 250 * 1000,
    withinBudget: gz <= 250 * 1000,
  };
  mkdirSync(join(repo, 'build', 'perf'), { recursive: true });
  writeFileSync(join(repo, 'build', 'perf', 'embed.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`embed size: ${JSON.stringify(report)}${report.withinBudget ? '' : ' — OVER BUDGET'}`);
  assert.ok(gz > 0);
  assert.ok(report.withinBudget, `actlab.js is ${gz} B gzip, over the 250 KB budget`);
  assert.equal(STRICT_CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
});
