// The ELU lab without DOM: zero-mean data, two networks of one shape (ReLU and ELU) and their
// mean activation per hidden layer, read from the core at initialisation (Network.layerMeans).
// Used by <actlab-elu>.

/** Units per hidden layer. */
export const ELU_UNITS = 16;
/** x range of the ELU plot. */
export const ELU_XMIN = -6;
export const ELU_XMAX = 4;

/** Standardises a column (mean 0, standard deviation 1): data preparation, not an activation. */
export function standardise(values) {
  const n = values.length;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n || 1;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  const sd = Math.sqrt(sq / (n || 1)) || 1;
  return Array.from(values, (v) => (v - mean) / sd);
}

/** The core's Gaussian blobs, re-made with standardised inputs (one dataset per seed). */
export function zeroMeanDataset(lab, seed) {
  const raw = lab.makeDataset({ kind: 'gauss', points: 400, noise: 0, seed });
  try {
    return lab.datasetFromPoints(
      { x1: standardise(raw.x1), x2: standardise(raw.x2), label: raw.label },
      { trainFraction: 1, seed },
    );
  } finally {
    raw.delete();
  }
}

/** depth × 16 units of `activation`, He init, one seed for both networks. */
export function eluNetwork(activation, { depth, seed, alpha }) {
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: depth }, () => ({
      units: ELU_UNITS,
      activation,
      ...(activation === 'elu' ? { params: { alpha } } : {}),
    })),
    head: 'binary',
    init: 'he',
    seed,
  };
}

/** Mean activation of each hidden layer: the first `depth` of the core's layer means (forward
 *  passes only; the same numbers as diagnostics()'s aMean). */
export function layerMeans(net, depth) {
  return net.layerMeans().slice(0, depth);
}

/** Mean of |values|. */
export function meanAbs(values) {
  return values.length ? values.reduce((s, v) => s + Math.abs(v), 0) / values.length : 0;
}
