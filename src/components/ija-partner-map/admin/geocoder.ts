/**
 * Address search for the admin mode, through a Nominatim-compatible `/search` endpoint the site
 * configures. The address typed in goes to that host (the UI says so, naming geocoderHost()); nothing
 * else does: no cookies, no referrer.
 */
import { IjaAdapterError, isAbortError } from '../../../core/errors.js';
import { networkError } from '../../../core/adapter/network-error.js';

export interface GeocodeResult {
  label: string;
  lat: number;
  lng: number;
}

export interface GeocodeOptions {
  signal?: AbortSignal;
  /** accept-language for the labels; default "de" */
  language?: string;
  /** most results; default 5 */
  limit?: number;
}

const TIMEOUT_MS = 10_000;
const DEFAULT_LIMIT = 5;
const DEFAULT_LANGUAGE = 'de';

/** The endpoint as an absolute http(s) URL without fragment; anything else is a configuration error. */
function endpointUrl(endpoint: string): URL {
  // An empty endpoint would resolve to the page itself.
  if (endpoint.trim() === '') throw new TypeError('No geocoder endpoint');
  let url: URL;
  try {
    url = new URL(endpoint, document.baseURI);
  } catch (cause) {
    throw new TypeError(`Geocoder endpoint "${endpoint}" is not a URL`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Geocoder endpoint "${endpoint}" is not an http(s) URL`);
  }
  url.hash = '';
  return url;
}

/**
 * The host name the addresses are sent to, e.g. "geocoder.example.org" (for the UI's privacy note);
 * '' when the endpoint is not an http(s) URL (geocode() would throw), so a render never throws.
 */
export function geocoderHost(endpoint: string): string {
  try {
    return endpointUrl(endpoint).hostname;
  } catch {
    return '';
  }
}

function coordinate(value: unknown, limit: number): number | undefined {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && value.trim() !== '') number = Number(value);
  else return undefined;
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : undefined;
}

function toResult(item: unknown): GeocodeResult | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { lat, lon, display_name: label } = item as Record<string, unknown>;
  const latitude = coordinate(lat, 90);
  const longitude = coordinate(lon, 180);
  if (latitude === undefined || longitude === undefined || typeof label !== 'string' || label.trim() === '') return undefined;
  return { label, lat: latitude, lng: longitude };
}

/**
 * Looks an address up. An empty query returns [] without a request. Throws an `IjaAdapterError`
 * ('network', 'timeout' after 10 s, 'http' with the status, 'invalid-data' for an answer that is not
 * a JSON array), the `AbortError` of a cancelled search, or a TypeError for an endpoint that is not
 * an http(s) URL.
 */
export async function geocode(endpoint: string, query: string, options: GeocodeOptions = {}): Promise<GeocodeResult[]> {
  const url = endpointUrl(endpoint);
  const q = query.trim();
  if (q === '') return [];
  const { signal } = options;
  if (signal?.aborted) throw abortError();
  const limit = options.limit !== undefined && Number.isInteger(options.limit) && options.limit > 0 ? options.limit : DEFAULT_LIMIT;
  // Appended with & to a query the endpoint may already have (e.g. an API key of the site's own service).
  url.searchParams.append('q', q);
  url.searchParams.append('format', 'jsonv2');
  url.searchParams.append('limit', String(limit));
  url.searchParams.append('accept-language', options.language || DEFAULT_LANGUAGE);
  const href = url.href;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  const forwardAbort = (): void => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(href, {
        headers: { accept: 'application/json' },
        // The geocoder is a third party: no cookies or HTTP auth of the site (nor of the geocoder's
        // own domain), and no referrer telling it which admin page the address came from.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        // 'no-store': addresses typed in the admin mode are personal data of partners; they stay out
        // of the browser's HTTP cache (a shared computer), and every search reaches the service anew.
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      throw new IjaAdapterError('http', `HTTP ${response.status} from the geocoder ${url.host}`, { url: href, status: response.status });
    }
    let data: unknown;
    try {
      data = await response.json();
    } catch (cause) {
      throw failure(cause, () => new IjaAdapterError('invalid-data', `Malformed JSON from the geocoder ${url.host}`, { url: href, cause }));
    }
    if (!Array.isArray(data)) {
      throw new IjaAdapterError('invalid-data', `Expected a JSON array from the geocoder ${url.host}`, { url: href, details: data });
    }
    return data.map(toResult).filter((result) => result !== undefined);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }

  /** What a failed fetch or body read becomes: the caller's abort, our timeout, or `otherwise`. */
  function failure(cause: unknown, otherwise?: () => IjaAdapterError): unknown {
    if (signal?.aborted) return abortError();
    if (timedOut) return new IjaAdapterError('timeout', `No answer from the geocoder ${url.host} within ${TIMEOUT_MS} ms`, { url: href });
    if (isAbortError(cause)) return cause;
    return otherwise?.() ?? networkError(`Could not reach the geocoder ${url.host}`, { url: href, cause });
  }
}

function abortError(): DOMException {
  return new DOMException('The search was aborted', 'AbortError');
}
