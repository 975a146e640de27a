#!/usr/bin/env node
// Serves the built site (build/web) with `vite preview`, building it first when it is missing
// or older than its sources (web/, wasm/*.js, build/wasm/, vite.config.js).
//
//   node web/serve.mjs [--build] [--port N]     (PORT env works too; default 4173, next free)
//
// Prints "ActLab: http://127.0.0.1:PORT/". The browser tests import ensureBuilt/startPreview.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const configFile = join(repoRoot, 'vite.config.js');
// ACTLAB_WEB_OUTDIR (relative to the repo) builds and serves another folder than build/web,
// so that two test runs can build side by side.
export const outDir = join(repoRoot, process.env.ACTLAB_WEB_OUTDIR ?? join('build', 'web'));
export const siteIndex = join(outDir, 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when build/web is missing or a source is newer than its index.html. */
export function isStale() {
  if (!existsSync(siteIndex)) return true;
  const sources = ['web', 'wasm', join('build', 'wasm'), 'vite.config.js', join('core', 'act', 'catalogue.cpp')].map(
    (p) => join(repoRoot, p),
  );
  return Math.max(...sources.map(newestMtime)) > statSync(siteIndex).mtimeMs;
}

/** Builds the site with Vite's JS API if needed (or always with force). */
export async function ensureBuilt({ force = false, logLevel = 'warn' } = {}) {
  if (!force && !isStale()) return false;
  await build({ configFile, logLevel });
  return true;
}

/** Starts `vite preview` on 127.0.0.1; port 0 picks a free port. Returns {server, url}. */
export async function startPreview({ port = 4173, logLevel = 'warn' } = {}) {
  const server = await preview({
    configFile,
    logLevel,
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${address.port}/`;
  return { server, url };
}

async function cli(argv) {
  const force = argv.includes('--build');
  const i = argv.indexOf('--port');
  const port = Number(i >= 0 ? argv[i + 1] : (process.env.PORT ?? 4173));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('serve.mjs: --port must be an integer in 0..65535');
    process.exit(2);
  }
  if (await ensureBuilt({ force, logLevel: 'info' })) console.log('ActLab: site built in build/web');
  const { server, url } = await startPreview({ port });
  console.log(`ActLab: ${url}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
