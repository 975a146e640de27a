// `actlab` for build/embed/actlab.js: the SIMD WASM is inside the script (one file, nothing else
// to copy), deflate-raw compressed and base64 encoded (vite.embed.config.js). Inflated with
// DecompressionStream on the first createActLab() call, never fetched (a data: URL fetch would
// break under `default-src 'self'`).
import base64 from 'virtual:actlab-wasm-base64';
import { makeCore } from './core.js';

async function inflate(b64) {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('ActLab: this browser has no DecompressionStream; use actlab.module.js + actlab.wasm');
  }
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const createActLab = makeCore({ binary: () => inflate(base64) });
