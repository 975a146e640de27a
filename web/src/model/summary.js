// The summary table's model (<actlab-summary>): rows from the catalogue, f′(0) from the core,
// the `sections` attribute parser, sorting, and the timing of lab.forwardInto on a resident
// buffer. No DOM here, so Node can test it against the real core.
import { paramsFor } from './catalogue.js';

/** Floats in the timing buffer: 64 Ki. */
export const TIMING_FLOATS = 64 * 1024;
/** Timing repetitions per function (the median is kept) and the minimum span of each. */
export const TIMING_REPS = 7;
export const TIMING_MIN_MS = 2;

/** Sortable columns (the `sort` attribute: a key, '-' in front for descending). */
export const SORT_KEYS = ['name', 'monotonic', 'smooth', 'zeroCentred', 'd0', 'ns'];

const ANCHOR = /^[A-Za-z][\w.:-]{0,80}$/;

/**
 * Parses `sections` ("sigmoid:sec-2,relu:sec-3") into { value: { id: anchor }, bad }.
 * Every pair must name a catalogue id and an anchor made of letters, digits, _ . : -
 * (first character a letter); otherwise value = {} (no links) and bad = the raw text.
 * The anchor is split off at the first ':' so that it may itself contain ':'.
 */
export function parseSections(raw, ids) {
  if (raw == null || raw.trim() === '') return { value: {}, bad: null };
  const out = {};
  for (const part of raw.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const at = p.indexOf(':');
    const id = at < 0 ? '' : p.slice(0, at).trim();
    const anchor = at < 0 ? '' : p.slice(at + 1).trim();
    if (!ids.includes(id) || !ANCHOR.test(anchor)) return { value: {}, bad: raw };
    out[id] = anchor;
  }
  return Object.keys(out).length ? { value: out, bad: null } : { value: {}, bad: raw };
}

/** Parses `sort` ("ns", "-d0"); { value: { key, dir }, bad }. Missing → catalogue order. */
export function parseSort(raw) {
  if (raw == null || raw.trim() === '') return { value: { key: null, dir: 1 }, bad: null };
  const s = raw.trim();
  const desc = s.startsWith('-');
  const key = desc ? s.slice(1) : s;
  if (!SORT_KEYS.includes(key)) return { value: { key: null, dir: 1 }, bad: raw };
  return { value: { key, dir: desc ? -1 : 1 }, bad: null };
}

/** The `sort` attribute text of { key, dir } (null when in catalogue order). */
export function sortText({ key, dir }) {
  return key ? `${dir < 0 ? '-' : ''}${key}` : null;
}

/**
 * One row per id (catalogue order): the catalogue's metadata and f′(0) from the core, at the
 * default parameters. nsPerElement starts null (not measured yet).
 */
export function buildRows(lab, catalogue, ids) {
  const byId = new Map(catalogue.map((a) => [a.id, a]));
  return ids.map((id) => {
    const info = byId.get(id);
    return {
      id,
      info,
      range: info.range.text,
      monotonic: info.properties.monotonic,
      smooth: info.properties.smooth,
      zeroCentred: info.properties.zeroCentred,
      kink: Boolean(info.test?.kinkAtZero),
      d0: lab.derivative(id, Float32Array.of(0), paramsFor(info, {}))[0],
      nsPerElement: null,
    };
  });
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (!n) return NaN;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/** Fills a timing input with evenly spaced values in [-8, 8] (both branches of every kink). */
export function fillTimingInput(view) {
  const n = view.length;
  for (let i = 0; i < n; i++) view[i] = n > 1 ? -8 + (16 * i) / (n - 1) : 0;
}

/**
 * Nanoseconds per element of lab.forwardInto(id) on the resident buffers `input` → `output`:
 * a warm-up of about half a span, then `reps` spans of at least `minMs` each (as many calls as fit, so a
 * coarse clock still gives a usable number); the median of the spans. Always > 0 when the
 * clock moves.
 */
export function measureNsPerElement(lab, id, params, input, output, opts = {}) {
  const meter = costMeter(lab, id, params, input, output, opts);
  while (meter.step());
  return meter.ns;
}

/**
 * The same measurement in steps, for a page that must not stall: step() runs the next span
 * (the first step is the warm-up) and returns whether more are due; ns is the median once all
 * `reps` spans are in (null before). A step costs about `minMs` of wall time.
 */
export function costMeter(
  lab,
  id,
  params,
  input,
  output,
  { reps = TIMING_REPS, minMs = TIMING_MIN_MS, now = () => performance.now() } = {},
) {
  const spans = [];
  let warm = false;
  return {
    step() {
      if (spans.length >= reps) return false;
      if (!warm) {
        // warm-up (compiled code, caches) for about half a span before timing
        const w0 = now();
        do lab.forwardInto(id, input, output, params);
        while (now() - w0 < minMs / 2);
        warm = true;
        return true;
      }
      let calls = 0;
      const t0 = now();
      let dt;
      do {
        lab.forwardInto(id, input, output, params);
        calls++;
        dt = now() - t0;
      } while (dt < minMs);
      spans.push((dt * 1e6) / (calls * input.length));
      return spans.length < reps;
    },
    get ns() {
      return spans.length >= reps ? median(spans) : null;
    },
  };
}

/** Rows sorted by { key, dir } (stable; unmeasured costs always last); key null → as given. */
export function sortRows(rows, { key, dir }, lang = 'ko') {
  if (!key) return [...rows];
  const value = (r) => {
    switch (key) {
      case 'name':
        return r.info.name[lang] ?? r.id;
      case 'ns':
        return r.nsPerElement;
      case 'd0':
        return r.d0;
      default:
        return r[key] ? 0 : 1; // ascending: ✓ first
    }
  };
  const collator = new Intl.Collator(lang);
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => {
      const am = a.v == null || Number.isNaN(a.v);
      const bm = b.v == null || Number.isNaN(b.v);
      if (am || bm) return am === bm ? a.i - b.i : am ? 1 : -1;
      const c = typeof a.v === 'string' ? collator.compare(a.v, b.v) : a.v - b.v;
      return c ? c * dir : a.i - b.i;
    })
    .map((e) => e.r);
}

/** Fastest and slowest measured rows (null while nothing is measured). */
export function extremes(rows) {
  const m = rows.filter((r) => Number.isFinite(r.nsPerElement));
  if (!m.length) return null;
  let fast = m[0];
  let slow = m[0];
  for (const r of m) {
    if (r.nsPerElement < fast.nsPerElement) fast = r;
    if (r.nsPerElement > slow.nsPerElement) slow = r;
  }
  return { fast, slow };
}
