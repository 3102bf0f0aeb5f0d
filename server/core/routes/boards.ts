import { found, notFound, unauthorized } from '../errors.js';
import { defineRoute } from '../route.js';
import { addCard, clearBoard, deleteCard, mergeCard, readBoard, updateBoard, updateCard, vote } from '../services/boards.js';

/** The guiding-questions board: anonymous participants by client id, the moderator by key. */
export const boardRoutes = [
  defineRoute({
    name: 'board',
    summary: 'A guiding-questions board as the asking client (or the moderator) sees it',
    access: 'viewer',
    ok: { 200: 'board' },
    handle: async ({ repo, site, params, clientId, asModerator }) => ({
      status: 200,
      body: found(await readBoard(repo, site, params['id']!, { clientId, asModerator })),
    }),
  }),
  defineRoute({
    name: 'boardEvents',
    summary:
      'Server-sent events: each message has an `id` (for Last-Event-ID) and JSON `data` (a board-event). Without Last-Event-ID the stream starts with the board as one board-updated message; with it, the missed events are replayed, or the whole board when the client is further behind than the kept log.',
    access: 'viewer',
    ok: { 200: 'events' },
    parameters: [
      {
        name: 'client',
        in: 'query',
        description: 'The client id, as X-Ija-Client elsewhere (EventSource cannot send headers)',
        schema: { type: 'string', minLength: 8, maxLength: 100 },
      },
      {
        name: 'lastEventId',
        in: 'query',
        description: 'Replay the events after this one (as Last-Event-ID, for clients that cannot send it)',
        schema: { type: 'string', pattern: '^\\d+$' },
      },
      { name: 'Last-Event-ID', in: 'header', description: 'Sent by EventSource on reconnect: replay the events after this one', schema: { type: 'string' } },
    ],
    refusals: [503],
    // The bindings stream it themselves (server/http/event-stream.ts); a binding without streams answers 404.
    handle: async () => {
      throw notFound();
    },
  }),
  defineRoute({
    name: 'updateBoard',
    summary: 'Changes title, lock, reveal, settings (moderator key)',
    access: 'moderator',
    body: 'board-patch',
    ok: { 200: 'board' },
    handle: async ({ repo, site, params, body }) => ({ status: 200, body: await updateBoard(repo, site, params['id']!, body) }),
  }),
  defineRoute({
    name: 'addCard',
    summary: 'Adds an idea card (idempotent on its client-generated id: 201 first, 200 for a repeat)',
    access: 'participant',
    body: 'new-card',
    ok: { 201: 'card', 200: 'card' },
    refusals: [409, 423],
    handle: async ({ repo, site, params, body, clientId, now }) => {
      const { card, created } = await addCard(repo, site, params['id']!, body, clientId!, now);
      return { status: created ? 201 : 200, body: card };
    },
  }),
  defineRoute({
    name: 'updateCard',
    summary: 'Changes a card: its author the text, the moderator anything (insight, hidden)',
    access: 'owner',
    body: 'card-patch',
    ok: { 200: 'card' },
    refusals: [403, 423],
    handle: async ({ repo, site, params, body, clientId, asModerator }) => {
      if (!asModerator && (body.insight !== undefined || body.hidden !== undefined)) throw unauthorized();
      return { status: 200, body: await updateCard(repo, site, params['id']!, params['cardId']!, body, { clientId, asModerator }) };
    },
  }),
  defineRoute({
    name: 'deleteCard',
    summary: 'Removes a card (its author or the moderator)',
    access: 'owner',
    ok: { 204: null },
    refusals: [403, 423],
    handle: async ({ repo, site, params, clientId, asModerator }) => {
      await deleteCard(repo, site, params['id']!, params['cardId']!, { clientId, asModerator });
      return { status: 204 };
    },
  }),
  defineRoute({
    name: 'vote',
    summary: 'Adds (1) or takes back (-1) a vote, idempotent on its client-generated id',
    access: 'participant',
    body: 'new-vote',
    ok: { 201: 'card', 200: 'card' },
    refusals: [409, 423],
    handle: async ({ repo, site, params, body, clientId }) => {
      const { card, created } = await vote(repo, site, params['id']!, params['cardId']!, body, clientId!);
      return { status: created ? 201 : 200, body: card };
    },
  }),
  defineRoute({
    name: 'mergeCard',
    summary: 'Merges a card into another (moderator key): votes add up, the card is removed',
    access: 'moderator',
    body: 'card-merge',
    ok: { 200: 'card' },
    handle: async ({ repo, site, params, body }) => ({ status: 200, body: await mergeCard(repo, site, params['id']!, params['cardId']!, body.into) }),
  }),
  defineRoute({
    name: 'clearBoard',
    summary: 'Removes every card and vote (moderator key)',
    access: 'moderator',
    ok: { 200: 'board' },
    handle: async ({ repo, site, params }) => ({ status: 200, body: await clearBoard(repo, site, params['id']!) }),
  }),
];
