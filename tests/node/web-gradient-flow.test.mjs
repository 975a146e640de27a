// The gradient-flow lab's DOM-free model (web/src/model/gradient-flow.js) against the real
// WASM core.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from 'actlab';
import {
  JACOBIAN_DATA,
  formatSci,
  formatTick,
  gradientFlowSummary,
  jacobianConfig,
  jacobianStrip,
  logRange,
} from '../../web/src/model/gradient-flow.js';
import dict from '../../web/src/i18n/parts/gradient_flow.js';

const lab = await createActLab();
const spec = (activation, init, seed = 1, depth = 20, width = 8) => ({ depth, width, activation, init, seed });

test('gradient-flow: 20-layer sigmoid/Xavier vanishes (first ÷ last ≤ 1e-6)', () => {
  const r = gradientFlowSummary(lab, spec('sigmoid', 'xavier'));
  assert.equal(r.gradWNorm.length, 20);
  assert.ok(r.ratio <= 1e-6, String(r.ratio));
  assert.ok(Math.abs(r.growth * r.ratio - 1) < 1e-12);
  // the reference line is anchored at the last layer and falls by 4× per layer
  assert.equal(r.reference[19], r.gradWNorm[19]);
  assert.ok(Math.abs(r.reference[18] / r.reference[19] - 0.25) < 1e-12);
});

test('gradient-flow: ReLU/He at depth 20 keeps its gradient (seed 1); seed 3 is fully dead', () => {
  const alive = gradientFlowSummary(lab, spec('relu', 'he', 1));
  assert.ok(!alive.dead && alive.growth < 1e2, String(alive.growth));
  const dead = gradientFlowSummary(lab, spec('relu', 'he', 3));
  assert.ok(dead.dead);
  assert.equal(dead.ratio, null);
});

test('gradient-flow: the sigmoid Jacobian diagonal stays within (0, 0.25]', () => {
  const data = lab.makeDataset({ ...JACOBIAN_DATA, seed: 1 });
  const net = lab.createNetwork(jacobianConfig(spec('sigmoid', 'xavier')));
  try {
    net.setData(data);
    const strip = jacobianStrip(net.diagnostics({ example: 0 }), 20);
    assert.equal(strip.rows.length, 20);
    assert.ok(strip.rows.every((r) => r.length === 8));
    assert.ok(strip.min > 0 && strip.max <= 0.25, JSON.stringify([strip.min, strip.max]));
  } finally {
    net.delete();
    data.delete();
  }
  assert.deepEqual(lab.liveObjects(), { wrappers: 0, handles: 0, buffers: 0 });
});

test('gradient-flow: number formats', () => {
  assert.equal(formatSci(3.15e12), '3.15×10¹²');
  assert.equal(formatSci(1.95e-14), '1.95×10⁻¹⁴');
  assert.equal(formatSci(0.0614), '0.0614');
  assert.equal(formatSci(0), '0');
  assert.equal(formatTick(1e-14), '10⁻¹⁴');
  assert.equal(formatTick(1), '1');
  assert.equal(formatTick(2e-5), '2×10⁻⁵');
  assert.deepEqual(logRange([2e-14, 0.06, 0]), [1e-14, 0.1]);
  assert.deepEqual(logRange([0]), [1e-8, 1]);
});

test('gradient-flow: dictionary part has the same keys in ko and en', () => {
  assert.deepEqual(Object.keys(dict.en).sort(), Object.keys(dict.ko).sort());
});
