// Hostile input, class 6: blocking. train(n, { budgetMs }) stops at the first epoch boundary
// past the budget and says so (log.outOfTime), so a page can keep a frame budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { assertStillWorks, rejects } from './hostile-helpers.mjs';

const lab = await createActLab();

test('a budget stops a long run after the epoch that crosses it', () => {
  // The case: 20 layers × 32 units, batch 1, 10,000 points (seconds per epoch).
  const layers = Array.from({ length: 20 }, () => ({ units: 32, activation: 'tanh' }));
  const net = lab.createNetwork({ layers, batchSize: 1, seed: 1 });
  const data = lab.makeDataset({ kind: 'spiral', points: 2000, trainFraction: 1, seed: 1 });
  net.setData(data);
  const log = net.train(100000, { budgetMs: 1, evaluateEvery: 1000 });
  assert.equal(log.outOfTime, true);
  assert.equal(log.length, 1, 'the epoch that crossed the budget is logged');
  assert.equal(log[0].epoch, 1);
  assert.equal(net.epoch, 1);
  // Without a budget, or with a generous one, a short run completes.
  const small = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  small.setData(data);
  const all = small.train(5, { budgetMs: 60000 });
  assert.equal(all.length, 5);
  assert.equal(all.outOfTime, false);
  assert.equal(small.train(2).outOfTime, false);
  small.delete();
  net.delete();
  data.delete();
  assertStillWorks(lab);
});

test('bad budgets are refused', () => {
  const net = lab.createNetwork({ layers: [{ units: 2, activation: 'tanh' }] });
  const data = lab.makeDataset({ kind: 'xor', points: 20 });
  net.setData(data);
  for (const bad of [0, -1, NaN, Infinity, 1e12]) {
    rejects(
      () => net.train(1, { budgetMs: bad }),
      RangeError,
      /options\.budgetMs must be a finite number in \(0, 86400000\]/,
    );
  }
  rejects(() => net.train(1, { budgetMs: '5' }), TypeError, /budgetMs must be a number/);
  net.delete();
  data.delete();
  assertStillWorks(lab);
});
