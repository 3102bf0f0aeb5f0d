import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MERGED_MAX, parseBoard, type Board, type BoardDefinition, type BoardEvent } from '../../../src/core/schemas/board.js';
import { ApiError } from '../../core/errors.js';
import {
  addCard,
  defineBoard,
  deleteCard,
  listBoards,
  mergeCard,
  putBoard,
  readBoard,
  updateBoard,
  updateCard,
  vote,
} from '../../core/services/boards.js';
import type { BoardViewer } from '../../core/board-view.js';
import type { Repository } from '../../repository/repository.js';
import { forEachStore } from '../helpers/stores.js';

/**
 * Boards the moderator defines (`PUT /boards/{id}`, questions in `PATCH /boards/{id}`, `GET /boards`)
 * and merged ideas that keep their texts, over every store (server/core/services/boards.ts).
 */

const SITE = 'default';
const OTHER = 'musterdorf';
const NOW = new Date('2025-03-01T12:00:00.000Z');
const ALICE = 'client-alice';
const BOB = 'client-bob';
const CAROL = 'client-carol';
const MODERATOR: BoardViewer = { asModerator: true };

const QUESTIONS = [
  { id: 'q1', text: 'Wer fehlt noch im Netzwerk?' },
  { id: 'q2', text: 'Was brauchen die Träger?', hint: 'Geld, Zeit, Beratung' },
];

function definition(overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  return { id: 'gruppe-1', title: 'Kleingruppe 1', questions: QUESTIONS, ...overrides };
}

async function refused(write: Promise<unknown>, status: number, code: string): Promise<ApiError> {
  let caught: unknown;
  await assert.rejects(write, (error: unknown) => {
    caught = error;
    return true;
  });
  assert.ok(caught instanceof ApiError, `expected an ApiError, got ${String(caught)}`);
  assert.deepEqual([caught.status, caught.code], [status, code]);
  return caught;
}

function clean(board: Board | undefined): Board {
  assert.ok(board, 'the board exists');
  assert.deepEqual(parseBoard(JSON.parse(JSON.stringify(board))).issues, []);
  return board;
}

async function withSites(open: () => Promise<Repository>): Promise<Repository> {
  const repo = await open();
  for (const id of [SITE, OTHER]) await repo.createSite({ id, title: id, createdAt: NOW.toISOString() });
  return repo;
}

forEachStore('board definitions and merged ideas', (open) => {
  let tick = 0;
  const at = () => new Date(NOW.getTime() + ++tick * 1000);
  const add = async (repo: Repository, id: string, clientId = ALICE, questionId = 'q1', text = `Idee ${id}`, boardId = 'gruppe-1') =>
    (await addCard(repo, SITE, boardId, { id, questionId, text }, clientId, at())).card;
  const read = (repo: Repository, viewer: BoardViewer = {}, boardId = 'gruppe-1') => readBoard(repo, SITE, boardId, viewer);
  const events = async (repo: Repository, boardId = 'gruppe-1') => (await repo.eventsSince(SITE, boardId, 0)).events;

  describe('PUT /boards/{id}', () => {
    it('creates a board with default settings, answers the moderator view and logs board-updated', async () => {
      const repo = await withSites(open);
      const { board, created } = await defineBoard(repo, SITE, 'gruppe-1', definition());
      assert.equal(created, true);
      assert.deepEqual(clean(board), {
        id: 'gruppe-1',
        title: 'Kleingruppe 1',
        questions: QUESTIONS,
        cards: [],
        settings: { votesPerPerson: 3, reveal: 'open' },
        locked: false,
        revealed: false,
      });
      assert.deepEqual(await read(repo), board);
      const logged = await events(repo);
      assert.deepEqual(
        logged.map(({ seq, event }) => [seq, event.type]),
        [[1, 'board-updated']],
      );
      assert.deepEqual((logged[0]!.event as Extract<BoardEvent, { type: 'board-updated' }>).board, board);
      assert.equal(await readBoard(repo, OTHER, 'gruppe-1', MODERATOR), undefined, 'on its own site only');
    });

    it('changes title, questions, settings and lock of an existing board; its ideas and reveal stay', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition({ settings: { votesPerPerson: 5, reveal: 'moderated' } }));
      await add(repo, 'c1', ALICE, 'q1', 'Den Jugendring fragen');
      await vote(repo, SITE, 'gruppe-1', 'c1', { id: 'v1', value: 1 }, ALICE);
      await updateBoard(repo, SITE, 'gruppe-1', { revealed: true });
      const questions = [{ id: 'q3', text: 'Neue Frage?' }, { ...QUESTIONS[0]!, text: 'Wer fehlt noch?' }];
      const { board, created } = await defineBoard(repo, SITE, 'gruppe-1', definition({ title: 'Gruppe A', questions, locked: true }));
      assert.equal(created, false);
      assert.deepEqual(
        [board.title, board.questions, board.settings, board.locked, board.revealed],
        ['Gruppe A', questions, { votesPerPerson: 5, reveal: 'moderated' }, true, true],
        'settings left out stay; the reveal stays',
      );
      assert.deepEqual(
        board.cards.map((c) => [c.id, c.text, c.votes]),
        [['c1', 'Den Jugendring fragen', 1]],
      );
      const again = await defineBoard(repo, SITE, 'gruppe-1', definition({ questions, settings: { votesPerPerson: 2, reveal: 'open' } }));
      assert.deepEqual([again.board.settings, again.board.locked], [{ votesPerPerson: 2, reveal: 'open' }, true], 'a lock left out stays');
      assert.deepEqual(
        (await events(repo)).map(({ event }) => event.type),
        ['board-updated', 'card-added', 'card-updated', 'board-updated', 'board-updated', 'board-updated'],
      );
    });

    it('refuses a body whose id differs from the path (400), storing nothing', async () => {
      const repo = await withSites(open);
      const error = await refused(defineBoard(repo, SITE, 'anders', definition()), 400, 'invalid');
      assert.deepEqual(
        error.issues?.map((issue) => issue.path),
        ['id'],
      );
      assert.equal(await read(repo, MODERATOR, 'anders'), undefined);
      assert.equal(await read(repo, MODERATOR), undefined);
    });

    it('refuses to remove a question that still has ideas (409 question-in-use), changing nothing', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition());
      await add(repo, 'c1', ALICE, 'q2');
      const before = await read(repo, MODERATOR);
      const seq = (await events(repo)).length;
      const error = await refused(defineBoard(repo, SITE, 'gruppe-1', definition({ title: 'Neu', questions: [QUESTIONS[0]!] })), 409, 'question-in-use');
      assert.match(error.issues?.[0]?.message ?? '', /q2/);
      await refused(updateBoard(repo, SITE, 'gruppe-1', { title: 'Neu', questions: [QUESTIONS[0]!] }), 409, 'question-in-use');
      assert.deepEqual(await read(repo, MODERATOR), before);
      assert.equal((await events(repo)).length, seq, 'no event for a refused change');

      // A question without ideas may go; once its ideas are gone, so may the other.
      const { board } = await defineBoard(repo, SITE, 'gruppe-1', definition({ questions: [QUESTIONS[1]!] }));
      assert.deepEqual(
        board.questions.map((q) => q.id),
        ['q2'],
      );
      await deleteCard(repo, SITE, 'gruppe-1', 'c1', { asModerator: true });
      const patched = await updateBoard(repo, SITE, 'gruppe-1', { questions: [{ id: 'q9', text: 'Ganz neu?' }] });
      assert.deepEqual(
        patched.questions.map((q) => q.id),
        ['q9'],
      );
    });

    it('PATCH with questions reorders and rewords them, keeping their ideas', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition());
      await add(repo, 'c1', ALICE, 'q1');
      await add(repo, 'c2', BOB, 'q2');
      const questions = [{ id: 'q2', text: 'Zuerst das?' }, QUESTIONS[0]!, { id: 'q3', text: 'Dazu?' }];
      const board = await updateBoard(repo, SITE, 'gruppe-1', { questions });
      assert.deepEqual(board.questions, questions);
      assert.deepEqual(
        board.cards.map((c) => [c.id, c.questionId]),
        [
          ['c1', 'q1'],
          ['c2', 'q2'],
        ],
      );
      assert.deepEqual(clean(await read(repo)).questions, questions);
    });

    it('two moderators replacing the same board at once both succeed, one after the other', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition());
      await add(repo, 'c1', ALICE, 'q1');
      const results = await Promise.all([
        defineBoard(repo, SITE, 'gruppe-1', definition({ title: 'Eins' })),
        defineBoard(repo, SITE, 'gruppe-1', definition({ title: 'Zwei' })),
      ]);
      assert.deepEqual(
        results.map((r) => r.created),
        [false, false],
      );
      const board = clean(await read(repo, MODERATOR));
      assert.ok(['Eins', 'Zwei'].includes(board.title));
      assert.equal(board.cards.length, 1);
    });
  });

  describe('GET /boards', () => {
    it("lists the site's boards ordered by id, with their question and idea counts", async () => {
      const repo = await withSites(open);
      assert.deepEqual(await listBoards(repo, SITE), []);
      await defineBoard(repo, SITE, 'gruppe-2', definition({ id: 'gruppe-2', title: 'Kleingruppe 2', questions: [QUESTIONS[0]!], locked: true }));
      await defineBoard(repo, SITE, 'gruppe-1', definition());
      await add(repo, 'c1', ALICE, 'q1');
      await add(repo, 'c2', BOB, 'q2');
      await updateCard(repo, SITE, 'gruppe-1', 'c2', { hidden: true }, { asModerator: true });
      await defineBoard(repo, OTHER, 'gruppe-3', definition({ id: 'gruppe-3' }));
      assert.deepEqual(await listBoards(repo, SITE), [
        { id: 'gruppe-1', title: 'Kleingruppe 1', questions: 2, ideas: 2, locked: false },
        { id: 'gruppe-2', title: 'Kleingruppe 2', questions: 1, ideas: 0, locked: true },
      ]);
      assert.deepEqual(
        (await listBoards(repo, OTHER)).map((b) => b.id),
        ['gruppe-3'],
      );
    });
  });

  describe('merged ideas keep their texts', () => {
    it('adds the merged card with the ideas merged into it before, flattened, oldest first', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition());
      await add(repo, 'c1', ALICE, 'q1', 'Ferienkalender');
      await add(repo, 'c2', BOB, 'q1', 'Gemeinsamer Kalender');
      await add(repo, 'c3', CAROL, 'q1', 'Terminübersicht');
      await add(repo, 'c4', CAROL, 'q1', 'Ein Kalender für alle');
      await vote(repo, SITE, 'gruppe-1', 'c2', { id: 'v1', value: 1 }, ALICE);
      const first = await mergeCard(repo, SITE, 'gruppe-1', 'c2', 'c1');
      assert.deepEqual(first.merged, [{ id: 'c2', text: 'Gemeinsamer Kalender' }]);
      assert.equal(first.votes, 1);
      await mergeCard(repo, SITE, 'gruppe-1', 'c4', 'c3');
      const target = await mergeCard(repo, SITE, 'gruppe-1', 'c1', 'c3');
      const expected = [
        { id: 'c4', text: 'Ein Kalender für alle' },
        { id: 'c1', text: 'Ferienkalender' },
        { id: 'c2', text: 'Gemeinsamer Kalender' },
      ];
      assert.deepEqual(target.merged, expected);
      // In every read, for participants and the moderator, and in the board-updated event.
      for (const viewer of [{}, { clientId: ALICE }, MODERATOR]) {
        const board = clean(await read(repo, viewer));
        assert.deepEqual(
          board.cards.map((c) => [c.id, c.merged]),
          [['c3', expected]],
        );
      }
      const last = (await events(repo)).at(-1)!.event;
      assert.ok(last.type === 'board-updated');
      assert.deepEqual(last.board.cards.find((c) => c.id === 'c3')?.merged, expected);
      // Later events about the card carry them too.
      await vote(repo, SITE, 'gruppe-1', 'c3', { id: 'v2', value: 1 }, BOB);
      const updated = (await events(repo)).at(-1)!.event;
      assert.ok(updated.type === 'card-updated');
      assert.deepEqual(updated.card.merged, expected);
      // The moderator's text change keeps them.
      const renamed = await updateCard(repo, SITE, 'gruppe-1', 'c3', { text: 'Ein Ferienkalender aller Träger' }, { asModerator: true });
      assert.deepEqual(renamed.merged, expected);
    });

    it('in moderated reveal shows merged texts only to those who may read the target', async () => {
      const repo = await withSites(open);
      await defineBoard(repo, SITE, 'gruppe-1', definition({ settings: { votesPerPerson: 3, reveal: 'moderated' } }));
      await add(repo, 'a1', ALICE, 'q1', 'Alices Idee');
      await add(repo, 'b1', BOB, 'q1', 'Bobs Idee');
      await mergeCard(repo, SITE, 'gruppe-1', 'b1', 'a1');
      const seen = async (viewer: BoardViewer) => clean(await read(repo, viewer)).cards.map((c) => [c.text, c.merged?.map((m) => m.text)]);
      assert.deepEqual(await seen(MODERATOR), [['Alices Idee', ['Bobs Idee']]]);
      assert.deepEqual(await seen({ clientId: ALICE }), [['Alices Idee', ['Bobs Idee']]], "the target's author reads it");
      assert.deepEqual(await seen({ clientId: BOB }), [['…', undefined]], "Bob's own text went into a card he may not read yet");
      assert.deepEqual(await seen({ clientId: CAROL }), [['…', undefined]]);
      assert.deepEqual(await seen({}), [['…', undefined]]);

      await updateBoard(repo, SITE, 'gruppe-1', { revealed: true });
      assert.deepEqual(await seen({ clientId: CAROL }), [['Alices Idee', ['Bobs Idee']]]);
      // A target the moderator hid keeps its merged texts from everyone but its author and the moderator.
      await updateCard(repo, SITE, 'gruppe-1', 'a1', { hidden: true }, { asModerator: true });
      assert.deepEqual(await seen({ clientId: CAROL }), [['…', undefined]]);
      assert.deepEqual(await seen({ clientId: ALICE }), [['Alices Idee', ['Bobs Idee']]]);
    });

    it('keeps merged ideas given in a seeded board, and refuses a merge past the limit (409 merge-limit)', async () => {
      const repo = await withSites(open);
      const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, text: `Idee ${prefix}${i}` }));
      await putBoard(repo, SITE, {
        id: 'gruppe-1',
        title: 'Voll',
        questions: QUESTIONS,
        cards: [
          { id: 'x', questionId: 'q1', text: 'Viele', votes: 0, createdAt: NOW.toISOString(), merged: many('m', MERGED_MAX - 1) },
          { id: 'y', questionId: 'q1', text: 'Eine', votes: 0, createdAt: NOW.toISOString(), merged: many('n', 1) },
          { id: 'z', questionId: 'q1', text: 'Keine', votes: 0, createdAt: NOW.toISOString() },
        ],
      });
      assert.equal((await read(repo, MODERATOR))!.cards[0]!.merged!.length, MERGED_MAX - 1);
      await refused(mergeCard(repo, SITE, 'gruppe-1', 'y', 'x'), 409, 'merge-limit');
      assert.equal((await read(repo, MODERATOR))!.cards.length, 3, 'nothing merged');
      const full = await mergeCard(repo, SITE, 'gruppe-1', 'z', 'x');
      assert.equal(full.merged!.length, MERGED_MAX);
      assert.deepEqual(full.merged!.at(-1), { id: 'z', text: 'Keine' });
      clean(await read(repo, MODERATOR));
    });
  });
});
