// The teaching page (web/index.html) as a reader meets it: every section and lab, both
// languages, URL state (round trip, hostile values), axe-core, 360 px, the strict CSP of the
// blog embed, screenshots of every section, and a performance report (not asserted as
// timing): time to the first drawn curve, transfer size, frame times while dragging.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { outDir, repoRoot } from '../../web/serve.mjs';
import { serveStatic } from './csp-server.mjs';
import { measureFloor, measureFrames, waitForQuietMachine } from './frames.mjs';
import { assertNoProblems, axeViolations, hangulLeft, startSite, urlWritesDuringDrag } from './harness.mjs';

const SHOTS = join(repoRoot, 'build', 'screenshots');
const PERF = join(repoRoot, 'build', 'perf');
const SECTIONS = Array.from({ length: 10 }, (_, i) => `sec-${i}`);

let site;
before(async () => {
  site = await startSite();
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(PERF, { recursive: true });
});
after(async () => {
  await site?.close();
});

/** Scrolls the lab with id `id` to the middle of the view (from the page: labs above may still
 *  be growing while they start, and Playwright's scroll waits for the element to be still) and
 *  waits until it has started; returns its locator. */
async function startLab(page, id) {
  await page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
  await page.waitForFunction((i) => document.getElementById(i).dataset.ready === 'true', id, { timeout: 30000 });
  return page.locator(`#${id}`);
}

/** Scrolls every lab into view in turn and waits until all have started. */
async function startAllLabs(page) {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('main [id]')].filter((e) => e.localName.startsWith('actlab-')).map((e) => e.id),
  );
  for (const id of ids) await startLab(page, id);
  return ids;
}

/** The id of the teaching page's first plot (the lab these URL tests use). */
const firstPlotId = (page) => page.locator('main actlab-plot[id]').first().getAttribute('id');

test('site: every section in order, every lab starts, no problem; English is complete', async () => {
  const { page, problems } = await site.open('index.html');
  const order = await page.evaluate(() => [...document.querySelectorAll('main section[id^="sec-"]')].map((s) => s.id));
  assert.deepEqual(order, SECTIONS);
  const ids = await startAllLabs(page);
  assert.ok(ids.length >= 12, `only ${ids.length} labs`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  for (const s of SECTIONS) {
    await page.locator(`#${s}`).screenshot({ path: join(SHOTS, `site-${s}-ko.png`) });
  }
  // The toggle switches the whole page, shadow roots included.
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await hangulLeft(page), []);
  assert.match(page.url(), /lang=en/);
  for (const s of SECTIONS) {
    await page.locator(`#${s}`).screenshot({ path: join(SHOTS, `site-${s}-en.png`) });
  }
  assertNoProblems(problems);
  await page.closeContext();
});

test('site: axe-core finds no serious or critical violation (shadow roots included), ko and en', async () => {
  for (const lang of ['ko', 'en']) {
    const { page, problems } = await site.open('index.html', { lang });
    await startAllLabs(page);
    assert.deepEqual(await axeViolations(page), [], lang);
    assertNoProblems(problems);
    await page.closeContext();
  }
});

test('site: 360×740 phone, no horizontal overflow, screenshots', async () => {
  const { page, problems } = await site.open('index.html', { viewport: { width: 360, height: 740 } });
  await startAllLabs(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  for (const s of SECTIONS) await page.locator(`#${s}`).screenshot({ path: join(SHOTS, `site-${s}-360.png`) });
  assertNoProblems(problems);
  await page.closeContext();
});

test('site: formulas are KaTeX (MathML for screen readers, KaTeX fonts), fit 360 px; a wider one scrolls in a focusable box', async () => {
  const { page, problems } = await site.open('index.html', { viewport: { width: 360, height: 740 } });
  const formulas = page.locator('main .formula');
  const n = await formulas.count();
  assert.ok(n >= 14, `only ${n} formulas`);
  /** every formula box (each scrolled into view: sections off screen are not laid out) */
  const boxes = async () => {
    const out = [];
    for (let i = 0; i < n; i++) {
      // in view, its section is rendered and then checked (contentvisibilityautostatechange, a
      // frame or more later): wait until the box's tab stop agrees with its scrolling, 3 s at most
      await formulas.nth(i).evaluate(
        (b) =>
          new Promise((resolve) => {
            b.scrollIntoView({ block: 'center' });
            const t0 = performance.now();
            const settled = () => b.scrollWidth > b.clientWidth + 1 === (b.getAttribute('tabindex') === '0');
            const check = () => (settled() || performance.now() - t0 > 3000 ? resolve() : requestAnimationFrame(check));
            requestAnimationFrame(check);
          }),
      );
      out.push(
        await formulas.nth(i).evaluate((b) => ({
          key: b.dataset.formula,
          math: b.querySelectorAll('.katex-mathml math annotation[encoding="application/x-tex"]').length,
          hidden: b.querySelector('.katex-html')?.getAttribute('aria-hidden'),
          font: getComputedStyle(b.querySelector('.mathnormal, .mord') ?? b).fontFamily,
          scrolls: b.scrollWidth > b.clientWidth + 1,
          tab: b.getAttribute('tabindex'),
        })),
      );
    }
    return out;
  };
  await page.evaluate(() => document.fonts.ready);
  for (const b of await boxes()) {
    assert.equal(b.math, 1, `${b.key}: no MathML`);
    assert.equal(b.hidden, 'true', `${b.key}: KaTeX's HTML is not hidden from screen readers`);
    assert.match(b.font, /KaTeX_/, `${b.key}: font ${b.font}`);
    assert.equal(b.scrolls, false, `${b.key} does not fit 360 px`);
    assert.equal(b.tab, null, `${b.key}: a box that does not scroll takes no focus`);
  }
  assert.ok(await page.evaluate(() => document.fonts.check('20px KaTeX_Math')), 'KaTeX_Math did not load');
  // narrower than any phone: boxes that scroll take keyboard focus, the others do not
  await page.setViewportSize({ width: 240, height: 740 });
  const narrow = await boxes();
  assert.ok(
    narrow.some((b) => b.scrolls),
    'no formula is wider than a 240 px view: the check below tests nothing',
  );
  for (const b of narrow)
    assert.equal(b.tab, b.scrolls ? '0' : null, `${b.key} scrolls: ${b.scrolls}, tabindex ${b.tab}`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('site: lab state round-trips through the URL; hostile values fall back with a notice', async () => {
  const { page, problems } = await site.open('index.html');
  const id = await firstPlotId(page);
  const plot = await startLab(page, id);
  const cursor = plot.getByTestId('cursor');
  await cursor.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((i) => new URLSearchParams(location.search).has(`${i}.x`), id, { timeout: 5000 });
  const url = page.url();
  const x = await plot.getAttribute('x');
  const { page: again } = await site.open(`index.html${new URL(url).search}`);
  const p2 = await startLab(again, id);
  assert.equal(await p2.getAttribute('x'), x);
  assert.equal((await p2.evaluate((e) => e.value.x)).toString(), x);
  await again.closeContext();
  // Hostile and malformed values: a notice in the lab, defaults used, nothing injected.
  const hostile = new URLSearchParams({
    [`${id}.fn`]: '<img src=x onerror="window.__pwned=1">',
    [`${id}.x`]: '1e999',
    [`${id}.onclick`]: 'window.__pwned=1',
    lang: 'xx',
    'nope.attr': '1',
  });
  const { page: bad, problems: badProblems } = await site.open('index.html', { query: hostile.toString() });
  const p3 = await startLab(bad, id);
  assert.match(await p3.getByTestId('notice').textContent(), /fn=/);
  assert.equal(await p3.getAttribute('onclick'), null, 'only the element’s own attributes are taken from the URL');
  await p3.click();
  assert.equal(await bad.evaluate(() => window.__pwned), undefined);
  assert.equal(await bad.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await bad.evaluate(() => document.documentElement.lang), 'ko');
  assertNoProblems(badProblems.filter((p) => !p.includes('/x')));
  assertNoProblems(problems);
  await bad.closeContext();
  await page.closeContext();
});

test('site: the URL is written once the reader pauses, not during a drag', async () => {
  // history.replaceState costs milliseconds; run during a drag it made a frame late each time
  const { page, problems } = await site.open('index.html');
  const id = await firstPlotId(page);
  const plot = await startLab(page, id);
  // a 1.2 s drag of the cursor, one step per frame; none of the values is the starting x (1):
  // a drag that happened to end there would leave nothing to write
  const values = Array.from({ length: 60 }, (_, i) => String(-2.95 + i / 10));
  const writes = await urlWritesDuringDrag(plot, { testid: 'cursor', values });
  // written once the changes paused: after the last one (a frame that took ≥ 300 ms would
  // count as a pause too, so any write must follow a step by that long)
  const shown = JSON.stringify(writes);
  assert.ok(writes.length >= 1 && writes.at(-1).afterEnd >= 250, `written after the drag: ${shown}`);
  assert.ok(
    writes.every((w) => w.sinceStep >= 250),
    `every write on a pause: ${shown}`,
  );
  assert.ok(new URLSearchParams(new URL(page.url()).search).has(`${id}.x`));
  assertNoProblems(problems);
  await page.closeContext();
});

test('site: runs from a sub-path under the embed’s strict CSP with zero violations', async () => {
  const server = await serveStatic(outDir, { prefix: '/blog/2026/actlab/' });
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  try {
    for (const path of ['index.html', 'explorer.html']) {
      await page.goto(server.url + path);
      if (path === 'index.html') await startAllLabs(page);
      else await page.waitForFunction(() => document.querySelector('actlab-explorer')?.dataset.ready === 'true');
      assert.deepEqual(await page.evaluate(() => window.__csp), [], path);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('site: performance report (first curve, transfer size, frame times; not asserted)', async () => {
  const report = { date: new Date().toISOString() };
  // Transfer size of what the page loads (every lab started): JS + WASM + CSS, gzip -9 of
  // the files fetched, fonts excluded. And the size of each .wasm file.
  const fetched = new Set();
  {
    const { page } = await site.open('index.html');
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
    await page.reload();
    await startAllLabs(page);
    await page.closeContext();
  }
  const size = { js: 0, wasm: 0, css: 0 };
  for (const path of fetched) {
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.wasm') ? 'wasm' : path.endsWith('.css') ? 'css' : null;
    if (kind) size[kind] += gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;
  }
  report.gzipBytes = { ...size, total: size.js + size.wasm + size.css, budget: 250 * 1024 };
  const assets = join(outDir, 'assets');
  report.wasmBytes = readdirSync(assets)
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => ({ file: f, bytes: statSync(join(assets, f)).size }));
  for (const throttle of [1, 4]) {
    // measured on a quiet machine (an earlier test's processes winding down took the core the
    // compositor needs), before the throttled page exists: what it waited, and the load
    const quiet = { ...(await waitForQuietMachine()), loadavg1: loadavg()[0] };
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // The labs start when they near the viewport: bring the first one into view at once, as a
    // reader following a link to a section would.
    await page.goto(`${site.url}index.html`, { waitUntil: 'commit' });
    await page.waitForSelector('main actlab-plot', { state: 'attached' });
    await page.evaluate(() => document.querySelector('main actlab-plot').scrollIntoView());
    await page.waitForFunction(() => window.__actlabFirstCurve !== undefined, null, { timeout: 30000 });
    const first = await page.evaluate(() => window.__actlabFirstCurve);
    // Frame times while dragging each lab's main range control: one `input` event per
    // animation frame dispatched from inside the page (frames.mjs), so that the report measures
    // the elements, not the latency of a CDP round trip per key press.
    const ids = await startAllLabs(page);
    const frames = {};
    for (const id of ids) {
      const r = await measureFrames(page, `#${id}`, { cdp });
      if (r) frames[id] = r;
    }
    await context.close();
    // The floors in the same run: a bare slider on an empty page, and beside two static canvases
    // (what any slider, and any chart on screen, costs on this machine; frames.mjs).
    const floor = {
      slider: await measureFloor(site.browser, throttle),
      sliderAndTwoCanvases: await measureFloor(site.browser, throttle, { canvases: 2 }),
    };
    report[`throttle${throttle}`] = { firstCurveMs: Math.round(first), frames, floor, quiet };
  }
  writeFileSync(join(PERF, 'site.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`site performance: ${JSON.stringify(report)}`);
  assert.ok(report.gzipBytes.total > 0);
});
