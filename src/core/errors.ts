import type { DataIssue } from './schemas/issues.js';

/** What went wrong, in terms a widget can turn into a sentence for its visitor. */
export type IjaErrorKind =
  /** The request never reached a server (offline, DNS, CORS, connection reset). */
  | 'network'
  /** The server did not answer within `timeoutMs`. */
  | 'timeout'
  /** The server answered with a non-2xx status. */
  | 'http'
  /** The answer was not JSON, or not data of the expected shape. */
  | 'invalid-data'
  /** The data source cannot store changes (static file, inline JSON, built-in defaults). */
  | 'read-only';

/**
 * What happened, for the visitor's message: the kind, refined by the status, the connection and the origin.
 * `offline`: the device has no connection. `blocked`: a cross-origin request failed while online (the site's CORS
 * setting refused it, or the server is down: the browser cannot tell the two apart). `unreachable`: the same for a
 * request to the page's own origin. `refused`: a 4xx other than 401, 403, 404 and 410.
 */
export type IjaErrorReason =
  | 'offline'
  | 'blocked'
  | 'unreachable'
  | 'timeout'
  | 'not-found'
  | 'not-allowed'
  | 'server'
  | 'refused'
  | 'invalid-data'
  | 'read-only';

/** What a request asked for, so that "not found" can name it. */
export interface IjaErrorSubject {
  resource: 'agenda' | 'board' | 'plan' | 'partners' | 'file';
  /** The agenda, board or plan id; the file's URL. */
  id?: string;
}

export interface IjaErrorOptions {
  status?: number;
  url?: string;
  subject?: IjaErrorSubject;
  /** A network error while the device had no connection (`navigator.onLine` false). */
  offline?: boolean;
  /** A network error of a request to another origin than the page's. */
  crossOrigin?: boolean;
  /** Milliseconds the server asked us to wait (from `Retry-After`). */
  retryAfterMs?: number;
  issues?: DataIssue[];
  /** The parsed body of an error response (e.g. `{ "error": "board-locked" }`), when it was JSON. */
  details?: unknown;
  cause?: unknown;
}

/** The one error type that adapters throw (besides the `AbortError` of a cancelled request). */
export class IjaAdapterError extends Error {
  override readonly name = 'IjaAdapterError';
  readonly kind: IjaErrorKind;
  readonly status?: number;
  readonly url?: string;
  readonly retryAfterMs?: number;
  readonly issues: DataIssue[];
  readonly details?: unknown;
  readonly subject?: IjaErrorSubject;
  readonly offline?: boolean;
  readonly crossOrigin?: boolean;

  constructor(kind: IjaErrorKind, message: string, options: IjaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.url = options.url;
    this.retryAfterMs = options.retryAfterMs;
    this.issues = options.issues ?? [];
    this.details = options.details;
    this.subject = options.subject;
    this.offline = options.offline;
    this.crossOrigin = options.crossOrigin;
  }

  /** Worth another attempt later (the user's "retry" may well succeed). */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429))
    );
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Normalise anything thrown into an adapter error (unknown errors count as network failures). */
export function toAdapterError(error: unknown): IjaAdapterError {
  if (error instanceof IjaAdapterError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IjaAdapterError('network', message, { cause: error });
}
