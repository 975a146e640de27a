// The teaching page (web/index.html) against its text (web/src/i18n/parts/site.js), without a
// browser:
//   node --test tests/node/web-site-text.test.mjs
// - every data-i18n / data-i18n-attr key of the page exists in both dictionaries;
// - no site.* key is left unused (keys read by src/site.js itself, e.g. site.meta.title, count);
// - the sections sec-0 … sec-9 appear in order, each labelled by its own h2, one h1;
// - every lab element is a registered ActLab element (web/src/elements/labs.js, what the page loads), and every
//   element id on the page is unique (the URL state is keyed by lab ids);
// - every formula placeholder has its LaTeX (web/src/i18n/parts/site-formulas.js) and the build
//   fills it with KaTeX HTML (web/formula-html.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import elementsEn from '../../web/src/i18n/en.js';
import elementsKo from '../../web/src/i18n/ko.js';
import site from '../../web/src/i18n/parts/site.js';
import { expandFormulas } from '../../web/formula-html.mjs';
import { expandSiteHeader } from '../../web/site-header.mjs';
import siteFormulas from '../../web/src/i18n/parts/site-formulas.js';

// The page's dictionaries: the elements' (ko.js/en.js) plus the page-only site part (page.js adds it).
const ko = { ...elementsKo, ...site.ko };
const en = { ...elementsEn, ...site.en };

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
// Comments are not markup: drop them before looking at tags and attributes.
// The page as built: its shared header expanded as vite.config.js expands it.
const html = expandSiteHeader(read('web/index.html')).replace(/<!--[\s\S]*?-->/g, '');
const siteJs = read('web/src/site.js');

/** All start tags: { name, attrs: Map }. Attribute values may hold any text but `"`. */
function startTags(source) {
  const tags = [];
  for (const m of source.matchAll(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attrs = new Map();
    for (const a of m[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1].toLowerCase(), attrs, index: m.index });
  }
  return tags;
}

const tags = startTags(html);

function usedKeys() {
  const keys = new Set();
  for (const { attrs } of tags) {
    if (attrs.has('data-i18n')) keys.add(attrs.get('data-i18n').trim());
    if (attrs.has('data-i18n-attr')) {
      for (const pair of attrs.get('data-i18n-attr').split(';')) {
        const [attr, key] = pair.split(':').map((s) => s.trim());
        assert.ok(attr && key, `malformed data-i18n-attr pair "${pair}"`);
        keys.add(key);
      }
    }
  }
  return keys;
}

test('the page uses only keys that exist in both languages', () => {
  const keys = usedKeys();
  assert.ok(keys.size > 50, `only ${keys.size} keys found`);
  for (const k of keys) {
    assert.equal(typeof ko[k], 'string', `missing in ko: ${k}`);
    assert.equal(typeof en[k], 'string', `missing in en: ${k}`);
    assert.ok(ko[k].trim() && en[k].trim(), `empty text: ${k}`);
  }
});

test('the site part has identical keys in ko and en, and none unused', () => {
  assert.deepEqual(Object.keys(site.en).sort(), Object.keys(site.ko).sort());
  for (const k of Object.keys(site.ko)) assert.ok(k.startsWith('site.'), `not namespaced: ${k}`);
  const used = usedKeys();
  // keys that src/site.js reads by name (document title, meta description)
  for (const m of siteJs.matchAll(/['"`](site\.[\w.]+)['"`]/g)) used.add(m[1]);
  const unused = Object.keys(site.ko).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], `unused keys: ${unused.join(', ')}`);
});

test('Korean text is Korean, English text has no Hangul', () => {
  const hangul = /[\uac00-\ud7a3]/;
  for (const [k, v] of Object.entries(site.en)) {
    if (k === 'site.lang.switchTo') continue; // names the other language: "한국어"
    assert.ok(!hangul.test(v), `Hangul in en: ${k}`);
  }
  for (const [k, v] of Object.entries(site.ko)) {
    if (/\.(p|try|exact)\d+$/.test(k)) assert.ok(hangul.test(v), `no Korean in ko: ${k}`);
  }
  assert.equal(site.ko['site.lang.switchTo'], 'English');
  assert.equal(site.en['site.lang.switchTo'], '한국어');
});

test('every formula placeholder has its LaTeX, each formula is used once, and the build fills them', () => {
  const keys = tags.filter((t) => t.attrs.has('data-formula')).map((t) => t.attrs.get('data-formula'));
  assert.ok(keys.length >= 14, `only ${keys.length} formulas`);
  assert.deepEqual([...keys].sort(), Object.keys(siteFormulas).sort());
  for (const t of tags.filter((t) => t.attrs.has('data-formula'))) {
    assert.equal(t.name, 'div');
    assert.equal(t.attrs.get('class'), 'formula');
    assert.ok(!t.attrs.has('data-i18n'), 'a formula is not dictionary text');
  }
  for (const v of Object.values(siteFormulas)) assert.doesNotMatch(v, /[^\x20-\x7e]/, 'KaTeX strict mode: ASCII only');
  // the build's expansion: every placeholder gets MathML and KaTeX HTML; an unknown key stops it
  const built = expandFormulas(html);
  assert.equal(built.match(/<annotation encoding="application\/x-tex">/g)?.length, keys.length);
  assert.doesNotMatch(built, /<div class="formula" data-formula="[\w.]+"><\/div>/);
  assert.throws(() => expandFormulas('<div class="formula" data-formula="s9.f9"></div>'), /no formula "s9\.f9"/);
});

test('sections sec-0 … sec-9 in order, each labelled by its own h2; one h1', () => {
  const sections = tags.filter((t) => t.name === 'section');
  assert.deepEqual(
    sections.map((t) => t.attrs.get('id')),
    Array.from({ length: 10 }, (_, n) => `sec-${n}`),
  );
  for (const [n, s] of sections.entries()) {
    assert.equal(s.attrs.get('aria-labelledby'), `sec-${n}-title`);
    const heading = tags.find((t) => t.attrs.get('id') === `sec-${n}-title`);
    assert.ok(heading, `no heading sec-${n}-title`);
    assert.equal(heading.name, 'h2');
    assert.equal(heading.attrs.get('data-i18n'), `site.s${n}.title`);
    assert.ok(heading.index > s.index && (sections[n + 1]?.index ?? Infinity) > heading.index);
  }
  assert.equal(tags.filter((t) => t.name === 'h1').length, 1);
  assert.equal(tags.filter((t) => t.name === 'main').length, 1);
  // the table of contents links to every section, in order
  const toc = tags.filter((t) => t.name === 'a' && /^#sec-\d$/.test(t.attrs.get('href') ?? ''));
  assert.deepEqual(
    toc.map((t) => t.attrs.get('href')),
    sections.map((t) => `#${t.attrs.get('id')}`),
  );
});

test('lab elements are registered ActLab elements with unique ids', () => {
  const index = read('web/src/elements/labs.js');
  const registered = new Set();
  for (const m of index.matchAll(/import\s+['"]\.\/([\w-]+)\.js['"]/g)) {
    const file = read(`web/src/elements/${m[1]}.js`);
    const tag = file.match(/static\s+tag\s*=\s*['"]([\w-]+)['"]/);
    registered.add(tag ? tag[1] : m[1]);
  }
  assert.ok(registered.has('actlab-plot'));
  const labs = tags.filter((t) => t.name.startsWith('actlab-'));
  assert.ok(labs.length >= 10, `only ${labs.length} labs`);
  for (const lab of labs) {
    assert.ok(registered.has(lab.name), `not a registered element: <${lab.name}>`);
    assert.ok(lab.attrs.get('id'), `<${lab.name}> has no id`);
  }
  const ids = tags.filter((t) => t.attrs.has('id')).map((t) => t.attrs.get('id'));
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dupes, [], `duplicate ids: ${dupes.join(', ')}`);
  // every lab sits in a section and is introduced by a "what to try" line
  for (const lab of labs) {
    const before = tags.filter((t) => t.index < lab.index);
    const prev = before.at(-1);
    assert.ok(
      prev.name === 'p' && prev.attrs.get('class') === 'try' && /^site\.s\d\.try\d+$/.test(prev.attrs.get('data-i18n')),
      `<${lab.name} id="${lab.attrs.get('id')}"> is not preceded by a .try line`,
    );
  }
});

test('page head: lang="ko", empty icon, one module script (src/site.js)', () => {
  assert.match(html, /<html lang="ko">/);
  assert.ok(
    tags.some((t) => t.name === 'link' && t.attrs.get('rel') === 'icon' && t.attrs.get('href') === './favicon.svg'),
  );
  const scripts = tags.filter((t) => t.name === 'script');
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0].attrs.get('type'), 'module');
  assert.equal(scripts[0].attrs.get('src'), './src/site.js');
  const toggle = tags.find((t) => t.attrs.get('id') === 'lang-toggle');
  assert.equal(toggle?.name, 'button');
  assert.equal(toggle.attrs.get('type'), 'button');
  assert.equal(toggle.attrs.get('data-testid'), 'lang-toggle');
  const links = tags.filter((t) => t.name === 'a').map((t) => t.attrs.get('href'));
  assert.ok(links.includes('explorer.html'));
  const playground = tags.find((t) => t.name === 'a' && t.attrs.get('href') === 'playground.html');
  assert.equal(playground?.attrs.get('data-page'), 'playground');
  // no inline styles in the page's markup
  assert.ok(!tags.some((t) => t.name === 'style' || t.attrs.has('style')));
});
