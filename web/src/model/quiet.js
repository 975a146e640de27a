// A write that waits for a pause (the page's URL while a slider is dragged): `note()` marks a
// change, and `fn` runs once, `ms` after the last change. A drag sends a change per frame and
// history.replaceState costs milliseconds (×4 that on a throttled phone), so a write during the
// drag made a frame late every time it ran. One timer serves the whole drag: a change only
// notes its time, and the timer, when it fires early, waits out the rest of the pause instead of
// being restarted on every change. No DOM: a timer and a clock (`now`, for tests).
//
//   const url = whenQuiet(writeUrl, URL_QUIET_MS);
//   url.note();     // on every change
//   url.cancel();   // the owner goes away: nothing is written

/** How long after the last change the page's URL is written (the teaching page's query and
 *  `<actlab-playground sync-url>`'s hash). */
export const URL_QUIET_MS = 300;

export function whenQuiet(fn, ms, now = () => performance.now()) {
  let timer = 0;
  let last = 0;
  const run = () => {
    const wait = last + ms - now();
    if (wait > 0) {
      timer = setTimeout(run, wait);
      return;
    }
    timer = 0;
    fn();
  };
  return {
    note() {
      last = now();
      if (!timer) timer = setTimeout(run, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = 0;
    },
    get pending() {
      return timer !== 0;
    },
  };
}
