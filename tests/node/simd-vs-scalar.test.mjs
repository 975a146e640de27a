// The SIMD build against the scalar build and the double reference, on random and special
// inputs, every activation, parameters across their range, every tail length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActLab } from 'actlab';
import { boundFor, checkValue, rng, ulp32 } from './helpers.mjs';

const simd = await createActLab({ impl: 'simd' });
const scalar = await createActLab({ impl: 'scalar' });

function inputs(seed, n) {
  const r = rng(seed);
  const specials = [
    0,
    -0,
    1e-30,
    -1e-30,
    1e-8,
    -1e-8,
    5e-39,
    88.7,
    -88.7,
    103,
    -103,
    1e4,
    -1e4,
    3.4e38,
    -3.4e38,
    Infinity,
    -Infinity,
    NaN,
  ];
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const k = r();
    x[i] = k < 0.1 ? specials[Math.floor(r() * specials.length)] : k < 0.7 ? (r() - 0.5) * 24 : (r() - 0.5) * 200;
  }
  return x;
}

test('SIMD build agrees with the scalar build within the accuracy contract', () => {
  const x = inputs(1, 20011);
  for (const a of simd.activations) {
    const names = Object.keys(a.params);
    const values = names.length
      ? [a.params[names[0]].min, a.params[names[0]].default, a.params[names[0]].max]
      : [undefined];
    for (const v of values) {
      const params = v === undefined ? {} : { [names[0]]: v };
      // Parameters that are not powers of two are rounded into βx first: argument allowance.
      const pow2 = v === undefined || v === 0 || Math.log2(Math.abs(v)) % 1 === 0;
      const b = { ...boundFor(a) };
      if (!pow2) b.argumentRounded = true;
      const ys = simd.forward(a.id, x, params);
      const yr = scalar.forward(a.id, x, params);
      const ds = simd.derivative(a.id, x, params);
      const dr = scalar.derivative(a.id, x, params);
      let bad = 0;
      let first = '';
      for (let i = 0; i < x.length; i++) {
        // The scalar build is within 0.5 ulp of the truth: use it as the reference, with a
        // one-ulp allowance for its own rounding.
        const m =
          checkValue(ys[i], yr[i], x[i], dr[i], b, false) &&
          checkValue(ys[i], yr[i] + Math.sign(ys[i] - yr[i]) * ulp32(yr[i]), x[i], dr[i], b, false);
        const md =
          Math.abs(ds[i] - dr[i]) <= 6 * ulp32(dr[i]) + (b.crossesZero || b.argumentRounded ? 2 ** -22 : 2 ** -126) ||
          (Number.isNaN(ds[i]) && Number.isNaN(dr[i])) ||
          ds[i] === dr[i]
            ? ''
            : `f' x=${x[i]} simd=${ds[i]} scalar=${dr[i]}`;
        if (m || md) {
          bad++;
          first ||= m || md;
        }
      }
      assert.equal(bad, 0, `${a.id} ${JSON.stringify(params)}: ${bad} mismatches, e.g. ${first}`);
    }
  }
});

test('every length 0..70 gives the same per-element result (tails, in place)', () => {
  const base = inputs(2, 70);
  for (const a of simd.activations) {
    const whole = simd.forward(a.id, base);
    for (let n = 0; n <= 70; n++) {
      const part = simd.forward(a.id, base.subarray(0, n));
      assert.equal(part.length, n);
      for (let i = 0; i < n; i++) assert.ok(Object.is(part[i], whole[i]), `${a.id} n=${n} i=${i}`);
    }
  }
});

test('softmax: SIMD vs scalar on random vectors of lengths 1..65536, huge logits', () => {
  const r = rng(3);
  for (const n of [1, 2, 3, 5, 17, 1000, 65536]) {
    for (const scale of [1, 100, 1e4]) {
      const l = new Float32Array(n).map(() => (r() - 0.5) * 2 * scale);
      if (n > 2) l[1] = 88.7;
      for (const t of [0.01, 1, 100]) {
        const ps = simd.softmax(l, t);
        const pr = scalar.softmax(l, t);
        let sum = 0;
        for (let i = 0; i < n; i++) {
          assert.ok(Math.abs(ps[i] - pr[i]) <= 8 * ulp32(pr[i]) + 1e-9, `n=${n} T=${t} i=${i}`);
          sum += ps[i];
        }
        assert.ok(Math.abs(sum - 1) <= 1e-6, `sum ${sum} n=${n} scale=${scale} T=${t}`);
      }
    }
  }
});
