import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { API_CSP } from './event-stream.js';

/** What Node answers itself, before Fastify sees the request: status, reason, error code. */
const NODE_REFUSALS: Readonly<Record<string, [number, string, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'too-large'],
  HPE_URI_TOO_LONG: [414, 'URI Too Long', 'too-large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request-timeout'],
};
const BAD_REQUEST: [number, string, string] = [400, 'Bad Request', 'bad-request'];

/**
 * The HTTP server under Fastify. A request (headers and body) must arrive within `requestTimeoutMs`,
 * checked every second (Node's default checks every 30 s, so slow senders held a connection for a
 * minute and more); the connection itself has no idle limit, since event streams stay open for
 * hours with pings. Node's own refusals (an over-long URL or header, a broken request, a timeout)
 * answer in the contract's format with the same security headers as every other answer.
 */
export function createNodeServer(requestTimeoutMs: number): (handler: RequestListener) => Server {
  return (handler) => {
    const server = createServer(
      {
        requestTimeout: requestTimeoutMs,
        headersTimeout: Math.min(requestTimeoutMs, 60_000),
        connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
        keepAliveTimeout: 5_000,
      },
      handler as (request: IncomingMessage, response: ServerResponse) => void,
    );
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      const [status, reason, code] = NODE_REFUSALS[error.code ?? ''] ?? BAD_REQUEST;
      const body = JSON.stringify({ error: code });
      socket.end(
        `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
          `x-content-type-options: nosniff\r\nreferrer-policy: no-referrer\r\ncontent-security-policy: ${API_CSP}\r\n` +
          `cache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    return server;
  };
}
