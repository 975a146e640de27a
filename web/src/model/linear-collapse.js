// The linear-collapse lab's model (post section 1): a stack of affine layers built and run by
// the WASM core, and the single affine map W·x + b it collapses to. JS only does plumbing
// here: reading the exported weights, float64 matrix products of those weights, and comparing
// the core's outputs with W·x + b. No DOM.

/** Hidden units per layer of the stack, and the sample grid (SIDE² ≈ 200 points on ±RANGE). */
export const UNITS = 3;
export const SIDE = 14;
export const RANGE = 3;

/** The boundary view: circle data, the linear and the nonlinear classifier. */
export const BOUNDARY = {
  data: { kind: 'circle', points: 300, noise: 0.05, trainFraction: 0.5 },
  extent: 6,
  linear: { units: 8, activation: 'identity', layers: 2 },
  nonlinear: { units: 8, activation: 'tanh', layers: 1 },
  optimizer: { type: 'adam', learningRate: 0.03 },
  batchSize: 10,
  epochs: 150,
};

/** The stack's network config: (layers − 1) hidden affine layers + the linear regression output. */
export function stackConfig({ layers, activation, seed }) {
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: layers - 1 }, () => ({ units: UNITS, activation })),
    head: 'regression',
    init: 'xavier',
    // non-zero hidden biases, so that b is not trivially 0
    biasOffset: 0.1,
    seed,
  };
}

/** A classifier config for the boundary view (playground head: tanh output, labels ±1). */
export function boundaryConfig(kind, seed) {
  const spec = BOUNDARY[kind];
  return {
    features: ['x1', 'x2'],
    layers: Array.from({ length: spec.layers }, () => ({ units: spec.units, activation: spec.activation })),
    head: 'playground',
    init: 'xavier',
    optimizer: BOUNDARY.optimizer,
    batchSize: BOUNDARY.batchSize,
    seed,
  };
}

/**
 * The layers of an exported network as float64 matrices: [{ W: rows (out × in), b }].
 * The core stores W row-major, one row per unit (neuron).
 */
export function layersFromExport(json) {
  const doc = typeof json === 'string' ? JSON.parse(json) : json;
  return doc.state.layers.map(({ W, b }) => {
    const out = b.length;
    const inn = W.length / out;
    return {
      W: Array.from({ length: out }, (_, r) => Array.from({ length: inn }, (_, c) => Number(W[r * inn + c]))),
      b: b.map(Number),
    };
  });
}

/** A·B for float64 row arrays. */
export function matMul(A, B) {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => s + a * B[k][c], 0)));
}

/** A·v. */
export function matVec(A, v) {
  return A.map((row) => row.reduce((s, a, k) => s + a * v[k], 0));
}

/** W = Wₙ…W₁ and b = Wₙ(…(W₂b₁ + b₂)…) + bₙ. */
export function collapse(layers) {
  let W = layers[0].W.map((r) => [...r]);
  let b = [...layers[0].b];
  for (const layer of layers.slice(1)) {
    W = matMul(layer.W, W);
    b = matVec(layer.W, b).map((v, i) => v + layer.b[i]);
  }
  return { W, b };
}

/** The points of evaluateGrid(xmin, xmax, ymin, ymax, w, h), in its order (row 0 = ymax). */
export function gridPoints(xmin, xmax, ymin, ymax, w, h) {
  const pts = [];
  for (let r = 0; r < h; r++) {
    const y = ymax - (r * (ymax - ymin)) / (h - 1);
    for (let c = 0; c < w; c++) pts.push([xmin + (c * (xmax - xmin)) / (w - 1), y]);
  }
  return pts;
}

/**
 * The stack against its collapsed map on the sample grid: pairs [W·x + b, network(x)] and the
 * largest |difference|. `outputs` are the core's outputs at gridPoints(…) (one per point).
 */
export function compareWithAffine(outputs, points, { W, b }) {
  let maxDifference = 0;
  const pairs = points.map((p, i) => {
    const affine = matVec(W, p)[0] + b[0];
    const net = outputs[i];
    const d = Math.abs(net - affine);
    maxDifference = Number.isFinite(d) ? Math.max(maxDifference, d) : Infinity;
    return [affine, net];
  });
  return { pairs, maxDifference };
}

/**
 * Everything the stack part shows for one network `net` (made from stackConfig): its layers,
 * the collapsed W and b, and the comparison on SIDE² points of [−RANGE, RANGE]².
 */
export function analyseStack(net) {
  const layers = layersFromExport(net.exportJSON());
  const affine = collapse(layers);
  const outputs = net.evaluateGrid(-RANGE, RANGE, -RANGE, RANGE, SIDE, SIDE);
  const points = gridPoints(-RANGE, RANGE, -RANGE, RANGE, SIDE, SIDE);
  return { layers, ...affine, ...compareWithAffine(outputs, points, affine) };
}
