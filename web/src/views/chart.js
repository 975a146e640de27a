// <actlab-explorer> view: the f / f' chart (elements/chart.js, drawn off the main thread). Solid line = f,
// dashed = f', one colour per function and its name written at the curve's right end (so the
// curves are told apart without colour too); grey bands = saturation of the focused function;
// a vertical line and dots mark the cursor (DOM nodes over the chart: moving it redraws no
// canvas). Pointer down/drag on the plot moves the cursor.
// The view only draws what the element computed. ctx: see picker.js.
import { createChart } from '../elements/chart.js';
import { formatShort } from '../model/format.js';
import { h, setAttr, setText } from './dom.js';

const BAND = 'rgba(120, 120, 130, 0.2)';
const ZERO = 'rgba(120, 120, 130, 0.7)';

/**
 * frame = { version, xs, xmin, xmax, curves: [{id, name, colour, f, df}], bands, focusName,
 *           cursor: {x, values: [{id, colour, f, df}]} }
 */
export function mountChart(root, ctx, { onCursor }) {
  const figure = h('div', { class: 'chart', role: 'img', 'data-testid': 'chart' });
  const key = h('p', { class: 'chart-key' });
  const bandsText = h('p', { class: 'hint', 'data-testid': 'bands-text' });
  root.append(figure, key, bandsText);

  let frame = null;
  let version = -1;
  let bands = null;
  let keyLang = '';
  const chart = createChart(figure, {
    aspect: 0.6,
    minHeight: 230,
    maxHeight: 420,
    xRange: () => [frame.xmin, frame.xmax],
    drawClear: (u) => drawBands(u),
    draw: (u) => drawLabels(u),
    // pointer positions are rounded to 3 decimals: readable readouts and URLs
    onPointer: (x) => onCursor(Number(x.toFixed(3))),
  });

  function drawBands(u) {
    if (!frame) return;
    const { ctx: c, bbox } = u;
    c.save();
    c.beginPath();
    c.rect(bbox.left, bbox.top, bbox.width, bbox.height);
    c.clip();
    c.fillStyle = BAND;
    for (const [x0, x1] of frame.bands) {
      const a = u.valToPos(x0, 'x', true);
      const b = u.valToPos(x1, 'x', true);
      c.fillRect(Math.min(a, b), bbox.top, Math.abs(b - a), bbox.height);
    }
    c.strokeStyle = ZERO;
    c.lineWidth = Math.max(1, devicePixelRatio);
    const x0 = Math.round(u.valToPos(0, 'x', true));
    const y0 = Math.round(u.valToPos(0, 'y', true));
    c.beginPath();
    c.moveTo(x0, bbox.top);
    c.lineTo(x0, bbox.top + bbox.height);
    c.moveTo(bbox.left, y0);
    c.lineTo(bbox.left + bbox.width, y0);
    c.stroke();
    c.restore();
  }

  /** Each function's name at the right end of its f curve, spread so that labels never overlap. */
  function drawLabels(u) {
    if (!frame?.curves.length) return;
    const { ctx: c, bbox } = u;
    const dpr = devicePixelRatio;
    const gap = 15 * dpr;
    const last = frame.xs.length - 1;
    const labels = frame.curves
      .map((cv) => ({ cv, y: u.valToPos(cv.f[last], 'y', true) }))
      .filter((l) => Number.isFinite(l.y))
      .sort((a, b) => a.y - b.y);
    for (let i = 0; i < labels.length; i++) {
      const lo = bbox.top + gap / 2;
      labels[i].y = Math.max(labels[i].y, i ? labels[i - 1].y + gap : lo);
    }
    const overflow = labels.length ? labels[labels.length - 1].y - (bbox.top + bbox.height - gap / 2) : 0;
    if (overflow > 0) for (const l of labels) l.y -= overflow;
    c.save();
    c.font = `600 ${12 * dpr}px system-ui, sans-serif`;
    c.textAlign = 'right';
    c.textBaseline = 'middle';
    c.lineJoin = 'round';
    c.lineWidth = 3 * dpr;
    c.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    const x = bbox.left + bbox.width - 4 * dpr;
    for (const l of labels) {
      c.strokeText(l.cv.name, x, l.y);
      c.fillStyle = l.cv.colour;
      c.fillText(l.cv.name, x, l.y);
    }
    c.restore();
  }

  return {
    update(next) {
      const t = ctx.t();
      frame = next;
      const series = next.curves.flatMap((cv) => [
        { label: `${cv.id} f`, stroke: cv.colour, dash: [], width: 2 },
        { label: `${cv.id} df`, stroke: cv.colour, dash: [6, 4], width: 1.5 },
      ]);
      if (next.version !== version || !chart.plot) {
        version = next.version;
        chart.set(series, [next.xs, ...next.curves.flatMap((cv) => [cv.f, cv.df])]);
      } else if (next.bands !== bands) {
        chart.redraw(); // bands moved; the paths are unchanged
      }
      bands = next.bands;
      // the cursor: DOM nodes over the chart (moving it redraws no canvas)
      chart.setCursor(
        next.cursor.x,
        next.cursor.values.flatMap((v) => [
          { y: v.f, colour: v.colour, filled: true },
          { y: v.df, colour: v.colour, filled: false },
        ]),
      );
      figure.dataset.points = String(next.xs.length);
      figure.dataset.series = String(series.length);

      const names = next.curves.map((cv) => cv.name).join(', ');
      setAttr(
        figure,
        'aria-label',
        next.curves.length
          ? t('explorer.chart.aria', { names, xmin: formatShort(next.xmin), xmax: formatShort(next.xmax) })
          : t('explorer.chart.ariaEmpty'),
      );
      if (keyLang !== t.lang) {
        keyLang = t.lang;
        key.replaceChildren(
          h('span', { class: 'key-item key-f' }, t('explorer.chart.keyF')),
          h('span', { class: 'key-item key-df' }, t('explorer.chart.keyDf')),
          h('span', { class: 'key-item key-band' }, t('explorer.chart.keyBand')),
        );
      }
      key.hidden = next.curves.length === 0;
      const ranges = next.bands.map(([a, b]) => `[${formatShort(a)}, ${formatShort(b)}]`).join(', ');
      setText(
        bandsText,
        next.focusName == null
          ? ''
          : ranges
            ? t('explorer.chart.bandsSome', { name: next.focusName, ranges })
            : t('explorer.chart.bandsNone', { name: next.focusName }),
      );
    },
    dispose() {
      chart.dispose();
    },
  };
}
