// English dictionary. Keys must match ko.js exactly; `{name}` placeholders are filled by t().
import { parts } from './parts/index.js';

const base = {
  'meta.title': 'ActLab — Activation function explorer',
  'meta.description': 'Compare the shapes and slopes of neural-network activation functions, computed in WebAssembly',

  'app.brand': 'ActLab',
  'app.title': 'Activation function explorer',
  'app.lead':
    'Pick activation functions and compare their values f(x) and slopes f′(x) on one chart. ' +
    'Every number is computed by a C++/WebAssembly core running inside this page.',

  'lang.switchTo': '한국어',
  'lang.switchLabel': '페이지를 한국어로 보기',

  'error.title': 'The computation core (WebAssembly) could not be loaded.',
  'error.hint': 'Reload the page, or open it in a current browser that supports WebAssembly.',
  'error.detail': 'Technical details',

  'footer.impl': 'Computed by WebAssembly ({impl})',
};

export default Object.assign(base, ...parts.map((p) => p.en));
