// The same seeded training natively (build/native/actlab_curve) and in WASM gives matching
// loss curves: relative difference ≤ 1e-4 over 200 epochs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createActLab } from 'actlab';

test('native and WASM loss curves agree over 200 epochs', async () => {
  const bin = fileURLToPath(new URL('../../build/native/actlab_curve', import.meta.url));
  const native = JSON.parse(execFileSync(bin, ['200'], { encoding: 'utf8' }));
  const lab = await createActLab();
  const data = lab.makeDataset(native.dataset);
  const net = lab.createNetwork(JSON.parse(native.config ? JSON.stringify(native.config) : '{}'));
  net.setData(data);
  const log = net.train(200);
  assert.equal(log.length, 200);
  assert.equal(native.trainLoss.length, 200);
  let worst = 0;
  for (let i = 0; i < 200; i++) {
    const rel = Math.abs(log[i].trainLoss - native.trainLoss[i]) / Math.abs(native.trainLoss[i]);
    worst = Math.max(worst, rel);
  }
  assert.ok(worst <= 1e-4, `worst relative difference ${worst}`);
  assert.ok(native.trainLoss[199] < native.trainLoss[0] * 0.5, 'the network learned');
  net.delete();
  data.delete();
});
