// The playground's on-the-fly changes and TF Playground keys, DOM-free (config.js + engine.js on
// the Node build of the core): regularisation changes keep the weights, the epoch and the
// optimiser state and then really apply; tutorial=<name> is a known key that round-trips; race
// mode's lite engine posts its boundary as RGBA pixels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from 'actlab';
import { defaultConfig, parseHash, serializeHash } from '../../web/src/playground/config.js';
import { engineConfig, engineHarness } from './playground-harness.mjs';

const lab = await createActLab();
const opts = { limits: lab.limits, ids: lab.activations.map((a) => a.id) };

const harness = () => engineHarness(lab);

const flat = (layers) => layers.flatMap((l) => [...l.W, ...l.b]);
const norm2 = (layers) => Math.sqrt(layers.reduce((a, l) => a + l.W.reduce((b, w) => b + w * w, 0), 0));

test('regularisation changes on the fly: weights, epoch and optimiser state stay; L2 then shrinks', () => {
  const before = lab.liveObjects();
  const cfg = engineConfig({ dataset: 'spiral', networkShape: [6, 6], optimizer: 'adam', learningRate: 0.01, seed: 4 });
  const runs = {};
  for (const [name, reg] of [
    ['none', null],
    ['l2', { regularization: 'L2', rate: 0.3 }],
  ]) {
    const { engine, last, weights } = harness();
    engine.handle({ type: 'init', config: cfg });
    engine.handle({ type: 'step', n: 20 });
    const w0 = weights(true);
    const e0 = last('frame').epoch;
    if (reg) {
      engine.handle({ type: 'setRegularization', ...reg });
      const w1 = weights(true);
      assert.equal(last('frame').epoch, e0, 'the epoch stays');
      assert.deepEqual(flat(w1.layers), flat(w0.layers), 'the weights stay');
      const j0 = JSON.parse(w0.json);
      const j1 = JSON.parse(w1.json);
      assert.deepEqual(j1.state.optimizer, j0.state.optimizer, "Adam's moments stay");
      assert.deepEqual(j1.state.rng, j0.state.rng);
      assert.deepEqual(j1.config.regularization, { type: 'l2', rate: 0.3 });
    }
    engine.handle({ type: 'step', n: 40 });
    assert.equal(last('frame').epoch, e0 + 40, 'training continues from there');
    runs[name] = norm2(weights().layers);
    engine.handle({ type: 'dispose' });
  }
  assert.ok(runs.l2 < 0.8 * runs.none, `L2 0.3: ‖W‖ ${runs.l2} vs ${runs.none} without`);
  assert.deepEqual(lab.liveObjects(), before);
});

test('L1 on the fly, then back to none: the same network keeps training', () => {
  const { engine, last, weights } = harness();
  engine.handle({ type: 'init', config: engineConfig({ dataset: 'xor', seed: 2 }) });
  engine.handle({ type: 'step', n: 10 });
  engine.handle({ type: 'setRegularization', regularization: 'L1', rate: 0.01 });
  engine.handle({ type: 'step', n: 10 });
  engine.handle({ type: 'setRegularization', regularization: 'none', rate: 0 });
  assert.equal(last('frame').epoch, 20);
  assert.deepEqual(JSON.parse(weights(true).json).config.regularization, { type: 'none', rate: 0 });
  engine.handle({ type: 'dispose' });
});

test('L1 cuts links as TF Playground does: a weight pushed across zero stays 0; edited, it lives again', () => {
  const { engine, last, weights } = harness();
  engine.handle({
    type: 'init',
    config: engineConfig({
      dataset: 'xor',
      networkShape: [6, 4],
      seed: 3,
      regularization: 'L1',
      regularizationRate: 0.01,
      learningRate: 0.03,
    }),
  });
  engine.handle({ type: 'step', n: 30 });
  const w1 = weights(true);
  const dead1 = w1.layers.map((l) => l.dead);
  const count = (d) => d.reduce((a, l) => a + l.length, 0);
  assert.ok(count(dead1) >= 3, `dead links after 30 epochs: ${count(dead1)}`);
  assert.ok(count(dead1) < w1.layers.reduce((a, l) => a + l.W.length, 0), 'not every link');
  // the frame carries them too (what the diagram draws)
  assert.deepEqual(
    last('frame').weights.map((l) => l.dead),
    dead1,
  );
  engine.handle({ type: 'step', n: 30 });
  const w2 = weights();
  w2.layers.forEach((l, li) => {
    for (const i of dead1[li]) {
      assert.ok(l.dead.includes(i), `layer ${li} W[${i}] stays dead`);
      assert.equal(l.W[i], 0, `layer ${li} W[${i}] stays 0`);
    }
  });
  // a value typed into a dead link revives it: it trains again
  const li = dead1.findIndex((d) => d.length);
  const i = dead1[li][0];
  engine.handle({ type: 'setWeight', layer: li, param: 'W', index: i, value: 0.75 });
  const w3 = weights();
  assert.equal(w3.layers[li].W[i], 0.75);
  assert.ok(!w3.layers[li].dead.includes(i));
  // leaving L1 revives every link (they train again from 0)
  engine.handle({ type: 'setRegularization', regularization: 'none', rate: 0 });
  assert.equal(count(weights().layers.map((l) => l.dead)), 0);
  engine.handle({ type: 'step', n: 5 });
  const w4 = weights();
  const moved = dead1[li].filter((k) => k !== i && w4.layers[li].W[k] !== 0).length;
  assert.ok(dead1[li].length < 2 || moved > 0, 'revived links train again');
  engine.handle({ type: 'dispose' });
});

test('tutorial=<name> is a known key that round-trips; a hostile name keeps the default', () => {
  const r = parseHash('#dataset=xor&tutorial=dataset_basics', opts);
  assert.deepEqual(r.notices, []);
  assert.equal(r.config.tutorial, 'dataset_basics');
  const hash = serializeHash(r.config);
  assert.match(hash, /(^|&)tutorial=dataset_basics(&|$)/);
  assert.deepEqual(parseHash(hash, opts).config, r.config);
  // without it, no key in the hash (as in TF Playground, where it is null by default)
  assert.doesNotMatch(serializeHash(defaultConfig()), /tutorial/);
  const bad = parseHash('#tutorial=%3Cscript%3E', opts);
  assert.equal(bad.config.tutorial, '');
  assert.equal(bad.notices[0].key, 'pg.notice.badValue');
});

test('race mode: the lite engine posts its boundary as RGBA and the class shares', () => {
  const frames = {};
  for (const act of ['tanh', 'relu']) {
    const { engine, last } = harness();
    engine.handle({
      type: 'init',
      config: engineConfig({ dataset: 'spiral', networkShape: [6], activation: act, seed: 3 }, { lite: true }),
    });
    engine.handle({ type: 'step', n: 5 });
    frames[act] = last('frame');
    engine.handle({ type: 'dispose' });
  }
  const f = frames.relu;
  assert.ok(f.boundary instanceof ArrayBuffer);
  assert.equal(f.boundary.byteLength, f.side * f.side * 4);
  assert.equal(f.units, undefined);
  assert.equal(f.shares.length, 2);
  assert.ok(Math.abs(f.shares[0] + f.shares[1] - 1) < 1e-9);
  assert.notDeepEqual(new Uint8Array(f.boundary), new Uint8Array(frames.tanh.boundary));
});
