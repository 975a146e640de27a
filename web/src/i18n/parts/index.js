// The dictionary parts, one file per element (plus `widget`, shared by all, and `site`, the
// teaching page). Each exports { ko: {...}, en: {...} }; ko.js and en.js merge them into one
// dictionary per language (keys are namespaced by element, e.g. 'plot.cursor').
import compare from './compare.js';
import dying_relu from './dying_relu.js';
import elu from './elu.js';
import embed_docs from './embed_docs.js';
import explorer from './explorer.js';
import gelu_approx from './gelu_approx.js';
import gradient_flow from './gradient_flow.js';
import linear_collapse from './linear_collapse.js';
import playground from './playground.js';
import plot from './plot.js';
import prelu from './prelu.js';
import site from './site.js';
import softmax from './softmax.js';
import summary from './summary.js';
import swish from './swish.js';
import widget from './widget.js';

export const parts = [
  widget,
  site,
  plot,
  compare,
  linear_collapse,
  gradient_flow,
  dying_relu,
  prelu,
  elu,
  gelu_approx,
  swish,
  softmax,
  summary,
  explorer,
  playground,
  embed_docs,
];
