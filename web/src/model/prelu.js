// The PReLU lab without DOM: the network whose slopes are learned, and one chunk of training
// that records every PReLU layer's α after each epoch (read from the core's diagnostics).
// Used by <actlab-prelu>.

/** Epochs per training run. */
export const PRELU_EPOCHS = 100;
/** Hidden PReLU layers (one learned α each). */
export const PRELU_LAYERS = 2;
/** The point where the Leaky ReLU readout is taken. */
export const PRELU_PROBE_X = -2;

export function preluDataset(seed) {
  return { kind: 'circle', points: 300, noise: 0.1, trainFraction: 0.5, seed };
}

/** x1, x2 → 8 PReLU → 8 PReLU → sigmoid head; one α per layer, starting at the core's 0.25. */
export function preluNetwork(seed) {
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: PRELU_LAYERS }, () => ({ units: 8, activation: 'prelu', prelu: 'layer' })),
    head: 'binary',
    init: 'he',
    optimizer: { type: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    seed,
  };
}

/** The first α of every PReLU layer in `diagnostics` (layers without α are skipped). */
export function layerAlphas(diagnostics) {
  return diagnostics.filter((l) => l.preluAlpha?.length).map((l) => l.preluAlpha[0]);
}

/** history: one array per layer; appends the current α values. */
export function recordAlphas(history, diagnostics) {
  layerAlphas(diagnostics).forEach((a, i) => (history[i] ??= []).push(a));
}

/**
 * Trains one epoch at a time until `epochs` epochs are done or `budgetMs` has passed (at least
 * one epoch per call), recording α after each. Returns { over, diverged }.
 */
export function trainAlphas(net, history, { epochs = PRELU_EPOCHS, budgetMs = 8, now = () => performance.now() } = {}) {
  const t0 = now();
  while (net.epoch < epochs) {
    const log = net.train(1, { budgetMs });
    if (log.diverged || !log.length) return { over: true, diverged: true };
    recordAlphas(history, net.diagnostics());
    if (now() - t0 >= budgetMs) break;
  }
  return { over: net.epoch >= epochs, diverged: false };
}
