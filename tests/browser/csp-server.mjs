// A static server for the built site that adds the blog embed's strict Content Security Policy
// to every response, so a browser test can prove the elements need no eval and no inline
// script or style. Loopback only; stopped by the test.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 (free port) with `csp`, under the URL path `prefix` (a sub-path
 *  like a blog's /posts/actlab/; anything outside it is a 404); `headers` are added to every
 *  file response (e.g. CORS for a second, "CDN" origin). Resolves { url, origin, close } with
 *  url = the prefix's address. */
export function serveStatic(root, { csp = STRICT_CSP, prefix = '/', headers = {} } = {}) {
  const server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Security-Policy': csp }).end('not found');
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Security-Policy': csp }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}${prefix}`,
        origin,
        close: () =>
          new Promise((r) => {
            server.close(r);
            server.closeAllConnections(); // a browser keeps idle keep-alive sockets open
          }),
      });
    });
  });
}
