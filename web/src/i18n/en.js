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
  'app.loading': 'Loading the WebAssembly core…',

  'lang.switchTo': '한국어',
  'lang.switchLabel': '페이지를 한국어로 보기',

  'error.title': 'The computation core (WebAssembly) could not be loaded.',
  'error.hint': 'Reload the page, or open it in a current browser that supports WebAssembly.',
  'error.detail': 'Technical details',

  'picker.legend': 'Choose functions',
  'picker.hint': 'Pick as many as you like. Solid lines are f(x), dashed lines are f′(x).',
  'picker.none': 'Pick at least one function.',

  'chart.heading': 'Chart',
  'chart.aria': 'f(x) (solid) and f′(x) (dashed) of {names}, for x from {xmin} to {xmax}',
  'chart.ariaEmpty': 'Empty chart: no function selected',
  'chart.keyF': 'f(x)',
  'chart.keyDf': 'f′(x)',
  'chart.keyBand': '|f′(x)| < 0.1 (saturation)',
  'chart.focus': 'Shade saturation of',
  'chart.bandsNone': '{name} has no region with |f′(x)| < 0.1 in this range.',
  'chart.bandsSome': 'Saturation of {name}: {ranges}',
  'chart.xmin': 'x min',
  'chart.xmax': 'x max',
  'chart.rangeInvalid': 'x min must be at least 0.1 below x max, within −100…100.',
  'chart.rangeReset': 'Reset x range',

  'cursor.heading': 'Values at the cursor',
  'cursor.x': 'Cursor x',
  'cursor.slider': 'Move cursor x',
  'cursor.hint': 'Use ← → on the slider, or click or drag on the chart to move the cursor.',
  'readout.fn': 'Function',
  'readout.f': 'f(x)',
  'readout.df': 'f′(x)',
  'readout.empty': 'No function selected.',
  'summary.at': 'At x = {x}: {items}.',
  'summary.item': '{name}: f = {f}, f′ = {df}',
  'summary.sep': '; ',
  'summary.none': 'No function selected.',

  'params.heading': 'Parameters',
  'params.none': 'None of the selected functions has a tunable parameter.',
  'params.reset': 'Default',
  'params.resetLabel': 'Reset {param} of {name} to its default {value}',

  'formulas.heading': 'Formulas',
  'formulas.none': 'Pick a function to see its f(x) and f′(x) here.',

  'softmax.heading': 'Softmax',
  'softmax.intro':
    'Softmax turns a vector of logits z into probabilities that sum to 1. The logits are ' +
    'divided by a temperature T first: a small T piles the probability onto the largest logit, ' +
    'a large T spreads it evenly.',
  'softmax.logits': 'Logits z (comma-separated)',
  'softmax.logitsInvalid': 'Enter 1 to 16 comma-separated numbers between −1000 and 1000.',
  'softmax.temperature': 'Temperature T',
  'softmax.class': 'z{i} = {z}',
  'softmax.sum': 'Sum of probabilities: {sum}',
  'softmax.summary': 'Probabilities at temperature {t}: {probs}',

  'table.heading': 'Comparison',
  'table.caption': 'Properties at default parameters. Selected functions are highlighted.',
  'table.name': 'Function',
  'table.range': 'Range',
  'table.monotonic': 'Monotonic',
  'table.smooth': 'Smooth',
  'table.zeroCentred': 'Zero-centred',
  'table.bounded': 'Bounded',
  'table.note': 'Note',
  'table.yes': 'yes',
  'table.no': 'no',
  'table.boundedBoth': 'both sides',
  'table.boundedBelow': 'below only',
  'table.boundedAbove': 'above only',
  'table.boundedNone': 'no',
  'table.selected': '(selected)',

  'footer.impl': 'Computed by WebAssembly ({impl})',
};

export default Object.assign(base, ...parts.map((p) => p.en));
