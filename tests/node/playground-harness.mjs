// Shared by the playground's DOM-free engine tests (web-playground-engine.test.mjs,
// playground-live.test.mjs): the engine's init message for a configuration patch, and an
// engine whose posted messages are collected.
import { createEngine } from '../../web/src/playground/engine.js';
import { defaultConfig, toEngineConfig } from '../../web/src/playground/config.js';

/** toEngineConfig of the default configuration with `patch`, the view settings pinned as the
 *  tests expect them (one epoch per frame, no discretising), then `extra`. */
export function engineConfig(patch = {}, extra = {}) {
  const view = { initZero: false, discretize: false, epochsPerFrame: 1 };
  return { ...toEngineConfig({ ...defaultConfig(), ...patch }), ...view, ...extra };
}

/** An engine on `lab` (no animation frames: steps run when asked); msgs = every message it
 *  posted, last(type) = the newest of a type, weights(json) = the network's weights now. */
export function engineHarness(lab) {
  const msgs = [];
  const engine = createEngine(lab, (m) => msgs.push(m), { raf: () => 0 });
  const last = (type) => msgs.filter((m) => m.type === type).at(-1);
  const weights = (json = false) => {
    engine.handle({ type: 'getWeights', json });
    return last('weights');
  };
  return { engine, msgs, last, weights };
}
