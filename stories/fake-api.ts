import * as z from 'zod/mini';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import { ROUTES, type RouteName } from '../src/core/adapter/routes.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { Agenda } from '../src/core/schemas/agenda.js';
import { Board, BoardPatch, Card, CardMerge, CardPatch, NewCard, NewVote } from '../src/core/schemas/board.js';
import { JoinRequest, JoinRequestList, JoinRequestReceipt, PartnerList } from '../src/core/schemas/partner.js';
import { Plan, PlanPoint, PlanPointPatch } from '../src/core/schemas/plan.js';

/**
 * An in-browser fake of the REST contract for stories that write (join form, agenda and plan edits,
 * board ideas, votes and moderation): the real fetch adapter talks to it, every request body is checked
 * with the contract's zod schemas (a wrong one gets 400, as from the reference server) and every
 * answer is checked before it is sent. Its data comes from the story JSON files, never typed by hand.
 */

export interface FakeApiOptions {
  /** Story data files (under `data/`) the fake starts with. */
  partners?: string;
  agenda?: string;
  board?: string;
  plan?: string;
  /** Every write answers 503 (the save-failed states). */
  failWrites?: boolean;
  /** Delay of every answer, in milliseconds (default 150: the loading state is seen briefly). */
  latencyMs?: number;
}

interface State {
  partners: z.infer<typeof PartnerList>['partners'];
  requests: z.infer<typeof JoinRequestList>['requests'];
  agendas: Map<string, z.infer<typeof Agenda>>;
  boards: Map<string, z.infer<typeof Board>>;
  plans: Map<string, z.infer<typeof Plan>>;
}

const ROUTE_PATTERNS = (Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]).map(([name, route]) => ({
  name,
  method: route.method,
  pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(error);
  }
}

function checked<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new HttpError(400, 'invalid request');
  return result.data;
}

function found<T>(value: T | undefined): T {
  if (value === undefined) throw new HttpError(404, 'not found');
  return value;
}

async function load<S extends z.core.$ZodType>(schema: S, file: string | undefined): Promise<z.output<S> | undefined> {
  if (!file) return undefined;
  return z.parse(schema, await (await fetch(file)).json());
}

/** Answers one request from the in-memory state; returns the JSON body (or undefined for 204). */
function answer(state: State, route: RouteName, params: Record<string, string>, body: unknown): unknown {
  const board = () => found(state.boards.get(params['id']!));
  const card = () => found(board().cards.find((c) => c.id === params['cardId']));
  switch (route) {
    case 'partners':
      return { partners: state.partners };
    case 'joinRequest': {
      const request = checked(JoinRequest, body);
      if (!state.requests.some((r) => r.id === request.id)) state.requests.push({ ...request, receivedAt: new Date().toISOString() });
      return checked(JoinRequestReceipt, { id: request.id, status: 'received' });
    }
    case 'joinRequests':
      return { requests: state.requests };
    case 'agenda':
      return found(state.agendas.get(params['id']!));
    case 'saveAgenda': {
      const agenda = checked(Agenda, body);
      state.agendas.set(params['id']!, agenda);
      return agenda;
    }
    case 'board':
      return board();
    case 'addCard': {
      const b = board();
      const added = checked(NewCard, body);
      if (b.locked) throw new HttpError(409, 'board locked');
      const existing = b.cards.find((c) => c.id === added.id);
      if (existing) return existing;
      const created = checked(Card, { ...added, votes: 0, createdAt: new Date().toISOString(), mine: true, myVotes: 0 });
      b.cards.push(created);
      return created;
    }
    case 'updateCard': {
      const c = card();
      Object.assign(c, checked(CardPatch, body));
      return c;
    }
    case 'vote': {
      const c = card();
      const { value } = checked(NewVote, body);
      c.votes = Math.max(0, c.votes + value);
      c.myVotes = Math.max(0, (c.myVotes ?? 0) + value);
      return c;
    }
    case 'updateBoard': {
      const b = board();
      const patch = checked(BoardPatch, body);
      Object.assign(b, { ...patch, settings: { ...b.settings, ...patch.settings } });
      return b;
    }
    case 'deleteCard': {
      const b = board();
      b.cards = b.cards.filter((c) => c.id !== card().id);
      return undefined;
    }
    case 'mergeCard': {
      const b = board();
      const source = card();
      const target = found(b.cards.find((c) => c.id === checked(CardMerge, body).into));
      target.votes += source.votes;
      b.cards = b.cards.filter((c) => c.id !== source.id);
      return target;
    }
    case 'clearBoard': {
      const b = board();
      b.cards = [];
      return b;
    }
    case 'plan':
      return found(state.plans.get(params['id']!));
    case 'updatePlanPoint': {
      const point = found(found(state.plans.get(params['id']!)).points.find((p) => p.id === params['pointId']));
      Object.assign(point, checked(PlanPointPatch, body), { updatedAt: new Date().toISOString() });
      return checked(PlanPoint, point);
    }
    case 'boardEvents':
      throw new HttpError(404, 'no event stream');
  }
}

/** An adapter for a story: the real fetch adapter over the fake contract. */
export function fakeApi(options: FakeApiOptions): IjaAdapter {
  const latency = options.latencyMs ?? 150;
  const ready = (async (): Promise<State> => {
    const [partners, agenda, board, plan] = await Promise.all([
      load(PartnerList, options.partners),
      load(Agenda, options.agenda),
      load(Board, options.board),
      load(Plan, options.plan),
    ]);
    return {
      partners: partners?.partners ?? [],
      requests: [],
      agendas: new Map(agenda ? [[agenda.id, agenda]] : []),
      boards: new Map(board ? [[board.id, board]] : []),
      plans: new Map(plan ? [[plan.id, plan]] : []),
    };
  })();

  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), location.href);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/fake-api/, '');
    await new Promise((done) => setTimeout(done, latency));
    const json = (status: number, body: unknown) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    for (const route of ROUTE_PATTERNS) {
      const match = route.method === method ? route.pattern.exec(path) : null;
      if (!match) continue;
      if (options.failWrites && method !== 'GET') return json(503, { error: 'unavailable' });
      try {
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
        const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
        const result = answer(await ready, route.name, params, body);
        return json(result === undefined ? 204 : 200, structuredClone(result));
      } catch (error) {
        if (error instanceof HttpError) return json(error.status, { error: error.error });
        throw error;
      }
    }
    return json(404, { error: 'no such route' });
  };

  // No event stream (EventSource cannot use this fetch): the board polls, as behind a proxy that drops streams.
  const { subscribeBoard: _stream, ...adapter } = createFetchAdapter({ baseUrl: '/fake-api', fetch: fakeFetch, retries: 0 });
  return adapter;
}
