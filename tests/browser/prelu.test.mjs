// <actlab-prelu> on its demo page (web/demo/prelu.html).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoProblems, axeViolations, churn, hangulLeft, nextFrame, startSite, waitReady } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('prelu: the α slider moves Leaky ReLU(−2) to α·(−2); training moves PReLU’s α off 0.25', async () => {
  const { page, problems } = await site.open('demo/prelu.html');
  await waitReady(page, 'actlab-prelu');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  let v = await a.evaluate((el) => el.value);
  assert.equal(v.alpha, 0.01);
  assert.ok(Math.abs(v.probe.leaky - -0.02) < 1e-7, String(v.probe.leaky));
  assert.deepEqual(v.learnedAlpha, []);
  // The slider (keyboard): each step changes α by 0.01 and the value at −2 by −0.02.
  const slider = a.getByTestId('alpha');
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('alpha') === '0.05');
  await nextFrame(page); // the update runs on the next animation frame
  v = await a.evaluate((el) => el.value);
  assert.equal(v.probe.leaky, Math.fround(0.05) * -2);
  // fill() as well, to a larger α
  await slider.fill('0.37');
  await page.waitForFunction(() => document.querySelector('#a').value.alpha === 0.37);
  v = await a.evaluate((el) => el.value);
  assert.equal(v.probe.leaky, Math.fround(0.37) * -2);
  assert.match(await a.getByTestId('readout').textContent(), /= -0\.7400$/);
  // Training: the first layer's α history starts at 0.25 and ends elsewhere.
  await a.getByTestId('train').click();
  await page.waitForFunction(
    () =>
      /100/.test(document.querySelector('#a').shadowRoot.querySelector('[data-testid=progress]').textContent) &&
      document.querySelector('#a').value.learnedAlpha.length === 101,
    null,
    { timeout: 30000 },
  );
  v = await a.evaluate((el) => el.value);
  assert.ok(v.learnedAlpha.length > 1);
  assert.equal(v.learnedAlpha[0], 0.25);
  assert.notEqual(v.learnedAlpha.at(-1), 0.25);
  assert.equal(v.layers.length, 2);
  assert.match(await a.getByTestId('learned').textContent(), /1층 α = /);
  // The learned PReLU curve joins the top chart's key.
  assert.match(await a.locator('.key').first().textContent(), /PReLU/);
  // A bad attribute shows a notice and the default lab.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /alpha="2"/);
  assert.match(await bad.getByTestId('notice').textContent(), /seed="-1"/);
  assert.equal(await bad.evaluate((el) => el.value.alpha), 0.01);
  assertNoProblems(problems);
  await page.closeContext();
});

test('prelu: English leaves no Korean text; axe finds no serious violation; 360 px', async () => {
  const { page, problems } = await site.open('demo/prelu.html', { lang: 'en', viewport: { width: 360, height: 740 } });
  await waitReady(page, 'actlab-prelu');
  await page.locator('#a').getByTestId('train').click();
  await page.waitForFunction(() => document.querySelector('#a').value.learnedAlpha.length > 5, null, {
    timeout: 30000,
  });
  assert.deepEqual(await hangulLeft(page), []);
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('prelu: 1,000 remove/re-add cycles leave no WASM object behind', async () => {
  const { page, problems } = await site.open('demo/prelu.html');
  await waitReady(page, 'actlab-prelu');
  await page.locator('#a').getByTestId('train').click();
  const { before, after } = await churn(page, '#a', 1000);
  assert.deepEqual(after, before);
  assertNoProblems(problems);
  await page.closeContext();
});
