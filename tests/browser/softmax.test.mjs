// <actlab-softmax> on its demo page (web/demo/softmax.html).
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

const probs = (loc) => loc.evaluate((el) => el.value.probabilities);

test('softmax: probabilities, a growing first logit, the full Jacobian, the large-logit panel', async () => {
  const { page, problems } = await site.open('demo/softmax.html');
  await waitReady(page, 'actlab-softmax');
  const a = page.locator('#a');
  // Default logits 2, 1, 0.1: 0.659 / 0.242 / 0.099, from the core.
  const p = await probs(a);
  assert.deepEqual(
    p.map((v) => v.toFixed(3)),
    ['0.659', '0.242', '0.099'],
  );
  const core = await page.evaluate(() => Array.from(window.__actlab.softmax(Float32Array.of(2, 1, 0.1), 1)));
  assert.deepEqual(p, core);
  for (const [i, text] of ['0.659', '0.242', '0.099'].entries())
    assert.equal(await a.getByTestId(`p-${i}`).textContent(), text);
  assert.match(await a.getByTestId('sum').textContent(), /1\.0000/);
  // The Jacobian: every off-diagonal entry non-zero, each row sums to ≈ 0.
  const J = await a.evaluate((el) => el.value.jacobian);
  assert.equal(J.length, 3);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) if (i !== j) assert.ok(Math.abs(J[i][j]) > 1e-3, `J[${i}][${j}] = ${J[i][j]}`);
    const sum = J[i].reduce((s, v) => s + v, 0);
    assert.ok(Math.abs(sum) < 1e-6, `row ${i} sums to ${sum}`);
    assert.ok(Math.abs(J[i][i] - p[i] * (1 - p[i])) < 1e-6);
  }
  assert.equal(await a.getByTestId('jacobian').locator('td').count(), 9);
  // The comparison: an element-wise sigmoid's Jacobian is diagonal.
  const diagCells = await a.getByTestId('diagonal').locator('td').allTextContents();
  assert.deepEqual(
    diagCells.filter((_, k) => k % 4 !== 0),
    Array(6).fill('0.000'),
  );
  // Large logits: the naive page-JS formula gives NaN (∞/∞), the core a finite result.
  const naive = await a.getByTestId('naive').textContent();
  assert.match(naive, /NaN/);
  assert.match(await a.getByTestId('naive-exp').textContent(), /∞/);
  assert.match(await a.getByTestId('stable').textContent(), /0\.665, 0\.245, 0\.090/);
  // Typing a larger first logit makes its probability (and bar) grow.
  const field = a.getByTestId('logits');
  await field.fill('3, 1, 0.1');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('logits') === '3,1,0.1');
  await nextFrame(page); // the update runs on the next animation frame
  await page.waitForFunction(() => document.querySelector('#a').value.logits[0] === 3);
  const p2 = await probs(a);
  assert.ok(p2[0] > p[0], `${p2[0]} > ${p[0]}`);
  const width = (i) =>
    a
      .getByTestId(`bar-${i}`)
      .locator('.bar-fill')
      .evaluate((e) => e.getBoundingClientRect().width);
  const w0 = await width(0);
  // A malformed entry keeps the last valid logits and says why.
  await field.fill('3, x');
  await page.waitForFunction(() =>
    document.querySelector('#a').shadowRoot.querySelector('[data-testid="logits-error"]').textContent.includes('x'),
  );
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await a.getAttribute('logits'), '3,1,0.1');
  // The per-logit number input: z1 = 5.
  await a.getByTestId('logit-0').fill('5');
  await page.waitForFunction(() => document.querySelector('#a').value.logits[0] === 5);
  const p3 = await probs(a);
  assert.ok(p3[0] > p2[0]);
  assert.ok((await width(0)) > w0);
  assert.equal(await field.inputValue(), '5, 1, 0.1');
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  // The attribute drives it as well; the temperature slider (Home = 0.01) sharpens it.
  await a.evaluate((el) => el.setAttribute('logits', '2,1,0.1'));
  await page.waitForFunction(() => document.querySelector('#a').value.logits[0] === 2);
  await a.getByTestId('temperature').focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('#a').getAttribute('temperature') === '100');
  await nextFrame(page); // the update runs on the next animation frame
  const hot = await probs(a);
  assert.ok(Math.max(...hot) - Math.min(...hot) < 0.02, JSON.stringify(hot));
  // The "use these logits" button loads 1000, 999, 998 into the lab: finite probabilities.
  await a.evaluate((el) => el.setAttribute('temperature', '1'));
  await a.getByTestId('use-large').click();
  await page.waitForFunction(() => document.querySelector('#a').value.logits[0] === 1000);
  assert.deepEqual(
    (await probs(a)).map((v) => v.toFixed(3)),
    ['0.665', '0.245', '0.090'],
  );
  // Eight logits at T = 4.
  const b = await page.locator('#b').evaluate((el) => el.value);
  assert.equal(b.probabilities.length, 8);
  assert.equal(b.jacobian.length, 8);
  // Bad attributes: notices, and the default lab.
  const bad = page.locator('#bad');
  const notice = await bad.getByTestId('notice').textContent();
  assert.match(notice, /logits="1,x"/);
  assert.match(notice, /temperature="0"/);
  assert.deepEqual(
    (await probs(bad)).map((v) => v.toFixed(3)),
    ['0.659', '0.242', '0.099'],
  );
  assertNoProblems(problems);
  await page.closeContext();
});

standardElementTests(() => site, { name: 'softmax', page: 'demo/softmax.html', tag: 'actlab-softmax', churn: '#a' });
