// <actlab-linear-collapse layers="3" activation="identity" seed="1">
// Post section 1, why a nonlinearity is needed. Shows
// - a stack of `layers` random affine layers built by the core (regression head: the output
//   layer is linear; `activation` between the layers, identity = none), each layer's exported
//   weights, and the single map W = Wₙ…W₁, b = Wₙ(…(W₂b₁ + b₂)…) + bₙ computed from them
//   (float64 plumbing);
// - the core's outputs at 196 points of [−3, 3]² against W·x + b: a scatter (on the dashed
//   diagonal when they agree) and the largest |difference| (float32 rounding, ~1e-7, with
//   identity; large as soon as a nonlinearity sits between the layers);
// - circle data: a classifier with only linear layers next to one with a tanh hidden layer,
//   trained with a button (adam, 150 epochs, in animation-frame chunks), their decision
//   regions (net.renderGrid) and test accuracies.
// Attributes: layers (2–6, default 3), activation (catalogue id, default identity),
// seed (integer, default 1; the stack, the data and both classifiers).
// Value (property `value`, `actlab-change` event):
//   { layers, activation, seed, W: number[][], b: number[], maxDifference,
//     accuracy: { linear, nonlinear } (test accuracy 0…1 from the core), epoch, training }
// Method: train() starts (or resumes) training; the Train button does the same.
import { formatNum } from '../model/format.js';
import { formatSci } from '../model/gradient-flow.js';
import { remember } from '../model/recent.js';
import { BOUNDARY, SIDE, analyseStack, boundaryConfig, stackConfig } from '../model/linear-collapse.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { enumAttr, intAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { seedField } from './controls.js';
import { createSurface } from './surface.js';
import css from './actlab-linear-collapse.css?inline';
import controlsCss from '../styles/lab-controls.css?inline';

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n) =>
  String(n)
    .split('')
    .map((d) => SUB[Number(d)])
    .join('');
const GRID = 64; // renderGrid resolution of the boundary views
// Drawing coordinates of the scatter and the boards (shown at ≤ 280 and ≤ 260 CSS px); their
// canvases hold CSS size × devicePixelRatio pixels (at most 2×), not a fixed 2×: every canvas on
// screen is copied on every frame by a GPU-less compositor, so pixels nobody sees cost frames.
const SCATTER = 560;
const BOARD = 480;
const SCATTER_CSS = 280;
const BOARD_CSS = 260;
const backing = (css) => Math.round(css * Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1)));
const EPOCHS_PER_CHUNK = 5;
const STACKS = 16; // stack analyses kept (#ensureStack)
const SCATTER_KEPT = 8; // scatter bitmaps the surface keeps (#drawScatter)
const TOLERANCE = 1e-4; // below this the stack is one affine map (float32 rounding)

export class ActLabLinearCollapse extends ActLabElement {
  static tag = 'actlab-linear-collapse';
  static css = [controlsCss, css];
  static attrs = ['layers', 'activation', 'seed'];

  state = { layers: 3, activation: 'identity', seed: 1 };

  get value() {
    const s = this.state;
    const a = this.#stack;
    return {
      layers: s.layers,
      activation: s.activation,
      seed: s.seed,
      W: a ? a.W.map((r) => [...r]) : null,
      b: a ? [...a.b] : null,
      maxDifference: a ? a.maxDifference : null,
      accuracy: { ...this.#accuracy },
      epoch: this.#nets?.nonlinear.epoch ?? 0,
      training: this.#running,
    };
  }

  #ids = [];
  #names = new Map();
  #ui = null;
  #stacks = new Map(); // key → analyseStack(…) of that stack (see #ensureStack)
  #stackKey = '';
  #stack = null;
  #data = null;
  #dataSeed = null;
  #nets = null;
  #accuracy = { linear: null, nonlinear: null };
  #running = false;
  #raf = 0;

  readAttributes() {
    if (!this.#ids.length) {
      this.#ids = this.lab.activations.map((a) => a.id);
      for (const a of this.lab.activations) this.#names.set(a.id, a.name);
    }
    const s = this.state;
    s.layers = reportAttr(this, 'layers', intAttr(this, 'layers', { min: 2, max: 6, def: 3 }), '2…6');
    s.activation = reportAttr(
      this,
      'activation',
      enumAttr(this, 'activation', this.#ids, 'identity'),
      this.#ids.join(', '),
    );
    const seedMax = this.lab.limits.seed.max;
    s.seed = reportAttr(this, 'seed', intAttr(this, 'seed', { min: 0, max: seedMax, def: 1 }), `0…${seedMax}`);
  }

  start() {
    const id = (n) => this.uid(n);
    const ui = {
      title: h('h3'),
      intro: h('p', { class: 'hint' }),
      layersLabel: h('label', { for: id('layers') }),
      layers: h('input', { type: 'range', id: id('layers'), min: 2, max: 6, step: 1, 'data-testid': 'layers' }),
      layersOut: h('output', { for: id('layers') }),
      actLabel: h('label', { for: id('act') }),
      act: h('select', { id: id('act'), 'data-testid': 'activation' }),
      ...seedField(this),
      chain: h('p', { class: 'chain', 'data-testid': 'chain' }),
      layersTitle: h('summary'),
      layerList: h('div', { class: 'matrices' }),
      layerDetails: null,
      collapsedTitle: h('h4'),
      collapsed: h('div', { class: 'matrices', 'data-testid': 'collapsed' }),
      scatter: h('canvas', {
        width: backing(SCATTER_CSS),
        height: backing(SCATTER_CSS),
        role: 'img',
        'data-testid': 'scatter',
      }),
      scatterCaption: h('p', { class: 'hint' }),
      difference: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'difference' }),
      boundaryTitle: h('h4'),
      boundaryIntro: h('p', { class: 'hint' }),
      boards: {},
      train: h('button', { type: 'button', 'data-testid': 'train' }),
      epoch: h('output', { class: 'num', 'data-testid': 'epoch' }),
      accuracy: h('p', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'accuracy' }),
      markers: h('p', { class: 'hint' }),
    };
    for (const kind of ['linear', 'nonlinear']) {
      ui.boards[kind] = {
        canvas: h('canvas', {
          width: backing(BOARD_CSS),
          height: backing(BOARD_CSS),
          role: 'img',
          'data-testid': `board-${kind}`,
        }),
        caption: h('span', { class: 'title' }),
        acc: h('span', { class: 'num', 'data-testid': `acc-${kind}` }),
      };
    }
    ui.layers.addEventListener('input', () => this.#set({ layers: Number(ui.layers.value) }));
    ui.act.addEventListener('change', () => this.#set({ activation: ui.act.value }));
    ui.seed.addEventListener('change', () => {
      const v = Number(ui.seed.value);
      if (Number.isInteger(v) && v >= 0 && v <= this.lab.limits.seed.max) this.#set({ seed: v });
      else ui.seed.value = String(this.state.seed);
    });
    ui.train.addEventListener('click', () => (this.#running ? this.pause() : this.train()));

    ui.layerDetails = h('details', { class: 'layers' }, ui.layersTitle, ui.layerList);
    const board = (kind) =>
      h(
        'figure',
        { class: 'board' },
        ui.boards[kind].canvas,
        h('figcaption', {}, ui.boards[kind].caption, ui.boards[kind].acc),
      );
    this.root.append(
      ui.title,
      ui.intro,
      h(
        'div',
        { class: 'controls' },
        h('div', { class: 'field' }, ui.layersLabel, ui.layers, ui.layersOut),
        h('div', { class: 'field' }, ui.actLabel, ui.act),
        h('div', { class: 'field' }, ui.seedLabel, ui.seed),
      ),
      ui.chain,
      ui.layerDetails,
      ui.collapsedTitle,
      ui.collapsed,
      h(
        'div',
        { class: 'compare' },
        h('figure', { class: 'scatter' }, ui.scatter),
        h('div', {}, ui.scatterCaption, ui.difference),
      ),
      ui.boundaryTitle,
      ui.boundaryIntro,
      h('div', { class: 'boards' }, board('linear'), board('nonlinear')),
      ui.markers,
      h('div', { class: 'row' }, ui.train, ui.epoch),
      ui.accuracy,
    );
    this.#ui = ui;
    // the per-layer matrices are written only while their <details> is open
    ui.layerDetails.addEventListener('toggle', () => ui.layerDetails.open && this.requestUpdate());
    // drawn by the page's surface worker (surface.js); redrawn here if that worker fails
    this.#surfaces = {
      scatter: createSurface(ui.scatter, {
        redraw: () => this.#stack && this.#drawScatter(this.#pointColour),
        layers: SCATTER_KEPT + 1, // the scatters and the ring they are drawn with
      }),
      linear: createSurface(ui.boards.linear.canvas, { redraw: () => this.#nets && this.#drawBoard('linear') }),
      nonlinear: createSurface(ui.boards.nonlinear.canvas, {
        redraw: () => this.#nets && this.#drawBoard('nonlinear'),
      }),
    };
    const surfaces = this.#surfaces;
    this.own({ free: () => Object.values(surfaces).forEach((sf) => sf.dispose()) });
    const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    if (scheme) {
      const changed = () => {
        this.#pointColour = '';
        this.requestUpdate();
      };
      scheme.addEventListener('change', changed);
      this.own({ free: () => scheme.removeEventListener('change', changed) });
    }
    this.translate();
  }

  #surfaces = null;
  #pointColour = '';

  stop() {
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    this.#running = false;
    this.#ui = null;
    this.#stacks.clear();
    this.#stackKey = '';
    this.#stack = null;
    this.#data = null;
    this.#dataSeed = null;
    this.#nets = null;
    this.#accuracy = { linear: null, nonlinear: null };
    this.#invalidateBoundary();
    this.#surfaces = null;
    this.#pointColour = '';
  }

  #set(patch) {
    Object.assign(this.state, patch);
    for (const k of Object.keys(patch)) this.notice(`attr:${k}`, null);
    this.reflect(patch);
    this.requestUpdate();
  }

  /** Starts or resumes training both classifiers (from scratch once they have finished). */
  train() {
    if (!this.#nets) return;
    if (this.#nets.nonlinear.epoch >= BOUNDARY.epochs && this.#nets.linear.epoch >= BOUNDARY.epochs) {
      this.#resetNets();
    }
    this.#running = true;
    this.#schedule();
    this.requestUpdate();
  }

  pause() {
    this.#running = false;
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    this.requestUpdate();
  }

  visibilityChanged(on) {
    if (on && this.#running) this.#schedule();
  }

  #schedule() {
    if (this.#raf || !this.#running || !this.onScreen) return;
    this.#raf = requestAnimationFrame(() => {
      this.#raf = 0;
      this.#step();
    });
  }

  #step() {
    if (!this.#running || !this.#nets) return;
    let done = true;
    for (const kind of ['linear', 'nonlinear']) {
      const net = this.#nets[kind];
      const left = BOUNDARY.epochs - net.epoch;
      if (left <= 0) continue;
      const log = net.train(Math.min(EPOCHS_PER_CHUNK, left), { budgetMs: 8 });
      const last = log[log.length - 1];
      if (last) this.#accuracy[kind] = last.testAccuracy;
      if (log.diverged) net.reset();
      if (net.epoch < BOUNDARY.epochs) done = false;
    }
    if (done) this.#running = false;
    this.requestUpdate();
    if (this.#running) this.#schedule();
  }

  #resetNets() {
    for (const kind of ['linear', 'nonlinear']) {
      this.#nets[kind].reset();
      this.#accuracy[kind] = this.#nets[kind].evaluate().testAccuracy;
    }
    this.#invalidateBoundary();
  }

  /** The stack's analysis for the current layers/activation/seed: computed by the core once per
   *  combination and kept (plain numbers; the network is freed at once), the last STACKS of them,
   *  so a slider dragged back and forth does not rebuild what it has shown. */
  #ensureStack() {
    const s = this.state;
    const key = `${s.layers}|${s.activation}|${s.seed}`;
    if (key === this.#stackKey) return;
    this.#stackKey = key;
    this.#stack = remember(this.#stacks, key, STACKS, () => {
      const net = this.own(this.lab.createNetwork(stackConfig(s)));
      try {
        return analyseStack(net);
      } finally {
        this.release(net);
      }
    });
  }

  /** The circle data and both classifiers (rebuilt when the seed changes). */
  #ensureBoundary() {
    const seed = this.state.seed;
    if (this.#dataSeed === seed) return;
    this.#running = false;
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    this.#dataSeed = seed;
    if (this.#nets) for (const net of Object.values(this.#nets)) this.release(net);
    this.release(this.#data);
    this.#data = this.own(this.lab.makeDataset({ ...BOUNDARY.data, seed }));
    this.#points = { x1: this.#data.x1, x2: this.#data.x2, label: this.#data.label };
    this.#nets = {};
    for (const kind of ['linear', 'nonlinear']) {
      const net = this.own(this.lab.createNetwork(boundaryConfig(kind, seed)));
      net.setData(this.#data);
      this.#nets[kind] = net;
      this.#accuracy[kind] = net.evaluate().testAccuracy;
    }
    this.#invalidateBoundary();
  }

  #points = null;

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.title, t('linear_collapse.title'));
    setText(ui.intro, t('linear_collapse.intro'));
    setText(ui.layersLabel, t('linear_collapse.layers'));
    setText(ui.actLabel, t('linear_collapse.activation'));
    setText(ui.seedLabel, t('linear_collapse.seed'));
    setText(ui.layersTitle, t('linear_collapse.layerWeights'));
    setText(ui.scatterCaption, t('linear_collapse.scatterCaption'));
    setText(ui.boundaryTitle, t('linear_collapse.boundaryTitle'));
    setText(ui.boundaryIntro, t('linear_collapse.boundaryIntro', { epochs: BOUNDARY.epochs }));
    setText(ui.markers, t('linear_collapse.markers'));
    const lin = BOUNDARY.linear;
    setText(ui.boards.linear.caption, t('linear_collapse.linearNet', { n: lin.layers, units: lin.units }));
    setText(
      ui.boards.nonlinear.caption,
      t('linear_collapse.nonlinearNet', { units: BOUNDARY.nonlinear.units, name: this.#names.get('tanh')[t.lang] }),
    );
    ui.act.replaceChildren(
      ...this.#ids.map((id) =>
        h('option', { value: id }, id === 'identity' ? t('linear_collapse.noActivation') : this.#names.get(id)[t.lang]),
      ),
    );
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    // the theme's point colour: read once (and again when the colour scheme changes), not per
    // update: reading a computed style in a frame that changed the slider forces a style pass
    this.#pointColour ||= getComputedStyle(this).getPropertyValue('--lc-point').trim() || '#0057b8';
    const pointColour = this.#pointColour;
    this.#ensureStack();
    this.#ensureBoundary();
    const a = this.#stack;

    if (this.root.activeElement !== ui.layers) setProp(ui.layers, 'value', String(s.layers));
    setText(ui.layersOut, String(s.layers));
    setProp(ui.act, 'value', s.activation);
    if (this.root.activeElement !== ui.seed) setProp(ui.seed, 'value', String(s.seed));

    // x → [W₁x + b₁] → f → … → y
    const f = s.activation === 'identity' ? null : this.#names.get(s.activation)[t.lang];
    const steps = ['x'];
    for (let i = 1; i <= s.layers; i++) {
      steps.push(`[W${sub(i)}, b${sub(i)}]`);
      if (i < s.layers && f) steps.push(f);
    }
    steps.push('y');
    setText(ui.chain, steps.join(' → '));

    const column = (b) => b.map((v) => [v]);
    if (ui.layerDetails.open)
      setMatrices(
        ui.layerList,
        a.layers.map((L, i) => [
          { name: `W${sub(i + 1)}`, rows: L.W, digits: 3 },
          { name: `b${sub(i + 1)}`, rows: column(L.b), digits: 3 },
        ]),
      );
    const chainW = a.layers.map((_, i) => `W${sub(a.layers.length - i)}`).join('');
    setText(ui.collapsedTitle, t('linear_collapse.collapsedTitle', { chain: chainW }));
    setMatrices(ui.collapsed, [
      [
        { name: 'W', rows: a.W, digits: 4 },
        { name: 'b', rows: column(a.b), digits: 4 },
      ],
    ]);

    const collapses = a.maxDifference < TOLERANCE;
    setAttr(
      this.#surfaces.scatter.canvas,
      'aria-label',
      t(collapses ? 'linear_collapse.scatterAriaOn' : 'linear_collapse.scatterAriaOff', { n: a.pairs.length }),
    );
    this.#drawScatter(pointColour);
    setText(
      ui.difference,
      `${t('linear_collapse.difference', { n: SIDE * SIDE, d: formatSci(a.maxDifference) })} ${
        collapses ? t('linear_collapse.collapses') : t('linear_collapse.noCollapse', { name: f ?? '' })
      }`,
    );

    this.#updateBoundary();
  }

  #boundaryKey = '';
  /** New classifiers: the next update draws the boards and writes their texts again. */
  #invalidateBoundary() {
    this.#boundaryKey = '';
  }

  /** The boundary view's boards and texts: drawn and written when the epoch, an accuracy, the
   *  training state or the language changed (or new classifiers came), not on every step of the
   *  layer slider, which changes none of them. */
  #updateBoundary() {
    const t = this.t;
    const ui = this.#ui;
    const epoch = this.#nets.nonlinear.epoch;
    const key = `${t.lang}|${epoch}|${this.#accuracy.linear}|${this.#accuracy.nonlinear}|${this.#running}`;
    if (key === this.#boundaryKey) return;
    this.#boundaryKey = key;
    const pct = (v) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
    for (const kind of ['linear', 'nonlinear']) {
      const b = ui.boards[kind];
      setText(b.acc, t('linear_collapse.testAccuracy', { acc: pct(this.#accuracy[kind]) }));
      setAttr(
        this.#surfaces[kind].canvas,
        'aria-label',
        t(kind === 'linear' ? 'linear_collapse.boardLinearAria' : 'linear_collapse.boardNonlinearAria', {
          acc: pct(this.#accuracy[kind]),
        }),
      );
    }
    for (const kind of ['linear', 'nonlinear']) this.#drawBoard(kind);
    const finished = epoch >= BOUNDARY.epochs;
    setText(
      ui.train,
      t(
        this.#running
          ? 'linear_collapse.pause'
          : finished
            ? 'linear_collapse.retrain'
            : epoch > 0
              ? 'linear_collapse.resume'
              : 'linear_collapse.train',
      ),
    );
    setText(ui.epoch, t('linear_collapse.epoch', { epoch, total: BOUNDARY.epochs }));
    setText(
      ui.accuracy,
      t('linear_collapse.accuracy', {
        linear: pct(this.#accuracy.linear),
        nonlinear: pct(this.#accuracy.nonlinear),
        epoch,
      }),
    );
    setAttr(this, 'data-epoch', String(epoch));
    setAttr(this, 'data-training', String(this.#running));
  }

  #drawScatter(pointColour) {
    this.#pointColour = pointColour;
    const side = backing(SCATTER_CSS);
    // the whole scatter is a surface layer per stack (SCATTER_KEPT kept): dragging the layer
    // count back over stacks it has shown posts one cached bitmap instead of a recording
    const key = `scatter|${this.#stackKey}|${pointColour}|${side}`;
    this.#surfaces.scatter.draw(side, side, (ctx) => {
      ctx.clearRect(0, 0, side, side); // a recording starts at the identity transform
      ctx.layer(key, side, side, 0, 0, (g) => this.#scatter(g, side, pointColour));
    });
  }

  #scatter(ctx, side, pointColour) {
    const pairs = this.#stack.pairs;
    let lo = Infinity;
    let hi = -Infinity;
    for (const [x, y] of pairs)
      for (const v of [x, y])
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
    if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
    const pad = (hi - lo) * 0.06;
    lo -= pad;
    hi += pad;
    const n = SCATTER;
    const m = 24;
    const px = (v) => m + ((v - lo) / (hi - lo)) * (n - 2 * m);
    const py = (v) => n - m - ((v - lo) / (hi - lo)) * (n - 2 * m);
    ctx.setTransform(side / n, 0, 0, side / n, 0, 0);
    ctx.clearRect(0, 0, n, n);
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.5)';
    ctx.lineWidth = 2;
    ctx.strokeRect(m, m, n - 2 * m, n - 2 * m);
    // y = x, dashed
    ctx.setLineDash([14, 8]);
    ctx.strokeStyle = 'rgba(127, 127, 127, 0.9)';
    ctx.beginPath();
    ctx.moveTo(px(lo), py(lo));
    ctx.lineTo(px(hi), py(hi));
    ctx.stroke();
    ctx.setLineDash([]);
    // every point the same ring: stroked once into a small cached bitmap (a surface layer),
    // then copied to whole device pixels — stroking 196 circles anew on each drag step cost the
    // surface worker ~3 ms a frame, CPU the page's main thread shares on a 2-core machine
    const k = side / n; // device px per drawing unit
    const sprite = Math.ceil(2 * (6 + 1.5) * k) + 2;
    const key = `ring|${pointColour}|${sprite}`;
    const ring = (g) => {
      g.strokeStyle = pointColour;
      g.lineWidth = 3 * k;
      g.beginPath();
      g.arc(sprite / 2, sprite / 2, 6 * k, 0, 2 * Math.PI);
      g.stroke();
    };
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const [x, y] of pairs) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      ctx.layer(key, sprite, sprite, Math.round(px(x) * k - sprite / 2), Math.round(py(y) * k - sprite / 2), ring);
    }
  }

  #drawBoard(kind) {
    const e = BOUNDARY.extent;
    const rgba = this.#nets[kind].renderGrid(-e, e, -e, e, GRID, GRID);
    const side = backing(BOARD_CSS);
    this.#surfaces[kind].draw(side, side, (ctx) => this.#board(ctx, side, rgba));
  }

  #board(ctx, side, rgba) {
    const e = BOUNDARY.extent;
    ctx.setTransform(side / BOARD, 0, 0, side / BOARD, 0, 0);
    ctx.clearRect(0, 0, BOARD, BOARD);
    ctx.image(rgba, GRID, GRID, 0, 0, BOARD, BOARD, true); // smoothed: the boundary's colours blend
    // the data: class 1 = filled circles, class 0 = crosses (told apart without colour)
    const { x1, x2, label } = this.#points;
    const toX = (v) => ((v + e) / (2 * e)) * BOARD;
    const toY = (v) => ((e - v) / (2 * e)) * BOARD;
    ctx.lineWidth = 2.5;
    for (let i = 0; i < x1.length; i++) {
      const x = toX(x1[i]);
      const y = toY(x2[i]);
      if (label[i] > 0.5) {
        ctx.beginPath();
        ctx.arc(x, y, 6, 0, 2 * Math.PI);
        ctx.fillStyle = '#ffffff';
        ctx.strokeStyle = '#1d1d1f';
        ctx.fill();
        ctx.stroke();
      } else {
        ctx.strokeStyle = '#1d1d1f';
        ctx.beginPath();
        ctx.moveTo(x - 5, y - 5);
        ctx.lineTo(x + 5, y + 5);
        ctx.moveTo(x + 5, y - 5);
        ctx.lineTo(x - 5, y + 5);
        ctx.stroke();
      }
    }
  }
}

/** A labelled matrix (name = […]): a grid of fixed-decimal numbers between brackets. */
function matrixFigure(name, rows, digits) {
  const grid = h(
    'span',
    { class: 'bracket' },
    ...rows.flatMap((r) => r.map((v) => h('span', { class: 'cell' }, formatNum(v, digits)))),
  );
  grid.style.gridTemplateColumns = `repeat(${rows[0]?.length ?? 1}, auto)`;
  return h('div', { class: 'matrix' }, h('span', { class: 'name' }, `${name} =`), grid);
}

/** Makes `parent` show rows of matrix figures (`pairs`: [[{ name, rows, digits }, …], …]):
 *  built when the names or shapes change, otherwise only the cells' numbers are set (a slider
 *  step builds no element); the cells are fixed-size boxes as wide as the widest number yet. */
function setMatrices(parent, pairs) {
  const shape = pairs.map((p) => p.map((m) => `${m.name}:${m.rows.length}×${m.rows[0]?.length ?? 0}`).join()).join(';');
  if (parent.actlabShape !== shape) {
    parent.actlabShape = shape;
    parent.replaceChildren(
      ...pairs.map((p) => h('div', { class: 'pair' }, ...p.map((m) => matrixFigure(m.name, m.rows, m.digits)))),
    );
    parent.actlabCells = [...parent.querySelectorAll('.cell')];
    parent.actlabCh = 0;
  }
  let k = 0;
  let ch = parent.actlabCh;
  for (const p of pairs)
    for (const m of p)
      for (const r of m.rows)
        for (const v of r) {
          const text = formatNum(v, m.digits);
          if (text.length > ch) ch = text.length;
          setText(parent.actlabCells[k++], text);
        }
  // the cells' width (CSS --cell-ch): grows to the widest number shown, never clips one
  if (ch !== parent.actlabCh) {
    parent.actlabCh = ch;
    parent.style.setProperty('--cell-ch', String(ch));
  }
}

define(ActLabLinearCollapse);
