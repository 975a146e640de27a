// A small most-recently-used memo for the labs' computed results. No DOM.

/**
 * The value kept in `map` for `key`, made with make() the first time; the map keeps the `max`
 * most recently used entries (insertion order = recency: a hit is moved to the end).
 */
export function remember(map, key, max, make) {
  let value;
  if (map.has(key)) {
    value = map.get(key);
    map.delete(key);
  } else value = make();
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value);
  return value;
}
