// The JS catalogue is generated from the C++ table and carries what the site needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { golden } from './helpers.mjs';

const lab = await createActLab();

test('ids are exactly the golden ids, in table order, with the golden parameter names', () => {
  const goldenIds = [...new Set(golden.functions.map((f) => f.id))];
  assert.deepEqual(lab.activations.map((a) => a.id), goldenIds);
  for (const f of golden.functions) {
    assert.deepEqual(Object.keys(f.params), Object.keys(lab.info(f.id).params), f.id);
  }
  assert.equal(lab.info('leaky_relu').params.alpha.default, 0.01);
  assert.equal(lab.info('prelu').params.alpha.default, 0.25);
  assert.equal(lab.info('elu').params.alpha.default, 1);
  assert.equal(lab.info('swish').params.beta.default, 1);
  assert.equal(lab.info('softplus').params.beta.default, 1);
});

test('every entry has names, formulas, range and properties', () => {
  for (const a of lab.activations) {
    assert.match(a.name.ko, /\S/);
    assert.match(a.name.en, /\S/);
    assert.match(a.latex.f, /\S/);
    assert.match(a.latex.df, /\S/);
    assert.ok(a.range.min < a.range.max, a.id);
    for (const k of ['monotonic', 'smooth', 'zeroCentred', 'boundedBelow', 'boundedAbove']) {
      assert.equal(typeof a.properties[k], 'boolean', `${a.id}.${k}`);
    }
    for (const p of Object.values(a.params)) {
      assert.ok(p.min <= p.default && p.default <= p.max && p.step > 0, a.id);
    }
  }
  // The properties agree with the functions themselves.
  const xs = new Float32Array(4001).map((_, i) => -20 + i / 100);
  for (const a of lab.activations) {
    const y = lab.forward(a.id, xs);
    const increasing = y.every((v, i) => i === 0 || v >= y[i - 1]);
    assert.equal(increasing, a.properties.monotonic, `${a.id} monotonic`);
    assert.ok(y.every((v) => v >= a.range.min - 1e-6 && v <= a.range.max + 1e-6), `${a.id} range`);
  }
  assert.ok(Object.isFrozen(lab.activations));
});
