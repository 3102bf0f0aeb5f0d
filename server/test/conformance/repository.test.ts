import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Agenda } from '../../../src/core/schemas/agenda.js';
import type { BoardEvent, Card } from '../../../src/core/schemas/board.js';
import * as z from 'zod/mini';
import { StoredJoinRequest, type JoinRequest, type Partner } from '../../../src/core/schemas/partner.js';
import type { Plan } from '../../../src/core/schemas/plan.js';
import {
  EVENTS_KEPT_PER_BOARD,
  ROLES,
  type BoardRecord,
  type CardRecord,
  type Repository,
  type RepositoryData,
  type VoteRecord,
} from '../../repository/repository.js';
import { forEachStore } from '../helpers/stores.js';

/**
 * The repository conformance suite: memory, SQLite and PostgreSQL behave the same. Run with
 * `node --import tsx --test server/test/conformance/*.test.ts` (IJA_TEST_DATABASE_URL=off without
 * PostgreSQL). Rules (vote cap, lock, reveal, id conflicts) belong to the services, not here.
 */

// ---- fixtures ----

const A = 'site-a';
const B = 'site-b';
const ALICE = 'client-alice';
const BOB = 'client-bob';
const CAROL = 'client-carol';
const T0 = Date.parse('2025-03-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
/** Text from every corner of Unicode: emoji (with a ZWJ sequence), ß, Arabic, a combining accent (not to be normalised). */
const UNICODE = 'Grüße 👋🏽 👩‍👩‍👧 Straße العربية ٣ cafe\u0301 ✓';

/** Without members that are undefined, as JSON has them. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A join request as the store answers it: valid by the contract's schema, and without undefined members. */
function checkedRequest(request: StoredJoinRequest | undefined): StoredJoinRequest | undefined {
  if (request === undefined) return undefined;
  const result = z.safeParse(StoredJoinRequest, request);
  assert.ok(result.success, `a stored join request fits the contract: ${JSON.stringify(result.error?.issues)}`);
  for (const [key, value] of Object.entries(request)) assert.notEqual(value, undefined, `no undefined member (${key})`);
  return request;
}

async function openWithSites(open: () => Promise<Repository>): Promise<Repository> {
  const repo = await open();
  for (const id of [A, B]) assert.equal(await repo.createSite({ id, title: `Site ${id}`, createdAt: iso(0) }), true);
  return repo;
}

function board(id = 'b1', questionIds: readonly string[] = ['q1', 'q2'], overrides: Partial<BoardRecord> = {}): BoardRecord {
  return {
    id,
    title: `Board ${id}`,
    settings: { votesPerPerson: 3, reveal: 'open' },
    locked: false,
    revealed: false,
    questions: questionIds.map((q, i) => (i === 1 ? { id: q, text: `Question ${q}?`, hint: `Hint ${q}` } : { id: q, text: `Question ${q}?` })),
    ...overrides,
  };
}

function card(id: string, questionId = 'q1', seconds = 0, authorId?: string, overrides: Partial<CardRecord> = {}): CardRecord {
  const record: CardRecord = { id, questionId, text: `Idea ${id}`, insight: false, hidden: false, createdAt: iso(seconds), ...overrides };
  if (authorId !== undefined) record.authorId = authorId;
  return record;
}

function vote(id: string, cardId: string, clientId?: string, value: 1 | -1 = 1, seconds = 0): VoteRecord {
  const record: VoteRecord = { id, cardId, value, createdAt: iso(seconds) };
  if (clientId !== undefined) record.clientId = clientId;
  return record;
}

function eventCard(record: CardRecord, votes = 0): Card {
  return { id: record.id, questionId: record.questionId, text: record.text, votes, insight: record.insight, hidden: record.hidden, createdAt: record.createdAt };
}

const removedEvent = (cardId: string): BoardEvent => ({ type: 'card-removed', cardId });
const addedEvent = (record: CardRecord): BoardEvent => ({ type: 'card-added', card: eventCard(record) });

function partner(id: string, name = `Partner ${id}`): Partner {
  return { id, name, category: 'vereine' };
}

const fullPartner: Partner = {
  id: 'p-full',
  name: 'Jugendring Musterstadt',
  category: 'jugendarbeit',
  type: 'jugendverband',
  description: 'Dachverband der Jugendverbände',
  address: 'Marktplatz 1, 12345 Musterstadt',
  location: { lat: 51.51, lng: 7.46 },
  website: 'https://jugendring.example/',
  email: 'info@jugendring.example',
  phone: '+49 231 123456',
  activeInIja: true,
  offers: ['Austausch', 'Beratung'],
};

/** A join request with every field the form has. */
const fullJoinRequest: JoinRequest = {
  id: 'r-full',
  name: 'Kulturverein Ölmühle',
  category: 'vereine',
  type: 'kulturverein',
  contactName: 'Zoë Ağaoğlu',
  email: 'zoe@oelmuehle.example',
  phone: '+49 30 1234',
  website: 'https://oelmuehle.example/',
  message: UNICODE,
  address: 'Mühlenweg 3, 12345 Musterstadt',
  offers: ['Austausch', 'Räume'],
  description: 'Kultur für alle',
  publish: true,
};

function joinRequest(id: string, overrides: Partial<JoinRequest> = {}): JoinRequest {
  return { id, name: `Verein ${id}`, category: 'vereine', contactName: 'Kim Muster', email: 'kim@example.org', ...overrides };
}

function agenda(id = 'ag1', title = 'Werkstattgespräch'): Agenda {
  return {
    id,
    title,
    date: '2025-05-12',
    timezone: 'Europe/Berlin',
    location: 'Rathaus, Saal 2',
    items: [
      { id: 'i1', start: '09:00', end: '09:30', title: 'Ankommen', type: 'welcome' },
      {
        id: 'i2',
        start: '09:30',
        end: '11:00',
        title: 'Leitfragen',
        type: 'discussion',
        speaker: 'N.N.',
        description: 'Arbeit an den Leitfragen',
        boardId: 'b1',
        url: 'https://example.org/board',
        pinned: true,
      },
    ],
  };
}

function plan(id = 'pl1', title = 'Fünf-Punkte-Plan'): Plan {
  return {
    id,
    title,
    points: [
      {
        id: 'pt1',
        title: 'Partner finden',
        summary: 'Wer macht mit?',
        status: 'in-progress',
        steps: [
          { id: 's1', text: 'Liste anlegen', done: true },
          { id: 's2', text: 'Anrufen', done: false },
        ],
        links: [{ label: 'Lücken', target: 'gaps' }, { label: 'Mehr', url: 'https://example.org/' }],
        responsible: 'Jugendamt',
        targetDate: '2025-09-30',
        updatedAt: iso(5),
      },
      { id: 'pt2', title: 'Termin', summary: 'Werkstatt planen', status: 'open' },
    ],
  };
}

async function waitFor(condition: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await delay(5);
  }
}

/** A board b1 on site A with two cards and three votes (alice 2 on c1, bob 1 on c2) and one event. */
async function seedBoard(repo: RepositoryData): Promise<void> {
  await repo.putBoard(A, board());
  await repo.insertCard(A, 'b1', card('c1', 'q1', 1, ALICE));
  await repo.insertCard(A, 'b1', card('c2', 'q2', 2, BOB));
  await repo.insertVote(A, 'b1', vote('v1', 'c1', ALICE));
  await repo.insertVote(A, 'b1', vote('v2', 'c1', ALICE));
  await repo.insertVote(A, 'b1', vote('v3', 'c2', BOB));
  await repo.appendEvent(A, 'b1', removedEvent('seed'));
}

/** Everything the store answers for sites A and B, to compare before and after a rolled-back transaction. */
async function snapshot(repo: Repository): Promise<unknown> {
  const sites = (await repo.listSites()).sort((x, y) => (x.id < y.id ? -1 : 1));
  const perSite: Record<string, unknown> = {};
  for (const site of [A, B, 'site-new']) {
    perSite[site] = {
      site: await repo.getSite(site),
      keys: await Promise.all(ROLES.map((role) => repo.getKeyHash(site, role))),
      empty: await repo.isEmpty(site),
      partners: await repo.listPartners(site),
      partner: await repo.getPartner(site, 'p1'),
      requests: await repo.listJoinRequests(site),
      request: await repo.getJoinRequest(site, 'r1'),
      agenda: await repo.getAgenda(site, 'ag1'),
      plan: await repo.getPlan(site, 'pl1'),
      plan2: await repo.getPlan(site, 'pl2'),
      board: await repo.getBoard(site, 'b1'),
      boards: await repo.listBoards(site),
      cards: plain(await repo.listCards(site, 'b1')),
      cardsOfAlice: plain(await repo.listCards(site, 'b1', ALICE)),
      cardsOfBob: plain(await repo.listCards(site, 'b1', BOB)),
      votes: plain(await Promise.all(['v1', 'v2', 'v3', 'v4', 'v5'].map((id) => repo.getVote(site, 'b1', id)))),
      alice: await repo.votesOfClient(site, 'b1', ALICE),
      bob: await repo.votesOfClient(site, 'b1', BOB),
      events: plain(await repo.eventsSince(site, 'b1', 0)),
    };
  }
  return { sites, perSite };
}

forEachStore('repository', (open, kind) => {
  // ---- sites and keys ----

  it('creates a site once and answers it', async () => {
    const repo = await open();
    const site = { id: 'ring', title: `Jugendring ${UNICODE}`, createdAt: iso(0) };
    assert.equal(await repo.getSite('ring'), undefined);
    assert.equal(await repo.createSite(site), true);
    assert.deepEqual(await repo.getSite('ring'), site);
    assert.equal(await repo.createSite({ id: 'ring', title: 'Other title', createdAt: iso(9) }), false);
    assert.deepEqual(await repo.getSite('ring'), site, 'a repeated createSite changes nothing');
    assert.equal(await repo.createSite({ id: 'town', title: 'Town', createdAt: iso(1) }), true);
    const listed = await repo.listSites();
    assert.deepEqual(
      listed.filter((s) => s.id === 'ring' || s.id === 'town').sort((x, y) => (x.id < y.id ? -1 : 1)),
      [site, { id: 'town', title: 'Town', createdAt: iso(1) }],
    );
    assert.equal(new Set(listed.map((s) => s.id)).size, listed.length, 'each site listed once');
  });

  it('keeps one key hash per site and role; setting it again replaces it', async () => {
    const repo = await openWithSites(open);
    for (const role of ROLES) assert.equal(await repo.getKeyHash(A, role), undefined);
    await repo.setKeyHash(A, 'moderator', 'hash-mod-1', at(1));
    await repo.setKeyHash(A, 'editor', 'hash-ed-1', at(1));
    await repo.setKeyHash(B, 'moderator', 'hash-mod-b', at(1));
    assert.equal(await repo.getKeyHash(A, 'moderator'), 'hash-mod-1');
    assert.equal(await repo.getKeyHash(A, 'editor'), 'hash-ed-1');
    assert.equal(await repo.getKeyHash(A, 'network'), undefined);
    assert.equal(await repo.getKeyHash(B, 'moderator'), 'hash-mod-b');
    assert.equal(await repo.getKeyHash(B, 'editor'), undefined);
    await repo.setKeyHash(A, 'moderator', 'hash-mod-2', at(2));
    assert.equal(await repo.getKeyHash(A, 'moderator'), 'hash-mod-2', 'rotating replaces the hash');
    assert.equal(await repo.getKeyHash(A, 'editor'), 'hash-ed-1');
    assert.equal(await repo.getKeyHash(B, 'moderator'), 'hash-mod-b');
  });

  it('adds a key hash only where the role has none (two processes starting at once keep one key)', async () => {
    const repo = await openWithSites(open);
    const first = await Promise.all([repo.addKeyHash(A, 'network', 'hash-1', at(1)), repo.addKeyHash(A, 'network', 'hash-2', at(1))]);
    assert.deepEqual(first.sort(), [false, true]);
    const kept = await repo.getKeyHash(A, 'network');
    assert.ok(kept === 'hash-1' || kept === 'hash-2');
    assert.equal(await repo.addKeyHash(A, 'network', 'hash-3', at(2)), false);
    assert.equal(await repo.getKeyHash(A, 'network'), kept, 'an existing key is never replaced');
    assert.equal(await repo.addKeyHash(B, 'network', 'hash-b', at(2)), true, 'per site');
  });

  it('isEmpty: a site without partners, agendas, boards or plans', async () => {
    const repo = await open();
    const sites = ['s-new', 's-keys', 's-partner', 's-agenda', 's-board', 's-plan'];
    for (const id of sites) await repo.createSite({ id, title: id, createdAt: iso(0) });
    await repo.setKeyHash('s-keys', 'moderator', 'hash', at(1));
    await repo.addJoinRequest('s-keys', joinRequest('r1'), at(1));
    await repo.replacePartners('s-partner', [partner('p1')]);
    await repo.putAgenda('s-agenda', agenda(), at(1));
    await repo.putBoard('s-board', board());
    await repo.putPlan('s-plan', plan(), at(1));
    assert.equal(await repo.isEmpty('s-new'), true);
    assert.equal(await repo.isEmpty('s-keys'), true, 'keys and join requests do not count');
    for (const id of ['s-partner', 's-agenda', 's-board', 's-plan']) assert.equal(await repo.isEmpty(id), false, id);
    await repo.replacePartners('s-partner', []);
    assert.equal(await repo.isEmpty('s-partner'), true, 'an emptied partner list');
  });

  // ---- partners and join requests ----

  it('lists partners in the order given; replacing replaces the whole list', async () => {
    const repo = await openWithSites(open);
    assert.deepEqual(await repo.listPartners(A), []);
    const first = [partner('zeta'), fullPartner, partner('alpha'), partner('mu')];
    await repo.replacePartners(A, first);
    assert.deepEqual(await repo.listPartners(A), first);
    const second = [partner('mu', 'Renamed'), partner('new')];
    await repo.replacePartners(A, second);
    assert.deepEqual(await repo.listPartners(A), second);
    await repo.replacePartners(A, []);
    assert.deepEqual(await repo.listPartners(A), []);
  });

  it('partners come back as copies', async () => {
    const repo = await openWithSites(open);
    const given = [structuredClone(fullPartner)];
    await repo.replacePartners(A, given);
    given[0]!.name = 'changed after storing';
    given[0]!.offers!.push('changed');
    const listed = await repo.listPartners(A);
    assert.deepEqual(listed, [fullPartner]);
    listed[0]!.name = 'changed answer';
    listed[0]!.location!.lat = 0;
    listed.push(partner('extra'));
    assert.deepEqual(await repo.listPartners(A), [fullPartner]);
  });

  it('stores a join request once per id, oldest first, with receivedAt', async () => {
    const repo = await openWithSites(open);
    assert.deepEqual(await repo.listJoinRequests(A), []);
    const full = joinRequest('r1', { type: 'sportverein', phone: '+49 30 1234', website: 'https://verein.example/', message: UNICODE });
    assert.equal(await repo.addJoinRequest(A, full, at(1)), true);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r2'), at(2)), true);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r0'), at(3)), true);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r1', { name: 'A retry with other content' }), at(4)), false);
    assert.deepEqual(await repo.listJoinRequests(A), [
      { ...full, receivedAt: iso(1), status: 'new' },
      { ...joinRequest('r2'), receivedAt: iso(2), status: 'new' },
      { ...joinRequest('r0'), receivedAt: iso(3), status: 'new' },
    ]);
    assert.equal(await repo.addJoinRequest(B, joinRequest('r1'), at(5)), true, 'ids are per site');
    assert.deepEqual(await repo.listJoinRequests(B), [{ ...joinRequest('r1'), receivedAt: iso(5), status: 'new' }]);
    assert.equal((await repo.listJoinRequests(A)).length, 3);
  });


  it('getPartner answers one partner as a copy; undefined for an unknown id or another site', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.getPartner(A, 'p-full'), undefined);
    const dated: Partner = { ...fullPartner, confirmedAt: '2025-02-28' };
    await repo.replacePartners(A, [partner('p1'), dated]);
    assert.deepEqual(await repo.getPartner(A, 'p-full'), dated, 'with every field, confirmedAt too');
    assert.deepEqual(await repo.getPartner(A, 'p1'), partner('p1'));
    assert.equal(await repo.getPartner(A, 'p2'), undefined);
    assert.equal(await repo.getPartner(B, 'p1'), undefined);
    const answer = (await repo.getPartner(A, 'p-full'))!;
    answer.name = 'changed answer';
    answer.offers!.push('changed');
    assert.deepEqual(await repo.getPartner(A, 'p-full'), dated);
  });

  it('insertPartner appends at the end of the list, also after deletions and a replaced list', async () => {
    const repo = await openWithSites(open);
    await repo.insertPartner(A, partner('zeta'));
    assert.deepEqual(await repo.listPartners(A), [partner('zeta')], 'the first partner of an empty site');
    await repo.insertPartner(A, partner('alpha'));
    await repo.insertPartner(A, fullPartner);
    assert.deepEqual(await repo.listPartners(A), [partner('zeta'), partner('alpha'), fullPartner], 'in the order inserted, not by id');
    assert.equal(await repo.deletePartner(A, 'p-full'), true);
    await repo.insertPartner(A, partner('mu'));
    assert.equal(await repo.deletePartner(A, 'zeta'), true);
    await repo.insertPartner(A, partner('beta'));
    assert.deepEqual(await repo.listPartners(A), [partner('alpha'), partner('mu'), partner('beta')]);
    await repo.replacePartners(A, [partner('x'), partner('y')]);
    await repo.insertPartner(A, partner('z'));
    assert.deepEqual(await repo.listPartners(A), [partner('x'), partner('y'), partner('z')], 'after the replaced list');
    await repo.replacePartners(A, []);
    await repo.insertPartner(A, partner('only'));
    assert.deepEqual(await repo.listPartners(A), [partner('only')]);
    assert.deepEqual(await repo.listPartners(B), [], 'the other site has none');
    assert.equal(await repo.isEmpty(A), false);
  });

  it('insertPartner refuses an id the site has already, changing nothing; another site may have it', async () => {
    const repo = await openWithSites(open);
    await repo.replacePartners(A, [partner('p1'), partner('p2')]);
    await assert.rejects(repo.insertPartner(A, partner('p1', 'A second p1')));
    await assert.rejects(repo.transaction((tx) => tx.insertPartner(A, partner('p2', 'A second p2'))));
    assert.deepEqual(await repo.listPartners(A), [partner('p1'), partner('p2')]);
    await repo.insertPartner(B, partner('p1', 'p1 of B'));
    assert.deepEqual(await repo.listPartners(B), [partner('p1', 'p1 of B')]);
    assert.deepEqual(await repo.getPartner(A, 'p1'), partner('p1'));
  });

  it('partners inserted at the same moment all land, each once, and the next goes after them', async () => {
    const repo = await openWithSites(open);
    await repo.insertPartner(A, partner('first'));
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    await Promise.all(ids.map((id) => repo.insertPartner(A, partner(id))));
    await repo.insertPartner(A, partner('last'));
    const listed = (await repo.listPartners(A)).map((p) => p.id);
    assert.equal(listed[0], 'first');
    assert.equal(listed.at(-1), 'last');
    assert.deepEqual(listed.slice(1, -1).sort(), ids);
    assert.deepEqual((await repo.listPartners(A)).map((p) => p.id), listed, 'the same order when read again');
  });

  it('updatePartner replaces the fields and keeps the place; false for an unknown id or another site', async () => {
    const repo = await openWithSites(open);
    await repo.replacePartners(A, [partner('first'), { ...fullPartner }, partner('last')]);
    await repo.replacePartners(B, [partner('only-b')]);
    const { description: _gone, offers: _alsoGone, ...rest } = fullPartner;
    const changed: Partner = { ...rest, name: `Neu: ${UNICODE}`, category: 'politik', confirmedAt: '2025-03-01' };
    assert.equal(await repo.updatePartner(A, changed), true);
    assert.deepEqual(await repo.listPartners(A), [partner('first'), changed, partner('last')], 'fields left out are gone');
    assert.deepEqual(await repo.getPartner(A, 'p-full'), changed);
    assert.equal(await repo.updatePartner(A, partner('first', 'First renamed')), true);
    assert.deepEqual(
      (await repo.listPartners(A)).map((p) => p.name),
      ['First renamed', changed.name, 'Partner last'],
    );
    assert.equal(await repo.updatePartner(A, partner('ghost')), false);
    assert.equal(await repo.getPartner(A, 'ghost'), undefined, 'an update never inserts');
    assert.equal(await repo.updatePartner(B, partner('first', 'Not on B')), false);
    assert.deepEqual(await repo.listPartners(B), [partner('only-b')]);
    assert.equal((await repo.getPartner(A, 'first'))!.name, 'First renamed');
    await repo.insertPartner(A, partner('appended'));
    assert.deepEqual(
      (await repo.listPartners(A)).map((p) => p.id),
      ['first', 'p-full', 'last', 'appended'],
    );
  });

  it('deletePartner answers whether a partner went, on its site only', async () => {
    const repo = await openWithSites(open);
    await repo.replacePartners(A, [partner('p1'), partner('p2'), partner('p3')]);
    await repo.replacePartners(B, [partner('p2', 'p2 of B')]);
    assert.equal(await repo.deletePartner(A, 'p2'), true);
    assert.equal(await repo.deletePartner(A, 'p2'), false, 'already gone');
    assert.equal(await repo.deletePartner(A, 'ghost'), false);
    assert.deepEqual(await repo.listPartners(A), [partner('p1'), partner('p3')]);
    assert.deepEqual(await repo.listPartners(B), [partner('p2', 'p2 of B')]);
    assert.equal(await repo.deletePartner(B, 'p1'), false, 'p1 is on A only');
    assert.equal(await repo.deletePartner(A, 'p1'), true);
    assert.equal(await repo.deletePartner(A, 'p3'), true);
    assert.deepEqual(await repo.listPartners(A), []);
    assert.equal(await repo.isEmpty(A), true, 'a site whose last partner went');
  });

  it('a new join request has status new and no handled date; getJoinRequest answers one, as a copy', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.getJoinRequest(A, 'r-full'), undefined);
    assert.equal(await repo.addJoinRequest(A, fullJoinRequest, at(1)), true);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r-min'), at(2)), true);
    const stored = checkedRequest(await repo.getJoinRequest(A, 'r-full'))!;
    assert.deepEqual(stored, { ...fullJoinRequest, receivedAt: iso(1), status: 'new' }, 'with address, offers, description, publish');
    assert.deepEqual(checkedRequest(await repo.getJoinRequest(A, 'r-min')), { ...joinRequest('r-min'), receivedAt: iso(2), status: 'new' });
    for (const listed of await repo.listJoinRequests(A)) checkedRequest(listed);
    assert.equal(await repo.getJoinRequest(B, 'r-full'), undefined, 'on its site only');
    assert.equal(await repo.getJoinRequest(A, 'ghost'), undefined);
    stored.offers!.push('changed');
    stored.status = 'accepted';
    assert.deepEqual(await repo.getJoinRequest(A, 'r-full'), { ...fullJoinRequest, receivedAt: iso(1), status: 'new' });
  });

  it('setJoinRequestStatus accepts with the partner, declines without one, and may change its mind', async () => {
    const repo = await openWithSites(open);
    for (const [i, id] of ['r1', 'r2', 'r3'].entries()) await repo.addJoinRequest(A, joinRequest(id), at(i + 1));
    await repo.addJoinRequest(B, joinRequest('r1', { name: 'Verein B' }), at(1));

    assert.equal(await repo.setJoinRequestStatus(A, 'r1', 'accepted', at(10), 'p-r1'), true);
    assert.deepEqual(checkedRequest(await repo.getJoinRequest(A, 'r1')), {
      ...joinRequest('r1'),
      receivedAt: iso(1),
      status: 'accepted',
      handledAt: iso(10),
      partnerId: 'p-r1',
    });
    assert.equal(await repo.setJoinRequestStatus(A, 'r2', 'declined', at(11)), true);
    const declined = checkedRequest(await repo.getJoinRequest(A, 'r2'))!;
    assert.deepEqual(declined, { ...joinRequest('r2'), receivedAt: iso(2), status: 'declined', handledAt: iso(11) });
    assert.equal('partnerId' in declined, false);

    // Declined after all: the partner id goes, the date is the new one.
    assert.equal(await repo.setJoinRequestStatus(A, 'r1', 'declined', at(12)), true);
    const changed = checkedRequest(await repo.getJoinRequest(A, 'r1'))!;
    assert.deepEqual(changed, { ...joinRequest('r1'), receivedAt: iso(1), status: 'declined', handledAt: iso(12) });
    assert.equal('partnerId' in changed, false);
    assert.equal(await repo.setJoinRequestStatus(A, 'r2', 'accepted', at(13), 'p-r2'), true);
    assert.equal((await repo.getJoinRequest(A, 'r2'))!.partnerId, 'p-r2');

    assert.equal(await repo.setJoinRequestStatus(A, 'ghost', 'accepted', at(14), 'p'), false);
    assert.equal(await repo.getJoinRequest(A, 'ghost'), undefined, 'a status is never a new request');
    assert.equal(await repo.setJoinRequestStatus(B, 'r2', 'declined', at(14)), false, 'r2 is on A only');

    const listed = await repo.listJoinRequests(A);
    for (const request of listed) checkedRequest(request);
    assert.deepEqual(
      listed.map((r) => [r.id, r.status]),
      [
        ['r1', 'declined'],
        ['r2', 'accepted'],
        ['r3', 'new'],
      ],
      'the order stays the order of arrival',
    );
    assert.equal('handledAt' in listed[2]!, false);
    assert.deepEqual(await repo.listJoinRequests(B), [{ ...joinRequest('r1', { name: 'Verein B' }), receivedAt: iso(1), status: 'new' }]);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r1', { name: 'A retry' }), at(20)), false, 'a handled id stays taken');
    assert.equal((await repo.getJoinRequest(A, 'r1'))!.status, 'declined');
  });

  it('deleteJoinRequest answers whether one went, on its site only; the id is free again', async () => {
    const repo = await openWithSites(open);
    await repo.addJoinRequest(A, joinRequest('r1'), at(1));
    await repo.addJoinRequest(A, joinRequest('r2'), at(2));
    await repo.addJoinRequest(B, joinRequest('r1'), at(1));
    await repo.setJoinRequestStatus(A, 'r2', 'accepted', at(3), 'p2');
    assert.equal(await repo.deleteJoinRequest(A, 'r1'), true);
    assert.equal(await repo.deleteJoinRequest(A, 'r1'), false, 'already gone');
    assert.equal(await repo.deleteJoinRequest(A, 'ghost'), false);
    assert.equal(await repo.deleteJoinRequest(B, 'r2'), false, 'r2 is on A only');
    assert.deepEqual((await repo.listJoinRequests(A)).map((r) => r.id), ['r2']);
    assert.deepEqual((await repo.listJoinRequests(B)).map((r) => r.id), ['r1']);
    assert.equal(await repo.deleteJoinRequest(A, 'r2'), true, 'a handled request too');
    assert.deepEqual(await repo.listJoinRequests(A), []);
    assert.equal(await repo.addJoinRequest(A, joinRequest('r1', { name: 'Again' }), at(4)), true);
    assert.deepEqual(await repo.listJoinRequests(A), [{ ...joinRequest('r1', { name: 'Again' }), receivedAt: iso(4), status: 'new' }]);
  });

  it('purgeHandledJoinRequests deletes the handled requests handled before the date, on every site', async () => {
    const repo = await openWithSites(open);
    const add = (site: string, id: string, seconds: number) => repo.addJoinRequest(site, joinRequest(id), at(seconds));
    await add(A, 'new-old', -1000);
    await add(A, 'accepted-old', 1);
    await add(A, 'declined-old', 2);
    await add(A, 'just-before', 3);
    await add(A, 'at-the-date', 4);
    await add(A, 'recent', 5);
    await add(B, 'b-declined-old', 1);
    await add(B, 'b-new', 2);
    await repo.setJoinRequestStatus(A, 'accepted-old', 'accepted', at(10), 'p1');
    await repo.setJoinRequestStatus(A, 'declined-old', 'declined', at(20));
    await repo.setJoinRequestStatus(A, 'just-before', 'declined', at(49.999));
    await repo.setJoinRequestStatus(A, 'at-the-date', 'accepted', at(50), 'p2');
    await repo.setJoinRequestStatus(A, 'recent', 'accepted', at(100), 'p3');
    await repo.setJoinRequestStatus(B, 'b-declined-old', 'declined', at(10));

    assert.equal(await repo.purgeHandledJoinRequests(at(50)), 4);
    assert.deepEqual(
      (await repo.listJoinRequests(A)).map((r) => r.id),
      ['new-old', 'at-the-date', 'recent'],
      'new requests stay however old; handled at the date itself is not before it',
    );
    assert.deepEqual((await repo.listJoinRequests(B)).map((r) => r.id), ['b-new']);
    assert.equal(await repo.getJoinRequest(A, 'accepted-old'), undefined);
    assert.equal(await repo.purgeHandledJoinRequests(at(50)), 0, 'nothing left to purge');

    assert.equal(await repo.purgeHandledJoinRequests(new Date('2999-01-01T00:00:00.000Z')), 2);
    assert.deepEqual((await repo.listJoinRequests(A)).map((r) => r.id), ['new-old']);
    assert.deepEqual((await repo.listJoinRequests(B)).map((r) => r.id), ['b-new']);
    assert.equal(await repo.transaction((tx) => tx.purgeHandledJoinRequests(at(1000))), 0, 'inside a transaction too');
  });

  // ---- agendas and plans ----

  it('puts, gets and replaces agendas, as copies', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.getAgenda(A, 'ag1'), undefined);
    const given = agenda();
    await repo.putAgenda(A, given, at(1));
    given.items[0]!.title = 'changed after storing';
    assert.deepEqual(await repo.getAgenda(A, 'ag1'), agenda());
    const answer = (await repo.getAgenda(A, 'ag1'))!;
    answer.items.pop();
    answer.title = 'changed answer';
    assert.deepEqual(await repo.getAgenda(A, 'ag1'), agenda());
    const replaced: Agenda = { id: 'ag1', title: 'Vorlage', timezone: 'Europe/Berlin', items: [] };
    await repo.putAgenda(A, replaced, at(2));
    assert.deepEqual(await repo.getAgenda(A, 'ag1'), replaced, 'the whole document is replaced (no date, no location)');
    await repo.putAgenda(A, agenda('ag2', 'Second'), at(3));
    assert.deepEqual(await repo.getAgenda(A, 'ag2'), agenda('ag2', 'Second'));
    assert.deepEqual(await repo.getAgenda(A, 'ag1'), replaced);
  });

  it('puts, gets and replaces plans, as copies; lockPlan answers the plan', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.getPlan(A, 'pl1'), undefined);
    assert.equal(await repo.lockPlan(A, 'pl1'), undefined);
    const given = plan();
    await repo.putPlan(A, given, at(1));
    given.points[0]!.steps![0]!.done = false;
    // A plan stored without a version is at version 1.
    const stored = { ...plan(), version: 1 };
    assert.deepEqual(await repo.getPlan(A, 'pl1'), stored);
    const answer = (await repo.getPlan(A, 'pl1'))!;
    answer.points[0]!.status = 'done';
    assert.deepEqual(await repo.getPlan(A, 'pl1'), stored);
    assert.deepEqual(await repo.lockPlan(A, 'pl1'), stored, 'outside a transaction lockPlan is getPlan');
    assert.deepEqual(await repo.transaction((tx) => tx.lockPlan(A, 'pl1')), stored);
    assert.equal(await repo.transaction((tx) => tx.lockPlan(A, 'nope')), undefined);
    const replaced: Plan = {
      id: 'pl1',
      title: 'Neu',
      points: [{ id: 'pt9', title: 'Nur einer', summary: 'Kurz', status: 'done' }],
      check: { answers: { netzwerk: 'yes', anker: 'partly' }, updatedAt: iso(2) },
      version: 7,
    };
    await repo.putPlan(A, replaced, at(2));
    assert.deepEqual(await repo.getPlan(A, 'pl1'), replaced, 'the version and the self-check are stored as given');
    assert.equal(await repo.getPlan(B, 'pl1'), undefined);
  });

  it('insertPlan stores a plan only under a new id', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.insertPlan(A, plan(), at(1)), true);
    assert.deepEqual(await repo.getPlan(A, 'pl1'), { ...plan(), version: 1 });
    assert.equal(await repo.insertPlan(A, { ...plan('pl1', 'Anders'), version: 4 }, at(2)), false);
    assert.deepEqual(await repo.getPlan(A, 'pl1'), { ...plan(), version: 1 }, 'the stored plan stays');
    assert.equal(await repo.transaction((tx) => tx.insertPlan(B, plan('pl1', 'B'), at(3))), true, 'another site has its own ids');
    assert.equal((await repo.getPlan(B, 'pl1'))?.title, 'B');
    await assert.rejects(
      repo.transaction(async (tx) => {
        assert.equal(await tx.insertPlan(A, plan('pl2'), at(4)), true);
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.equal(await repo.getPlan(A, 'pl2'), undefined, 'a rolled-back insert leaves nothing');
  });

  // ---- boards ----

  it('puts and gets a board; lockBoard answers the same in and outside a transaction', async () => {
    const repo = await openWithSites(open);
    assert.equal(await repo.getBoard(A, 'b1'), undefined);
    assert.equal(await repo.lockBoard(A, 'b1'), undefined);
    const given = board('b1', ['q1', 'q2'], { settings: { votesPerPerson: 5, reveal: 'moderated' }, locked: true, revealed: true });
    await repo.putBoard(A, given);
    assert.deepEqual(await repo.getBoard(A, 'b1'), given);
    assert.deepEqual(await repo.lockBoard(A, 'b1'), given);
    assert.deepEqual(await repo.transaction((tx) => tx.lockBoard(A, 'b1')), given);
    assert.equal(await repo.transaction((tx) => tx.lockBoard(A, 'nope')), undefined);
    const answer = (await repo.getBoard(A, 'b1'))!;
    answer.questions.pop();
    answer.settings.votesPerPerson = 1;
    given.title = 'changed after storing';
    assert.deepEqual(await repo.getBoard(A, 'b1'), board('b1', ['q1', 'q2'], { settings: { votesPerPerson: 5, reveal: 'moderated' }, locked: true, revealed: true }));
  });

  it('putBoard again: new title, settings, flags and questions; cards of dropped questions go with their votes', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board('b1', ['q1', 'q2', 'q3']));
    await repo.insertCard(A, 'b1', card('c1', 'q1', 1, ALICE));
    await repo.insertCard(A, 'b1', card('c2', 'q2', 2, ALICE));
    await repo.insertCard(A, 'b1', card('c3', 'q3', 3, BOB));
    await repo.insertVote(A, 'b1', vote('v1', 'c1', ALICE));
    await repo.insertVote(A, 'b1', vote('v2', 'c2', ALICE));
    await repo.insertVote(A, 'b1', vote('v3', 'c2', BOB));
    await repo.insertVote(A, 'b1', vote('v4', 'c3', BOB));
    await repo.appendEvent(A, 'b1', removedEvent('x'));
    await repo.appendEvent(A, 'b1', removedEvent('y'));

    const next: BoardRecord = {
      id: 'b1',
      title: `Neu ${UNICODE}`,
      settings: { votesPerPerson: 1, reveal: 'moderated' },
      locked: true,
      revealed: true,
      questions: [
        { id: 'q3', text: 'Third, now first' },
        { id: 'q4', text: 'New', hint: 'Neu' },
        { id: 'q1', text: 'First, reworded' },
      ],
    };
    await repo.putBoard(A, next);
    assert.deepEqual(await repo.getBoard(A, 'b1'), next, 'questions in the order given');
    assert.deepEqual(
      (await repo.listCards(A, 'b1')).map((c) => [c.id, c.votes]),
      [
        ['c1', 1],
        ['c3', 1],
      ],
    );
    assert.equal(await repo.getCard(A, 'b1', 'c2'), undefined);
    assert.equal(await repo.getVote(A, 'b1', 'v2'), undefined);
    assert.equal(await repo.getVote(A, 'b1', 'v3'), undefined);
    assert.deepEqual(await repo.getVote(A, 'b1', 'v4'), vote('v4', 'c3', BOB));
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 1);
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 1);
    const log = await repo.eventsSince(A, 'b1', 0);
    assert.equal(log.lastSeq, 2, 'the event sequence is kept');
    assert.equal(await repo.appendEvent(A, 'b1', removedEvent('z')), 3);

    const flagsOff = { ...next, locked: false, revealed: false, settings: { votesPerPerson: 3, reveal: 'open' as const } };
    await repo.putBoard(A, flagsOff);
    assert.deepEqual(await repo.getBoard(A, 'b1'), flagsOff, 'flags go back to false');
  });

  // ---- cards ----

  it('lists cards in creation time order, ties in insertion order', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    assert.deepEqual(await repo.listCards(A, 'b1'), []);
    assert.deepEqual(await repo.listCards(A, 'unknown-board'), []);
    await repo.insertCard(A, 'b1', card('m', 'q1', 20));
    await repo.insertCard(A, 'b1', card('z', 'q2', 10));
    await repo.insertCard(A, 'b1', card('a', 'q1', 10));
    await repo.insertCard(A, 'b1', card('k', 'q1', 5));
    await repo.insertCard(A, 'b1', card('b', 'q2', 10));
    await repo.insertCard(A, 'b1', card('y', 'q1', 30));
    assert.deepEqual(
      (await repo.listCards(A, 'b1')).map((c) => c.id),
      ['k', 'z', 'a', 'b', 'm', 'y'],
    );
  });

  it('keeps the order over many cards inserted out of time order', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    const count = 300;
    await repo.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        // Times count down; two cards in a row share their time.
        await tx.insertCard(A, 'b1', card(`c${i}`, i % 2 ? 'q2' : 'q1', count - Math.floor(i / 2)));
        if (i % 10 === 0) await tx.insertVote(A, 'b1', vote(`v${i}`, `c${i}`, ALICE));
      }
    });
    const cards = await repo.listCards(A, 'b1', ALICE);
    assert.equal(cards.length, count);
    assert.deepEqual(
      cards.map((c) => c.id),
      Array.from({ length: count / 2 }, (_, k) => count / 2 - 1 - k).flatMap((pair) => [`c${2 * pair}`, `c${2 * pair + 1}`]),
    );
    assert.equal(cards.reduce((sum, c) => sum + c.votes, 0), count / 10);
    assert.equal(cards.reduce((sum, c) => sum + c.myVotes, 0), count / 10);
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), count / 10);
  });

  it('answers a card with its fields, vote total and the asking client’s votes', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    await repo.putBoard(A, board('b2'));
    const seeded = card('c1', 'q1', 1, undefined, { insight: true, hidden: true, text: UNICODE });
    const written = card('c2', 'q2', 2, ALICE);
    await repo.insertCard(A, 'b1', seeded);
    await repo.insertCard(A, 'b1', written);
    assert.equal(await repo.getCard(A, 'b1', 'nope'), undefined);
    assert.equal(await repo.getCard(A, 'b2', 'c1'), undefined, 'cards belong to their board');
    assert.deepEqual(plain(await repo.getCard(A, 'b1', 'c1')), { ...seeded, votes: 0, myVotes: 0 });
    const got = (await repo.getCard(A, 'b1', 'c2', ALICE))!;
    assert.deepEqual(plain(got), { ...written, votes: 0, myVotes: 0 });
    assert.equal(got.authorId, ALICE);
    assert.equal((await repo.getCard(A, 'b1', 'c1'))!.authorId, undefined, 'a seeded card has no author');

    await repo.insertVote(A, 'b1', vote('v1', 'c1', ALICE));
    await repo.insertVote(A, 'b1', vote('v2', 'c1', ALICE));
    await repo.insertVote(A, 'b1', vote('v3', 'c1', BOB));
    await repo.insertVote(A, 'b1', vote('v4', 'c1')); // without a client (seeded)
    await repo.insertVote(A, 'b1', vote('v5', 'c2', BOB));
    const totals = async (clientId?: string) =>
      (await repo.listCards(A, 'b1', clientId)).map((c) => [c.id, c.votes, c.myVotes]);
    assert.deepEqual(await totals(), [
      ['c1', 4, 0],
      ['c2', 1, 0],
    ]);
    assert.deepEqual(await totals(ALICE), [
      ['c1', 4, 2],
      ['c2', 1, 0],
    ]);
    assert.deepEqual(await totals(BOB), [
      ['c1', 4, 1],
      ['c2', 1, 1],
    ]);
    assert.deepEqual(await totals(CAROL), [
      ['c1', 4, 0],
      ['c2', 1, 0],
    ]);
    const c1 = (await repo.getCard(A, 'b1', 'c1', ALICE))!;
    assert.deepEqual([c1.votes, c1.myVotes], [4, 2]);
    const c1Bob = (await repo.getCard(A, 'b1', 'c1', BOB))!;
    assert.deepEqual([c1Bob.votes, c1Bob.myVotes], [4, 1]);
    const c1None = (await repo.getCard(A, 'b1', 'c1'))!;
    assert.deepEqual([c1None.votes, c1None.myVotes], [4, 0]);
  });

  it('sums vote values with -1 and clamps card totals and myVotes at 0', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    await repo.insertCard(A, 'b1', card('c1'));
    await repo.insertCard(A, 'b1', card('c2', 'q1', 1));
    await repo.insertVote(A, 'b1', vote('v1', 'c1', ALICE, 1));
    await repo.insertVote(A, 'b1', vote('v2', 'c1', ALICE, 1));
    await repo.insertVote(A, 'b1', vote('v3', 'c1', ALICE, -1));
    await repo.insertVote(A, 'b1', vote('v4', 'c1', BOB, 1));
    let c1 = (await repo.getCard(A, 'b1', 'c1', ALICE))!;
    assert.deepEqual([c1.votes, c1.myVotes], [2, 1]);
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 1);
    await repo.insertVote(A, 'b1', vote('v5', 'c1', ALICE, -1));
    await repo.insertVote(A, 'b1', vote('v6', 'c1', ALICE, -1));
    await repo.insertVote(A, 'b1', vote('v8', 'c1', BOB, 1));
    c1 = (await repo.getCard(A, 'b1', 'c1', ALICE))!;
    assert.deepEqual([c1.votes, c1.myVotes], [1, 0], 'alice: 2 - 3 = -1 → myVotes 0; the card: -1 + 2 = 1');
    await repo.insertVote(A, 'b1', vote('v7', 'c2', BOB, -1));
    const c2 = (await repo.getCard(A, 'b1', 'c2', BOB))!;
    assert.deepEqual([c2.votes, c2.myVotes], [0, 0], 'a card of only -1 votes shows 0');
    assert.deepEqual(
      (await repo.listCards(A, 'b1', BOB)).map((c) => [c.id, c.votes, c.myVotes]),
      [
        ['c1', 1, 2],
        ['c2', 0, 0],
      ],
    );
    // votesOfClient is the plain sum of the client's values on the board (no clamping).
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), -1);
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 1);
  });

  it('updates a card’s text and flags, keeping the rest and its votes', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    const original = card('c1', 'q2', 3, ALICE);
    await repo.insertCard(A, 'b1', original);
    await repo.insertCard(A, 'b1', card('c2', 'q1', 4, BOB));
    await repo.insertVote(A, 'b1', vote('v1', 'c1', BOB));
    await repo.updateCard(A, 'b1', 'c1', { text: `Neu ${UNICODE}`, insight: true, hidden: true });
    assert.deepEqual(plain(await repo.getCard(A, 'b1', 'c1', BOB)), {
      ...original,
      text: `Neu ${UNICODE}`,
      insight: true,
      hidden: true,
      votes: 1,
      myVotes: 1,
    });
    await repo.updateCard(A, 'b1', 'c1', { text: 'Again', insight: false, hidden: false });
    assert.deepEqual(plain(await repo.getCard(A, 'b1', 'c1')), { ...original, text: 'Again', votes: 1, myVotes: 0 });
    assert.deepEqual(plain(await repo.getCard(A, 'b1', 'c2')), { ...card('c2', 'q1', 4, BOB), votes: 0, myVotes: 0 });
    assert.deepEqual((await repo.listCards(A, 'b1')).map((c) => c.id), ['c1', 'c2'], 'an update does not move the card');
  });

  it('deleteCard removes the card with its votes', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.insertVote(A, 'b1', vote('v4', 'c2', ALICE));
    await repo.deleteCard(A, 'b1', 'c1');
    assert.equal(await repo.getCard(A, 'b1', 'c1'), undefined);
    assert.equal(await repo.getVote(A, 'b1', 'v1'), undefined);
    assert.equal(await repo.getVote(A, 'b1', 'v2'), undefined);
    assert.deepEqual(await repo.getVote(A, 'b1', 'v4'), vote('v4', 'c2', ALICE));
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 1);
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 1);
    assert.deepEqual(
      (await repo.listCards(A, 'b1', ALICE)).map((c) => [c.id, c.votes, c.myVotes]),
      [['c2', 2, 1]],
    );
    await repo.deleteCard(A, 'b1', 'c1'); // gone already: nothing happens
    assert.equal((await repo.listCards(A, 'b1')).length, 1);
  });

  it('keeps the ideas merged into a card: inserted with it, replaced by setMerged, gone with an empty list', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    assert.equal((await repo.getCard(A, 'b1', 'c1'))!.merged, undefined, 'a card without merged ideas has no list');
    const merged = [
      { id: 'm1', text: `Zusammengeführt ${UNICODE}` },
      { id: 'm2', text: 'Noch eine Idee' },
    ];
    await repo.insertCard(A, 'b1', card('c3', 'q1', 3, CAROL, { merged }));
    assert.deepEqual((await repo.getCard(A, 'b1', 'c3'))!.merged, merged);
    await repo.setMerged(A, 'b1', 'c1', [{ id: 'c2', text: 'Idea c2' }]);
    const c1 = (await repo.getCard(A, 'b1', 'c1', ALICE))!;
    assert.deepEqual(plain(c1), plain({ ...card('c1', 'q1', 1, ALICE), merged: [{ id: 'c2', text: 'Idea c2' }], votes: 2, myVotes: 2 }));
    assert.deepEqual(
      (await repo.listCards(A, 'b1')).map((c) => [c.id, c.merged?.map((m) => m.id)]),
      [
        ['c1', ['c2']],
        ['c2', undefined],
        ['c3', ['m1', 'm2']],
      ],
    );
    await repo.updateCard(A, 'b1', 'c1', { text: 'Neu', insight: true, hidden: false });
    assert.deepEqual((await repo.getCard(A, 'b1', 'c1'))!.merged, [{ id: 'c2', text: 'Idea c2' }], 'updateCard keeps them');
    await repo.setMerged(A, 'b1', 'c1', []);
    assert.equal((await repo.getCard(A, 'b1', 'c1'))!.merged, undefined);
    assert.equal((await repo.getCard(B, 'b1', 'c3')), undefined);
  });

  it('listBoards answers each board of the site with its counts, ordered by id', async () => {
    const repo = await openWithSites(open);
    assert.deepEqual(await repo.listBoards(A), []);
    await repo.transaction(seedBoard);
    await repo.putBoard(A, board('a-zwei', ['q1', 'q2', 'q3'], { title: `Zwei ${UNICODE}`, locked: true }));
    await repo.putBoard(A, board('Z', ['q1']));
    await repo.putBoard(B, board('b1', ['q1']));
    await repo.insertCard(A, 'a-zwei', card('x1', 'q3', 1));
    assert.deepEqual(await repo.listBoards(A), [
      { id: 'Z', title: 'Board Z', locked: false, questions: 1, ideas: 0 },
      { id: 'a-zwei', title: `Zwei ${UNICODE}`, locked: true, questions: 3, ideas: 1 },
      { id: 'b1', title: 'Board b1', locked: false, questions: 2, ideas: 2 },
    ]);
    assert.deepEqual(await repo.listBoards(B), [{ id: 'b1', title: 'Board b1', locked: false, questions: 1, ideas: 0 }]);
    assert.deepEqual(await repo.listBoards('site-new'), []);
  });

  it('deleteCards removes every card and vote of the board and answers how many cards went', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.putBoard(A, board('b2'));
    await repo.insertCard(A, 'b2', card('other', 'q1', 1, ALICE));
    await repo.insertVote(A, 'b2', vote('vo', 'other', ALICE));
    assert.equal(await repo.deleteCards(A, 'b1'), 2);
    assert.deepEqual(await repo.listCards(A, 'b1'), []);
    assert.equal(await repo.getVote(A, 'b1', 'v1'), undefined);
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 0);
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 0);
    assert.ok(await repo.getBoard(A, 'b1'), 'the board stays');
    assert.equal((await repo.listCards(A, 'b2')).length, 1, 'other boards keep theirs');
    assert.equal(await repo.votesOfClient(A, 'b2', ALICE), 1);
    assert.equal(await repo.deleteCards(A, 'b1'), 0);
    // The board takes new cards and votes afterwards.
    await repo.insertCard(A, 'b1', card('c1', 'q1', 9, ALICE));
    await repo.insertVote(A, 'b1', vote('v1', 'c1', ALICE));
    assert.deepEqual((await repo.listCards(A, 'b1', ALICE)).map((c) => [c.id, c.votes, c.myVotes]), [['c1', 1, 1]]);
  });

  // ---- votes ----

  it('getVote answers a stored vote; votesOfClient sums a client’s votes on the board', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.putBoard(A, board('b2'));
    await repo.insertCard(A, 'b2', card('c1', 'q1', 1));
    await repo.insertVote(A, 'b2', vote('w1', 'c1', ALICE));
    await repo.insertVote(A, 'b1', vote('v4', 'c2', undefined, 1, 7));
    assert.deepEqual(await repo.getVote(A, 'b1', 'v1'), vote('v1', 'c1', ALICE));
    assert.deepEqual(plain(await repo.getVote(A, 'b1', 'v4')), vote('v4', 'c2', undefined, 1, 7));
    assert.equal((await repo.getVote(A, 'b1', 'v4'))!.clientId, undefined);
    assert.equal(await repo.getVote(A, 'b1', 'nope'), undefined);
    assert.equal(await repo.getVote(A, 'b2', 'v1'), undefined, 'votes belong to their board');
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 2);
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 1);
    assert.equal(await repo.votesOfClient(A, 'b1', CAROL), 0);
    assert.equal(await repo.votesOfClient(A, 'b2', ALICE), 1);
    assert.equal(await repo.votesOfClient(A, 'unknown-board', ALICE), 0);
  });

  it('moveVotes moves every vote of one card to another', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.insertCard(A, 'b1', card('c3', 'q1', 3, CAROL));
    await repo.insertVote(A, 'b1', vote('v4', 'c2', ALICE));
    await repo.insertVote(A, 'b1', vote('v5', 'c1', BOB, 1));
    await repo.moveVotes(A, 'b1', 'c1', 'c2');
    assert.deepEqual(
      (await repo.listCards(A, 'b1', ALICE)).map((c) => [c.id, c.votes, c.myVotes]),
      [
        ['c1', 0, 0],
        ['c2', 5, 3],
        ['c3', 0, 0],
      ],
    );
    assert.equal((await repo.getCard(A, 'b1', 'c2', BOB))!.myVotes, 2);
    assert.deepEqual(await repo.getVote(A, 'b1', 'v1'), vote('v1', 'c2', ALICE));
    assert.deepEqual(await repo.getVote(A, 'b1', 'v5'), vote('v5', 'c2', BOB));
    assert.equal(await repo.votesOfClient(A, 'b1', ALICE), 3, 'a move keeps the client totals');
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 2);
    // The merge pattern: move, then delete the emptied card; the moved votes stay.
    await repo.deleteCard(A, 'b1', 'c1');
    assert.equal((await repo.getCard(A, 'b1', 'c2'))!.votes, 5);
    await repo.moveVotes(A, 'b1', 'c3', 'c2'); // no votes to move
    assert.equal((await repo.getCard(A, 'b1', 'c2'))!.votes, 5);
  });

  // ---- events ----

  it('numbers events per board from 1 without gaps and answers them since a sequence number', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board('b1'));
    await repo.putBoard(A, board('b2'));
    assert.deepEqual(await repo.eventsSince(A, 'b1', 0), { events: [], lastSeq: 0, firstKept: 1 });
    assert.deepEqual(await repo.eventsSince(A, 'unknown-board', 0), { events: [], lastSeq: 0, firstKept: 1 });
    const c1 = card('c1', 'q1', 1, ALICE, { text: UNICODE });
    const boardEvent: BoardEvent = {
      type: 'board-updated',
      board: { id: 'b1', title: 'Board b1', questions: [{ id: 'q1', text: 'Q?' }], cards: [eventCard(c1, 2)], settings: { votesPerPerson: 3, reveal: 'open' }, locked: true },
    };
    assert.equal(await repo.appendEvent(A, 'b1', addedEvent(c1), ALICE), 1);
    assert.equal(await repo.appendEvent(A, 'b1', boardEvent), 2);
    assert.equal(await repo.appendEvent(A, 'b2', removedEvent('x')), 1, 'each board counts on its own');
    assert.equal(await repo.appendEvent(A, 'b1', removedEvent('c1'), BOB), 3);
    const all = await repo.eventsSince(A, 'b1', 0);
    assert.equal(all.lastSeq, 3);
    assert.equal(all.firstKept, 1);
    assert.deepEqual(plain(all.events), [
      { seq: 1, event: addedEvent(c1), authorId: ALICE },
      { seq: 2, event: boardEvent },
      { seq: 3, event: removedEvent('c1'), authorId: BOB },
    ]);
    assert.equal(all.events[1]!.authorId, undefined);
    assert.deepEqual(await repo.eventsSince(A, 'b1', 2), { events: [{ seq: 3, event: removedEvent('c1'), authorId: BOB }], lastSeq: 3, firstKept: 1 });
    assert.deepEqual(await repo.eventsSince(A, 'b1', 3), { events: [], lastSeq: 3, firstKept: 1 });
    assert.deepEqual(await repo.eventsSince(A, 'b1', 10), { events: [], lastSeq: 3, firstKept: 1 });
    assert.deepEqual(await repo.eventsSince(A, 'b2', 0), { events: [{ seq: 1, event: removedEvent('x') }], lastSeq: 1, firstKept: 1 });
    // Answers are copies.
    const answer = await repo.eventsSince(A, 'b1', 0);
    (answer.events[0]!.event as { type: string; card: Card }).card.text = 'changed';
    answer.events.pop();
    assert.deepEqual(plain(await repo.eventsSince(A, 'b1', 0)), plain(all));
  });

  it('appendEvent on an unknown board throws', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(B, board('b1'));
    await assert.rejects(repo.appendEvent(A, 'b1', removedEvent('x')));
    await assert.rejects(repo.transaction((tx) => tx.appendEvent(A, 'nope', removedEvent('x'))));
    assert.deepEqual(await repo.eventsSince(A, 'b1', 0), { events: [], lastSeq: 0, firstKept: 1 });
  });

  it(`prunes the log to the newest ${EVENTS_KEPT_PER_BOARD} events`, async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    const seqs: number[] = [];
    const total = EVENTS_KEPT_PER_BOARD + 5;
    await repo.transaction(async (tx) => {
      for (let i = 1; i <= total; i++) seqs.push(await tx.appendEvent(A, 'b1', removedEvent(`c${i}`)));
    });
    assert.deepEqual(seqs, Array.from({ length: total }, (_, i) => i + 1));
    const log = await repo.eventsSince(A, 'b1', 0);
    assert.equal(log.lastSeq, total);
    assert.equal(log.firstKept, 6);
    assert.equal(log.events.length, EVENTS_KEPT_PER_BOARD);
    assert.equal(log.events[0]!.seq, 6);
    assert.deepEqual(log.events[0]!.event, removedEvent('c6'));
    assert.equal(log.events.at(-1)!.seq, total);
    assert.ok(log.events.every((e, i) => e.seq === 6 + i), 'kept events ascending without gaps');
    const recent = await repo.eventsSince(A, 'b1', 1000);
    assert.deepEqual(
      recent.events.map((e) => e.seq),
      [1001, 1002, 1003, 1004, 1005],
    );
    assert.equal(recent.firstKept, 6);
    assert.equal(await repo.appendEvent(A, 'b1', removedEvent('next')), total + 1);
    const after = await repo.eventsSince(A, 'b1', 0);
    assert.deepEqual([after.firstKept, after.lastSeq, after.events.length], [7, total + 1, EVENTS_KEPT_PER_BOARD]);
  });

  // ---- transactions ----

  it('a transaction answers what its function answers and reads its own writes', async () => {
    const repo = await openWithSites(open);
    const answer = await repo.transaction(async (tx) => {
      await seedBoard(tx);
      assert.equal((await tx.getCard(A, 'b1', 'c1', ALICE))!.myVotes, 2);
      assert.equal(await tx.votesOfClient(A, 'b1', ALICE), 2);
      assert.equal((await tx.eventsSince(A, 'b1', 0)).lastSeq, 1);
      return { done: true };
    });
    assert.deepEqual(answer, { done: true });
    assert.equal((await repo.listCards(A, 'b1')).length, 2);
  });

  it('a throwing transaction rolls back every write and event and throws the same error', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.setKeyHash(A, 'moderator', 'hash-1', at(1));
    await repo.replacePartners(A, [partner('p1')]);
    await repo.insertPartner(A, partner('p0'));
    await repo.addJoinRequest(A, joinRequest('r1'), at(1));
    // Received at the same instant as r1: a rollback must keep them in their order.
    await repo.addJoinRequest(A, joinRequest('r1b'), at(1));
    await repo.addJoinRequest(A, joinRequest('r-handled'), at(1));
    await repo.setJoinRequestStatus(A, 'r-handled', 'accepted', at(1), 'p0');
    await repo.addJoinRequest(B, joinRequest('r-b'), at(1));
    await repo.setJoinRequestStatus(B, 'r-b', 'declined', at(1));
    await repo.putAgenda(A, agenda(), at(1));
    await repo.putPlan(A, plan(), at(1));
    const seen: number[] = [];
    repo.onEvent((_site, _boardId, seq) => seen.push(seq));
    const before = await snapshot(repo);
    const error = new Error('boom');
    await assert.rejects(
      repo.transaction(async (tx) => {
        await tx.createSite({ id: 'site-new', title: 'New', createdAt: iso(3) });
        await tx.setKeyHash(A, 'moderator', 'hash-2', at(3));
        await tx.setKeyHash(A, 'network', 'hash-net', at(3));
        await tx.updatePartner(A, partner('p1', 'Changed'));
        assert.equal(await tx.deletePartner(A, 'p0'), true);
        await tx.insertPartner(A, partner('p4'));
        await tx.replacePartners(A, [partner('p2'), partner('p3')]);
        await tx.insertPartner(A, partner('p5'));
        await tx.updatePartner(A, partner('p2', 'Changed'));
        assert.equal(await tx.deletePartner(A, 'p3'), true);
        await tx.insertPartner(B, partner('p1'));
        await tx.addJoinRequest(A, joinRequest('r2'), at(3));
        assert.equal(await tx.setJoinRequestStatus(A, 'r1', 'accepted', at(3), 'p4'), true);
        assert.equal(await tx.setJoinRequestStatus(A, 'r-handled', 'declined', at(3)), true);
        assert.equal(await tx.deleteJoinRequest(A, 'r1'), true);
        assert.equal(await tx.purgeHandledJoinRequests(at(10)), 2);
        assert.deepEqual((await tx.listJoinRequests(A)).map((r) => r.id), ['r1b', 'r2'], 'the transaction reads its own writes');
        await tx.putAgenda(A, agenda('ag1', 'Changed'), at(3));
        await tx.putPlan(A, plan('pl1', 'Changed'), at(3));
        await tx.putPlan(B, plan(), at(3));
        await tx.putBoard(B, board());
        await tx.putBoard(A, board('b1', ['q1'], { title: 'Changed', locked: true }));
        await tx.insertCard(A, 'b1', card('c3', 'q1', 3));
        await tx.insertVote(A, 'b1', vote('v4', 'c3', BOB));
        await tx.updateCard(A, 'b1', 'c1', { text: 'Changed', insight: true, hidden: true });
        await tx.moveVotes(A, 'b1', 'c1', 'c3');
        await tx.appendEvent(A, 'b1', removedEvent('c2'));
        await tx.appendEvent(A, 'b1', removedEvent('c2'));
        await tx.deleteCard(A, 'b1', 'c1');
        assert.equal(await tx.deleteCards(A, 'b1'), 1);
        await tx.insertCard(A, 'b1', card('c4', 'q1', 4));
        await tx.insertVote(A, 'b1', vote('v5', 'c4', ALICE));
        await tx.appendEvent(A, 'b1', removedEvent('c1'));
        throw error;
      }),
      (thrown) => thrown === error,
    );
    assert.deepEqual(await snapshot(repo), before);
    assert.equal(await repo.appendEvent(A, 'b1', removedEvent('after')), 2, 'the next event follows the last committed one');
    await waitFor(() => seen.includes(2), 'the committed event');
    assert.deepEqual(seen, [2], 'rolled-back events are never announced');
  });

  it('a rollback restores cards, votes and totals after moves, deletions and dropped questions', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.insertCard(A, 'b1', card('c3', 'q1', 3, CAROL));
    await repo.insertVote(A, 'b1', vote('v4', 'c3', BOB));
    await repo.insertVote(A, 'b1', vote('v5', 'c2', ALICE, 1));
    await repo.setMerged(A, 'b1', 'c2', [{ id: 'old', text: 'Alt' }]);
    await repo.putPlan(A, plan(), at(1));
    const before = await snapshot(repo);
    const fail = new Error('late failure');
    for (const steps of [
      async (tx: RepositoryData) => {
        await tx.moveVotes(A, 'b1', 'c1', 'c2');
        await tx.deleteCard(A, 'b1', 'c1');
      },
      async (tx: RepositoryData) => {
        await tx.putBoard(A, board('b1', ['q2']));
        await tx.insertVote(A, 'b1', vote('vx', 'c2', ALICE));
      },
      async (tx: RepositoryData) => {
        await tx.deleteCard(A, 'b1', 'c2');
        await tx.insertVote(A, 'b1', vote('vy', 'c1', BOB, -1));
        await tx.moveVotes(A, 'b1', 'c3', 'c1');
        await tx.updateCard(A, 'b1', 'c3', { text: 'x', insight: true, hidden: false });
        await tx.setMerged(A, 'b1', 'c1', [{ id: 'c3', text: 'x' }]);
      },
      async (tx: RepositoryData) => {
        await tx.putPlan(A, { ...plan(), version: 9 }, at(9));
        await tx.insertPlan(A, plan('pl2'), at(9));
        await tx.putBoard(A, board('b2'));
      },
      async (tx: RepositoryData) => {
        await tx.deleteCards(A, 'b1');
      },
    ]) {
      await assert.rejects(
        repo.transaction(async (tx) => {
          await steps(tx);
          throw fail;
        }),
        (thrown) => thrown === fail,
      );
      assert.deepEqual(await snapshot(repo), before);
    }
  });

  it('onEvent hears each committed event once, in order, after the commit', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    await repo.putBoard(B, board());
    const heard: string[] = [];
    const stop = repo.onEvent((site, boardId, seq) => heard.push(`${site}/${boardId}/${seq}`));
    await repo.transaction(async (tx) => {
      await tx.appendEvent(A, 'b1', removedEvent('x'));
      await tx.appendEvent(A, 'b1', removedEvent('y'));
      await tx.appendEvent(B, 'b1', removedEvent('z'));
      await tx.appendEvent(A, 'b1', removedEvent('w'));
      await delay(20);
      assert.deepEqual(heard, [], 'nothing is announced before the commit');
    });
    await waitFor(() => heard.length >= 4, 'four announcements');
    assert.deepEqual(heard, [`${A}/b1/1`, `${A}/b1/2`, `${B}/b1/1`, `${A}/b1/3`]);
    await assert.rejects(
      repo.transaction(async (tx) => {
        await tx.appendEvent(A, 'b1', removedEvent('never'));
        throw new Error('rolled back');
      }),
    );
    assert.equal(await repo.appendEvent(A, 'b1', removedEvent('outside')), 4, 'outside a transaction it commits at once');
    await waitFor(() => heard.length >= 5, 'the fifth announcement');
    await delay(30);
    assert.deepEqual(heard.slice(4), [`${A}/b1/4`], 'once each, none for the rollback');
    stop();
    const again: number[] = [];
    repo.onEvent((_site, _board, seq) => again.push(seq));
    await repo.appendEvent(A, 'b1', removedEvent('unheard'));
    await repo.appendEvent(A, 'b1', removedEvent('heard'));
    await waitFor(() => again.length >= 2, 'the other listener');
    await delay(30);
    assert.equal(heard.length, 5, 'a stopped listener hears nothing more');
    assert.deepEqual(again, [5, 6]);
  });

  if (kind !== 'postgres') {
    it('runs two transactions started at once one after the other (read, then write)', async () => {
      const repo = await openWithSites(open);
      await repo.transaction(seedBoard);
      const seen: number[] = [];
      const increment = (n: number) =>
        repo.transaction(async (tx) => {
          const before = await tx.votesOfClient(A, 'b1', CAROL);
          await delay(20);
          await tx.insertVote(A, 'b1', vote(`carol-${n}`, 'c1', CAROL));
          seen.push(before);
          return before;
        });
      const answers = await Promise.all([increment(1), increment(2)]);
      assert.deepEqual(answers, [0, 1], 'the second started sees the first one’s write');
      assert.deepEqual(seen, [0, 1]);
      assert.equal(await repo.votesOfClient(A, 'b1', CAROL), 2);
    });
  }

  it('lockBoard keeps concurrent writers of one board apart (read, then write)', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    const increment = (n: number) =>
      repo.transaction(async (tx) => {
        assert.ok(await tx.lockBoard(A, 'b1'));
        const before = await tx.votesOfClient(A, 'b1', CAROL);
        await delay(20);
        await tx.insertVote(A, 'b1', vote(`carol-${n}`, 'c1', CAROL));
        await tx.appendEvent(A, 'b1', removedEvent(`carol-${n}`));
        return before;
      });
    const answers = await Promise.all([increment(1), increment(2), increment(3)]);
    assert.deepEqual([...answers].sort(), [0, 1, 2], 'each saw the writes of the ones before');
    assert.equal(await repo.votesOfClient(A, 'b1', CAROL), 3);
    assert.equal((await repo.eventsSince(A, 'b1', 0)).lastSeq, 4);
  });

  it('lockPlan keeps concurrent writers of one plan apart (read, then write)', async () => {
    const repo = await openWithSites(open);
    await repo.putPlan(A, { id: 'pl1', title: 'Plan', points: [] }, at(0));
    const addPoint = (n: number) =>
      repo.transaction(async (tx) => {
        const current = await tx.lockPlan(A, 'pl1');
        assert.ok(current);
        await delay(20);
        current.points.push({ id: `pt${n}`, title: `Point ${n}`, summary: 'S', status: 'open' });
        await tx.putPlan(A, current, at(n));
      });
    await Promise.all([addPoint(1), addPoint(2)]);
    assert.deepEqual(((await repo.getPlan(A, 'pl1'))!.points.map((p) => p.id)).sort(), ['pt1', 'pt2']);
  });

  it('a call outside a running transaction never sees its uncommitted writes', async () => {
    const repo = await openWithSites(open);
    await repo.putBoard(A, board());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const failing = repo.transaction(async (tx) => {
      await tx.insertCard(A, 'b1', card('ghost', 'q1', 1));
      await tx.appendEvent(A, 'b1', removedEvent('ghost'));
      await tx.replacePartners(A, [partner('ghost')]);
      written();
      await gate;
      throw new Error('rolled back');
    });
    await wrote;
    const reads = Promise.all([
      repo.getCard(A, 'b1', 'ghost'),
      repo.listCards(A, 'b1'),
      repo.eventsSince(A, 'b1', 0),
      repo.listPartners(A),
    ]);
    await delay(20);
    release();
    await assert.rejects(failing);
    const [ghost, cards, log, partners] = await reads;
    assert.equal(ghost, undefined);
    assert.deepEqual(cards, []);
    assert.equal(log.lastSeq, 0);
    assert.deepEqual(partners, []);
  });

  // ---- sites keep apart; Unicode ----

  it('keeps every kind of data apart per site, the same ids on two sites being two records', async () => {
    const repo = await openWithSites(open);
    await repo.transaction(seedBoard);
    await repo.setKeyHash(A, 'editor', 'hash-a', at(1));
    await repo.replacePartners(A, [partner('p1')]);
    await repo.addJoinRequest(A, joinRequest('r1'), at(1));
    await repo.putAgenda(A, agenda(), at(1));
    await repo.putPlan(A, plan(), at(1));

    assert.equal(await repo.isEmpty(B), true);
    assert.equal(await repo.getKeyHash(B, 'editor'), undefined);
    assert.deepEqual(await repo.listPartners(B), []);
    assert.deepEqual(await repo.listJoinRequests(B), []);
    assert.equal(await repo.getAgenda(B, 'ag1'), undefined);
    assert.equal(await repo.getPlan(B, 'pl1'), undefined);
    assert.equal(await repo.getBoard(B, 'b1'), undefined);
    assert.equal(await repo.lockBoard(B, 'b1'), undefined);
    assert.deepEqual(await repo.listCards(B, 'b1'), []);
    assert.equal(await repo.getCard(B, 'b1', 'c1'), undefined);
    assert.equal(await repo.getVote(B, 'b1', 'v1'), undefined);
    assert.equal(await repo.votesOfClient(B, 'b1', ALICE), 0);
    assert.deepEqual(await repo.eventsSince(B, 'b1', 0), { events: [], lastSeq: 0, firstKept: 1 });
    await assert.rejects(repo.appendEvent(B, 'b1', removedEvent('x')), 'board b1 exists on A only');
    assert.equal(await repo.deleteCards(B, 'b1'), 0);

    // The same ids on site B.
    await repo.setKeyHash(B, 'editor', 'hash-b', at(2));
    await repo.replacePartners(B, [partner('p1', 'Partner of B')]);
    assert.equal(await repo.addJoinRequest(B, joinRequest('r1', { name: 'Verein B' }), at(2)), true);
    await repo.putAgenda(B, agenda('ag1', 'Agenda B'), at(2));
    await repo.putPlan(B, plan('pl1', 'Plan B'), at(2));
    await repo.putBoard(B, board('b1', ['q1'], { title: 'Board of B' }));
    await repo.insertCard(B, 'b1', card('c1', 'q1', 5, BOB, { text: 'Idea of B' }));
    await repo.insertVote(B, 'b1', vote('v1', 'c1', BOB));
    assert.equal(await repo.appendEvent(B, 'b1', removedEvent('b')), 1);

    assert.equal(await repo.getKeyHash(A, 'editor'), 'hash-a');
    assert.deepEqual(await repo.listPartners(A), [partner('p1')]);
    assert.deepEqual((await repo.listJoinRequests(A)).map((r) => r.name), ['Verein r1']);
    assert.equal((await repo.getAgenda(A, 'ag1'))!.title, 'Werkstattgespräch');
    assert.equal((await repo.getPlan(A, 'pl1'))!.title, 'Fünf-Punkte-Plan');
    assert.deepEqual(await repo.getBoard(A, 'b1'), board());
    assert.deepEqual((await repo.listCards(A, 'b1', ALICE)).map((c) => [c.id, c.text, c.votes, c.myVotes]), [
      ['c1', 'Idea c1', 2, 2],
      ['c2', 'Idea c2', 1, 0],
    ]);
    assert.deepEqual(await repo.getVote(A, 'b1', 'v1'), vote('v1', 'c1', ALICE));
    assert.deepEqual(await repo.getVote(B, 'b1', 'v1'), vote('v1', 'c1', BOB));
    assert.equal(await repo.votesOfClient(A, 'b1', BOB), 1);
    assert.equal(await repo.votesOfClient(B, 'b1', BOB), 1);
    assert.equal((await repo.eventsSince(A, 'b1', 0)).lastSeq, 1);

    // Writes on one site leave the other alone.
    await repo.updateCard(B, 'b1', 'c1', { text: 'Changed on B', insight: true, hidden: false });
    await repo.moveVotes(B, 'b1', 'c1', 'c1');
    assert.equal((await repo.getCard(A, 'b1', 'c1'))!.text, 'Idea c1');
    await repo.deleteCard(B, 'b1', 'c1');
    assert.ok(await repo.getCard(A, 'b1', 'c1'));
    assert.ok(await repo.getVote(A, 'b1', 'v1'));
    await repo.insertCard(B, 'b1', card('c2', 'q1', 6));
    assert.equal(await repo.deleteCards(B, 'b1'), 1);
    assert.equal((await repo.listCards(A, 'b1')).length, 2);
    await repo.putBoard(B, board('b1', ['q9']));
    assert.deepEqual(await repo.getBoard(A, 'b1'), board(), 'putBoard on B leaves A’s questions and cards');
    assert.equal((await repo.listCards(A, 'b1')).length, 2);
    assert.equal(await repo.isEmpty(A), false);
  });

  it('keeps any Unicode text as given', async () => {
    const repo = await open();
    assert.equal(await repo.createSite({ id: 'u', title: UNICODE, createdAt: iso(0) }), true);
    assert.equal((await repo.getSite('u'))!.title, UNICODE);
    const p: Partner = { ...fullPartner, name: UNICODE, description: `${UNICODE}\n${UNICODE}`, offers: [UNICODE, 'ß'] };
    await repo.replacePartners('u', [p]);
    assert.deepEqual(await repo.listPartners('u'), [p]);
    const request = joinRequest('r1', { name: UNICODE, contactName: 'Zoë Ağaoğlu', message: UNICODE });
    await repo.addJoinRequest('u', request, at(1));
    assert.deepEqual(await repo.listJoinRequests('u'), [{ ...request, receivedAt: iso(1), status: 'new' }]);
    const a: Agenda = { ...agenda(), title: UNICODE, location: 'مركز الشباب' };
    await repo.putAgenda('u', a, at(1));
    assert.deepEqual(await repo.getAgenda('u', 'ag1'), a);
    const pl: Plan = { ...plan(), title: UNICODE, version: 1 };
    await repo.putPlan('u', pl, at(1));
    assert.deepEqual(await repo.getPlan('u', 'pl1'), pl);
    const b: BoardRecord = { ...board(), title: UNICODE, questions: [{ id: 'q1', text: `Was brauchst du? ${UNICODE}`, hint: 'ماذا تحتاج؟' }] };
    await repo.putBoard('u', b);
    assert.deepEqual(await repo.getBoard('u', 'b1'), b);
    const c = card('c1', 'q1', 1, ALICE, { text: UNICODE });
    await repo.insertCard('u', 'b1', c);
    const stored = (await repo.getCard('u', 'b1', 'c1'))!;
    assert.equal(stored.text, UNICODE);
    assert.equal(stored.text.normalize('NFC') === stored.text, false, 'the combining accent is not normalised away');
    await repo.updateCard('u', 'b1', 'c1', { text: `${UNICODE}!`, insight: false, hidden: false });
    assert.equal((await repo.getCard('u', 'b1', 'c1'))!.text, `${UNICODE}!`);
    await repo.appendEvent('u', 'b1', addedEvent(c), ALICE);
    assert.deepEqual((await repo.eventsSince('u', 'b1', 0)).events[0]!.event, addedEvent(c));
  });
});
