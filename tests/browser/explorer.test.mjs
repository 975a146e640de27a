// <actlab-explorer> in the browser: the explorer page (web/explorer.html, the element with
// `sync-url`) and its demo page (web/demo/explorer.html: attributes, a bad one, two instances).
//
//   ACTLAB_WEB_OUTDIR=build/web-x node --test tests/browser/explorer.test.mjs
//
// Built and served by the shared harness (tests/browser/harness.mjs); screenshots go to
// build/screenshots/explorer-{ko,en,360}.png. Playwright locators pierce the open shadow root;
// page functions reach into it through `shadow(sel)` below.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createActLab } from '../../wasm/node.js';
import { repoRoot } from '../../web/serve.mjs';
import en from '../../web/src/i18n/en.js';
import ko from '../../web/src/i18n/ko.js';
import {
  assertNoProblems,
  axeViolations,
  churn,
  hangulLeft,
  liveObjects,
  nextFrame,
  startSite,
  waitReady,
} from './harness.mjs';

const SHOTS = join(repoRoot, 'build', 'screenshots');
// The catalogue's ids in table order (core/act/catalogue.h), read from the module itself.
const IDS = (await createActLab()).activations.map((a) => a.id);
const PAGE = 'explorer.html';

let site;
/** Problems (console errors, page errors, failed requests) of every page that must have none. */
const problems = [];

before(async () => {
  site = await startSite();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await site?.close();
});

/** Opens the explorer page (query e.g. '?fns=relu') and waits until its first frame is drawn. */
async function open(query = '', { viewport = { width: 1280, height: 900 }, lang } = {}) {
  const { page, problems: seen } = await site.open(PAGE, { query, viewport, lang });
  page.seen = seen;
  await page.waitForFunction(() => window.__actlabReady === true || document.body.dataset.ready === 'error', null, {
    timeout: 20_000,
  });
  if ((await page.evaluate(() => document.body.dataset.ready)) !== 'true') {
    assert.fail(`page did not load: ${await page.getByTestId('load-error').textContent()}\n${seen.join('\n')}`);
  }
  return page;
}
/** Closes a page, keeping what went wrong on it. */
async function close(page) {
  problems.push(...page.seen);
  await page.closeContext();
}

const byTestId = (page, id) => page.locator('actlab-explorer').getByTestId(id);
// In page functions: an element inside the explorer's shadow root.
const SHADOW = (sel) => document.querySelector('actlab-explorer').shadowRoot.querySelector(sel);
const inShadow = (fn) => `(${fn})()`.replaceAll('shadow(', `(${SHADOW})(`);

/** Waits until the element's text equals `expected`; fails with the last text seen. */
async function expectText(page, id, expected, timeout = 5_000) {
  try {
    await page.waitForFunction(
      ([sel, want]) =>
        document.querySelector('actlab-explorer').shadowRoot.querySelector(sel)?.textContent.trim() === want,
      [`[data-testid="${id}"]`, expected],
      { timeout },
    );
  } catch {
    assert.equal(await byTestId(page, id).textContent(), expected, `text of [data-testid=${id}]`);
  }
}

async function value(page, id) {
  return Number(await byTestId(page, id).getAttribute('data-value'));
}

/** Waits until the readout's x (data-value) satisfies |x − want| < tol. */
async function waitX(page, want, tol = 1e-9) {
  await page.waitForFunction(
    ([w, e]) =>
      Math.abs(
        Number(
          document.querySelector('actlab-explorer').shadowRoot.querySelector('[data-testid="readout-x"]')?.dataset
            .value,
        ) - w,
      ) <= e,
    [want, tol],
  );
}

async function setCursor(page, x) {
  await byTestId(page, 'cursor-x').fill(String(x));
  await waitX(page, x, 0);
}

let page; // the main page, shared by the next tests in order

test('loads in Korean with a checkbox per catalogue entry', async () => {
  page = await open();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await page.title(), ko['meta.title']);
  assert.equal((await page.locator('h1').textContent()).trim(), ko['app.title']);
  assert.equal(
    (await page.locator('actlab-explorer legend').first().textContent()).trim(),
    ko['explorer.picker.legend'],
  );
  assert.equal(await page.getByTestId('lang-toggle').textContent(), ko['lang.switchTo']);
  const ids = await page
    .locator('actlab-explorer .picker input[type=checkbox]')
    .evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(ids, IDS);
  assert.match(await byTestId(page, 'fn-relu').locator('xpath=..').textContent(), /ReLU/);
  // The page's ids stay out of the shadow root: nothing inside is reachable by document lookups.
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('[data-testid="chart"], [id^="actlab-"]').length),
    0,
  );
  assert.deepEqual(await page.evaluate(() => document.querySelector('actlab-explorer').value.fns), [
    'sigmoid',
    'tanh',
    'relu',
  ]);
});

test('sigmoid at x = 0: f = 0.5, f′ = 0.25', async () => {
  await byTestId(page, 'fn-sigmoid').check();
  await setCursor(page, 0.5);
  await setCursor(page, 0);
  await expectText(page, 'readout-f-sigmoid', '0.5000');
  await expectText(page, 'readout-df-sigmoid', '0.2500');
  assert.equal(await value(page, 'readout-df-sigmoid'), 0.25);
  await page.waitForFunction(inShadow(() => /0\.2500/.test(shadow('[data-testid="summary"]').textContent)));
});

test('the chart drew every point and series on its canvas', async () => {
  const chart = byTestId(page, 'chart');
  assert.equal(Number(await chart.getAttribute('data-points')), 601);
  const selected = await page.locator('actlab-explorer .picker input:checked').count();
  assert.ok(selected >= 1);
  assert.equal(Number(await chart.getAttribute('data-series')), 2 * selected);
  assert.equal(await chart.getAttribute('role'), 'img');
  const inked = await page.evaluate(
    inShadow(async () => {
      // drawn by the page's surface worker: read back through the chart's canvas
      const { data: px } = await shadow('[data-testid="chart"] canvas').actlabPixels();
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
      return { n, total: px.length / 4 };
    }),
  );
  assert.ok(inked.n > 2_000, `only ${inked.n} of ${inked.total} pixels drawn`);
  const aria = await chart.getAttribute('aria-label');
  assert.match(aria, /시그모이드/);
});

test('the cursor moves with the arrow keys; x is reflected to the attribute', async () => {
  await byTestId(page, 'cursor-slider').focus();
  await page.keyboard.press('ArrowRight');
  await waitX(page, 0.02);
  await page.waitForFunction(() => document.querySelector('actlab-explorer').getAttribute('x') === '0.02');
  await nextFrame(page); // the update runs on the next animation frame
  await page.keyboard.press('ArrowLeft');
  await waitX(page, 0);
  await page.waitForFunction(() => !document.querySelector('actlab-explorer').hasAttribute('x')); // default: removed
});

test('the saturation focus and a click on the chart', async () => {
  await byTestId(page, 'focus-select').selectOption('relu');
  await page.waitForFunction(
    inShadow(() => /ReLU.*\[-6, 0\.01\]/.test(shadow('[data-testid="bands-text"]').textContent)),
  );
  assert.equal(await page.locator('actlab-explorer').getAttribute('focus'), 'relu');
  await byTestId(page, 'focus-select').selectOption('sigmoid');
  const over = page.locator('actlab-explorer [data-testid="chart"] .u-over');
  const box = await over.boundingBox();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2); // x = 3
  await waitX(page, 3, 0.05);
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
  assert.equal(await page.locator('actlab-explorer').getAttribute('params'), 'elu.alpha=0.5');
  assert.deepEqual(await page.evaluate(() => document.querySelector('actlab-explorer').value.params), {
    'elu.alpha': 0.5,
  });
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

test('a field being typed in is not overwritten by the redraw it causes', async () => {
  const field = byTestId(page, 'cursor-x');
  await field.fill('-0.50');
  await waitX(page, -0.5, 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await field.inputValue(), '-0.50'); // not rewritten to '-0.5' (shadow activeElement)
  await setCursor(page, -1);
});

test('formulas are KaTeX HTML rendered at build time, with KaTeX fonts from the page', async () => {
  const card = byTestId(page, 'formula-sigmoid');
  assert.equal(await card.locator('.katex-display').count(), 2);
  assert.equal(await card.locator('math').count(), 2); // MathML for screen readers
  const font = await card
    .locator('.katex')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(font, /KaTeX_Main/);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length;
  });
  assert.ok(loaded > 0, 'no KaTeX font loaded');
  assert.equal(await page.evaluate(() => typeof window.katex), 'undefined');
  // No inline style attribute from KaTeX (the generated classes replace them).
  assert.equal(await card.locator('[style]').count(), 0);
});

test('softmax of [2, 1, 0.1] is [0.659, 0.242, 0.099]', async () => {
  await expectText(page, 'softmax-prob-0', '0.659');
  await expectText(page, 'softmax-prob-1', '0.242');
  await expectText(page, 'softmax-prob-2', '0.099');
  await page.screenshot({ path: join(SHOTS, 'explorer-ko.png'), fullPage: true });
  await byTestId(page, 'softmax-logits').fill('1, 1');
  await expectText(page, 'softmax-prob-0', '0.500');
  await expectText(page, 'softmax-prob-1', '0.500');
  assert.equal(await byTestId(page, 'softmax-logits').inputValue(), '1, 1'); // not '1.0, 1.0' while typing
  await page.waitForFunction(() => document.querySelector('actlab-explorer').getAttribute('logits') === '1,1');
  await nextFrame(page); // the update runs on the next animation frame
});

test('the English toggle switches the labels and persists in the URL', async () => {
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await page.locator('h1').textContent()).trim(), en['app.title']);
  await page.waitForFunction(
    (want) => document.querySelector('actlab-explorer').shadowRoot.querySelector('legend').textContent === want,
    en['explorer.picker.legend'],
  );
  assert.equal(await page.getByTestId('lang-toggle').textContent(), en['lang.switchTo']);
  assert.match(await byTestId(page, 'fn-sigmoid').locator('xpath=..').textContent(), /Sigmoid/);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'en');
  await page.waitForFunction(() => location.search.includes('logits=1,1')); // the element kept ?lang=
  await page.reload();
  await page.waitForFunction(() => window.__actlabReady === true);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), en['meta.title']);
  await expectText(page, 'readout-f-elu', '-0.3161'); // state survived the reload
  await expectText(page, 'softmax-prob-0', '0.500');
  await page.screenshot({ path: join(SHOTS, 'explorer-en.png'), fullPage: true });
  await close(page);
});

test('English leaves no Korean text; axe finds no serious violation', async () => {
  const p = await open('?fns=sigmoid,elu,swish', { lang: 'en' });
  assert.deepEqual(await hangulLeft(p), []);
  assert.deepEqual(await axeViolations(p), []);
  await close(p);
  const k = await open();
  assert.deepEqual(await axeViolations(k), []);
  await close(k);
});

test('no horizontal overflow at 360 px', async () => {
  const narrow = await open('?fns=sigmoid,gelu_tanh,elu,swish', { viewport: { width: 360, height: 780 } });
  const { scroll, client } = await narrow.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
  const chartWidth = await narrow
    .locator('actlab-explorer [data-testid="chart"] canvas')
    .first()
    .evaluate((c) => c.getBoundingClientRect().width);
  assert.ok(chartWidth > 250 && chartWidth <= 360, `chart ${chartWidth}px`);
  await narrow.screenshot({ path: join(SHOTS, 'explorer-360.png'), fullPage: true });
  await close(narrow);
});

test('malformed URL values fall back to defaults, with a notice in the widget', async () => {
  const p = await open('?lang=xx&fns=nope&x=abc&xmin=5&xmax=-5&t=-1&logits=a,b&elu.alpha=99&focus=zzz');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'ko');
  const checked = await p
    .locator('actlab-explorer .picker input:checked')
    .evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(checked, ['sigmoid', 'tanh', 'relu']);
  assert.equal(await value(p, 'readout-x'), 0);
  await expectText(p, 'softmax-prob-0', '0.659');
  assert.equal(await byTestId(p, 'xmin').inputValue(), '-6');
  const notice = byTestId(p, 'notice');
  assert.ok(await notice.isVisible());
  const text = await notice.textContent();
  for (const bad of ['fns="nope"', 'x="abc"', 'xmin="5"', 't="-1"', 'logits="a,b"', 'elu.alpha="99"', 'focus="zzz"']) {
    assert.ok(text.includes(bad), `notice lacks ${bad}: ${text}`);
  }
  // the URL is cleaned up (only ?lang=xx, which is the page's, stays)
  await p.waitForFunction(() => location.search === '?lang=xx');
  await close(p);
});

test('attributes: start state, bad values with a notice, two instances side by side', async () => {
  const { page: d, problems: seen } = await site.open('demo/explorer.html');
  for (const id of ['bad', 'b']) {
    await d.locator(`#${id}`).scrollIntoViewIfNeeded();
    await waitReady(d, `#${id}`);
  }
  const b = d.locator('#b');
  assert.deepEqual(await b.evaluate((el) => el.value), {
    fns: ['elu', 'swish'],
    focus: null,
    xmin: -6,
    xmax: 6,
    x: -1,
    params: { 'elu.alpha': 0.5, 'swish.beta': 2 },
    logits: [1, 2],
    t: 1,
  });
  assert.ok(
    Math.abs(Number(await b.getByTestId('readout-f-elu').getAttribute('data-value')) - 0.5 * Math.expm1(-1)) < 1e-6,
  );
  // Before it starts (not even connected), the value is the state its attributes describe.
  const early = await d.evaluate(() => {
    const el = document.createElement('actlab-explorer');
    el.setAttribute('fns', 'relu,gelu');
    el.setAttribute('x', '2');
    return el.value;
  });
  assert.deepEqual([early.fns, early.x, early.t], [['relu', 'gelu'], 2, 1]);
  // An attribute set from outside is read back into the state.
  await b.evaluate((el) => el.setAttribute('x', '2'));
  await d.waitForFunction(() => document.querySelector('#b').value.x === 2);
  await b.getByTestId('fn-relu').check();
  await d.waitForFunction(() => document.querySelector('#b').getAttribute('fns') === 'relu,elu,swish');
  const event = await b.evaluate(
    (el) =>
      new Promise((resolve) => {
        el.addEventListener('actlab-change', (e) => resolve(e.detail.logits), { once: true });
        el.setAttribute('logits', '3,2,1');
      }),
  );
  assert.deepEqual(event, [3, 2, 1]);
  // Bad attributes: a notice per attribute and the defaults, never a blank box.
  const bad = d.locator('#bad');
  const notice = await bad.getByTestId('notice').textContent();
  for (const s of ['fns="nope"', 'xmin="abc"', 'params="foo=1"', 'params="elu.alpha=99"', 't="-3"']) {
    assert.ok(notice.includes(s), `notice lacks ${s}: ${notice}`);
  }
  assert.equal(await bad.locator('.picker input:checked').count(), 3);
  assert.equal(await bad.getByTestId('softmax-prob-0').textContent(), '0.659');
  // Per-instance ids: two instances, no shared id, every label finds its own control.
  const ids = await d.evaluate(() =>
    [...document.querySelectorAll('actlab-explorer')].flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('[id]')].map((n) => n.id),
    ),
  );
  assert.equal(new Set(ids).size, ids.length);
  const orphans = await b.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('label[for]')].filter((l) => !l.control).map((l) => l.htmlFor),
  );
  assert.deepEqual(orphans, []);
  assertNoProblems(seen);
  await d.closeContext();
});

test('1,000 remove/re-add cycles leave no WASM object, observer or listener behind', async () => {
  const p = await open('?fns=sigmoid,elu&x=1');
  // Count live ResizeObservers and window/document listeners from the start (then reload).
  await p.addInitScript(() => {
    const leaks = (window.__leaks = { observers: 0, listeners: 0 });
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      observe(...args) {
        if (!this.__live) leaks.observers++;
        this.__live = true;
        return super.observe(...args);
      }
      disconnect() {
        if (this.__live) leaks.observers--;
        this.__live = false;
        return super.disconnect();
      }
    };
    for (const target of [window, document]) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const live = new Set();
      const key = (type, fn, opts) => `${type}|${typeof opts === 'boolean' ? opts : !!opts?.capture}|${fn?.__id ?? ''}`;
      let next = 0;
      target.addEventListener = function (type, fn, opts) {
        if (fn && !fn.__id) fn.__id = ++next;
        const k = key(type, fn, opts);
        if (!live.has(k) && !opts?.once) {
          live.add(k);
          leaks.listeners++;
        }
        return add.call(this, type, fn, opts);
      };
      target.removeEventListener = function (type, fn, opts) {
        if (live.delete(key(type, fn, opts))) leaks.listeners--;
        return remove.call(this, type, fn, opts);
      };
    }
  });
  await p.reload();
  await p.waitForFunction(() => window.__actlabReady === true, null, { timeout: 20_000 });
  const objectsBefore = await liveObjects(p);
  assert.ok(objectsBefore.buffers >= 4, JSON.stringify(objectsBefore)); // the element owns its buffers
  // Removed: what is left alive without the element.
  const detached = () =>
    p.evaluate(async () => {
      const el = document.querySelector('#explorer');
      const [parent, next] = [el.parentNode, el.nextSibling];
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      const leaks = { ...window.__leaks, objects: window.__actlab.liveObjects() };
      parent.insertBefore(el, next);
      return leaks;
    });
  const leaksBefore = await detached();
  await waitReady(p, '#explorer');
  const { before, after } = await churn(p, '#explorer', 1000);
  assert.deepEqual(after, before);
  assert.deepEqual(await detached(), leaksBefore);
  await close(p);
});

test('a WASM load failure shows a localized error in the page', async () => {
  const { page: p, problems: expected } = await site.open(PAGE); // errors are expected here
  await p.route(/\.wasm(\?|$)/, (route) => route.abort());
  await p.reload();
  await p.waitForFunction(() => document.body.dataset.ready === 'error', null, { timeout: 20_000 });
  const box = p.getByTestId('load-error');
  assert.ok(await box.isVisible());
  assert.ok((await box.textContent()).includes(ko['error.title']));
  await p.getByTestId('lang-toggle').click(); // the toggle still works without the core
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok((await box.textContent()).includes(en['error.title']));
  assert.equal(new URL(p.url()).searchParams.get('lang'), 'en');
  assert.ok(expected.length > 0);
  await p.closeContext();
});

test('no console errors, page errors or failed requests', () => {
  assertNoProblems(problems);
});
