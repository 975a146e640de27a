// uPlot plugin: grey bands behind the curves where |f'(x)| < 0.1 for the focused function,
// plus the x = 0 / y = 0 axes lines. Bands come from model/saturation.js via getBands().
const BAND = 'rgba(96, 96, 96, 0.14)';
const ZERO = 'rgba(0, 0, 0, 0.35)';

export function saturationPlugin(getBands) {
  return {
    hooks: {
      drawClear(u) {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.beginPath();
        ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
        ctx.clip();
        ctx.fillStyle = BAND;
        for (const [x0, x1] of getBands()) {
          const a = u.valToPos(x0, 'x', true);
          const b = u.valToPos(x1, 'x', true);
          ctx.fillRect(Math.min(a, b), bbox.top, Math.abs(b - a), bbox.height);
        }
        ctx.strokeStyle = ZERO;
        ctx.lineWidth = Math.max(1, devicePixelRatio);
        const x0 = Math.round(u.valToPos(0, 'x', true));
        const y0 = Math.round(u.valToPos(0, 'y', true));
        ctx.beginPath();
        ctx.moveTo(x0, bbox.top);
        ctx.lineTo(x0, bbox.top + bbox.height);
        ctx.moveTo(bbox.left, y0);
        ctx.lineTo(bbox.left + bbox.width, y0);
        ctx.stroke();
        ctx.restore();
      },
    },
  };
}
