// Work a lab does ahead, while the page is idle and the lab is on screen (its reader is about to
// use it): the results its main slider will ask for next, so that a drag finds them ready.
// Used by <actlab-gradient-flow> (the other depths), <actlab-elu> (the other α values) and
// <actlab-summary> (its live timing, one ~2 ms span per item).
//
//   const ahead = idlePrefetch({
//     active: () => this.onScreen && this.#ui !== null,   // may it run now?
//     key: () => '…',                 // the settings the items belong to (optional)
//     todo: () => [...],              // what is still missing, first wanted first ([] = done)
//     compute: (item) => { … },       // computes and keeps one item (exceptions end the round)
//     firstMs: 4,                     // an item's first estimated wall time
//   });
//   ahead.request();   // after each update and when the lab comes on screen: starts a round
//   ahead.cancel();    // when the lab stops
//
// Each item starts only when the idle period still has room for one as long as items usually
// take (a running mean of their wall time, so a slow or throttled CPU asks for more room), and
// never for more than 12 ms of it: with animation frames requested an idle period ends at the
// next frame, and nothing runs while the page is busy or the lab is off screen. Once todo()
// finds nothing missing for a key, requests with that key do nothing (no list is rebuilt on
// every frame of a drag).
const MOST_MS = 12;

export function idlePrefetch({ active, key = null, todo, compute, firstMs = 4 }) {
  let handle = 0;
  let meanMs = firstMs;
  let done = null; // the key whose items are all there
  const request = () => {
    if (handle || !active() || (key && key() === done)) return;
    const run = (deadline) => {
      handle = 0;
      if (!active()) return;
      const k = key?.();
      try {
        const items = todo();
        if (!items.length && key) done = k;
        for (const item of items) {
          if (deadline.timeRemaining() < Math.min(MOST_MS, 1.5 * meanMs)) {
            request();
            return;
          }
          const t0 = performance.now();
          compute(item);
          meanMs = (meanMs + (performance.now() - t0)) / 2;
        }
      } catch {
        // the same settings fail visibly when they are shown; nothing more to do ahead
      }
    };
    handle = globalThis.requestIdleCallback
      ? requestIdleCallback(run, { timeout: 2000 })
      : setTimeout(() => run({ timeRemaining: () => 16 }), 50);
  };
  return {
    request,
    /** Stops the waiting round and forgets what was done (the kept results may be gone). */
    cancel() {
      if (handle) (globalThis.cancelIdleCallback ?? clearTimeout)(handle);
      handle = 0;
      done = null;
    },
  };
}
