import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, found } from '../core/errors.js';
import { clientIdFrom } from '../core/route.js';
import { readBoard } from '../core/services/boards.js';
import type { Repository, SiteId } from '../repository/repository.js';
import type { BoardHub } from './board-hub.js';
import { header } from './slice.js';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  // One stream per connection: a closed stream also closes its socket (clean shutdown).
  connection: 'close',
  'x-accel-buffering': 'no',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': API_CSP,
};

function sequenceNumber(value: unknown): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/** Open event streams per client (its id, else its address): a page in many tabs is fine, a flood is not. */
class StreamCount {
  readonly #open = new Map<string, number>();
  constructor(readonly max: number) {}

  take(key: string): (() => void) | undefined {
    const count = this.#open.get(key) ?? 0;
    if (count >= this.max) return undefined;
    this.#open.set(key, count + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const left = (this.#open.get(key) ?? 1) - 1;
      if (left <= 0) this.#open.delete(key);
      else this.#open.set(key, left);
    };
  }
}

/** `GET /boards/{id}/events` (and `HEAD`, which answers the headers and ends). */
export function eventStreamHandler(repo: Repository, hub: BoardHub, maxStreamsPerClient: number) {
  const streams = new StreamCount(maxStreamsPerClient);
  return async (request: FastifyRequest, reply: FastifyReply, site: SiteId, asModerator: boolean): Promise<unknown> => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const clientId = clientIdFrom(query['client']) ?? clientIdFrom(header(request, 'x-ija-client'));
    const viewer = { asModerator, clientId };
    // Behind a load balancer the next try reaches another process: a second is enough.
    if (hub.closed) throw new ApiError(503, 'shutting-down', undefined, { 'retry-after': '1' });
    const boardId = (request.params as Record<string, string>)['id'] ?? '';
    const board = found(await readBoard(repo, site, boardId, viewer));
    if (request.method === 'HEAD') {
      const { connection: _oneStreamPerConnection, ...headers } = STREAM_HEADERS;
      return reply.code(200).headers(headers).send();
    }
    const release = streams.take(clientId !== undefined ? `client:${clientId}` : `ip:${request.ip}`);
    if (release === undefined) throw new ApiError(429, 'too-many-streams', undefined, { 'retry-after': '10' });
    const lastEventId = sequenceNumber(request.headers['last-event-id'] ?? query['lastEventId']);

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { ...(reply.getHeaders() as OutgoingHttpHeaders), ...STREAM_HEADERS });
    res.write('retry: 3000\n\n');
    let unsubscribe = () => {};
    res.on('close', () => {
      release();
      unsubscribe();
    });
    unsubscribe = await hub.subscribe(
      site,
      board,
      viewer,
      {
        write: (chunk) => void res.write(chunk),
        // A client that stopped reading never acknowledges the end: its socket goes after a moment.
        end: () => {
          res.end(() => res.destroy());
          setTimeout(() => res.destroy(), 1_000).unref();
        },
        buffered: () => res.writableLength,
      },
      lastEventId,
    );
    if (res.destroyed) unsubscribe();
    return undefined;
  };
}
