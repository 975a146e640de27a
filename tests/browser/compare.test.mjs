// <actlab-compare> on its demo page (web/demo/compare.html).
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

const keyIds = (loc) => loc.evaluate((el) => [...el.shadowRoot.querySelectorAll('.key li')].map((li) => li.dataset.id));

test('compare: the menu toggles functions in and out; the readout follows the cursor', async () => {
  const { page, problems } = await site.open('demo/compare.html');
  await waitReady(page, 'actlab-compare');
  const a = page.locator('#a');
  await assert.doesNotReject(a.locator('canvas').first().waitFor());
  assert.deepEqual(await a.evaluate((el) => el.value.fns), ['relu', 'gelu', 'silu']);
  assert.deepEqual(await keyIds(a), ['relu', 'gelu', 'silu']);
  assert.match(await a.getByTestId('chart').getAttribute('aria-label'), /ReLU.*GELU.*SiLU/);

  // Unchecking removes the function from the value and from the key; checking adds one.
  await a.getByTestId('fn-gelu').uncheck();
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('fns') === 'relu,silu');
  await nextFrame(page); // the update runs on the next animation frame
  assert.deepEqual(await a.evaluate((el) => el.value.fns), ['relu', 'silu']);
  assert.deepEqual(await keyIds(a), ['relu', 'silu']);
  assert.equal(await a.getByTestId('key-gelu').count(), 0);
  await a.getByTestId('fn-mish').check();
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('fns') === 'relu,silu,mish');
  await nextFrame(page); // the update runs on the next animation frame
  assert.deepEqual(await a.evaluate((el) => el.value.fns), ['relu', 'silu', 'mish']);
  assert.deepEqual(await keyIds(a), ['relu', 'silu', 'mish']);
  assert.equal(await a.getByTestId('readout').locator('li').count(), 3);

  // The cursor at x = 1: relu reads 1.0000 (from the core).
  await a.getByTestId('cursor').fill('1');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('x') === '1');
  await nextFrame(page); // the update runs on the next animation frame
  assert.match(await a.getByTestId('readout-relu').textContent(), /f\(1\) = 1\.0000/);
  const v = await a.evaluate((el) => el.value);
  assert.equal(v.x, 1);
  assert.deepEqual(v.values[0], { id: 'relu', f: 1, df: 1 });
  // Keyboard moves the cursor too.
  await a.getByTestId('cursor').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => Number(document.querySelector('#a').getAttribute('x')) < 1);
  await nextFrame(page); // the update runs on the next animation frame

  // The derivative toggle adds the f′ chart and f′ to the readout.
  await a.getByTestId('derivative').check();
  await page.waitForFunction(() => document.querySelector('#a').hasAttribute('derivative'));
  await nextFrame(page); // the update runs on the next animation frame
  // (the redraw happens on the next animation frame)
  await a.getByTestId('chart-df').waitFor({ state: 'visible' });
  await a.getByTestId('chart-df').locator('canvas').first().waitFor();
  await page.waitForFunction(() =>
    document.querySelector('#a').shadowRoot.querySelector('[data-testid="readout-relu"]').textContent.includes('f′('),
  );
  assert.equal(await a.evaluate((el) => el.value.derivative), true);

  // At least one function stays on.
  await a.getByTestId('fn-silu').uncheck();
  await a.getByTestId('fn-mish').uncheck();
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('fns') === 'relu');
  await nextFrame(page); // the update runs on the next animation frame
  await a.getByTestId('fn-relu').click();
  assert.ok(await a.getByTestId('fn-relu').isChecked());
  assert.notEqual((await a.getByTestId('status').textContent()).trim(), '');
  assert.deepEqual(await a.evaluate((el) => el.value.fns), ['relu']);

  // Attributes start the second instance: four functions, f′ on, x = -1.
  const b = page.locator('#b');
  assert.deepEqual(await keyIds(b), ['sigmoid', 'tanh', 'softplus', 'elu']);
  const bv = await b.evaluate((el) => el.value);
  assert.equal(bv.x, -1);
  assert.ok(Math.abs(bv.values[0].f - 1 / (1 + Math.E)) < 1e-6, JSON.stringify(bv.values[0]));

  // An attribute set later is read again.
  await b.evaluate((el) => el.setAttribute('fns', 'gelu,gelu_tanh'));
  await page.waitForFunction(() => document.querySelector('#b').value.fns.join() === 'gelu,gelu_tanh');
  assert.deepEqual(await keyIds(b), ['gelu', 'gelu_tanh']);
  assert.ok(await b.getByTestId('fn-gelu_tanh').isChecked());
  assert.ok(!(await b.getByTestId('fn-sigmoid').isChecked()));

  // A language change on the page re-labels the key and the readout.
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(() =>
    document.querySelector('#b').shadowRoot.querySelector('.key').textContent.includes('GELU (exact)'),
  );
  assert.match(await b.getByTestId('readout-gelu').textContent(), /^GELU \(exact\): f\(-1\)/);
  await page.evaluate(() => (document.documentElement.lang = 'ko'));

  // A bad attribute shows a notice and the default comparison, not a blank box.
  const bad = page.locator('#bad');
  assert.match(await bad.getByTestId('notice').textContent(), /fns="relu,nope"/);
  assert.match(await bad.getByTestId('notice').textContent(), /xmin="abc"/);
  assert.deepEqual(await keyIds(bad), ['relu', 'gelu', 'silu']);
  assert.match(await bad.getByTestId('readout-relu').textContent(), /f\(0\) = 0\.0000/);
  assertNoProblems(problems);
  await page.closeContext();
});

test('compare: English leaves no Korean text; axe finds no serious violation; 360 px', async () => {
  const { page, problems } = await site.open('demo/compare.html', {
    lang: 'en',
    viewport: { width: 360, height: 740 },
  });
  await waitReady(page, 'actlab-compare');
  await page.locator('#a').getByTestId('derivative').check();
  await page.waitForFunction(() => document.querySelector('#a').hasAttribute('derivative'));
  await nextFrame(page); // the update runs on the next animation frame
  assert.deepEqual(await hangulLeft(page), []);
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('compare: 1,000 remove/re-add cycles leave no WASM object behind', async () => {
  const { page, problems } = await site.open('demo/compare.html');
  await waitReady(page, 'actlab-compare');
  const { before, after } = await churn(page, '#b', 1000);
  assert.deepEqual(after, before);
  assertNoProblems(problems);
  await page.closeContext();
});
