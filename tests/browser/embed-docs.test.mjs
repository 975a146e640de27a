// The blog-embed documentation page (web/embed.html): loads cleanly; every element is in the
// reference (its attribute rows = the class's `static attrs`) and in a snippet; every live
// preview starts and carries exactly the attributes of the snippet beside it; the copy button
// answers; the page's scripting demo drives the playground; English leaves no Korean; axe-core;
// 360 px; the navigation link from the teaching page.
//   ACTLAB_WEB_OUTDIR=build/web-docs node --test tests/browser/embed-docs.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoProblems, axeViolations, ELEMENT_TAGS, hangulLeft, nextFrame, startSite } from './harness.mjs';

const TAGS = ELEMENT_TAGS;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

async function pageReady(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
}

/** Scrolls the element into view (instantly, again while widgets above it grow as they start)
 *  until it has started. */
async function startOne(page, selector) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const ready = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (el.dataset.ready === 'true') return true;
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      return false;
    }, selector);
    if (ready) return;
    assert.ok(Date.now() < deadline, `${selector} did not start`);
    await page.waitForTimeout(150);
  }
}

/** Starts every preview in turn; returns the example ids. */
async function startPreviews(page) {
  const ids = await page.evaluate(() => [...document.querySelectorAll('[data-example]')].map((e) => e.dataset.example));
  for (const id of ids) await startOne(page, `[data-example="${id}"] figure > :last-child`);
  await nextFrame(page);
  return ids;
}

test('embed docs: no problems; every element in the reference and a snippet; previews = snippets', async () => {
  const { page, problems } = await site.open('embed.html');
  await pageReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');

  // The reference: one block per element, its attribute rows exactly the class's static attrs
  // (plus the attributes it only reads, marked "not reflected").
  const reference = await page.evaluate(() => {
    const out = {};
    for (const block of document.querySelectorAll('#reference-body .ref-element')) {
      const tag = block.dataset.tag;
      const rows = [...block.querySelectorAll('table.attrs tbody tr')];
      out[tag] = {
        title: block.querySelector('h3').textContent,
        reflected: rows
          .filter((r) => !r.querySelector('.not-reflected'))
          .map((r) => r.querySelector('code').textContent),
        described: rows.every((r) => r.lastElementChild.textContent.trim().length > 3),
        members: [...block.querySelectorAll('table.members tbody tr')].map((r) => r.children[1].textContent),
        staticAttrs: [...(customElements.get(tag)?.attrs ?? [])],
      };
    }
    return out;
  });
  assert.deepEqual(Object.keys(reference).sort(), [...TAGS].sort());
  for (const tag of TAGS) {
    const r = reference[tag];
    assert.equal(r.title, `<${tag}>`);
    assert.ok(r.staticAttrs.length > 0, `${tag} has no static attrs`);
    assert.deepEqual(r.reflected, r.staticAttrs, `${tag}: reference rows differ from static attrs`);
    assert.ok(r.described, `${tag}: an attribute without a description`);
    assert.equal(r.members[0], 'value', `${tag}: value is documented first`);
  }
  assert.deepEqual(reference['actlab-playground'].members, [
    'value',
    'state',
    'config',
    'play()',
    'pause()',
    'step(n = 1)',
    'reset()',
    'epoch',
  ]);
  const refText = await page.locator('#reference-body').textContent();
  for (const tag of TAGS) assert.ok(refText.includes(`<${tag}>`), `${tag} missing from the reference`);
  // Ranges read from the running core appear (the seed's upper bound, the temperature range).
  const limits = await page.evaluate(() => window.__actlab.limits);
  assert.ok(refText.includes(`0…${limits.seed.max}`));
  assert.ok(refText.includes(`${limits.temperature.min}…${limits.temperature.max}`));

  // Every tag is in at least one example snippet.
  const snippets = await page.evaluate(() =>
    [...document.querySelectorAll('[data-example] pre code')].map((c) => c.textContent),
  );
  for (const tag of TAGS)
    assert.ok(
      snippets.some((s) => s.includes(`<${tag}`)),
      `${tag} has no snippet`,
    );

  // Every preview starts, and its markup is the snippet beside it.
  const ids = await startPreviews(page);
  assert.ok(ids.length >= 13, `only ${ids.length} previews`);
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll('[data-example]')].map((box) => {
      const attrs = (el) =>
        Object.fromEntries([...el.attributes].filter((a) => !a.name.startsWith('data-')).map((a) => [a.name, a.value]));
      const code = box.querySelector('pre code').textContent;
      const tpl = document.createElement('template');
      tpl.innerHTML = code;
      const written = tpl.content.firstElementChild;
      const shown = box.querySelector('figure').lastElementChild;
      return {
        id: box.dataset.example,
        code,
        nodes: tpl.content.childNodes.length,
        written: { tag: written.localName, attrs: attrs(written) },
        shown: {
          tag: shown.localName,
          attrs: attrs(shown),
          ready: shown.dataset.ready,
          html: shown.outerHTML.replace(/>[\s\S]*$/, '>'),
        },
      };
    }),
  );
  for (const p of pairs) {
    assert.equal(p.nodes, 1, `${p.id}: the snippet is one element`);
    assert.equal(p.shown.ready, 'true', `${p.id} did not start`);
    assert.equal(p.shown.tag, p.written.tag, p.id);
    if (p.shown.tag === 'actlab-playground') {
      // The playground writes its whole configuration back into `config`: every key=value of
      // the snippet must be in it unchanged, and no other attribute may differ.
      const { config: wc, ...wRest } = p.written.attrs;
      const { config: sc, ...sRest } = p.shown.attrs;
      assert.deepEqual(sRest, wRest, p.id);
      const shown = new URLSearchParams(sc);
      for (const [k, v] of new URLSearchParams(wc)) assert.equal(shown.get(k), v, `${p.id}: config ${k}`);
    } else {
      assert.deepEqual(p.shown.attrs, p.written.attrs, `${p.id}: preview ${p.shown.html} ≠ snippet ${p.code}`);
    }
  }
  assertNoProblems(problems);
  await page.closeContext();
});

test('embed docs: copy button answers; the scripting demo drives the playground', async () => {
  const { page, problems } = await site.open('embed.html');
  await pageReady(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const block = page.locator('#start .code-block').first();
  await block.getByRole('button').click();
  const status = block.locator('.copy-status');
  await page.waitForFunction((el) => el.textContent.trim() !== '', await status.elementHandle());
  const said = await status.textContent();
  assert.ok(/클립보드|선택/.test(said), said);
  if (said.includes('클립보드')) {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await block.locator('pre').textContent());
  }
  // Without a clipboard API the code is selected and the reader is told to press Ctrl+C.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const other = page.locator('#start .code-block').nth(1);
  await other.getByRole('button').click();
  await page.waitForFunction(
    (el) => el.textContent.includes('Ctrl+C'),
    await other.locator('.copy-status').elementHandle(),
  );
  assert.equal(await page.evaluate(() => getSelection().toString()), await other.locator('pre').textContent());
  // step(10) through the page's button: the playground's state follows.
  const box = page.locator('[data-example="playground"]');
  await startOne(page, 'actlab-playground');
  await box.getByRole('button', { name: 'step(10)' }).click();
  await page.waitForFunction(() => document.querySelector('actlab-playground').state.epoch >= 10, null, {
    timeout: 30000,
  });
  await page.waitForFunction(() => /10/.test(document.querySelector('[data-testid="demo-state"]').textContent), null, {
    timeout: 5000,
  });
  assertNoProblems(problems);
  await page.closeContext();
});

test('embed docs: English leaves no Korean; axe finds nothing serious (ko, en); 360 px', async () => {
  const { page, problems } = await site.open('embed.html');
  await pageReady(page);
  await startPreviews(page);
  assert.deepEqual(await axeViolations(page), [], 'ko');
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await nextFrame(page);
  await page.waitForTimeout(600); // the explorer's live summaries settle after 400 ms
  assert.deepEqual(await hangulLeft(page), []);
  assert.match(page.url(), /lang=en/);
  assert.deepEqual(await axeViolations(page), [], 'en');
  assertNoProblems(problems);
  await page.closeContext();

  const { page: phone, problems: phoneProblems } = await site.open('embed.html', {
    viewport: { width: 360, height: 740 },
  });
  await pageReady(phone);
  await startPreviews(phone);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px at 360 px`);
  assertNoProblems(phoneProblems);
  await phone.closeContext();
});

test('embed docs: reached from the navigation of the teaching page (and linked from the other pages)', async () => {
  const { page, problems } = await site.open('index.html');
  await page.locator('.site-nav a[href="embed.html"]').click();
  await page.waitForURL(/embed\.html/);
  await pageReady(page);
  assert.equal(await page.locator('h1').textContent(), '블로그 글에 실습 위젯 넣기');
  for (const path of ['explorer.html', 'playground.html']) {
    await page.goto(`${site.url}${path}`);
    const link = page.locator('header a[href="embed.html"]');
    assert.ok(await link.isVisible(), path);
    assert.equal((await link.textContent()).trim(), '블로그에 넣기', path);
  }
  assertNoProblems(problems);
  await page.closeContext();
});
