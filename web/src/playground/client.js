// The playground's client: starts the training worker (worker.js) and wraps its messages, or,
// when no module worker can start (an old browser, a CSP without worker-src), runs the same
// engine on the main thread with the page's shared WASM instance.
//
//   const c = createClient(lab, { onFrame, onError, onReady, onResult });
//   c.init(engineConfig); c.play(); c.pause(); c.step(n); c.reset(); c.regenerate(seed);
//   c.setLearningRate(v); c.setRegularization(type, rate); c.setView({discretize, epochsPerFrame}); c.getWeights(json) → Promise;
//   c.setWeight({layer, param, index, value}); c.setFocus(node | null);
//   c.loadCsv(text), c.importNet(engineConfig, json) → onResult({type: 'csv'|'imported', ok, …});
//   c.drawn(); c.dispose();
//   c.mode → 'worker' | 'main'
import { createEngine } from './engine.js';

const START_TIMEOUT_MS = 15000;

export function createClient(lab, { onFrame, onError, onReady, onResult } = {}) {
  let worker = null;
  let engine = null;
  let mode = 'worker';
  let disposed = false;
  let started = false;
  const pending = [];
  const waiters = [];

  function receive(m) {
    if (disposed) return;
    if (m.type === 'frame') onFrame?.(m);
    else if (m.type === 'ready') onReady?.(m);
    else if (m.type === 'error') onError?.(m.message);
    else if (m.type === 'weights') waiters.shift()?.(m);
    else if (m.type === 'csv' || m.type === 'imported') onResult?.(m);
  }

  function fallback() {
    if (disposed || engine) return;
    worker?.terminate();
    worker = null;
    mode = 'main';
    engine = createEngine(lab, (m) => queueMicrotask(() => receive(m)));
    for (const m of pending.splice(0)) engine.handle(m);
  }

  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const timer = setTimeout(fallback, START_TIMEOUT_MS);
    worker.onmessage = (e) => {
      if (e.data?.type === 'started') {
        clearTimeout(timer);
        started = true;
        pending.length = 0;
      } else if (e.data?.type === 'failed') {
        clearTimeout(timer);
        fallback();
      } else receive(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      clearTimeout(timer);
      fallback();
    };
  } catch {
    fallback();
  }

  function send(m) {
    if (disposed) return;
    if (engine) engine.handle(m);
    else if (worker) {
      worker.postMessage(m);
      if (!started) pending.push(m); // replayed on the main thread if the worker fails to start
    }
  }

  return {
    get mode() {
      return mode;
    },
    init: (config) => {
      pending.length = 0;
      send({ type: 'init', config });
    },
    play: () => send({ type: 'play' }),
    pause: () => send({ type: 'pause' }),
    step: (n = 1) => send({ type: 'step', n }),
    reset: () => send({ type: 'reset' }),
    regenerate: (seed) => send({ type: 'regenerate', seed }),
    setLearningRate: (value) => send({ type: 'setLearningRate', value }),
    setRegularization: (regularization, rate) => send({ type: 'setRegularization', regularization, rate }),
    setView: (v) => send({ type: 'setView', ...v }),
    setWeight: (w) => send({ type: 'setWeight', ...w }),
    setFocus: (node) => send({ type: 'setFocus', node }),
    loadCsv: (text) => send({ type: 'loadCsv', text }),
    importNet: (config, json) => send({ type: 'importNet', config, json }),
    getWeights: (json = false) =>
      new Promise((resolve) => {
        waiters.push(resolve);
        send({ type: 'getWeights', json });
      }),
    drawn: () => send({ type: 'drawn' }),
    dispose() {
      if (disposed) return;
      send({ type: 'dispose' });
      disposed = true;
      worker?.terminate();
      worker = null;
      engine = null;
      for (const w of waiters.splice(0)) w(null);
    },
  };
}
