// A uPlot line chart inside an element's shadow root. The caller owns the data; this only
// draws. Series are told apart without hue as well: each carries a dash pattern and the key
// shows it. Resizes with its container (observer disconnected in dispose()).
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';

export { uplotCss };

const AXIS = 'rgba(120, 120, 130, 1)';
const GRID = 'rgba(127, 127, 127, 0.18)';

/** Dash patterns by series index: solid, dashed, dotted, dash-dot. */
export const DASHES = [[], [7, 4], [2, 3], [8, 3, 2, 3]];

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
  const { aspect = 0.6, minHeight = 200, maxHeight = 380 } = opts;

  function size() {
    const width = Math.max(220, Math.floor(container.clientWidth || 320));
    const height = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)));
    return { width, height };
  }

  function build(series) {
    u?.destroy();
    const axis = { stroke: AXIS, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 } };
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
          { ...axis, size: 56, label: opts.yLabel, labelSize: opts.yLabel ? 20 : 0 },
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
            },
          ],
        },
      },
      data,
      container,
    );
    if (opts.onPointer) attachPointer(u.over);
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
      data = next;
      const key = series.map((s) => `${s.label}|${s.stroke}|${s.dash ?? ''}`).join(';');
      if (!u || key !== seriesKey) {
        seriesKey = key;
        build(series);
      } else {
        u.setData(data);
      }
    },
    redraw() {
      u?.redraw(false, false);
    },
    get plot() {
      return u;
    },
    dispose() {
      ro.disconnect();
      u?.destroy();
      u = null;
    },
  };
}
