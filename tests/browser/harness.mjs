// Shared by the browser tests: one built site served by `vite preview`, Debian's Chromium via
// playwright-core, and checks every element test needs (problems on the page, readiness,
// untranslated text, axe-core, WASM objects left alive).
//
//   const site = await startSite();             // in before()
//   const { page, problems } = await site.open('demo/plot.html', { lang: 'en' });
//   await site.close();                          // in after()
//
// ACTLAB_WEB_OUTDIR builds/serves another folder than build/web (parallel runs);
// ACTLAB_CHROMIUM overrides /usr/bin/chromium.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { ensureBuilt, startPreview } from '../../web/serve.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** The 13 elements issue #9 names, as the tests know them (independent of the site's own lists). */
export const ELEMENT_TAGS = [
  'actlab-plot',
  'actlab-compare',
  'actlab-linear-collapse',
  'actlab-gradient-flow',
  'actlab-dying-relu',
  'actlab-prelu',
  'actlab-elu',
  'actlab-gelu-approx',
  'actlab-swish',
  'actlab-softmax',
  'actlab-summary',
  'actlab-explorer',
  'actlab-playground',
];

/** Debian's Chromium, headless (ACTLAB_CHROMIUM overrides the path). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.ACTLAB_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startSite() {
  await ensureBuilt();
  const { server, url } = await startPreview({ port: 0 });
  const browser = await launchChromium();
  return {
    url,
    browser,
    /**
     * Opens `path` (relative to the site root) in a fresh context. Returns { page, problems }:
     * problems collects console errors, page errors, failed requests and HTTP errors.
     */
    async open(path, { lang, viewport = { width: 1000, height: 900 }, query = '', reducedMotion } = {}) {
      const context = await browser.newContext({ viewport, reducedMotion });
      const page = await context.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      // requests cut short because the test navigated away from the document that made them
      // (a worker script or the WASM still loading when the next page commits) are not problems
      // of that document: aborted while a navigation is under way, or made by an earlier document
      let documents = 0; // main-frame documents loaded so far
      let navigating = false;
      const madeIn = new WeakMap();
      page.on('request', (r) => {
        if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigating = true;
        madeIn.set(r, documents);
      });
      page.on('domcontentloaded', () => {
        documents++; // a new document (history.replaceState and hash changes do not count)
        navigating = false;
      });
      page.on('requestfailed', (r) => {
        const aborted = r.failure()?.errorText === 'net::ERR_ABORTED';
        // a favicon fetch cut short by the test closing or navigating the page is not a problem
        if (aborted && /favicon/.test(r.url())) return;
        if (aborted && (navigating || madeIn.get(r) !== documents)) return;
        problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      const q = new URLSearchParams(query);
      if (lang) q.set('lang', lang);
      const qs = q.toString();
      await page.goto(`${url}${path}${qs ? `?${qs}` : ''}`);
      page.closeContext = () => context.close();
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until every element matching `selector` has started (data-ready="true"). */
/** The core runs element `selector` has counted (its data-computed). */
export function computedRuns(page, selector) {
  return page.evaluate((s) => Number(document.querySelector(s).dataset.computed), selector);
}

/** computedRuns once they reached at least `n` (work done ahead while the page is idle) and
 *  stayed put for half a second. */
export async function computedWhenIdle(page, selector, n, timeout = 30000) {
  await page.waitForFunction(([s, n]) => Number(document.querySelector(s).dataset.computed) >= n, [selector, n], {
    timeout,
  });
  await page.waitForTimeout(500);
  return computedRuns(page, selector);
}

export async function waitReady(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length > 0 && els.every((e) => e.dataset.ready === 'true');
    },
    selector,
    { timeout: 20000 },
  );
  // one more frame so that the first update() has drawn
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits until the update an action requested has run: elements coalesce changes with
 *  requestUpdate() into the next animation frame, after the action's attributes are already
 *  reflected. A frame callback requested now runs after the element's, so two frames are ample. */
export async function nextFrame(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Text nodes and aria/title/placeholder attributes with Hangul, in the document and every
 *  open shadow root, outside elements marked lang="ko" (e.g. the language toggle's label). */
export async function hangulLeft(page) {
  return page.evaluate(() => {
    const found = [];
    const hangul = /[\uac00-\ud7a3]/;
    const koAncestor = (n) => {
      for (let e = n.nodeType === 1 ? n : n.parentElement; e; e = e.parentElement ?? e.getRootNode().host) {
        if (e.getAttribute?.('lang')?.startsWith('ko') && e !== document.documentElement) return true;
      }
      return false;
    };
    const walk = (root) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = w.currentNode; n; n = w.nextNode()) {
        if (n.nodeType === 3) {
          if (hangul.test(n.data) && !koAncestor(n) && !['SCRIPT', 'STYLE'].includes(n.parentElement?.tagName))
            found.push(n.data.trim().slice(0, 60));
        } else if (n.nodeType === 1) {
          for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
            const v = n.getAttribute(a);
            if (v && hangul.test(v) && !koAncestor(n)) found.push(`${a}=${v.slice(0, 60)}`);
          }
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      }
    };
    walk(document.documentElement);
    return found;
  });
}

/** axe-core over the page, open shadow roots included; returns serious/critical violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The page's WASM objects alive (demo pages expose the shared lab as window.__actlab). */
export async function liveObjects(page) {
  await page.waitForFunction(() => window.__actlab, null, { timeout: 20000 });
  return page.evaluate(() => window.__actlab.liveObjects());
}

/** Removes the element `selector`, counts lab.liveObjects(), then re-adds and removes it n
 *  times (letting it start now and then) and ends with it removed: `after` must equal `before`.
 *  The element is put back (and started) at the end for later checks. */
export async function churn(page, selector, n = 1000) {
  await liveObjects(page);
  return page.evaluate(
    async ([sel, count]) => {
      const el = document.querySelector(sel);
      const parent = el.parentNode;
      const next = el.nextSibling;
      const ready = () =>
        new Promise((r) => {
          const check = () => (el.dataset.ready === 'true' ? r() : setTimeout(check, 10));
          check();
        });
      await ready();
      el.remove();
      const before = window.__actlab.liveObjects();
      for (let i = 0; i < count; i++) {
        parent.insertBefore(el, next);
        if (i % 100 === 99) await ready(); // started: it owns WASM objects now
        el.remove();
      }
      const after = window.__actlab.liveObjects();
      parent.insertBefore(el, next);
      await ready();
      return { before, after };
    },
    [selector, n],
  );
}

/**
 * Drags the range input [data-testid=`testid`] in the shadow root of `host` (a locator) for
 * `ms`: one `input` event per animation frame through `values` (cycled), and a `change` event
 * every `changeEvery` steps (a held arrow key; 0: none). Returns, for every history.replaceState
 * call until `settleMs` after the last step, `{ sinceStep, afterEnd }`: ms since the step before
 * it, and ms since the last step (negative: during the drag). A write on a pause comes ≥ 300 ms
 * after a step — during the drag only if one frame took that long.
 */
export function urlWritesDuringDrag(host, { testid, values, changeEvery = 0, ms = 1200, settleMs = 700 }) {
  return host.evaluate(
    async (el, { testid, values, changeEvery, ms, settleMs }) => {
      const writes = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        writes.push(performance.now());
        return replace(...args);
      };
      const input = el.shadowRoot.querySelector(`[data-testid="${testid}"]`);
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const steps = [];
      const t0 = performance.now();
      for (let i = 1; performance.now() - t0 < ms; i++) {
        await frame();
        steps.push(performance.now());
        input.value = values[i % values.length];
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        if (changeEvery && i % changeEvery === 0) input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      const end = steps[steps.length - 1];
      await new Promise((r) => setTimeout(r, settleMs));
      return writes.map((w) => ({
        sinceStep: Math.round(w - steps.filter((t) => t <= w).pop()),
        afterEnd: Math.round(w - end),
      }));
    },
    { testid, values, changeEvery, ms, settleMs },
  );
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], problems.join('\n'));
}

/**
 * The two checks every element's demo page gets, as two tests: in English no Korean text is
 * left (shadow roots included), axe-core finds no serious or critical violation, 360×740 has no
 * horizontal overflow; and 1,000 remove/re-add cycles of `churn` leave lab.liveObjects()
 * unchanged. getSite: () => the started site (it is created in before()).
 */
export function standardElementTests(getSite, { name, page: path, tag, churn: selector }) {
  test(`${name}: English leaves no Korean text; axe finds no serious violation; 360 px`, async () => {
    const { page, problems } = await getSite().open(path, { lang: 'en', viewport: { width: 360, height: 740 } });
    await waitReady(page, tag);
    assert.deepEqual(await hangulLeft(page), []);
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px at 360 px`);
    assertNoProblems(problems);
    await page.closeContext();
  });
  test(`${name}: 1,000 remove/re-add cycles leave no WASM object behind`, async () => {
    const { page, problems } = await getSite().open(path);
    await waitReady(page, tag);
    const { before, after } = await churn(page, selector, 1000);
    assert.deepEqual(after, before);
    assertNoProblems(problems);
    await page.closeContext();
  });
}
