// Work a lab does ahead, while the page is idle and the lab is on screen (its reader is about to
// use it): the results its main slider will ask for next, so that a drag finds them ready.
// Used by <actlab-gradient-flow> (the other depths) and <actlab-elu> (the other α values).
//
//   const ahead = idlePrefetch({
//     active: () => this.onScreen && this.#ui !== null,   // may it run now?
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
// next frame, and nothing runs while the page is busy or the lab is off screen.
const MOST_MS = 12;

export function idlePrefetch({ active, todo, compute, firstMs = 4 }) {
  let handle = 0;
  let meanMs = firstMs;
  const request = () => {
    if (handle || !active()) return;
    const run = (deadline) => {
      handle = 0;
      if (!active()) return;
      try {
        for (const item of todo()) {
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
    cancel() {
      if (handle) (globalThis.cancelIdleCallback ?? clearTimeout)(handle);
      handle = 0;
    },
  };
}
