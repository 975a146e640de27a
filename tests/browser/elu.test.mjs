// <actlab-elu> on its demo page (web/demo/elu.html).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoProblems,
  computedRuns,
  computedWhenIdle,
  nextFrame,
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

const meanAbs = (a) => a.reduce((s, v) => s + Math.abs(v), 0) / a.length;

test('elu: ELU keeps the layer means nearer zero than ReLU; α moves the plotted minimum toward −α', async () => {
  const { page, problems } = await site.open('demo/elu.html');
  await waitReady(page, 'actlab-elu');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  let v = await a.evaluate((el) => el.value);
  assert.equal(v.alpha, 1);
  assert.equal(v.relu.length, 5);
  assert.equal(v.elu.length, 5);
  assert.ok(
    v.relu.every((m) => m > 0),
    `ReLU means ${v.relu}`,
  );
  assert.ok(meanAbs(v.elu) < meanAbs(v.relu), `|ELU| ${meanAbs(v.elu)} ≥ |ReLU| ${meanAbs(v.relu)}`);
  // The plotted minimum is f(−6) = −α(1 − e^−6): just above −α.
  assert.ok(Math.abs(v.plotMin - (Math.exp(-6) - 1)) < 1e-6, String(v.plotMin));
  // The α slider: the minimum follows −α.
  await a.getByTestId('alpha').fill('3');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('alpha') === '3');
  await nextFrame(page); // the update runs on the next animation frame
  v = await a.evaluate((el) => el.value);
  assert.ok(Math.abs(v.plotMin - 3 * (Math.exp(-6) - 1)) < 1e-5, String(v.plotMin));
  assert.ok(v.plotMin < -2.9 && v.plotMin > -3, String(v.plotMin));
  assert.match(await a.getByTestId('readout').textContent(), /-2\.99/);
  // Keyboard on the α slider: one step left lowers α by 0.01, the minimum rises by ~0.01.
  await a.getByTestId('alpha').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('alpha') === '2.99');
  await nextFrame(page); // the update runs on the next animation frame
  const v2 = await a.evaluate((el) => el.value);
  assert.ok(v2.plotMin > v.plotMin, `${v2.plotMin} ≤ ${v.plotMin}`);
  // Depth: one mean per hidden layer; both networks of 8 layers.
  await a.getByTestId('depth').fill('8');
  await page.waitForFunction(() => document.querySelector('#a').value.elu.length === 8);
  v = await a.evaluate((el) => el.value);
  assert.equal(v.relu.length, 8);
  assert.equal(await a.getAttribute('depth'), '8');
  // A bad attribute shows a notice and the default lab.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /alpha="0"/);
  assert.match(await bad.getByTestId('notice').textContent(), /depth="12"/);
  const bv = await bad.evaluate((el) => el.value);
  assert.equal(bv.alpha, 1);
  assert.equal(bv.elu.length, 5);
  assertNoProblems(problems);
  await page.closeContext();
});

test('elu: the other α values are computed while the page is idle, so dragging α computes nothing', async () => {
  const { page, problems } = await site.open('demo/elu.html');
  await waitReady(page, 'actlab-elu');
  // the element counts the ELU networks it had the core measure (data-computed)
  const runs = () => computedRuns(page, '#a');
  // the shown α, then the slider's other 499 (0.01…5 in steps of 0.01) while idle
  const before = await computedWhenIdle(page, '#a', 500);
  assert.equal(before, 500);
  // dragging α from the keyboard: every value found ready
  const a = page.locator('#a');
  await a.getByTestId('alpha').focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#a').value.alpha === 0.01);
  for (let k = 2; k <= 37; k++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => document.querySelector('#a').value.alpha === k / 100, k);
  }
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('#a').value.alpha === 5);
  assert.equal(await runs(), before);
  // what was computed ahead is what a fresh element computes for that α
  await page.keyboard.press('Home');
  for (let k = 2; k <= 37; k++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').value.alpha === 0.37);
  await nextFrame(page);
  const kept = await a.evaluate((el) => el.value);
  const fresh = await page.evaluate(async () => {
    const el = document.createElement('actlab-elu');
    el.setAttribute('alpha', '0.37');
    document.body.prepend(el);
    await new Promise((r) => el.addEventListener('actlab-ready', r, { once: true }));
    const v = el.value;
    el.remove();
    return v;
  });
  assert.deepEqual(fresh.elu, kept.elu);
  assert.deepEqual(fresh.relu, kept.relu);
  assert.equal(await runs(), before);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, { name: 'elu', page: 'demo/elu.html', tag: 'actlab-elu', churn: '#a' });
