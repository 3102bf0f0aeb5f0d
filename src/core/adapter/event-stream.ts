import { parseRetryAfter, type HeadersSource } from './http.js';
import type { BoardStreamHandlers, BoardSubscription } from './types.js';

/**
 * The board's live event stream (server-sent events) over `fetch` instead of `EventSource`:
 * `EventSource` cannot send headers, so a moderator's stream could not carry the key (and would get
 * the participants' view, with unrevealed ideas as "…"). Over fetch, the adapter's own `fetch`,
 * headers and credentials apply, an answer's status is seen, and reconnecting is ours: with backoff,
 * the server's `retry:` as the first delay (no sooner than a 429's or 503's `Retry-After`), and
 * `Last-Event-ID` so the server replays what was missed.
 */

/** One event as the SSE processing model hands it over (https://html.spec.whatwg.org/#event-stream-interpretation). */
export interface SseEvent {
  /** The `event:` field, "message" when there is none. */
  type: string;
  data: string;
  /** The last `id:` seen on the stream so far (kept across events, as the spec says). */
  lastEventId: string;
}

export interface SseParser {
  /** Feeds decoded text, in chunks of any size (a line may be split anywhere, CR LF too). */
  push(text: string): void;
  /**
   * The id of the last event dispatched (the spec's "last event ID string"), for `Last-Event-ID` when
   * reconnecting. An `id:` line counts only once its event is complete: a connection that drops in
   * the middle of an event resumes before it, so the event comes again instead of being lost.
   */
  readonly lastEventId: string;
}

/**
 * The SSE line format: `data:` (several lines join with a line feed), `id:` (no NUL), `event:`,
 * `retry:` (digits only), comments (`:`), one optional space after the colon, lines ending in CR LF,
 * LF or CR, a leading byte order mark ignored; an empty line dispatches the event (not when it has no data).
 */
export function createSseParser(onEvent: (event: SseEvent) => void, onRetry: (ms: number) => void = () => {}, lastEventId = ''): SseParser {
  let buffer = '';
  let started = false;
  /** A chunk ended in CR: a LF at the start of the next one belongs to the same line end. */
  let afterCr = false;
  let data: string[] = [];
  let type = '';
  /** The `id:` of the event being read (the spec's "last event ID buffer"). */
  let idBuffer = lastEventId;
  let lastId = lastEventId;

  function field(line: string): void {
    if (line === '') {
      lastId = idBuffer;
      if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n'), lastEventId: lastId });
      data = [];
      type = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'data') data.push(value);
    else if (name === 'event') type = value;
    else if (name === 'id' && !value.includes('\0')) idBuffer = value;
    else if (name === 'retry' && /^\d+$/.test(value)) onRetry(Number(value));
  }

  return {
    push(text: string) {
      if (!started && text.length > 0) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      if (afterCr && text.startsWith('\n')) text = text.slice(1);
      afterCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        field(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) afterCr = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    get lastEventId() {
      return lastId;
    },
  };
}

export interface EventStreamOptions {
  url: string;
  fetch?: typeof fetch;
  /** The adapter's headers (a moderator key, the client id), resolved anew for each connection. */
  headers?: HeadersSource;
  /** More headers for this stream only. */
  extraHeaders?: Record<string, string>;
  credentials: RequestCredentials;
  /** First wait before reconnecting, until the server sends `retry:`. Default 1 000 ms. */
  retryMs?: number;
  /** Longest wait between tries. Default 30 000 ms. */
  maxRetryMs?: number;
  /** A stream silent for this long is taken as dead (the server pings every 25 s) and opened again. Default 60 000 ms. */
  idleMs?: number;
}

/** Named events other than "message" are ignored, as `EventSource`'s `message` listener would. */
function deliver(event: SseEvent, url: string, handlers: BoardStreamHandlers): void {
  if (event.type !== 'message') return;
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    console.warn(`[ija-widgets] ignored a malformed event from ${url}`);
    return;
  }
  const type = typeof data === 'object' && data !== null && 'type' in data ? String(data.type) : 'message';
  handlers.onMessage({ type, data, lastEventId: event.lastEventId });
}

/** Why one connection ended: the server said stop (204), or anything else (then try again, after `Retry-After` if it sent one). */
class StreamEnd extends Error {
  constructor(
    readonly stop: boolean,
    readonly retryAfterMs?: number,
  ) {
    super('stream ended');
  }
}

/** Waits, unless the subscription is closed first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Opens the stream and keeps it open until `close()`: each message's data is JSON `{ "type": … }`.
 * `onOpen` on every (re)connection, `onError` whenever it drops or cannot be opened; it then tries
 * again after a delay that doubles with each failed try (with jitter), starting at the server's `retry:`.
 */
export function openEventStream(options: EventStreamOptions, handlers: BoardStreamHandlers): BoardSubscription {
  const closing = new AbortController();
  const maxRetry = options.maxRetryMs ?? 30_000;
  const idleMs = options.idleMs ?? 60_000;
  let retry = options.retryMs ?? 1_000;
  let lastEventId = '';
  let failures = 0;

  async function connect(): Promise<void> {
    const attempt = new AbortController();
    const abort = () => attempt.abort();
    closing.signal.addEventListener('abort', abort, { once: true });
    let idle: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(idle);
      idle = setTimeout(abort, idleMs);
    };
    try {
      const source = options.headers;
      const headers = new Headers(typeof source === 'function' ? await source() : source);
      for (const [name, value] of Object.entries(options.extraHeaders ?? {})) headers.set(name, value);
      headers.set('accept', 'text/event-stream');
      if (lastEventId !== '') headers.set('last-event-id', lastEventId);
      watch();
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      const response = await doFetch(options.url, { headers, credentials: options.credentials, cache: 'no-store', signal: attempt.signal });
      if (response.status === 204) throw new StreamEnd(true);
      if (!response.ok || !response.body || !/^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')) {
        // 429 (too many streams) and 503 (shutting down) say how long to wait.
        throw new StreamEnd(false, parseRetryAfter(response.headers.get('retry-after')));
      }
      failures = 0;
      handlers.onOpen?.();
      const parser = createSseParser(
        (event) => deliver(event, options.url, handlers),
        (ms) => (retry = ms),
        lastEventId,
      );
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          watch();
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
          lastEventId = parser.lastEventId;
        }
      } finally {
        reader.releaseLock();
      }
      throw new StreamEnd(false);
    } finally {
      clearTimeout(idle);
      closing.signal.removeEventListener('abort', abort);
      // However it ended (a handler that threw, say), this connection is let go before the next one opens.
      attempt.abort();
    }
  }

  void (async () => {
    while (!closing.signal.aborted) {
      let stop = false;
      let retryAfterMs: number | undefined;
      try {
        await connect();
      } catch (error) {
        stop = error instanceof StreamEnd && error.stop;
        retryAfterMs = error instanceof StreamEnd ? error.retryAfterMs : undefined;
      }
      if (closing.signal.aborted) return;
      handlers.onError?.();
      if (stop) return;
      const full = Math.min(maxRetry, retry * 2 ** failures++);
      // Not sooner than the server's Retry-After asks, but never longer than our longest wait: the board would go stale.
      const asked = Math.min(retryAfterMs ?? 0, maxRetry);
      await pause(Math.max(asked, Math.round(full / 2 + (Math.random() * full) / 2)), closing.signal);
    }
  })();

  return { close: () => closing.abort() };
}
