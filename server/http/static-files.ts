import { basename } from 'node:path';
import type { SetHeadersResponse } from '@fastify/static';

/**
 * How long browsers keep the demo site's files and the built library (`@fastify/static`'s
 * `setHeaders`, also on its 304 answers).
 *
 * The drop-in's sibling chunks are named by their content (rollup.config.js: `chunkFileNames:
 * 'ija-widgets-[name]-[hash].js'`, an 8-character hash): a new build gives new names, so a browser
 * keeps them for a year without asking. Every other file keeps its name across builds (the entry
 * `ija-widgets.js`, which pages name in their script tag, the pages, site.css, the schemas): a
 * browser keeps it but asks each time, and an unchanged file is a 304 without a body (the ETag and
 * Last-Modified come from `@fastify/send`).
 */
export const HASHED_CHUNK = /^ija-widgets-.+-[\w-]{8}\.js$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(file: string): string {
  return HASHED_CHUNK.test(basename(file)) ? IMMUTABLE : REVALIDATE;
}

export function setCacheControl(response: Pick<SetHeadersResponse, 'setHeader'>, file: string): void {
  response.setHeader('cache-control', cacheControlFor(file));
}
