// `actlab` for build/embed/actlab.module.js: the SIMD WASM is the file `actlab.wasm` next to the
// script (found from the script's own URL), cached by the browser on its own.
import { makeCore } from './core.js';

// A variable, not a literal: Vite must not inline or rename the file (it is copied as is).
const WASM_FILE = 'actlab.wasm';
export const createActLab = makeCore({ url: () => new URL(WASM_FILE, import.meta.url).href });
