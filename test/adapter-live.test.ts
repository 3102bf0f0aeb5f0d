import { expect } from '@open-wc/testing';
import { createFetchAdapter, type FetchAdapterOptions } from '../src/core/adapter/fetch-adapter.js';
import type { BoardSubscription, IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { parseBoardEvent, type BoardEvent, type Card } from '../src/core/schemas/board.js';
import { newRunId, rejectionOf } from './helpers/api.js';

/**
 * The fetch adapter against the REAL reference server (server/app.ts), run inside the test run by
 * test/server/reference-server-plugin.mjs: each test gets a fresh app (in-memory store, demo seed)
 * under /__ref/<run-id>/, and simulates people with their own client ids.
 */

const BOARD = 'leitfragen';
const QUESTION = 'schnittstellen';
const AGENDA = 'werkstattgespraech';
const PLAN = 'fuenf-punkte-plan';

interface Keys {
  network: string;
  editor: string;
  moderator: string;
}

interface Live {
  run: string;
  /** A participant: a fresh anonymous client id, no key. */
  person(options?: Partial<FetchAdapterOptions>): IjaAdapter;
  /** Someone signed in with a key (and a client id of their own). */
  withKey(key: string, options?: Partial<FetchAdapterOptions>): IjaAdapter;
  keys(): Promise<Keys>;
}

function live(): Live {
  const run = newRunId();
  const baseUrl = `/__ref/${run}/api`;
  const person = (options: Partial<FetchAdapterOptions> = {}) =>
    createFetchAdapter({ baseUrl, clientId: `person-${crypto.randomUUID()}`, retries: 0, ...options });
  return {
    run,
    person,
    withKey: (key, options = {}) => person({ headers: { authorization: `Bearer ${key}` }, ...options }),
    keys: async () => (await fetch(`/__ref/${run}/__keys`)).json() as Promise<Keys>,
  };
}

let uniq = 0;
const fresh = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++uniq}`;

function newCard(text = 'Den Stadtjugendring einbinden') {
  return { id: fresh('card'), questionId: QUESTION, text };
}

function httpError(error: unknown, status: number, reason?: string): IjaAdapterError {
  expect(error).to.be.instanceOf(IjaAdapterError);
  const adapterError = error as IjaAdapterError;
  expect(adapterError.kind).to.equal('http');
  expect(adapterError.status).to.equal(status);
  if (reason !== undefined) expect((adapterError.details as { error?: string } | undefined)?.error).to.equal(reason);
  return adapterError;
}

async function until<T>(what: string, find: () => T | undefined, timeoutMs = 4000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Subscribes and collects the parsed events; resolves once the stream's first message (the board) is in. */
async function listen(adapter: IjaAdapter, boardId = BOARD): Promise<{ events: BoardEvent[]; subscription: BoardSubscription }> {
  const events: BoardEvent[] = [];
  const subscription = adapter.subscribeBoard!(boardId, { onMessage: (message) => events.push(parseBoardEvent(message.data)) });
  await until('the first event', () => events[0]);
  return { events, subscription };
}

describe('fetch adapter against the real reference server', () => {
  const subscriptions: BoardSubscription[] = [];
  afterEach(() => {
    for (const subscription of subscriptions.splice(0)) subscription.close();
  });

  it('reads the seeded board with its five guiding questions', async () => {
    const { data, issues } = await live().person().getBoard(BOARD);
    expect(issues).to.deep.equal([]);
    expect(data.id).to.equal(BOARD);
    expect(data.questions).to.have.length(5);
    expect(data.cards).to.deep.equal([]);
    expect(data.settings).to.deep.equal({ votesPerPerson: 3, reveal: 'open' });
    expect(data.locked).to.equal(false);
  });

  it('adds a card marked as mine, and the same card id again is stored once', async () => {
    const server = live();
    const anna = server.person();
    const card = newCard();
    const added = await anna.addCard(BOARD, card);
    expect(added).to.include({ ...card, votes: 0, mine: true });
    const again = await anna.addCard(BOARD, card);
    expect(again).to.deep.equal(added);

    const board = (await anna.getBoard(BOARD)).data;
    expect(board.cards.filter((c) => c.id === card.id)).to.have.length(1);
    expect(board.cards[0]).to.include({ id: card.id, mine: true });
    const seenByOthers = (await server.person().getBoard(BOARD)).data.cards;
    expect(seenByOthers).to.have.length(1);
    expect(seenByOthers[0]!.mine).to.equal(undefined);
  });

  it('counts votes up to the cap, refuses the next with 409 vote-cap, and takes one back', async () => {
    const server = live();
    const ben = server.person();
    const card = await ben.addCard(BOARD, newCard());
    let voted: Card = card;
    for (let i = 0; i < 3; i++) voted = await ben.vote(BOARD, card.id, { id: fresh('vote'), value: 1 });
    expect(voted).to.include({ votes: 3, myVotes: 3 });

    const error = httpError(await rejectionOf(ben.vote(BOARD, card.id, { id: fresh('vote'), value: 1 })), 409, 'vote-cap');
    expect(error.transient).to.equal(false);

    const back = await ben.vote(BOARD, card.id, { id: fresh('vote'), value: -1 });
    expect(back).to.include({ votes: 2, myVotes: 2 });
    // Someone else's votes count against their own cap, not Ben's.
    expect(await server.person().vote(BOARD, card.id, { id: fresh('vote'), value: 1 })).to.include({ votes: 3, myVotes: 1 });
    // A repeated vote id is stored once.
    const vote = { id: fresh('vote'), value: 1 } as const;
    expect((await ben.vote(BOARD, card.id, vote)).votes).to.equal(4);
    expect((await ben.vote(BOARD, card.id, vote)).votes).to.equal(4);
  });

  it('lets the moderator lock the board: participants then get 423', async () => {
    const server = live();
    const moderator = server.withKey((await server.keys()).moderator);
    const locked = await moderator.updateBoard(BOARD, { locked: true });
    expect(locked.data.locked).to.equal(true);
    expect(locked.issues).to.deep.equal([]);

    const carla = server.person();
    httpError(await rejectionOf(carla.addCard(BOARD, newCard())), 423, 'board-locked');
    expect((await carla.getBoard(BOARD)).data.locked).to.equal(true);

    await moderator.updateBoard(BOARD, { locked: false });
    expect(await carla.addCard(BOARD, newCard())).to.include({ mine: true });
  });

  it('updates, merges, deletes and clears as moderator', async () => {
    const server = live();
    const moderator = server.withKey((await server.keys()).moderator);
    const dana = server.person();

    const updated = await moderator.updateBoard(BOARD, { title: 'Leitfragen Musterstadt', settings: { votesPerPerson: 5 } });
    expect(updated.data.title).to.equal('Leitfragen Musterstadt');
    expect(updated.data.settings).to.deep.equal({ votesPerPerson: 5, reveal: 'open' });

    const a = await dana.addCard(BOARD, newCard('Jugendring'));
    const b = await dana.addCard(BOARD, newCard('Stadtjugendring'));
    const c = await dana.addCard(BOARD, newCard('Sportverein'));
    await dana.vote(BOARD, a.id, { id: fresh('vote'), value: 1 });
    await dana.vote(BOARD, b.id, { id: fresh('vote'), value: 1 });
    await dana.vote(BOARD, b.id, { id: fresh('vote'), value: 1 });

    const merged = await moderator.mergeCard(BOARD, a.id, b.id);
    expect(merged).to.include({ id: b.id, votes: 3 });
    let cards = (await dana.getBoard(BOARD)).data.cards;
    expect(cards.map((card) => card.id)).to.have.members([b.id, c.id]);
    expect(cards.find((card) => card.id === b.id)).to.include({ votes: 3, myVotes: 3 });

    expect(await moderator.deleteCard(BOARD, c.id)).to.equal(undefined);
    cards = (await dana.getBoard(BOARD)).data.cards;
    expect(cards.map((card) => card.id)).to.deep.equal([b.id]);
    httpError(await rejectionOf(moderator.deleteCard(BOARD, c.id)), 404, 'not-found');

    // Participants may delete their own cards only.
    const own = await dana.addCard(BOARD, newCard('Meine Idee'));
    httpError(await rejectionOf(server.person().deleteCard(BOARD, own.id)), 403, 'not-yours');
    await dana.deleteCard(BOARD, own.id);

    const cleared = await moderator.clearBoard(BOARD);
    expect(cleared.data.cards).to.deep.equal([]);
    expect(cleared.data.questions).to.have.length(5);
    expect((await dana.getBoard(BOARD)).data.cards).to.deep.equal([]);
  });

  it('lists join requests for the network key only (they hold contact data)', async () => {
    const server = live();
    const request = {
      id: fresh('join'),
      name: 'Verein junger Migrant*innen',
      category: 'vereine' as const,
      contactName: 'A. Beispiel',
      email: 'kontakt@example.org',
    };
    expect(await server.person().requestToJoin(request)).to.deep.equal({ id: request.id, status: 'received' });
    const keys = await server.keys();
    const { requests } = await server.withKey(keys.network).listJoinRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include(request);
    expect(requests[0]!.receivedAt).to.be.a('string');
    httpError(await rejectionOf(server.person().listJoinRequests()), 401, 'unauthorized');
    httpError(await rejectionOf(server.withKey(keys.moderator).listJoinRequests()), 401, 'unauthorized');
  });

  it('streams a card added by one person to another, each in their own view', async () => {
    const server = live();
    const erik = server.person();
    const fatma = server.person();
    const theirs = await listen(fatma);
    subscriptions.push(theirs.subscription);
    const own = await listen(erik);
    subscriptions.push(own.subscription);
    expect(theirs.events[0]!.type).to.equal('board-updated');

    const card = await erik.addCard(BOARD, newCard('Partnerstadt fragen'));
    const isThisCard = (event: BoardEvent) => (event.type === 'card-added' && event.card.id === card.id ? event : undefined);
    const seen = await until('card-added for the other person', () => theirs.events.map(isThisCard).find(Boolean));
    expect(seen.card).to.include({ id: card.id, text: 'Partnerstadt fragen', votes: 0 });
    expect(seen.card).not.to.have.property('mine');
    // The writer's own stream (client id in `?client=`) marks the card as theirs.
    const mine = await until('card-added for the writer', () => own.events.map(isThisCard).find(Boolean));
    expect(mine.card.mine).to.equal(true);
  });

  it('round-trips the agenda with the editor key, and a plan point', async () => {
    const server = live();
    const editor = server.withKey((await server.keys()).editor);
    const agenda = (await editor.getAgenda(AGENDA)).data;
    const saved = await editor.saveAgenda({ ...agenda, title: 'Werkstattgespräch, zweite Runde' });
    expect(saved.data.title).to.equal('Werkstattgespräch, zweite Runde');
    expect((await server.person().getAgenda(AGENDA)).data).to.deep.equal(saved.data);

    const point = await editor.updatePlanPoint(PLAN, 'netzwerk', { status: 'done' });
    expect(point).to.include({ id: 'netzwerk', status: 'done' });
    expect(point.updatedAt).to.be.a('string');
    const plan = (await server.person().getPlan(PLAN)).data;
    expect(plan.points.find((p) => p.id === 'netzwerk')).to.deep.equal(point);
  });

  it('answers a wrong or missing key with 401', async () => {
    const server = live();
    const keys = await server.keys();
    const wrong = server.withKey('not-the-key');
    httpError(await rejectionOf(wrong.updateBoard(BOARD, { locked: true })), 401, 'unauthorized');
    httpError(await rejectionOf(wrong.getBoard(BOARD)), 401, 'unauthorized');
    // The editor key is a right key, but gives no board rights.
    httpError(await rejectionOf(server.withKey(keys.editor).clearBoard(BOARD)), 401, 'unauthorized');
    const agenda = (await server.person().getAgenda(AGENDA)).data;
    httpError(await rejectionOf(server.person().saveAgenda(agenda)), 401, 'unauthorized');
    httpError(await rejectionOf(server.withKey(keys.moderator).saveAgenda(agenda)), 401, 'unauthorized');
    expect((await server.person().getBoard(BOARD)).data.locked).to.equal(false);
  });
});
