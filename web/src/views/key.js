// A chart's key (legend): one entry per series, a swatch that shows its colour and dash, and a
// label. No DOM reads.
import { h, setText } from './dom.js';

/** The swatch class of series k, matching the chart's DASHES[k % 4]: solid, dashed, dotted,
 *  dash-dot (the element's CSS draws them). */
export const swatchFor = (k) => ['', 'dash', 'dot', 'dashdot'][k % 4];

/**
 * Makes `parent` show `items` ([{ swatch: 'dash' | 'dot guide' | …, colour?: css colour,
 * label }]). The entries are built when their swatches change (other series, another colour)
 * and otherwise only their labels' text is set: a slider step that changes a number in a label
 * builds no element.
 */
export function setKey(parent, items) {
  const shape = items.map((i) => `${i.swatch ?? ''}|${i.colour ?? ''}`).join('\n');
  if (parent.actlabKeyShape !== shape) {
    parent.actlabKeyShape = shape;
    parent.actlabKeyLabels = [];
    parent.replaceChildren(
      ...items.map((i) => {
        const swatch = h('span', { class: `swatch ${i.swatch ?? ''}`.trim() });
        if (i.colour) swatch.style.color = i.colour;
        const label = h('span');
        parent.actlabKeyLabels.push(label);
        return h('span', {}, swatch, label);
      }),
    );
  }
  items.forEach((i, k) => setText(parent.actlabKeyLabels[k], i.label));
}
