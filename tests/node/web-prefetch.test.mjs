// idlePrefetch (web/src/elements/prefetch.js): the labs' work ahead runs only in idle periods
// with room for an item as long as items usually take, first wanted first, never while the lab
// is inactive, and stops when cancelled. requestIdleCallback is faked here: each test hands out
// idle periods of a chosen length and counts what ran in them.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { idlePrefetch } from '../../web/src/elements/prefetch.js';

let queue; // idle callbacks waiting for a period
let now; // fake clock (ms) for performance.now
const real = { ric: globalThis.requestIdleCallback, cic: globalThis.cancelIdleCallback, now: performance.now };

beforeEach(() => {
  queue = new Map();
  now = 0;
  let next = 1;
  globalThis.requestIdleCallback = (fn) => {
    const id = next++;
    queue.set(id, fn);
    return id;
  };
  globalThis.cancelIdleCallback = (id) => queue.delete(id);
  performance.now = () => now;
});
afterEach(() => {
  globalThis.requestIdleCallback = real.ric;
  globalThis.cancelIdleCallback = real.cic;
  performance.now = real.now;
});

/** Gives the waiting callbacks one idle period of `ms`. */
function idle(ms) {
  const end = now + ms;
  const waiting = [...queue.values()];
  queue.clear();
  for (const fn of waiting) fn({ timeRemaining: () => Math.max(0, end - now) });
}

/** A prefetcher over items 1…n whose items take `cost` ms each (on the fake clock). */
function setup({ n = 10, cost = 3, firstMs = 3, active = () => true } = {}) {
  const done = [];
  const ahead = idlePrefetch({
    active,
    todo: () => Array.from({ length: n }, (_, i) => i + 1).filter((k) => !done.includes(k)),
    compute: (k) => {
      now += cost;
      done.push(k);
    },
    firstMs,
  });
  return { ahead, done };
}

test('items run in the order asked, only while the idle period has room for one', () => {
  const { ahead, done } = setup({ n: 10, cost: 3, firstMs: 3 });
  ahead.request();
  ahead.request(); // one round at a time
  assert.equal(queue.size, 1);
  idle(10); // 3 ms items, started while ≥ 4.5 ms remain: at 10 and 7 ms left, not at 4
  assert.deepEqual(done, [1, 2]);
  assert.equal(queue.size, 1, 'the rest waits for the next idle period');
  idle(50);
  assert.deepEqual(done, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(queue.size, 0, 'nothing left: no further round');
});

test('slow items ask for more room (a running mean), never more than 12 ms', () => {
  const { ahead, done } = setup({ n: 5, cost: 10, firstMs: 1 });
  ahead.request();
  idle(5); // the first estimate (1 ms) lets one item start
  assert.deepEqual(done, [1]);
  idle(5); // mean now (1 + 10) / 2 = 5.5 ms: 5 ms of room is not enough
  assert.deepEqual(done, [1]);
  idle(12); // 12 ms is always enough room to start one
  assert.deepEqual(done, [1, 2]);
  const slow = setup({ n: 3, cost: 40, firstMs: 40 });
  slow.ahead.request();
  idle(11.9);
  assert.deepEqual(slow.done, []);
  idle(50);
  assert.deepEqual(slow.done, [1]); // 12 ms of room suffices, whatever the mean
});

test('nothing runs while inactive, and cancel drops the waiting round', () => {
  let on = false;
  const { ahead, done } = setup({ active: () => on });
  ahead.request();
  assert.equal(queue.size, 0);
  on = true;
  ahead.request();
  on = false; // went off screen before the idle period
  idle(50);
  assert.deepEqual(done, []);
  on = true;
  ahead.request();
  ahead.cancel();
  idle(50);
  assert.deepEqual(done, []);
  ahead.request(); // a new round after cancel
  idle(50);
  assert.equal(done.length, 10);
});

test('an item that throws ends the round quietly', () => {
  let calls = 0;
  const ahead = idlePrefetch({
    active: () => true,
    todo: () => [1, 2, 3],
    compute: () => {
      calls++;
      throw new Error('bad settings');
    },
  });
  ahead.request();
  assert.doesNotThrow(() => idle(50));
  assert.equal(calls, 1);
  assert.equal(queue.size, 0);
});

test('once nothing is missing for a key, requests with that key schedule nothing until the key changes', () => {
  let settings = 'a';
  let lists = 0;
  const kept = new Set();
  const ahead = idlePrefetch({
    active: () => true,
    key: () => settings,
    todo: () => {
      lists++;
      return [1, 2, 3].map((k) => `${settings}${k}`).filter((k) => !kept.has(k));
    },
    compute: (k) => kept.add(k),
  });
  ahead.request();
  idle(50);
  assert.equal(kept.size, 3);
  ahead.request();
  idle(50); // this round finds nothing missing: key 'a' is done
  assert.equal(lists, 2);
  for (let i = 0; i < 5; i++) ahead.request(); // a drag: an update per frame
  assert.equal(queue.size, 0, 'no idle callback for a finished key');
  assert.equal(lists, 2);
  settings = 'b';
  ahead.request();
  idle(50);
  assert.equal(kept.size, 6);
  ahead.cancel(); // forgets what was done
  settings = 'a';
  ahead.request();
  assert.equal(queue.size, 1);
});
