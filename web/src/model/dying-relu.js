// The dying-ReLU lab without DOM: the network and data it trains, and one chunk of training
// that records, epoch by epoch, the dead-unit fraction (from the core's diagnostics) and the
// training loss (from the core's train log). Used by <actlab-dying-relu>.

/** Epochs per run. */
export const DYING_EPOCHS = 60;
/** Hidden layers of the lab's network (each 8 units). */
export const DYING_HIDDEN = 2;
/** The activations that may be overlaid after the ReLU run (the `compare` attribute). */
export const COMPARE_IDS = ['leaky_relu', 'prelu', 'elu'];
/** Learning rates offered by the selector (an attribute value outside this list is added). */
export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** The two-armed spiral every run of one seed shares. */
export function dyingDataset(seed) {
  return { kind: 'spiral', points: 200, noise: 0.1, trainFraction: 0.5, seed };
}

/** x1, x2 → 8 → 8 → sigmoid head, He init, plain SGD; every hidden bias shifted by `bias`. */
export function dyingNetwork(activation, { lr, bias, seed }) {
  const layer = () => ({ units: 8, activation, ...(activation === 'prelu' ? { prelu: 'layer' } : {}) });
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: DYING_HIDDEN }, layer),
    head: 'binary',
    init: 'he',
    biasOffset: bias,
    optimizer: { type: 'sgd', learningRate: lr },
    batchSize: 10,
    seed,
  };
}

/** Mean of the hidden layers' dead-unit fractions (units with f′(z) = 0 on every point). */
export function meanDead(diagnostics, hidden = DYING_HIDDEN) {
  const layers = diagnostics.slice(0, hidden);
  return layers.reduce((sum, l) => sum + l.deadFraction, 0) / Math.max(1, layers.length);
}

/** A new, empty run record. */
export function newRun(activation) {
  return { activation, dead: [], loss: [], diverged: false };
}

/** True when the run has all its epochs or stopped on divergence. */
export function runOver(run, epochs = DYING_EPOCHS) {
  return run.diverged || run.loss.length >= epochs;
}

/**
 * Trains `net` one epoch at a time into `run` until the run is over or `budgetMs` has passed
 * (at least one epoch per call). Returns runOver(run).
 */
export function trainChunk(net, run, { epochs = DYING_EPOCHS, budgetMs = 8, now = () => performance.now() } = {}) {
  const t0 = now();
  while (!runOver(run, epochs)) {
    const log = net.train(1, { budgetMs });
    const last = log[log.length - 1];
    if (log.diverged || !last) {
      run.diverged = true;
      break;
    }
    run.loss.push(last.trainLoss);
    run.dead.push(meanDead(net.diagnostics()));
    if (now() - t0 >= budgetMs) break;
  }
  return runOver(run, epochs);
}

/** [1, 2, …, epochs] for the x axis, and a run's series padded with null to that length. */
export function epochAxis(epochs = DYING_EPOCHS) {
  return Array.from({ length: epochs }, (_, i) => i + 1);
}
export function padSeries(values, epochs = DYING_EPOCHS) {
  return Array.from({ length: epochs }, (_, i) => (i < values.length ? values[i] : null));
}
