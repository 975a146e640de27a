// <actlab-dying-relu> on its demo page (web/demo/dying-relu.html).
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

/** Waits until every run of #id has finished (60 epochs or diverged) and `extra` holds. */
async function waitRuns(page, id, count, extra = 'true') {
  await page.waitForFunction(
    ([sel, n, cond]) => {
      const el = document.querySelector(sel);
      const v = el.value;
      // eslint-disable-next-line no-new-func
      const ok = new Function('v', `return ${cond};`)(v);
      return ok && v.runs.length === n && v.runs.every((r) => r.diverged || r.dead.length === 60);
    },
    [`#${id}`, count, extra],
    { timeout: 30000 },
  );
  return page.locator(`#${id}`).evaluate((el) => el.value);
}

test('dying-relu: a negative bias offset kills ReLU units; Leaky ReLU keeps every unit alive', async () => {
  const { page, problems } = await site.open('demo/dying-relu.html');
  await waitReady(page, 'actlab-dying-relu');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  assert.deepEqual(await a.evaluate((el) => el.value), { lr: 0.3, bias: 0, seed: 1, runs: [] });
  // Train with bias 0.
  await a.getByTestId('train').click();
  const zero = await waitRuns(page, 'a', 1, 'v.bias === 0');
  assert.equal(zero.runs[0].activation, 'relu');
  assert.equal(zero.runs[0].loss.length, 60);
  const deadZero = zero.runs[0].dead.at(-1);
  // Bias −3 (slider, keyboard-free fill): the run restarts by itself since training was started.
  await a.getByTestId('bias').fill('-3');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('bias') === '-3');
  await nextFrame(page); // the update runs on the next animation frame
  const neg = await waitRuns(page, 'a', 1, 'v.bias === -3');
  const deadNeg = neg.runs[0].dead.at(-1);
  assert.ok(deadNeg > deadZero, `dead fraction with bias −3 (${deadNeg}) ≤ with bias 0 (${deadZero})`);
  assert.ok(deadNeg > 0.3, `dead fraction with bias −3 is only ${deadNeg}`);
  assert.match(await a.getByTestId('readout').textContent(), /ReLU/);
  // Compare with the same seed: Leaky ReLU, PReLU and ELU are overlaid.
  await a.getByTestId('compare').click();
  const all = await waitRuns(page, 'a', 4, 'v.bias === -3');
  assert.deepEqual(
    all.runs.map((r) => r.activation),
    ['relu', 'leaky_relu', 'prelu', 'elu'],
  );
  assert.equal(await a.getAttribute('compare'), 'leaky_relu,prelu,elu');
  assert.deepEqual(all.runs[0].dead, neg.runs[0].dead, 'the ReLU run is kept, not retrained');
  const leaky = all.runs[1];
  assert.equal(leaky.dead.length, 60);
  assert.ok(
    leaky.dead.every((d) => d === 0),
    `Leaky ReLU dead fractions: ${leaky.dead.join(',')}`,
  );
  // The key names every run (series told apart without colour).
  const key = await a.locator('.key').textContent();
  for (const name of ['ReLU', 'Leaky ReLU', 'PReLU', 'ELU']) assert.ok(key.includes(name), key);
  // A bad attribute shows a notice and the default lab, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /lr="abc"/);
  assert.match(await bad.getByTestId('notice').textContent(), /compare="tanh"/);
  assert.equal(await bad.evaluate((el) => el.value.lr), 0.3);
  assert.ok((await bad.getByTestId('progress').textContent()).length > 0);
  assertNoProblems(problems);
  await page.closeContext();
});

test('dying-relu: English leaves no Korean text; axe finds no serious violation; 360 px', async () => {
  const { page, problems } = await site.open('demo/dying-relu.html', {
    lang: 'en',
    viewport: { width: 360, height: 740 },
  });
  await waitReady(page, 'actlab-dying-relu');
  await page.locator('#a').getByTestId('train').click();
  await waitRuns(page, 'a', 1);
  assert.deepEqual(await hangulLeft(page), []);
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('dying-relu: 1,000 remove/re-add cycles leave no WASM object behind', async () => {
  const { page, problems } = await site.open('demo/dying-relu.html');
  await waitReady(page, 'actlab-dying-relu');
  // mid-training: the network and the dataset it owns must be freed too
  await page.locator('#a').getByTestId('train').click();
  const { before, after } = await churn(page, '#a', 1000);
  assert.deepEqual(after, before);
  assertNoProblems(problems);
  await page.closeContext();
});
