// <actlab-gelu-approx> on its demo page (web/demo/gelu-approx.html).
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

test('gelu-approx: max |gelu_tanh − gelu| in [1e-4, 1e-3]; the cursor reads the core', async () => {
  const { page, problems } = await site.open('demo/gelu-approx.html');
  await waitReady(page, 'actlab-gelu-approx');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  assert.equal(await a.locator('canvas').count(), 3);
  const v = await a.evaluate((el) => el.value);
  assert.ok(v.maxError >= 1e-4 && v.maxError <= 1e-3, JSON.stringify(v));
  assert.ok(Math.abs(Math.abs(v.at) - 2.69) < 0.05, `max error at ${v.at}`);
  // The printed maximum is the valued one: "|Δ| = 4.73 × 10⁻⁴".
  const printed = await a.getByTestId('max-error').textContent();
  const m = printed.match(/(\d\.\d+) × 10⁻⁴/);
  assert.ok(m, printed);
  assert.ok(Math.abs(Number(m[1]) * 1e-4 - v.maxError) < 0.01e-4, printed);
  // An independent check over the core's values on the same kind of grid.
  const independent = await page.evaluate(() => {
    const lab = window.__actlab;
    const xs = new Float32Array(4001).map((_, i) => -6 + (12 * i) / 4000);
    const g = lab.forward('gelu', xs);
    const t = lab.forward('gelu_tanh', xs);
    return Math.max(...g.map((_, i) => Math.abs(t[i] - g[i])));
  });
  assert.ok(Math.abs(independent - v.maxError) < 2e-5, `${independent} vs ${v.maxError}`);
  // Default cursor x = 1: Φ(1) ≈ 0.8413.
  assert.equal(v.x, 1);
  assert.ok(Math.abs(v.phi - 0.8413447) < 1e-6, String(v.phi));
  // Keyboard on the cursor slider moves x; values follow the core.
  const cursor = a.getByTestId('cursor');
  await cursor.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('x') !== '1');
  await nextFrame(page); // the update runs on the next animation frame
  await page.waitForFunction(() => document.querySelector('#a').value.x > 1);
  await nextFrame(page); // the update runs on the next animation frame
  const w = await a.evaluate((el) => el.value);
  const core = await page.evaluate((x) => {
    const lab = window.__actlab;
    return [lab.forward('gelu', Float32Array.of(x))[0], lab.forward('gelu_tanh', Float32Array.of(x))[0]];
  }, w.x);
  assert.equal(w.gelu, core[0]);
  assert.equal(w.geluTanh, core[1]);
  assert.ok(Math.abs(w.phi - w.gelu / Math.fround(w.x)) < 1e-7);
  assert.match(await a.getByTestId('readout').textContent(), /x = 1\.05/);
  // Φ(0) = 0.5 at the origin.
  await a.evaluate((el) => el.setAttribute('x', '0'));
  await page.waitForFunction(() => document.querySelector('#a').value.x === 0);
  assert.equal((await a.evaluate((el) => el.value)).phi, 0.5);
  // A bad attribute shows a notice and the default lab, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /xmin="abc"/);
  assert.match(await bad.getByTestId('notice').textContent(), /x="99"/);
  const bv = await bad.evaluate((el) => el.value);
  assert.ok(bv.maxError >= 1e-4 && bv.maxError <= 1e-3);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, {
  name: 'gelu-approx',
  page: 'demo/gelu-approx.html',
  tag: 'actlab-gelu-approx',
  churn: '#a',
});
