// The playground's trainer (web/src/playground/engine.js) on the Node build of the core: own CSV
// data (all or nothing, errors name the line), export → import restores the same predictions,
// weight edits, the confusion matrix, the focused-node map and the lite (race) mode.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from 'actlab';
import { engineConfig, engineHarness } from './playground-harness.mjs';

const lab = await createActLab();

const harness = () => engineHarness(lab);

test('engine: CSV with an error names its line and keeps the previous data; a valid CSV trains', () => {
  const before = lab.liveObjects();
  const { engine, last } = harness();
  engine.handle({ type: 'init', config: engineConfig({ dataset: 'xor', seed: 3 }) });
  const first = last('frame');
  engine.handle({ type: 'loadCsv', text: 'x1,x2,label\n1,2,0\n3,abc,1\n' });
  const bad = last('csv');
  assert.equal(bad.ok, false);
  assert.match(bad.message, /line 3/);
  // nothing changed: the same frame values after a step from the same state are still possible
  assert.equal(last('frame'), first);
  const rows = ['x1,x2,label'];
  for (let i = 0; i < 200; i++) {
    const x = ((i * 37) % 100) / 10 - 5;
    const y = ((i * 53) % 100) / 10 - 5;
    rows.push(`${x},${y},${x > y ? 1 : 0}`);
  }
  engine.handle({ type: 'loadCsv', text: rows.join('\n') });
  const ok = last('csv');
  assert.equal(ok.ok, true, ok.message);
  assert.equal(ok.size, 200);
  const f0 = last('frame');
  assert.equal(f0.points.x1.length, 200);
  engine.handle({ type: 'step', n: 60 });
  const f1 = last('frame');
  assert.ok(f1.trainLoss < f0.trainLoss, `${f0.trainLoss} → ${f1.trainLoss}`);
  assert.ok(f1.testAccuracy > 0.9, JSON.stringify(f1.testAccuracy));
  engine.handle({ type: 'dispose' });
  assert.deepEqual(lab.liveObjects(), before);
});

test('engine: export → import restores the same predictions; a bad file changes nothing', () => {
  const before = lab.liveObjects();
  const { engine, last } = harness();
  const cfg = engineConfig({ dataset: 'circle', seed: 5, networkShape: [4, 2] });
  engine.handle({ type: 'init', config: cfg });
  engine.handle({ type: 'step', n: 30 });
  const trained = last('frame');
  engine.handle({ type: 'getWeights', json: true });
  const json = last('weights').json;
  engine.handle({ type: 'reset' });
  assert.notDeepEqual(new Uint8Array(last('frame').boundary), new Uint8Array(trained.boundary));
  engine.handle({ type: 'importNet', config: cfg, json: '{"format": 1' });
  assert.equal(last('imported').ok, false);
  engine.handle({ type: 'importNet', config: cfg, json });
  assert.equal(last('imported').ok, true, last('imported').message);
  const back = last('frame');
  assert.deepEqual(new Uint8Array(back.boundary), new Uint8Array(trained.boundary));
  assert.equal(back.trainLoss, trained.trainLoss);
  assert.equal(back.epoch, trained.epoch);
  // a softmax network on binary data is refused and the current one stays
  const mc = lab.createNetwork({ head: 'softmax', classes: 3, seed: 1 });
  engine.handle({ type: 'importNet', config: cfg, json: mc.exportJSON() });
  mc.delete();
  assert.equal(last('imported').ok, false);
  engine.handle({ type: 'step', n: 1 });
  assert.equal(last('frame').epoch, trained.epoch + 1);
  engine.handle({ type: 'dispose' });
  assert.deepEqual(lab.liveObjects(), before);
});

test('engine: multi-class spiral trains; the confusion matrix sums to the test set', () => {
  const before = lab.liveObjects();
  const { engine, last } = harness();
  const cfg = engineConfig({
    problem: 'multiclass',
    mcDataset: 'spiral_k',
    classes: 3,
    networkShape: [12, 12],
    activation: 'relu',
    optimizer: 'adam',
    learningRate: 0.01,
    seed: 2,
  });
  engine.handle({ type: 'init', config: cfg });
  engine.handle({ type: 'step', n: 150 });
  const f = last('frame');
  assert.ok(f.testAccuracy > 0.6, `test accuracy ${f.testAccuracy}`);
  const { K, counts, n, set } = f.confusion;
  assert.equal(K, 3);
  assert.equal(set, 'test');
  assert.equal(n, 250);
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    250,
  );
  const diag = counts[0] + counts[4] + counts[8];
  assert.ok(Math.abs(diag / n - f.testAccuracy) < 0.01, `${diag / n} vs ${f.testAccuracy}`);
  // the focused node's map replaces the boundary; lite mode posts numbers and the boundary only
  engine.handle({ type: 'setFocus', node: 3 });
  assert.equal(last('frame').focus, 3);
  engine.handle({ type: 'setFocus', node: null });
  assert.equal(last('frame').focus, null);
  engine.handle({ type: 'dispose' });
  const lite = harness();
  lite.engine.handle({ type: 'init', config: { ...cfg, lite: true } });
  lite.engine.handle({ type: 'step', n: 2 });
  const lf = lite.last('frame');
  assert.equal(lf.boundary.byteLength, lf.side * lf.side * 4);
  assert.equal(lf.units, undefined);
  assert.equal(lf.epoch, 2);
  lite.engine.handle({ type: 'dispose' });
  assert.deepEqual(lab.liveObjects(), before);
});

test('engine: PReLU α and edited weights come back from the core', () => {
  const { engine, last } = harness();
  engine.handle({ type: 'init', config: engineConfig({ activation: 'prelu', seed: 4 }) });
  const w = last('frame').weights;
  assert.equal(w[0].alpha.length, 1);
  engine.handle({ type: 'setWeight', layer: 0, param: 'b', index: 1, value: 2.5 });
  assert.equal(last('frame').weights[0].b[1], 2.5);
  engine.handle({ type: 'setWeight', layer: 1, param: 'W', index: 0, value: -1.25 });
  assert.equal(last('frame').weights[1].W[0], -1.25);
  engine.handle({ type: 'dispose' });
});
