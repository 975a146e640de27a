// <actlab-gradient-flow> on its demo page (web/demo/gradient-flow.html).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoProblems,
  computedRuns,
  computedWhenIdle,
  startSite,
  waitReady,
  standardElementTests,
} from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const value = (loc) => loc.evaluate((el) => el.value);

test('gradient-flow: sigmoid/Xavier vanishes over 20 layers, ReLU/He does not (seed 1)', async () => {
  const { page, problems } = await site.open('demo/gradient-flow.html');
  await waitReady(page, 'actlab-gradient-flow');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  let v = await value(a);
  assert.deepEqual([v.depth, v.width, v.activation, v.init, v.seed], [20, 8, 'sigmoid', 'xavier', 1]);
  assert.equal(v.gradWNorm.length, 20);
  // first ÷ last ≤ 1e-6, i.e. last ÷ first ≥ 10⁶
  assert.ok(v.ratio <= 1e-6, String(v.ratio));
  assert.match(await a.getByTestId('readout').textContent(), /×10/);
  // The Jacobian diagonal of the sigmoid never exceeds 0.25.
  assert.ok(v.jacobian.max <= 0.25 + 1e-6 && v.jacobian.min >= 0, JSON.stringify(v.jacobian));
  assert.match(await a.getByTestId('jacobian-readout').textContent(), /0\.25/);
  // The ReLU/He preset: the gradient keeps its size (last ÷ first < 10²).
  await a.getByTestId('preset-relu-he').click();
  await page.waitForFunction(() => document.querySelector('#a').value.activation === 'relu');
  assert.equal(await a.getAttribute('activation'), 'relu');
  assert.equal(await a.getAttribute('init'), 'he');
  assert.equal(await a.getByTestId('preset-relu-he').getAttribute('aria-pressed'), 'true');
  v = await value(a);
  assert.ok(
    v.gradWNorm.every((g) => g > 0),
    JSON.stringify(v.gradWNorm),
  );
  assert.ok(1 / v.ratio < 1e2, String(v.ratio));
  // The depth slider from the keyboard: one layer fewer.
  await a.getByTestId('depth').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#a').value.gradWNorm.length === 19);
  assert.equal(await a.getAttribute('depth'), '19');
  // The activation select.
  await a.getByTestId('activation').selectOption('tanh');
  await page.waitForFunction(() => document.querySelector('#a').value.activation === 'tanh');
  // A bad attribute shows a notice and the default lab, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /depth="50"/);
  assert.match(await bad.getByTestId('notice').textContent(), /init="glorot"/);
  const vb = await value(bad);
  assert.equal(vb.depth, 10);
  assert.equal(vb.init, 'xavier');
  assert.equal(vb.gradWNorm.length, 10);
  assert.ok((await bad.getByTestId('readout').textContent()).length > 0);
  assertNoProblems(problems);
  await page.closeContext();
});

test('gradient-flow: the other depths are computed while the page is idle, so a first drag computes nothing', async () => {
  const { page, problems } = await site.open('demo/gradient-flow.html');
  await waitReady(page, 'actlab-gradient-flow');
  // the element counts the settings it had the core compute (data-computed)
  const runs = () => computedRuns(page, '#a');
  // on the page: the shown depth, then the other 19 of the same settings while idle
  const before = await computedWhenIdle(page, '#a', 20);
  assert.equal(before, 20);
  await page.evaluate(() => document.querySelector('#a').setAttribute('width', '6')); // nothing kept for width 6
  await page.waitForFunction(() => document.querySelector('#a').value.width === 6);
  // idle: every depth of width 6 gets computed (20 in all), then nothing more
  assert.equal(await computedWhenIdle(page, '#a', before + 20), before + 20);
  // a drag over every depth now finds each result ready
  const a = page.locator('#a');
  await a.getByTestId('depth').focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#a').value.gradWNorm.length === 1);
  for (let d = 2; d <= 20; d++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((d) => document.querySelector('#a').value.gradWNorm.length === d, d);
  }
  assert.equal(await runs(), before + 20);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, {
  name: 'gradient-flow',
  page: 'demo/gradient-flow.html',
  tag: 'actlab-gradient-flow',
  churn: '#a',
});
