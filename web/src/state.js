// Explorer state: one schema, parsed from and written to the URL query.
// Parsing never throws: every malformed or out-of-range value falls back to its default.
// Only non-default values are written back, so a fresh page has a clean URL.
//
//   lang=en            page language ('ko' default)
//   fns=sigmoid,relu   selected activation ids (catalogue order; empty = none)
//   focus=relu         function whose saturation is shaded (default: first selected)
//   xmin=-6&xmax=6     plot range
//   x=0                cursor
//   elu.alpha=0.5      parameter overrides, '<id>.<param>'
//   logits=2,1,0.1     softmax logits;  t=1  softmax temperature
import { DEFAULT_LANG, LANGS } from './i18n/index.js';
import { paramKey } from './model/catalogue.js';

// The explorer's own UI limits. The core's limits (the softmax temperature range among them)
// come from lab.limits (core/schema.h) and are passed in where needed.
export const LIMITS = {
  xAbs: 100, // |xmin|, |xmax| ≤ 100
  minSpan: 0.1, // xmax − xmin ≥ 0.1
  logitAbs: 1000,
  maxLogits: 16,
};

export const DEFAULTS = Object.freeze({
  lang: DEFAULT_LANG,
  fns: Object.freeze(['sigmoid', 'tanh', 'relu']),
  focus: null,
  xmin: -6,
  xmax: 6,
  x: 0,
  params: Object.freeze({}),
  logits: Object.freeze([2, 1, 0.1]),
  t: 1,
});

/** A finite number from a query string value, or null. */
function toNumber(s) {
  if (s == null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function parseLang(search) {
  const lang = new URLSearchParams(search).get('lang');
  return LANGS.includes(lang) ? lang : DEFAULT_LANG;
}

/** Logits from "2, 1, 0.1"; null when malformed. Shared with the softmax text field. */
export function parseLogits(text) {
  if (typeof text !== 'string') return null;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 1 || parts.length > LIMITS.maxLogits) return null;
  const out = [];
  for (const p of parts) {
    const n = toNumber(p);
    if (n === null || Math.abs(n) > LIMITS.logitAbs) return null;
    out.push(n);
  }
  return out;
}

export function validRange(xmin, xmax) {
  return (
    Number.isFinite(xmin) &&
    Number.isFinite(xmax) &&
    Math.abs(xmin) <= LIMITS.xAbs &&
    Math.abs(xmax) <= LIMITS.xAbs &&
    xmax - xmin >= LIMITS.minSpan
  );
}

export const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/**
 * Parses a query string into a complete, valid state.
 * @param {string} search  location.search (with or without '?')
 * @param {Array<{id: string, params: Record<string, {min:number,max:number}>}>} catalogue
 * @param {{temperature: {min: number, max: number}}} limits  the core's limits (lab.limits)
 */
export function parseState(search, catalogue, limits) {
  const q = new URLSearchParams(search);
  const ids = catalogue.map((a) => a.id);
  const s = {
    ...DEFAULTS,
    fns: [...DEFAULTS.fns].filter((id) => ids.includes(id)),
    params: {},
    logits: [...DEFAULTS.logits],
  };

  s.lang = parseLang(search);

  if (q.has('fns')) {
    const raw = q
      .get('fns')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const picked = ids.filter((id) => raw.includes(id));
    // "fns=" means "none selected"; "fns=bogus" is malformed and keeps the default
    if (raw.length === 0 || picked.length > 0) s.fns = picked;
  }

  const focus = q.get('focus');
  s.focus = s.fns.includes(focus) ? focus : null;

  const xmin = toNumber(q.get('xmin')) ?? DEFAULTS.xmin;
  const xmax = toNumber(q.get('xmax')) ?? DEFAULTS.xmax;
  if (validRange(xmin, xmax)) [s.xmin, s.xmax] = [xmin, xmax];

  const x = toNumber(q.get('x'));
  s.x = clamp(x ?? DEFAULTS.x, s.xmin, s.xmax);

  for (const a of catalogue) {
    for (const [name, spec] of Object.entries(a.params)) {
      const key = paramKey(a.id, name);
      const v = toNumber(q.get(key));
      if (v !== null && v >= spec.min && v <= spec.max) s.params[key] = v;
    }
  }

  if (q.has('logits')) s.logits = parseLogits(q.get('logits')) ?? s.logits;

  const t = toNumber(q.get('t'));
  if (t !== null && t >= limits.temperature.min && t <= limits.temperature.max) s.t = t;

  return s;
}

/** The query string ('' or '?…') for a state, listing only non-default values. */
export function serializeState(s, catalogue) {
  const q = new URLSearchParams();
  if (s.lang !== DEFAULTS.lang) q.set('lang', s.lang);
  if (s.fns.join() !== DEFAULTS.fns.join()) q.set('fns', s.fns.join(','));
  if (s.focus && s.focus !== s.fns[0]) q.set('focus', s.focus);
  if (s.xmin !== DEFAULTS.xmin || s.xmax !== DEFAULTS.xmax) {
    q.set('xmin', String(s.xmin));
    q.set('xmax', String(s.xmax));
  }
  if (s.x !== DEFAULTS.x) q.set('x', String(s.x));
  for (const a of catalogue) {
    for (const [name, spec] of Object.entries(a.params)) {
      const key = paramKey(a.id, name);
      if (key in s.params && s.params[key] !== spec.default) q.set(key, String(s.params[key]));
    }
  }
  if (s.logits.join() !== DEFAULTS.logits.join()) q.set('logits', s.logits.join(','));
  if (s.t !== DEFAULTS.t) q.set('t', String(s.t));
  const str = q.toString().replace(/%2C/g, ',');
  return str ? `?${str}` : '';
}

/**
 * A tiny store: set() merges a patch at once and schedules one flush per animation frame;
 * subscribers get (state, previousFlushedState). Many `input` events in one frame → one redraw.
 */
export function createStore(initial, { schedule = (f) => requestAnimationFrame(f) } = {}) {
  let state = initial;
  let flushed = null;
  let pending = false;
  const subs = new Set();

  function flush() {
    pending = false;
    const prev = flushed;
    flushed = state;
    for (const fn of subs) fn(state, prev);
  }

  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      if (!pending) {
        pending = true;
        schedule(flush);
      }
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
    /** Runs subscribers now (first render). */
    flushNow: flush,
  };
}

/** Mirrors the state into the address bar (replaceState, debounced: no history spam). */
export function syncUrl(store, catalogue, { delay = 250 } = {}) {
  let timer = 0;
  return store.subscribe((s) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = serializeState(s, catalogue);
      if (query !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
      }
    }, delay);
  });
}
