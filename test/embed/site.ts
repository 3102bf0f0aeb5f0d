import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { rollup } from 'rollup';
import { launchBrowser, tempDir } from '../../server/test/helpers/e2e.js';
// @ts-expect-error -- a plain ES module without types, shared with the demo and the benchmarks
import { TYPES } from '../../scripts/static-server.mjs';
// @ts-expect-error -- the project's rollup configuration, a plain ES module
import config from '../../rollup.config.js';

/**
 * A web site as a municipality runs it, for the embedding tests: the shipped `dist/` drop-in (built
 * here with the project's rollup configuration), the story data, and pages the test writes, each with
 * the Content Security Policy it names. A second server on another origin stands for every third party.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
/** A 1×1 transparent PNG, the answer of every tile server here. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** `dist/cdn/ija-widgets.js` and its sibling files, as `npm run build` makes them (without source maps). */
export async function buildDropIn(dir: string): Promise<void> {
  const dropIn = config as { output: Record<string, unknown> };
  const bundle = await rollup(dropIn as never);
  await bundle.write({ ...dropIn.output, dir, sourcemap: false });
  await bundle.close();
}

export interface Page {
  body: string;
  /** The Content-Security-Policy header; none when undefined. */
  csp?: string;
  /** Extra elements for `<head>` (style sheets). */
  head?: string;
  lang?: string;
  /** false: the page does not load the bundle itself (it does so in `head` or `body`). */
  script?: boolean;
}

export interface Site {
  origin: string;
  pages: Map<string, Page>;
  /** Scripts of the site itself, served as `/asset/<name>` (e.g. a classic script that runs before the bundle). */
  assets: Map<string, string>;
  /** Every path requested from this site, in order. */
  requests: string[];
  close(): Promise<void>;
}

function listen(server: Server, host: string): Promise<string> {
  return new Promise((done) => server.listen(0, host, () => done(`http://${host}:${(server.address() as { port: number }).port}`)));
}

async function sendFile(res: import('node:http').ServerResponse, base: string, relative: string): Promise<void> {
  const path = normalize(join(base, relative));
  if (!path.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}

/** The municipality's site on 127.0.0.1: `/dist/…`, `/data/…` (story data), `/tiles/…`, `/page/<name>`. */
export async function startSite(dist: string): Promise<Site> {
  const pages = new Map<string, Page>();
  const assets = new Map<string, string>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    requests.push(url.pathname);
    if (url.pathname.startsWith('/dist/')) return void sendFile(res, dist, url.pathname.slice('/dist/'.length));
    // The same files under a second path: a second, independent copy of the bundle (a theme and a plugin).
    if (url.pathname.startsWith('/copy/')) return void sendFile(res, dist, url.pathname.slice('/copy/'.length));
    if (url.pathname.startsWith('/data/')) return void sendFile(res, join(ROOT, 'stories/data'), url.pathname.slice('/data/'.length));
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname.startsWith('/tiles/')) return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    const asset = assets.get(url.pathname.replace(/^\/asset\//, ''));
    if (url.pathname.startsWith('/asset/') && asset !== undefined) {
      return void res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? TYPES['.js']! }).end(asset);
    }
    const page = pages.get(url.pathname.replace(/^\/page\//, ''));
    if (!page) return void res.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': TYPES['.html']! };
    if (page.csp) headers['content-security-policy'] = page.csp;
    res.writeHead(200, headers).end(`<!doctype html>
<html lang="${page.lang ?? 'de'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Einbettung</title>
${page.head ?? ''}
${page.script === false ? '' : '<script type="module" src="/dist/ija-widgets.js"></script>'}
</head>
<body>
${page.body}
</body>
</html>`);
  });
  const origin = await listen(server, '127.0.0.1');
  return { origin, pages, assets, requests, close: () => new Promise((done) => server.close(() => done())) };
}

/** Another origin (localhost, not 127.0.0.1): a tile server of a third party, counting what it is asked. */
export async function startThirdParty(): Promise<{ origin: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(PNG);
  });
  const origin = await listen(server, 'localhost');
  return { origin, requests, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * For a test file: before its tests, the drop-in built once, the site serving it and Chromium; after
 * them, all closed and removed. Read `site` and `browser` inside tests.
 */
export function embedFixture(): { readonly site: Site; readonly browser: Browser } {
  let site: Site | undefined;
  let browser: Browser | undefined;
  let removeDist: (() => Promise<void>) | undefined;
  before(async () => {
    const dist = await tempDir('ija-dist-');
    removeDist = dist.remove;
    await buildDropIn(dist.path);
    site = await startSite(dist.path);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await removeDist?.();
  });
  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
