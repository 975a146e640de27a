// Browser entry point of the `actlab` package (what Vite bundles). The Emscripten module
// finds its .wasm through new URL('actlab_*.wasm', import.meta.url), which Vite emits as a
// hashed asset; `wasmUrl` / `wasmBinary` options override that. One instance per page and
// implementation: every widget awaiting createActLab() shares it.
import { createOptions, makeActLab } from './api.js';

const modules = {
  simd: () => import('../build/wasm/actlab_simd.mjs'),
  scalar: () => import('../build/wasm/actlab_scalar.mjs'),
};
const cache = new Map();

async function load(impl, options) {
  const factory = (await modules[impl]()).default;
  const moduleOptions = {};
  if (options.wasmBinary !== undefined) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.wasmUrl !== undefined) moduleOptions.locateFile = () => String(options.wasmUrl);
  const Module = await factory(moduleOptions);
  return makeActLab(Module, impl);
}

export async function createActLab(options = undefined) {
  const o = createOptions(options);
  const impl = o.impl;
  if (o.custom) return load(impl, o);
  if (!cache.has(impl)) {
    const p = load(impl, o);
    p.catch(() => cache.delete(impl));
    cache.set(impl, p);
  }
  return cache.get(impl);
}
