import { found, notFound, unauthorized } from '../errors.js';
import { defineRoute } from '../route.js';
import { addCard, clearBoard, defineBoard, deleteCard, listBoards, mergeCard, readBoard, updateBoard, updateCard, vote } from '../services/boards.js';

/** The guiding-questions board: anonymous participants by client id, the moderator by key. */
export const boardRoutes = [
  defineRoute({
    name: 'boards',
    summary: "The site's boards, ordered by id, with how many questions and ideas each has (moderator key)",
    access: 'moderator',
    ok: { 200: 'board-list' },
    handle: async ({ repo, site }) => ({ status: 200, body: { boards: await listBoards(repo, site) } }),
  }),
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
      {
        name: 'Last-Event-ID',
        in: 'header',
        description: "Sent on reconnect (by EventSource, and by the widgets' adapter, which reads the stream with fetch): replay the events after this one",
        schema: { type: 'string' },
      },
    ],
    refusals: [503],
    // The bindings stream it themselves (server/http/event-stream.ts); a binding without streams answers 404.
    handle: async () => {
      throw notFound();
    },
  }),
  defineRoute({
    name: 'putBoard',
    summary:
      'Creates a board, or changes its title, questions, settings and lock (moderator key); its ideas stay. The body id must equal the path id; settings and lock left out stay as they are. A question that still has ideas cannot be removed (409 question-in-use). Answers the board as the moderator sees it; live streams get it as board-updated',
    access: 'moderator',
    body: 'board-definition',
    ok: { 200: 'board', 201: 'board' },
    okMeanings: { 200: 'The board, changed (as the moderator sees it)', 201: 'The board, created' },
    refusals: [409],
    handle: async ({ repo, site, params, body }) => {
      const { board, created } = await defineBoard(repo, site, params['id']!, body);
      return { status: created ? 201 : 200, body: board };
    },
  }),
  defineRoute({
    name: 'updateBoard',
    summary:
      'Changes title, questions, lock, reveal, settings (moderator key). A question that still has ideas cannot be removed (409 question-in-use)',
    access: 'moderator',
    body: 'board-patch',
    ok: { 200: 'board' },
    refusals: [409],
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
    summary:
      "Merges a card into another (moderator key): votes add up, the card's text joins the other's `merged` ideas, the card is removed. A card holds at most 200 merged ideas (409 merge-limit)",
    access: 'moderator',
    body: 'card-merge',
    ok: { 200: 'card' },
    refusals: [409],
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
