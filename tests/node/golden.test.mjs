// Both WASM builds against the 40-digit golden vectors, through the public JS API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { golden, boundFor, checkValue, ulp32 } from './helpers.mjs';

const x = Float32Array.from(golden.x);

for (const impl of ['simd', 'scalar']) {
  test(`${impl}: every golden activation entry within the accuracy contract`, async () => {
    const lab = await createActLab({ impl });
    assert.equal(lab.impl, impl);
    for (const e of golden.functions) {
      const y = lab.forward(e.id, x, e.params);
      const dy = lab.derivative(e.id, x, e.params);
      const b = boundFor(lab.info(e.id));
      const bad = [];
      for (let i = 0; i < x.length; i++) {
        const m1 = checkValue(y[i], e.y[i], golden.x[i], e.dy[i], b, false);
        if (m1) bad.push(`f  ${m1}`);
        const m2 = checkValue(dy[i], e.dy[i], golden.x[i], e.d2y ? e.d2y[i] : 0, b, true);
        if (m2) bad.push(`f' ${m2}`);
      }
      assert.deepEqual(bad.slice(0, 5), [], `${e.id} ${JSON.stringify(e.params)}: ${bad.length} failures`);
    }
  });

  test(`${impl}: softmax, log-softmax and backward match the golden cases`, async () => {
    const lab = await createActLab({ impl });
    for (const c of golden.softmax) {
      const l = Float32Array.from(c.logits);
      const p = lab.softmax(l, c.temperature);
      const lp = lab.logSoftmax(l, c.temperature);
      const g = lab.softmaxBackward(l, Float32Array.from(c.upstream), c.temperature);
      const maxUp = Math.max(...c.upstream.map(Math.abs));
      let sum = 0;
      for (let i = 0; i < l.length; i++) {
        assert.ok(
          Math.abs(p[i] - c.probs[i]) <= 4 * ulp32(c.probs[i]) + 1e-9,
          `softmax ${JSON.stringify(c.logits.slice(0, 4))} T=${c.temperature} [${i}] ${p[i]} vs ${c.probs[i]}`,
        );
        assert.ok(Math.abs(g[i] - c.grad_logits[i]) <= (1e-6 * maxUp) / c.temperature, `backward [${i}]`);
        if (c.probs[i] > 1e-30) {
          const want = Math.log(c.probs[i]);
          assert.ok(Math.abs(lp[i] - want) <= 1e-6 * Math.max(1, Math.abs(want)), `logSoftmax [${i}]`);
        }
        sum += p[i];
      }
      assert.ok(Math.abs(sum - 1) <= 1e-6);
    }
  });
}

test("the post's examples: sigmoid'(0) = 0.25, softmax([2, 1, 0.1])", async () => {
  const lab = await createActLab();
  assert.equal(lab.derivative('sigmoid', new Float32Array([0]))[0], 0.25);
  const p = lab.softmax(new Float32Array([2, 1, 0.1]));
  assert.deepEqual(
    [...p].map((v) => v.toFixed(3)),
    ['0.659', '0.242', '0.099'],
  );
  // GELU exact vs tanh approximation differ, but by less than 5e-4 everywhere.
  const xs = new Float32Array(2001).map((_, i) => -10 + i / 100);
  const a = lab.forward('gelu', xs);
  const b = lab.forward('gelu_tanh', xs);
  const maxDiff = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
  assert.ok(maxDiff > 1e-5 && maxDiff < 5e-4, `max |gelu - gelu_tanh| = ${maxDiff}`);
  // SiLU dips below zero (non-monotonic): minimum ≈ -0.2785 near x ≈ -1.278.
  const s = lab.forward('silu', xs);
  const iMin = s.indexOf(Math.min(...s));
  assert.ok(Math.abs(xs[iMin] + 1.278) < 0.01 && Math.abs(s[iMin] + 0.2785) < 1e-3);
});
