// Browser test of the explorer page (web/index.html) on the built site.
//
//   node --test tests/browser/explorer.test.mjs
//
// Builds build/web with Vite's JS API when it is missing or older than its sources, serves it
// with `vite preview` on 127.0.0.1 (free port), drives Chromium through playwright-core and
// writes screenshots to build/screenshots/explorer-{ko,en,360}.png.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createActLab } from '../../wasm/node.js';
import { ensureBuilt, repoRoot, startPreview } from '../../web/serve.mjs';
import en from '../../web/src/i18n/en.js';
import ko from '../../web/src/i18n/ko.js';

const SHOTS = join(repoRoot, 'build', 'screenshots');
// The catalogue's ids in table order (core/act/catalogue.h), read from the module itself.
const IDS = (await createActLab()).activations.map((a) => a.id);

let server;
let baseUrl;
let browser;
let context;
/** Console errors, page errors, failed requests and HTTP errors of every normal page. */
const problems = [];

before(async () => {
  await ensureBuilt();
  ({ server, url: baseUrl } = await startPreview({ port: 0 }));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function watch(page, label, sink = problems) {
  page.on('console', (m) => m.type() === 'error' && sink.push(`${label}: console: ${m.text()}`));
  page.on('pageerror', (e) => sink.push(`${label}: pageerror: ${e.message}`));
  page.on('requestfailed', (r) => sink.push(`${label}: request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && sink.push(`${label}: HTTP ${r.status()} ${r.url()}`));
}

async function open(query = '', { viewport, label = query || '/' } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  watch(page, label);
  await page.goto(baseUrl + query);
  await page.waitForFunction(() => window.__actlabReady === true || document.body.dataset.ready === 'error', null, {
    timeout: 20_000,
  });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  if (ready !== 'true') {
    const shown = await byTestId(page, 'load-error').textContent();
    assert.fail(`page did not load: ${shown}\n${problems.join('\n')}`);
  }
  return page;
}

const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** Waits until the element's text equals `expected`; fails with the last text seen. */
async function expectText(page, id, expected, timeout = 5_000) {
  try {
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.textContent.trim() === want,
      [`[data-testid="${id}"]`, expected],
      { timeout },
    );
  } catch {
    const actual = await page.evaluate(
      (sel) => document.querySelector(sel)?.textContent ?? null,
      `[data-testid="${id}"]`,
    );
    assert.equal(actual, expected, `text of [data-testid=${id}]`);
  }
}

async function value(page, id) {
  return Number(await byTestId(page, id).getAttribute('data-value'));
}

async function setCursor(page, x) {
  await byTestId(page, 'cursor-x').fill(String(x));
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-testid="readout-x"]')?.dataset.value) === want,
    x,
  );
}

let page; // the main page, shared by the next tests in order

test('loads in Korean with a checkbox per catalogue entry', async () => {
  page = await open();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await page.title(), ko['meta.title']);
  assert.equal((await page.locator('h1').textContent()).trim(), ko['app.title']);
  assert.equal((await page.locator('legend').first().textContent()).trim(), ko['picker.legend']);
  assert.equal(await byTestId(page, 'lang-toggle').textContent(), ko['lang.switchTo']);
  const ids = await page.$$eval('.picker input[type=checkbox]', (els) => els.map((e) => e.value));
  assert.deepEqual(ids, IDS);
  assert.match(await byTestId(page, 'fn-relu').locator('xpath=..').textContent(), /ReLU/);
});

test('sigmoid at x = 0: f = 0.5, f′ = 0.25', async () => {
  await byTestId(page, 'fn-sigmoid').check();
  await setCursor(page, 0.5);
  await setCursor(page, 0);
  await expectText(page, 'readout-f-sigmoid', '0.5000');
  await expectText(page, 'readout-df-sigmoid', '0.2500');
  assert.equal(await value(page, 'readout-df-sigmoid'), 0.25);
  await page.waitForFunction(() => /0\.2500/.test(document.querySelector('[data-testid="summary"]').textContent));
});

test('the chart drew every point and series on its canvas', async () => {
  const chart = byTestId(page, 'chart');
  assert.equal(Number(await chart.getAttribute('data-points')), 601);
  const selected = await page.$$eval('.picker input:checked', (els) => els.length);
  assert.ok(selected >= 1);
  assert.equal(Number(await chart.getAttribute('data-series')), 2 * selected);
  const inked = await page.evaluate(() => {
    const c = document.querySelector('[data-testid="chart"] canvas');
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
    return { n, total: px.length / 4 };
  });
  assert.ok(inked.n > 2_000, `only ${inked.n} of ${inked.total} pixels drawn`);
  const aria = await chart.getAttribute('aria-label');
  assert.match(aria, /시그모이드/);
});

test('the cursor moves with the arrow keys', async () => {
  await byTestId(page, 'cursor-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    () => Math.abs(Number(document.querySelector('[data-testid="readout-x"]').dataset.value) - 0.02) < 1e-9,
  );
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="readout-x"]').dataset.value) === 0);
});

test('the saturation focus and a click on the chart', async () => {
  await byTestId(page, 'focus-select').selectOption('relu');
  await page.waitForFunction(() =>
    /ReLU.*\[-6, 0\.01\]/.test(document.querySelector('[data-testid="bands-text"]').textContent),
  );
  await byTestId(page, 'focus-select').selectOption('sigmoid');
  const over = page.locator('[data-testid="chart"] .u-over');
  const box = await over.boundingBox();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2); // x = 3
  await page.waitForFunction(
    () => Math.abs(Number(document.querySelector('[data-testid="readout-x"]').dataset.value) - 3) < 0.05,
  );
  assert.ok(Math.abs((await value(page, 'readout-f-sigmoid')) - 1 / (1 + Math.exp(-3))) < 0.01);
});

test('the ELU α slider changes the readout (x = −1, α = 0.5 → −0.316)', async () => {
  await byTestId(page, 'fn-elu').check();
  await setCursor(page, -1);
  await expectText(page, 'readout-f-elu', '-0.6321'); // α = 1 by default
  const slider = byTestId(page, 'param-elu-alpha');
  await slider.focus();
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft'); // 1.00 → 0.50, step 0.01
  await expectText(page, 'param-elu-alpha-value', '0.50');
  await expectText(page, 'readout-f-elu', '-0.3161');
  await expectText(page, 'readout-df-elu', '0.1839');
  assert.ok(Math.abs((await value(page, 'readout-f-elu')) - 0.5 * Math.expm1(-1)) < 1e-6);
  await page.waitForFunction(() => location.search.includes('elu.alpha=0.5'));
});

test('parameter sliders reach their bounds (Home / End keys)', async () => {
  await byTestId(page, 'fn-softplus').check();
  const slider = byTestId(page, 'param-softplus-beta');
  await slider.focus();
  await page.keyboard.press('Home'); // β = 0.05: the API must accept the UI's lower bound
  await expectText(page, 'param-softplus-beta-value', '0.05');
  assert.ok(Math.abs((await value(page, 'readout-f-softplus')) - Math.log1p(Math.exp(-0.05)) / 0.05) < 1e-3);
  await page.keyboard.press('End');
  await expectText(page, 'param-softplus-beta-value', '10.00');
  await expectText(page, 'readout-f-softplus', '0.0000'); // softplus_10(-1) = ln(1 + e^-10) / 10
  await byTestId(page, 'fn-softplus').uncheck();
});

test('softmax of [2, 1, 0.1] is [0.659, 0.242, 0.099]', async () => {
  await expectText(page, 'softmax-prob-0', '0.659');
  await expectText(page, 'softmax-prob-1', '0.242');
  await expectText(page, 'softmax-prob-2', '0.099');
  await page.screenshot({ path: join(SHOTS, 'explorer-ko.png'), fullPage: true });
  await byTestId(page, 'softmax-logits').fill('1, 1');
  await expectText(page, 'softmax-prob-0', '0.500');
  await expectText(page, 'softmax-prob-1', '0.500');
});

test('the English toggle switches the labels and persists in the URL', async () => {
  await byTestId(page, 'lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await page.locator('h1').textContent()).trim(), en['app.title']);
  assert.equal((await page.locator('legend').first().textContent()).trim(), en['picker.legend']);
  assert.equal(await byTestId(page, 'lang-toggle').textContent(), en['lang.switchTo']);
  assert.match(await byTestId(page, 'fn-sigmoid').locator('xpath=..').textContent(), /Sigmoid/);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'en');
  await page.reload();
  await page.waitForFunction(() => window.__actlabReady === true);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), en['meta.title']);
  await expectText(page, 'readout-f-elu', '-0.3161'); // state survived the reload
  await page.screenshot({ path: join(SHOTS, 'explorer-en.png'), fullPage: true });
  await page.close();
});

test('no horizontal overflow at 360 px', async () => {
  const narrow = await open('?fns=sigmoid,gelu_tanh,elu,swish', { viewport: { width: 360, height: 780 } });
  const { scroll, client } = await narrow.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
  const chartWidth = await narrow.evaluate(
    () => document.querySelector('[data-testid="chart"] canvas').getBoundingClientRect().width,
  );
  assert.ok(chartWidth > 250 && chartWidth <= 360, `chart ${chartWidth}px`);
  await narrow.screenshot({ path: join(SHOTS, 'explorer-360.png'), fullPage: true });
  await narrow.close();
});

test('malformed URL values fall back to defaults', async () => {
  const p = await open('?lang=xx&fns=nope&x=abc&xmin=5&xmax=-5&t=-1&logits=a,b&elu.alpha=99&focus=zzz');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'ko');
  const checked = await p.$$eval('.picker input:checked', (els) => els.map((e) => e.value));
  assert.deepEqual(checked, ['sigmoid', 'tanh', 'relu']);
  assert.equal(await value(p, 'readout-x'), 0);
  await expectText(p, 'softmax-prob-0', '0.659');
  assert.equal(await byTestId(p, 'xmin').inputValue(), '-6');
  await p.close();
});

test('a WASM load failure shows a localized error in the page', async () => {
  const p = await context.newPage();
  watch(p, 'wasm-failure', []); // errors are expected here
  await p.route(/\.wasm(\?|$)/, (route) => route.abort());
  await p.goto(baseUrl);
  await p.waitForFunction(() => document.body.dataset.ready === 'error', null, { timeout: 20_000 });
  const box = byTestId(p, 'load-error');
  assert.ok(await box.isVisible());
  assert.ok((await box.textContent()).includes(ko['error.title']));
  await byTestId(p, 'lang-toggle').click(); // the toggle still works without the core
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok((await box.textContent()).includes(en['error.title']));
  assert.equal(new URL(p.url()).searchParams.get('lang'), 'en');
  await p.close();
});

test('no console errors, page errors or failed requests', () => {
  assert.deepEqual(problems, []);
});
