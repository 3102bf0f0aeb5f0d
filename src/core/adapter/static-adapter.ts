import { requestJson } from './http.js';
import { createDocumentAdapter } from './read-only-adapter.js';
import type { IjaAdapter } from './types.js';

export interface StaticUrlOptions {
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** Default 2. */
  retries?: number;
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

/** Reads a static JSON file (the `src` attribute); the file holds the widget's resource. */
export function createStaticAdapter(url: string, options: StaticUrlOptions = {}): IjaAdapter {
  // Against the page; outside a browser (a server render, Node) the URL is taken as given.
  const absolute = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  return createDocumentAdapter('static', (_resource, signal) =>
    requestJson(
      { method: 'GET', url: absolute, signal, subject: { resource: 'file', id: url } },
      {
        fetch: options.fetch,
        credentials: 'same-origin',
        timeoutMs: options.timeoutMs ?? 10_000,
        retries: options.retries ?? 2,
        retryDelayMs: options.retryDelayMs ?? 500,
        maxRetryDelayMs: 10_000,
        lenientContentType: true,
      },
    ),
  );
}

export { createInlineAdapter, createValueAdapter } from './read-only-adapter.js';
