// `npm pack` of this repository installed into a fresh temporary project, offline (issue 11).
// Shared by tests/node/pack.test.mjs (Node import) and tests/browser/pack-app.test.mjs (a Vite
// app in Chromium).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));

export const npm = (args, cwd) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });

/** Packs the repository and installs the tarball into a new folder; returns { dir, remove }. */
export function installPacked(prefix = 'actlab-pack-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  npm(['pack', '--silent', '--pack-destination', dir, repo], repo);
  const tgz = readdirSync(dir).find((f) => /^actlab-.*\.tgz$/.test(f));
  assert.ok(tgz, 'npm pack made no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fresh', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', `./${tgz}`], dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
