// The base of every ActLab custom element (one element per file in this folder).
//
// What every element gets from here:
// - a shadow root with adopted (constructable) style sheets: no <style> element, no inline
//   style attribute, so it works under `style-src 'self'`; host-page CSS cannot reach in and
//   the element's CSS cannot leak out;
// - the page's one WASM instance (createActLab() caches it per page);
// - its language from the nearest `lang` attribute (crossing shadow roots; `ko` by default),
//   updated live when any `lang` attribute on the page changes;
// - a lazy start: nothing is computed before the element nears the viewport
//   (IntersectionObserver, 200 px ahead), and `this.onScreen` for pausing animations;
// - per-instance ids (`this.uid('x')`) for label/for and aria wiring inside the shadow root;
// - ownership of WASM objects: `this.own(obj)` frees buffers/deletes networks and datasets
//   when the element leaves the page; it starts again from its attributes when re-added;
// - a visible in-widget notice for a bad attribute (`this.notice(key, vars)`), never a blank box;
// - `actlab-change` events: detail = the element's public `value`, after every state change.
//
// Subclasses implement: static tag, static css (CSS text), static attrs (the reflected
// attributes), readAttributes() (attributes → this.state, bad values → notices), start() (build
// the DOM once the core is ready; use this.root), update() (redraw from this.state), a `value`
// getter (which must also work before start(): scripts and tools may read it any time), and
// may implement translate() (re-label after a language change) and stop() (runs
// after every owned object was freed, to drop references).
import { createActLab } from 'actlab';
import baseCss from '../styles/element.css?inline';
import { setAttr } from '../views/dom.js';
import { DEFAULT_LANG, LANGS, translator } from '../i18n/index.js';

const sheets = new Map();
/** One CSSStyleSheet per CSS text, shared by every instance. */
export function sheet(cssText) {
  let s = sheets.get(cssText);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(cssText);
    sheets.set(cssText, s);
  }
  return s;
}

// One observer of `lang` attributes for the whole page: elements re-read their language.
const connected = new Set();
let langObserver = null;
function watchLang() {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.langChanged();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

let visibility = null;
function watchVisibility(el) {
  if (typeof IntersectionObserver === 'undefined') return el.setOnScreen(true);
  visibility ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) e.target.setOnScreen(e.isIntersecting);
    },
    { rootMargin: '200px' },
  );
  visibility.observe(el);
}

let nextId = 1;

export class ActLabElement extends HTMLElement {
  static css = '';
  static attrs = [];
  static get observedAttributes() {
    return ['lang', 'theme', ...this.attrs];
  }

  #lang = null;
  #started = false;
  #starting = null;
  #owned = new Set();
  #notices = new Map();
  #noticeBox = null;
  #frame = 0;
  #reflecting = false;
  #instance = nextId++;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [sheet(baseCss), ...[].concat(this.constructor.css).filter(Boolean).map(sheet)];
    this.onScreen = false;
    this.lab = null;
    this.t = translator(DEFAULT_LANG);
  }

  /** A per-instance id for elements in the shadow root. */
  uid(name) {
    return `actlab-${this.#instance}-${name}`;
  }

  /** The nearest `lang` attribute, this element's own included, crossing shadow roots. */
  get language() {
    for (let n = this; n; n = n.parentElement ?? n.getRootNode?.().host) {
      const l = n.getAttribute?.('lang');
      if (l) {
        const base = l.toLowerCase().split('-')[0];
        return LANGS.includes(base) ? base : DEFAULT_LANG;
      }
    }
    return DEFAULT_LANG;
  }

  connectedCallback() {
    connected.add(this);
    watchLang();
    this.#lang = this.language;
    this.t = translator(this.#lang);
    if (!this.#started && !this.#starting) this.#placeholder();
    watchVisibility(this);
  }

  disconnectedCallback() {
    connected.delete(this);
    visibility?.unobserve(this);
    this.onScreen = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    delete this.dataset.ready;
    if (this.#started) {
      for (const o of this.#owned) (o.free ?? o.delete).call(o);
      this.#owned.clear();
      this.stop?.();
      this.#started = false;
      this.root.replaceChildren();
      this.#noticeBox = null;
    }
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value || this.#reflecting) return;
    if (name === 'lang') return this.langChanged();
    if (name === 'theme') return;
    if (this.#started) {
      this.readAttributes();
      this.requestUpdate();
    }
  }

  langChanged() {
    const l = this.language;
    if (l === this.#lang) return;
    this.#lang = l;
    this.t = translator(l);
    if (this.#started) {
      // HTMLElement#translate is a boolean property: only a subclass method counts.
      if (typeof this.translate === 'function') this.translate();
      this.#renderNotices();
      this.requestUpdate();
    } else if (!this.#failed) {
      this.#placeholder();
    } else {
      this.#showFailure();
    }
  }

  setOnScreen(on) {
    this.onScreen = on;
    if (on && !this.#started && !this.#starting) this.#start();
    this.visibilityChanged?.(on);
  }

  /** Registers a WASM object (buffer, network, dataset) to free when the element is removed. */
  own(obj) {
    this.#owned.add(obj);
    return obj;
  }
  /** Frees one owned object now. */
  release(obj) {
    if (obj && this.#owned.delete(obj)) (obj.free ?? obj.delete).call(obj);
    return null;
  }

  /** Redraw on the next animation frame (many input events → one redraw). */
  requestUpdate() {
    if (!this.#started || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#started) return;
      this.update();
      this.dispatchEvent(new CustomEvent('actlab-change', { detail: this.value, bubbles: true, composed: true }));
    });
  }

  /** Sets attributes from state without re-reading them (reflection). */
  reflect(attrs) {
    this.#reflecting = true;
    try {
      for (const [k, v] of Object.entries(attrs)) {
        // unchanged attributes are not written (no mutation, no attributeChangedCallback per frame)
        if (v == null || v === false) this.removeAttribute(k);
        else setAttr(this, k, v === true ? '' : String(v));
      }
    } finally {
      this.#reflecting = false;
    }
  }

  /** Shows (or with key null, clears) an in-widget notice in slot `slot`. */
  notice(slot, key, vars) {
    if (key) this.#notices.set(slot, [key, vars]);
    else if (!this.#notices.delete(slot)) return; // nothing to clear: no DOM touched (slider drags)
    this.#renderNotices();
  }

  #renderNotices() {
    if (!this.#noticeBox) return;
    const items = [...this.#notices.values()].map(([k, v]) => {
      const p = document.createElement('p');
      p.textContent = this.t(k, v);
      return p;
    });
    this.#noticeBox.replaceChildren(...items);
    this.#noticeBox.hidden = items.length === 0;
  }

  #failed = null;
  #showFailure() {
    const p = document.createElement('p');
    p.className = 'notice';
    p.setAttribute('role', 'alert');
    p.textContent = `${this.t('error.title')} ${this.#failed?.message ?? ''}`;
    this.root.replaceChildren(p);
  }

  #placeholder() {
    const p = document.createElement('p');
    p.className = 'placeholder';
    p.textContent = this.t('widget.loading');
    this.root.replaceChildren(p);
  }

  async #start() {
    this.#starting = (async () => {
      try {
        this.lab = await createActLab();
      } catch (err) {
        this.#failed = err;
        this.#showFailure();
        return;
      }
      if (!this.isConnected) return;
      this.#noticeBox = document.createElement('div');
      this.#noticeBox.className = 'notice';
      this.#noticeBox.setAttribute('role', 'alert');
      this.#noticeBox.dataset.testid = 'notice';
      this.#noticeBox.hidden = true;
      this.root.replaceChildren(this.#noticeBox);
      this.#started = true;
      this.readAttributes();
      this.start();
      this.#renderNotices();
      this.update();
      this.dataset.ready = 'true';
      this.dispatchEvent(new CustomEvent('actlab-ready', { bubbles: true, composed: true }));
    })();
    try {
      await this.#starting;
    } finally {
      this.#starting = null;
    }
  }

  /** Reads every reflected attribute into this.state (subclasses); bad values → notice. */
  readAttributes() {}
}

/** Defines an element once; a second definition (two script tags) is harmless. */
export function define(Element) {
  const existing = customElements.get(Element.tag);
  if (existing) {
    if (existing !== Element) console.warn(`ActLab: <${Element.tag}> is already defined; keeping the first definition`);
    return;
  }
  customElements.define(Element.tag, Element);
}
