import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** Content types of the files the project serves (demo, benchmarks, test sites, the static Storybook). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The policy pages serve the widgets under: scripts and styles from the page's own origin only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * A small static file server for the demo, the benchmarks and the Storybook test. `fileFor` maps a
 * decoded URL path to a file, or undefined for anything outside the served folders (which answers
 * 404); `csp` is the page policy (none when null).
 */
export function createStaticServer(fileFor, { csp = STRICT_CSP } = {}) {
  return createServer(async (req, res) => {
    let file;
    try {
      file = fileFor(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
      if (!file) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(csp ? { 'content-security-policy': csp } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Nicht gefunden');
    }
  });
}
