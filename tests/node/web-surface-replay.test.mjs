// The surface recording's cached layers (web/src/elements/surface-replay.js): a layer is drawn
// once per key and then only used; the recording side and the replaying side (the surface
// worker) keep and drop the same keys, at the limit a surface was made with; a layer can use
// another while it is being defined. The replay runs here on a fake 2-D context that logs calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAYERS, Layers, Recorder, replay } from '../../web/src/elements/surface-replay.js';

/** A 2-D context that logs what is called on it. */
class FakeContext {
  constructor(name) {
    this.name = name;
    this.log = [];
    return new Proxy(this, {
      get(target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop !== 'string') return undefined;
        return (...args) => target.log.push([prop, ...args]);
      },
      set(target, prop, value) {
        target.log.push([`${String(prop)}=`, value]);
        return true;
      },
    });
  }
}

let made = 0;
/** What replay() makes layers on (no OffscreenCanvas in Node). */
class FakeOffscreenCanvas {
  constructor(width, height) {
    this.width = width;
    this.height = height;
    this.ctx = new FakeContext(`bitmap${++made}`);
  }
  getContext() {
    return this.ctx;
  }
  transferToImageBitmap() {
    return {
      of: this,
      closed: false,
      close() {
        this.closed = true;
      },
    };
  }
}

function withFakeCanvas(fn) {
  const had = globalThis.OffscreenCanvas;
  globalThis.OffscreenCanvas = FakeOffscreenCanvas;
  try {
    return fn();
  } finally {
    if (had === undefined) delete globalThis.OffscreenCanvas;
    else globalThis.OffscreenCanvas = had;
  }
}

/** One surface: the main thread's layers (recorder) and the worker's (replay), both of `limit`. */
function surface(limit) {
  const sent = new Layers(limit);
  const held = new Layers(limit);
  return {
    sent,
    held,
    /** Records fn(ctx), replays it on a fresh main context; returns that context's log. */
    draw(fn) {
      const rec = new Recorder(sent);
      fn(rec);
      const main = new FakeContext('main');
      withFakeCanvas(() => replay(main, rec.take(), held));
      return { log: main.log, defines: rec.defines };
    },
  };
}

test('a layer is drawn once per key, then only used (the same bitmap, where it is asked)', () => {
  const s = surface(4);
  let drawn = 0;
  const ring = (g) => {
    drawn++;
    g.strokeStyle = '#123456';
    g.strokeRect(1, 1, 6, 6);
  };
  const first = s.draw((ctx) => ctx.layer('ring', 8, 8, 3, 5, ring));
  assert.equal(drawn, 1);
  assert.equal(first.defines, true);
  const bitmap = s.held.map.get('ring');
  assert.ok(bitmap?.of instanceof FakeOffscreenCanvas, 'the replaying side keeps a bitmap');
  assert.deepEqual([bitmap.of.width, bitmap.of.height], [8, 8]);
  // what the layer's function drew went to the bitmap, not to the canvas
  assert.deepEqual(
    bitmap.of.ctx.log.filter(([m]) => m !== 'save' && m !== 'restore'),
    [
      ['strokeStyle=', '#123456'],
      ['strokeRect', 1, 1, 6, 6],
    ],
  );
  assert.deepEqual(first.log, [['drawImage', bitmap, 3, 5]]);

  const second = s.draw((ctx) => {
    ctx.layer('ring', 8, 8, 10, 20, ring);
    ctx.layer('ring', 8, 8, 30, 40, ring);
  });
  assert.equal(drawn, 1, 'a known key is not drawn again');
  assert.equal(second.defines, false);
  assert.deepEqual(second.log, [
    ['drawImage', bitmap, 10, 20],
    ['drawImage', bitmap, 30, 40],
  ]);
});

test('both sides keep the same keys at the surface limit: the oldest is dropped, closed, drawn again when asked', () => {
  assert.ok(LAYERS >= 1);
  const s = surface(2);
  const counts = new Map();
  const layer = (key) => (ctx) =>
    ctx.layer(key, 4, 4, 0, 0, (g) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      g.fillRect(0, 0, 1, 1);
    });
  s.draw(layer('a'));
  const a = s.held.map.get('a');
  s.draw(layer('b'));
  s.draw(layer('c'));
  assert.deepEqual([...s.sent.map.keys()], ['b', 'c']);
  assert.deepEqual([...s.held.map.keys()], ['b', 'c']);
  assert.equal(a.closed, true, "a dropped layer's bitmap is freed at once");
  assert.equal(s.held.map.get('b').closed, false);
  s.draw(layer('b'));
  assert.equal(counts.get('b'), 1, 'b is still there');
  const again = s.draw(layer('a'));
  assert.equal(counts.get('a'), 2, 'a was dropped on both sides: drawn again');
  assert.equal(again.defines, true);
  assert.deepEqual([...s.sent.map.keys()], [...s.held.map.keys()]);
  assert.deepEqual([...s.held.map.keys()], ['c', 'a']);
  // a surface made with more room keeps more
  const roomy = surface(LAYERS + 5);
  for (let i = 0; i < LAYERS + 5; i++) roomy.draw(layer(`k${i}`));
  assert.equal(roomy.held.map.size, LAYERS + 5);
  assert.deepEqual([...roomy.sent.map.keys()], [...roomy.held.map.keys()]);
});

test('a layer may use another while it is defined (the scatter of rings)', () => {
  const s = surface(4);
  let rings = 0;
  const ring = (g) => {
    rings++;
    g.fillRect(0, 0, 2, 2);
  };
  const scatter = (key, points) => (ctx) => {
    ctx.clearRect(0, 0, 50, 50);
    ctx.layer(key, 50, 50, 0, 0, (g) => {
      for (const [x, y] of points) g.layer('ring', 2, 2, x, y, ring);
    });
  };
  const one = s.draw(
    scatter('s1', [
      [1, 2],
      [3, 4],
    ]),
  );
  assert.equal(rings, 1);
  const ringBitmap = s.held.map.get('ring');
  const s1 = s.held.map.get('s1');
  assert.deepEqual([...s.held.map.keys()], ['ring', 's1']);
  assert.deepEqual(
    s1.of.ctx.log.filter(([m]) => m === 'drawImage'),
    [
      ['drawImage', ringBitmap, 1, 2],
      ['drawImage', ringBitmap, 3, 4],
    ],
    'the rings are drawn into the scatter, not onto the canvas',
  );
  assert.deepEqual(one.log, [
    ['clearRect', 0, 0, 50, 50],
    ['drawImage', s1, 0, 0],
  ]);
  // a second scatter reuses the ring; going back to the first draws nothing new
  s.draw(scatter('s2', [[5, 6]]));
  const back = s.draw(scatter('s1', [[9, 9]]));
  assert.equal(rings, 1);
  assert.equal(back.defines, false);
  assert.deepEqual(back.log, [
    ['clearRect', 0, 0, 50, 50],
    ['drawImage', s1, 0, 0],
  ]);
});
