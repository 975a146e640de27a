// A surface's recording (surface.js) and its replay on a real 2-D context: in the surface
// worker, or on the main thread where there is none. No DOM here (it also runs in a worker).
//
// A recording is compact, since posting it to the worker costs about 10 µs per KB in Chromium:
// one Float32Array of op codes and numbers (pixel coordinates need no more), the strings
// (colours, fonts, text) in a list, pixel buffers in another:
//   method call   code, argc, arg…            (METHODS[code])
//   fillText …    code, string, x, y          (strokeText the same)
//   setLineDash   code, n, v…
//   property      SET, prop, kind, value      (kind 0: number, 1: string index)
//   poly          POLY, n, x0, y0, …          (a polyline; NaN breaks it)
//   image         IMAGE, buffer, w, h, dx, dy, dw, dh, smooth   (RGBA w × h, scaled)
//   put           PUT, buffer, w, h, dx, dy   (RGBA w × h replacing the pixels at dx, dy as is)
//   layer         BEGIN, key, w, h … END       (ops drawn once into a cached w × h bitmap)
//   use layer     USE, key, x, y              (that bitmap drawn at x, y)
// A surface keeps its last LAYERS layers (or the number it was made with), oldest dropped first;
// the recorder and the replay drop the same ones, so the main thread always knows which layers
// the worker still has. A layer may use other layers while it is defined.

export const METHODS = [
  'save',
  'restore',
  'beginPath',
  'closePath',
  'moveTo',
  'lineTo',
  'rect',
  'arc',
  'clip',
  'fill',
  'stroke',
  'fillRect',
  'strokeRect',
  'clearRect',
  'translate',
  'rotate',
  'scale',
  'setTransform',
  'fillText',
  'strokeText',
  'setLineDash',
];
export const PROPS = [
  'fillStyle',
  'strokeStyle',
  'lineWidth',
  'lineJoin',
  'lineCap',
  'font',
  'textAlign',
  'textBaseline',
  'globalAlpha',
  'globalCompositeOperation',
];
const FILL_TEXT = METHODS.indexOf('fillText');
const STROKE_TEXT = METHODS.indexOf('strokeText');
const DASH = METHODS.indexOf('setLineDash');
const SET = 100;
const POLY = 101;
const IMAGE = 102;
const PUT = 106;
const BEGIN = 103;
const END = 104;
const USE = 105;
export const LAYERS = 4;

/** The cached layers of one surface: key → bitmap (insertion order = age), at most `limit`. */
export class Layers {
  map = new Map();
  constructor(limit = LAYERS) {
    this.limit = Math.max(1, Math.floor(limit) || LAYERS);
  }
  /** Registers key (dropping the oldest beyond the limit); returns the dropped keys. */
  add(key, bitmap) {
    this.map.set(key, bitmap);
    const dropped = [];
    while (this.map.size > this.limit) {
      const oldest = this.map.keys().next().value;
      this.map.get(oldest)?.close?.(); // an ImageBitmap's pixels freed now, not at GC
      this.map.delete(oldest);
      dropped.push(oldest);
    }
    return dropped;
  }
}

/** Records 2-D context calls (the methods and properties above, plus poly and image). */
export class Recorder {
  /** layers: the surface's Layers (the keys the replaying side has). */
  constructor(layers = new Layers()) {
    this.layers = layers;
  }
  defines = false; // whether this recording defines a layer
  nums = new Float32Array(1024);
  len = 0;
  strs = [];
  bufs = [];
  #strIndex = new Map();
  #state = {};
  #room(k) {
    if (this.len + k <= this.nums.length) return;
    const next = new Float32Array(Math.max(this.nums.length * 2, this.len + k));
    next.set(this.nums.subarray(0, this.len));
    this.nums = next;
  }
  #push(v) {
    this.nums[this.len++] = v;
  }
  #str(s) {
    let i = this.#strIndex.get(s);
    if (i === undefined) {
      i = this.strs.length;
      this.strs.push(s);
      this.#strIndex.set(s, i);
    }
    return i;
  }
  /** A polyline through xy = [x0, y0, x1, y1, …]; a NaN coordinate breaks the line. */
  poly(xy) {
    this.#room(2 + xy.length);
    this.#push(POLY);
    this.#push(xy.length);
    this.nums.set(xy, this.len);
    this.len += xy.length;
  }
  /** RGBA pixels (w × h) scaled into (dx, dy, dw, dh); smooth: interpolated, else sharp cells. */
  image(rgba, w, h, dx, dy, dw, dh, smooth = false) {
    this.#room(9);
    this.#push(IMAGE);
    this.#push(this.bufs.length);
    this.bufs.push(rgba);
    for (const v of [w, h, dx, dy, dw, dh, smooth ? 1 : 0]) this.#push(v);
  }
  /** RGBA pixels (w × h) put at (dx, dy) as they are (putImageData: no scaling, transform or
   *  blending), e.g. a thumbnail the size of its canvas. */
  put(rgba, w, h, dx = 0, dy = 0) {
    this.#room(6);
    this.#push(PUT);
    this.#push(this.bufs.length);
    this.bufs.push(rgba);
    for (const v of [w, h, dx, dy]) this.#push(v);
  }
  /** The recording without copying its numbers (replayed at once, on this thread). */
  view() {
    return { nums: this.nums.subarray(0, this.len), strs: this.strs, bufs: this.bufs, defines: this.defines };
  }
  /** Empties the recording for the next draw (the number buffer is kept). */
  reset() {
    this.len = 0;
    this.strs = [];
    this.bufs = [];
    this.#strIndex.clear();
    this.#state = {};
    this.defines = false;
  }
  /** Draws the layer `key` (w × h) at (x, y); fn(this) records it the first time the surface
   *  sees the key. */
  layer(key, w, h, x, y, fn) {
    const layers = this.layers;
    if (!layers.map.has(key)) {
      this.defines = true;
      this.#room(4);
      this.#push(BEGIN);
      this.#push(this.#str(key));
      this.#push(w);
      this.#push(h);
      this.save();
      fn(this);
      this.restore();
      this.#room(1);
      this.#push(END);
      layers.add(key, true);
    }
    this.#room(4);
    this.#push(USE);
    this.#push(this.#str(key));
    this.#push(x);
    this.#push(y);
  }
  /** The recording: { nums, strs, bufs } (nums trimmed). */
  take() {
    return { ...this.view(), nums: this.nums.slice(0, this.len) };
  }
  static {
    METHODS.forEach((m, code) => {
      // fixed parameters, not ...args: a recording makes hundreds of calls per frame, and a rest
      // array per call was a tenth of a slider step's garbage (the canvas methods recorded take
      // at most six arguments)
      this.prototype[m] = function (a, b, c, d, e, f) {
        if (code === FILL_TEXT || code === STROKE_TEXT) {
          this.#room(4);
          this.#push(code);
          this.#push(this.#str(String(a)));
          this.#push(b);
          this.#push(c);
        } else if (code === DASH) {
          const v = a ?? [];
          this.#room(2 + v.length);
          this.#push(code);
          this.#push(v.length);
          for (let i = 0; i < v.length; i++) this.#push(v[i]);
        } else {
          const n = Math.min(arguments.length, 6);
          this.#room(2 + n);
          this.#push(code);
          this.#push(n);
          if (n > 0) this.#push(a);
          if (n > 1) this.#push(b);
          if (n > 2) this.#push(c);
          if (n > 3) this.#push(d);
          if (n > 4) this.#push(e);
          if (n > 5) this.#push(f);
        }
      };
    });
    PROPS.forEach((p, prop) => {
      Object.defineProperty(this.prototype, p, {
        set(v) {
          this.#room(4);
          this.#push(SET);
          this.#push(prop);
          const str = typeof v === 'string';
          this.#push(str ? 1 : 0);
          this.#push(str ? this.#str(v) : v);
          this.#state[p] = v;
        },
        get() {
          return this.#state[p];
        },
      });
    });
  }
}

/** Traces (does not stroke) a polyline of n coordinates of nums from i; NaN breaks it. */
function polyline(ctx, nums, i, n) {
  let pen = false;
  for (let end = i + n; i + 1 < end; i += 2) {
    const x = nums[i];
    const y = nums[i + 1];
    if (x !== x || y !== y) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    pen = true;
  }
}

let scratch = null; // an OffscreenCanvas (or canvas) for scaled RGBA images

function image(ctx, rgba, w, h, dx, dy, dw, dh, smooth) {
  if (!w || !h || !rgba) return;
  if (!scratch)
    scratch = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(w, h) : document.createElement('canvas');
  if (scratch.width !== w) scratch.width = w;
  if (scratch.height !== h) scratch.height = h;
  const px =
    rgba instanceof Uint8ClampedArray ? rgba : new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  scratch.getContext('2d').putImageData(new ImageData(px, w, h), 0, 0);
  const was = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = Boolean(smooth);
  ctx.drawImage(scratch, 0, 0, w, h, dx, dy, dw, dh);
  ctx.imageSmoothingEnabled = was;
}

function bitmap(w, h) {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** Replays a recording ({ nums, strs, bufs }) on ctx; layers: the surface's Layers. */
export function replay(ctx, { nums, strs, bufs }, layers = new Layers()) {
  const n = nums.length;
  const outer = [];
  let i = 0;
  while (i < n) {
    const code = nums[i++];
    if (code === BEGIN) {
      const b = bitmap(nums[i + 1], nums[i + 2]);
      outer.push({ ctx, key: strs[nums[i]], b });
      ctx = b.getContext('2d');
      i += 3;
    } else if (code === END) {
      const o = outer.pop();
      ctx = o.ctx;
      // an ImageBitmap where there is one: drawing an OffscreenCanvas takes a snapshot of it
      // on every use (a layer drawn 196 times a frame cost more than the strokes it replaced)
      layers.add(o.key, o.b.transferToImageBitmap?.() ?? o.b);
    } else if (code === USE) {
      const b = layers.map.get(strs[nums[i]]);
      if (b) ctx.drawImage(b, nums[i + 1], nums[i + 2]);
      i += 3;
    } else if (code === SET) {
      const p = PROPS[nums[i]];
      ctx[p] = nums[i + 1] === 1 ? strs[nums[i + 2]] : nums[i + 2];
      i += 3;
    } else if (code === POLY) {
      const k = nums[i++];
      polyline(ctx, nums, i, k);
      i += k;
    } else if (code === PUT) {
      const rgba = bufs[nums[i]];
      const px =
        rgba instanceof Uint8ClampedArray ? rgba : new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength);
      if (nums[i + 1] && nums[i + 2])
        ctx.putImageData(new ImageData(px, nums[i + 1], nums[i + 2]), nums[i + 3], nums[i + 4]);
      i += 5;
    } else if (code === IMAGE) {
      image(
        ctx,
        bufs[nums[i]],
        nums[i + 1],
        nums[i + 2],
        nums[i + 3],
        nums[i + 4],
        nums[i + 5],
        nums[i + 6],
        nums[i + 7],
      );
      i += 8;
    } else if (code === FILL_TEXT || code === STROKE_TEXT) {
      ctx[METHODS[code]](strs[nums[i]], nums[i + 1], nums[i + 2]);
      i += 3;
    } else if (code === DASH) {
      const k = nums[i++];
      ctx.setLineDash(Array.from(nums.subarray(i, i + k)));
      i += k;
    } else {
      const k = nums[i++];
      const m = METHODS[code];
      if (k === 0) ctx[m]();
      else if (k === 2) ctx[m](nums[i], nums[i + 1]);
      else if (k === 4) ctx[m](nums[i], nums[i + 1], nums[i + 2], nums[i + 3]);
      else ctx[m](...nums.subarray(i, i + k));
      i += k;
    }
  }
}
