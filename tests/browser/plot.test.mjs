// <actlab-plot> on its demo page (web/demo/plot.html).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoProblems, nextFrame, startSite, waitReady, standardElementTests } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('plot: renders, reads out sigmoid′(0) = 0.25, follows its cursor and parameter', async () => {
  const { page, problems } = await site.open('demo/plot.html');
  await waitReady(page, 'actlab-plot');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  assert.match(await a.getByTestId('readout').textContent(), /f′\(0\) = 0\.2500/);
  assert.deepEqual((await a.evaluate((el) => el.value.values))[0], { id: 'sigmoid', f: 0.5, df: 0.25 });
  // Keyboard on the cursor slider moves x and the readout; the attribute reflects it.
  const cursor = a.getByTestId('cursor');
  await cursor.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('x') !== '0');
  await nextFrame(page); // the update runs on the next animation frame
  const x = Number(await a.getAttribute('x'));
  assert.ok(x > 0);
  const v = await a.evaluate((el) => el.value.values[0]);
  assert.ok(v.f > 0.5 && v.df < 0.25, JSON.stringify(v));
  // The ELU α slider changes ELU's value at x = -1 (f(-1) = α(e^-1 − 1)).
  const b = page.locator('#b');
  const before = (await b.evaluate((el) => el.value.values))[0].f;
  assert.ok(Math.abs(before - 0.5 * (Math.exp(-1) - 1)) < 1e-6, String(before));
  await b.getByTestId('param-alpha').fill('2');
  await page.waitForFunction(() => document.querySelector('#b').getAttribute('alpha') === '2');
  await nextFrame(page); // the update runs on the next animation frame
  const afterV = (await b.evaluate((el) => el.value.values))[0].f;
  assert.ok(Math.abs(afterV - 2 * (Math.exp(-1) - 1)) < 1e-6, String(afterV));
  // A bad attribute shows a notice and the default plot, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /fn="nope"/);
  assert.match(await bad.getByTestId('readout').textContent(), /f\(0\) = 0\.5000/);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, { name: 'plot', page: 'demo/plot.html', tag: 'actlab-plot', churn: '#a' });
