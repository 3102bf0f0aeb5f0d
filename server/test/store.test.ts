import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { parseAgenda } from '../../src/core/schemas/agenda.js';
import { parseBoard, type Board, type BoardEvent, type Card } from '../../src/core/schemas/board.js';
import { parsePartners, type JoinRequest } from '../../src/core/schemas/partner.js';
import { parsePlan } from '../../src/core/schemas/plan.js';
import { DEFAULT_PLAN } from '../../src/core/defaults/index.js';
import { EVENTS_KEPT_PER_BOARD, openSqliteStore, SCHEMA_VERSION } from '../store/sqlite-store.js';
import { dateAhead, seedDemo } from '../store/seed.js';
import type { BoardResult, Store } from '../store/store.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tempRoot = mkdtempSync(join(tmpdir(), 'ija-store-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));
let tempCount = 0;
const tempDb = () => join(tempRoot, `run-${++tempCount}`, 'nested', 'ija.sqlite');

const NOW = new Date('2025-03-01T12:00:00.000Z');
const ALICE = 'client-alice';
const BOB = 'client-bob';

function testBoard(overrides: Partial<Board> = {}): Board {
  return {
    id: 'b1',
    title: 'Leitfragen',
    questions: [
      { id: 'q1', text: 'Erste Frage?' },
      { id: 'q2', text: 'Zweite Frage?', hint: 'Ein Hinweis' },
    ],
    cards: [],
    ...overrides,
  };
}

function value<T>(result: BoardResult<T>): T {
  if (!result.ok) assert.fail(`expected ok, got refusal ${result.refusal}`);
  return result.value;
}

/** Whether an accepted write stored something new (false: an idempotent repeat). */
function created<T>(result: BoardResult<T>): boolean | undefined {
  if (!result.ok) assert.fail(`expected ok, got refusal ${result.refusal}`);
  return result.created;
}

function refusal<T>(result: BoardResult<T>): string {
  assert.equal(result.ok, false, 'expected a refusal');
  return result.ok ? '' : result.refusal;
}

function assertCleanBoard(board: Board | undefined): Board {
  assert.ok(board);
  const parsed = parseBoard(JSON.parse(JSON.stringify(board)));
  assert.deepEqual(parsed.issues, []);
  return board;
}

let store: Store;
let tick = 0;
/** Distinct, increasing creation times, so card order is by intent, not by chance. */
const at = () => new Date(NOW.getTime() + ++tick * 1000);

function addCard(id: string, clientId = ALICE, questionId = 'q1', text = `Idee ${id}`): Card {
  return value(store.addCard('b1', { id, questionId, text }, clientId, at()));
}

beforeEach(() => {
  store = openSqliteStore(':memory:');
  store.putBoard(testBoard());
});
afterEach(() => store.close());

describe('opening', () => {
  it('creates parent folders, WAL mode and the schema version', () => {
    const path = tempDb();
    const s = openSqliteStore(path);
    s.close();
    assert.ok(existsSync(path));
    // A second open of an already migrated file works and changes nothing.
    const again = openSqliteStore(path);
    assert.equal(again.isEmpty(), true);
    again.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    raw.close();
  });

  it('refuses a database from a newer server', () => {
    const path = tempDb();
    openSqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    assert.throws(() => openSqliteStore(path), /newer than this server knows/);
  });
});

describe('partners and join requests', () => {
  it('replaces and lists partners in order', () => {
    const partners = [
      { id: 'p2', name: 'Zweiter', category: 'politik' as const },
      { id: 'p1', name: 'Erster', category: 'vereine' as const, activeInIja: true },
    ];
    store.replacePartners(partners);
    assert.deepEqual(store.listPartners(), partners);
    store.replacePartners([partners[1]!]);
    assert.deepEqual(store.listPartners(), [partners[1]]);
  });

  it('stores a join request once per id and lists it with receivedAt', () => {
    const request: JoinRequest = {
      id: 'jr-1',
      name: 'Sportverein Musterstadt',
      category: 'vereine',
      contactName: 'Kim Muster',
      email: 'kim@example.org',
    };
    assert.deepEqual(store.addJoinRequest(request), { created: true });
    assert.deepEqual(store.addJoinRequest({ ...request, name: 'Anders' }), { created: false });
    store.addJoinRequest({ ...request, id: 'jr-2' });
    const listed = store.listJoinRequests();
    assert.deepEqual(
      listed.map((r) => [r.id, r.name]),
      [
        ['jr-1', 'Sportverein Musterstadt'],
        ['jr-2', 'Sportverein Musterstadt'],
      ],
    );
    assert.ok(!Number.isNaN(Date.parse(listed[0]!.receivedAt)));
  });
});

describe('agendas and plans', () => {
  it('puts and gets an agenda', () => {
    const agenda = { id: 'a1', title: 'Tag', timezone: 'Europe/Berlin', items: [] };
    assert.equal(store.getAgenda('a1'), undefined);
    assert.deepEqual(store.putAgenda(agenda), agenda);
    assert.deepEqual(store.getAgenda('a1'), agenda);
    store.putAgenda({ ...agenda, title: 'Neu' });
    assert.equal(store.getAgenda('a1')?.title, 'Neu');
  });

  it('patches a plan point: status, steps and updatedAt; the plan stays clean', () => {
    store.putPlan(structuredClone(DEFAULT_PLAN));
    const first = DEFAULT_PLAN.points[0]!;
    const steps = first.steps!.map((step, i) => ({ ...step, done: i === 0 }));
    const point = store.patchPlanPoint(DEFAULT_PLAN.id, first.id, { status: 'in-progress', steps }, NOW);
    assert.ok(point);
    assert.equal(point.status, 'in-progress');
    assert.deepEqual(point.steps, steps);
    assert.equal(point.updatedAt, NOW.toISOString());
    const plan = store.getPlan(DEFAULT_PLAN.id)!;
    assert.deepEqual(plan.points[0], point);
    assert.equal(plan.points[1]!.updatedAt, undefined);
    assert.deepEqual(parsePlan(plan).issues, []);

    const statusOnly = store.patchPlanPoint(DEFAULT_PLAN.id, first.id, { status: 'done' }, NOW);
    assert.deepEqual(statusOnly?.steps, steps, 'steps are kept when only the status changes');
  });

  it('answers undefined for an unknown plan or point', () => {
    store.putPlan(structuredClone(DEFAULT_PLAN));
    assert.equal(store.patchPlanPoint('nope', 'netzwerk', { status: 'done' }, NOW), undefined);
    assert.equal(store.patchPlanPoint(DEFAULT_PLAN.id, 'nope', { status: 'done' }, NOW), undefined);
  });
});

describe('boards', () => {
  it('gets a board with defaults filled, questions in order, and passes parseBoard', () => {
    const board = assertCleanBoard(store.getBoard('b1', {}));
    assert.deepEqual(board.settings, { votesPerPerson: 3, reveal: 'open' });
    assert.equal(board.locked, false);
    assert.equal(board.revealed, false);
    assert.deepEqual(board.questions, testBoard().questions);
    assert.deepEqual(board.cards, []);
    assert.equal(store.getBoard('nope', {}), undefined);
  });

  it('putBoard keeps cards whose question stays and drops those of removed questions', () => {
    addCard('c1', ALICE, 'q1');
    addCard('c2', ALICE, 'q2');
    store.putBoard(testBoard({ title: 'Neu', questions: [{ id: 'q2', text: 'Jetzt erste' }, { id: 'q3', text: 'Neue' }] }));
    const board = assertCleanBoard(store.getBoard('b1', { clientId: ALICE }));
    assert.equal(board.title, 'Neu');
    assert.deepEqual(
      board.questions.map((q) => q.id),
      ['q2', 'q3'],
    );
    assert.deepEqual(
      board.cards.map((c) => c.id),
      ['c2'],
    );
  });

  it('putBoard stores cards of the document, with their votes', () => {
    store.putBoard(
      testBoard({
        cards: [{ id: 'd1', questionId: 'q1', text: 'Aus dem Dokument', votes: 2, insight: true, createdAt: NOW.toISOString() }],
      }),
    );
    const board = assertCleanBoard(store.getBoard('b1', {}));
    assert.deepEqual(board.cards, [{ id: 'd1', questionId: 'q1', text: 'Aus dem Dokument', votes: 2, insight: true, createdAt: NOW.toISOString() }]);
  });

  it('updateBoard changes title, lock, reveal and merges settings', () => {
    const board = value(store.updateBoard('b1', { title: 'Anders', locked: true, settings: { votesPerPerson: 5 } }));
    assert.equal(board.title, 'Anders');
    assert.equal(board.locked, true);
    assert.deepEqual(board.settings, { votesPerPerson: 5, reveal: 'open' });
    const next = value(store.updateBoard('b1', { revealed: true, settings: { reveal: 'moderated' } }));
    assert.deepEqual(next.settings, { votesPerPerson: 5, reveal: 'moderated' });
    assert.equal(next.locked, true);
    assert.equal(next.revealed, true);
    assertCleanBoard(store.getBoard('b1', {}));
    assert.equal(refusal(store.updateBoard('nope', { title: 'x' })), 'board-not-found');
  });
});

describe('cards', () => {
  it('adds a card as its author sees it', () => {
    const card = value(store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'Schulen einbinden' }, ALICE, NOW));
    assert.deepEqual(card, { id: 'c1', questionId: 'q1', text: 'Schulen einbinden', votes: 0, createdAt: NOW.toISOString(), mine: true });
    const forBob = store.getBoard('b1', { clientId: BOB })!.cards[0]!;
    assert.equal(forBob.mine, undefined);
  });

  it('stores a repeated card once and answers created: false', () => {
    const first = store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, NOW);
    assert.equal(created(first), true);
    const again = store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, new Date(NOW.getTime() + 5000));
    assert.equal(created(again), false);
    assert.deepEqual(value(again), value(first));
    assert.equal(store.getBoard('b1', {})!.cards.length, 1);
  });

  it('refuses the same id with other content or from another client', () => {
    addCard('c1', ALICE, 'q1', 'Idee');
    assert.equal(refusal(store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'Andere' }, ALICE, NOW)), 'id-conflict');
    assert.equal(refusal(store.addCard('b1', { id: 'c1', questionId: 'q2', text: 'Idee' }, ALICE, NOW)), 'id-conflict');
    assert.equal(refusal(store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, BOB, NOW)), 'id-conflict');
  });

  it('refuses unknown boards, unknown questions and locked boards', () => {
    assert.equal(refusal(store.addCard('nope', { id: 'c1', questionId: 'q1', text: 'x' }, ALICE, NOW)), 'board-not-found');
    assert.equal(refusal(store.addCard('b1', { id: 'c1', questionId: 'nope', text: 'x' }, ALICE, NOW)), 'question-not-found');
    addCard('c0');
    store.updateBoard('b1', { locked: true });
    assert.equal(refusal(store.addCard('b1', { id: 'c1', questionId: 'q1', text: 'x' }, ALICE, NOW)), 'board-locked');
    // A retry of a card stored before the lock is still answered as the first time.
    assert.equal(created(store.addCard('b1', { id: 'c0', questionId: 'q1', text: 'Idee c0' }, ALICE, NOW)), false);
  });

  it('lists cards in creation order', () => {
    store.addCard('b1', { id: 'late', questionId: 'q1', text: 'spät' }, ALICE, new Date(NOW.getTime() + 60_000));
    store.addCard('b1', { id: 'early', questionId: 'q2', text: 'früh' }, BOB, NOW);
    assert.deepEqual(
      store.getBoard('b1', {})!.cards.map((c) => c.id),
      ['early', 'late'],
    );
  });

  it('lets a participant edit only the text of their own card, not when locked', () => {
    addCard('c1', ALICE);
    const edited = value(store.updateCard('b1', 'c1', { text: 'Besser' }, { clientId: ALICE, asModerator: false }));
    assert.equal(edited.text, 'Besser');
    assert.equal(edited.mine, true);
    assert.equal(refusal(store.updateCard('b1', 'c1', { text: 'Fremd' }, { clientId: BOB, asModerator: false })), 'not-yours');
    assert.equal(refusal(store.updateCard('b1', 'c1', { insight: true }, { clientId: ALICE, asModerator: false })), 'not-yours');
    assert.equal(refusal(store.updateCard('b1', 'c1', { hidden: true }, { clientId: ALICE, asModerator: false })), 'not-yours');
    assert.equal(refusal(store.updateCard('b1', 'c1', { text: 'x' }, { asModerator: false })), 'not-yours');
    assert.equal(refusal(store.updateCard('b1', 'nope', { text: 'x' }, { clientId: ALICE, asModerator: false })), 'card-not-found');
    assert.equal(refusal(store.updateCard('nope', 'c1', { text: 'x' }, { clientId: ALICE, asModerator: false })), 'board-not-found');
    store.updateBoard('b1', { locked: true });
    assert.equal(refusal(store.updateCard('b1', 'c1', { text: 'Zu spät' }, { clientId: ALICE, asModerator: false })), 'board-locked');
  });

  it('lets the moderator change any field, also on a locked board', () => {
    addCard('c1', ALICE);
    store.updateBoard('b1', { locked: true });
    const card = value(store.updateCard('b1', 'c1', { text: 'Zusammengefasst', insight: true, hidden: true }, { asModerator: true }));
    assert.equal(card.text, 'Zusammengefasst');
    assert.equal(card.insight, true);
    assert.equal(card.hidden, true);
    assert.equal(card.mine, undefined);
    const unmarked = value(store.updateCard('b1', 'c1', { insight: false, hidden: false }, { asModerator: true }));
    assert.equal(unmarked.insight, undefined);
    assert.equal(unmarked.hidden, undefined);
    assertCleanBoard(store.getBoard('b1', {}));
  });

  it('deletes a card by its author or the moderator, with its votes', () => {
    addCard('c1', ALICE);
    addCard('c2', BOB);
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    assert.equal(refusal(store.deleteCard('b1', 'c1', { clientId: BOB, asModerator: false })), 'not-yours');
    assert.deepEqual(value(store.deleteCard('b1', 'c1', { clientId: ALICE, asModerator: false })), { cardId: 'c1' });
    assert.equal(refusal(store.deleteCard('b1', 'c1', { clientId: ALICE, asModerator: false })), 'card-not-found');
    assert.equal(refusal(store.deleteCard('nope', 'c1', { asModerator: true })), 'board-not-found');
    // Bob's vote went with the card: he has all three again.
    for (const id of ['v2', 'v3', 'v4']) value(store.vote('b1', 'c2', { id, value: 1 }, BOB));
    store.updateBoard('b1', { locked: true });
    assert.equal(refusal(store.deleteCard('b1', 'c2', { clientId: BOB, asModerator: false })), 'board-locked');
    value(store.deleteCard('b1', 'c2', { asModerator: true }));
    assert.deepEqual(store.getBoard('b1', {})!.cards, []);
  });
});

describe('votes', () => {
  it('adds a vote and answers with votes, myVotes and mine', () => {
    addCard('c1', ALICE);
    const result = store.vote('b1', 'c1', { id: 'v1', value: 1 }, ALICE);
    assert.equal(created(result), true);
    const card = value(result);
    assert.equal(card.votes, 1);
    assert.equal(card.myVotes, 1);
    assert.equal(card.mine, true);
    const forBob = value(store.vote('b1', 'c1', { id: 'v2', value: 1 }, BOB));
    assert.equal(forBob.votes, 2);
    assert.equal(forBob.myVotes, 1);
    assert.equal(forBob.mine, undefined);
    const seen = store.getBoard('b1', { clientId: BOB })!.cards[0]!;
    assert.equal(seen.votes, 2);
    assert.equal(seen.myVotes, 1);
    assert.equal(store.getBoard('b1', {})!.cards[0]!.myVotes, undefined, 'no myVotes without a client');
  });

  it('stores a repeated vote id once', () => {
    addCard('c1');
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    const again = store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB);
    assert.equal(created(again), false);
    assert.equal(value(again).votes, 1);
    assert.equal(value(again).myVotes, 1);
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v1', value: 1 }, ALICE)), 'id-conflict');
  });

  it('caps a client at votesPerPerson across all cards of the board', () => {
    addCard('c1');
    addCard('c2');
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    value(store.vote('b1', 'c1', { id: 'v2', value: 1 }, BOB));
    value(store.vote('b1', 'c2', { id: 'v3', value: 1 }, BOB));
    assert.equal(refusal(store.vote('b1', 'c2', { id: 'v4', value: 1 }, BOB)), 'vote-cap');
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v5', value: 1 }, BOB)), 'vote-cap');
    // Another client has their own votes.
    value(store.vote('b1', 'c2', { id: 'v6', value: 1 }, ALICE));
    // Taking one back frees one.
    value(store.vote('b1', 'c1', { id: 'v7', value: -1 }, BOB));
    assert.equal(value(store.vote('b1', 'c2', { id: 'v8', value: 1 }, BOB)).votes, 3);
    // A raised cap gives more.
    store.updateBoard('b1', { settings: { votesPerPerson: 4 } });
    value(store.vote('b1', 'c2', { id: 'v9', value: 1 }, BOB));
    assert.equal(refusal(store.vote('b1', 'c2', { id: 'v10', value: 1 }, BOB)), 'vote-cap');
  });

  it('takes a vote back only from a positive balance of this client on this card', () => {
    addCard('c1');
    addCard('c2');
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    assert.equal(refusal(store.vote('b1', 'c2', { id: 'v2', value: -1 }, BOB)), 'no-vote-to-take-back');
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v3', value: -1 }, ALICE)), 'no-vote-to-take-back');
    const back = store.vote('b1', 'c1', { id: 'v4', value: -1 }, BOB);
    assert.equal(created(back), true);
    assert.equal(value(back).votes, 0);
    assert.equal(value(back).myVotes, 0);
    const repeat = store.vote('b1', 'c1', { id: 'v4', value: -1 }, BOB);
    assert.equal(created(repeat), false);
    assert.equal(value(repeat).votes, 0);
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v5', value: -1 }, BOB)), 'no-vote-to-take-back');
    assert.equal(store.getBoard('b1', { clientId: BOB })!.cards[0]!.myVotes, undefined);
  });

  it('refuses votes on unknown boards and cards and on locked boards', () => {
    addCard('c1');
    assert.equal(refusal(store.vote('nope', 'c1', { id: 'v1', value: 1 }, BOB)), 'board-not-found');
    assert.equal(refusal(store.vote('b1', 'nope', { id: 'v1', value: 1 }, BOB)), 'card-not-found');
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    store.updateBoard('b1', { locked: true });
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v2', value: 1 }, BOB)), 'board-locked');
    assert.equal(refusal(store.vote('b1', 'c1', { id: 'v3', value: -1 }, BOB)), 'board-locked');
    assert.equal(created(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB)), false, 'a retry is still answered');
  });
});

describe('moderated reveal', () => {
  beforeEach(() => {
    store.updateBoard('b1', { settings: { reveal: 'moderated' } });
    addCard('a1', ALICE, 'q1', 'Alices Idee');
    addCard('b1c', BOB, 'q1', 'Bobs Idee');
  });

  it('shows the author their text, withholds it from others, shows the moderator all', () => {
    const forAlice = assertCleanBoard(store.getBoard('b1', { clientId: ALICE })).cards;
    assert.deepEqual(
      forAlice.map((c) => [c.id, c.text, c.hidden, c.mine]),
      [
        ['a1', 'Alices Idee', undefined, true],
        ['b1c', '…', true, undefined],
      ],
    );
    const forModerator = assertCleanBoard(store.getBoard('b1', { asModerator: true })).cards;
    assert.deepEqual(
      forModerator.map((c) => [c.text, c.hidden]),
      [
        ['Alices Idee', undefined],
        ['Bobs Idee', undefined],
      ],
    );
    const forAnyone = store.getBoard('b1', {})!.cards;
    assert.deepEqual(
      forAnyone.map((c) => c.text),
      ['…', '…'],
    );
  });

  it('refuses votes on cards the voter cannot read yet, and allows them after the reveal', () => {
    assert.equal(refusal(store.vote('b1', 'b1c', { id: 'v1', value: 1 }, ALICE)), 'card-not-found');
    value(store.vote('b1', 'a1', { id: 'v2', value: 1 }, ALICE));
    value(store.updateBoard('b1', { revealed: true }));
    assert.equal(value(store.vote('b1', 'b1c', { id: 'v1', value: 1 }, ALICE)).text, 'Bobs Idee');
    const forAlice = store.getBoard('b1', { clientId: ALICE })!.cards;
    assert.deepEqual(
      forAlice.map((c) => c.text),
      ['Alices Idee', 'Bobs Idee'],
    );
  });
});

describe('merge and clear', () => {
  it('moves the votes to the target and removes the card', () => {
    addCard('c1', ALICE);
    addCard('c2', BOB);
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    value(store.vote('b1', 'c1', { id: 'v2', value: 1 }, ALICE));
    value(store.vote('b1', 'c2', { id: 'v3', value: 1 }, BOB));
    const target = value(store.mergeCard('b1', 'c1', 'c2'));
    assert.equal(target.id, 'c2');
    assert.equal(target.votes, 3);
    assert.equal(target.mine, undefined);
    const board = assertCleanBoard(store.getBoard('b1', { clientId: BOB }));
    assert.deepEqual(
      board.cards.map((c) => [c.id, c.votes, c.myVotes]),
      [['c2', 3, 2]],
    );
    // The moved votes still count against the cap and can be taken back from the target.
    value(store.vote('b1', 'c2', { id: 'v4', value: 1 }, BOB));
    assert.equal(refusal(store.vote('b1', 'c2', { id: 'v5', value: 1 }, BOB)), 'vote-cap');
    assert.equal(value(store.vote('b1', 'c2', { id: 'v6', value: -1 }, ALICE)).votes, 3);
  });

  it('refuses merges with unknown cards or boards; merging into itself changes nothing', () => {
    addCard('c1');
    assert.equal(refusal(store.mergeCard('b1', 'c1', 'nope')), 'card-not-found');
    assert.equal(refusal(store.mergeCard('b1', 'nope', 'c1')), 'card-not-found');
    assert.equal(refusal(store.mergeCard('nope', 'c1', 'c1')), 'board-not-found');
    assert.equal(value(store.mergeCard('b1', 'c1', 'c1')).id, 'c1');
    assert.equal(store.getBoard('b1', {})!.cards.length, 1);
  });

  it('clears every card and vote', () => {
    addCard('c1');
    addCard('c2');
    value(store.vote('b1', 'c1', { id: 'v1', value: 1 }, BOB));
    assert.deepEqual(value(store.clearBoard('b1')), { removed: 2 });
    const board = store.getBoard('b1', {})!;
    assert.deepEqual(board.cards, []);
    assert.equal(board.questions.length, 2);
    // Bob's votes are free again, and a vote id can be used anew.
    addCard('c3');
    value(store.vote('b1', 'c3', { id: 'v1', value: 1 }, BOB));
    assert.equal(refusal(store.clearBoard('nope')), 'board-not-found');
  });
});

describe('events', () => {
  const removed = (n: number): BoardEvent => ({ type: 'card-removed', cardId: `c${n}` });

  it('appends with increasing sequence numbers and replays only newer ones, in order', () => {
    const card = addCard('c1');
    const s1 = store.appendEvent('b1', { type: 'card-added', card }, ALICE);
    const s2 = store.appendEvent('b1', removed(1));
    assert.ok(s2 > s1);
    assert.deepEqual(store.eventsSince('b1', 0), [
      { seq: s1, event: { type: 'card-added', card }, authorId: ALICE },
      { seq: s2, event: removed(1) },
    ]);
    assert.deepEqual(store.eventsSince('b1', s1), [{ seq: s2, event: removed(1) }]);
    assert.deepEqual(store.eventsSince('b1', s2), []);
    assert.deepEqual(store.eventsSince('nope', 0), []);
  });

  it('keeps sequences per board apart', () => {
    store.putBoard(testBoard({ id: 'b2' }));
    store.appendEvent('b1', removed(1));
    store.appendEvent('b2', removed(2));
    assert.deepEqual(
      store.eventsSince('b2', 0).map((e) => e.event),
      [removed(2)],
    );
  });

  it(`keeps only the last ${EVENTS_KEPT_PER_BOARD} events of a board`, () => {
    let last = 0;
    for (let n = 1; n <= EVENTS_KEPT_PER_BOARD + 25; n++) last = store.appendEvent('b1', removed(n));
    const kept = store.eventsSince('b1', 0);
    assert.equal(kept.length, EVENTS_KEPT_PER_BOARD);
    assert.equal(kept.at(-1)!.seq, last);
    assert.equal(kept[0]!.seq, last - EVENTS_KEPT_PER_BOARD + 1);
    assert.deepEqual(kept[0]!.event, removed(26));
    assert.ok(kept.every((e, i) => i === 0 || e.seq === kept[i - 1]!.seq + 1));
  });
});

describe('keys', () => {
  it('gets and sets key hashes per role', () => {
    assert.equal(store.getKeyHash('moderator'), undefined);
    store.setKeyHash('moderator', 'hash-1');
    store.setKeyHash('editor', 'hash-e');
    store.setKeyHash('moderator', 'hash-2');
    assert.equal(store.getKeyHash('moderator'), 'hash-2');
    assert.equal(store.getKeyHash('editor'), 'hash-e');
  });
});

describe('seeding', () => {
  it('fills an empty store with the Musterstadt demo, all of it clean', () => {
    const fresh = openSqliteStore(':memory:');
    assert.equal(fresh.isEmpty(), true);
    seedDemo(fresh, NOW);
    assert.equal(fresh.isEmpty(), false);

    const agenda = fresh.getAgenda('werkstattgespraech');
    assert.ok(agenda);
    assert.deepEqual(parseAgenda(agenda).issues, []);
    assert.equal(agenda.date, '2025-04-12', '42 days after 2025-03-01');
    assert.ok(agenda.location);
    assert.equal(agenda.items.find((item) => item.type === 'discussion')?.boardId, 'leitfragen');

    const board = assertCleanBoard(fresh.getBoard('leitfragen', {}));
    assert.equal(board.questions.length, 5);
    assert.deepEqual(board.settings, { votesPerPerson: 3, reveal: 'open' });

    const plan = fresh.getPlan('fuenf-punkte-plan');
    assert.ok(plan);
    assert.deepEqual(parsePlan(plan).issues, []);
    assert.deepEqual(plan, DEFAULT_PLAN);

    const partners = fresh.listPartners();
    assert.equal(partners.length, 60);
    assert.deepEqual(parsePartners(partners).issues, []);
    fresh.close();
  });

  it('takes the date in Berlin: late evening UTC is already the next day there', () => {
    assert.equal(dateAhead(new Date('2025-03-01T23:30:00Z'), 42), '2025-04-13');
    assert.equal(dateAhead(new Date('2025-10-20T12:00:00Z'), 42), '2025-12-01', 'across the end of summer time');
  });

  it('a store with only partners is not empty', () => {
    const fresh = openSqliteStore(':memory:');
    fresh.replacePartners([{ id: 'p', name: 'P', category: 'vereine' }]);
    assert.equal(fresh.isEmpty(), false);
    fresh.close();
  });
});

describe('durability', () => {
  it('keeps data across close and reopen', () => {
    const path = tempDb();
    const first = openSqliteStore(path);
    assert.equal(first.isEmpty(), true);
    seedDemo(first, NOW);
    value(first.addCard('leitfragen', { id: 'c1', questionId: 'agenda', text: 'Jugendhilfeausschuss' }, ALICE, NOW));
    value(first.vote('leitfragen', 'c1', { id: 'v1', value: 1 }, BOB));
    first.appendEvent('leitfragen', { type: 'card-removed', cardId: 'x' });
    first.setKeyHash('moderator', 'h');
    first.patchPlanPoint('fuenf-punkte-plan', 'netzwerk', { status: 'done' }, NOW);
    first.close();

    const second = openSqliteStore(path);
    assert.equal(second.isEmpty(), false);
    const card = second.getBoard('leitfragen', { clientId: BOB })!.cards[0]!;
    assert.deepEqual([card.id, card.votes, card.myVotes], ['c1', 1, 1]);
    assert.equal(second.eventsSince('leitfragen', 0).length, 1);
    assert.equal(second.getKeyHash('moderator'), 'h');
    assert.equal(second.getPlan('fuenf-punkte-plan')!.points[0]!.status, 'done');
    assert.equal(second.listPartners().length, 60);
    second.close();
  });

  it('loses no acknowledged card when the writer is killed with SIGKILL', async (t) => {
    const path = tempDb();
    const setup = openSqliteStore(path);
    setup.putBoard(testBoard());
    setup.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/test/fixtures/write-burst.ts'), path, 'b1', 'q1'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the writer printed nothing in 20 s; stderr: ${err}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        clearTimeout(timer);
        resolve();
      });
      child.on('exit', () => reject(new Error(`the writer exited early; stderr: ${err}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    // Only whole lines are acknowledgements; a torn last line is not.
    const acknowledged = out.split('\n').slice(0, -1);
    assert.ok(acknowledged.length > 0);
    t.diagnostic(`${acknowledged.length} acknowledged cards before SIGKILL`);
    const reopened = openSqliteStore(path);
    const stored = new Set(reopened.getBoard('b1', {})!.cards.map((c) => c.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged cards lost`);
    reopened.close();
  });
});
