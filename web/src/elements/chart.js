// A uPlot line chart inside an element's shadow root. The caller owns the data; this only
// draws. Series are told apart without hue as well: each carries a dash pattern and the key
// shows it. Resizes with its container (observer disconnected in dispose()).
//
// Cheap redraws: set() skips uPlot's setData (a full path rebuild) when the data arrays and
// series are the ones already shown. What moves often goes over the chart, not into it:
// - setCursor(x, dots): a dashed vertical line and dots made of a few absolutely positioned
//   DOM nodes over the plotting area, moved with transforms. Moving it redraws no canvas. (In
//   Chromium's software compositing every canvas on screen is copied again on every frame
//   that changes anything, so an extra overlay canvas per chart would cost more than it saves.)
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';

export { uplotCss };

const AXIS = 'rgba(120, 120, 130, 1)';
const GRID = 'rgba(127, 127, 127, 0.18)';
const AXIS_FONT = '12px system-ui, sans-serif';

/** Dash patterns by series index: solid, dashed, dotted, dash-dot. */
export const DASHES = [[], [7, 4], [2, 3], [8, 3, 2, 3]];

/** Log-axis ticks: powers of ten only, every k-th decade, at most 7. (uPlot's default puts a
 *  tick, a grid line and a label call at 1…9 × 10^k of every decade: ~90 fillText calls per
 *  redraw for a 20-decade gradient chart, the largest cost of redrawing it.) */
function logSplits(_u, _axis, min, max) {
  if (!(min > 0) || !(max > min)) return [];
  const lo = Math.ceil(Math.log10(min) - 1e-9);
  const hi = Math.floor(Math.log10(max) + 1e-9);
  const step = Math.max(1, Math.ceil((hi - lo + 1) / 7));
  const out = [];
  for (let e = Math.ceil(lo / step) * step; e <= hi; e += step) out.push(Number(`1e${e}`));
  return out;
}

/**
 * container: an element in the shadow root. opts:
 *   series: [{ label, stroke, dash, width }]
 *   xRange: () => [lo, hi]; yRange: (lo, hi) => [lo, hi] (optional)
 *   yLog: log-scale y; xLabel, yLabel: axis labels
 *   draw: (u) => void, extra canvas drawing after the series (markers, cursor)
 *   drawClear: (u) => void, drawing behind the series (bands)
 *   onPointer: (x) => void, pointer down/drag on the plot
 *   aspect: height / width (default 0.6), minHeight, maxHeight
 */
export function createChart(container, opts) {
  let u = null;
  let data = null;
  let cursor = null; // { x, dots: [{ y, colour, filled }] }
  let cursorNodes = null; // { line, dots: [] }
  const { aspect = 0.6, minHeight = 200, maxHeight = 380 } = opts;

  function size() {
    const width = Math.max(220, Math.floor(container.clientWidth || 320));
    const height = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)));
    return { width, height };
  }

  function build(series) {
    u?.destroy();
    // A short font list: canvas text with uPlot's default list (a dozen families, emoji fonts
    // included) costs ~3× more per label in Chromium on Linux.
    const axis = {
      stroke: AXIS,
      font: AXIS_FONT,
      labelFont: `bold ${AXIS_FONT}`,
      grid: { stroke: GRID, width: 1 },
      ticks: { stroke: GRID, width: 1 },
    };
    u = new uPlot(
      {
        ...size(),
        pxAlign: false,
        scales: {
          x: { time: false, range: () => opts.xRange() },
          y: opts.yLog
            ? { distr: 3, range: opts.yRange ? (_u, lo, hi) => opts.yRange(lo, hi) : undefined }
            : {
                range: (_u, lo, hi) =>
                  opts.yRange
                    ? opts.yRange(lo, hi)
                    : lo == null || !Number.isFinite(lo) || !Number.isFinite(hi)
                      ? [-1, 1]
                      : uPlot.rangeNum(Math.min(lo, 0), Math.max(hi, 0), 0.08, true),
              },
        },
        axes: [
          { ...axis, label: opts.xLabel, labelSize: opts.xLabel ? 20 : 0 },
          {
            ...axis,
            size: 56,
            label: opts.yLabel,
            labelSize: opts.yLabel ? 20 : 0,
            ...(opts.yLog ? { splits: logSplits } : {}),
          },
        ],
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: s.stroke,
            width: s.width ?? 2,
            dash: s.dash ?? DASHES[i % DASHES.length],
            points: { show: s.points ?? false, size: 6, fill: s.stroke },
            spanGaps: false,
          })),
        ],
        legend: { show: false },
        cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false }, y: false, x: false },
        hooks: {
          drawClear: opts.drawClear ? [(p) => opts.drawClear(p)] : [],
          draw: [
            (p) => {
              opts.draw?.(p);
              container.dataset.drawn = String(Number(container.dataset.drawn ?? 0) + 1);
              placeCursor();
            },
          ],
        },
      },
      data,
      container,
    );
    if (opts.onPointer) attachPointer(u.over);
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
    if (!u || (!cursor && !cursorNodes)) return;
    if (!cursorNodes || cursorNodes.line.parentNode !== u.over) {
      const line = cursorNode('u-cursor-line');
      Object.assign(line.style, {
        boxSizing: 'content-box',
        height: '100%',
        width: '0',
        borderLeft: '1px dashed rgba(127, 127, 127, 0.9)',
      });
      u.over.append(line);
      cursorNodes = { line, dots: [] };
    }
    const { line, dots } = cursorNodes;
    // the plotting area in CSS pixels, without reading layout
    const w = u.bbox.width / devicePixelRatio;
    const hgt = u.bbox.height / devicePixelRatio;
    const px = cursor && Number.isFinite(cursor.x) ? u.valToPos(cursor.x, 'x') : NaN;
    const visible = Number.isFinite(px) && px >= -0.5 && px <= w + 0.5;
    line.style.display = visible ? '' : 'none';
    if (visible) line.style.transform = `translateX(${px.toFixed(1)}px)`;
    const want = visible ? cursor.dots : [];
    while (dots.length < want.length) {
      const d = cursorNode('u-cursor-dot');
      Object.assign(d.style, {
        boxSizing: 'border-box',
        borderRadius: '50%',
        borderStyle: 'solid',
        borderWidth: '2px',
      });
      u.over.append(d);
      dots.push(d);
    }
    dots.forEach((d, i) => {
      const dot = want[i];
      const py = dot && Number.isFinite(dot.y) ? u.valToPos(dot.y, 'y') : NaN;
      const show = Number.isFinite(py) && py >= 0 && py <= hgt;
      d.style.display = show ? '' : 'none';
      if (!show) return;
      d.style.transform = `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px)`;
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

  function attachPointer(over) {
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
    if (!u) return;
    const s = size();
    if (s.width !== u.width || s.height !== u.height) u.setSize(s);
  });
  ro.observe(container);
  let seriesKey = '';

  return {
    /** data = [xs, ...ys]; series as in opts.series (rebuilt when labels change). */
    set(series, next) {
      const key = series.map((s) => `${s.label}|${s.stroke}|${s.dash ?? ''}`).join(';');
      const same = data && next.length === data.length && next.every((a, i) => a === data[i]);
      data = next;
      if (!u || key !== seriesKey) {
        seriesKey = key;
        build(series);
        return true;
      }
      if (same) return false; // the paths are already drawn
      u.setData(data);
      return true;
    },
    /** Full redraw (series, bands, draw hook). */
    redraw() {
      u?.redraw(false, false);
    },
    /** The cursor: a dashed vertical line at x (null: none) and dots [{ y, colour, filled,
     *  ring, size }] (filled: a solid dot, else a white one; ring: the ring's colour, default
     *  colour; size: diameter in CSS px, default 10; later dots on top). Moves DOM nodes only. */
    setCursor(x, dots = []) {
      cursor = x == null ? null : { x, dots };
      placeCursor();
    },
    get plot() {
      return u;
    },
    dispose() {
      ro.disconnect();
      u?.destroy();
      u = null;
      cursorNodes = null;
    },
  };
}
