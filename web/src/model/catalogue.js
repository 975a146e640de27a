// The activation catalogue as the site uses it: lab.activations with float32 noise rounded
// off for display (0.00999999978 → 0.01) and parameter helpers. No DOM here.

/** Shortest decimal that survives float32 (0.00999999978 → 0.01); ±Infinity kept. */
export function tidy(v) {
  const n = typeof v === 'string' ? Number(v) : v;
  return Number.isFinite(n) ? Number(n.toPrecision(7)) : n;
}

/** @param {import('../../../wasm/index.d.ts').ActivationInfo[]} activations */
export function normalizeCatalogue(activations) {
  return activations.map((a) => ({
    ...a,
    params: Object.fromEntries(
      Object.entries(a.params ?? {}).map(([name, s]) => [
        name,
        {
          ...s,
          // raw bounds stay for clamping what goes to the API; tidy ones are for the UI
          rawMin: s.min,
          rawMax: s.max,
          default: tidy(s.default),
          min: tidy(s.min),
          max: tidy(s.max),
          step: tidy(s.step),
        },
      ]),
    ),
    range: { ...a.range, min: tidy(a.range.min), max: tidy(a.range.max) },
  }));
}

/** URL/state key of one parameter, e.g. 'elu.alpha'. */
export const paramKey = (id, name) => `${id}.${name}`;

/** The parameter object to pass to the API for `info`, given state.params overrides. */
export function paramsFor(info, overrides) {
  const out = {};
  for (const [name, spec] of Object.entries(info.params)) {
    const v = overrides[paramKey(info.id, name)];
    const value = Number.isFinite(v) ? v : spec.default;
    out[name] = Math.min(spec.rawMax, Math.max(spec.rawMin, value));
  }
  return out;
}
