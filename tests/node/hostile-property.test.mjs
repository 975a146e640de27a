// Property test of the whole JS API under hostile arguments: a seeded generator calls random
// entry points with random mixtures of wrong types, NaN/±Infinity/huge numbers, prototype
// keys, lying typed arrays, proxies and getters that throw, freed and foreign buffers. Every
// call must either return or throw a TypeError, RangeError or Error of the API (or the
// hostile value's own error); never a WebAssembly trap, an Embind error or an abort. The
// module must keep working throughout, and nothing may leak. Bounded: 3000 calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { rng } from './helpers.mjs';
import { assertStillWorks } from './hostile-helpers.mjs';

const lab = await createActLab();
const CALLS = 3000;

class HostileError extends Error {}

test("random hostile calls: only the contract's errors, the module keeps working, no leak", () => {
  const rand = rng(20261130);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const live = { buffers: [], bytes: [], datasets: [], networks: [] };
  const freed = lab.alloc(8);
  freed.free();
  const baseline = lab.liveObjects();

  const numbers = [
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    -1,
    0.5,
    1.5,
    3,
    10,
    64,
    100,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    1e39,
    -1e39,
    3.4e38,
    1e-45,
    4096,
    1e9,
    0.01,
    1e4,
    -1e4,
  ];
  const strings = [
    '',
    'relu',
    'elu',
    'softmax',
    'toString',
    '__proto__',
    'constructor',
    '8',
    'x1',
    'adam',
    'circle',
    'spiral_k',
    'multiclass',
    'playground',
    '1,2,1\n3,4,0',
    'x1,x2,label\n1,2,1\n',
    '{"format":"actlab-network"}',
  ];
  const keys = [
    'alpha',
    'beta',
    'kind',
    'points',
    'noise',
    'seed',
    'classes',
    'task',
    'trainFraction',
    'layers',
    'units',
    'activation',
    'head',
    'init',
    'optimizer',
    'type',
    'learningRate',
    'batchSize',
    'features',
    'evaluateEvery',
    'budgetMs',
    'example',
    'min',
    'max',
    'into',
    'colors',
    'depth',
    'width',
    'params',
    'x1',
    'x2',
    'label',
    '__proto__',
  ];

  function floatArray() {
    const n = pick([0, 1, 2, 3, 4, 5, 17, 64]);
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = rand() < 0.1 ? pick(numbers) : (rand() - 0.5) * 20;
    return a;
  }
  function liar() {
    let k = 0;
    return new (class extends Float32Array {
      get length() {
        return ++k > 1 ? 2 ** 28 : 2;
      }
    })(4);
  }
  function value(depth = 0) {
    const r = rand();
    if (r < 0.22) return pick(numbers);
    if (r < 0.34) return pick(strings);
    if (r < 0.4) return pick([null, undefined, true, false, 10n, Symbol('s'), () => 1]);
    if (r < 0.55) return floatArray();
    if (r < 0.6)
      return pick([
        liar(),
        Object.create(Float32Array.prototype),
        new Float64Array(3),
        new Uint8Array(1024),
        [1, 2, 3],
        [],
      ]);
    if (r < 0.68) {
      const b = pick([...live.buffers, ...live.bytes, freed, { ptr: 8, length: 8 }]);
      return b ?? freed;
    }
    if (r < 0.72) {
      return new Proxy(
        {},
        {
          get() {
            throw new HostileError('trap');
          },
          ownKeys() {
            throw new HostileError('trap');
          },
        },
      );
    }
    if (r < 0.75)
      return Object.defineProperty({}, pick(keys), {
        enumerable: true,
        get() {
          throw new HostileError('getter');
        },
      });
    if (depth > 2) return {};
    const o = rand() < 0.2 ? [] : {};
    const n = Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) o[pick(keys)] = value(depth + 1);
    return o;
  }
  const args = (n) => Array.from({ length: n }, () => value());

  const net = () => pick(live.networks);
  const entry = [
    () => lab.forward(pick([...strings, 'relu', 'gelu']), ...args(2)),
    () => lab.derivative('swish', ...args(2)),
    () => lab.backward(pick(['elu', 'relu', 'nope']), ...args(3)),
    () => lab.softmax(...args(2)),
    () => lab.logSoftmax(...args(2)),
    () => lab.softmaxBackward(...args(3)),
    () => live.buffers.push(lab.alloc(value())),
    () => live.bytes.push(lab.allocBytes(value())),
    () => lab.forwardInto(pick(['relu', 'tanh']), ...args(3)),
    () => lab.derivativeInto('sigmoid', ...args(3)),
    () => lab.softmaxInto(...args(3)),
    () => lab.info(value()),
    () => live.datasets.push(lab.makeDataset(value())),
    () =>
      live.datasets.push(
        lab.makeDataset({
          kind: pick(['xor', 'circle', 'plane', 'blobs']),
          points: pick([10, 20, 30]),
          noise: value(),
        }),
      ),
    () => live.datasets.push(lab.parseCsv(value(), value())),
    () => live.datasets.push(lab.datasetFromPoints(value(), value())),
    () => live.networks.push(lab.createNetwork(value())),
    () =>
      live.networks.push(
        lab.createNetwork({
          layers: [{ units: pick([1, 2, 3]), activation: pick(['tanh', 'relu', 'prelu']) }],
          head: value(),
        }),
      ),
    () => live.networks.push(lab.importNetwork(value())),
    () => live.networks.push(lab.importNetwork(net()?.exportJSON() ?? '{}')),
    () =>
      lab.gradientFlow({
        depth: pick([1, 2, 3, 30, NaN]),
        width: pick([1, 4, 40]),
        init: value(),
        activation: value(),
      }),
    () => net()?.setData(pick([...live.datasets, value()])),
    () => net()?.train(pick([1, 2, 5, 0, -1, 1.5, NaN, 1e9, '1']), rand() < 0.5 ? value() : { budgetMs: 20 }),
    () => net()?.evaluate(),
    () => net()?.evaluateGrid(...args(6)),
    () => net()?.evaluateGrid(-6, 6, -6, 6, pick([1, 8, 64, 5000]), pick([1, 8, 64])),
    () => net()?.evaluateGridInto(...args(7)),
    () => net()?.evaluateUnitGrids(-1, 1, -1, 1, value(), value()),
    () => net()?.renderGrid(-2, 2, -2, 2, 8, 8, value()),
    () => net()?.diagnostics(value()),
    () => net()?.exportJSON(),
    () => net()?.reset(),
    () => net()?.config,
    () => pick(live.datasets)?.x1,
    () => pick([...live.buffers, ...live.bytes])?.free(),
    () => pick([...live.datasets, ...live.networks])?.delete(),
  ];

  const counts = { ok: 0, TypeError: 0, RangeError: 0, Error: 0, HostileError: 0 };
  for (let i = 0; i < CALLS; i++) {
    const which = Math.floor(rand() * entry.length);
    try {
      entry[which]();
      counts.ok++;
    } catch (e) {
      const kind = e instanceof HostileError ? 'HostileError' : e?.constructor?.name;
      assert.ok(
        kind === 'TypeError' || kind === 'RangeError' || kind === 'Error' || kind === 'HostileError',
        `call ${i} (entry ${which}) threw ${kind}: ${e?.message}`,
      );
      // Only the API's own messages: no trap, no Embind error, no engine TypeError from a bug.
      assert.ok(
        !/Aborted|memory access out of bounds|unreachable|BindingError|Cannot read|Cannot convert|is not a function|is not iterable/i.test(
          e.message,
        ),
        `call ${i} (entry ${which}): ${e.message}`,
      );
      counts[kind]++;
    }
    if (i % 250 === 249) assertStillWorks(lab);
  }
  for (const b of [...live.buffers, ...live.bytes]) b.free();
  for (const o of [...live.datasets, ...live.networks]) o.delete();
  assert.deepEqual(lab.liveObjects(), baseline, 'every wrapper and handle freed');
  assertStillWorks(lab);
  // Both outcomes happened often: the generator reaches real work and real refusals.
  assert.ok(counts.ok > CALLS / 10 && counts.TypeError + counts.RangeError > CALLS / 4, JSON.stringify(counts));
});
