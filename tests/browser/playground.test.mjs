// <actlab-playground> on web/playground.html (sync-url) and its demo page.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { outDir, repoRoot } from '../../web/serve.mjs';
import { serveStatic } from './csp-server.mjs';
import { frameStats } from './frames.mjs';
import {
  assertNoProblems,
  axeViolations,
  churn,
  hangulLeft,
  liveObjects,
  startSite,
  urlWritesDuringDrag,
  waitReady,
} from './harness.mjs';

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

test('playground: a held arrow key on a slider writes the URL once, after it is released', async () => {
  // history.replaceState costs milliseconds: run on every config change, a held key (a change
  // event per key repeat) paid it on frame after frame
  const { page, problems } = await openPage('#noise=0');
  // 1.2 s of key repeats: each step sends input, every other one change as well (a pointer drag
  // sends change once, at the end). None of the values is the starting noise (0): a drag that
  // happened to end there would leave nothing to write.
  const values = Array.from({ length: 10 }, (_, i) => String((i + 1) * 5));
  const writes = await urlWritesDuringDrag(pg(page), { testid: 'noise', values, changeEvery: 2 });
  // written once the changes paused: after the last one (a frame that took ≥ 300 ms would
  // count as a pause too, so any write must follow a step by that long)
  const shown = JSON.stringify(writes);
  assert.ok(writes.length >= 1 && writes.at(-1).afterEnd >= 250, `written after the key is released: ${shown}`);
  assert.ok(
    writes.every((w) => w.sinceStep >= 250),
    `every write on a pause: ${shown}`,
  );
  const noise = await page.evaluate(() => document.querySelector('#playground').config.noise);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`(^#|&)noise=${noise}(&|$)`));
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

// ---------------------------------------------------------------- issue 10, second part

const heatHash = (page) =>
  page.evaluate(async () => {
    const cv = document.querySelector('#playground').shadowRoot.querySelector('[data-testid="heatmap"]');
    const { data: d } = await cv.actlabPixels(); // drawn by the page's surface worker
    let h = 0x811c9dc5;
    for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i], 0x01000193) >>> 0;
    return h;
  });
const stepTo = async (page, n) => {
  const target = (await state(page)).epoch + n;
  await pg(page).evaluate((el, k) => el.step(k), n);
  await page.waitForFunction((e) => document.querySelector('#playground').state.epoch >= e, target, {
    timeout: 30000,
  });
};

test('playground: own CSV — an error names its line and keeps the data; a valid CSV trains', async () => {
  const { page, problems } = await openPage('#dataset=xor&seed=7&networkShape=4');
  await stepTo(page, 5);
  const s0 = await state(page);
  const h0 = await heatHash(page);
  await pg(page).getByTestId('csv-text').fill('x1,x2,label\n1,2,0\n3,abc,1\n4,4,1\n');
  await pg(page).getByTestId('csv-load').click();
  const status = pg(page).getByTestId('csv-status');
  await page.waitForFunction(
    () => document.querySelector('#playground').shadowRoot.querySelector('[data-testid="csv-status"]').textContent,
  );
  assert.match(await status.textContent(), /3번째 줄/);
  assert.equal(await status.getAttribute('role'), 'alert');
  // nothing half-loaded: the same network on the same data
  assert.deepEqual(await state(page), s0);
  assert.equal(await heatHash(page), h0);
  // a valid CSV (points above/below the diagonal) trains
  const rows = ['x1,x2,label'];
  for (let i = 0; i < 200; i++) {
    const x = ((i * 37) % 100) / 10 - 5;
    const y = ((i * 53) % 100) / 10 - 5;
    rows.push(`${x},${y},${x > y ? 1 : 0}`);
  }
  await pg(page).getByTestId('csv-text').fill(rows.join('\n'));
  await pg(page).getByTestId('csv-load').click();
  await page.waitForFunction(() => document.querySelector('#playground').state.epoch === 0);
  assert.match(await status.textContent(), /200개/);
  await stepTo(page, 60);
  const s1 = await state(page);
  assert.ok(s1.testAccuracy >= 0.9, JSON.stringify(s1));
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: export → import restores the same predictions; the heat map saves as PNG', async () => {
  const { page, problems } = await openPage('#dataset=circle&seed=5&networkShape=4,2&activation=prelu');
  await stepTo(page, 30);
  const trained = await state(page);
  const h1 = await heatHash(page);
  const [json] = await Promise.all([page.waitForEvent('download'), pg(page).getByTestId('export-json').click()]);
  assert.equal(json.suggestedFilename(), 'actlab-network.json');
  const text = readFileSync(await json.path(), 'utf8');
  assert.equal(JSON.parse(text).format, 'actlab-playground');
  const [png] = await Promise.all([page.waitForEvent('download'), pg(page).getByTestId('export-png').click()]);
  assert.equal(png.suggestedFilename(), 'actlab-heatmap.png');
  assert.deepEqual([...readFileSync(await png.path()).subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  // another network: different predictions
  await pg(page).getByTestId('activation').selectOption('tanh');
  await page.waitForFunction(() => document.querySelector('#playground').state.epoch === 0);
  assert.notEqual(await heatHash(page), h1);
  // a broken file changes nothing
  await pg(page).getByTestId('import-text').fill('{"format": "actlab-playground"');
  await pg(page).getByTestId('import').click();
  await page.waitForFunction(() =>
    document
      .querySelector('#playground')
      .shadowRoot.querySelector('[data-testid="io-status"]')
      .classList.contains('error'),
  );
  // the saved file: same epoch, same losses, same heat map, same configuration
  await pg(page).getByTestId('import-text').fill(text);
  await pg(page).getByTestId('import').click();
  await page.waitForFunction((e) => document.querySelector('#playground').state.epoch === e, trained.epoch);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await state(page), trained);
  assert.equal(await heatHash(page), h1);
  assert.equal(await page.evaluate(() => document.querySelector('#playground').config.activation), 'prelu');
  assert.match(await pg(page).getByTestId('prelu-alpha').textContent(), /α/);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: weights and biases are inspectable and editable by keyboard; a neuron fills the big map', async () => {
  const { page, problems } = await openPage('#dataset=gauss&seed=2&networkShape=3');
  const h0 = await heatHash(page);
  // X1, X2, then the hidden layer: node 2 is its first neuron
  const node = pg(page).getByTestId('node-2');
  await node.focus();
  await page.waitForFunction(
    () => !document.querySelector('#playground').shadowRoot.querySelector('[data-testid="focus-caption"]').hidden,
  );
  assert.match(await pg(page).getByTestId('focus-caption').textContent(), /은닉층/);
  assert.notEqual(await heatHash(page), h0); // the neuron's own map
  await page.keyboard.press('Enter'); // select it: its bias and incoming weights
  const bias = pg(page).getByTestId('edit-b');
  await page.waitForFunction(
    () => document.querySelector('#playground').shadowRoot.querySelector('[data-testid="edit-b"]')?.value !== '',
  );
  assert.equal(await node.getAttribute('aria-pressed'), 'true');
  assert.equal(Number(await bias.inputValue()), 0.1); // Playground init: bias 0.1
  await bias.fill('2.5');
  await bias.press('Enter');
  await pg(page).getByTestId('edit-0').fill('-1.5');
  await pg(page).getByTestId('edit-0').press('Tab');
  // the core has the new values (read back through the engine's exported weights)
  await page.waitForFunction(() => {
    const r = document.querySelector('#playground').shadowRoot;
    return r.activeElement?.dataset.testid !== 'edit-0';
  });
  await page.waitForTimeout(300);
  await pg(page).getByTestId('reset').focus();
  await page.waitForTimeout(200);
  assert.equal(Number(await bias.inputValue()), 2.5);
  assert.equal(Number(await pg(page).getByTestId('edit-0').inputValue()), -1.5);
  // clicking a bias square selects its neuron and focuses the bias field
  await pg(page).getByTestId('bias-3').click({ force: true });
  assert.equal(await pg(page).getByTestId('node-3').getAttribute('aria-pressed'), 'true');
  assert.equal(
    await page.evaluate(() => document.querySelector('#playground').shadowRoot.activeElement?.dataset.testid),
    'edit-b',
  );
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: multi-class spiral trains; accuracy and a confusion matrix over the test set', async () => {
  const { page, problems } = await openPage(
    '#problem=multiclass&mcDataset=spiral_k&classes=3&networkShape=12,12&activation=relu&optimizer=adam&learningRate=0.01&seed=2',
  );
  await stepTo(page, 150);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const s = await state(page);
  assert.ok(s.testAccuracy > 0.6, `above chance (1/3): ${JSON.stringify(s)}`);
  const cells = await pg(page)
    .getByTestId('confusion')
    .locator('td')
    .evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
  assert.equal(cells.length, 9);
  assert.equal(
    cells.reduce((a, b) => a + b, 0),
    250,
  ); // 500 points, 50 % for testing
  const diag = cells[0] + cells[4] + cells[8];
  assert.ok(Math.abs(diag / 250 - s.testAccuracy) < 0.01, `${diag / 250} vs ${s.testAccuracy}`);
  assert.match(await pg(page).getByTestId('confusion').textContent(), /혼동 행렬/);
  // the new panels (confusion table, inspector with its fields) pass axe as well
  await pg(page).getByTestId('node-3').click();
  await pg(page).getByTestId('edit-b').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: race mode trains two networks and draws both loss curves', async () => {
  const { page, problems } = await openPage('#dataset=spiral&seed=3&networkShape=6,6&race=activation:relu');
  assert.equal(await pg(page).getByTestId('raceKind').inputValue(), 'activation');
  assert.equal(await pg(page).getByTestId('raceValue').inputValue(), 'relu');
  await stepTo(page, 20);
  await page.waitForFunction(() =>
    /B: ReLU — 에폭 20/.test(
      document.querySelector('#playground').shadowRoot.querySelector('[data-testid="race-readout"]').textContent,
    ),
  );
  const chart = pg(page).getByTestId('loss-chart');
  assert.equal(await chart.getAttribute('data-series'), '2-race');
  // both curves are on the chart's canvas: the two series' pixels (dark solid A, red dashed B)
  const colours = await chart.evaluate(async (el) => {
    const { data: d } = await el.querySelector('canvas').actlabPixels(); // drawn by the surface worker
    let red = 0;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] < 100) continue;
      if (d[i] > 140 && d[i + 1] < 90 && d[i + 2] < 90) red++;
      else if (d[i] < 60 && d[i + 1] < 60 && d[i + 2] < 60) dark++;
    }
    return { red, dark };
  });
  assert.ok(colours.red > 20 && colours.dark > 20, JSON.stringify(colours));
  const key = await pg(page).locator('.key:not([hidden])').textContent();
  assert.match(key, /A: 쌍곡탄젠트|A: tanh|A: /);
  assert.match(key, /B: ReLU/);
  // off again: one network
  await pg(page).getByTestId('raceKind').selectOption('');
  await page.waitForFunction(() => !location.hash.includes('race='));
  assert.equal(await pg(page).getByTestId('race-readout').isHidden(), true);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: 1,000 add/remove cycles leave no WASM object and no worker behind', async () => {
  const { page, problems } = await site.open('demo/playground.html');
  const workers = new Set();
  const closed = new Set();
  page.on('worker', (w) => {
    workers.add(w);
    w.on('close', () => closed.add(w));
  });
  await waitReady(page, 'actlab-playground');
  const { before, after } = await churn(page, '#a', 1000);
  assert.deepEqual(after, before);
  await page.evaluate(() => document.querySelectorAll('actlab-playground').forEach((e) => e.remove()));
  await page.waitForFunction(() => true);
  const deadline = Date.now() + 10000;
  while (closed.size < workers.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(closed.size, workers.size, `${workers.size} workers started, ${closed.size} ended`);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: the page under the strict CSP — no violation, the worker trains, export works', async () => {
  const server = await serveStatic(outDir, { prefix: '/blog/actlab/' });
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  let workers = 0;
  page.on('worker', () => workers++);
  try {
    await page.goto(`${server.url}playground.html#dataset=xor&seed=7&epochsPerFrame=5`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
    await pg(page).getByTestId('play').click();
    await page.waitForFunction(() => document.querySelector('#playground').state.epoch >= 20, null, {
      timeout: 30000,
    });
    await pg(page).getByTestId('play').click();
    assert.equal(await page.evaluate(() => document.querySelector('#playground').dataset.engine), 'worker');
    assert.ok(workers >= 1);
    const [dl] = await Promise.all([page.waitForEvent('download'), pg(page).getByTestId('export-json').click()]);
    assert.equal(dl.suggestedFilename(), 'actlab-network.json');
    await Promise.all([page.waitForEvent('download'), pg(page).getByTestId('export-png').click()]);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assertNoProblems(problems);
  } finally {
    await context.close();
    await server.close();
  }
});

// ---------------------------------------------------------------- issue 10, third part

const weightsOf = (page) => page.evaluate(() => document.querySelector('#playground').weights());
const l2norm = (layers) => Math.sqrt(layers.reduce((a, l) => a + l.W.reduce((b, w) => b + w * w, 0), 0));

test('playground: regularisation changes on the fly keep weights and epoch; L2 0.3 then shrinks the weights', async (t) => {
  const hash = '#dataset=spiral&networkShape=6,6&seed=4&learningRate=0.03';
  const { page, problems } = await openPage(hash);
  await stepTo(page, 20);
  const e0 = (await state(page)).epoch;
  const w0 = await weightsOf(page);
  await pg(page).getByTestId('regularization').selectOption('L2');
  await pg(page).getByTestId('regularizationRate').selectOption('0.3');
  await page.waitForFunction(() => /regularization=L2&.*regularizationRate=0\.3/.test(location.hash));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  // right after the change: the same epoch and the same weights (no reset)
  assert.equal((await state(page)).epoch, e0);
  assert.deepEqual(await weightsOf(page), w0);
  // training continues from there
  await stepTo(page, 60);
  assert.equal((await state(page)).epoch, e0 + 60);
  const withL2 = l2norm(await weightsOf(page));
  // the same run (same seed) continued without regularisation
  const { page: p2 } = await openPage(hash);
  await stepTo(p2, 20);
  assert.deepEqual(await weightsOf(p2), w0, 'same seed, same weights at epoch 20');
  await stepTo(p2, 60);
  const without = l2norm(await weightsOf(p2));
  t.diagnostic(`‖W‖ after 20 + 60 epochs: L2 0.3 from epoch 20 ${withL2.toFixed(3)}, none ${without.toFixed(3)}`);
  assert.ok(withL2 < 0.8 * without, `‖W‖ with L2 0.3: ${withL2.toFixed(3)}, without: ${without.toFixed(3)}`);
  await p2.closeContext();
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: L1 cuts links for good — drawn dotted, counted, and marked in the inspector', async (t) => {
  const { page, problems } = await openPage(
    '#dataset=xor&networkShape=6,4&seed=3&learningRate=0.03&regularization=L1&regularizationRate=0.01',
  );
  const readout = pg(page).getByTestId('dead-links');
  await stepTo(page, 30);
  const layers = await weightsOf(page);
  const dead = layers.reduce((a, l) => a + l.dead.length, 0);
  const all = layers.reduce((a, l) => a + l.W.length, 0);
  t.diagnostic(`L1 0.01 after 30 epochs: ${dead} of ${all} links dead`);
  assert.ok(dead >= 3 && dead < all, `${dead} of ${all} dead`);
  for (const l of layers) for (const i of l.dead) assert.equal(l.W[i], 0);
  // the diagram: exactly the dead links dotted and grey
  await page.waitForFunction(
    (n) => document.querySelector('#playground').shadowRoot.querySelectorAll('path[data-dead="true"]').length === n,
    dead,
  );
  const look = await pg(page).evaluate((el) => {
    const p = el.shadowRoot.querySelector('path[data-dead="true"]');
    return { dash: p.getAttribute('stroke-dasharray'), width: p.getAttribute('stroke-width') };
  });
  assert.deepEqual(look, { dash: '2 3', width: '1' });
  assert.match(await readout.textContent(), new RegExp(`${dead}.*${all}|${all}.*${dead}`));
  // the inspector marks a dead incoming weight of the neuron it shows
  const li = layers.findIndex((l) => l.dead.length);
  const cols = [2, 6, 4, 1];
  const k = layers[li].dead[0];
  const node = cols.slice(0, li + 1).reduce((a, v) => a + v, 0) + Math.floor(k / cols[li]);
  await pg(page).evaluate((el, n) => el.shadowRoot.querySelectorAll('.nodes > *')[n].click(), node);
  await page.waitForFunction(
    (p) =>
      document.querySelector('#playground').shadowRoot.querySelector(`[data-testid="dead-${p}"]`)?.hidden === false,
    String(k % cols[li]),
  );
  // without L1 the readout goes and nothing is dead
  await pg(page).getByTestId('regularization').selectOption('none');
  await page.waitForFunction(
    () => document.querySelector('#playground').shadowRoot.querySelectorAll('path[data-dead="true"]').length === 0,
  );
  assert.equal(await readout.isHidden(), true);
  assertNoProblems(problems);
  await page.closeContext();
});

test('playground: tutorial=<name> is kept in the URL and answered with a note, not an error', async () => {
  const { page, problems } = await openPage('#dataset=xor&seed=7&tutorial=spiral_intro');
  assert.equal(await pg(page).getByTestId('notice').isHidden(), true);
  const note = pg(page).getByTestId('tutorial');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /spiral_intro/);
  assert.notEqual(await note.getAttribute('role'), 'alert');
  assert.equal(await pg(page).getByTestId('tutorial-link').getAttribute('href'), 'index.html');
  assert.equal(await page.evaluate(() => document.querySelector('#playground').config.tutorial), 'spiral_intro');
  // a change rewrites the URL: the key survives the round trip
  await pg(page).getByTestId('dataset').selectOption('circle');
  await page.waitForFunction(() => location.hash.includes('dataset=circle'));
  assert.match(await page.evaluate(() => location.hash), /&tutorial=spiral_intro(&|$)/);
  // no tutorial: no note
  const { page: p2 } = await openPage('#dataset=xor');
  assert.equal(await pg(p2).getByTestId('tutorial').isHidden(), true);
  await p2.closeContext();
  // English: the note is translated
  const { page: p3 } = await openPage('#tutorial=spiral_intro', { lang: 'en' });
  assert.match(await pg(p3).getByTestId('tutorial').textContent(), /no tutorial pages/);
  assert.deepEqual(await hangulLeft(p3), []);
  await p3.closeContext();
  assertNoProblems(problems);
  await page.closeContext();
});

/** Samples both heat maps on a common 50×50 grid: the share of samples whose colours differ. */
const heatDifference = (page) =>
  page.evaluate(async () => {
    const r = document.querySelector('#playground').shadowRoot;
    const read = async (id) => {
      const { data: d, width: w } = await r.querySelector(`[data-testid="${id}"]`).actlabPixels();
      return { d, w };
    };
    const a = await read('heatmap');
    const b = await read('race-heatmap');
    let differ = 0;
    const N = 50;
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        const pa = (Math.floor(((i + 0.5) / N) * a.w) * a.w + Math.floor(((j + 0.5) / N) * a.w)) * 4;
        const pb = (Math.floor(((i + 0.5) / N) * b.w) * b.w + Math.floor(((j + 0.5) / N) * b.w)) * 4;
        const dist =
          Math.abs(a.d[pa] - b.d[pb]) + Math.abs(a.d[pa + 1] - b.d[pb + 1]) + Math.abs(a.d[pa + 2] - b.d[pb + 2]);
        if (dist > 40) differ++;
      }
    }
    return differ / (N * N);
  });

test('playground: race mode shows a second heat map whose pixels differ when the activations differ', async (t) => {
  const run = async (value) => {
    const { page, problems } = await openPage(`#dataset=spiral&seed=3&networkShape=6,6&race=activation:${value}`);
    await stepTo(page, 30);
    await page.waitForFunction(() =>
      /에폭 30/.test(
        document.querySelector('#playground').shadowRoot.querySelector('[data-testid="race-summary"]').textContent +
          document.querySelector('#playground').shadowRoot.querySelector('[data-testid="race-readout"]').textContent,
      ),
    );
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    return { page, problems, diff: await heatDifference(page) };
  };
  const same = await run('tanh');
  const { page, problems, diff } = await run('relu');
  t.diagnostic(
    `heat maps A vs B differ on ${(diff * 100).toFixed(0)} % of samples (same network: ${(same.diff * 100).toFixed(0)} %)`,
  );
  // the same activation: the same picture (up to the points' size); ReLU: another boundary
  assert.ok(same.diff < 0.15, `same network: ${same.diff}`);
  assert.ok(diff > same.diff + 0.15, `tanh vs ReLU: ${diff}, control: ${same.diff}`);
  await same.page.closeContext();
  const race = pg(page).getByTestId('race-heatmap');
  assert.equal(await race.isVisible(), true);
  assert.equal(await race.getAttribute('role'), 'img');
  assert.match(await race.getAttribute('aria-label'), /B: ReLU.*주황 .*%.*파랑 .*%.*정확도/);
  assert.match(await pg(page).getByTestId('race-heat-caption').textContent(), /B: ReLU/);
  assert.match(await pg(page).getByTestId('heat-caption').textContent(), /^A: /);
  // the regularisation change reaches B as well, without resetting it
  await pg(page).getByTestId('regularization').selectOption('L2');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.match(await pg(page).getByTestId('race-readout').textContent(), /B: ReLU — 에폭 30/);
  // 360 px: stacked, no overflow; off again: no second map
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const boxes = await page.evaluate(() => {
    const r = document.querySelector('#playground').shadowRoot;
    const a = r.querySelector('[data-testid="heatmap"]').getBoundingClientRect();
    const b = r.querySelector('[data-testid="race-heatmap"]').getBoundingClientRect();
    return { aBottom: a.bottom, bTop: b.top, overflow: document.documentElement.scrollWidth - innerWidth };
  });
  assert.ok(boxes.bTop >= boxes.aBottom, JSON.stringify(boxes));
  assert.ok(boxes.overflow <= 0, JSON.stringify(boxes));
  assert.deepEqual(await axeViolations(page), []);
  await pg(page).getByTestId('raceKind').selectOption('');
  await page.waitForFunction(() => !location.hash.includes('race='));
  assert.equal(await race.isHidden(), true);
  assertNoProblems(same.problems);
  assertNoProblems(problems);
  await page.closeContext();
});

// ---------------------------------------------------------------- frame times (reported, not asserted)

/** requestAnimationFrame intervals in the page for `frames` frames while it trains, the frames
 *  the playground drew (its `epoch` events) and the epochs it reached. */
const measureTraining = (page, frames) =>
  page.evaluate(async (frames) => {
    const el = document.querySelector('#playground');
    let drawn = 0;
    const count = () => drawn++;
    el.addEventListener('epoch', count);
    const e0 = el.state.epoch;
    const times = [];
    await new Promise((resolve) => {
      const tick = (ts) => {
        times.push(ts);
        if (times.length > frames) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    el.removeEventListener('epoch', count);
    const seconds = (times.at(-1) - times[0]) / 1000;
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const epochs = el.state.epoch - e0;
    return {
      gaps,
      drawn,
      epochs,
      epochsPerSecond: Math.round(epochs / seconds),
      drawnPerSecond: Number((drawn / seconds).toFixed(1)),
    };
  }, frames);

test('playground: frame time p50/p95 training [2,8,8,1] on spiral at 10 epochs per frame (×1 and ×4 CPU)', async (t) => {
  const hash = '#dataset=spiral&networkShape=8,8&epochsPerFrame=10&seed=1&activation=tanh&learningRate=0.03';
  const rows = [];
  for (const rate of [1, 4]) {
    // tall enough that the heat map, the loss chart and every thumbnail are on screen and drawn
    const { page, problems } = await openPage(hash, { viewport: { width: 1000, height: 1900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await pg(page).getByTestId('play').click();
    // warm up: the boundary, the thumbnails and the loss chart are being drawn
    await page.waitForFunction(() => document.querySelector('#playground').state.epoch >= 50, null, {
      timeout: 60000,
    });
    const { gaps, ...rest } = await measureTraining(page, 120);
    const target = rate === 1 ? 16.7 : 33;
    const r = { ...frameStats(gaps, target), ...rest };
    await pg(page).getByTestId('play').click();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const engine = await page.evaluate(() => document.querySelector('#playground').dataset.engine);
    // the machine's load: these are wall-clock intervals, and other processes share the cores
    rows.push({
      throttle: rate,
      target,
      engine,
      ...r,
      loadavg1: loadavg()[0],
      cores: cpus().length,
    });
    assert.ok(r.epochs > 0, `training advanced: ${JSON.stringify(r)}`);
    assert.ok(r.drawn > 0, `frames were drawn: ${JSON.stringify(r)}`);
    assertNoProblems(problems);
    await page.closeContext();
  }
  const line = rows
    .map(
      (r) =>
        `×${r.throttle}: p50 ${r.p50} ms, p95 ${r.p95} ms (target ≤ ${r.target}), max ${r.max}, ${r.late} % of frames later than the target; ${r.epochsPerSecond} epochs/s, ${r.drawnPerSecond} drawn frames/s (load ${r.loadavg1.toFixed(1)} on ${r.cores} cores)`,
    )
    .join(' | ');
  console.log(`playground frame times [2,8,8,1] spiral, 10 epochs/frame — ${line}`);
  t.diagnostic(line);
  const dir = join(repoRoot, 'build', 'perf');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'playground.json'),
    `${JSON.stringify({ config: hash.slice(1), frames: 120, measuredAt: new Date().toISOString(), rows }, null, 2)}\n`,
  );
});
