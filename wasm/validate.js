// The one validation layer of the JS API: every entry point of api.js and network.js reads its
// arguments through these functions, so a page script cannot reach WASM memory with a value
// that was not checked.
//
// Rules:
// - Types first (TypeError), then ranges (RangeError); a message names the argument, the
//   allowed range and what it got (NaN is "NaN", a string is quoted).
// - Integers are checked, never truncated: 1.5, 2**32 and NaN are refused.
// - Numbers that become float32 in the core must be finite and within float range.
// - Options are read from own properties only, each once (a getter runs once; properties
//   inherited from Object.prototype are ignored); enums are looked up by own key.
// - Typed arrays are recognised by their internal slot (the intrinsic %TypedArray% getters),
//   and their length is read once from the slot, never through an overridable getter.

export const FLT_MAX = 3.4028234663852886e38;

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const intrinsic = (key) => Object.getOwnPropertyDescriptor(TypedArrayProto, key).get;
const taTag = intrinsic(Symbol.toStringTag); // undefined for anything that is not a typed array
const taLength = intrinsic('length');
const taBuffer = intrinsic('buffer');
const taByteOffset = intrinsic('byteOffset');
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** A short, side-effect-free description of a value for messages. */
export function describe(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (Array.isArray(v)) return 'an array';
  const tag = taTag.call(v);
  if (tag) return `a ${tag}`;
  return 'an object';
}

/** The object itself (plain object expected), or an empty one when undefined. */
export function options(name, v) {
  if (v === undefined) return Object.create(null);
  if (v === null || typeof v !== 'object' || Array.isArray(v) || taTag.call(v)) {
    throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  }
  return v;
}

/** Own property `key` of an options object (inherited properties do not count). */
export function own(o, key) {
  return hasOwn(o, key) ? o[key] : undefined;
}

function rangeText(r) {
  return `${r.minOpen ? '(' : '['}${r.min}, ${r.max}]`;
}
function inRange(v, r) {
  return (r.minOpen ? v > r.min : v >= r.min) && v <= r.max;
}

/** An integer in range {min, max}; `fallback` when undefined. */
export function integer(name, v, range, fallback) {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number') throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (!Number.isInteger(v) || !inRange(v, range)) {
    throw new RangeError(`${name} must be an integer in ${rangeText(range)}, got ${describe(v)}`);
  }
  return v;
}

/** A finite number in range (default: any finite double). */
export function number(name, v, range, fallback) {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number') throw new TypeError(`${name} must be a number, got ${describe(v)}`);
  if (!Number.isFinite(v) || (range && !inRange(v, range))) {
    throw new RangeError(
      `${name} must be a finite number${range ? ` in ${rangeText(range)}` : ''}, got ${describe(v)}`,
    );
  }
  return v;
}

/** A number that the core stores as float32: finite, within float range (and `range`). */
export function float32(name, v, range, fallback) {
  const x = number(name, v, range, fallback);
  if (!(Math.abs(x) <= FLT_MAX)) {
    throw new RangeError(`${name} must be within float32 range (±${FLT_MAX}), got ${describe(v)}`);
  }
  return x;
}

/** One of the names in `list` (an array of strings); returns its index. */
export function oneOf(name, v, list, fallback) {
  if (v === undefined && fallback !== undefined) v = fallback;
  const i = typeof v === 'string' ? list.indexOf(v) : -1;
  if (i < 0) {
    throw new (typeof v === 'string' ? RangeError : TypeError)(
      `${name} must be one of ${list.map((s) => `"${s}"`).join(', ')}, got ${describe(v)}`,
    );
  }
  return i;
}

/** A boolean; `fallback` when undefined. */
export function boolean(name, v, fallback) {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new TypeError(`${name} must be a boolean, got ${describe(v)}`);
  return v;
}

/** A string of at most maxLength UTF-16 units (checked before anything is copied to WASM). */
export function string(name, v, maxLength) {
  if (typeof v !== 'string') throw new TypeError(`${name} must be a string, got ${describe(v)}`);
  if (v.length > maxLength) {
    throw new RangeError(`${name} has ${v.length} characters; at most ${maxLength} are allowed`);
  }
  return v;
}

/**
 * A real Float32Array (a subclass instance counts; an object that only inherits from
 * Float32Array.prototype does not), returned as a fresh plain view over the same memory so
 * that later reads cannot go through an overridden getter. maxLength: the core's limit.
 */
export function float32Array(name, a, maxLength) {
  if (taTag.call(a) !== 'Float32Array') {
    throw new TypeError(`${name} must be a Float32Array, got ${describe(a)}`);
  }
  const n = taLength.call(a);
  if (n > maxLength) throw new RangeError(`${name} has ${n} elements; at most ${maxLength} are allowed`);
  return new Float32Array(taBuffer.call(a), taByteOffset.call(a), n);
}

/** A column of numbers: a real Float32Array or an array of finite float32 numbers. */
export function floatColumn(name, a, maxLength) {
  if (taTag.call(a) === 'Float32Array') return float32Array(name, a, maxLength);
  if (!Array.isArray(a)) {
    throw new TypeError(`${name} must be a Float32Array or an array of numbers, got ${describe(a)}`);
  }
  const n = a.length;
  if (n > maxLength) throw new RangeError(`${name} has ${n} elements; at most ${maxLength} are allowed`);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = float32(`${name}[${i}]`, a[i]);
  return out;
}

/** The typed-array tag of v ('Uint8Array', …) or undefined. */
export function typedArrayTag(v) {
  return taTag.call(v);
}

/**
 * A JSON-able copy of a config object: own enumerable properties read once, numbers finite,
 * only plain objects, arrays, strings, booleans and null, at most `maxDepth` deep and
 * `maxValues` values in all. Written as JSON text without JSON.stringify (whose toJSON hooks a
 * polluted prototype could reach).
 */
export function jsonText(name, v, { maxDepth = 16, maxValues = 100000 } = {}) {
  let count = 0;
  const parts = [];
  const walk = (x, path, depth) => {
    if (++count > maxValues) throw new RangeError(`${name} has more than ${maxValues} values`);
    if (depth > maxDepth) throw new RangeError(`${name} is nested deeper than ${maxDepth} levels at ${path}`);
    if (x === null) return void parts.push('null');
    switch (typeof x) {
      case 'number':
        if (!Number.isFinite(x)) throw new RangeError(`${path} must be a finite number, got ${describe(x)}`);
        return void parts.push(String(x));
      case 'string':
        return void parts.push(JSON.stringify(x));
      case 'boolean':
        return void parts.push(x ? 'true' : 'false');
      case 'object':
        break;
      default:
        throw new TypeError(`${path} must be a JSON value, got ${describe(x)}`);
    }
    if (Array.isArray(x)) {
      const n = x.length;
      parts.push('[');
      for (let i = 0; i < n; i++) {
        if (i) parts.push(',');
        walk(x[i], `${path}[${i}]`, depth + 1);
      }
      return void parts.push(']');
    }
    if (taTag.call(x)) throw new TypeError(`${path} must be a plain object or array, got ${describe(x)}`);
    parts.push('{');
    let first = true;
    for (const k of Object.keys(x)) {
      if (!first) parts.push(',');
      first = false;
      parts.push(JSON.stringify(k), ':');
      walk(x[k], `${path}.${k}`, depth + 1);
    }
    parts.push('}');
  };
  walk(v, name, 1);
  return parts.join('');
}

/** RGBA bytes: a real Uint8Array or Uint8ClampedArray of exactly `length` bytes, as a fresh view. */
export function bytes(name, a, length) {
  const tag = taTag.call(a);
  if (tag !== 'Uint8Array' && tag !== 'Uint8ClampedArray') {
    throw new TypeError(`${name} must be a Uint8Array or Uint8ClampedArray of RGBA entries, got ${describe(a)}`);
  }
  const n = taLength.call(a);
  if (n !== length) throw new RangeError(`${name} must have ${length} bytes, got ${n}`);
  return new Uint8Array(taBuffer.call(a), taByteOffset.call(a), n);
}
