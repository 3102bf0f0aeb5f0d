import { expect } from '@open-wc/testing';
import { createSseParser, openEventStream, type SseEvent } from '../src/core/adapter/event-stream.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { BoardStreamMessage } from '../src/core/adapter/types.js';
import { parseBoardEvent, type Board, type BoardEvent } from '../src/core/schemas/board.js';
import { newRunId } from './helpers/api.js';

/** The board's event stream over fetch: the SSE format, reconnecting with Last-Event-ID, and the moderator's key. */

function parse(chunks: string[]): { events: SseEvent[]; retries: number[]; lastEventId: string } {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser((event) => events.push(event), (ms) => retries.push(ms));
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries, lastEventId: parser.lastEventId };
}

async function until<T>(what: string, find: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A fetch that answers each connection with the next body (as one stream), a status, or a Response;
 * and records the request headers, signals and times.
 */
function scriptedFetch(bodies: (string | number | (() => Response))[]) {
  const seen: Headers[] = [];
  const signals: (AbortSignal | null | undefined)[] = [];
  const times: number[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    seen.push(new Headers(init?.headers));
    signals.push(init?.signal);
    times.push(performance.now());
    const next = bodies.shift();
    if (next === undefined) {
      // No more scripted answers: a connection that stays open until it is closed.
      return new Response(new ReadableStream({ start: () => undefined }), { headers: { 'content-type': 'text/event-stream' } });
    }
    if (typeof next === 'number') return new Response(null, { status: next });
    if (typeof next === 'function') return next();
    return new Response(next, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen, signals, times };
}

describe('board event stream: SSE format', () => {
  it('reads data, ids, comments and multi-line data', () => {
    const { events, lastEventId } = parse([': hello\n\nid: 1\ndata: {"a":1}\n\n', 'data: line one\ndata: line two\n\n']);
    expect(events).to.deep.equal([
      { type: 'message', data: '{"a":1}', lastEventId: '1' },
      { type: 'message', data: 'line one\nline two', lastEventId: '1' },
    ]);
    expect(lastEventId).to.equal('1');
  });

  it('joins lines split anywhere, with CR LF, CR or LF, and ignores a leading byte order mark', () => {
    const { events } = parse(['\uFEFFid: 7\r', '\ndata: {"x":', '2}\r\r', 'data:no space\n', '\n']);
    expect(events).to.deep.equal([
      { type: 'message', data: '{"x":2}', lastEventId: '7' },
      { type: 'message', data: 'no space', lastEventId: '7' },
    ]);
  });

  it('takes retry only as digits, event names, ids without NUL, and dispatches nothing without data', () => {
    const { events, retries, lastEventId } = parse(['retry: 2500\nretry: soon\n\n', 'id: 4\n\n', 'id: a\0b\nevent: ping\ndata: x\n\n', 'data\n\n']);
    expect(retries).to.deep.equal([2500]);
    expect(events).to.deep.equal([
      { type: 'ping', data: 'x', lastEventId: '4' },
      { type: 'message', data: '', lastEventId: '4' },
    ]);
    expect(lastEventId).to.equal('4');
  });
});

describe('board event stream: connection', () => {
  it('reconnects after the stream ends, with Last-Event-ID, the adapter headers and a growing delay', async () => {
    const { fetch, seen } = scriptedFetch(['retry: 10\nid: 3\ndata: {"type":"card-removed","cardId":"a"}\n\n', 503, 'id: 4\ndata: {"type":"card-removed","cardId":"b"}\n\n']);
    const messages: BoardStreamMessage[] = [];
    let opened = 0;
    let errors = 0;
    const subscription = openEventStream(
      { url: '/x', fetch, headers: () => ({ authorization: 'Bearer k' }), credentials: 'same-origin' },
      { onMessage: (m) => messages.push(m), onOpen: () => opened++, onError: () => errors++ },
    );
    await until('both messages', () => messages.length === 2);
    subscription.close();
    expect(messages.map((m) => [m.type, m.lastEventId])).to.deep.equal([
      ['card-removed', '3'],
      ['card-removed', '4'],
    ]);
    expect(seen.every((h) => h.get('authorization') === 'Bearer k')).to.equal(true);
    expect(seen[0]!.get('last-event-id')).to.equal(null);
    expect(seen[1]!.get('last-event-id')).to.equal('3');
    expect(seen[2]!.get('last-event-id')).to.equal('3');
    expect(seen[0]!.get('accept')).to.equal('text/event-stream');
    expect(opened).to.be.at.least(2);
    expect(errors).to.be.at.least(2);
  });

  it('resumes before an event the connection cut in half: the event comes again, not lost', async () => {
    const { fetch, seen } = scriptedFetch([
      'retry: 10\nid: 3\ndata: {"type":"card-removed","cardId":"a"}\n\nid: 4\ndata: {"type":"card-rem',
      'id: 4\ndata: {"type":"card-removed","cardId":"b"}\n\n',
    ]);
    const messages: BoardStreamMessage[] = [];
    const subscription = openEventStream({ url: '/x', fetch, credentials: 'same-origin' }, { onMessage: (m) => messages.push(m) });
    await until('both messages', () => messages.length === 2);
    subscription.close();
    expect(seen[1]!.get('last-event-id')).to.equal('3');
    expect(messages.map((m) => [(m.data as { cardId: string }).cardId, m.lastEventId])).to.deep.equal([
      ['a', '3'],
      ['b', '4'],
    ]);
  });

  it('waits as long as Retry-After says after a 429 or 503, though its own delay is shorter', async () => {
    const refused = () => new Response('{"error":"shutting-down"}', { status: 503, headers: { 'retry-after': '1', 'content-type': 'application/json' } });
    const { fetch, times } = scriptedFetch([refused, 'data: {"type":"card-removed","cardId":"a"}\n\n']);
    const messages: BoardStreamMessage[] = [];
    const subscription = openEventStream({ url: '/x', fetch, credentials: 'same-origin', retryMs: 10 }, { onMessage: (m) => messages.push(m) });
    await until('the message', () => messages.length === 1);
    subscription.close();
    expect(times[1]! - times[0]!).to.be.at.least(990);
  });

  it('lets go of a connection whose handler threw before it opens the next', async () => {
    const { fetch, signals } = scriptedFetch(['retry: 10\nid: 1\ndata: {"type":"card-removed","cardId":"a"}\n\n: more to come\n\n']);
    let calls = 0;
    const subscription = openEventStream(
      { url: '/x', fetch, credentials: 'same-origin' },
      {
        onMessage: () => {
          if (++calls === 1) throw new Error('a handler that fails');
        },
      },
    );
    await until('a second connection', () => signals.length === 2);
    subscription.close();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('stops for good when the server answers 204, and after close()', async () => {
    const { fetch, seen } = scriptedFetch([204]);
    let errors = 0;
    openEventStream({ url: '/x', fetch, credentials: 'same-origin', retryMs: 5 }, { onMessage: () => undefined, onError: () => errors++ });
    await until('the error', () => errors === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).to.have.length(1);
  });

  it('skips malformed events and named events other than message', async () => {
    const { fetch } = scriptedFetch(['data: not json\n\nevent: other\ndata: {"type":"x"}\n\ndata: {"type":"card-removed","cardId":"c"}\n\n']);
    const messages: BoardStreamMessage[] = [];
    const subscription = openEventStream({ url: '/x', fetch, credentials: 'same-origin' }, { onMessage: (m) => messages.push(m) });
    await until('a message', () => messages.length === 1);
    subscription.close();
    expect(messages[0]!.data).to.deep.equal({ type: 'card-removed', cardId: 'c' });
  });
});

describe('board event stream: against the reference server', () => {
  it("gives the moderator's stream the moderator's view (every idea's text before the reveal), the participant's not", async () => {
    const run = newRunId();
    const baseUrl = `/__ref/${run}/api`;
    const { moderator } = (await (await fetch(`/__ref/${run}/__keys`)).json()) as { moderator: string };
    const mod = createFetchAdapter({ baseUrl, headers: () => ({ authorization: `Bearer ${moderator}` }), retries: 0 });
    await mod.updateBoard('leitfragen', { settings: { reveal: 'moderated' } });
    const anna = createFetchAdapter({ baseUrl, clientId: 'anna-client-1', retries: 0 });
    const ben = createFetchAdapter({ baseUrl, clientId: 'ben-client-22', retries: 0 });
    await anna.addCard('leitfragen', { id: 'idea-1', questionId: 'schnittstellen', text: 'Annas Idee' });

    const collect = (adapter: typeof mod) => {
      const events: BoardEvent[] = [];
      const subscription = adapter.subscribeBoard!('leitfragen', { onMessage: (m) => events.push(parseBoardEvent(m.data)) });
      return { events, subscription };
    };
    const modStream = collect(mod);
    const benStream = collect(ben);
    try {
      const first = (events: BoardEvent[]) => (events[0]?.type === 'board-updated' ? events[0].board : undefined);
      const modBoard = await until<Board>('the moderator snapshot', () => first(modStream.events));
      const benBoard = await until<Board>('the participant snapshot', () => first(benStream.events));
      expect(modBoard.cards.map((c) => c.text)).to.deep.equal(['Annas Idee']);
      expect(benBoard.cards.map((c) => c.text)).to.deep.equal(['…']);

      await anna.addCard('leitfragen', { id: 'idea-2', questionId: 'schnittstellen', text: 'Noch eine' });
      const added = (events: BoardEvent[]) => events.find((e) => e.type === 'card-added' && e.card.id === 'idea-2');
      const forMod = await until('the moderator event', () => added(modStream.events));
      const forBen = await until('the participant event', () => added(benStream.events));
      expect(forMod.type === 'card-added' && forMod.card.text).to.equal('Noch eine');
      expect(forBen.type === 'card-added' && forBen.card.text).to.equal('…');
    } finally {
      modStream.subscription.close();
      benStream.subscription.close();
    }
  });
});
