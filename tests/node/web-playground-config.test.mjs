// The playground's URL/config schema (web/src/playground/config.js): TensorFlow Playground links,
// round trips, hostile values, limits from lab.limits, and the network/dataset it builds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from 'actlab';
import {
  DEFAULTS,
  defaultConfig,
  parseHash,
  seedFromString,
  serializeHash,
  toDatasetSpec,
  toNetworkConfig,
  uiLimits,
} from '../../web/src/playground/config.js';

const lab = await createActLab();
const ids = lab.activations.map((a) => a.id);
const opts = { limits: lab.limits, ids };

const TF_URL =
  '#activation=tanh&regularization=none&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.28&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

test('the example TensorFlow Playground URL gives its configuration, without notices', () => {
  const { config, notices, hidden } = parseHash(TF_URL, opts);
  assert.deepEqual(notices, []);
  assert.equal(hidden.size, 0);
  assert.equal(config.activation, 'tanh');
  assert.deepEqual(config.networkShape, [4, 2]);
  assert.equal(config.seed, Math.floor(0.28 * 2 ** 32));
  const net = toNetworkConfig(config);
  assert.deepEqual(net, {
    features: ['x1', 'x2'],
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 2, activation: 'tanh' },
    ],
    head: 'playground',
    init: 'uniform',
    optimizer: { type: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    regularization: { type: 'none', rate: 0 },
    shuffle: false,
    seed: config.seed,
  });
  assert.deepEqual(toDatasetSpec(config), {
    kind: 'circle',
    points: 500,
    noise: 0,
    trainFraction: 0.5,
    seed: config.seed,
  });
  // the core accepts both
  const d = lab.makeDataset(toDatasetSpec(config));
  const n = lab.createNetwork(net);
  n.setData(d);
  assert.equal(n.train(5).length, 5);
  n.delete();
  d.delete();
});

test('TF values map: linear, L1, noise /100, train %, features, hide flags, regression', () => {
  const { config, notices, hidden } = parseHash(
    'activation=linear&regularization=L1&regularizationRate=0.003&noise=35&percTrainData=70&networkShape=&x=false&y=false&xSquared=true&ySquared=true&sinX=true&problem=regression&regDataset=reg-gauss&seed=0.5&learningRate_hide=true&noise_hide=true&batchSize=30',
    opts,
  );
  assert.deepEqual(notices, []);
  assert.deepEqual([...hidden].sort(), ['learningRate', 'noise']);
  const net = toNetworkConfig(config);
  assert.deepEqual(net.features, ['x1sq', 'x2sq', 'sinx1']);
  assert.deepEqual(net.layers, []);
  assert.equal(net.head, 'regression');
  assert.deepEqual(net.regularization, { type: 'l1', rate: 0.003 });
  assert.equal(net.batchSize, 30);
  assert.equal(config.activation, 'identity');
  assert.deepEqual(toDatasetSpec(config), {
    kind: 'multigauss',
    points: 1200,
    noise: 0.35,
    trainFraction: 0.7,
    seed: 2 ** 31,
  });
});

test('ActLab extensions: per-layer activations, multi-class, optimiser, init, speed', () => {
  const { config, notices } = parseHash(
    'networkShape=8,8&activations=relu,gelu&problem=multiclass&mcDataset=blobs&classes=5&optimizer=adam&init=he&epochsPerFrame=10',
    opts,
  );
  assert.deepEqual(notices, []);
  const net = toNetworkConfig(config);
  assert.deepEqual(
    net.layers.map((l) => l.activation),
    ['relu', 'gelu'],
  );
  assert.equal(net.head, 'softmax');
  assert.equal(net.classes, 5);
  assert.equal(net.init, 'he');
  assert.equal(net.optimizer.type, 'adam');
  assert.equal(config.epochsPerFrame, 10);
  assert.deepEqual(toDatasetSpec(config), {
    kind: 'blobs',
    points: 500,
    noise: 0,
    trainFraction: 0.5,
    seed: 1,
    classes: 5,
  });
  const n = lab.createNetwork(net);
  assert.equal(n.outputs, 5);
  n.delete();
});

test('serializeHash round-trips (defaults, TF link, extensions, hide flags)', () => {
  for (const hash of [
    '',
    TF_URL,
    'networkShape=8,8&activations=relu,gelu&problem=multiclass&mcDataset=blobs&classes=5&optimizer=adam&init=he&epochsPerFrame=10&seed=123',
    'networkShape=3&activation=sigmoid&learningRate=0.3&regularization=L2&regularizationRate=0.01&noise_hide=true&numHiddenLayers_hide=true',
  ]) {
    const a = parseHash(hash, opts);
    const text = serializeHash(a.config, a.hidden);
    const b = parseHash(text, opts);
    assert.deepEqual(b.notices, [], text);
    assert.deepEqual(b.config, a.config, text);
    assert.deepEqual(b.hidden, a.hidden);
    assert.equal(serializeHash(b.config, b.hidden), text);
  }
  // a serialized default config is a valid TF Playground link: it starts with TF's keys
  assert.match(serializeHash(defaultConfig()), /^activation=tanh&regularization=none&batchSize=10&dataset=circle/);
});

test('hostile and malformed values fall back to the defaults with a notice, never an exception', () => {
  const cases = [
    ['networkShape=4,2,NaN', 'networkShape'],
    ['networkShape=99', 'networkShape'],
    ['networkShape=1,1,1,1,1,1,1,1,1', 'networkShape'],
    ['learningRate=0', 'learningRate'],
    ['learningRate=1e400', 'learningRate'],
    ['learningRate=Infinity', 'learningRate'],
    ['learningRate=-1', 'learningRate'],
    ['noise=81', 'noise'],
    ['noise=abc', 'noise'],
    ['batchSize=0', 'batchSize'],
    ['batchSize=1.5', 'batchSize'],
    ['percTrainData=200', 'percTrainData'],
    ['activation=%3Cscript%3E', 'activation'],
    ['activation=toString', 'activation'],
    ['dataset=__proto__', 'dataset'],
    ['regularization=L3', 'regularization'],
    ['x=yes', 'x'],
    ['classes=99', 'classes'],
    ['epochsPerFrame=1000', 'epochsPerFrame'],
    ['activations=relu', 'activations'],
    ['seed=', 'seed'],
  ];
  for (const [hash, name] of cases) {
    const r = parseHash(hash, opts);
    assert.equal(r.notices.length, 1, hash);
    assert.equal(r.notices[0].key, 'pg.notice.badValue', hash);
    assert.equal(r.notices[0].vars.name, name, hash);
    assert.deepEqual(r.config, defaultConfig(), hash);
  }
  // unknown keys: ignored with a notice
  const u = parseHash('__proto__=1&constructor=x&bogus_hide=true', opts);
  assert.deepEqual(
    u.notices.map((n) => [n.key, n.vars.name]),
    [
      ['pg.notice.unknownKey', '__proto__'],
      ['pg.notice.unknownKey', 'constructor'],
      ['pg.notice.unknownKey', 'bogus_hide'],
    ],
  );
  assert.equal(Object.prototype.polluted, undefined);
  // no feature left: x and y come back
  const nf = parseHash('x=false&y=false', opts);
  assert.equal(nf.notices[0].key, 'pg.notice.noFeature');
  assert.deepEqual(toNetworkConfig(nf.config).features, ['x1', 'x2']);
  // an enormous hash is refused whole
  const big = parseHash(`noise=5&${'a=1&'.repeat(5000)}`, opts);
  assert.equal(big.notices[0].key, 'pg.notice.tooLong');
  assert.deepEqual(big.config, defaultConfig());
  // non-string input
  for (const h of [null, undefined, 42, {}]) assert.deepEqual(parseHash(h, opts).config, defaultConfig());
  // notice values are truncated
  const long = parseHash(`activation=${'x'.repeat(500)}`, opts);
  assert.ok(long.notices[0].vars.value.length <= 60);
});

test('limits come from lab.limits; every valid config is accepted by the core', () => {
  const L = uiLimits(lab.limits);
  assert.equal(L.layers.max, lab.limits.playgroundHiddenLayers.max);
  assert.ok(L.units.max <= lab.limits.units.max);
  assert.equal(L.noise.max, lab.limits.noise.max * 100);
  const maxShape = Array(L.layers.max).fill(L.units.max).join(',');
  const r = parseHash(
    `networkShape=${maxShape}&batchSize=${L.batchSize.max}&learningRate=${lab.limits.learningRate.max}&noise=${L.noise.max}`,
    opts,
  );
  assert.deepEqual(r.notices, []);
  const n = lab.createNetwork(toNetworkConfig(r.config));
  const d = lab.makeDataset(toDatasetSpec(r.config));
  n.delete();
  d.delete();
  assert.equal(parseHash(`networkShape=${maxShape},1`, opts).notices.length, 1);
  assert.equal(parseHash(`networkShape=${L.units.max + 1}`, opts).notices.length, 1);
  assert.deepEqual(lab.liveObjects().wrappers, 0);
});

test('TF seed strings map to a uint32 deterministically', () => {
  assert.equal(seedFromString('0.28'), seedFromString('0.28'));
  assert.equal(seedFromString('0'), 0);
  assert.equal(seedFromString('4294967295'), 4294967295);
  for (const s of ['0.12345', 'abc', '4294967296', '-1', '1e3', '0.999999']) {
    const v = seedFromString(s);
    assert.ok(Number.isInteger(v) && v >= 0 && v <= 0xffffffff, s);
  }
  assert.notEqual(seedFromString('0.28'), seedFromString('0.29'));
  assert.equal(DEFAULTS.seed, 1);
});
