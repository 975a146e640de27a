// Shared helpers for the node:test suites: the golden file and the accuracy contract (the
// same rules as tests/cpp/tolerance.h, which documents them).
import { readFileSync } from 'node:fs';

export const golden = JSON.parse(readFileSync(new URL('../data/activations.json', import.meta.url), 'utf8'), (k, v) =>
  v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v === 'NaN' ? NaN : v,
);

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const FLT_MAX = 3.4028234663852886e38;

// Spacing of float32 at |v|.
export function ulp32(v) {
  const a = Math.abs(v);
  if (!(a < FLT_MAX)) return 2 ** 104;
  f32[0] = a;
  if (f32[0] > a) u32[0] -= 1; // round toward zero to stay in a's binade
  const lo = f32[0];
  u32[0] += 1;
  return f32[0] - lo;
}

// The op's tolerance class from its catalogue entry (lab.info(id).test, core/act/catalogue.h).
export function boundFor(info) {
  return { argumentRounded: info.test.argumentRounded, crossesZero: info.test.derivativeCrossesZero };
}

// Returns '' when got is within the contract of ref, else a description.
export function checkValue(got, ref, x, slope, bound, derivative) {
  const where = `x=${x} got=${got} ref=${ref}`;
  if (Number.isNaN(ref)) return Number.isNaN(got) ? '' : `expected NaN: ${where}`;
  if (Number.isNaN(got)) return `unexpected NaN: ${where}`;
  if (!Number.isFinite(ref) || Math.abs(ref) >= 2 ** 128 * (1 - 2 ** -25)) {
    return !Number.isFinite(got) && got > 0 === ref > 0 ? '' : `expected infinity: ${where}`;
  }
  let tol = (bound.argumentRounded ? 8 : 4) * ulp32(ref) + 2 ** -126;
  if (bound.argumentRounded && Number.isFinite(slope)) tol += 4 * ulp32(x) * Math.abs(slope);
  if (derivative && bound.crossesZero) tol += 2 ** -23;
  return Math.abs(got - ref) <= tol ? '' : `out of tolerance (${Math.abs(got - ref)} > ${tol}): ${where}`;
}

// Deterministic PRNG (mulberry32) so failures reproduce.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
