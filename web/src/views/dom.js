// Minimal DOM helpers for the views.

/** h('label', {for: 'x', class: 'a'}, 'text', child) → element. `on*` keys add listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

/** A box that scrolls sideways (a wide formula) takes keyboard focus, so that a keyboard user
 *  can scroll it; a box that fits takes none (no useless tab stop). */
export function focusableIfScrolls(box) {
  if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

/** Replaces the text of an element only when it changed (keeps screen readers calm). When the
 *  element holds one text node already, that node's data is changed in place: Blink then
 *  re-shapes the text only, where replacing the node (textContent =) removes a layout object,
 *  inserts a new one and restyles it — on every frame of a drag, for every number shown. No
 *  text removes the node (an empty text node would keep `:empty` rules from matching). */
export function setText(el, text) {
  const only = el.firstChild;
  if (text && only && only === el.lastChild && only.nodeType === Node.TEXT_NODE) {
    if (only.data !== text) only.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

const LIVE_MS = 250;

/**
 * The text of a visually hidden aria-live region that follows a dragged control: written at
 * once, then at most every LIVE_MS while it keeps changing (the last value always lands), so
 * that a drag neither floods a screen reader nor re-lays out a sentence on every frame.
 */
export function setLiveText(el, text) {
  const s = (el.actlabLive ??= { at: -Infinity, timer: 0, text: '' });
  s.text = text;
  if (s.timer) return;
  const wait = s.at + LIVE_MS - performance.now();
  if (wait <= 0) {
    s.at = performance.now();
    setText(el, text);
    return;
  }
  s.timer = setTimeout(() => {
    s.timer = 0;
    s.at = performance.now();
    setText(el, s.text);
  }, wait);
}

/** Sets an attribute only when its value changed (no mutation, no style invalidation). */
export function setAttr(el, name, value) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets a property (e.g. an input's min/max/step) only when its value changed. */
export function setProp(el, name, value) {
  if (el[name] !== value) el[name] = value;
}

/** Sets an inline style property only when it differs from what this function last wrote
 *  there (remembered on the element: reading `el.style` back would serialise the value, and
 *  "translate(2.0px, 3px)" reads back as "translate(2px, 3px)"). */
export function setStyle(el, name, value) {
  const last = (el.actlabStyle ??= {});
  if (last[name] === value) return;
  last[name] = value;
  el.style[name] = value;
}

/**
 * Makes `parent`'s children look like `next` (nodes built with h(), not yet in the page) while
 * keeping the nodes already there wherever the shape matches: same tag → attributes and text
 * are updated in place, so a redraw that changes a few numbers re-lays out those numbers only,
 * not a new subtree (what replaceChildren would do 60 times a second while a slider moves).
 * Listeners are not carried over: use it for display-only markup.
 */
export function morphChildren(parent, next) {
  const nodes = next.flat().filter((c) => c != null && c !== false);
  const old = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const a = old[i];
    const b = typeof nodes[i] === 'string' ? document.createTextNode(nodes[i]) : nodes[i];
    if (!a) parent.append(b);
    else if (!morph(a, b)) parent.replaceChild(b, a);
  }
  while (old.length > nodes.length) parent.lastChild.remove();
}

/** Updates `a` in place to match `b`; false when it cannot (another kind of node). */
function morph(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType === Node.TEXT_NODE) {
    if (a.data !== b.data) a.data = b.data;
    return true;
  }
  if (a.nodeType !== Node.ELEMENT_NODE || a.localName !== b.localName || a.namespaceURI !== b.namespaceURI)
    return false;
  for (const { name, value } of b.attributes) if (a.getAttribute(name) !== value) a.setAttribute(name, value);
  for (const { name } of [...a.attributes]) if (!b.hasAttribute(name)) a.removeAttribute(name);
  delete a.actlabStyle; // its inline style is b's now, not what setStyle last wrote
  morphChildren(a, [...b.childNodes]);
  return true;
}
