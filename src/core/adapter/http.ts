import { IjaAdapterError, isAbortError, type IjaErrorSubject } from '../errors.js';
import { networkError } from './network-error.js';

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface HttpSettings {
  fetch?: typeof fetch;
  headers?: HeadersSource;
  credentials: RequestCredentials;
  timeoutMs: number;
  /** Further attempts after the first, on network errors, timeouts, 5xx and 429. */
  retries: number;
  /** First backoff delay; doubles per attempt, with jitter. */
  retryDelayMs: number;
  /** Longest wait between attempts; a `Retry-After` beyond it ends the retries. */
  maxRetryDelayMs: number;
  /** Static files are often served as text/plain or octet-stream: then accept anything but HTML. */
  lenientContentType?: boolean;
}

export interface HttpRequest {
  method: string;
  url: string;
  /** A JSON body, sent as `application/json`. */
  body?: unknown;
  /** Instead of `body`: a file sent as it is, under this content type (a spreadsheet upload). */
  file?: { data: Blob; type: string };
  signal?: AbortSignal;
  /** Headers for this request only (they win over the configured ones). */
  headers?: Record<string, string>;
  /** Further attempts for this request only, instead of the settings' (0: a write that must not run twice). */
  retries?: number;
  /** What the request asks for, named when it is not found. */
  subject?: IjaErrorSubject;
}

/** How an answer's body is read: what the request accepts, and the reading. */
interface BodyReader<T> {
  accept: string;
  read(response: Response, url: string, settings: HttpSettings): Promise<T>;
}

export function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(abortError());
    }
  });
}

/** Exponential backoff with jitter (between half and all of the doubled delay). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const full = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(full / 2 + (Math.random() * full) / 2);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isJsonType(contentType: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
}

async function resolveHeaders(source: HeadersSource | undefined): Promise<Headers> {
  const init = typeof source === 'function' ? await source() : source;
  return new Headers(init);
}

async function readJson(response: Response, url: string, lenient: boolean): Promise<unknown> {
  if (response.status === 204) return null;
  const contentType = response.headers.get('content-type') ?? '';
  const acceptable = isJsonType(contentType) || (lenient && !/html|xml/i.test(contentType));
  if (!acceptable) {
    throw new IjaAdapterError('invalid-data', `Expected JSON from ${url}, got "${contentType || 'no content type'}"`, {
      url,
      status: response.status,
    });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new IjaAdapterError('invalid-data', `Malformed JSON from ${url}`, { url, status: response.status, cause });
  }
}

/** A file (a spreadsheet download): anything but an HTML page (a proxy's or a router's fallback). */
async function readBlob(response: Response, url: string): Promise<Blob> {
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType)) {
    throw new IjaAdapterError('invalid-data', `Expected a file from ${url}, got "${contentType}"`, { url, status: response.status });
  }
  return await response.blob();
}

const JSON_BODY: BodyReader<unknown> = {
  accept: 'application/json',
  read: (response, url, settings) => readJson(response, url, settings.lenientContentType ?? false),
};
const FILE_BODY: BodyReader<Blob> = { accept: '*/*', read: readBlob };

async function errorDetails(response: Response): Promise<unknown> {
  if (!isJsonType(response.headers.get('content-type') ?? '')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** One attempt: fetch and read the body under one timeout. */
async function attempt<T>(request: HttpRequest, settings: HttpSettings, reader: BodyReader<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const forwardAbort = () => controller.abort();
  request.signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const headers = await resolveHeaders(settings.headers);
    headers.set('accept', reader.accept);
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    let body: BodyInit | undefined;
    if (request.file !== undefined) {
      headers.set('content-type', request.file.type);
      body = request.file.data;
    } else if (request.body !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(request.body);
    }
    const doFetch = settings.fetch ?? globalThis.fetch.bind(globalThis);
    const response = await doFetch(request.url, {
      method: request.method,
      headers,
      credentials: settings.credentials,
      body,
      signal: controller.signal,
    });
    if (!response.ok) {
      throw new IjaAdapterError('http', `HTTP ${response.status} from ${request.url}`, {
        url: request.url,
        subject: request.subject,
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        details: await errorDetails(response),
      });
    }
    return await reader.read(response, request.url, settings);
  } catch (error) {
    if (request.signal?.aborted) throw abortError();
    if (timedOut) {
      throw new IjaAdapterError('timeout', `No answer from ${request.url} within ${settings.timeoutMs} ms`, {
        url: request.url,
      });
    }
    if (error instanceof IjaAdapterError) throw error;
    if (isAbortError(error)) throw error;
    throw networkError(`Could not reach ${request.url}`, { url: request.url, cause: error });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * The attempts of one request: retries network errors, timeouts, 5xx and 429 (waiting as long as
 * `Retry-After` asks); never other 4xx or invalid data.
 */
async function withRetries<T>(request: HttpRequest, settings: HttpSettings, reader: BodyReader<T>): Promise<T> {
  const retries = request.retries ?? settings.retries;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(request, settings, reader);
    } catch (error) {
      if (!(error instanceof IjaAdapterError) || !error.transient || tries >= retries) throw error;
      const delay = error.retryAfterMs ?? backoffDelay(tries, settings.retryDelayMs, settings.maxRetryDelayMs);
      if (delay > settings.maxRetryDelayMs) throw error;
      await sleep(delay, request.signal);
    }
  }
}

/** A request whose answer is JSON (null for 204), with timeout and retries. */
export function requestJson(request: HttpRequest, settings: HttpSettings): Promise<unknown> {
  return withRetries(request, settings, JSON_BODY);
}

/** A request whose answer is a file (a download), read whole, with the same timeout, retries and errors. */
export function requestBlob(request: HttpRequest, settings: HttpSettings): Promise<Blob> {
  return withRetries(request, settings, FILE_BODY);
}
