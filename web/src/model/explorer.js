// The explorer's model: from a state to everything the views draw. DOM-free; all numbers
// come from the WASM core (curves via the zero-copy API, softmax via lab.softmax).
import { paramsFor } from './catalogue.js';
import { createCurveSampler } from './curves.js';
import { saturationBands } from './saturation.js';

export const POINTS = 601; // −6..6 in steps of 0.02: x = 0 and integers are grid points
export const SATURATION = 0.1;

export function createExplorerModel(lab, catalogue, { points = POINTS } = {}) {
  const sampler = createCurveSampler(lab, points);
  const byId = new Map(catalogue.map((a) => [a.id, a]));
  let curvesKey = '';
  let curves = [];
  let version = 0;
  let bandsKey = '';
  let bands = [];

  /** Curves for the selected functions; recomputed only when range/selection/params change. */
  function curvesFor(s) {
    const params = s.fns.map((id) => paramsFor(byId.get(id), s.params));
    const key = JSON.stringify([s.xmin, s.xmax, s.fns, params]);
    if (key !== curvesKey) {
      curvesKey = key;
      version += 1;
      sampler.setRange(s.xmin, s.xmax);
      curves = s.fns.map((id, i) => ({ id, params: params[i], ...sampler.sample(id, params[i]) }));
    }
    return curves;
  }

  return {
    points,
    /**
     * @returns {{version:number, xs:Float64Array, curves:Array, focus:string|null,
     *            bands:Array<[number,number]>, cursor:{x:number, values:Array}}}
     */
    compute(s) {
      const cs = curvesFor(s);
      const focus = s.focus && s.fns.includes(s.focus) ? s.focus : (s.fns[0] ?? null);
      const focused = cs.find((c) => c.id === focus);
      // the same array while the curves and the focus stay (the chart then keeps its bands)
      if (`${version}|${focus}` !== bandsKey) {
        bandsKey = `${version}|${focus}`;
        bands = focused ? saturationBands(sampler.xs, focused.df, SATURATION) : [];
      }
      return {
        version,
        xs: sampler.xs,
        xmin: s.xmin,
        xmax: s.xmax,
        curves: cs,
        focus,
        bands,
        cursor: { x: s.x, values: cs.map((c) => ({ id: c.id, ...sampler.at(c.id, s.x, c.params) })) },
      };
    },
    softmax: (logits, t) => lab.softmax(Float32Array.from(logits), t),
    dispose: () => sampler.dispose(),
  };
}
