// <actlab-playground> on web/playground.html (sync-url) and its demo page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoProblems, axeViolations, hangulLeft, liveObjects, startSite, waitReady } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const TF_URL =
  '#activation=tanh&regularization=none&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.28&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

async function openPage(hash, opts = {}) {
  // the harness appends ?lang= to the path: put the query before the hash ourselves
  const { lang, ...rest } = opts;
  const r = await site.open(`playground.html${lang ? `?lang=${lang}` : ''}${hash}`, rest);
  await r.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await r.page.waitForFunction(() => document.querySelector('#playground').state.trainLoss != null, null, {
    timeout: 30000,
  });
  return r;
}
const state = (page) => page.evaluate(() => document.querySelector('#playground').state);
const pg = (page) => page.locator('#playground');

test('playground: xor with a fixed seed reaches ≥ 95 % test accuracy within 300 epochs', async () => {
  const { page, problems } = await openPage('#dataset=xor&networkShape=4,2&seed=7&learningRate=0.03&epochsPerFrame=10');
  assert.equal(await page.evaluate(() => document.querySelector('#playground').config.dataset), 'xor');
  await pg(page).getByTestId('play').click();
  await page.waitForFunction(
    () => {
      const s = document.querySelector('#playground').state;
      return s.testAccuracy >= 0.95 || s.epoch >= 300;
    },
    null,
    { timeout: 60000 },
  );
  await pg(page).getByTestId('play').click(); // pause
  const s = await state(page);
  assert.ok(s.testAccuracy >= 0.95, JSON.stringify(s));
  assert.ok(s.epoch <= 300 + 10, JSON.stringify(s));
  assert.equal(s.diverged, false);
  // the readout and the heat map's text alternative name the numbers
  assert.match(await pg(page).getByTestId('readout').textContent(), /에폭 \d+/);
  assert.match(await pg(page).getByTestId('heatmap').getAttribute('aria-label'), /주황 .*%.*파랑 .*%/);
  // the loss chart and the diagram are drawn
  assert.ok(Number(await pg(page).getByTestId('loss-chart').getAttribute('data-drawn')) > 0);
  assert.ok((await pg(page).locator('.node').count()) >= 2 + 4 + 2 + 1);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: a TensorFlow Playground URL gives the configuration it names; URL round trip', async () => {
  const { page, problems } = await openPage(TF_URL);
  const c = await page.evaluate(() => document.querySelector('#playground').config);
  assert.equal(c.dataset, 'circle');
  assert.deepEqual(c.networkShape, [4, 2]);
  assert.equal(c.activation, 'tanh');
  assert.equal(c.learningRate, 0.03);
  assert.equal(c.seed, Math.floor(0.28 * 2 ** 32));
  assert.equal(await pg(page).getByTestId('notice').isHidden(), true);
  // the controls show it
  assert.equal(await pg(page).getByTestId('dataset').inputValue(), 'circle');
  assert.equal(await pg(page).getByTestId('learningRate').inputValue(), '0.03');
  assert.equal(await pg(page).getByTestId('layers').textContent(), '2');
  // a change is written to the URL; opening that URL gives the same config
  await pg(page).getByTestId('add-layer').click();
  await pg(page).getByTestId('activation').selectOption('relu');
  await page.waitForFunction(
    () => location.hash.includes('networkShape=4,2,2') && location.hash.includes('activation=relu'),
  );
  const url = await page.evaluate(() => location.href);
  const c1 = await page.evaluate(() => document.querySelector('#playground').config);
  const { page: p2 } = await site.open(url.slice(url.indexOf('playground.html')));
  await p2.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  assert.deepEqual(await p2.evaluate(() => document.querySelector('#playground').config), c1);
  await p2.closeContext();
  // hostile values: defaults and a notice, never an exception
  const { page: p3, problems: pr3 } = await openPage(
    '#networkShape=4,NaN&learningRate=1e999&activation=%3Cimg%3E&evil=1',
  );
  const notice = await pg(p3).getByTestId('notice').textContent();
  assert.match(notice, /networkShape/);
  assert.match(notice, /evil/);
  assert.deepEqual(await p3.evaluate(() => document.querySelector('#playground').config.networkShape), [4, 2]);
  assertNoProblems(pr3);
  await p3.closeContext();
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: learning rate 10 on regression diverges with a message; reset recovers', async () => {
  const { page, problems } = await openPage('#problem=regression&regDataset=reg-plane&learningRate=10&seed=3');
  await pg(page).getByTestId('step').click();
  await page.waitForFunction(() => document.querySelector('#playground').state.diverged, null, { timeout: 20000 });
  const alert = pg(page).getByTestId('diverged');
  assert.equal(await alert.isVisible(), true);
  assert.match(await alert.textContent(), /발산/);
  assert.equal(await pg(page).getByTestId('play').isDisabled(), true);
  // lower the rate (no reset), then one click on the message's button
  await pg(page).getByTestId('learningRate').selectOption('0.01');
  await pg(page).getByTestId('diverged-reset').click();
  await page.waitForFunction(() => !document.querySelector('#playground').state.diverged);
  assert.equal(await alert.isHidden(), true);
  await pg(page).evaluate((el) => el.step(20));
  await page.waitForFunction(() => document.querySelector('#playground').state.epoch >= 20);
  const s = await state(page);
  assert.equal(s.diverged, false);
  assert.ok(Number.isFinite(s.trainLoss) && s.trainLoss < 0.5, JSON.stringify(s));
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: keyboard only (Tab to Play, Space) trains; scripting API and epoch events', async () => {
  const { page, problems } = await openPage('#dataset=gauss&seed=2');
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(
      () =>
        document.activeElement?.id === 'playground' &&
        document.querySelector('#playground').shadowRoot.activeElement?.dataset.testid === 'play',
    );
  }
  assert.ok(found, 'Play is reached with Tab');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#playground').state.epoch >= 5, null, { timeout: 20000 });
  await page.keyboard.press('Space');
  assert.equal(await pg(page).getByTestId('play').getAttribute('aria-pressed'), 'false');
  const events = await page.evaluate(async () => {
    const el = document.querySelector('#playground');
    let n = 0;
    el.addEventListener('epoch', () => n++);
    const before = el.state.epoch;
    el.step(3);
    await new Promise((r) => setTimeout(r, 500));
    return { n, before, after: el.state.epoch };
  });
  assert.ok(events.n >= 1 && events.after === events.before + 3, JSON.stringify(events));
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: English leaves no Korean; axe finds nothing serious; 360×740 does not overflow', async () => {
  const { page, problems } = await openPage('#dataset=spiral', { lang: 'en', viewport: { width: 360, height: 740 } });
  assert.deepEqual(await hangulLeft(page), []);
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: removing the element terminates its worker and frees every WASM object', async () => {
  const { page, problems } = await site.open('demo/playground.html');
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await waitReady(page, 'actlab-playground');
  await page.waitForFunction(() => document.querySelector('#a').state.trainLoss != null, null, { timeout: 30000 });
  const before = await liveObjects(page);
  const closed = Promise.all(workers.map((w) => new Promise((r) => w.on('close', r))));
  assert.ok(workers.length >= 3, `workers: ${workers.length}`);
  // a bad config shows a notice and still trains
  assert.match(await page.locator('#bad').getByTestId('notice').textContent(), /networkShape/);
  await page.evaluate(() => document.querySelectorAll('actlab-playground').forEach((e) => e.remove()));
  await closed;
  assert.deepEqual(await liveObjects(page), before);
  assertNoProblems(problems);
  await page.closeContext();
});
