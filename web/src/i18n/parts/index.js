// The elements' dictionary parts, one file per element (plus `widget`, shared by all). Page-only
// parts (`site`: the teaching page and every page's nav; `embed_docs`: the embed guide) are not
// listed here: the page entries add them with addParts() (i18n/index.js), so the blog embed,
// which imports only the elements, does not ship them.
// Each exports { ko: {...}, en: {...} }; ko.js and en.js merge them into one dictionary per language (keys are namespaced by element, e.g. 'plot.cursor').
import compare from './compare.js';
import dying_relu from './dying_relu.js';
import elu from './elu.js';
import explorer from './explorer.js';
import gelu_approx from './gelu_approx.js';
import gradient_flow from './gradient_flow.js';
import linear_collapse from './linear_collapse.js';
import playground from './playground.js';
import plot from './plot.js';
import prelu from './prelu.js';
import softmax from './softmax.js';
import summary from './summary.js';
import swish from './swish.js';
import widget from './widget.js';

export const parts = [
  widget,
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
];
