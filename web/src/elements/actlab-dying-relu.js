// <actlab-dying-relu lr="0.3" bias="0" seed="1" compare="leaky_relu,prelu,elu">
// Dying ReLU, watched while it happens: a small network (x1, x2 → 8 → 8 ReLU units → sigmoid
// head, He init, SGD) learns a two-armed spiral for 60 epochs with the chosen learning rate and
// an offset added to every hidden bias at initialisation. Two charts follow the run epoch by
// epoch: the fraction of dead hidden units (f′(z) = 0 on every training point, averaged over
// the hidden layers; the core's diagnostics) and the training loss. "Compare with the same
// seed" re-runs the same data and initial weights with Leaky ReLU, PReLU and ELU and overlays
// their curves (one dash pattern and one label per activation).
// Attributes: lr (0.001…10, default 0.3), bias (−10…10, default 0), seed (integer, default 1),
// compare (comma list from leaky_relu, prelu, elu; trained after the ReLU run; default none).
// Training starts with a button; it pauses off screen.
// Value (property `value`, `actlab-change` event):
//   { lr, bias, seed, runs: [{ activation, dead: number[], loss: number[], diverged }] }
//   with one entry per epoch done so far in dead and loss; ReLU first, then `compare`'s order.
import {
  COMPARE_IDS,
  DYING_EPOCHS,
  LEARNING_RATES,
  dyingDataset,
  dyingNetwork,
  epochAxis,
  newRun,
  padSeries,
  runOver,
  trainChunk,
} from '../model/dying-relu.js';
import { formatNum, formatShort } from '../model/format.js';
import { normalizeCatalogue } from '../model/catalogue.js';
import { colourFor } from '../views/palette.js';
import { h, setAttr, setProp, setText } from '../views/dom.js';
import { setKey, swatchFor } from '../views/key.js';
import { idListAttr, intAttr, numberAttr, reportAttr } from './attrs.js';
import { ActLabElement, define } from './base.js';
import { seedField } from './controls.js';
import { DASHES, createChart, chartCss } from './chart.js';
import css from './actlab-dying-relu.css?inline';

export class ActLabDyingRelu extends ActLabElement {
  static tag = 'actlab-dying-relu';
  static css = [chartCss, css];
  static attrs = ['lr', 'bias', 'seed', 'compare'];

  state = { lr: 0.3, bias: 0, seed: 1, compare: [] };

  get value() {
    const s = this.state;
    return {
      lr: s.lr,
      bias: s.bias,
      seed: s.seed,
      runs: this.#orderedRuns().map((r) => ({
        activation: r.activation,
        dead: [...r.dead],
        loss: [...r.loss],
        diverged: r.diverged,
      })),
    };
  }

  #catalogue = null;
  #ui = null;
  #dead = null;
  #loss = null;
  /** activation → run record (finished or in progress) for the current lr/bias/seed. */
  #runs = new Map();
  /** The run being trained: { run, net }. */
  #job = null;
  #data = null;
  #dataSeed = null;
  #active = false;
  #played = false;
  #raf = 0;
  #key = '';

  #plan() {
    return ['relu', ...this.state.compare];
  }
  #orderedRuns() {
    return this.#plan()
      .map((id) => this.#runs.get(id))
      .filter(Boolean);
  }
  #name(id) {
    return this.#catalogue.find((a) => a.id === id)?.name[this.t.lang] ?? id;
  }

  readAttributes() {
    this.#catalogue ??= normalizeCatalogue(this.lab.activations);
    const s = this.state;
    s.lr = reportAttr(this, 'lr', numberAttr(this, 'lr', { min: 0.001, max: 10, def: 0.3 }), '0.001…10');
    s.bias = reportAttr(this, 'bias', numberAttr(this, 'bias', { min: -10, max: 10, def: 0 }), '−10…10');
    s.seed = reportAttr(
      this,
      'seed',
      intAttr(this, 'seed', { min: 0, max: this.lab.limits.seed.max, def: 1 }),
      `0…${this.lab.limits.seed.max}`,
    );
    s.compare = reportAttr(this, 'compare', idListAttr(this, 'compare', COMPARE_IDS, []), COMPARE_IDS.join(', '));
    this.#settingsChanged();
  }

  #chartData = null; // { runs, grown, dead, loss }: the arrays the charts show (update)

  /** After any change of state: drop runs that no longer match, keep training if it was on. */
  #settingsChanged() {
    const s = this.state;
    const key = `${s.lr}|${s.bias}|${s.seed}`;
    const plan = this.#plan();
    if (key !== this.#key) {
      // new learning rate, bias or seed: every curve is stale; retrain only if the reader had
      // started training and motion is allowed (otherwise the button starts it)
      this.#key = key;
      this.#clearRuns();
      this.#active = this.#played && !this.#reducedMotion();
    } else {
      for (const id of [...this.#runs.keys()]) if (!plan.includes(id)) this.#runs.delete(id);
      if (this.#job && !plan.includes(this.#job.run.activation)) {
        this.release(this.#job.net);
        this.#job = null;
      }
      // a longer `compare` list after a run: train the new activations too
      if (this.#played && this.#runs.size && plan.some((id) => !this.#runs.has(id))) this.#active = true;
    }
    this.#schedule();
  }

  #clearRuns() {
    if (this.#job) this.release(this.#job.net);
    this.#job = null;
    this.#runs.clear();
    this.#active = false;
  }

  #reducedMotion() {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  start() {
    const ui = {
      intro: h('p', { class: 'hint' }),
      lrLabel: h('label', { for: this.uid('lr') }),
      lr: h('select', { id: this.uid('lr'), 'data-testid': 'lr' }),
      biasLabel: h('label', { for: this.uid('bias') }),
      bias: h('input', {
        type: 'range',
        id: this.uid('bias'),
        min: '-10',
        max: '10',
        step: '0.5',
        'data-testid': 'bias',
      }),
      biasOut: h('output', { for: this.uid('bias') }),
      ...seedField(this),
      train: h('button', { type: 'button', 'data-testid': 'train' }),
      compare: h('button', { type: 'button', 'data-testid': 'compare' }),
      key: h('p', { class: 'key', 'aria-hidden': 'true' }),
      deadTitle: h('p', { class: 'chart-title', 'aria-hidden': 'true' }),
      deadFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'dead-chart' }),
      lossTitle: h('p', { class: 'chart-title', 'aria-hidden': 'true' }),
      lossFigure: h('div', { class: 'chart', role: 'img', 'data-testid': 'loss-chart' }),
      progress: h('p', { class: 'hint', 'data-testid': 'progress' }),
      readout: h('div', { class: 'readout', 'aria-live': 'polite', 'data-testid': 'readout' }),
    };
    ui.lr.addEventListener('change', () => this.#set({ lr: Number(ui.lr.value) }));
    ui.bias.addEventListener('input', () => this.#set({ bias: Number(ui.bias.value) }));
    ui.seed.addEventListener('change', () => {
      const v = Number(ui.seed.value);
      if (Number.isInteger(v) && v >= 0 && v <= this.lab.limits.seed.max) this.#set({ seed: v });
      else ui.seed.value = String(this.state.seed);
    });
    ui.train.addEventListener('click', () => this.#train());
    ui.compare.addEventListener('click', () => this.#compare());
    this.root.append(
      ui.intro,
      h('div', { class: 'field' }, ui.lrLabel, ui.lr, h('span')),
      h('div', { class: 'field' }, ui.biasLabel, ui.bias, ui.biasOut),
      h('div', { class: 'field' }, ui.seedLabel, ui.seed, h('span')),
      h('div', { class: 'row buttons' }, ui.train, ui.compare),
      ui.key,
      h(
        'div',
        { class: 'charts' },
        h('div', {}, ui.deadTitle, ui.deadFigure),
        h('div', {}, ui.lossTitle, ui.lossFigure),
      ),
      ui.progress,
      ui.readout,
    );
    this.#ui = ui;
    const xRange = () => [1, DYING_EPOCHS];
    this.#dead = createChart(ui.deadFigure, {
      xRange,
      yRange: () => [0, 1],
      aspect: 0.65,
    });
    this.#loss = createChart(ui.lossFigure, {
      xRange,
      yRange: (lo, hi) => [0, Number.isFinite(hi) && hi > 0 ? hi * 1.08 : 1],
      aspect: 0.65,
    });
    this.own({ free: () => this.#dead?.dispose() });
    this.own({ free: () => this.#loss?.dispose() });
    this.translate();
  }

  stop() {
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    this.#chartData = null;
    this.#job = null;
    this.#data = null;
    this.#dataSeed = null;
    this.#runs.clear();
    this.#active = false;
    this.#played = false;
    this.#key = '';
    this.#dead = null;
    this.#loss = null;
    this.#ui = null;
  }

  visibilityChanged(on) {
    if (on) this.#schedule();
  }

  #set(patch) {
    Object.assign(this.state, patch);
    const s = this.state;
    this.reflect({ lr: s.lr, bias: s.bias, seed: s.seed });
    for (const name of Object.keys(patch)) this.notice(`attr:${name}`, null);
    this.#settingsChanged();
    this.requestUpdate();
  }

  #train() {
    this.#clearRuns();
    this.#played = true;
    this.#active = true;
    this.#schedule();
    this.requestUpdate();
  }

  #compare() {
    this.state.compare = [...COMPARE_IDS];
    this.reflect({ compare: COMPARE_IDS.join(',') });
    this.notice('attr:compare', null);
    this.#played = true;
    this.#active = true;
    this.#settingsChanged();
    this.requestUpdate();
  }

  #schedule() {
    if (!this.#active || this.#raf || !this.#ui || !this.onScreen) return;
    this.#raf = requestAnimationFrame(() => this.#tick());
  }

  /** One animation frame of training: at most ~8 ms of epochs, then a redraw. */
  #tick() {
    this.#raf = 0;
    if (!this.#ui || !this.#active || !this.onScreen) return;
    try {
      if (!this.#job) {
        const next = this.#plan().find((id) => !this.#runs.has(id));
        if (!next) {
          this.#active = false;
          this.requestUpdate();
          return;
        }
        this.#job = { run: newRun(next), net: this.#network(next) };
        this.#runs.set(next, this.#job.run);
      }
      if (trainChunk(this.#job.net, this.#job.run, { budgetMs: 8 })) {
        this.release(this.#job.net);
        this.#job = null;
      }
    } catch (err) {
      // A refused configuration must not leave the lab spinning: stop and say so.
      this.#active = false;
      if (this.#job) this.release(this.#job.net);
      this.#job = null;
      this.notice('train', 'dying.error', { message: String(err?.message ?? err).slice(0, 120) });
    }
    this.requestUpdate();
    this.#schedule();
  }

  #network(activation) {
    const s = this.state;
    if (this.#dataSeed !== s.seed) {
      this.release(this.#data);
      this.#data = this.own(this.lab.makeDataset(dyingDataset(s.seed)));
      this.#dataSeed = s.seed;
    }
    const net = this.own(this.lab.createNetwork(dyingNetwork(activation, s)));
    net.setData(this.#data);
    this.notice('train', null);
    return net;
  }

  translate() {
    const t = this.t;
    const ui = this.#ui;
    setText(ui.intro, t('dying.intro'));
    setText(ui.lrLabel, t('dying.lr'));
    setText(ui.biasLabel, t('dying.bias'));
    setText(ui.seedLabel, t('dying.seed'));
    setText(ui.compare, t('dying.compare'));
    setText(ui.deadTitle, t('dying.deadTitle'));
    setText(ui.lossTitle, t('dying.lossTitle'));
  }

  #renderLr() {
    const ui = this.#ui;
    const lr = this.state.lr;
    const rates = [...new Set([...LEARNING_RATES, lr])].sort((a, b) => a - b);
    const key = rates.join();
    if (ui.lr.dataset.rates !== key) {
      ui.lr.dataset.rates = key;
      ui.lr.replaceChildren(...rates.map((r) => h('option', { value: String(r) }, formatShort(r, 4))));
    }
    setProp(ui.lr, 'value', String(lr));
  }

  update() {
    const s = this.state;
    const t = this.t;
    const ui = this.#ui;
    this.#renderLr();
    if (this.root.activeElement !== ui.bias) setProp(ui.bias, 'value', String(s.bias));
    setText(ui.biasOut, formatShort(s.bias, 2));
    if (this.root.activeElement !== ui.seed) setProp(ui.seed, 'value', String(s.seed));
    const runs = this.#orderedRuns();
    setText(ui.train, t(runs.length ? 'dying.retrain' : 'dying.train', { epochs: DYING_EPOCHS }));

    const series = runs.map((r, i) => ({
      label: r.activation,
      stroke: colourFor(this.#catalogue, r.activation),
      dash: DASHES[i % DASHES.length],
      width: 2.25,
    }));
    // the charts' arrays are made again only when the runs changed (a run added, an epoch
    // trained): a bias drag without training redraws neither chart (set() sees the same arrays)
    const grown = runs.map((r) => `${r.activation}:${r.dead.length}:${r.loss.length}`).join();
    const was = this.#chartData;
    // (grown lists every run: the same string means the same number of runs)
    if (!was || was.grown !== grown || runs.some((r, i) => r !== was.runs[i])) {
      const xs = epochAxis();
      this.#chartData = {
        runs,
        grown,
        dead: [xs, ...runs.map((r) => padSeries(r.dead))],
        loss: [xs, ...runs.map((r) => padSeries(r.loss))],
      };
    }
    this.#dead.set(series, this.#chartData.dead);
    this.#loss.set(series, this.#chartData.loss);

    setKey(
      ui.key,
      runs.map((r, i) => ({
        swatch: swatchFor(i),
        colour: colourFor(this.#catalogue, r.activation),
        label: this.#name(r.activation),
      })),
    );

    const names = runs.map((r) => this.#name(r.activation)).join(', ') || t('dying.none');
    const finals = runs
      .filter((r) => runOver(r))
      .map((r) => {
        const vars = {
          name: this.#name(r.activation),
          dead: formatShort(100 * (r.dead.at(-1) ?? 0), 1),
          loss: formatNum(r.loss.at(-1) ?? NaN, 3),
          epoch: r.loss.length + 1,
        };
        if (!r.diverged) return t('dying.final', vars);
        return t(r.loss.length ? 'dying.finalDiverged' : 'dying.divergedAtOnce', vars);
      });
    setAttr(ui.deadFigure, 'aria-label', t('dying.ariaDead', { names, epochs: DYING_EPOCHS }));
    setAttr(ui.lossFigure, 'aria-label', t('dying.ariaLoss', { names, epochs: DYING_EPOCHS }));
    // one line per finished run; rebuilt only when the text changes (calm screen readers)
    if (ui.readout.dataset.text !== finals.join('\n')) {
      ui.readout.dataset.text = finals.join('\n');
      ui.readout.replaceChildren(...finals.map((f) => h('p', {}, f)));
    }

    const job = this.#job;
    let progress;
    if (job && this.#active) {
      progress = t('dying.progress', {
        name: this.#name(job.run.activation),
        epoch: job.run.loss.length,
        epochs: DYING_EPOCHS,
        dead: formatShort(100 * (job.run.dead.at(-1) ?? 0), 1),
      });
      if (!this.onScreen) progress += ` ${t('dying.paused')}`;
    } else if (!runs.length) progress = t('dying.idle', { lr: formatShort(s.lr, 4), bias: formatShort(s.bias, 2) });
    else progress = t('dying.done', { lr: formatShort(s.lr, 4), bias: formatShort(s.bias, 2), seed: s.seed });
    setText(ui.progress, progress);
  }
}

define(ActLabDyingRelu);
