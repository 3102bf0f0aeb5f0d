import * as z from 'zod/mini';
import { createDispatcher, type Dispatch } from '../server/core/dispatch.js';
import { putBoard } from '../server/core/services/boards.js';
import { createMemoryRepository } from '../server/repository/memory.js';
import { DEFAULT_SITE } from '../server/repository/repository.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { Agenda } from '../src/core/schemas/agenda.js';
import { Board } from '../src/core/schemas/board.js';
import { JoinRequest, PartnerList } from '../src/core/schemas/partner.js';
import { Plan } from '../src/core/schemas/plan.js';

/**
 * An in-browser backend for stories that write (join form, agenda and plan edits, board ideas, votes
 * and moderation): the real fetch adapter talks to the reference server's own route definitions
 * (server/core/dispatch.ts) over its in-memory store, so a story sees exactly the answers, refusals
 * and rules of the server. Its data comes from the story JSON files, never typed by hand.
 */

export interface FakeApiOptions {
  /** Story data files (under `data/`) the fake starts with. */
  partners?: string;
  /** Join requests waiting in the inbox (a story data file with `{ "requests": [...] }`). */
  joinRequests?: string;
  agenda?: string;
  board?: string;
  plan?: string;
  /** Every write answers 503 (the save-failed states). */
  failWrites?: boolean;
  /** Delay of every answer, in milliseconds (default 150: the loading state is seen briefly). */
  latencyMs?: number;
  /** Sends a key, as an editor's or moderator's page does; without it the story is an anonymous visitor. */
  signedIn?: boolean;
}

/** The key signed-in stories send. The fake has no keys of its own, so any key counts as every role. */
const STORYBOOK_KEY = 'Bearer storybook';

async function load<S extends z.core.$ZodType>(schema: S, file: string | undefined): Promise<z.output<S> | undefined> {
  if (!file) return undefined;
  return z.parse(schema, await (await fetch(file)).json());
}

/** A memory store with the story's data, and the contract answered from it. */
async function storyBackend(options: FakeApiOptions): Promise<Dispatch> {
  const [partners, joinRequests, agenda, board, plan] = await Promise.all([
    load(PartnerList, options.partners),
    load(z.object({ requests: z.array(JoinRequest) }), options.joinRequests),
    load(Agenda, options.agenda),
    load(Board, options.board),
    load(Plan, options.plan),
  ]);
  const repo = createMemoryRepository();
  const now = new Date();
  await repo.createSite({ id: DEFAULT_SITE, title: 'Storybook', createdAt: now.toISOString() });
  if (partners) await repo.replacePartners(DEFAULT_SITE, partners.partners);
  for (const [index, request] of (joinRequests?.requests ?? []).entries()) {
    await repo.addJoinRequest(DEFAULT_SITE, request, new Date(now.getTime() - (index + 1) * 86_400_000));
  }
  if (agenda) await repo.putAgenda(DEFAULT_SITE, agenda, now);
  if (board) await putBoard(repo, DEFAULT_SITE, board);
  if (plan) await repo.putPlan(DEFAULT_SITE, plan, now);
  return createDispatcher({ repo, onError: (error) => console.error('[fake-api]', error) });
}

function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((done, fail) => {
    const aborted = () => {
      clearTimeout(timer);
      fail(new DOMException('The request was aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      done();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

/** An adapter for a story: the real fetch adapter over the server's contract, in the browser. */
export function fakeApi(options: FakeApiOptions): IjaAdapter {
  const latency = options.latencyMs ?? 150;
  const backend = storyBackend(options);

  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), location.href);
    const method = (init?.method ?? 'GET').toUpperCase();
    await delay(latency, init?.signal);
    if (options.failWrites && method !== 'GET') {
      return Response.json({ error: 'unavailable' }, { status: 503 });
    }
    const dispatch = await backend;
    const answer = await dispatch({
      method,
      path: url.pathname.replace(/^\/fake-api/, '') + url.search,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };

  // No event stream (EventSource cannot use this fetch): the board polls, as behind a proxy that drops streams.
  const { subscribeBoard: _stream, ...adapter } = createFetchAdapter({
    baseUrl: '/fake-api',
    fetch: fakeFetch,
    retries: 0,
    ...(options.signedIn ? { headers: { authorization: STORYBOOK_KEY } } : {}),
  });
  return adapter;
}
