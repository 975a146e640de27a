// <actlab-swish> on its demo page (web/demo/swish.html).
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

/** An independent search over the core's values: the smallest lab.forward value on a dense
 *  grid, and where lab.derivative changes sign on a finer grid around it. */
function independentMinimum(page, beta) {
  return page.evaluate((b) => {
    const lab = window.__actlab;
    const lo = -3 / b;
    const hi = -0.25 / b;
    const n = 200001;
    const xs = new Float32Array(n).map((_, i) => lo + ((hi - lo) * i) / (n - 1));
    const ys = lab.forward('swish', xs, { beta: b });
    let k = 0;
    for (let i = 1; i < n; i++) if (ys[i] < ys[k]) k = i;
    const near = new Float32Array(20001).map((_, i) => xs[k] - 0.01 / b + (0.02 / b) * (i / 20000));
    const d = lab.derivative('swish', near, { beta: b });
    let root = NaN;
    for (let i = 1; i < near.length; i++) if (d[i - 1] < 0 && d[i] >= 0) root = near[i];
    return { gridX: xs[k], y: ys[k], root };
  }, beta);
}

test('swish: redraws that keep the axes copy them (a cached layer) and show what a first drawing shows', async () => {
  const { page, problems } = await site.open('demo/swish.html');
  await waitReady(page, 'actlab-swish');
  const pixels = (sel) =>
    page.evaluate(async (sel) => {
      const p = await document.querySelector(sel).shadowRoot.querySelector('canvas').actlabPixels();
      return { w: p.width, h: p.height, data: Array.from(p.data) };
    }, sel);
  const setBeta = async (sel, beta) => {
    await page.evaluate(([sel, beta]) => document.querySelector(sel).setAttribute('beta', beta), [sel, beta]);
    await page.waitForFunction(([sel, beta]) => document.querySelector(sel).value.beta === beta, [sel, beta]);
    await nextFrame(page);
  };
  // β 1 → 1.1 → 1.2 → 1.3 keep the axes (x ±6, y −1…4): the 2nd redraw makes them a layer,
  // the 3rd copies it
  const a0 = await pixels('#a');
  for (const b of [1.1, 1.2, 1.3]) await setBeta('#a', b);
  const steps = await pixels('#a');
  // #b drawn once at β = 1.3 (from 0.1: other axes before, so its axes are drawn directly)
  await setBeta('#b', 1.3);
  const once = await pixels('#b');
  assert.equal(steps.w, once.w);
  assert.equal(steps.h, once.h);
  const differing = (p, q) => p.data.reduce((n, v, i) => n + (v !== q.data[i] ? 1 : 0), 0);
  assert.ok(differing(a0, steps) > 100, 'the curve moved');
  assert.equal(differing(steps, once), 0, 'axes copied from the layer look as drawn');
  assertNoProblems(problems);
  await page.closeContext();
});

test('swish: the dip minimum matches the core and halves its x when β doubles', async () => {
  const { page, problems } = await site.open('demo/swish.html');
  await waitReady(page, 'actlab-swish');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  const v1 = await a.evaluate((el) => el.value);
  assert.equal(v1.beta, 1);
  const ref = await independentMinimum(page, 1);
  assert.ok(Math.abs(v1.min.y - ref.y) < 1e-4, `${JSON.stringify(v1)} vs ${JSON.stringify(ref)}`);
  assert.ok(Math.abs(v1.min.x - ref.root) < 1e-4, `${JSON.stringify(v1)} vs ${JSON.stringify(ref)}`);
  assert.ok(Math.abs(v1.min.x - ref.gridX) < 2e-3, `${JSON.stringify(v1)} vs ${JSON.stringify(ref)}`);
  assert.ok(Math.abs(v1.min.x + 1.2785) < 1e-3 && Math.abs(v1.min.y + 0.2785) < 1e-3, JSON.stringify(v1));
  assert.match(await a.getByTestId('minimum').textContent(), /-1\.278.*-0\.278/);
  // β = 2 (quick-choice button): the minimum's x halves.
  await a.getByTestId('preset-2').click();
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('beta') === '2');
  await nextFrame(page); // the update runs on the next animation frame
  await page.waitForFunction(() => document.querySelector('#a').value.beta === 2);
  const v2 = await a.evaluate((el) => el.value);
  assert.ok(Math.abs(v2.min.x - v1.min.x / 2) < 1e-3, `${v2.min.x} vs ${v1.min.x}/2`);
  assert.ok(Math.abs(v2.min.y - v1.min.y / 2) < 1e-3, `${v2.min.y} vs ${v1.min.y}/2`);
  const ref2 = await independentMinimum(page, 2);
  assert.ok(Math.abs(v2.min.x - ref2.root) < 1e-4, `${JSON.stringify(v2)} vs ${JSON.stringify(ref2)}`);
  assert.equal(await a.getByTestId('preset-2').getAttribute('aria-pressed'), 'true');
  // The log-scale slider from the keyboard: Home → β = 0.1, the minimum moves far left.
  const slider = a.getByTestId('beta');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('beta') === '0.1');
  await nextFrame(page); // the update runs on the next animation frame
  const v3 = await a.evaluate((el) => el.value);
  assert.ok(Math.abs(v3.min.x - v1.min.x * 10) < 1e-2, JSON.stringify(v3));
  assert.match(await a.getByTestId('wide').textContent(), /16/);
  // The attribute drives it too.
  await a.evaluate((el) => el.setAttribute('beta', '10'));
  await page.waitForFunction(() => document.querySelector('#a').value.beta === 10);
  const v4 = await a.evaluate((el) => el.value);
  assert.ok(Math.abs(v4.min.x - v1.min.x / 10) < 1e-3, JSON.stringify(v4));
  // A bad attribute shows a notice and the default lab (β = 1), not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /beta="50"/);
  const bv = await bad.evaluate((el) => el.value);
  assert.equal(bv.beta, 1);
  assert.ok(Math.abs(bv.min.x - v1.min.x) < 1e-6);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, { name: 'swish', page: 'demo/swish.html', tag: 'actlab-swish', churn: '#a' });
