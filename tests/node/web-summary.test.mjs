// Node tests of the summary table's DOM-free model (web/src/model/summary.js) and of the
// compare/summary dictionary parts, against the real WASM core.
//
//   node --test tests/node/web-summary.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from '../../wasm/node.js';
import compare from '../../web/src/i18n/parts/compare.js';
import summary from '../../web/src/i18n/parts/summary.js';
import { normalizeCatalogue } from '../../web/src/model/catalogue.js';
import {
  TIMING_FLOATS,
  buildRows,
  extremes,
  fillTimingInput,
  costMeter,
  measureNsPerElement,
  median,
  parseSections,
  parseSort,
  sortRows,
  sortText,
} from '../../web/src/model/summary.js';

const lab = await createActLab();
const catalogue = normalizeCatalogue(lab.activations);
const IDS = catalogue.map((a) => a.id);

test('sections: id:anchor pairs; anything else is refused as a whole', () => {
  assert.deepEqual(parseSections(null, IDS), { value: {}, bad: null });
  assert.deepEqual(parseSections(' ', IDS), { value: {}, bad: null });
  assert.deepEqual(parseSections('sigmoid:sec-2, relu:sec-3', IDS), {
    value: { sigmoid: 'sec-2', relu: 'sec-3' },
    bad: null,
  });
  assert.deepEqual(parseSections('gelu:part:2', IDS).value, { gelu: 'part:2' });
  for (const bad of ['relu', 'nope:sec', 'relu:', 'relu:"><img>', 'relu:1abc', 'relu:a b', ',,']) {
    assert.deepEqual(parseSections(bad, IDS), { value: {}, bad }, bad);
  }
});

test('sort: key with an optional "-" for descending', () => {
  assert.deepEqual(parseSort(null).value, { key: null, dir: 1 });
  assert.deepEqual(parseSort('ns').value, { key: 'ns', dir: 1 });
  assert.deepEqual(parseSort('-d0').value, { key: 'd0', dir: -1 });
  assert.equal(parseSort('range').bad, 'range');
  assert.equal(sortText({ key: 'd0', dir: -1 }), '-d0');
  assert.equal(sortText({ key: null, dir: 1 }), null);
});

test('rows: one per id, metadata from the catalogue, f′(0) from the core', () => {
  const rows = buildRows(lab, catalogue, IDS);
  assert.deepEqual(
    rows.map((r) => r.id),
    IDS,
  );
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  assert.equal(by.sigmoid.d0, 0.25);
  assert.equal(by.relu.d0, 0); // the convention (as in PyTorch)
  assert.equal(by.tanh.d0, 1);
  assert.equal(by.relu.kink, true);
  assert.equal(by.sigmoid.kink, false);
  assert.equal(by.relu.range, '[0, ∞)');
  assert.equal(by.gelu.monotonic, false);
  assert.ok(rows.every((r) => r.nsPerElement === null));
});

test('timing: a median of spans of forwardInto on a resident buffer, > 0 even on a coarse clock', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
  const input = lab.alloc(TIMING_FLOATS);
  const output = lab.alloc(TIMING_FLOATS);
  try {
    fillTimingInput(input.view);
    assert.equal(input.view[0], -8);
    assert.equal(input.view[TIMING_FLOATS - 1], 8);
    // a clock with 0.1 ms steps (as in browsers without cross-origin isolation)
    const coarse = () => Math.floor(performance.now() * 10) / 10;
    for (const id of ['relu', 'gelu']) {
      const ns = measureNsPerElement(lab, id, {}, input, output, { reps: 3, minMs: 1, now: coarse });
      assert.ok(Number.isFinite(ns) && ns > 0, `${id}: ${ns}`);
      assert.ok(ns < 1e4, `${id}: ${ns}`);
    }
    // the output really is f(x) from the core
    const expected = lab.forward('gelu', Float32Array.from(input.view));
    assert.deepEqual(Float32Array.from(output.view), expected);
  } finally {
    input.free();
    output.free();
  }
});

test('timing in steps: a warm-up, then one span per step; the median once all spans are in', () => {
  const input = lab.alloc(TIMING_FLOATS);
  const output = lab.alloc(TIMING_FLOATS);
  try {
    // a fake clock that moves 0.25 ms per reading: every span of minMs 1 is exactly 4 calls
    // long in readings, so each step's length and the result are known
    let t = 0;
    const clock = () => (t += 0.25);
    const calls = [];
    const counting = { forwardInto: (...a) => (calls.push(a[0]), lab.forwardInto(...a)) };
    const meter = costMeter(counting, 'relu', {}, input, output, { reps: 3, minMs: 1, now: clock });
    const steps = [];
    let more = true;
    while (more) {
      const before = calls.length;
      more = meter.step();
      steps.push(calls.length - before);
      if (more) assert.equal(meter.ns, null, 'no result before every span is in');
    }
    // warm-up: calls until 0.5 ms have passed (2 readings of 0.25 after the first); then three
    // spans of 1 ms: 4 calls each (the clock read once before and once after every call)
    assert.deepEqual(steps, [2, 4, 4, 4]);
    assert.equal(meter.step(), false, 'nothing more once done');
    assert.equal(calls.length, 14);
    // each span: 1 ms over 4 calls of TIMING_FLOATS elements
    assert.equal(meter.ns, 1e6 / (4 * TIMING_FLOATS));
    // the one-go measurement is the same steps run back to back
    t = 0;
    assert.equal(measureNsPerElement(lab, 'relu', {}, input, output, { reps: 3, minMs: 1, now: clock }), meter.ns);
  } finally {
    input.free();
    output.free();
  }
});

test('sorting: stable, unmeasured last, booleans ✓ first when ascending', () => {
  const rows = buildRows(lab, catalogue, ['relu', 'sigmoid', 'gelu', 'tanh']);
  rows[0].nsPerElement = 2;
  rows[1].nsPerElement = 1;
  rows[3].nsPerElement = 3;
  const ids = (rs) => rs.map((r) => r.id);
  assert.deepEqual(ids(sortRows(rows, { key: null, dir: 1 })), ['relu', 'sigmoid', 'gelu', 'tanh']);
  assert.deepEqual(ids(sortRows(rows, { key: 'ns', dir: 1 })), ['sigmoid', 'relu', 'tanh', 'gelu']);
  assert.deepEqual(ids(sortRows(rows, { key: 'ns', dir: -1 })), ['tanh', 'relu', 'sigmoid', 'gelu']);
  assert.deepEqual(ids(sortRows(rows, { key: 'd0', dir: -1 })), ['tanh', 'gelu', 'sigmoid', 'relu']);
  assert.deepEqual(ids(sortRows(rows, { key: 'smooth', dir: 1 })), ['sigmoid', 'gelu', 'tanh', 'relu']);
  assert.deepEqual(ids(sortRows(rows, { key: 'name', dir: 1 }, 'en')), ['gelu', 'relu', 'sigmoid', 'tanh']);
  const ext = extremes(rows);
  assert.deepEqual([ext.fast.id, ext.slow.id], ['sigmoid', 'tanh']);
  assert.equal(extremes(buildRows(lab, catalogue, ['relu'])), null);
});

test('dictionary parts: same keys in ko and en; a typical use for every catalogue entry', () => {
  for (const part of [compare, summary]) {
    assert.deepEqual(Object.keys(part.en).sort(), Object.keys(part.ko).sort());
    const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(part.ko)) assert.deepEqual(holes(part.en[k]), holes(part.ko[k]), k);
  }
  for (const id of IDS) {
    assert.ok(summary.ko[`summary.use.${id}`], id);
    assert.ok(summary.en[`summary.use.${id}`], id);
  }
  for (let i = 0; i < 8; i++) assert.ok(compare.ko[`compare.dash${i}`]);
});
