// The embed's `actlab` module (vite.embed.config.js aliases `actlab` to core-inline.js or
// core-module.js, which call makeCore). Same API as wasm/browser.js — createActLab(options) —
// but only the SIMD build ships, and its binary comes from the embed itself: base64 inside the
// script (actlab.js) or `actlab.wasm` next to the script (actlab.module.js). One instance per
// page (and one in the playground's worker); nothing is decoded, fetched or compiled before the
// first widget asks for the core.
import factory from '../../../build/wasm/actlab_simd.mjs';
import { createOptions, makeActLab } from '../../../wasm/api.js';

/** source: { binary?: () => Promise<Uint8Array>, url?: () => string } — the default WASM. */
export function makeCore(source) {
  let shared = null;

  async function load(o) {
    if (o.impl !== 'simd' && o.wasmBinary === undefined && o.wasmUrl === undefined) {
      throw new RangeError('ActLab embed: only the SIMD build is bundled (pass wasmUrl or wasmBinary for "scalar")');
    }
    const moduleOptions = {};
    if (o.wasmBinary !== undefined) moduleOptions.wasmBinary = o.wasmBinary;
    else if (o.wasmUrl === undefined && source.binary) moduleOptions.wasmBinary = await source.binary();
    const url = o.wasmUrl !== undefined ? String(o.wasmUrl) : (source.url?.() ?? 'actlab.wasm');
    moduleOptions.locateFile = () => url;
    const Module = await factory(moduleOptions);
    return makeActLab(Module, o.impl);
  }

  return async function createActLab(options = undefined) {
    const o = createOptions(options);
    if (o.custom || o.impl !== 'simd') return load(o);
    if (!shared) {
      shared = load(o);
      shared.catch(() => (shared = null)); // a failed load may be retried
    }
    return shared;
  };
}
