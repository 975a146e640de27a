// The explorer's state: one schema, read from <actlab-explorer>'s attributes and (with
// `sync-url`) from the page's query string, and written back to both. DOM-free and free of page
// state: the element does the reading and writing; this module only parses and serialises.
// Parsing never throws: every malformed or out-of-range value falls back to its default (or to
// the `base` state given) and is reported in `bad`, so the element can show a notice.
// Only non-default values are written back, so a fresh page has a clean URL.
//
//   fns=sigmoid,relu   selected activation ids (catalogue order; empty = none)
//   focus=relu         function whose saturation is shaded (default: first selected)
//   xmin=-6&xmax=6     plot range
//   x=0                cursor
//   elu.alpha=0.5      parameter overrides, '<id>.<param>' (the element's attribute:
//                      params="elu.alpha=0.5,swish.beta=2")
//   logits=2,1,0.1     softmax logits;  t=1  softmax temperature
//
// The page language (?lang=) is not part of it: elements follow the nearest `lang` attribute,
// and the page entry owns ?lang= (parseLang).
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
  fns: Object.freeze(['sigmoid', 'tanh', 'relu']),
  focus: null,
  xmin: -6,
  xmax: 6,
  x: 0,
  params: Object.freeze({}),
  logits: Object.freeze([2, 1, 0.1]),
  t: 1,
});

/** The keys of the schema other than the parameter overrides. */
export const STATE_KEYS = ['fns', 'focus', 'xmin', 'xmax', 'x', 'logits', 't'];

/** A finite number from a query string value, or null. */
function toNumber(s) {
  if (s == null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** ?lang= of a query string, or the default language. */
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

/** A fresh copy of the default state (selection limited to ids of the catalogue). */
export function defaultState(catalogue) {
  const ids = catalogue.map((a) => a.id);
  return { ...DEFAULTS, fns: DEFAULTS.fns.filter((id) => ids.includes(id)), params: {}, logits: [...DEFAULTS.logits] };
}

/** A deep copy of a state (the element's `value`). */
export const copyState = (s) => ({ ...s, fns: [...s.fns], params: { ...s.params }, logits: [...s.logits] });

/**
 * Parses a query into a complete, valid state.
 * @param {string | URLSearchParams} source  a query string (with or without '?') or its params;
 *   keys outside the schema (lang, another element's keys) are ignored
 * @param {Array<{id: string, params: Record<string, {min:number,max:number}>}>} catalogue
 * @param {{temperature: {min: number, max: number}}} limits  the core's limits (lab.limits)
 * @param {{base?: object, bad?: Array<{name: string, value: string, allowed: string}>}} [options]
 *   base: the state whose values stand for missing or malformed ones (default: the defaults);
 *   bad: receives every refused value (name, the raw text, what is allowed)
 */
export function parseState(source, catalogue, limits, { base = null, bad = [] } = {}) {
  const q = typeof source === 'string' ? new URLSearchParams(source) : source;
  const ids = catalogue.map((a) => a.id);
  const s = copyState(base ?? defaultState(catalogue));
  const refuse = (name, allowed) => bad.push({ name, value: String(q.get(name)), allowed });

  if (q.has('fns')) {
    const raw = q
      .get('fns')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const picked = ids.filter((id) => raw.includes(id));
    // "fns=" means "none selected"; "fns=bogus" is malformed and keeps the default
    if (raw.length === 0 || picked.length > 0) s.fns = picked;
    if (raw.some((id) => !ids.includes(id))) refuse('fns', ids.join(', '));
  }

  if (q.has('focus')) {
    const focus = q.get('focus').trim();
    if (focus === '' || s.fns.includes(focus)) s.focus = focus || null;
    else refuse('focus', s.fns.join(', '));
  }
  if (!s.fns.includes(s.focus)) s.focus = null;

  const range = `−${LIMITS.xAbs}…${LIMITS.xAbs}, xmax − xmin ≥ ${LIMITS.minSpan}`;
  if (q.has('xmin') || q.has('xmax')) {
    const xmin = q.has('xmin') ? toNumber(q.get('xmin')) : s.xmin;
    const xmax = q.has('xmax') ? toNumber(q.get('xmax')) : s.xmax;
    if (xmin !== null && xmax !== null && validRange(xmin, xmax)) [s.xmin, s.xmax] = [xmin, xmax];
    else for (const name of ['xmin', 'xmax']) if (q.has(name)) refuse(name, range);
  }

  if (q.has('x')) {
    const x = toNumber(q.get('x'));
    if (x === null) refuse('x', `${s.xmin}…${s.xmax}`);
    else s.x = x;
  }
  s.x = clamp(s.x, s.xmin, s.xmax); // outside the range: the nearest end

  for (const a of catalogue) {
    for (const [name, spec] of Object.entries(a.params)) {
      const key = paramKey(a.id, name);
      if (!q.has(key)) continue;
      const v = toNumber(q.get(key));
      if (v !== null && v >= spec.min && v <= spec.max) s.params[key] = v;
      else refuse(key, `${spec.min}…${spec.max}`);
    }
  }

  if (q.has('logits')) {
    const logits = parseLogits(q.get('logits'));
    if (logits) s.logits = logits;
    else refuse('logits', `1…${LIMITS.maxLogits} × (−${LIMITS.logitAbs}…${LIMITS.logitAbs})`);
  }

  if (q.has('t')) {
    const t = toNumber(q.get('t'));
    if (t !== null && t >= limits.temperature.min && t <= limits.temperature.max) s.t = t;
    else refuse('t', `${limits.temperature.min}…${limits.temperature.max}`);
  }

  return s;
}

/** The parameter keys of the catalogue ('elu.alpha', …). */
export const paramKeys = (catalogue) =>
  catalogue.flatMap((a) => Object.keys(a.params).map((name) => paramKey(a.id, name)));

/** [key, text] of every non-default value of a state, in schema order. */
export function stateEntries(s, catalogue) {
  const out = [];
  if (s.fns.join() !== DEFAULTS.fns.join()) out.push(['fns', s.fns.join(',')]);
  if (s.focus && s.focus !== s.fns[0]) out.push(['focus', s.focus]);
  if (s.xmin !== DEFAULTS.xmin || s.xmax !== DEFAULTS.xmax)
    out.push(['xmin', String(s.xmin)], ['xmax', String(s.xmax)]);
  if (s.x !== DEFAULTS.x) out.push(['x', String(s.x)]);
  for (const a of catalogue) {
    for (const [name, spec] of Object.entries(a.params)) {
      const key = paramKey(a.id, name);
      if (key in s.params && s.params[key] !== spec.default) out.push([key, String(s.params[key])]);
    }
  }
  if (s.logits.join() !== DEFAULTS.logits.join()) out.push(['logits', s.logits.join(',')]);
  if (s.t !== DEFAULTS.t) out.push(['t', String(s.t)]);
  return out;
}

/**
 * The query string ('' or '?…') for a state, listing only non-default values. With `into`
 * (a query string), keys outside the schema (e.g. lang) are kept and the schema's are replaced.
 */
export function serializeState(s, catalogue, into = '') {
  const q = new URLSearchParams(into);
  for (const key of [...STATE_KEYS, ...paramKeys(catalogue)]) q.delete(key);
  for (const [k, v] of stateEntries(s, catalogue)) q.set(k, v);
  const str = q.toString().replace(/%2C/g, ',');
  return str ? `?${str}` : '';
}
