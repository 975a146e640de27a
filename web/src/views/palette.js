// One colour per catalogue entry (by index), so a function keeps its colour when the
// selection changes. Mostly Okabe–Ito (colour-blind safe); neighbours in the catalogue
// (gelu/gelu_tanh, silu/swish/mish) get clearly different hues.
const COLOURS = [
  '#4D4D4D',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7A5195',
  '#8C564B',
  '#1B7837',
  '#B2182B',
  '#0072B2',
  '#17A2B8',
  '#BF812D',
  '#E7298A',
];

export function colourFor(catalogue, id) {
  const i = catalogue.findIndex((a) => a.id === id);
  return COLOURS[(i < 0 ? 0 : i) % COLOURS.length];
}
