// Node tests of the DOM-free models behind <actlab-gelu-approx>, <actlab-swish> and
// <actlab-softmax> (web/src/model/gelu-approx.js, swish.js, softmax-lab.js), against the real
// WASM core through wasm/node.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from '../../wasm/node.js';
import { createGeluApproxModel, formatSci, gate } from '../../web/src/model/gelu-approx.js';
import { betaFromSlider, plotHalfWidth, swishMinimum } from '../../web/src/model/swish.js';
import {
  diagonalJacobian,
  naiveSoftmax,
  parseLogitsText,
  probabilities,
  rowSums,
  softmaxJacobian,
} from '../../web/src/model/softmax-lab.js';

const lab = await createActLab();

test('gelu-approx: the largest |gelu_tanh − gelu| on [−6, 6] lies in [1e-4, 1e-3]; buffers freed', () => {
  const before = lab.liveObjects();
  const m = createGeluApproxModel(lab);
  const c = m.compute(-6, 6);
  assert.ok(c.maxError >= 1e-4 && c.maxError <= 1e-3, String(c.maxError));
  assert.ok(Math.abs(Math.abs(c.at) - 2.69) < 0.02, String(c.at));
  assert.equal(m.compute(-6, 6), c, 'cached');
  const p = m.at(1);
  assert.equal(p.gelu, lab.forward('gelu', Float32Array.of(1))[0]);
  assert.equal(p.geluTanh, lab.forward('gelu_tanh', Float32Array.of(1))[0]);
  assert.equal(m.at(0).phi, 0.5);
  assert.equal(gate(2, 1), 0.5);
  m.dispose();
  assert.deepEqual(lab.liveObjects(), before);
  assert.equal(formatSci(4.7326e-4), '4.73 × 10⁻⁴');
  assert.equal(formatSci(-1.5e-5), '-1.50 × 10⁻⁵');
});

test('swish: the minimum at −1.2785/β with value −0.2785/β, from the core', () => {
  for (const beta of [0.1, 0.5, 1, 2, 10]) {
    const { x, y } = swishMinimum(lab, beta);
    assert.ok(Math.abs(x * beta + 1.27846) < 1e-4, `β=${beta}: x=${x}`);
    assert.ok(Math.abs(y * beta + 0.27846) < 1e-5, `β=${beta}: y=${y}`);
    assert.equal(y, lab.forward('swish', Float32Array.of(x), { beta })[0]);
  }
  assert.equal(betaFromSlider(0), 1);
  assert.equal(betaFromSlider(-1), 0.1);
  assert.equal(plotHalfWidth(-1.28), 6);
  assert.equal(plotHalfWidth(-12.78), 16);
});

test('softmax: parsing, probabilities, a full Jacobian with zero row sums, the naive NaN', () => {
  assert.deepEqual(parseLogitsText('2, 1, 0.1').value, [2, 1, 0.1]);
  assert.equal(parseLogitsText('1').error, 'softmax.errCount');
  assert.equal(parseLogitsText('1,2,3,4,5,6,7,8,9').error, 'softmax.errCount');
  assert.equal(parseLogitsText('1,,2').error, 'softmax.errNumber');
  assert.equal(parseLogitsText('1, 1e5').error, 'softmax.errNumber');
  assert.equal(parseLogitsText('1, Infinity').error, 'softmax.errNumber');
  assert.deepEqual(
    probabilities(lab, [2, 1, 0.1], 1).map((v) => v.toFixed(3)),
    ['0.659', '0.242', '0.099'],
  );
  const J = softmaxJacobian(lab, [2, 1, 0.1], 1);
  for (const [i, row] of J.entries()) for (const [j, v] of row.entries()) if (i !== j) assert.ok(Math.abs(v) > 1e-3);
  for (const s of rowSums(J)) assert.ok(Math.abs(s) < 1e-6);
  const D = diagonalJacobian(lab, 'sigmoid', [2, 1, 0.1]);
  assert.equal(D[0][1], 0);
  assert.ok(Math.abs(D[2][2] - 0.2494) < 1e-4);
  assert.ok(naiveSoftmax([1000, 999, 998]).probabilities.every(Number.isNaN));
  assert.deepEqual(
    probabilities(lab, [1000, 999, 998], 1).map((v) => v.toFixed(3)),
    ['0.665', '0.245', '0.090'],
  );
});
