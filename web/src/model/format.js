// Number formatting shared by readouts, summaries and tables.

/** Fixed decimals, with no "-0.0000", and readable non-finite values. */
export function formatNum(v, digits = 4) {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '-∞';
  const s = v.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** Short form for axis-like values: at most `digits` decimals, trailing zeros dropped. */
export function formatShort(v, digits = 2) {
  const s = formatNum(v, digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
