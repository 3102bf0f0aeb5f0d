import { request, type Agent, type ClientRequest, type IncomingMessage } from 'node:http';

/**
 * A server-sent-events client on raw node:http, for tests and benchmarks that need hundreds of
 * streams and every message's `id:` (EventSource hides what it does on a reconnect; here the
 * caller decides, e.g. to reconnect to another server process with `Last-Event-ID`).
 */

export interface StreamMessage {
  /** The stream's last event id when the message was dispatched (the spec's "last event ID buffer"). */
  id: string | undefined;
  /** The `data:` lines, joined by `\n`. */
  data: string;
}

export interface EventStreamHandlers {
  /** The response arrived (any status; a status other than 200 ends the stream right after). */
  onOpen?(status: number): void;
  onMessage(message: StreamMessage): void;
  /** The stream is over: the server ended it, the connection broke, or it never opened. Called once. */
  onEnd(reason: string): void;
}

export interface EventStream {
  readonly request: ClientRequest;
  /** Closes the stream from this side; `onEnd` is not called for it. */
  close(): void;
}

export function openEventStream(
  url: string,
  handlers: EventStreamHandlers,
  options: { headers?: Record<string, string>; agent?: Agent | false } = {},
): EventStream {
  let over = false;
  const end = (reason: string) => {
    if (over) return;
    over = true;
    handlers.onEnd(reason);
  };
  const req = request(url, { agent: options.agent ?? false, headers: { accept: 'text/event-stream', ...options.headers } });
  req.on('error', (error) => end(`error: ${error.message}`));
  req.on('response', (response: IncomingMessage) => {
    handlers.onOpen?.(response.statusCode ?? 0);
    if (response.statusCode !== 200) {
      response.resume();
      response.on('end', () => end(`status ${response.statusCode}`));
      return;
    }
    response.setEncoding('utf8');
    let buffer = '';
    let lastId: string | undefined;
    let data: string[] = [];
    const field = (line: string) => {
      if (line === '') {
        if (data.length > 0) handlers.onMessage({ id: lastId, data: data.join('\n') });
        data = [];
        return;
      }
      if (line.startsWith(':')) return; // a comment (`: ping`)
      const colon = line.indexOf(':');
      const name = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (name === 'data') data.push(value);
      else if (name === 'id' && !value.includes('\0')) lastId = value;
      // `event:` and `retry:` mean nothing to these callers.
    };
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        field(buffer.slice(0, newline).replace(/\r$/, ''));
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
    });
    response.on('error', (error) => end(`error: ${error.message}`));
    response.on('close', () => end(response.complete ? 'ended by the server' : 'connection lost'));
  });
  req.end();
  return {
    request: req,
    close() {
      over = true;
      req.destroy();
    },
  };
}
