// Loads @tensorflow/tfjs-backend-wasm in Node 20 and proves which binary runs.
//
// In Node the backend's own feature probes say: SIMD yes (WebAssembly.validate of a tiny SIMD
// module), threads no (WASM_HAS_MULTITHREAD_SUPPORT is hard-wired false under IS_NODE), so
// init() picks `tfjs-backend-wasm-simd.wasm` and Emscripten's Node path reads it with fs.
// `setWasmPaths(<dist dir as a file path with a trailing slash>)` makes the location explicit.
// To *prove* the SIMD binary ran, WebAssembly.instantiate is wrapped for the duration of
// init and the bytes it receives are hashed and compared with the three shipped binaries.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/**
 * @returns {Promise<{tf, info: object}>} tf namespace with the wasm backend active, and what
 *   was loaded (versions, binary file, SIMD flag, thread count).
 */
export async function loadTfjsWasm() {
  const tf = await import('@tensorflow/tfjs-core');
  const tfw = await import('@tensorflow/tfjs-backend-wasm');
  const distDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist/';
  const binaries = {};
  for (const name of [
    'tfjs-backend-wasm.wasm',
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
  ]) {
    const file = path.join(distDir, name);
    if (fs.existsSync(file)) binaries[sha256(fs.readFileSync(file))] = name;
  }

  const seen = [];
  const origInstantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (source, imports) {
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
      const bytes = ArrayBuffer.isView(source)
        ? Buffer.from(source.buffer, source.byteOffset, source.byteLength)
        : Buffer.from(source);
      seen.push(binaries[sha256(bytes)] ?? `unknown (${bytes.length} bytes)`);
    } else {
      seen.push('compiled WebAssembly.Module (unknown)');
    }
    return origInstantiate.apply(this, arguments);
  };
  try {
    tfw.setWasmPaths(distDir);
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    if (!ok || tf.getBackend() !== 'wasm')
      throw new Error(`tf.setBackend('wasm') failed (backend: ${tf.getBackend()})`);
  } finally {
    WebAssembly.instantiate = origInstantiate;
  }

  const backend = tf.backend();
  const info = {
    tfjsCore: tf.version_core,
    tfjsBackendWasm: tfw.version_wasm,
    backend: tf.getBackend(),
    wasmPaths: distDir,
    binary: seen.length === 1 ? seen[0] : seen.join(', ') || 'none seen',
    simdFlag: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    threadsFlag: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
    threads: typeof backend.wasm?.tfjs?.getThreadsCount === 'function' ? backend.wasm.tfjs.getThreadsCount() : null,
  };
  info.simd = info.binary === 'tfjs-backend-wasm-simd.wasm' || info.binary === 'tfjs-backend-wasm-threaded-simd.wasm';
  info.syncOnOpCall = verifySync(tf);
  return { tf, info };
}

/**
 * tfjs-wasm kernels call into WASM from the op call itself (no queue, no threads in Node), so
 * "kernel only" can time the op call without dataSync(). Check it: right after the op returns,
 * read the output straight from the WASM heap (no dataSync) and compare with the true values.
 */
function verifySync(tf) {
  const n = 4099;
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (i / n) * 20 - 10;
  const xt = tf.tensor1d(x);
  const yt = tf.tanh(xt);
  const backend = tf.backend();
  const heap = backend.typedArrayFromHeap(yt); // view of the output memory, no sync/copy
  let maxErr = 0;
  for (let i = 0; i < n; i++) maxErr = Math.max(maxErr, Math.abs(heap[i] - Math.tanh(x[i])));
  xt.dispose();
  yt.dispose();
  return maxErr < 1e-5;
}

/**
 * tfjs ops matching ActLab ids (forward only). Returns null where tfjs has no kernel, or where
 * its op cannot take the parameter value in use (tf.elu has alpha = 1 fixed, tf.softplus has
 * no beta). gelu, gelu_tanh, silu/swish, mish: no single tfjs-core 4.22 op.
 */
export function tfjsOp(tf, id, params) {
  const p = params || {};
  switch (id) {
    case 'relu':
      return { run: (t) => tf.relu(t) };
    case 'leaky_relu':
      return { run: (t) => tf.leakyRelu(t, p.alpha) };
    case 'prelu': {
      const alpha = tf.scalar(p.alpha);
      tf.keep(alpha);
      return { run: (t) => tf.prelu(t, alpha), dispose: () => alpha.dispose() };
    }
    case 'elu':
      return p.alpha === undefined || p.alpha === 1 ? { run: (t) => tf.elu(t) } : null;
    case 'selu':
      return { run: (t) => tf.selu(t) };
    case 'sigmoid':
      return { run: (t) => tf.sigmoid(t) };
    case 'tanh':
      return { run: (t) => tf.tanh(t) };
    case 'softplus':
      return p.beta === undefined || p.beta === 1 ? { run: (t) => tf.softplus(t) } : null;
    case 'softmax':
      return { run: (t) => tf.softmax(t) };
    default:
      return null;
  }
}
