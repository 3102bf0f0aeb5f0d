import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BoardEvent } from '../../src/core/schemas/board.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from '../repository/migrations/sqlite.js';
import { openSqliteRepository } from '../repository/sqlite.js';

/**
 * A database from the field: the schema of the first server (schema version 1, kept as the first
 * migration step, which is never edited) with rows as that server wrote them.
 */
const VERSION_1_SCHEMA = SQLITE_MIGRATIONS[0]!;

const PARTNERS = [
  { id: 'zz-jugendring', name: 'Stadtjugendring Musterstadt', category: 'jugendarbeit', activeInIja: true },
  { id: 'aa-verein', name: 'Kulturverein Ölmühle 🌍', category: 'vereine', offers: ['Austausch', 'تبادل'] },
];
const JOIN_REQUESTS = [
  { id: 'jr-2', name: 'Later', category: 'vereine', contactName: 'B', email: 'b@example.org' },
  { id: 'jr-1', name: 'Earlier', category: 'schule-beruf', contactName: 'A', email: 'a@example.org' },
];
const AGENDA = { id: 'werkstatt', title: 'Werkstattgespräch', date: '2025-03-01', timezone: 'Europe/Berlin', items: [] };
const PLAN = { id: 'plan', title: 'Fünf Punkte', points: [{ id: 'p1', title: 'Eins', summary: 'S', status: 'open' }] };
const SETTINGS = { votesPerPerson: 5, reveal: 'moderated' };
const EVENT_1: BoardEvent = { type: 'card-removed', cardId: 'gone' };
const EVENT_2: BoardEvent = { type: 'card-removed', cardId: 'gone-too' };

/**
 * Writes a version-2 database at `path` as the previous server left it: sites, and join requests
 * without a status (received on two sites, two at the same instant).
 */
function writeVersion2(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // As migrateSqlite runs the steps: step 2 rebuilds tables that foreign keys name.
  db.pragma('foreign_keys = OFF');
  db.exec(SQLITE_MIGRATIONS[0]!);
  db.exec(SQLITE_MIGRATIONS[1]!);
  db.pragma('user_version = 2');
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run('INSERT INTO sites VALUES (?, ?, ?)', 'default', 'Musterstadt', '2025-01-01T00:00:00.000Z');
  run('INSERT INTO sites VALUES (?, ?, ?)', 'ring', 'Jugendring', '2025-01-01T00:00:00.000Z');
  run('INSERT INTO join_requests VALUES (?, ?, ?, ?)', 'default', 'jr-2', '2025-01-02T10:00:00.000Z', JSON.stringify(JOIN_REQUESTS[0]));
  run('INSERT INTO join_requests VALUES (?, ?, ?, ?)', 'default', 'jr-1', '2025-01-02T10:00:00.000Z', JSON.stringify(JOIN_REQUESTS[1]));
  run('INSERT INTO join_requests VALUES (?, ?, ?, ?)', 'ring', 'jr-1', '2025-01-01T10:00:00.000Z', JSON.stringify(JOIN_REQUESTS[1]));
  PARTNERS.forEach((partner, position) =>
    run('INSERT INTO partners VALUES (?, ?, ?, ?)', 'default', partner.id, position, JSON.stringify(partner)),
  );
  db.close();
}

/** Writes a version-1 database at `path`; `withData: false` leaves its tables empty. */
function writeVersion1(path: string, withData = true): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(VERSION_1_SCHEMA);
  db.pragma('user_version = 1');
  if (withData) {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    // Stored in the reverse of their id order, so a list ordered by id would show.
    PARTNERS.forEach((partner, position) => run('INSERT INTO partners VALUES (?, ?, ?)', partner.id, position, JSON.stringify(partner)));
    run('INSERT INTO join_requests VALUES (?, ?, ?)', 'jr-2', '2025-01-02T10:00:00.000Z', JSON.stringify(JOIN_REQUESTS[0]));
    run('INSERT INTO join_requests VALUES (?, ?, ?)', 'jr-1', '2025-01-01T10:00:00.000Z', JSON.stringify(JOIN_REQUESTS[1]));
    run('INSERT INTO agendas VALUES (?, ?, ?)', AGENDA.id, JSON.stringify(AGENDA), '2025-01-01T00:00:00.000Z');
    run('INSERT INTO plans VALUES (?, ?, ?)', PLAN.id, JSON.stringify(PLAN), '2025-01-01T00:00:00.000Z');
    run('INSERT INTO boards VALUES (?, ?, ?, ?, ?, ?)', 'leitfragen', 'Leitfragen', JSON.stringify(SETTINGS), 0, 1, 2);
    run('INSERT INTO questions VALUES (?, ?, ?, ?, ?)', 'leitfragen', 'q-b', 0, 'Was brauchen wir?', 'Ein Hinweis');
    run('INSERT INTO questions VALUES (?, ?, ?, ?, ?)', 'leitfragen', 'q-a', 1, 'Wer fehlt?', null);
    // Same creation time: insertion order decides.
    const insertCard = 'INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    run(insertCard, 'leitfragen', 'card-z', 'q-b', 'Ein Raum', null, 1, 0, '2025-01-05T09:00:00.000Z');
    run(insertCard, 'leitfragen', 'card-a', 'q-b', 'Mehr Zeit ✨', 'client-1', 0, 1, '2025-01-05T09:00:00.000Z');
    run(insertCard, 'leitfragen', 'card-m', 'q-a', 'Die Schulen', 'client-2', 0, 0, '2025-01-04T09:00:00.000Z');
    const insertVote = 'INSERT INTO votes VALUES (?, ?, ?, ?, ?, ?)';
    run(insertVote, 'leitfragen', 'seed:card-z:1', 'card-z', null, 1, '2025-01-05T09:00:00.000Z');
    run(insertVote, 'leitfragen', 'vote-1', 'card-z', 'client-1', 1, '2025-01-05T10:00:00.000Z');
    run(insertVote, 'leitfragen', 'vote-2', 'card-a', 'client-1', 1, '2025-01-05T10:01:00.000Z');
    run(insertVote, 'leitfragen', 'vote-3', 'card-a', 'client-2', 1, '2025-01-05T10:02:00.000Z');
    run(insertVote, 'leitfragen', 'vote-4', 'card-a', 'client-2', -1, '2025-01-05T10:03:00.000Z');
    run('INSERT INTO board_events VALUES (?, ?, ?, ?)', 'leitfragen', 1, JSON.stringify(EVENT_1), 'client-1');
    run('INSERT INTO board_events VALUES (?, ?, ?, ?)', 'leitfragen', 2, JSON.stringify(EVENT_2), null);
    run('INSERT INTO keys VALUES (?, ?, ?)', 'moderator', 'scrypt$moderator', '2025-01-01T00:00:00.000Z');
    run('INSERT INTO keys VALUES (?, ?, ?)', 'editor', 'scrypt$editor', '2025-01-01T00:00:00.000Z');
  }
  db.close();
}

function userVersion(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('SQLite migrations', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ija-migration-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a version-1 database from the field is upgraded, its data kept under the site "default"', async () => {
    const path = join(dir, 'field.sqlite');
    writeVersion1(path);
    const repo = await openSqliteRepository(path);
    try {
      const sites = await repo.listSites();
      assert.deepEqual(
        sites.map((site) => site.id),
        ['default'],
      );
      assert.match(sites[0]!.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(await repo.isEmpty('default'), false);

      assert.deepEqual(await repo.listPartners('default'), PARTNERS);
      assert.deepEqual(await repo.listJoinRequests('default'), [
        { ...JOIN_REQUESTS[1], receivedAt: '2025-01-01T10:00:00.000Z', status: 'new' },
        { ...JOIN_REQUESTS[0], receivedAt: '2025-01-02T10:00:00.000Z', status: 'new' },
      ]);
      assert.deepEqual(await repo.getAgenda('default', AGENDA.id), AGENDA);
      assert.deepEqual(await repo.getPlan('default', PLAN.id), { ...PLAN, version: 1 }, 'a plan from before versions is at version 1');
      assert.equal(await repo.getKeyHash('default', 'moderator'), 'scrypt$moderator');
      assert.equal(await repo.getKeyHash('default', 'editor'), 'scrypt$editor');

      assert.deepEqual(await repo.getBoard('default', 'leitfragen'), {
        id: 'leitfragen',
        title: 'Leitfragen',
        settings: SETTINGS,
        locked: false,
        revealed: true,
        questions: [
          { id: 'q-b', text: 'Was brauchen wir?', hint: 'Ein Hinweis' },
          { id: 'q-a', text: 'Wer fehlt?' },
        ],
      });
      assert.deepEqual(await repo.listCards('default', 'leitfragen', 'client-1'), [
        {
          id: 'card-m',
          questionId: 'q-a',
          text: 'Die Schulen',
          authorId: 'client-2',
          insight: false,
          hidden: false,
          createdAt: '2025-01-04T09:00:00.000Z',
          votes: 0,
          myVotes: 0,
        },
        {
          id: 'card-z',
          questionId: 'q-b',
          text: 'Ein Raum',
          insight: true,
          hidden: false,
          createdAt: '2025-01-05T09:00:00.000Z',
          votes: 2,
          myVotes: 1,
        },
        {
          id: 'card-a',
          questionId: 'q-b',
          text: 'Mehr Zeit ✨',
          authorId: 'client-1',
          insight: false,
          hidden: true,
          createdAt: '2025-01-05T09:00:00.000Z',
          votes: 1,
          myVotes: 1,
        },
      ]);
      assert.deepEqual(await repo.getVote('default', 'leitfragen', 'vote-4'), {
        id: 'vote-4',
        cardId: 'card-a',
        clientId: 'client-2',
        value: -1,
        createdAt: '2025-01-05T10:03:00.000Z',
      });
      assert.equal(await repo.votesOfClient('default', 'leitfragen', 'client-2'), 0);

      assert.deepEqual(await repo.eventsSince('default', 'leitfragen', 0), {
        events: [
          { seq: 1, event: EVENT_1, authorId: 'client-1' },
          { seq: 2, event: EVENT_2 },
        ],
        lastSeq: 2,
        firstKept: 1,
      });
      // The sequence goes on where the old server left it, so clients' Last-Event-ID stays valid.
      assert.equal(await repo.appendEvent('default', 'leitfragen', EVENT_1), 3);

      // Nothing of it shows on another site.
      assert.equal(await repo.getBoard('other', 'leitfragen'), undefined);
      assert.deepEqual(await repo.listPartners('other'), []);
      assert.equal(await repo.isEmpty('other'), true);
    } finally {
      await repo.close();
    }
    assert.equal(userVersion(path), SQLITE_SCHEMA_VERSION);
  });

  test('the upgraded tables keep their constraints: cascades, the new key role, one key per site and role', async () => {
    const path = join(dir, 'constraints.sqlite');
    writeVersion1(path);
    const repo = await openSqliteRepository(path);
    try {
      await repo.setKeyHash('default', 'network', 'scrypt$network', new Date('2025-02-01T00:00:00.000Z'));
      await repo.setKeyHash('default', 'moderator', 'scrypt$new', new Date('2025-02-01T00:00:00.000Z'));
      assert.equal(await repo.getKeyHash('default', 'network'), 'scrypt$network');
      assert.equal(await repo.getKeyHash('default', 'moderator'), 'scrypt$new');

      // A card's votes go with it.
      await repo.deleteCard('default', 'leitfragen', 'card-a');
      assert.equal(await repo.getVote('default', 'leitfragen', 'vote-2'), undefined);
      // A question's cards (and their votes) go with it.
      const board = (await repo.getBoard('default', 'leitfragen'))!;
      await repo.putBoard('default', { ...board, questions: board.questions.filter((q) => q.id !== 'q-b') });
      assert.deepEqual(
        (await repo.listCards('default', 'leitfragen')).map((card) => card.id),
        ['card-m'],
      );
      assert.equal(await repo.getVote('default', 'leitfragen', 'vote-1'), undefined);
      // A card needs its question.
      await assert.rejects(
        repo.insertCard('default', 'leitfragen', {
          id: 'orphan',
          questionId: 'q-b',
          text: 'x',
          insight: false,
          hidden: false,
          createdAt: '2025-02-01T00:00:00.000Z',
        }),
      );
    } finally {
      await repo.close();
    }
    // A second open finds nothing to do and the same data.
    const again = await openSqliteRepository(path);
    try {
      assert.deepEqual(
        (await again.listCards('default', 'leitfragen')).map((card) => card.id),
        ['card-m'],
      );
      assert.equal((await again.listSites()).length, 1);
    } finally {
      await again.close();
    }
  });

  test('a version-2 database is upgraded: its join requests are new and can be handled, its partners appended to', async () => {
    const path = join(dir, 'version-2.sqlite');
    writeVersion2(path);
    const repo = await openSqliteRepository(path);
    try {
      assert.deepEqual(await repo.listJoinRequests('default'), [
        { ...JOIN_REQUESTS[0], receivedAt: '2025-01-02T10:00:00.000Z', status: 'new' },
        { ...JOIN_REQUESTS[1], receivedAt: '2025-01-02T10:00:00.000Z', status: 'new' },
      ]);
      assert.deepEqual(await repo.listJoinRequests('ring'), [{ ...JOIN_REQUESTS[1], receivedAt: '2025-01-01T10:00:00.000Z', status: 'new' }]);
      assert.equal(await repo.setJoinRequestStatus('default', 'jr-2', 'accepted', new Date('2025-02-01T00:00:00.000Z'), 'p-jr-2'), true);
      assert.deepEqual(await repo.getJoinRequest('default', 'jr-2'), {
        ...JOIN_REQUESTS[0],
        receivedAt: '2025-01-02T10:00:00.000Z',
        status: 'accepted',
        handledAt: '2025-02-01T00:00:00.000Z',
        partnerId: 'p-jr-2',
      });
      assert.equal(await repo.purgeHandledJoinRequests(new Date('2025-03-01T00:00:00.000Z')), 1);
      assert.deepEqual(
        (await repo.listJoinRequests('default')).map((request) => request.id),
        ['jr-1'],
      );
      await repo.insertPartner('default', { id: 'new', name: 'Neu', category: 'politik' });
      assert.deepEqual(
        (await repo.listPartners('default')).map((partner) => partner.id),
        [...PARTNERS.map((partner) => partner.id), 'new'],
      );
    } finally {
      await repo.close();
    }
    assert.equal(userVersion(path), SQLITE_SCHEMA_VERSION);
    // The column refuses a status the server does not know.
    const check = new Database(path);
    try {
      assert.throws(() => check.prepare("UPDATE join_requests SET status = 'maybe' WHERE id = 'jr-1'").run(), /CHECK constraint/);
    } finally {
      check.close();
    }
  });

  test('an empty version-1 database is upgraded without a site row', async () => {
    const path = join(dir, 'empty-v1.sqlite');
    writeVersion1(path, false);
    const repo = await openSqliteRepository(path);
    try {
      assert.deepEqual(await repo.listSites(), []);
      assert.equal(await repo.isEmpty('default'), true);
    } finally {
      await repo.close();
    }
    assert.equal(userVersion(path), SQLITE_SCHEMA_VERSION);
  });

  test('a new database gets every step, its folder, and mode 0600', async () => {
    const path = join(dir, 'new', 'nested', 'ija.sqlite');
    const repo = await openSqliteRepository(path);
    try {
      assert.deepEqual(await repo.listSites(), []);
      assert.equal(await repo.createSite({ id: 'default', title: 'Musterstadt', createdAt: '2025-01-01T00:00:00.000Z' }), true);
    } finally {
      await repo.close();
    }
    assert.equal(userVersion(path), SQLITE_SCHEMA_VERSION);
    if (process.platform !== 'win32') assert.equal(statSync(path).mode & 0o777, 0o600);
  });

  test('a database newer than this server is refused and left as it is', async () => {
    const path = join(dir, 'newer.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    await assert.rejects(
      openSqliteRepository(path),
      new RegExp(`schema version ${SQLITE_SCHEMA_VERSION + 1} is newer than this server knows \\(${SQLITE_SCHEMA_VERSION}\\); update the server`),
    );
    assert.equal(userVersion(path), SQLITE_SCHEMA_VERSION + 1);
  });

  test('a migration that fails changes nothing', async () => {
    const path = join(dir, 'broken.sqlite');
    writeVersion1(path);
    // A vote whose card is gone, written with foreign keys off: the upgrade refuses to carry it over.
    const db = new Database(path);
    db.pragma('foreign_keys = OFF');
    db.prepare('INSERT INTO votes VALUES (?, ?, ?, ?, ?, ?)').run('leitfragen', 'stray', 'no-such-card', null, 1, '2025-01-01T00:00:00.000Z');
    db.close();
    await assert.rejects(openSqliteRepository(path), /foreign key/);
    assert.equal(userVersion(path), 1);
    const check = new Database(path, { readonly: true });
    try {
      const columns = (check.pragma('table_info(boards)') as { name: string }[]).map((column) => column.name);
      assert.equal(columns.includes('site_id'), false);
      assert.equal((check.prepare('SELECT COUNT(*) AS n FROM cards').get() as { n: number }).n, 3);
    } finally {
      check.close();
    }
  });
});
