// whenQuiet (web/src/model/quiet.js): the page's URL is written once a stream of changes pauses.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { whenQuiet } from '../../web/src/model/quiet.js';

/** A fake clock that drives node:test's mocked setTimeout. */
function clock() {
  mock.timers.enable({ apis: ['setTimeout'] });
  let t = 0;
  return {
    now: () => t,
    advance(ms) {
      // 1 ms at a time, so that a timer runs with the clock at its own time
      for (let i = 0; i < ms; i++) {
        t += 1;
        mock.timers.tick(1);
      }
    },
  };
}

test('whenQuiet: a change per frame for a second runs fn once, ms after the last change', (ctx) => {
  ctx.after(() => mock.timers.reset());
  const c = clock();
  const runs = [];
  const q = whenQuiet(() => runs.push(c.now()), 300, c.now);
  for (let i = 0; i < 60; i++) {
    q.note(); // a drag: one change per 16 ms frame for ~1 s
    c.advance(16);
  }
  const last = 59 * 16; // the time of the last change
  assert.deepEqual(runs, [], 'nothing written during the drag');
  for (let i = 0; i < 40; i++) c.advance(10);
  assert.deepEqual(runs, [last + 300], 'one run, 300 ms after the last change');
  assert.equal(q.pending, false);
  // a later change starts a new wait
  const later = c.now();
  q.note();
  c.advance(299);
  assert.equal(runs.length, 1);
  c.advance(1);
  assert.deepEqual(runs, [last + 300, later + 300]);
});

test('whenQuiet: cancel drops the pending run', (ctx) => {
  ctx.after(() => mock.timers.reset());
  const c = clock();
  let runs = 0;
  const q = whenQuiet(() => runs++, 300, c.now);
  q.note();
  c.advance(100);
  assert.equal(q.pending, true);
  q.cancel();
  c.advance(1000);
  assert.equal(runs, 0);
  assert.equal(q.pending, false);
});
