// Node tests of the site's DOM-free modules (web/src/state.js, model/, i18n/) and of the
// build-time formulas (web/src/generated/formulas.js), run against the real WASM core through
// wasm/node.js. No browser needed:
//
//   node --test tests/node/web-model.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActLab } from '../../wasm/node.js';
import en from '../../web/src/i18n/en.js';
import ko from '../../web/src/i18n/ko.js';
import { normalizeCatalogue, paramsFor, tidy } from '../../web/src/model/catalogue.js';
import { createCurveSampler } from '../../web/src/model/curves.js';
import { createExplorerModel } from '../../web/src/model/explorer.js';
import { formatNum, formatShort } from '../../web/src/model/format.js';
import { saturationBands } from '../../web/src/model/saturation.js';
import { readFileSync } from 'node:fs';
import { DEFAULTS, parseLang, parseLogits, parseState, serializeState } from '../../web/src/state.js';
import {
  OUTPUT,
  SITE_CSS_OUTPUT,
  SITE_OUTPUT,
  generateFormulasModule,
  generateSiteFormulas,
} from '../../scripts/gen-formulas.mjs';

const lab = await createActLab();
const catalogue = normalizeCatalogue(lab.activations);

test('ko and en dictionaries have the same keys and placeholders', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ko).sort());
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of Object.keys(ko)) assert.deepEqual(holes(en[k]), holes(ko[k]), k);
});

test('catalogue numbers are tidied for display, raw bounds kept for the API', () => {
  const alpha = catalogue.find((a) => a.id === 'elu').params.alpha;
  assert.equal(alpha.min, 0.01);
  assert.equal(alpha.step, 0.01);
  assert.equal(alpha.rawMin, lab.info('elu').params.alpha.min);
  // The UI's tidy bounds (0.05) must still be accepted by the API, whose bounds carry float32
  // noise (0.0500000007): paramsFor clamps into the raw bounds.
  const softplus = catalogue.find((a) => a.id === 'softplus');
  const beta = paramsFor(softplus, { 'softplus.beta': softplus.params.beta.min });
  assert.doesNotThrow(() => lab.forward('softplus', Float32Array.of(1), beta));
  assert.equal(tidy('Infinity'), Infinity);
  const leaky = catalogue.find((a) => a.id === 'leaky_relu');
  assert.deepEqual(paramsFor(leaky, {}), { alpha: 0.01 });
  assert.deepEqual(paramsFor(leaky, { 'leaky_relu.alpha': 7 }), { alpha: leaky.params.alpha.rawMax });
  assert.deepEqual(
    paramsFor(
      catalogue.find((a) => a.id === 'relu'),
      {},
    ),
    {},
  );
});

test('parseState: empty query gives the defaults and serializes to an empty query', () => {
  const s = parseState('', catalogue, lab.limits);
  assert.deepEqual(s.fns, [...DEFAULTS.fns]);
  assert.equal(s.focus, null);
  assert.deepEqual([s.xmin, s.xmax, s.x, s.t], [-6, 6, 0, 1]);
  assert.deepEqual(s.logits, [2, 1, 0.1]);
  assert.equal(serializeState(s, catalogue), '');
});

test('parseState: valid values round-trip through the URL', () => {
  const q = '?fns=relu,elu&focus=elu&xmin=-3&xmax=4&x=-1&elu.alpha=0.5&logits=1,2,3&t=0.5';
  const bad = [];
  const s = parseState(q, catalogue, lab.limits, { bad });
  assert.deepEqual(bad, []);
  assert.deepEqual(s.fns, ['relu', 'elu']);
  assert.equal(s.focus, 'elu');
  assert.deepEqual([s.xmin, s.xmax, s.x, s.t], [-3, 4, -1, 0.5]);
  assert.deepEqual(s.params, { 'elu.alpha': 0.5 });
  assert.deepEqual(s.logits, [1, 2, 3]);
  assert.equal(serializeState(s, catalogue), q);
  assert.deepEqual(parseState(serializeState(s, catalogue), catalogue, lab.limits), s);
  // URLSearchParams works as a source too (the element passes its attributes that way)
  assert.deepEqual(parseState(new URLSearchParams(q), catalogue, lab.limits), s);
});

test('the page language is not part of the state; serializing keeps foreign query keys', () => {
  assert.equal(parseLang('?lang=en'), 'en');
  assert.equal(parseLang('?lang=fr'), 'ko');
  const s = parseState('?lang=en&x=1', catalogue, lab.limits);
  assert.equal('lang' in s, false);
  assert.equal(serializeState(s, catalogue, '?lang=en&x=0&other=1&elu.alpha=3'), '?lang=en&other=1&x=1');
  assert.equal(serializeState(parseState('', catalogue, lab.limits), catalogue, '?x=2&fns=relu'), '');
});

test('parseState: malformed values fall back to defaults, are reported and never throw', () => {
  const bad = [
    '?lang=fr&fns=nope&x=abc&xmin=5&xmax=-5&t=0&logits=a,b&elu.alpha=99&focus=relu',
    '?x=1e400&xmin=-1e9&xmax=NaN&t=Infinity&logits=&swish.beta=-1',
    '?fns=%E0%A4%A&x=&t=%20',
    '?logits=' + Array(20).fill(1).join(','),
  ];
  for (const q of bad) {
    const refused = [];
    const s = parseState(q, catalogue, lab.limits, { bad: refused });
    assert.deepEqual(s.fns, [...DEFAULTS.fns], q);
    assert.deepEqual([s.xmin, s.xmax, s.x, s.t], [-6, 6, 0, 1], q);
    assert.deepEqual(s.params, {}, q);
    assert.deepEqual(s.logits, [2, 1, 0.1], q);
    assert.ok(refused.length > 0, q);
    for (const r of refused) assert.equal(typeof r.allowed, 'string', q);
  }
  const refused = [];
  parseState(bad[0], catalogue, lab.limits, { bad: refused });
  assert.deepEqual(refused.map((r) => r.name).sort(), ['elu.alpha', 'fns', 'logits', 't', 'x', 'xmax', 'xmin'].sort());
  assert.equal(refused.find((r) => r.name === 'x').value, 'abc');
  assert.deepEqual(parseState('?fns=', catalogue, lab.limits).fns, []); // explicit empty selection
  assert.equal(parseState('?x=50', catalogue, lab.limits).x, 6); // cursor clamped into the range
  assert.equal(parseState('?fns=relu&focus=sigmoid', catalogue, lab.limits).focus, null);
});

test('parseState: a base state stands in for missing and malformed values', () => {
  const base = parseState('?fns=elu&elu.alpha=0.5&xmin=-2&xmax=2&t=2', catalogue, lab.limits);
  const bad = [];
  const s = parseState('?x=5&t=nope&swish.beta=2', catalogue, lab.limits, { base, bad });
  assert.deepEqual(s.fns, ['elu']);
  assert.deepEqual(s.params, { 'elu.alpha': 0.5, 'swish.beta': 2 });
  assert.deepEqual([s.xmin, s.xmax, s.x, s.t], [-2, 2, 2, 2]);
  assert.deepEqual(
    bad.map((b) => b.name),
    ['t'],
  );
  assert.deepEqual(base.params, { 'elu.alpha': 0.5 }); // the base is not modified
});

test('parseLogits accepts 1..16 finite numbers', () => {
  assert.deepEqual(parseLogits(' 2.0, 1 ,0.1'), [2, 1, 0.1]);
  assert.deepEqual(parseLogits('-3'), [-3]);
  for (const s of ['', '1,,2', '1, x', '1e5', Array(17).fill(0).join(','), null]) assert.equal(parseLogits(s), null, s);
});

test('formatting', () => {
  assert.equal(formatNum(0.25), '0.2500');
  assert.equal(formatNum(-0.00001), '0.0000');
  assert.equal(formatNum(-Infinity), '-∞');
  assert.equal(formatNum(NaN), 'NaN');
  assert.equal(formatShort(-6), '-6');
  assert.equal(formatShort(2.0700001), '2.07');
  assert.equal(formatShort(10), '10');
});

test('saturationBands finds |df| < threshold runs', () => {
  const xs = [0, 1, 2, 3, 4, 5];
  assert.deepEqual(saturationBands(xs, [0, 0, 1, 1, 0.05, 0]), [
    [0, 1.5],
    [3.5, 5],
  ]);
  assert.deepEqual(saturationBands(xs, [1, 1, 1, 1, 1, 1]), []);
  assert.deepEqual(saturationBands(xs, [NaN, 0, 1, 1, 1, 1]), [[0.5, 1.5]]);
});

test('explorer model: WASM curves, cursor values, bands and softmax', () => {
  const model = createExplorerModel(lab, catalogue);
  const s = parseState('?fns=sigmoid,elu&elu.alpha=0.5&x=-1', catalogue, lab.limits);
  const frame = model.compute(s);
  assert.equal(frame.xs.length, 601);
  assert.equal(frame.xs[300], 0);
  const sig = frame.curves.find((c) => c.id === 'sigmoid');
  assert.equal(sig.f[300], 0.5);
  assert.equal(sig.df[300], 0.25);
  const elu = frame.cursor.values.find((v) => v.id === 'elu');
  assert.ok(Math.abs(elu.f - 0.5 * Math.expm1(-1)) < 1e-6, String(elu.f));
  assert.ok(Math.abs(elu.df - 0.5 * Math.exp(-1)) < 1e-6, String(elu.df));
  assert.equal(frame.focus, 'sigmoid');
  assert.equal(frame.bands.length, 2); // both tails of the sigmoid
  assert.ok(Math.abs(frame.bands[0][1] + 2.07) < 0.03 && Math.abs(frame.bands[1][0] - 2.07) < 0.03);

  // Unchanged curves are not recomputed; a cursor move only changes the cursor values.
  const again = model.compute({ ...s, x: 0 });
  assert.equal(again.version, frame.version);
  assert.equal(again.cursor.values[0].f, 0.5);

  // WASM memory growth must not break the sampler (it re-reads .view after every call).
  const big = lab.alloc(16 * 1024 * 1024);
  const grown = model.compute({ ...s, params: { 'elu.alpha': 1 } });
  assert.ok(grown.version > frame.version);
  assert.equal(grown.curves[0].df[300], 0.25);
  assert.ok(Math.abs(grown.cursor.values[1].f - Math.expm1(-1)) < 1e-6);
  big.free();

  const p = model.softmax([2, 1, 0.1], 1);
  assert.deepEqual(
    Array.from(p, (v) => v.toFixed(3)),
    ['0.659', '0.242', '0.099'],
  );
});

test('curve sampler: results are the core values on the grid, kept per id and parameters, dropped with the grid', () => {
  const sampler = createCurveSampler(lab, 5);
  try {
    sampler.setRange(-2, 2); // grid −2, −1, 0, 1, 2
    const elu = sampler.sampleF('elu', { alpha: 0.5 });
    assert.deepEqual(
      Array.from(elu, (v) => Number(v.toFixed(6))),
      [Number((0.5 * Math.expm1(-2)).toFixed(6)), Number((0.5 * Math.expm1(-1)).toFixed(6)), 0, 1, 2],
    );
    assert.deepEqual(Array.from(sampler.sample('elu', { alpha: 0.5 }).f), Array.from(elu));
    assert.equal(sampler.sample('elu', { alpha: 0.5 }).df[1], Math.fround(0.5 * Math.exp(-1)));
    // the same id and parameters: the same array, not computed again
    assert.equal(sampler.sampleF('elu', { alpha: 0.5 }), elu);
    // other parameters or another function: other values
    const elu2 = sampler.sampleF('elu', { alpha: 2 });
    assert.notEqual(elu2, elu);
    assert.equal(elu2[0], Math.fround(2 * Math.expm1(-2)));
    assert.equal(sampler.sampleF('relu', {})[1], 0);
    // at most 8 results kept: the oldest is computed again (equal values, a new array)
    for (let k = 0; k < 8; k++) sampler.sampleF('elu', { alpha: 1 + k / 10 });
    const again = sampler.sampleF('elu', { alpha: 0.5 });
    assert.notEqual(again, elu);
    assert.deepEqual(Array.from(again), Array.from(elu));
    // a new grid drops what was kept
    sampler.setRange(0, 4);
    const moved = sampler.sampleF('elu', { alpha: 0.5 });
    assert.deepEqual(Array.from(moved), [0, 1, 2, 3, 4]);
  } finally {
    sampler.dispose();
  }
});

test('web/src/generated/formulas.js is up to date with the catalogue (node scripts/gen-formulas.mjs)', async () => {
  const expected = await generateFormulasModule(lab.activations);
  assert.ok(readFileSync(OUTPUT, 'utf8') === expected, 'stale: run node scripts/gen-formulas.mjs');
  assert.doesNotMatch(expected, /\sstyle=/); // no inline style attribute (style-src 'self')
  assert.doesNotMatch(expected, /katex-error/);
});

test('web/src/generated/site-formulas.{js,css} are up to date with the page’s LaTeX (node scripts/gen-formulas.mjs)', async () => {
  const { module, css } = await generateSiteFormulas();
  assert.ok(readFileSync(SITE_OUTPUT, 'utf8') === module, 'stale site-formulas.js: run node scripts/gen-formulas.mjs');
  assert.ok(
    readFileSync(SITE_CSS_OUTPUT, 'utf8') === css,
    'stale site-formulas.css: run node scripts/gen-formulas.mjs',
  );
  assert.doesNotMatch(module, /\sstyle=/); // no inline style attribute (style-src 'self')
  assert.doesNotMatch(module, /katex-error/);
  // every class the HTML uses for a former style attribute has its rule
  for (const [, cls] of module.matchAll(/\b(kxs-\d+)\b/g)) assert.ok(css.includes(`.${cls} {`), cls);
});
