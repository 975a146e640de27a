#!/usr/bin/env node
// Where the main thread's time goes while a lab's main slider is dragged (a measurement tool,
// not a test): records a Chromium trace during measureFrames() and sums the renderer main
// thread's top-level events by name, per frame.
//
//   ACTLAB_WEB_OUTDIR=build/web-perf node tests/browser/trace-frames.mjs demo/plot.html [--throttle=4] [--out=trace.json]
import { writeFileSync } from 'node:fs';
import { startSite } from './harness.mjs';
import { measureFrames } from './frames.mjs';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? 'demo/plot.html';
const throttle = Number((args.find((a) => a.startsWith('--throttle=')) ?? '--throttle=4').slice(11));
const out = args.find((a) => a.startsWith('--out='))?.slice(6);
const site = await startSite();
try {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + path);
  const sel =
    args.find((a) => a.startsWith('--sel='))?.slice(6) ??
    (await page.evaluate(
      () => [...document.querySelectorAll('body *')].find((e) => e.localName.startsWith('actlab-'))?.localName,
    ));
  await page.locator(sel).first().scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => document.querySelector(s)?.dataset.ready === 'true', sel, { timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await site.browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz'],
  });
  const r = await measureFrames(page, sel, { frames: 60 });
  const buf = await site.browser.stopTracing();
  if (out) writeFileSync(out, buf);
  const { traceEvents } = JSON.parse(buf.toString());
  // the renderer main thread: the thread named CrRendererMain of the page's process
  const names = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const threads = new Map(names.map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const t = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    if (!byThread.has(t)) byThread.set(t, []);
    byThread.get(t).push(e);
  }
  console.log(`${path} ×${throttle}: p50 ${r.p50} p95 ${r.p95} (n ${r.n})`);
  for (const [t, evs] of byThread) {
    // top-level events: not contained in another event of the same thread
    evs.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const top = [];
    let end = -1;
    for (const e of evs)
      if (e.ts >= end) {
        top.push(e);
        end = e.ts + e.dur;
      }
    const sum = new Map();
    let total = 0;
    for (const e of top) {
      sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
      total += e.dur / 1000;
    }
    // children one level down of the biggest top-level names
    if (total < 20) continue;
    console.log(`  ${t}: ${total.toFixed(0)} ms total`);
    for (const [n, ms] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`    ${n.padEnd(40)} ${ms.toFixed(1)} ms`);
  }
  // all events (nested) on the main thread by name, self-inclusive
  const main = byThread.get('CrRendererMain') ?? [];
  const incl = new Map();
  for (const e of main) incl.set(e.name, (incl.get(e.name) ?? 0) + e.dur / 1000);
  console.log('  CrRendererMain, every event (inclusive):');
  for (const [n, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${n.padEnd(40)} ${ms.toFixed(1)} ms`);
} finally {
  await site.close();
}
