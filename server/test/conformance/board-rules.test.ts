import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { parseBoard, type Board, type BoardEvent, type Card } from '../../../src/core/schemas/board.js';
import { ApiError } from '../../core/errors.js';
import { patchPlanPoint } from '../../core/services/plans.js';
import {
  addCard,
  clearBoard,
  deleteCard,
  mergeCard,
  putBoard,
  readBoard,
  updateBoard,
  updateCard,
  vote,
  type Writer,
} from '../../core/services/boards.js';
import type { BoardViewer } from '../../core/board-view.js';
import { openSqliteRepository } from '../../repository/sqlite.js';
import type { Repository, RepositoryData } from '../../repository/repository.js';
import { seedDemo } from '../../seed.js';
import { forEachStore } from '../helpers/stores.js';

/**
 * The board's rules (server/core/services/boards.ts) over every store: cards, votes and the vote cap,
 * the lock, moderated reveal and hidden ideas, merge and clear, idempotent repeats, and one event per
 * write in the write's own transaction. A refusal is an ApiError with the contract's status and code.
 */

const SITE = 'default';
const NOW = new Date('2025-03-01T12:00:00.000Z');
const ALICE = 'client-alice';
const BOB = 'client-bob';
const CAROL = 'client-carol';
const MODERATOR: Writer = { asModerator: true };
const as = (clientId: string): Writer => ({ clientId, asModerator: false });

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

/** A refusal with this status and code (the contract's `{ error: code }`). */
async function refused(write: Promise<unknown>, status: number, code: string): Promise<void> {
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    assert.deepEqual([error.status, error.code], [status, code]);
    return true;
  });
}

function clean(board: Board | undefined): Board {
  assert.ok(board, 'the board exists');
  assert.deepEqual(parseBoard(JSON.parse(JSON.stringify(board))).issues, []);
  return board;
}

/** Every event of a board, and its newest sequence number. */
async function log(repo: Repository, boardId = 'b1') {
  return repo.eventsSince(SITE, boardId, 0);
}

/** The cards an event shows (a board-updated event shows all of the board's). */
function cardsOf(event: BoardEvent): Card[] {
  if (event.type === 'card-added' || event.type === 'card-updated') return [event.card];
  if (event.type === 'board-updated') return event.board.cards;
  return [];
}

/** The store with the site and board b1 (questions q1, q2; 3 votes per person; open reveal). */
async function boardStore(open: () => Promise<Repository>): Promise<Repository> {
  const repo = await open();
  await repo.createSite({ id: SITE, title: 'Default', createdAt: NOW.toISOString() });
  await putBoard(repo, SITE, testBoard());
  return repo;
}

/** The store with some of its transaction's data operations replaced (a failure injected mid-write). */
function withFailingTx(repo: Repository, overrides: Partial<RepositoryData>): Repository {
  const wrapData = (data: RepositoryData): RepositoryData =>
    new Proxy(data, {
      get: (target, name) => {
        if (Object.hasOwn(overrides, name)) return overrides[name as keyof RepositoryData];
        const member = Reflect.get(target, name, target) as unknown;
        return typeof member === 'function' ? member.bind(target) : member;
      },
    });
  return new Proxy(repo, {
    get: (target, name) => {
      if (name === 'transaction') return <T>(fn: (tx: RepositoryData) => Promise<T>) => target.transaction((tx) => fn(wrapData(tx)));
      const member = Reflect.get(target, name, target) as unknown;
      return typeof member === 'function' ? member.bind(target) : member;
    },
  });
}

forEachStore('board rules', (open) => {
  let tick = 0;
  /** Distinct, increasing creation times, so card order is by intent, not by chance. */
  const at = () => new Date(NOW.getTime() + ++tick * 1000);
  const add = async (repo: Repository, id: string, clientId = ALICE, questionId = 'q1', text = `Idee ${id}`): Promise<Card> =>
    (await addCard(repo, SITE, 'b1', { id, questionId, text }, clientId, at())).card;
  const read = (repo: Repository, viewer: BoardViewer = {}) => readBoard(repo, SITE, 'b1', viewer);

  describe('boards', () => {
    it('reads a board with defaults filled, questions in order, that passes parseBoard', async () => {
      const repo = await boardStore(open);
      const board = clean(await read(repo));
      assert.deepEqual(board.settings, { votesPerPerson: 3, reveal: 'open' });
      assert.equal(board.locked, false);
      assert.equal(board.revealed, false);
      assert.deepEqual(board.questions, testBoard().questions);
      assert.deepEqual(board.cards, []);
      assert.equal(await readBoard(repo, SITE, 'nope', {}), undefined);
    });

    it('putBoard keeps cards whose question stays and drops those of removed questions', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE, 'q1');
      await add(repo, 'c2', ALICE, 'q2');
      await putBoard(repo, SITE, testBoard({ title: 'Neu', questions: [{ id: 'q2', text: 'Jetzt erste' }, { id: 'q3', text: 'Neue' }] }));
      const board = clean(await read(repo, { clientId: ALICE }));
      assert.equal(board.title, 'Neu');
      assert.deepEqual(
        board.questions.map((q) => q.id),
        ['q2', 'q3'],
      );
      assert.deepEqual(
        board.cards.map((c) => [c.id, c.mine]),
        [['c2', true]],
      );
    });

    it('putBoard stores the cards of the document with their votes, and refuses a card of an unknown question', async () => {
      const repo = await boardStore(open);
      const card: Card = { id: 'd1', questionId: 'q1', text: 'Aus dem Dokument', votes: 2, insight: true, createdAt: NOW.toISOString() };
      await putBoard(repo, SITE, testBoard({ cards: [card] }));
      assert.deepEqual(clean(await read(repo)).cards, [card]);
      // Seeded votes are nobody's: every participant still has all of theirs.
      for (const id of ['v1', 'v2', 'v3']) await vote(repo, SITE, 'b1', 'd1', { id, value: 1 }, BOB);
      await assert.rejects(putBoard(repo, SITE, testBoard({ id: 'b2', cards: [{ ...card, questionId: 'nope' }] })), /unknown question/);
      assert.equal(await readBoard(repo, SITE, 'b2', {}), undefined, 'nothing of the refused board is stored');
    });

    it('updateBoard changes title, lock, reveal and merges settings', async () => {
      const repo = await boardStore(open);
      const board = await updateBoard(repo, SITE, 'b1', { title: 'Anders', locked: true, settings: { votesPerPerson: 5 } });
      assert.equal(board.title, 'Anders');
      assert.equal(board.locked, true);
      assert.deepEqual(board.settings, { votesPerPerson: 5, reveal: 'open' });
      const next = await updateBoard(repo, SITE, 'b1', { revealed: true, settings: { reveal: 'moderated' } });
      assert.deepEqual(next.settings, { votesPerPerson: 5, reveal: 'moderated' });
      assert.equal(next.locked, true);
      assert.equal(next.revealed, true);
      assert.deepEqual(clean(await read(repo)), { ...next, cards: [] });
      await refused(updateBoard(repo, SITE, 'nope', { title: 'x' }), 404, 'not-found');
    });
  });

  describe('cards', () => {
    it('adds a card as its author sees it; others see it without the mark', async () => {
      const repo = await boardStore(open);
      const { card, created } = await addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Schulen einbinden' }, ALICE, NOW);
      assert.equal(created, true);
      assert.deepEqual(card, { id: 'c1', questionId: 'q1', text: 'Schulen einbinden', votes: 0, createdAt: NOW.toISOString(), mine: true });
      const forBob = (await read(repo, { clientId: BOB }))!.cards[0]!;
      assert.deepEqual(forBob, { id: 'c1', questionId: 'q1', text: 'Schulen einbinden', votes: 0, createdAt: NOW.toISOString() });
    });

    it('stores a repeated card once and answers it as the first time (created: false)', async () => {
      const repo = await boardStore(open);
      const first = await addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, NOW);
      const again = await addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, new Date(NOW.getTime() + 5000));
      assert.equal(again.created, false);
      assert.deepEqual(again.card, first.card);
      assert.equal((await read(repo))!.cards.length, 1);
    });

    it('refuses the same id with other content or from another client (409 id-conflict)', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE, 'q1', 'Idee');
      await refused(addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Andere' }, ALICE, NOW), 409, 'id-conflict');
      await refused(addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q2', text: 'Idee' }, ALICE, NOW), 409, 'id-conflict');
      await refused(addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, BOB, NOW), 409, 'id-conflict');
      assert.equal((await read(repo))!.cards[0]!.text, 'Idee');
    });

    it('refuses unknown boards and questions (404) and locked boards (423); a retry of an earlier card is still answered', async () => {
      const repo = await boardStore(open);
      await refused(addCard(repo, SITE, 'nope', { id: 'c1', questionId: 'q1', text: 'x' }, ALICE, NOW), 404, 'not-found');
      await refused(addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'nope', text: 'x' }, ALICE, NOW), 404, 'not-found');
      await add(repo, 'c0');
      await updateBoard(repo, SITE, 'b1', { locked: true });
      await refused(addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'x' }, ALICE, NOW), 423, 'board-locked');
      const retry = await addCard(repo, SITE, 'b1', { id: 'c0', questionId: 'q1', text: 'Idee c0' }, ALICE, NOW);
      assert.equal(retry.created, false);
      assert.deepEqual(
        (await read(repo))!.cards.map((c) => c.id),
        ['c0'],
      );
    });

    it('lists cards in creation order', async () => {
      const repo = await boardStore(open);
      await addCard(repo, SITE, 'b1', { id: 'late', questionId: 'q1', text: 'spät' }, ALICE, new Date(NOW.getTime() + 60_000));
      await addCard(repo, SITE, 'b1', { id: 'early', questionId: 'q2', text: 'früh' }, BOB, NOW);
      assert.deepEqual(
        (await read(repo))!.cards.map((c) => c.id),
        ['early', 'late'],
      );
    });

    it('lets a participant change only the text of their own card (403 not-yours), not on a locked board (423)', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      const edited = await updateCard(repo, SITE, 'b1', 'c1', { text: 'Besser' }, as(ALICE));
      assert.equal(edited.text, 'Besser');
      assert.equal(edited.mine, true);
      await refused(updateCard(repo, SITE, 'b1', 'c1', { text: 'Fremd' }, as(BOB)), 403, 'not-yours');
      await refused(updateCard(repo, SITE, 'b1', 'c1', { insight: true }, as(ALICE)), 403, 'not-yours');
      await refused(updateCard(repo, SITE, 'b1', 'c1', { hidden: true }, as(ALICE)), 403, 'not-yours');
      await refused(updateCard(repo, SITE, 'b1', 'c1', { text: 'x' }, { asModerator: false }), 403, 'not-yours');
      await refused(updateCard(repo, SITE, 'b1', 'nope', { text: 'x' }, as(ALICE)), 404, 'not-found');
      await refused(updateCard(repo, SITE, 'nope', 'c1', { text: 'x' }, as(ALICE)), 404, 'not-found');
      await updateBoard(repo, SITE, 'b1', { locked: true });
      await refused(updateCard(repo, SITE, 'b1', 'c1', { text: 'Zu spät' }, as(ALICE)), 423, 'board-locked');
      assert.equal((await read(repo))!.cards[0]!.text, 'Besser');
    });

    it('lets the moderator change any field, also on a locked board', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      await updateBoard(repo, SITE, 'b1', { locked: true });
      const card = await updateCard(repo, SITE, 'b1', 'c1', { text: 'Zusammengefasst', insight: true, hidden: true }, MODERATOR);
      assert.equal(card.text, 'Zusammengefasst');
      assert.equal(card.insight, true);
      assert.equal(card.hidden, true);
      assert.equal(card.mine, undefined);
      const unmarked = await updateCard(repo, SITE, 'b1', 'c1', { insight: false, hidden: false }, MODERATOR);
      assert.equal(unmarked.insight, undefined);
      assert.equal(unmarked.hidden, undefined);
      assert.equal(unmarked.text, 'Zusammengefasst', 'a field not in the patch stays');
      clean(await read(repo));
    });

    it('deletes a card by its author or the moderator, with its votes', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      await add(repo, 'c2', BOB);
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      await refused(deleteCard(repo, SITE, 'b1', 'c1', as(BOB)), 403, 'not-yours');
      await deleteCard(repo, SITE, 'b1', 'c1', as(ALICE));
      await refused(deleteCard(repo, SITE, 'b1', 'c1', as(ALICE)), 404, 'not-found');
      await refused(deleteCard(repo, SITE, 'nope', 'c1', MODERATOR), 404, 'not-found');
      // Bob's vote went with the card: he has all three again.
      for (const id of ['v2', 'v3', 'v4']) await vote(repo, SITE, 'b1', 'c2', { id, value: 1 }, BOB);
      await updateBoard(repo, SITE, 'b1', { locked: true });
      await refused(deleteCard(repo, SITE, 'b1', 'c2', as(BOB)), 423, 'board-locked');
      await deleteCard(repo, SITE, 'b1', 'c2', MODERATOR);
      assert.deepEqual((await read(repo))!.cards, []);
    });

    it('stores two adds of the same card sent at once only once', async () => {
      const repo = await boardStore(open);
      const results = await Promise.all(
        Array.from({ length: 5 }, () => addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, NOW)),
      );
      assert.equal(results.filter((result) => result.created).length, 1);
      assert.equal((await read(repo))!.cards.length, 1);
      assert.equal((await log(repo)).events.filter((e) => e.event.type === 'card-added').length, 1);
    });
  });

  describe('votes', () => {
    it('adds a vote and answers with votes, myVotes and mine', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      const result = await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, ALICE);
      assert.equal(result.created, true);
      assert.deepEqual([result.card.votes, result.card.myVotes, result.card.mine], [1, 1, true]);
      const forBob = (await vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: 1 }, BOB)).card;
      assert.deepEqual([forBob.votes, forBob.myVotes, forBob.mine], [2, 1, undefined]);
      const seen = (await read(repo, { clientId: BOB }))!.cards[0]!;
      assert.deepEqual([seen.votes, seen.myVotes], [2, 1]);
      assert.equal((await read(repo))!.cards[0]!.myVotes, undefined, 'no myVotes without a client');
    });

    it('stores a repeated vote id once; the same id for something else is a conflict', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await add(repo, 'c2');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      const again = await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      assert.equal(again.created, false);
      assert.deepEqual([again.card.votes, again.card.myVotes], [1, 1]);
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, ALICE), 409, 'id-conflict');
      await refused(vote(repo, SITE, 'b1', 'c2', { id: 'v1', value: 1 }, BOB), 409, 'id-conflict');
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: -1 }, BOB), 409, 'id-conflict');
    });

    it('caps a client at votesPerPerson across all cards of the board (409 vote-cap)', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await add(repo, 'c2');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      await vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: 1 }, BOB);
      await vote(repo, SITE, 'b1', 'c2', { id: 'v3', value: 1 }, BOB);
      await refused(vote(repo, SITE, 'b1', 'c2', { id: 'v4', value: 1 }, BOB), 409, 'vote-cap');
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v5', value: 1 }, BOB), 409, 'vote-cap');
      // Another client has their own votes.
      await vote(repo, SITE, 'b1', 'c2', { id: 'v6', value: 1 }, ALICE);
      // Taking one back frees one.
      await vote(repo, SITE, 'b1', 'c1', { id: 'v7', value: -1 }, BOB);
      assert.equal((await vote(repo, SITE, 'b1', 'c2', { id: 'v8', value: 1 }, BOB)).card.votes, 3);
      // A raised cap gives more.
      await updateBoard(repo, SITE, 'b1', { settings: { votesPerPerson: 4 } });
      await vote(repo, SITE, 'b1', 'c2', { id: 'v9', value: 1 }, BOB);
      await refused(vote(repo, SITE, 'b1', 'c2', { id: 'v10', value: 1 }, BOB), 409, 'vote-cap');
    });

    it('keeps the cap when many votes of one client arrive at once', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, n) => vote(repo, SITE, 'b1', 'c1', { id: `v${n}`, value: 1 }, BOB)));
      assert.equal(results.filter((result) => result.status === 'fulfilled').length, 3);
      for (const result of results) {
        if (result.status === 'rejected') assert.equal((result.reason as ApiError).code, 'vote-cap');
      }
      const card = (await read(repo, { clientId: BOB }))!.cards[0]!;
      assert.deepEqual([card.votes, card.myVotes], [3, 3]);
    });

    it('takes a vote back only from a positive balance of this client on this card (409 no-vote-to-take-back)', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await add(repo, 'c2');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      await refused(vote(repo, SITE, 'b1', 'c2', { id: 'v2', value: -1 }, BOB), 409, 'no-vote-to-take-back');
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v3', value: -1 }, ALICE), 409, 'no-vote-to-take-back');
      const back = await vote(repo, SITE, 'b1', 'c1', { id: 'v4', value: -1 }, BOB);
      assert.equal(back.created, true);
      assert.deepEqual([back.card.votes, back.card.myVotes], [0, 0]);
      const repeat = await vote(repo, SITE, 'b1', 'c1', { id: 'v4', value: -1 }, BOB);
      assert.equal(repeat.created, false);
      assert.equal(repeat.card.votes, 0);
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v5', value: -1 }, BOB), 409, 'no-vote-to-take-back');
      assert.equal((await read(repo, { clientId: BOB }))!.cards[0]!.myVotes, undefined);
    });

    it('refuses votes on unknown boards and cards (404) and on locked boards (423); a retry is still answered', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await refused(vote(repo, SITE, 'nope', 'c1', { id: 'v1', value: 1 }, BOB), 404, 'not-found');
      await refused(vote(repo, SITE, 'b1', 'nope', { id: 'v1', value: 1 }, BOB), 404, 'not-found');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      await updateBoard(repo, SITE, 'b1', { locked: true });
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: 1 }, BOB), 423, 'board-locked');
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v3', value: -1 }, BOB), 423, 'board-locked');
      assert.equal((await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB)).created, false);
    });
  });

  describe('moderated reveal and hidden ideas', () => {
    let repo: Repository;
    beforeEach(async () => {
      repo = await boardStore(open);
      await updateBoard(repo, SITE, 'b1', { settings: { reveal: 'moderated' } });
      await add(repo, 'a1', ALICE, 'q1', 'Alices Idee');
      await add(repo, 'b1c', BOB, 'q1', 'Bobs Idee');
    });

    it('shows the author their text, withholds it from others, shows the moderator all', async () => {
      const forAlice = clean(await read(repo, { clientId: ALICE })).cards;
      assert.deepEqual(
        forAlice.map((c) => [c.id, c.text, c.hidden, c.mine]),
        [
          ['a1', 'Alices Idee', undefined, true],
          ['b1c', '…', true, undefined],
        ],
      );
      const forModerator = clean(await read(repo, { asModerator: true })).cards;
      assert.deepEqual(
        forModerator.map((c) => [c.text, c.hidden]),
        [
          ['Alices Idee', undefined],
          ['Bobs Idee', undefined],
        ],
      );
      assert.deepEqual(
        (await read(repo))!.cards.map((c) => c.text),
        ['…', '…'],
      );
    });

    it('refuses votes on cards the voter cannot read yet (404), and allows them after the reveal', async () => {
      await refused(vote(repo, SITE, 'b1', 'b1c', { id: 'v1', value: 1 }, ALICE), 404, 'not-found');
      await vote(repo, SITE, 'b1', 'a1', { id: 'v2', value: 1 }, ALICE);
      await updateBoard(repo, SITE, 'b1', { revealed: true });
      assert.equal((await vote(repo, SITE, 'b1', 'b1c', { id: 'v1', value: 1 }, ALICE)).card.text, 'Bobs Idee');
      assert.deepEqual(
        (await read(repo, { clientId: ALICE }))!.cards.map((c) => c.text),
        ['Alices Idee', 'Bobs Idee'],
      );
    });

    it('refuses a vote on an idea the moderator hid (404) but for its author; stored events never carry "…"', async () => {
      // Before the reveal: a vote on an idea only its author can read yet is logged with its text too.
      await vote(repo, SITE, 'b1', 'a1', { id: 'v0', value: 1 }, ALICE);
      await updateBoard(repo, SITE, 'b1', { revealed: true });
      await updateCard(repo, SITE, 'b1', 'b1c', { hidden: true }, MODERATOR);
      await refused(vote(repo, SITE, 'b1', 'b1c', { id: 'v1', value: 1 }, ALICE), 404, 'not-found');
      await refused(vote(repo, SITE, 'b1', 'b1c', { id: 'v2', value: 1 }, CAROL), 404, 'not-found');
      const own = await vote(repo, SITE, 'b1', 'b1c', { id: 'v3', value: 1 }, BOB);
      assert.deepEqual([own.card.text, own.card.votes, own.card.mine], ['Bobs Idee', 1, true]);
      const forAlice = (await read(repo, { clientId: ALICE }))!.cards.find((c) => c.id === 'b1c')!;
      assert.deepEqual([forAlice.text, forAlice.hidden], ['…', true]);

      const { events } = await log(repo);
      const updates = events.filter((e) => e.event.type === 'card-updated');
      assert.equal(updates.length, 3, 'the two votes and the hide were logged');
      for (const { event } of events) {
        for (const card of cardsOf(event)) assert.notEqual(card.text, '…', `${event.type} of ${card.id} carries the placeholder`);
      }
      const hidden = updates.map((e) => e.event).find((event) => event.type === 'card-updated' && event.card.id === 'b1c');
      assert.ok(hidden?.type === 'card-updated');
      assert.deepEqual([hidden.card.text, hidden.card.hidden], ['Bobs Idee', true]);
      assert.equal(updates.find((e) => e.event.type === 'card-updated' && e.event.card.id === 'b1c')?.authorId, BOB, 'the event names its author');
    });
  });

  describe('merge and clear', () => {
    it('moves the votes to the target and removes the card', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      await add(repo, 'c2', BOB);
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      await vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: 1 }, ALICE);
      await vote(repo, SITE, 'b1', 'c2', { id: 'v3', value: 1 }, BOB);
      const target = await mergeCard(repo, SITE, 'b1', 'c1', 'c2');
      assert.deepEqual([target.id, target.votes, target.mine], ['c2', 3, undefined]);
      const board = clean(await read(repo, { clientId: BOB }));
      assert.deepEqual(
        board.cards.map((c) => [c.id, c.votes, c.myVotes]),
        [['c2', 3, 2]],
      );
      // The moved votes still count against the cap and can be taken back from the target.
      await vote(repo, SITE, 'b1', 'c2', { id: 'v4', value: 1 }, BOB);
      await refused(vote(repo, SITE, 'b1', 'c2', { id: 'v5', value: 1 }, BOB), 409, 'vote-cap');
      assert.equal((await vote(repo, SITE, 'b1', 'c2', { id: 'v6', value: -1 }, ALICE)).card.votes, 3);
    });

    it('refuses merges with unknown cards or boards (404); merging into itself changes nothing', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await refused(mergeCard(repo, SITE, 'b1', 'c1', 'nope'), 404, 'not-found');
      await refused(mergeCard(repo, SITE, 'b1', 'nope', 'c1'), 404, 'not-found');
      await refused(mergeCard(repo, SITE, 'nope', 'c1', 'c1'), 404, 'not-found');
      assert.equal((await mergeCard(repo, SITE, 'b1', 'c1', 'c1')).id, 'c1');
      assert.equal((await read(repo))!.cards.length, 1);
    });

    it('clears every card and vote, keeping the questions', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1');
      await add(repo, 'c2');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      const cleared = await clearBoard(repo, SITE, 'b1');
      assert.deepEqual(cleared.cards, []);
      assert.equal(cleared.questions.length, 2);
      assert.deepEqual((await read(repo))!.cards, []);
      // Bob's votes are free again, and a vote id can be used anew.
      await add(repo, 'c3');
      for (const id of ['v1', 'v2', 'v3']) await vote(repo, SITE, 'b1', 'c3', { id, value: 1 }, BOB);
      await refused(clearBoard(repo, SITE, 'nope'), 404, 'not-found');
    });
  });

  describe('events', () => {
    /** Each write with the event it must log; run in this order on one board. */
    const writes: [string, BoardEvent['type'], (repo: Repository) => Promise<unknown>][] = [
      ['addCard', 'card-added', (repo) => addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Eins' }, ALICE, at())],
      ['addCard', 'card-added', (repo) => addCard(repo, SITE, 'b1', { id: 'c2', questionId: 'q2', text: 'Zwei' }, BOB, at())],
      ['vote', 'card-updated', (repo) => vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB)],
      ['vote -1', 'card-updated', (repo) => vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: -1 }, BOB)],
      ['updateCard', 'card-updated', (repo) => updateCard(repo, SITE, 'b1', 'c1', { text: 'Eins!' }, as(ALICE))],
      ['updateCard (moderator)', 'card-updated', (repo) => updateCard(repo, SITE, 'b1', 'c2', { insight: true }, MODERATOR)],
      ['mergeCard', 'board-updated', (repo) => mergeCard(repo, SITE, 'b1', 'c2', 'c1')],
      ['deleteCard', 'card-removed', (repo) => deleteCard(repo, SITE, 'b1', 'c1', as(ALICE))],
      ['updateBoard', 'board-updated', (repo) => updateBoard(repo, SITE, 'b1', { title: 'Neu' })],
      ['clearBoard', 'board-updated', (repo) => clearBoard(repo, SITE, 'b1')],
    ];

    it('logs exactly one event per write, numbered from 1 without gaps', async () => {
      const repo = await boardStore(open);
      for (const [name, type, write] of writes) {
        const before = (await log(repo)).lastSeq;
        await write(repo);
        const { events, lastSeq } = await repo.eventsSince(SITE, 'b1', before);
        assert.deepEqual(
          events.map((e) => [e.seq, e.event.type]),
          [[before + 1, type]],
          name,
        );
        assert.equal(lastSeq, before + 1, name);
      }
      const { events } = await log(repo);
      assert.deepEqual(
        events.map((e) => e.seq),
        writes.map((_, i) => i + 1),
      );
    });

    it('logs nothing for a refused write or a repeat', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE, 'q1', 'Idee');
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      const before = await log(repo);
      const attempts: (() => Promise<unknown>)[] = [
        () => addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Idee' }, ALICE, at()), // a repeat
        () => vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB), // a repeat
        () => addCard(repo, SITE, 'b1', { id: 'c1', questionId: 'q1', text: 'Anders' }, ALICE, at()),
        () => addCard(repo, SITE, 'b1', { id: 'c9', questionId: 'nope', text: 'x' }, ALICE, at()),
        () => vote(repo, SITE, 'b1', 'c1', { id: 'v2', value: -1 }, CAROL),
        () => updateCard(repo, SITE, 'b1', 'c1', { text: 'Fremd' }, as(BOB)),
        () => deleteCard(repo, SITE, 'b1', 'c1', as(BOB)),
        () => mergeCard(repo, SITE, 'b1', 'c1', 'nope'),
        () => updateBoard(repo, SITE, 'nope', { locked: true }),
        () => clearBoard(repo, SITE, 'nope'),
      ];
      const refusals = [];
      for (const attempt of attempts) {
        refusals.push(
          await attempt().then(
            () => 'done',
            (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
          ),
        );
      }
      assert.deepEqual(refusals, ['done', 'done', 'id-conflict', 'not-found', 'no-vote-to-take-back', 'not-yours', 'not-yours', 'not-found', 'not-found', 'not-found']);
      await updateBoard(repo, SITE, 'b1', { settings: { votesPerPerson: 1 } });
      await refused(vote(repo, SITE, 'b1', 'c1', { id: 'v3', value: 1 }, BOB), 409, 'vote-cap');
      const after = await log(repo);
      assert.equal(after.lastSeq, before.lastSeq + 1, 'only the settings change was logged');
      assert.deepEqual(after.events.slice(0, -1), before.events);
    });

    it('writes a change and its event together: when logging the event fails, the change is not stored', async () => {
      const repo = await boardStore(open);
      await add(repo, 'c1', ALICE);
      await add(repo, 'c2', BOB);
      await vote(repo, SITE, 'b1', 'c1', { id: 'v1', value: 1 }, BOB);
      const failing = withFailingTx(repo, {
        appendEvent: () => Promise.reject(new Error('event log unavailable')),
      });
      const board = await read(repo, { asModerator: true });
      const before = await log(repo);
      const attempts: [string, () => Promise<unknown>][] = [
        ['addCard', () => addCard(failing, SITE, 'b1', { id: 'c3', questionId: 'q1', text: 'Neu' }, ALICE, at())],
        ['vote', () => vote(failing, SITE, 'b1', 'c2', { id: 'v2', value: 1 }, ALICE)],
        ['updateCard', () => updateCard(failing, SITE, 'b1', 'c1', { text: 'Anders', insight: true }, MODERATOR)],
        ['deleteCard', () => deleteCard(failing, SITE, 'b1', 'c1', as(ALICE))],
        ['mergeCard', () => mergeCard(failing, SITE, 'b1', 'c1', 'c2')],
        ['updateBoard', () => updateBoard(failing, SITE, 'b1', { locked: true, title: 'Gesperrt' })],
        ['clearBoard', () => clearBoard(failing, SITE, 'b1')],
      ];
      for (const [name, attempt] of attempts) {
        await assert.rejects(attempt(), /event log unavailable/, name);
        assert.deepEqual(await read(repo, { asModerator: true }), board, `${name} left the board as it was`);
      }
      assert.deepEqual(await log(repo), before);
      // Nothing half-done blocks the next write: Alice still has all her votes.
      for (const id of ['v4', 'v5', 'v6']) await vote(repo, SITE, 'b1', 'c2', { id, value: 1 }, ALICE);
    });

    it('numbers the events of concurrent writers without gaps or doubles', async () => {
      const repo = await boardStore(open);
      await Promise.all(Array.from({ length: 12 }, (_, n) => add(repo, `c${n}`, `client-${n}`, n % 2 ? 'q1' : 'q2')));
      const cards = (await read(repo))!.cards.map((c) => c.id);
      await Promise.all(cards.map((id, n) => vote(repo, SITE, 'b1', id, { id: `v${n}`, value: 1 }, `voter-${n}`)));
      const { events, lastSeq } = await log(repo);
      assert.equal(lastSeq, 24);
      assert.deepEqual(
        events.map((e) => e.seq),
        Array.from({ length: 24 }, (_, i) => i + 1),
      );
      assert.equal(new Set(events.filter((e) => e.event.type === 'card-added').map((e) => cardsOf(e.event)[0]!.id)).size, 12);
    });

    it('keeps the events of each board apart', async () => {
      const repo = await boardStore(open);
      await putBoard(repo, SITE, testBoard({ id: 'b2' }));
      await add(repo, 'c1');
      await addCard(repo, SITE, 'b2', { id: 'c1', questionId: 'q1', text: 'Auf b2' }, ALICE, at());
      await addCard(repo, SITE, 'b2', { id: 'c2', questionId: 'q1', text: 'Auf b2' }, ALICE, at());
      assert.deepEqual(
        (await log(repo, 'b1')).events.map((e) => e.seq),
        [1],
      );
      assert.deepEqual(
        (await log(repo, 'b2')).events.map((e) => e.seq),
        [1, 2],
      );
    });
  });
});

/**
 * SQLite keeps everything when closed and opened again (PostgreSQL's durability is the database's;
 * the conformance suite reopens nothing there).
 */
describe('durability on SQLite', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the demo, cards, votes, events, keys and plan changes across close and reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ija-durability-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'ija.sqlite');
    const first = await openSqliteRepository(path);
    await first.createSite({ id: SITE, title: 'Default', createdAt: NOW.toISOString() });
    assert.equal(await first.isEmpty(SITE), true);
    await seedDemo(first, SITE, NOW);
    await addCard(first, SITE, 'leitfragen', { id: 'c1', questionId: 'agenda', text: 'Jugendhilfeausschuss' }, ALICE, NOW);
    await vote(first, SITE, 'leitfragen', 'c1', { id: 'v1', value: 1 }, BOB);
    await first.setKeyHash(SITE, 'moderator', 'h', NOW);
    await patchPlanPoint(first, SITE, 'fuenf-punkte-plan', 'netzwerk', { status: 'done' }, NOW);
    await first.close();
    // Write-ahead logging, left on in the file: a commit is one append to the log, synced (synchronous=FULL).
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();

    const second = await openSqliteRepository(path);
    try {
      assert.equal(await second.isEmpty(SITE), false);
      assert.deepEqual(
        (await second.listSites()).map((site) => site.id),
        [SITE],
      );
      const card = (await readBoard(second, SITE, 'leitfragen', { clientId: BOB }))!.cards[0]!;
      assert.deepEqual([card.id, card.votes, card.myVotes], ['c1', 1, 1]);
      const { events, lastSeq } = await second.eventsSince(SITE, 'leitfragen', 0);
      assert.deepEqual(
        events.map((e) => e.event.type),
        ['card-added', 'card-updated'],
      );
      assert.equal(lastSeq, 2);
      assert.equal(await second.getKeyHash(SITE, 'moderator'), 'h');
      assert.equal((await second.getPlan(SITE, 'fuenf-punkte-plan'))!.points[0]!.status, 'done');
      assert.equal((await second.listPartners(SITE)).length, 60);
      // The numbering goes on where it stopped.
      await vote(second, SITE, 'leitfragen', 'c1', { id: 'v2', value: 1 }, ALICE);
      assert.equal((await second.eventsSince(SITE, 'leitfragen', 0)).lastSeq, 3);
      // A repeat after the restart is still recognised.
      assert.equal((await vote(second, SITE, 'leitfragen', 'c1', { id: 'v1', value: 1 }, BOB)).created, false);
    } finally {
      await second.close();
    }
  });
});
