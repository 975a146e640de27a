// Node entry point of the `actlab` package: reads the .wasm from build/wasm and instantiates
// the Emscripten module once per implementation (repeated calls share it).
import { readFile } from 'node:fs/promises';
import { createOptions, makeActLab } from './api.js';

const modules = {
  simd: () => import('../build/wasm/actlab_simd.mjs'),
  scalar: () => import('../build/wasm/actlab_scalar.mjs'),
};
const cache = new Map();

async function load(impl, options) {
  const wasmUrl = options.wasmUrl ?? new URL(`../build/wasm/actlab_${impl}.wasm`, import.meta.url);
  let factory;
  let wasmBinary = options.wasmBinary;
  try {
    factory = (await modules[impl]()).default;
    wasmBinary ??= await readFile(wasmUrl);
  } catch (e) {
    throw new Error(`ActLab: the ${impl} WASM build is missing (${e.message}). Run \`npm run build\` first.`);
  }
  const Module = await factory({ wasmBinary });
  return makeActLab(Module, impl);
}

export async function createActLab(options = undefined) {
  const o = createOptions(options);
  const impl = o.impl;
  if (o.custom) return load(impl, o);
  if (!cache.has(impl)) {
    const p = load(impl, o);
    p.catch(() => cache.delete(impl)); // a failed load may be retried
    cache.set(impl, p);
  }
  return cache.get(impl);
}
