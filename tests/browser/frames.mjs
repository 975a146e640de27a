#!/usr/bin/env node
// Frame times while dragging each lab's main range control (a measurement, not a test).
//
//   ACTLAB_WEB_OUTDIR=build/web-perf node tests/browser/frames.mjs [demo-page …] [--throttle=1,4]
//
// For every element demo page (web/demo/*.html, or the pages named) and for the teaching page
// (index.html; name it `index` to pick it alone), with CPU throttling ×1 and ×4 (CDP
// Emulation.setCPUThrottlingRate), it dispatches one `input` event per animation frame on the
// element's main range control from inside the page (no CDP round trip per event), for 120
// frames, and prints p50/p95 of the intervals between animation frames per lab.
//
// The site test reuses measureFrames(page, hostSelector).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../web/serve.mjs';
import { startSite } from './harness.mjs';

/** The main range control of each lab (a data-testid); the first range input otherwise. */
export const MAIN_CONTROL = {
  'actlab-plot': 'cursor',
  'actlab-compare': 'cursor',
  'actlab-gelu-approx': 'cursor',
  'actlab-explorer': 'cursor-slider',
  'actlab-linear-collapse': 'layers',
  'actlab-gradient-flow': 'depth',
  'actlab-dying-relu': 'bias',
  'actlab-prelu': 'alpha',
  'actlab-elu': 'alpha',
  'actlab-swish': 'beta',
  'actlab-softmax': 'temperature',
};

/**
 * Drags the main range control of the element `hostSelector` from inside the page: one
 * `input` event per animation frame for `frames` frames, the value moving by at least one step
 * every frame (bouncing between min and max, about two sweeps). Returns { p50, p95, max, n }
 * of the animation-frame intervals in ms, or null when the element has no range control.
 *
 * With `cdp` (a CDP session of the page), also `busy`: the renderer main thread's task time per
 * frame in ms (CDP Performance.getMetrics TaskDuration over the measured frames). It moves far
 * less from run to run than the intervals, and it says what a frame costs that thread: under
 * CPU throttling ×4 the thread runs a quarter of the wall time, so a frame fits in 16.7 ms only
 * while its ×1 busy time stays under ≈ 4 ms (README: "CPU throttling on a 2-core machine").
 * And `cpu`: that thread's CPU time per frame (ThreadTime), at ×1 the steadiest figure of what
 * a step costs.
 */
export async function measureFrames(page, hostSelector, { frames = 120, warmup = 10, cdp = null } = {}) {
  const controls = MAIN_CONTROL;
  /** The main thread's task time and CPU time so far (s), from one Performance.getMetrics. */
  const threadTimes = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { task: get('TaskDuration'), cpu: get('ThreadTime') };
  };
  const taskTime = async () => (await threadTimes()).task;
  // 1: bring the control into view, focus it, warm up (not measured: scrolling a lab into
  // view re-renders the viewport)
  const ready = await page.evaluate(
    async ([sel, controls, frames, warmup]) => {
      const host = document.querySelector(sel);
      const root = host?.shadowRoot;
      if (!root) return false;
      const testid = controls[host.localName];
      const input =
        (testid && root.querySelector(`input[type="range"][data-testid="${testid}"]`)) ||
        root.querySelector('input[type="range"]');
      if (!input) return false;
      input.scrollIntoView({ block: 'center' });
      input.focus();
      const min = Number(input.min || 0);
      const max = Number(input.max || 100);
      const stepAttr = Number(input.step);
      const step = Number.isFinite(stepAttr) && stepAttr > 0 ? stepAttr : (max - min) / 100;
      // about two sweeps over the range in `frames` frames, at least one step per frame
      const stride = Math.max(step, Math.ceil((max - min) / (frames / 4) / step) * step);
      let v = Number(input.value);
      let dir = 1;
      const next = () => {
        if (v + dir * stride > max + 1e-9 || v + dir * stride < min - 1e-9) dir = -dir;
        v = Math.min(max, Math.max(min, v + dir * stride));
        return v;
      };
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      /** n frames, one input event each; returns the frames' times */
      const drag = async (n) => {
        const times = [];
        for (let i = 0; i < n; i++) {
          times.push(await frame());
          input.value = String(Number(next().toFixed(6)));
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        return times;
      };
      window.__actlabDrag = { input, frame, drag };
      await frame();
      await frame();
      // Settle, as a reader does who looks before dragging: the page's work after the lab came
      // into view (what labs compute ahead while idle included) ends before the drag starts —
      // two idle periods of ≥ 40 ms in a row, or 3 s at most (a lab that animates never idles).
      const t0 = performance.now();
      for (let quiet = 0; quiet < 2 && performance.now() - t0 < 3000;) {
        const d = await new Promise((r) => requestIdleCallback(r, { timeout: 500 }));
        quiet = d.timeRemaining() >= 40 ? quiet + 1 : 0;
      }
      await drag(warmup);
      return true;
    },
    [hostSelector, controls, frames, warmup],
  );
  if (!ready) return null;
  // 2: the measured frames
  if (cdp) await cdp.send('Performance.enable');
  if (cdp) {
    // settled for the main thread too: idle periods alone do not show work done in slices
    // between them (a lab computing ahead); wait until two 250 ms windows in a row have under
    // 5 % of task time, 6 s at most
    const t0 = Date.now();
    for (let quiet = 0, last = await taskTime(); quiet < 2 && Date.now() - t0 < 6000;) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await taskTime();
      quiet = now - last < 0.0125 ? quiet + 1 : 0;
      last = now;
    }
  }
  const before = cdp ? await threadTimes() : null;
  const times = await page.evaluate((n) => window.__actlabDrag.drag(n), frames + 1);
  const after = cdp ? await threadTimes() : null;
  // 3: the drag ends
  await page.evaluate(async () => {
    const { input, frame } = window.__actlabDrag;
    delete window.__actlabDrag;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await frame();
    await frame();
  });
  const stats = frameStats(times.slice(1).map((t, i) => t - times[i]));
  // task time from the first measured frame to the last one's input event: `frames` frames
  if (!cdp) return stats;
  const busy = ((after.task - before.task) * 1000) / frames;
  if (Number.isFinite(busy)) stats.busy = Number(busy.toFixed(2));
  // the same thread's CPU time per frame: unlike `busy` (wall time) it does not grow while other
  // threads or machines hold the cores. Meaningful at ×1 only: under throttling the thread
  // busy-waits in the throttler's signal handler, and that counts as CPU time too.
  const cpu = ((after.cpu - before.cpu) * 1000) / frames;
  if (Number.isFinite(cpu)) stats.cpu = Number(cpu.toFixed(2));
  return stats;
}

/** Share of the machine's CPU time that was idle between two /proc/stat readings (Linux; null
 *  elsewhere). */
function cpuTimes() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + (f[4] || 0), total: f.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet — at least `idle` of its CPU time idle over two windows of
 * `windowMs` in a row — or `maxMs` have passed, and returns { waitedMs, idle } (the last
 * window's idle share; null where /proc/stat is missing). Frame intervals are wall-clock
 * times, and on a 2-core machine a process still winding down from an earlier test (a browser
 * closing, a build) takes the core the compositor needs: a measurement started then says more
 * about that process than about the page. Call it before a throttled page exists (CPU
 * throttling spins the page's main thread, so that machine is never quiet).
 */
export async function waitForQuietMachine({ idle = 0.85, windowMs = 500, maxMs = 20000 } = {}) {
  const t0 = Date.now();
  let last = cpuTimes();
  if (!last) return { waitedMs: 0, idle: null };
  let share = 0;
  for (let quiet = 0; quiet < 2 && Date.now() - t0 < maxMs;) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = cpuTimes();
    share = (now.idle - last.idle) / Math.max(1, now.total - last.total);
    quiet = share >= idle ? quiet + 1 : 0;
    last = now;
  }
  return { waitedMs: Date.now() - t0, idle: Number(share.toFixed(2)) };
}

/** One 60 Hz frame: requestAnimationFrame intervals are multiples of it (±0.1 ms of timer jitter,
 *  so one frame reads 16.7 or 16.8 ms). */
export const FRAME_MS = 1000 / 60;

/** p50/p95/max of frame intervals (ms, one decimal) and `late`: the share of intervals (in %)
 *  longer than the target interval by more than half a frame, i.e. at least one more frame
 *  than the target allows (target one frame: 16.7 ms; 30 fps: two). */
export function frameStats(gaps, targetMs = FRAME_MS) {
  const ft = [...gaps].sort((a, b) => a - b);
  const q = (p) => Number(ft[Math.min(ft.length - 1, Math.floor(p * ft.length))].toFixed(1));
  const late = ft.filter((g) => g > targetMs + FRAME_MS / 2).length;
  return { p50: q(0.5), p95: q(0.95), max: q(1), n: ft.length, late: Number(((100 * late) / ft.length).toFixed(1)) };
}

/** The floors: a page with nothing but one custom element whose shadow root holds a labelled
 *  range input and an aria-live output that shows its value, alone or beside `canvases` static
 *  900×450 canvases (drawn once, never changed; a lab shows one or two charts). Measured in the
 *  same run as the labs, they say what this machine's Chromium needs per frame for a slider
 *  alone, and with charts on screen (a lab cannot beat them). In headless Chromium without a GPU
 *  every canvas on screen is copied again on every frame that changes anything, so the static
 *  canvases alone cost frames under CPU throttling. */
export function floorHtml(canvases = 0) {
  const extra = Array.from(
    { length: canvases },
    (_, i) => `<canvas id="c${i}" width="900" height="450"></canvas>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body><main><h1>floor</h1><floor-lab id="floor"></floor-lab>${extra}</main><script>
customElements.define('floor-lab', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="r">x</label> <input id="r" type="range" min="-6" max="6" step="0.01" value="0"> <output aria-live="polite">0</output>';
    const out = root.querySelector('output');
    root.querySelector('input').addEventListener('input', (e) => { out.textContent = Number(e.target.value).toFixed(3); });
  }
});
for (const c of document.querySelectorAll('canvas')) {
  const g = c.getContext('2d');
  g.fillStyle = '#eef';
  g.fillRect(0, 0, c.width, c.height);
  g.strokeStyle = '#05b';
  g.beginPath();
  for (let x = 0; x < c.width; x += 3) g.lineTo(x, 225 - 200 * Math.tanh((x - 450) / 100));
  g.stroke();
}
</script></body></html>`;
}

/** measureFrames on a floor page (floorHtml(canvases)) in a new context of `browser` with CPU
 *  throttling `throttle`, once the machine is quiet. */
export async function measureFloor(browser, throttle, { canvases = 0 } = {}) {
  await waitForQuietMachine();
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.setContent(floorHtml(canvases));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const r = await measureFrames(page, '#floor', { cdp });
  await context.close();
  return r;
}

/** Element selectors of the labs on a page: every actlab-* element with an id (or the first
 *  instance of each tag on a demo page). */
async function labsOf(page, teaching) {
  return page.evaluate((teaching) => {
    const els = [...document.querySelectorAll(teaching ? 'main [id]' : 'body *')].filter((e) =>
      e.localName.startsWith('actlab-'),
    );
    const seen = new Set();
    const out = [];
    for (const e of els) {
      if (!teaching && seen.has(e.localName)) continue;
      seen.add(e.localName);
      out.push({ tag: e.localName, sel: e.id ? `#${e.id}` : e.localName });
    }
    return out;
  }, teaching);
}

async function startLabs(page, labs) {
  for (const { sel } of labs) {
    await page.locator(sel).first().scrollIntoViewIfNeeded();
    await page.waitForFunction((s) => document.querySelector(s)?.dataset.ready === 'true', sel, { timeout: 60000 });
  }
}

async function main(argv) {
  const throttleArg = argv.find((a) => a.startsWith('--throttle='));
  const throttles = throttleArg ? throttleArg.slice(11).split(',').map(Number) : [1, 4];
  const names = argv.filter((a) => !a.startsWith('--')).map((a) => a.replace(/\.html$/, '').replace(/^.*\//, ''));
  const demos = readdirSync(join(repoRoot, 'web', 'demo'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''));
  const pages = names.length
    ? names.map((n) => (n === 'index' ? 'index.html' : `demo/${n}.html`))
    : [...demos.map((n) => `demo/${n}.html`), 'index.html'];
  const site = await startSite();
  const rows = [];
  const show = (name, throttle, r) =>
    console.log(
      `${name.padEnd(36)} ×${throttle}  p50 ${r.p50.toFixed(1).padStart(5)}  p95 ${r.p95.toFixed(1).padStart(5)}  max ${r.max.toFixed(1).padStart(6)}  late ${String(r.late).padStart(4)} %${r.busy != null ? `  busy ${r.busy.toFixed(2).padStart(5)} ms` : ''}${r.cpu != null ? `  cpu ${r.cpu.toFixed(2).padStart(5)} ms` : ''}`,
    );
  try {
    for (const throttle of throttles) {
      for (const canvases of [0, 2]) {
        const name = canvases ? `floor + ${canvases} static canvases` : 'floor (a bare slider)';
        const r = await measureFloor(site.browser, throttle, { canvases });
        rows.push({ name, throttle, ...r });
        show(name, throttle, r);
      }
    }
    for (const path of pages) {
      const teaching = path === 'index.html';
      for (const throttle of throttles) {
        const quiet = await waitForQuietMachine();
        if (quiet.waitedMs > 1500) console.log(`(waited ${quiet.waitedMs} ms for a quiet machine: idle ${quiet.idle})`);
        const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
        const page = await context.newPage();
        await page.goto(site.url + path);
        const labs = await labsOf(page, teaching);
        await startLabs(page, labs);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        for (const { tag, sel } of labs) {
          const r = await measureFrames(page, sel, { cdp });
          const name = teaching ? `index ${sel}` : `${path.replace(/^demo\//, '')} ${tag}`;
          if (!r) continue;
          rows.push({ name, throttle, ...r });
          show(name, throttle, r);
        }
        await context.close();
      }
    }
  } finally {
    await site.close();
  }
  const bad = rows.filter((r) => r.p95 > 16.7 + 0.5);
  console.log(
    bad.length ? `p95 > 16.7 ms: ${bad.map((r) => `${r.name} ×${r.throttle}`).join(', ')}` : 'all p95 ≤ 16.7 ms',
  );
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
