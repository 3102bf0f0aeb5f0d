import { expect } from '@open-wc/testing';
import { createFetchAdapter, type FetchAdapterOptions } from '../src/core/adapter/fetch-adapter.js';
import { createInlineAdapter } from '../src/core/adapter/read-only-adapter.js';
import type { BoardSubscription, IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { parseBoardEvent, type BoardEvent, type Card } from '../src/core/schemas/board.js';
import type { Partner } from '../src/core/schemas/partner.js';
import type { Plan } from '../src/core/schemas/plan.js';
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

describe('workshop day: boards and plans against the real reference server', () => {
  const questions = [
    { id: 'zugang', text: 'Wie erreichen wir mehr Jugendliche?' },
    { id: 'partner', text: 'Wer fehlt noch im Netzwerk?', hint: 'Vereine, Schulen, Jobcenter' },
  ];
  const plan = (id: string): Plan => ({
    id,
    title: 'Unser 5-Punkte-Plan',
    points: [
      {
        id: 'netzwerk',
        title: 'Netzwerk',
        summary: 'Ein lokales Netzwerk aufbauen.',
        status: 'open',
        steps: [{ id: 's1', text: 'Partner sammeln', done: false }],
        responsible: 'Jugendamt',
      },
    ],
  });

  it('creates, changes and lists boards with the moderator key; a merged idea keeps its text', async () => {
    const server = live();
    const keys = await server.keys();
    const moderator = server.withKey(keys.moderator);
    const id = fresh('gruppe');

    const created = await moderator.putBoard({ id, title: 'Kleingruppe 1', questions, settings: { votesPerPerson: 3, reveal: 'open' } });
    expect(created.issues).to.deep.equal([]);
    expect(created.data).to.include({ id, title: 'Kleingruppe 1' });
    expect(created.data.questions).to.deep.equal(questions);

    const anna = server.person();
    const first = await anna.addCard(id, { id: fresh('card'), questionId: 'partner', text: 'Jobcenter' });
    const second = await server.person().addCard(id, { id: fresh('card'), questionId: 'partner', text: 'Agentur für Arbeit' });
    const merged = await moderator.mergeCard(id, second.id, first.id);
    expect(merged.merged).to.deep.equal([{ id: second.id, text: 'Agentur für Arbeit' }]);
    expect((await anna.getBoard(id)).data.cards[0]!.merged).to.deep.equal(merged.merged);

    const changed = await moderator.putBoard({ id, title: 'Gruppe Netzwerk', questions: [questions[1]!], locked: true });
    expect(changed.data).to.include({ title: 'Gruppe Netzwerk', locked: true });
    expect(changed.data.cards.map((card) => card.id)).to.deep.equal([first.id]);
    // The question with the idea stays: 409 question-in-use.
    httpError(await rejectionOf(moderator.putBoard({ id, title: 'Ohne', questions: [questions[0]!] })), 409, 'question-in-use');
    httpError(await rejectionOf(moderator.updateBoard(id, { questions: [questions[0]!] })), 409, 'question-in-use');

    const { boards } = await moderator.listBoards();
    expect(boards.map((board) => board.id)).to.include.members([BOARD, id]);
    expect(boards.find((board) => board.id === id)).to.deep.equal({ id, title: 'Gruppe Netzwerk', questions: 1, ideas: 1, locked: true });

    httpError(await rejectionOf(anna.listBoards()), 401, 'unauthorized');
    httpError(await rejectionOf(server.withKey(keys.editor).putBoard({ id: fresh('gruppe'), title: 'x', questions })), 401, 'unauthorized');
  });

  it('creates and replaces a plan with the editor key; ifVersion sends If-Match, an old one is refused with 412', async () => {
    const server = live();
    const keys = await server.keys();
    const editor = server.withKey(keys.editor);
    const id = fresh('plan');

    const created = await editor.putPlan(plan(id));
    expect(created.issues).to.deep.equal([]);
    expect(created.data.version).to.equal(1);
    const replaced = await editor.putPlan({ ...plan(id), title: 'Zweite Fassung' }, { ifVersion: 1 });
    expect(replaced.data).to.include({ title: 'Zweite Fassung', version: 2 });
    // Someone else saved in between: the change made on version 1 is refused, nothing overwritten.
    const stale = httpError(await rejectionOf(editor.putPlan({ ...plan(id), title: 'Veraltet' }, { ifVersion: 1 })), 412, 'version-conflict');
    expect(stale.transient).to.equal(false);
    httpError(await rejectionOf(editor.updatePlanPoint(id, 'netzwerk', { status: 'done' }, { ifVersion: 1 })), 412, 'version-conflict');
    const read = await server.person().getPlan(id);
    expect(read.data).to.include({ title: 'Zweite Fassung', version: 2 });

    httpError(await rejectionOf(server.withKey(keys.moderator).putPlan(plan(id))), 401, 'unauthorized');
    httpError(await rejectionOf(server.person().putPlan(plan(id))), 401, 'unauthorized');
  });

  it('changes a point, single steps and the self-check; each write is a new version the next read shows', async () => {
    const server = live();
    const keys = await server.keys();
    const editor = server.withKey(keys.editor);
    const reader = server.person();
    const id = fresh('plan');
    await editor.putPlan(plan(id));
    // Read once, so the browser keeps the answer and revalidates it (ETag) on the next reads.
    expect((await reader.getPlan(id)).data.version).to.equal(1);

    const point = await editor.updatePlanPoint(id, 'netzwerk', {
      title: 'Netzwerk stärken',
      summary: 'Mehr Partner gewinnen.',
      responsible: null,
      targetDate: '2027-06-30',
    });
    expect(point).to.include({ title: 'Netzwerk stärken', summary: 'Mehr Partner gewinnen.', targetDate: '2027-06-30' });
    expect(point).not.to.have.property('responsible');
    expect(point.updatedAt).to.be.a('string');

    const step = { id: fresh('step'), text: 'Treffen planen', position: 0 };
    const added = await editor.addPlanStep(id, 'netzwerk', step);
    expect(added.steps!.map((s) => s.id)).to.deep.equal([step.id, 's1']);
    expect(await editor.addPlanStep(id, 'netzwerk', step)).to.deep.equal(added);
    const ticked = await editor.updatePlanStep(id, 'netzwerk', step.id, { done: true, text: 'Treffen im Mai', position: 5 }, { ifVersion: 3 });
    expect(ticked.steps).to.deep.equal([
      { id: 's1', text: 'Partner sammeln', done: false },
      { id: step.id, text: 'Treffen im Mai', done: true },
    ]);
    const left = await editor.deletePlanStep(id, 'netzwerk', 's1');
    expect(left.steps!.map((s) => s.id)).to.deep.equal([step.id]);
    httpError(await rejectionOf(editor.deletePlanStep(id, 'netzwerk', 's1')), 404, 'not-found');

    // The moderator brings a key insight over from the board, with its source; nothing else.
    const moderator = server.withKey(keys.moderator);
    const source = { boardId: BOARD, cardId: 'c-1', text: 'Ein Ferienkalender aller Träger' };
    const sourced = await moderator.addPlanStep(id, 'netzwerk', { id: fresh('step'), text: 'Ferienkalender anlegen', source });
    expect(sourced.steps!.at(-1)!.source).to.deep.equal(source);
    httpError(await rejectionOf(moderator.addPlanStep(id, 'netzwerk', { id: fresh('step'), text: 'Ohne Quelle' })), 401, 'unauthorized');
    httpError(await rejectionOf(moderator.updatePlanStep(id, 'netzwerk', step.id, { done: false })), 401, 'unauthorized');

    const check = await editor.savePlanCheck(id, { answers: { netzwerk: 'yes', anker: 'partly' } });
    expect(check.answers).to.deep.equal({ netzwerk: 'yes', anker: 'partly' });
    expect(check.updatedAt).to.be.a('string');

    const { data } = await reader.getPlan(id);
    expect(data.version).to.equal(7);
    expect(data.check).to.deep.equal(check);
    expect(data.points[0]!.steps!.map((s) => s.text)).to.deep.equal(['Treffen im Mai', 'Ferienkalender anlegen']);
    httpError(await rejectionOf(editor.savePlanCheck(id, { answers: {} }, { ifVersion: 6 })), 412, 'version-conflict');
  });
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A German partner list as Excel saves it: semicolons, the export's headings. */
function germanCsv(...rows: string[]): Blob {
  return new Blob([['ID;Name;Gruppe;Art;Ort', ...rows].join('\r\n') + '\r\n'], { type: 'text/csv' });
}

/** A fetch that notes each request's query and content type, then sends it. */
function recordingFetch(): { fetch: typeof fetch; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    fetch: (input, init) => {
      const url = new URL(String(input), location.href);
      sent.push(`${init?.method ?? 'GET'} ${url.pathname.replace(/^\/__ref\/[^/]+/, '')}${url.search} ${new Headers(init?.headers).get('content-type')}`);
      return fetch(input, init);
    },
  };
}

describe('network admin', () => {
  const partner = (name = 'Jugendkunstschule Nord'): Partner => ({ id: fresh('partner'), name, category: 'jugendarbeit' });
  const names = async (adapter: IjaAdapter) => (await adapter.getPartners()).data.map((p) => p.name);

  it('creates, saves, updates and deletes a partner with the network key', async () => {
    const server = live();
    const network = server.withKey((await server.keys()).network);
    const before = (await network.getPartners()).data;

    const created = await network.createPartner(partner());
    expect(created.name).to.equal('Jugendkunstschule Nord');
    expect((await server.person().getPartners()).data.at(-1)).to.deep.equal(created);

    const saved = await network.savePartner({ ...created, name: 'Jugendkunstschule Nord e. V.', address: 'Nordstraße 1, Musterstadt' });
    expect(saved).to.include({ id: created.id, name: 'Jugendkunstschule Nord e. V.', address: 'Nordstraße 1, Musterstadt' });
    // PUT under a new id adds the partner.
    const added = await network.savePartner(partner('Mädchentreff Süd'));
    expect(await names(network)).to.include.members(['Jugendkunstschule Nord e. V.', 'Mädchentreff Süd']);

    const updated = await network.updatePartner(created.id, { offers: ['Workcamp'], activeInIja: true });
    expect(updated).to.deep.equal({ ...saved, offers: ['Workcamp'], activeInIja: true });
    expect((await network.getPartners()).data.find((p) => p.id === created.id)).to.deep.equal(updated);

    expect(await network.deletePartner(created.id)).to.equal(undefined);
    await network.deletePartner(added.id);
    expect((await network.getPartners()).data).to.deep.equal(before);
    httpError(await rejectionOf(network.deletePartner(created.id)), 404, 'not-found');
    httpError(await rejectionOf(network.createPartner({ ...partner(), id: before[0]!.id })), 409);
  });

  it('accepts a join request as the completed partner entry, declines and deletes others', async () => {
    const server = live();
    const network = server.withKey((await server.keys()).network);
    const joining = (name: string) => ({
      id: fresh('join'),
      name,
      category: 'vereine' as const,
      contactName: 'A. Beispiel',
      email: 'kontakt@example.org',
    });
    const accepted = joining('Verein junger Migrant*innen Musterstadt');
    const declined = joining('Irgendein Verein');
    const deleted = joining('Noch ein Verein');
    for (const request of [accepted, declined, deleted]) await server.person().requestToJoin(request);

    const entry: Partner = {
      id: fresh('partner'),
      name: accepted.name,
      category: 'vereine',
      type: 'vereine-junger-migrantinnen',
      address: 'Marktplatz 2, Musterstadt',
      offers: ['Jugendbegegnung'],
    };
    const answer = await network.acceptJoinRequest(accepted.id, entry);
    expect(answer.partner).to.deep.equal(entry);
    expect(answer.request).to.include({ id: accepted.id, status: 'accepted', partnerId: entry.id });
    expect((await server.person().getPartners()).data.find((p) => p.id === entry.id)).to.deep.equal(entry);

    const refused = await network.declineJoinRequest(declined.id);
    expect(refused).to.include({ ...declined, status: 'declined' });
    expect(refused.handledAt).to.be.a('string');

    expect(await network.deleteJoinRequest(deleted.id)).to.equal(undefined);
    const { requests } = await network.listJoinRequests();
    expect(requests.map((r) => [r.id, r.status])).to.deep.equal([
      [accepted.id, 'accepted'],
      [declined.id, 'declined'],
    ]);
    httpError(await rejectionOf(network.deleteJoinRequest(deleted.id)), 404, 'not-found');
  });

  it('imports a German CSV: the dry run reports and writes nothing, the import writes', async () => {
    const server = live();
    const network = server.withKey((await server.keys()).network);
    const before = (await network.getPartners()).data;
    const csv = germanCsv(';Jugendförderverein Süd e. V.;Vereine;Stadt- oder Kreisjugendring;Musterstadt');

    const dry = await network.importPartners(csv, { dryRun: true });
    expect(dry).to.include({ dryRun: true, written: false, added: 1, refused: 0 });
    expect(dry.rows[0]).to.include({ row: 2, action: 'add', name: 'Jugendförderverein Süd e. V.' });
    expect((await network.getPartners()).data).to.deep.equal(before);

    const done = await network.importPartners(csv);
    expect(done).to.include({ dryRun: false, written: true, added: 1 });
    const after = (await network.getPartners()).data;
    expect(after).to.have.length(before.length + 1);
    expect(after.at(-1)).to.include({ name: 'Jugendförderverein Süd e. V.', category: 'vereine', type: 'jugendring' });
  });

  it('imports the XLSX fixture served by the dev server, by its type or by its name', async () => {
    const server = live();
    const recorder = recordingFetch();
    const network = server.withKey((await server.keys()).network, { fetch: recorder.fetch });
    const response = await fetch('/test/fixtures/partner-two-sheets.xlsx');
    expect(response.ok).to.equal(true);
    const xlsx = await response.blob();
    expect(xlsx.type).to.equal(XLSX_TYPE);
    expect(xlsx.size).to.be.greaterThan(0);

    const report = await network.importPartners(xlsx, { dryRun: true });
    expect(report.written).to.equal(false);
    expect(report.added + report.changed).to.be.greaterThan(0);
    expect(report.refused).to.equal(0);
    // Without a type, the file name decides.
    const untyped = new Blob([await xlsx.arrayBuffer()]);
    expect(await network.importPartners(untyped, { dryRun: true, fileName: 'Partner.XLSX' })).to.deep.equal(report);
    // What Windows browsers call a .csv is sent as CSV; a file with neither type nor name as CSV too.
    const csv = germanCsv(';Sportverein Nord;Vereine;;Musterstadt');
    await network.importPartners(new Blob([csv], { type: 'application/vnd.ms-excel' }), { dryRun: true, fileName: 'x.xlsx' });
    await network.importPartners(new Blob([csv]), { dryRun: true });
    expect(recorder.sent.filter((line) => line.includes('/import'))).to.deep.equal([
      `POST /api/partners/import?dryRun=true ${XLSX_TYPE}`,
      `POST /api/partners/import?dryRun=true ${XLSX_TYPE}`,
      'POST /api/partners/import?dryRun=true text/csv',
      'POST /api/partners/import?dryRun=true text/csv',
    ]);
  });

  it('exports CSV and XLSX; the CSV imports back with nothing added', async () => {
    const server = live();
    const network = server.withKey((await server.keys()).network);
    const partners = (await network.getPartners()).data;

    const csv = await network.exportPartners('csv');
    expect(csv).to.be.instanceOf(Blob);
    expect(csv.type).to.match(/^text\/csv/);
    expect(await csv.text()).to.include(partners[0]!.name);
    const back = await network.importPartners(csv, { dryRun: true, fileName: 'partner.csv' });
    expect(back).to.include({ added: 0, changed: 0, refused: 0, unchanged: partners.length });

    const xlsx = await network.exportPartners('xlsx');
    expect(xlsx.type).to.equal(XLSX_TYPE);
    expect(xlsx.size).to.be.greaterThan(0);
    expect(await network.importPartners(xlsx, { dryRun: true })).to.include({ added: 0, changed: 0, unchanged: partners.length });
  });

  it('applies mapPath before the query', async () => {
    const server = live();
    const recorder = recordingFetch();
    const network = server.withKey((await server.keys()).network, {
      baseUrl: `/__ref/${server.run}`,
      mapPath: (_route, _params, path) => `/api${path}`,
      fetch: recorder.fetch,
    });
    expect((await network.exportPartners('xlsx')).type).to.equal(XLSX_TYPE);
    expect(recorder.sent).to.deep.equal(['GET /api/partners/export?format=xlsx null']);
  });

  it('refuses the editor key and no key (401), and writes nothing', async () => {
    const server = live();
    const keys = await server.keys();
    const before = (await server.person().getPartners()).data;
    for (const adapter of [server.withKey(keys.editor), server.withKey(keys.moderator), server.person()]) {
      httpError(await rejectionOf(adapter.createPartner(partner())), 401, 'unauthorized');
      httpError(await rejectionOf(adapter.exportPartners('csv')), 401, 'unauthorized');
      httpError(await rejectionOf(adapter.importPartners(germanCsv(';Sportverein Nord;Vereine;;'))), 401, 'unauthorized');
    }
    expect((await server.person().getPartners()).data).to.deep.equal(before);
  });

  it('refuses what is no partner list, and reports bad rows without writing them', async () => {
    const server = live();
    const network = server.withKey((await server.keys()).network);
    const before = (await network.getPartners()).data;

    // A picture goes out as CSV (no spreadsheet type, no .csv/.xlsx name); the server sees it is none: 415.
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], { type: 'image/png' });
    httpError(await rejectionOf(network.importPartners(png, { fileName: 'x.png' })), 415, 'unsupported-media-type');
    // JSON text has no heading row: 400.
    const json = new Blob(['{"partners": [{"name": "x"}]}'], { type: 'text/csv' });
    httpError(await rejectionOf(network.importPartners(json, { dryRun: true })), 400, 'invalid');

    const bad = germanCsv(';Jugendhaus West;Keine Gruppe;;', ';;Vereine;;', '{"name": "x"};;;;', ';Gute Zeile;Politik;;');
    const report = await network.importPartners(bad);
    expect(report.written).to.equal(true);
    expect(report.refused).to.equal(3);
    expect(report.added).to.equal(1);
    for (const row of report.rows.filter((r) => r.action === 'refuse')) expect(row.notes).not.to.be.empty;
    expect((await network.getPartners()).data.map((p) => p.name)).to.deep.equal([...before.map((p) => p.name), 'Gute Zeile']);
  });

  it('sends a real import once, and repeats a dry run on a 503', async () => {
    let attempts = 0;
    const adapter = createFetchAdapter({
      baseUrl: '/nowhere',
      retries: 2,
      retryDelayMs: 1,
      fetch: async () => {
        attempts++;
        return Response.json({ error: 'unavailable' }, { status: 503 });
      },
    });
    httpError(await rejectionOf(adapter.importPartners(germanCsv(), { dryRun: true })), 503);
    expect(attempts).to.equal(3);
    attempts = 0;
    httpError(await rejectionOf(adapter.importPartners(germanCsv())), 503);
    expect(attempts).to.equal(1);
    attempts = 0;
    httpError(await rejectionOf(adapter.exportPartners('csv')), 503);
    expect(attempts).to.equal(3);
  });

  it('refuses an HTML page in place of the exported file', async () => {
    const adapter = createFetchAdapter({
      baseUrl: '/nowhere',
      fetch: async () => new Response('<!doctype html><p>App</p>', { headers: { 'content-type': 'text/html' } }),
    });
    const error = await rejectionOf(adapter.exportPartners('csv'));
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('invalid-data');
  });

  it('rejects every network admin method on a read-only document adapter', async () => {
    const adapter = createInlineAdapter('{"partners": []}');
    const p = partner();
    for (const write of [
      adapter.createPartner(p),
      adapter.savePartner(p),
      adapter.updatePartner(p.id, { name: 'x' }),
      adapter.deletePartner(p.id),
      adapter.acceptJoinRequest('r', p),
      adapter.declineJoinRequest('r'),
      adapter.deleteJoinRequest('r'),
      adapter.importPartners(germanCsv(), { dryRun: true }),
      adapter.exportPartners('csv'),
    ]) {
      const error = await rejectionOf(write);
      expect(error).to.be.instanceOf(IjaAdapterError);
      expect((error as IjaAdapterError).kind).to.equal('read-only');
    }
  });
});
