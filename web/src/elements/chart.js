// A line chart inside an element's shadow root, drawn off the main thread (surface.js). The
// caller owns the data; this only draws. Series are told apart without hue as well: each
// carries a dash pattern and the key shows it. Resizes with its container (observer
// disconnected in dispose()).
//
// The main thread does what is cheap: scales, ticks and the positions of every point. The
// pixels (grid, labels, paths, the callers' extra drawing) are recorded and rasterised by the
// page's surface worker, so a slider step that redraws two charts costs the main thread a
// recording, not two rasterisations and canvas commits (the difference between one frame and
// two or three at ×4 CPU throttling). Callers' hooks draw with the familiar API: u.ctx (a
// 2-D context: recorded), u.bbox (the plotting area in canvas pixels), u.valToPos(v, axis,
// canvasPixels), u.posToVal, u.scales.
//
// Cheap redraws: set() draws nothing when the data arrays and series are the ones already shown.
// What moves often goes over the chart, not into it: setCursor(x, dots) places a dashed vertical
// line and dots, a few absolutely positioned DOM nodes over the plotting area, moved with
// transforms; moving it redraws no canvas.
import { simplifyInto } from '../model/polyline.js';
import { setStyle } from '../views/dom.js';
import { createSurface } from './surface.js';

/** The chart's few rules (each element adopts them with its own sheet). */
export const chartCss = `
.chart-box { position: relative; width: 100%; }
.chart-box > canvas { display: block; }
.u-over { position: absolute; overflow: hidden; }
`;

const AXIS = 'rgba(120, 120, 130, 1)';
const GRID = 'rgba(127, 127, 127, 0.18)';
const FONT_PX = 12;
const FONT = 'system-ui, sans-serif';

/** Dash patterns by series index: solid, dashed, dotted, dash-dot. */
export const DASHES = [[], [7, 4], [2, 3], [8, 3, 2, 3]];

/** Log-axis ticks: powers of ten only, every k-th decade, at most 7. */
function logSplits(min, max) {
  if (!(min > 0) || !(max > min)) return [];
  const lo = Math.ceil(Math.log10(min) - 1e-9);
  const hi = Math.floor(Math.log10(max) + 1e-9);
  const step = Math.max(1, Math.ceil((hi - lo + 1) / 7));
  const out = [];
  for (let e = Math.ceil(lo / step) * step; e <= hi; e += step) out.push(Number(`1e${e}`));
  return out;
}

const MANTISSAS = [1, 2, 2.5, 5];

/** The smallest increment of the form m·10^k (or from `incrs`) at least `least`. */
function increment(least, incrs) {
  if (incrs) return incrs.find((v) => v >= least) ?? incrs[incrs.length - 1];
  if (!(least > 0) || !Number.isFinite(least)) return 1;
  let k = Math.floor(Math.log10(least));
  for (;;) {
    for (const m of MANTISSAS) {
      const v = m * 10 ** k;
      if (v >= least * (1 - 1e-9)) return Number(v.toPrecision(12));
    }
    k++;
  }
}

/** Linear ticks of min…max spaced at least `space` CSS px over `length` CSS px. */
function linearSplits(min, max, length, space, incrs) {
  if (!(max > min) || !(length > 0)) return { splits: [], incr: 1 };
  const incr = increment(((max - min) * space) / length, incrs);
  const out = [];
  for (let k = Math.ceil(min / incr - 1e-9); k * incr <= max + incr * 1e-9 && out.length < 100; k++)
    out.push(Number((k * incr).toPrecision(12)));
  return { splits: out, incr };
}

function linearLabel(v, incr) {
  const decimals = Math.max(
    0,
    Math.min(12, -Math.floor(Math.log10(incr) + 1e-9) + (String(incr).includes('25') ? 1 : 0)),
  );
  const s = v.toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

function logLabel(v) {
  const k = Math.round(Math.log10(v));
  return Math.abs(k) >= 4 ? `1e${k}` : String(Number(v.toPrecision(6)));
}

/** A padded range around lo…hi, its ends on a round increment. */
function niceRange(lo, hi, pad) {
  if (!(hi > lo)) {
    const d = Math.abs(lo) * 0.1 || 1;
    return [lo - d, hi + d];
  }
  const d = hi - lo;
  const incr = increment(d / 5);
  const a = lo === 0 ? 0 : Math.floor((lo - d * pad) / incr) * incr;
  const b = hi === 0 ? 0 : Math.ceil((hi + d * pad) / incr) * incr;
  return [Number(a.toPrecision(12)), Number(b.toPrecision(12))];
}

/**
 * container: an element in the shadow root. opts:
 *   series: [{ label, stroke, dash, width, points }]
 *   xRange: () => [lo, hi]; yRange: (lo, hi) => [lo, hi] (optional; lo/hi of the data shown,
 *   null when there is none)
 *   yLog: log-scale y; xLabel, yLabel: axis labels; xIncrs: the allowed x tick increments
 *   yValues: (u, splits) => labels of the y ticks (optional)
 *   draw: (u) => void, extra drawing after the series (markers)
 *   drawClear: (u) => void, drawing behind the series (bands)
 *   onPointer: (x) => void, pointer down/drag on the plot
 *   aspect: height / width (default 0.6), minHeight, maxHeight
 *   local: draw on the main thread (see surface.js)
 */
export function createChart(container, opts) {
  const { aspect = 0.6, minHeight = 200, maxHeight = 380 } = opts;
  const box = document.createElement('div');
  box.className = 'chart-box';
  const canvas = document.createElement('canvas');
  const over = document.createElement('div');
  over.className = 'u-over';
  box.append(canvas, over);
  container.append(box);
  const surface = createSurface(canvas, { redraw: () => data && draw(), local: opts.local });

  let series = [];
  let data = null;
  let seriesKey = '';
  let cursor = null; // { x, dots: [{ y, colour, filled }] }
  let cursorNodes = null; // { line, dots: [] }
  let css = { width: 0, height: 0 };
  let overKey = '';
  let line = null; // drawSeries' point buffer
  let axesKey = ''; // what the last drawn axes depended on (see draw)

  // what hooks see (uPlot's names): scales, bbox in canvas px, value ↔ position
  const u = {
    ctx: null,
    over,
    bbox: { left: 0, top: 0, width: 0, height: 0 },
    scales: { x: { min: 0, max: 1 }, y: { min: 0, max: 1 } },
    width: 0,
    height: 0,
    /** v → px: canvas pixels if canvasPx, else CSS px inside the plotting area. */
    valToPos(v, axis, canvasPx = false) {
      const { min, max } = u.scales[axis];
      const dpr = devicePixelRatio;
      let f;
      if (axis === 'y' && opts.yLog) f = (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
      else f = (v - min) / (max - min);
      if (axis === 'y') f = 1 - f;
      const len = axis === 'x' ? u.bbox.width : u.bbox.height;
      const px = f * len;
      return canvasPx ? px + (axis === 'x' ? u.bbox.left : u.bbox.top) : px / dpr;
    },
    /** CSS px inside the plotting area → value. */
    posToVal(px, axis) {
      const { min, max } = u.scales[axis];
      const len = (axis === 'x' ? u.bbox.width : u.bbox.height) / devicePixelRatio;
      let f = px / len;
      if (axis === 'y') f = 1 - f;
      if (axis === 'y' && opts.yLog) return 10 ** (Math.log10(min) + f * (Math.log10(max) - Math.log10(min)));
      return min + f * (max - min);
    },
  };

  function size() {
    const width = Math.max(220, Math.floor(container.clientWidth || 320));
    const height = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)));
    return { width, height };
  }

  function resize(s) {
    css = s;
    surface.canvas.style.width = `${s.width}px`;
    surface.canvas.style.height = `${s.height}px`;
  }

  /** Scales and the plotting area from the data and the caller's ranges. */
  function layout() {
    const dpr = devicePixelRatio;
    const left = Math.round((56 + (opts.yLabel ? 20 : 0)) * dpr);
    const top = Math.round(10 * dpr);
    const bottom = Math.round((28 + (opts.xLabel ? 20 : 0)) * dpr);
    const right = Math.round(14 * dpr);
    u.width = Math.round(css.width * dpr);
    u.height = Math.round(css.height * dpr);
    u.bbox = { left, top, width: Math.max(1, u.width - left - right), height: Math.max(1, u.height - top - bottom) };
    const [x0, x1] = opts.xRange();
    u.scales.x = { min: x0, max: x1 > x0 ? x1 : x0 + 1 };
    // the data's extent inside the x range
    let lo = Infinity;
    let hi = -Infinity;
    const xs = data?.[0] ?? [];
    for (let k = 1; k < (data?.length ?? 0); k++) {
      const ys = data[k];
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        const y = ys[i];
        if (y == null || !Number.isFinite(y) || x < u.scales.x.min || x > u.scales.x.max) continue;
        if (opts.yLog && !(y > 0)) continue;
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    }
    const have = hi >= lo;
    let range;
    if (opts.yRange) range = opts.yRange(have ? lo : null, have ? hi : null);
    else if (opts.yLog)
      range = have
        ? [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi) + (hi === lo ? 1 : 0))]
        : [0.1, 10];
    else range = have ? niceRange(Math.min(lo, 0), Math.max(hi, 0), 0.08) : [-1, 1];
    let [y0, y1] = range ?? [0, 1];
    if (!(Number.isFinite(y0) && Number.isFinite(y1) && y1 > y0)) [y0, y1] = opts.yLog ? [0.1, 10] : [-1, 1];
    if (opts.yLog && !(y0 > 0)) y0 = y1 / 1e6;
    u.scales.y = { min: y0, max: y1 };
  }

  function drawAxes(ctx) {
    const dpr = devicePixelRatio;
    const { left, top, width, height } = u.bbox;
    const x = linearSplits(u.scales.x.min, u.scales.x.max, width / dpr, 50, opts.xIncrs);
    const y = opts.yLog
      ? { splits: logSplits(u.scales.y.min, u.scales.y.max), incr: 0 }
      : linearSplits(u.scales.y.min, u.scales.y.max, height / dpr, 30);
    const { splits: ys, incr: yIncr } = y;
    ctx.strokeStyle = GRID;
    ctx.lineWidth = dpr;
    ctx.beginPath();
    const xpx = x.splits.map((v) => Math.round(u.valToPos(v, 'x', true)) + 0.5);
    const ypx = ys.map((v) => Math.round(u.valToPos(v, 'y', true)) + 0.5);
    for (const p of xpx) {
      ctx.moveTo(p, top);
      ctx.lineTo(p, top + height + 6 * dpr);
    }
    for (const p of ypx) {
      ctx.moveTo(left - 6 * dpr, p);
      ctx.lineTo(left + width, p);
    }
    ctx.stroke();
    ctx.fillStyle = AXIS;
    ctx.font = `${FONT_PX * dpr}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    x.splits.forEach((v, i) => ctx.fillText(linearLabel(v, x.incr), xpx[i], top + height + 8 * dpr));
    const labels = opts.yValues
      ? opts.yValues(u, ys)
      : ys.map((v) => (opts.yLog ? logLabel(v) : linearLabel(v, yIncr)));
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ys.forEach((_, i) => labels[i] && ctx.fillText(labels[i], left - 8 * dpr, ypx[i]));
    ctx.font = `bold ${FONT_PX * dpr}px ${FONT}`;
    if (opts.xLabel) {
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillText(opts.xLabel, left + width / 2, u.height - 2 * dpr);
    }
    if (opts.yLabel) {
      ctx.save();
      ctx.translate(4 * dpr, top + height / 2);
      ctx.rotate(-Math.PI / 2);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.fillText(opts.yLabel, 0, 0);
      ctx.restore();
    }
  }

  function drawSeries(ctx) {
    const dpr = devicePixelRatio;
    const { left, top, width, height } = u.bbox;
    const xs = data?.[0];
    if (!xs) return;
    const n = xs.length;
    // value → canvas px, inlined (the hot loop of a redraw)
    const { min: x0, max: x1 } = u.scales.x;
    const kx = width / (x1 - x0);
    const log = Boolean(opts.yLog);
    const y0 = log ? Math.log10(u.scales.y.min) : u.scales.y.min;
    const ky = height / ((log ? Math.log10(u.scales.y.max) : u.scales.y.max) - y0);
    const lim = 8 * (width + height);
    const X = (x) => left + (x - x0) * kx;
    const Y = (y) => {
      if (y == null || !Number.isFinite(y) || (log && !(y > 0))) return NaN;
      const py = top + height - ((log ? Math.log10(y) : y) - y0) * ky;
      return py < -lim ? -lim : py > lim ? lim : py;
    };
    // one buffer per chart, reused (poly() copies it into the recording)
    if (!(line?.length >= 2 * n + 2)) line = new Float32Array(2 * n + 2);
    const out = line;
    series.forEach((s, k) => {
      const ys = data[k + 1];
      if (!ys) return;
      const m = simplifyInto(out, xs, ys, X, Y, 0.25 * dpr);
      ctx.save();
      ctx.beginPath();
      ctx.rect(left, top, width, height);
      ctx.clip();
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = (s.width ?? 2) * dpr;
      ctx.lineJoin = 'round';
      ctx.setLineDash((s.dash ?? DASHES[k % DASHES.length]).map((v) => v * dpr));
      ctx.beginPath();
      ctx.poly(out.subarray(0, m));
      ctx.stroke();
      if (s.points) {
        const r = 3 * dpr;
        ctx.fillStyle = s.stroke;
        ctx.beginPath();
        for (let i = 0; i < n; i++) {
          const py = Y(ys[i]);
          if (py !== py) continue;
          const px = X(xs[i]);
          ctx.moveTo(px + r, py);
          ctx.arc(px, py, r, 0, 2 * Math.PI);
        }
        ctx.fill();
      }
      ctx.restore();
    });
  }

  function draw() {
    if (!css.width) resize(size());
    layout();
    // Axes, grid and tick labels depend on the size, the plotting area, the scales and the axis
    // titles only. When a redraw keeps them (a slider that moves a curve, not its range), they
    // become a surface layer and later redraws copy it: the surface worker renders its ~15 tick
    // labels once instead of on every frame. Axes that change with every redraw are drawn
    // directly (a layer each time would cost a bitmap per frame).
    const b = u.bbox;
    const { x, y } = u.scales;
    const key = [u.width, u.height, b.left, b.top, b.width, b.height, x.min, x.max, y.min, y.max]
      .concat(opts.xLabel ?? '', opts.yLabel ?? '', devicePixelRatio)
      .join('|');
    const steady = key === axesKey;
    axesKey = key;
    surface.draw(u.width, u.height, (ctx) => {
      u.ctx = ctx;
      ctx.clearRect(0, 0, u.width, u.height);
      if (steady) ctx.layer(`axes|${key}`, u.width, u.height, 0, 0, drawAxes);
      else drawAxes(ctx);
      if (opts.drawClear) {
        ctx.save();
        opts.drawClear(u);
        ctx.restore();
      }
      drawSeries(ctx);
      if (opts.draw) {
        ctx.save();
        opts.draw(u);
        ctx.restore();
      }
      u.ctx = null;
    });
    placeOver();
    placeCursor();
    container.dataset.drawn = String(Number(container.dataset.drawn ?? 0) + 1);
  }

  /** The pointer/cursor layer over the plotting area (CSS px). */
  function placeOver() {
    const dpr = devicePixelRatio;
    const b = u.bbox;
    const key = `${b.left}|${b.top}|${b.width}|${b.height}|${dpr}`;
    if (key === overKey) return;
    overKey = key;
    Object.assign(over.style, {
      left: `${b.left / dpr}px`,
      top: `${b.top / dpr}px`,
      width: `${b.width / dpr}px`,
      height: `${b.height / dpr}px`,
    });
  }

  function cursorNode(className) {
    const n = document.createElement('span');
    n.className = className;
    n.setAttribute('aria-hidden', 'true');
    Object.assign(n.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', display: 'none' });
    return n;
  }

  /** Moves the cursor's DOM nodes to cursor.x / dots (CSS pixels of the plotting area). */
  function placeCursor() {
    if (!data || (!cursor && !cursorNodes)) return;
    if (!cursorNodes) {
      const line = cursorNode('u-cursor-line');
      Object.assign(line.style, {
        boxSizing: 'content-box',
        height: '100%',
        width: '0',
        borderLeft: '1px dashed rgba(127, 127, 127, 0.9)',
      });
      over.append(line);
      cursorNodes = { line, dots: [] };
    }
    const { line, dots } = cursorNodes;
    const w = u.bbox.width / devicePixelRatio;
    const hgt = u.bbox.height / devicePixelRatio;
    const px = cursor && Number.isFinite(cursor.x) ? u.valToPos(cursor.x, 'x') : NaN;
    const visible = Number.isFinite(px) && px >= -0.5 && px <= w + 0.5;
    // inline styles written only when they change (the cursor sits still while other things move)
    setStyle(line, 'display', visible ? '' : 'none');
    if (visible) setStyle(line, 'transform', `translateX(${px.toFixed(1)}px)`);
    const want = visible ? cursor.dots : [];
    while (dots.length < want.length) {
      const d = cursorNode('u-cursor-dot');
      Object.assign(d.style, {
        boxSizing: 'border-box',
        borderRadius: '50%',
        borderStyle: 'solid',
        borderWidth: '2px',
      });
      over.append(d);
      dots.push(d);
    }
    dots.forEach((d, i) => {
      const dot = want[i];
      const py = dot && Number.isFinite(dot.y) ? u.valToPos(dot.y, 'y') : NaN;
      const show = Number.isFinite(py) && py >= 0 && py <= hgt;
      setStyle(d, 'display', show ? '' : 'none');
      if (!show) return;
      setStyle(d, 'transform', `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px)`);
      const look = `${dot.colour}|${dot.filled}|${dot.ring}|${dot.size}`;
      if (d.actlabLook !== look) {
        d.actlabLook = look;
        const size = dot.size ?? 10;
        d.style.width = d.style.height = `${size}px`;
        d.style.margin = `${-size / 2}px 0 0 ${-size / 2}px`;
        d.style.borderColor = dot.ring ?? dot.colour;
        d.style.background = dot.filled ? dot.colour : '#fff';
      }
    });
  }

  if (opts.onPointer) {
    over.style.touchAction = 'pan-y';
    let dragging = false;
    const move = (e) => {
      const x = u.posToVal(e.offsetX, 'x');
      if (Number.isFinite(x)) opts.onPointer(x);
    };
    over.addEventListener('pointerdown', (e) => {
      dragging = true;
      over.setPointerCapture?.(e.pointerId);
      move(e);
    });
    over.addEventListener('pointermove', (e) => dragging && move(e));
    const stop = () => (dragging = false);
    over.addEventListener('pointerup', stop);
    over.addEventListener('pointercancel', stop);
  }

  const ro = new ResizeObserver(() => {
    const s = size();
    if (s.width === css.width && s.height === css.height) return;
    resize(s);
    if (data) draw();
  });
  ro.observe(container);

  return {
    /** data = [xs, ...ys]; series as in opts.series. Draws unless nothing changed. */
    set(nextSeries, next) {
      const key = nextSeries.map((s) => `${s.label}|${s.stroke}|${s.dash ?? ''}|${s.width}|${s.points}`).join(';');
      const same = data && key === seriesKey && next.length === data.length && next.every((a, i) => a === data[i]);
      if (same) return false; // the paths are already drawn
      seriesKey = key;
      series = nextSeries;
      data = next;
      draw();
      return true;
    },
    /** Full redraw (series, bands, draw hook). */
    redraw() {
      if (data) draw();
    },
    /** The cursor: a dashed vertical line at x (null: none) and dots [{ y, colour, filled,
     *  ring, size }] (filled: a solid dot, else a white one; ring: the ring's colour, default
     *  colour; size: diameter in CSS px, default 10; later dots on top). Moves DOM nodes only. */
    setCursor(x, dots = []) {
      cursor = x == null ? null : { x, dots };
      placeCursor();
    },
    /** Whether the chart has drawn (has data). */
    get drawn() {
      return Boolean(data);
    },
    /** Scales and plotting area as hooks see them. */
    get plot() {
      return data ? u : null;
    },
    /** The canvas (replaced by a fresh one if the surface worker fails). */
    get canvas() {
      return surface.canvas;
    },
    /** What is on the canvas: { width, height, data } (tests). */
    pixels() {
      return surface.pixels();
    },
    dispose() {
      ro.disconnect();
      surface.dispose();
      box.remove();
      cursorNodes = null;
    },
  };
}
