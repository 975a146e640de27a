// Attribute parsing for the elements. Every parser returns a valid value: a missing attribute
// gives the default, a malformed or out-of-range one gives the default *and* a notice key,
// so the element shows what was wrong instead of failing (never an exception, never markup
// from the attribute: values are only ever shown through textContent).

/** A number in [min, max]; { value, bad } where bad = the raw text when it was refused. */
export function numberAttr(el, name, { min, max, def }) {
  const raw = el.getAttribute(name);
  if (raw == null || raw.trim() === '') return { value: def, bad: null };
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min || v > max) return { value: def, bad: raw };
  return { value: v, bad: null };
}

/** An integer in [min, max]. */
export function intAttr(el, name, { min, max, def }) {
  const r = numberAttr(el, name, { min, max, def });
  return Number.isInteger(r.value) ? r : { value: def, bad: el.getAttribute(name) };
}

/** One of `options`. */
export function enumAttr(el, name, options, def) {
  const raw = el.getAttribute(name);
  if (raw == null || raw.trim() === '') return { value: def, bad: null };
  const v = raw.trim();
  return options.includes(v) ? { value: v, bad: null } : { value: def, bad: raw };
}

/** A comma list of ids from `known` (order kept, duplicates dropped); bad if any is unknown. */
export function idListAttr(el, name, known, def, { min = 1, max = Infinity } = {}) {
  const raw = el.getAttribute(name);
  if (raw == null || raw.trim() === '') return { value: def, bad: null };
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length < min || ids.length > max || !ids.every((id) => known.includes(id))) return { value: def, bad: raw };
  return { value: ids, bad: null };
}

/** A comma list of finite numbers with at most `count` entries and |v| ≤ abs. */
export function numberListAttr(el, name, { minCount = 1, maxCount = 16, abs = 1e4, def }) {
  const raw = el.getAttribute(name);
  if (raw == null || raw.trim() === '') return { value: def, bad: null };
  const parts = raw.split(',').map((s) => s.trim());
  const vs = parts.map((s) => (s === '' ? NaN : Number(s)));
  if (vs.length < minCount || vs.length > maxCount || !vs.every((v) => Number.isFinite(v) && Math.abs(v) <= abs)) {
    return { value: def, bad: raw };
  }
  return { value: vs, bad: null };
}

/** Shows or clears the notice for one attribute (text through the dictionary only). */
export function reportAttr(el, name, result, allowed) {
  if (result.bad != null) {
    // for the page's author: the same message in the console, naming the element
    console.warn(
      `ActLab: <${el.localName}${el.id ? ` id="${el.id}"` : ''}> ${name}="${String(result.bad).slice(0, 60)}" is not allowed (${allowed}); using the default`,
    );
  }
  el.notice(`attr:${name}`, result.bad == null ? null : 'widget.badAttr', {
    name,
    value: String(result.bad).slice(0, 60),
    allowed,
  });
  return result.value;
}

/** The x range of the plotting elements (actlab-plot, actlab-compare, actlab-gelu-approx):
 *  xmin and xmax in [min, max], at least minSpan apart, default [-6, 6]. */
export const X_RANGE = Object.freeze({ min: -100, max: 100, minSpan: 0.1, xmin: -6, xmax: 6 });
/** How many functions actlab-plot's `fn` and actlab-compare's `fns` take at most. */
export const MAX_PLOT_FNS = 6;
export const MAX_COMPARE_FNS = 8;

/** Reads xmin/xmax into state s (bad values and a too-narrow range fall back to the defaults,
 *  each with its notice). */
export function readXRange(el, s) {
  const { min, max, minSpan, xmin, xmax } = X_RANGE;
  const allowed = `${min < 0 ? '−' : ''}${Math.abs(min)}…${max}`;
  s.xmin = reportAttr(el, 'xmin', numberAttr(el, 'xmin', { min, max, def: xmin }), allowed);
  s.xmax = reportAttr(el, 'xmax', numberAttr(el, 'xmax', { min, max, def: xmax }), allowed);
  if (!(s.xmax - s.xmin >= minSpan)) {
    el.notice('attr:xrange', 'widget.badAttr', {
      name: 'xmin/xmax',
      value: `${s.xmin}/${s.xmax}`,
      allowed: 'xmin < xmax',
    });
    [s.xmin, s.xmax] = [xmin, xmax];
  } else el.notice('attr:xrange', null);
}
