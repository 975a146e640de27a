// <actlab-summary> on its demo page (web/demo/summary.html).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createActLab } from '../../wasm/node.js';
import { assertNoProblems, axeViolations, churn, hangulLeft, nextFrame, startSite, waitReady } from './harness.mjs';

// The catalogue's ids, read from the core itself.
const IDS = (await createActLab()).activations.map((a) => a.id);

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const rowIds = (loc) =>
  loc.evaluate((el) => [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.dataset.id));
const measured = (sel) =>
  `(() => { const v = document.querySelector('${sel}').value; return v && v.rows.length > 0 && v.rows.every((r) => Number.isFinite(r.nsPerElement) && r.nsPerElement > 0); })()`;

test('summary: a row per catalogue entry, f′(0) from the core, live costs, links, sorting', async () => {
  const { page, problems } = await site.open('demo/summary.html');
  await waitReady(page, 'actlab-summary');
  const a = page.locator('#a');
  assert.deepEqual(await rowIds(a), IDS);
  assert.deepEqual(
    (await a.evaluate((el) => el.value.rows)).map((r) => r.id),
    IDS,
  );
  assert.equal((await a.getByTestId('d0-sigmoid').textContent()).trim(), '0.25');
  assert.equal((await a.getByTestId('d0-relu').textContent()).trim(), '0');
  const rows = await a.evaluate((el) => el.value.rows);
  const relu = rows.find((r) => r.id === 'relu');
  assert.deepEqual(
    { range: relu.range, monotonic: relu.monotonic, smooth: relu.smooth, zeroCentred: relu.zeroCentred, d0: relu.d0 },
    { range: '[0, ∞)', monotonic: true, smooth: false, zeroCentred: false, d0: 0 },
  );
  // ✓/✗ carry text for screen readers.
  assert.match(await a.getByTestId('row-tanh').textContent(), /✓예/);

  // Costs are measured live, lazily, one function per idle slot; then all finite and > 0.
  await page.waitForFunction(measured('#a'), null, { timeout: 60000 });
  const costs = await a.evaluate((el) => el.value.rows.map((r) => r.nsPerElement));
  assert.ok(
    costs.every((c) => Number.isFinite(c) && c > 0),
    JSON.stringify(costs),
  );
  assert.match(await a.getByTestId('ns-relu').textContent(), /^\d+\.\d+$/);
  assert.notEqual((await a.getByTestId('readout').textContent()).trim(), '');

  // sections → links to the page's anchors; none on an instance without it.
  assert.equal(await a.getByTestId('link-sigmoid').getAttribute('href'), '#sec-2');
  assert.equal(await a.getByTestId('link-relu').getAttribute('href'), '#sec-3');
  assert.equal(await a.getByTestId('link-tanh').count(), 0);
  const b = page.locator('#b');
  assert.equal(await b.locator('a').count(), 0);
  // sort="-d0": largest f′(0) first, ties kept in catalogue order
  assert.deepEqual(await rowIds(b), ['gelu', 'silu', 'leaky_relu', 'relu']);
  assert.equal(await b.locator('th[aria-sort]').getAttribute('aria-sort'), 'descending');

  // `fns` set later is read again (the sort stays).
  await b.evaluate((el) => el.setAttribute('fns', 'relu,tanh'));
  await page.waitForFunction(() => document.querySelector('#b').value.rows.length === 2);
  assert.deepEqual(await rowIds(b), ['tanh', 'relu']);

  // A language change on the page re-labels the table.
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(() =>
    document.querySelector('#a').shadowRoot.querySelector('caption').textContent.includes('at a glance'),
  );
  await page.waitForFunction(
    () =>
      document.querySelector('#a').shadowRoot.querySelector('[data-testid="link-sigmoid"]').textContent.trim() ===
      'Sigmoid',
  );
  await page.evaluate(() => (document.documentElement.lang = 'ko'));

  // A heading button sorts (ascending, then descending) and reflects `sort`.
  await a.getByTestId('sort-ns').click();
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('sort') === 'ns');
  await nextFrame(page); // the update runs on the next animation frame
  const byCost = await a.evaluate((el) => el.value.rows.map((r) => r.nsPerElement));
  assert.deepEqual(
    byCost,
    [...byCost].sort((x, y) => x - y),
  );
  assert.equal(await a.locator('th[aria-sort]').getAttribute('aria-sort'), 'ascending');
  await a.getByTestId('sort-ns').press('Enter');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('sort') === '-ns');
  await nextFrame(page); // the update runs on the next animation frame
  const desc = await a.evaluate((el) => el.value.rows.map((r) => r.nsPerElement));
  assert.deepEqual(
    desc,
    [...desc].sort((x, y) => y - x),
  );

  // A bad attribute shows a notice and the default table, not a blank box.
  const bad = page.locator('#bad');
  const notice = await bad.getByTestId('notice').textContent();
  assert.match(notice, /fns="relu,nope"/);
  assert.match(notice, /sections="relu"/);
  assert.deepEqual(await rowIds(bad), IDS);
  assertNoProblems(problems);
  await page.closeContext();
});

test('summary: English leaves no Korean text; axe finds no serious violation; 360 px', async () => {
  const { page, problems } = await site.open('demo/summary.html', {
    lang: 'en',
    viewport: { width: 360, height: 740 },
  });
  await waitReady(page, 'actlab-summary');
  await page.waitForFunction(measured('#a'), null, { timeout: 60000 });
  assert.deepEqual(await hangulLeft(page), []);
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('summary: 1,000 remove/re-add cycles leave no WASM object behind', async () => {
  const { page, problems } = await site.open('demo/summary.html');
  await waitReady(page, 'actlab-summary');
  // let every instance on screen finish measuring first (a measurement holds two buffers);
  // instances below the fold wait, holding nothing
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('actlab-summary')]
        .filter((el) => el.dataset.ready === 'true' && el.onScreen)
        .every((el) => el.value.rows.every((r) => Number.isFinite(r.nsPerElement))),
    null,
    { timeout: 60000 },
  );
  const { before, after } = await churn(page, '#a', 1000);
  assert.deepEqual(after, before);
  // mid-measurement removal too: a fresh cost run, removed while it runs
  const mid = await page.evaluate(async () => {
    const el = document.querySelector('#a');
    el.shadowRoot.querySelector('[data-testid="remeasure"]').click();
    await new Promise((r) => setTimeout(r, 30));
    const parent = el.parentNode;
    const next = el.nextSibling;
    el.remove();
    const after = window.__actlab.liveObjects();
    parent.insertBefore(el, next);
    return after;
  });
  assert.deepEqual(mid, before);
  assertNoProblems(problems);
  await page.closeContext();
});
