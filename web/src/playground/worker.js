// The playground's training worker: its own WASM instance, the engine (engine.js) driven by the
// client's messages (client.js). The main thread only draws what it posts.
import { createActLab } from 'actlab';
import { createEngine } from './engine.js';

const queue = [];
let engine = null;
self.onmessage = (e) => (engine ? engine.handle(e.data) : queue.push(e.data));
createActLab().then(
  (lab) => {
    engine = createEngine(lab, (msg, transfer) => self.postMessage(msg, transfer));
    self.postMessage({ type: 'started' });
    for (const m of queue.splice(0)) engine.handle(m);
  },
  (err) => self.postMessage({ type: 'failed', message: String(err?.message ?? err) }),
);
