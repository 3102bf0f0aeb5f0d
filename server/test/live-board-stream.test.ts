import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BoardStreamMessage, IjaAdapter } from '../../src/core/adapter/types.js';
import { parseBoardEvent, type BoardEvent } from '../../src/core/schemas/board.js';
import { DEFAULT_SITE } from '../repository/repository.js';
import { apiPath, call, startTestServer, type TestServer } from './helpers/test-server.js';

/**
 * The live board's event stream as the widget reads it (the fetch adapter's `subscribeBoard`, over
 * fetch and a streamed body, run here in Node) against the real reference server: the adapter's
 * `headers` (the moderator key in `Authorization`) reach the server on the stream request and give the
 * moderator's view; when the connection drops, the stream resumes with `Last-Event-ID`, and every event
 * arrives once, in order: none lost while it was away, none repeated, no whole-board snapshot instead.
 */

const BOARD = 'leitfragen';
const QUESTION = 'schnittstellen';
const PARTICIPANT = 'anna-client-0001';
const WAIT_MS = 10_000;

/**
 * The fetch adapter, imported by its path: it is browser code, typed against the DOM library, which the
 * server's type check leaves out (tsx runs it all the same, on Node's fetch and streams).
 */
interface FetchAdapterOptions {
  baseUrl: string;
  headers?: () => Record<string, string>;
  fetch?: typeof fetch;
  clientId?: string;
  retries?: number;
}
const ADAPTER = pathToFileURL(resolve(import.meta.dirname, '..', '..', 'src', 'core', 'adapter', 'fetch-adapter.ts')).href;
const { createFetchAdapter } = (await import(ADAPTER)) as { createFetchAdapter(options: FetchAdapterOptions): IjaAdapter };

/** Resolves once `ready()` holds; checked whenever something arrives, and on a short interval. */
async function until(what: string, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The event stream requests as the server received them, with their sockets (to cut one). */
function recordStreams(server: TestServer): { headers: IncomingHttpHeaders; socket: Socket }[] {
  const streams: { headers: IncomingHttpHeaders; socket: Socket }[] = [];
  server.app.server.on('request', (request: IncomingMessage) => {
    if (request.url?.split('?')[0] === apiPath('boardEvents', { id: BOARD })) streams.push({ headers: request.headers, socket: request.socket });
  });
  return streams;
}

/**
 * `fetch` with a door the test closes: a connection asked for while it is closed waits, so the test
 * decides when the stream comes back (and writes in between for sure happen while it is away).
 */
function doorFetch(): { fetch: typeof fetch; close(): void; open(): void } {
  let door: Promise<void> | undefined;
  let openDoor = () => {};
  return {
    fetch: async (input, init) => {
      await door;
      return fetch(input, init);
    },
    close() {
      door = new Promise((resolve) => (openDoor = resolve));
    },
    open() {
      openDoor();
      door = undefined;
    },
  };
}

describe('live board: the event stream over fetch, with the adapter headers, against the real server', () => {
  let server: TestServer;
  let moderatorKey: string;

  before(async () => {
    server = await startTestServer();
    moderatorKey = server.keys[DEFAULT_SITE]!.moderator;
    // Ideas stay covered for participants until the moderator reveals them: only the key shows their texts.
    const patched = await call(server, 'PATCH', apiPath('updateBoard', { id: BOARD }), { key: moderatorKey, body: { settings: { reveal: 'moderated' } } });
    assert.equal(patched.status, 200, patched.text);
  });

  after(async () => {
    await server?.close();
  });

  async function addIdea(id: string, text: string): Promise<void> {
    const answer = await call(server, 'POST', apiPath('addCard', { id: BOARD }), { client: PARTICIPANT, body: { id, questionId: QUESTION, text } });
    assert.equal(answer.status, 201, answer.text);
  }

  it('sends Authorization on every connection, gives the moderator view, and resumes with Last-Event-ID without losing or repeating an event', async () => {
    const streams = recordStreams(server);
    const door = doorFetch();
    const adapter = createFetchAdapter({
      baseUrl: `${server.base}/api`,
      headers: () => ({ authorization: `Bearer ${moderatorKey}` }),
      fetch: door.fetch,
      retries: 0,
    });
    await addIdea('idea-1', 'Jugendberufsagentur einladen');

    const messages: BoardStreamMessage[] = [];
    let opened = 0;
    let dropped = 0;
    const subscription = adapter.subscribeBoard!(BOARD, {
      onMessage: (message) => messages.push(message),
      onOpen: () => opened++,
      onError: () => dropped++,
    });
    try {
      await until('the board', () => messages.length === 1);
      await addIdea('idea-2', 'Schulsozialarbeit fragen');
      await until('the second idea', () => messages.length === 2);

      // The connection drops (the venue's Wi-Fi, a proxy): cut at the server, as a network would.
      door.close();
      streams[0]!.socket.destroy();
      await until('the stream to notice', () => dropped === 1);
      await addIdea('idea-3', 'Träger der Jugendhilfe ansprechen');
      await addIdea('idea-4', 'Ferienkalender aller Träger');
      door.open();
      // A stream that resumed without Last-Event-ID gets the whole board again instead: checked below.
      const snapshotAgain = () => messages.slice(1).some((message) => parseBoardEvent(message.data).type === 'board-updated');
      await until('the ideas added while away', () => messages.length >= 4 || snapshotAgain());
      await addIdea('idea-5', 'Nach der Rückkehr live');
      await until('the idea after resuming', () => messages.length >= 5 || (snapshotAgain() && messages.length >= 4));
      // Anything more (a repeat, a second snapshot) would come right behind.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      subscription.close();
    }

    // The header reached the server on both stream requests, Last-Event-ID on the second only.
    assert.equal(streams.length, 2, 'one connection, then one more after the drop');
    for (const stream of streams) assert.equal(stream.headers.authorization, `Bearer ${moderatorKey}`);
    assert.equal(streams[0]!.headers['last-event-id'], undefined);
    assert.equal(streams[1]!.headers['last-event-id'], messages[1]!.lastEventId, 'resumes after the last event it had');
    assert.equal(opened, 2);

    // Every event once, in order: the board, then each idea as its own event (not a second snapshot).
    const events = messages.map((message) => parseBoardEvent(message.data));
    const [first, ...rest] = events;
    assert.equal(first?.type, 'board-updated');
    assert.deepEqual(
      first?.type === 'board-updated' ? first.board.cards.map((card) => card.text) : [],
      ['Jugendberufsagentur einladen'],
      "the moderator's view: the text of a covered idea (a participant would see …)",
    );
    const added = rest.map((event: BoardEvent) => (event.type === 'card-added' ? [event.card.id, event.card.text] : [event.type]));
    assert.deepEqual(added, [
      ['idea-2', 'Schulsozialarbeit fragen'],
      ['idea-3', 'Träger der Jugendhilfe ansprechen'],
      ['idea-4', 'Ferienkalender aller Träger'],
      ['idea-5', 'Nach der Rückkehr live'],
    ]);
    const ids = messages.map((message) => Number(message.lastEventId));
    for (let i = 1; i < ids.length; i++) assert.equal(ids[i], ids[i - 1]! + 1, `event ids without gap or repeat: ${ids.join(', ')}`);
  });

  it('without the key, the same stream gives the participant view (what the header above changes)', async () => {
    const adapter = createFetchAdapter({ baseUrl: `${server.base}/api`, clientId: 'ben-client-0002', retries: 0 });
    const messages: BoardStreamMessage[] = [];
    const subscription = adapter.subscribeBoard!(BOARD, { onMessage: (message) => messages.push(message) });
    try {
      await until('the board', () => messages.length === 1);
    } finally {
      subscription.close();
    }
    const event = parseBoardEvent(messages[0]!.data);
    assert.equal(event.type, 'board-updated');
    assert.ok(event.type === 'board-updated' && event.board.cards.length > 0);
    assert.ok(event.type === 'board-updated' && event.board.cards.every((card) => card.text === '…'), 'covered for a participant');
  });
});
