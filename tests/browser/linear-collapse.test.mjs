// <actlab-linear-collapse> on its demo page (web/demo/linear-collapse.html).
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

const value = (loc) => loc.evaluate((el) => el.value);

test('linear-collapse: identity collapses to W·x + b, tanh does not; a nonlinear layer separates circles', async () => {
  const { page, problems } = await site.open('demo/linear-collapse.html');
  await waitReady(page, 'actlab-linear-collapse');
  const a = page.locator('#a');
  // Identity between the layers: the stack is one affine map (float32 rounding only).
  let v = await value(a);
  assert.equal(v.activation, 'identity');
  assert.equal(v.layers, 3);
  assert.ok(v.maxDifference < 1e-4, String(v.maxDifference));
  assert.equal(v.W.length, 1);
  assert.equal(v.W[0].length, 2);
  assert.equal(v.b.length, 1);
  assert.match(await a.getByTestId('difference').textContent(), /\d\.\d\d×10⁻[⁵⁶⁷⁸⁹]/);
  assert.equal(await a.getByTestId('collapsed').locator('.cell').count(), 3);
  // The layers slider from the keyboard: one more layer, still collapsing.
  await a.getByTestId('layers').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('layers') === '4');
  await nextFrame(page); // the update runs on the next animation frame
  await page.waitForFunction(() => document.querySelector('#a').value.layers === 4);
  v = await value(a);
  assert.ok(v.maxDifference < 1e-4, String(v.maxDifference));
  // The scatter is kept per stack (a cached surface layer): back at 4 layers after 5, the
  // canvas shows the 4-layer scatter again, not the 5-layer one nor a blend of both.
  const pixels = async (testid) => {
    await nextFrame(page);
    await nextFrame(page);
    return a.evaluate(async (el, id) => {
      const p = await el.shadowRoot.querySelector(`[data-testid="${id}"]`).actlabPixels();
      let inked = 0;
      for (let i = 3; i < p.data.length; i += 4) if (p.data[i] > 0) inked++;
      return { inked, data: Array.from(p.data) };
    }, testid);
  };
  const scatter = () => pixels('scatter');
  const four = await scatter();
  assert.ok(four.inked > 500, `only ${four.inked} pixels of the scatter drawn`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#a').value.layers === 5);
  const five = await scatter();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('#a').value.layers === 4);
  const fourAgain = await scatter();
  const differing = (p, q) => p.data.reduce((n, x, i) => n + (x !== q.data[i] ? 1 : 0), 0);
  assert.ok(differing(four, five) > 100, 'the 5-layer scatter differs from the 4-layer one');
  assert.equal(differing(four, fourAgain), 0, 'back at 4 layers: the same scatter');
  // tanh between the layers: no single affine map matches any more.
  await a.getByTestId('activation').selectOption('tanh');
  await page.waitForFunction(() => document.querySelector('#a').value.activation === 'tanh');
  assert.equal(await a.getAttribute('activation'), 'tanh');
  v = await value(a);
  assert.ok(v.maxDifference > 1e-2, String(v.maxDifference));
  // Train both classifiers with the button: the nonlinear one wins by ≥ 20 points.
  await a.getByTestId('train').click();
  await page.waitForFunction(
    () => {
      const s = document.querySelector('#a').value;
      return s.epoch >= 150 && !s.training;
    },
    null,
    { timeout: 30000 },
  );
  v = await value(a);
  assert.ok(v.accuracy.nonlinear - v.accuracy.linear >= 0.2, JSON.stringify(v.accuracy));
  assert.ok(v.accuracy.linear < 0.7, JSON.stringify(v.accuracy));
  assert.match(await a.getByTestId('accuracy').textContent(), /150/);
  // Another seed: new data and classifiers, their boards and texts drawn again from epoch 0
  // (the boundary view is written only when what it shows changes) — after training, and from
  // one untrained pair to another (epoch 0 both times).
  const boardAtSeed = async (seed) => {
    await a.getByTestId('seed').fill(String(seed));
    await a.getByTestId('seed').dispatchEvent('change');
    await page.waitForFunction((n) => {
      const s = document.querySelector('#a').value;
      return s.seed === n && s.epoch === 0;
    }, seed);
    return pixels('board-nonlinear');
  };
  const trained = await pixels('board-nonlinear');
  const two = await boardAtSeed(2);
  assert.ok(differing(trained, two) > 1000, 'seed 2: the new classifier’s board is drawn');
  assert.match(await a.getByTestId('epoch').textContent(), /\b0\b/);
  assert.doesNotMatch(await a.getByTestId('accuracy').textContent(), /150/);
  const three = await boardAtSeed(3);
  assert.ok(differing(two, three) > 1000, 'seed 3: the new classifier’s board is drawn');
  // The second instance starts from its attributes (relu between 5 layers).
  const b = await value(page.locator('#b'));
  assert.equal(b.layers, 5);
  assert.ok(b.maxDifference > 1e-2, String(b.maxDifference));
  // A bad attribute shows a notice and the default lab, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /layers="9"/);
  assert.match(await bad.getByTestId('notice').textContent(), /activation="nope"/);
  const vb = await value(bad);
  assert.equal(vb.layers, 3);
  assert.ok(vb.maxDifference < 1e-4);
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, {
  name: 'linear-collapse',
  page: 'demo/linear-collapse.html',
  tag: 'actlab-linear-collapse',
  churn: '#a',
});
