// The f / f' chart (uPlot). Solid line = f, dashed = f', one colour per function; grey
// bands = saturation of the focused function; a vertical line and dots mark the cursor.
// Pointer down/drag on the plot moves the cursor. The view only draws what main.js computed.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatShort } from '../model/format.js';
import { h, setText } from './dom.js';
import { saturationPlugin } from './saturation-plugin.js';

const AXIS = '#3b3b3b';
const GRID = 'rgba(0, 0, 0, 0.08)';
const CURSOR = '#1a1a1a';

/**
 * frame = { version, xs, xmin, xmax, curves: [{id, name, colour, f, df}], bands, focusName,
 *           cursor: {x, values: [{id, colour, f, df}]} }
 */
export function mountChart(root, { getT, onCursor, onDraw }) {
  const figure = h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' });
  const key = h('p', { class: 'chart-key' });
  const bandsText = h('p', { class: 'hint', 'data-testid': 'bands-text' });
  root.append(figure, key, bandsText);

  let frame = null;
  let u = null;
  let seriesKey = '';
  let drawn = 0;

  function size() {
    const width = Math.max(240, Math.floor(figure.clientWidth || root.clientWidth || 320));
    const height = Math.round(Math.min(420, Math.max(230, width * 0.6)));
    return { width, height };
  }

  function drawCursor(plot) {
    if (!frame) return;
    const { ctx, bbox } = plot;
    const x = frame.cursor.x;
    const px = Math.round(plot.valToPos(x, 'x', true));
    const dpr = devicePixelRatio;
    ctx.save();
    ctx.strokeStyle = CURSOR;
    ctx.lineWidth = dpr;
    ctx.setLineDash([2 * dpr, 3 * dpr]);
    ctx.beginPath();
    ctx.moveTo(px, bbox.top);
    ctx.lineTo(px, bbox.top + bbox.height);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const v of frame.cursor.values) {
      for (const [y, filled] of [
        [v.f, true],
        [v.df, false],
      ]) {
        if (!Number.isFinite(y)) continue;
        const py = plot.valToPos(y, 'y', true);
        if (py < bbox.top || py > bbox.top + bbox.height) continue;
        ctx.beginPath();
        ctx.arc(px, py, 4 * dpr, 0, 2 * Math.PI);
        ctx.fillStyle = filled ? v.colour : '#fff';
        ctx.strokeStyle = v.colour;
        ctx.lineWidth = 2 * dpr;
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.restore();
  }

  function create() {
    u?.destroy();
    const series = [{}];
    for (const c of frame.curves) {
      series.push({ label: `${c.id} f`, stroke: c.colour, width: 2, points: { show: false } });
      series.push({ label: `${c.id} df`, stroke: c.colour, width: 1.5, dash: [6, 4], points: { show: false } });
    }
    const axis = { stroke: AXIS, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 } };
    const opts = {
      ...size(),
      pxAlign: false,
      scales: {
        x: { time: false, range: () => [frame.xmin, frame.xmax] },
        y: {
          range: (_u, lo, hi) =>
            lo == null || !Number.isFinite(lo) || !Number.isFinite(hi)
              ? [-1, 1]
              : uPlot.rangeNum(Math.min(lo, 0), Math.max(hi, 0), 0.08, true),
        },
      },
      axes: [{ ...axis }, { ...axis, size: 48 }],
      series,
      legend: { show: false },
      cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false }, y: false },
      plugins: [saturationPlugin(() => frame?.bands ?? [])],
      hooks: {
        draw: [
          (plot) => {
            drawCursor(plot);
            drawn += 1;
            figure.dataset.drawn = String(drawn);
            onDraw?.();
          },
        ],
      },
    };
    u = new uPlot(opts, data(), figure);
    attachPointer(u.over);
  }

  function data() {
    const d = [frame.xs];
    for (const c of frame.curves) d.push(c.f, c.df);
    return d;
  }

  function attachPointer(over) {
    over.style.touchAction = 'pan-y';
    let dragging = false;
    const move = (e) => {
      const x = u.posToVal(e.offsetX, 'x');
      if (Number.isFinite(x)) onCursor(x);
    };
    over.addEventListener('pointerdown', (e) => {
      dragging = true;
      over.setPointerCapture(e.pointerId);
      move(e);
    });
    over.addEventListener('pointermove', (e) => dragging && move(e));
    const stop = () => {
      dragging = false;
    };
    over.addEventListener('pointerup', stop);
    over.addEventListener('pointercancel', stop);
  }

  new ResizeObserver(() => {
    if (!u) return;
    const s = size();
    if (s.width !== u.width || s.height !== u.height) u.setSize(s);
  }).observe(figure);

  let lastVersion = -1;
  return {
    update(next) {
      const t = getT();
      const prev = frame;
      frame = next;
      const k = next.curves.map((c) => c.id).join();
      if (!u || k !== seriesKey) {
        seriesKey = k;
        create();
      } else if (next.version !== lastVersion) {
        u.setData(data());
      } else if (prev.cursor.x !== next.cursor.x || prev.focus !== next.focus) {
        u.redraw(false, false); // cursor or bands moved; paths are unchanged
      }
      lastVersion = next.version;
      figure.dataset.points = String(next.xs.length);
      figure.dataset.series = String(next.curves.length * 2);

      const names = next.curves.map((c) => c.name).join(', ');
      figure.setAttribute(
        'aria-label',
        next.curves.length
          ? t('chart.aria', { names, xmin: formatShort(next.xmin), xmax: formatShort(next.xmax) })
          : t('chart.ariaEmpty'),
      );
      if (key.lang !== t.lang) {
        key.lang = t.lang;
        key.replaceChildren(
          h('span', { class: 'key key-f' }, t('chart.keyF')),
          h('span', { class: 'key key-df' }, t('chart.keyDf')),
          h('span', { class: 'key key-band' }, t('chart.keyBand')),
        );
      }
      key.hidden = next.curves.length === 0;
      const ranges = next.bands.map(([a, b]) => `[${formatShort(a)}, ${formatShort(b)}]`).join(', ');
      setText(
        bandsText,
        next.focusName == null
          ? ''
          : ranges
            ? t('chart.bandsSome', { name: next.focusName, ranges })
            : t('chart.bandsNone', { name: next.focusName }),
      );
    },
  };
}
