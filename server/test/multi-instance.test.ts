import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { tempDir } from './helpers/e2e.js';
import { openEventStream, type EventStream, type StreamMessage } from './helpers/event-stream-client.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './helpers/postgres-database.js';
import { keyFromOutput, startServerProcess, type ServerProcess } from './helpers/server-process.js';

/**
 * The multi-instance promise, with real processes: two servers on one PostgreSQL database, 200
 * event-stream clients (half on each), 20 writers posting ideas to both. In the middle of the burst
 * one process is killed (SIGKILL). Its writers retry on the other process with the same card id
 * (adds are idempotent), its stream clients reconnect to the other process with `Last-Event-ID`,
 * as EventSource does behind a load balancer. 20 more clients join during the burst. Afterwards
 * every acknowledged idea is stored once, and every client has received every idea once (by its
 * card-added event, or in a board it got whole), in sequence order, without gaps.
 *
 * PostgreSQL: `IJA_TEST_DATABASE_URL` (default postgres://ija:ija@127.0.0.1:5432/ija_test; the role
 * must be allowed to create databases), `off` skips. The test creates a database of its own.
 */

const ADMIN_URL = process.env['IJA_TEST_DATABASE_URL'] ?? 'postgres://ija:ija@127.0.0.1:5432/ija_test';
const BOARD = 'leitfragen';
const QUESTION = 'schnittstellen';
const CLIENTS = 200;
/** More clients that open their streams a quarter into the burst (half on each process): their first board is read while ideas arrive. */
const LATE_CLIENTS = 20;
const WRITERS = 20;
const IDEAS_PER_WRITER = 30;
/** Process B is killed once this many ideas are acknowledged: the middle of the burst. */
const KILL_AT = (WRITERS * IDEAS_PER_WRITER) / 2;
/** Attempts per idea: the first process, then the other, and so on. */
const ATTEMPTS = 4;
/** A stream client that has to reconnect more often than this is given up (and reported). */
const MAX_CONNECTIONS = 4;
const STREAMS_READY_TIMEOUT_MS = 20_000;
const DELIVERY_TIMEOUT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 10_000;

type Name = 'A' | 'B';

/** One message as a client received it. */
interface Received {
  seq: number;
  type: string;
  /** card-added, card-updated: the card; card-removed: the removed card's id. */
  cardId?: string;
  /** board-updated: the cards of the board. */
  cards?: string[];
  /** 1 for the first connection, 2 after the first reconnect, … */
  connection: number;
}

interface Client {
  index: number;
  clientId: string;
  home: Name;
  /** Joined during the burst. */
  late: boolean;
  stream?: EventStream;
  connections: number;
  /** Where each connection went, and why each one ended. */
  log: string[];
  lastEventId?: string;
  received: Received[];
  /** Card ids this client has, by card-added or in a board snapshot. */
  has: Set<string>;
  problems: string[];
}

interface Post {
  id: string;
  text: string;
}

/** Resolves once `condition` holds; re-checked whenever `changed()` is called. */
class Conditions {
  readonly #checks = new Set<() => void>();

  changed(): void {
    for (const check of [...this.#checks]) check();
  }

  until(condition: () => boolean, ms: number, what: () => string): Promise<void> {
    return new Promise((done, fail) => {
      const check = () => {
        if (!condition()) return;
        this.#checks.delete(check);
        clearTimeout(timer);
        done();
      };
      const timer = setTimeout(() => {
        this.#checks.delete(check);
        fail(new Error(`${what()} (waited ${ms / 1000} s)`));
      }, ms);
      this.#checks.add(check);
      check();
    });
  }
}

/** POST an idea; resolves with the status, rejects when the connection fails (refused, reset, timeout). */
function postCard(server: ServerProcess, agent: Agent, card: Post, clientId: string): Promise<number> {
  const body = JSON.stringify({ id: card.id, questionId: QUESTION, text: card.text });
  return new Promise((done, fail) => {
    const req = request(`${server.url}/api/boards/${BOARD}/cards`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-ija-client': clientId },
      timeout: REQUEST_TIMEOUT_MS,
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', fail);
    req.on('response', (response) => {
      response.resume();
      response.on('error', fail);
      response.on('end', () => done(response.statusCode ?? 0));
    });
    req.end(body);
  });
}

function errorName(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

describe('two server processes on one PostgreSQL database', { timeout: 120_000, skip: ADMIN_URL === 'off' ? 'IJA_TEST_DATABASE_URL=off: no PostgreSQL here' : false }, () => {
  let database: TemporaryDatabase | undefined;
  let dist: { path: string; remove: () => Promise<void> } | undefined;
  const servers: Partial<Record<Name, ServerProcess>> = {};
  const clients: Client[] = [];
  let closing = false;

  before(async () => {
    try {
      database = await createTemporaryDatabase(ADMIN_URL, 'ija_mi');
    } catch (error) {
      throw new Error(`PostgreSQL (IJA_TEST_DATABASE_URL) did not answer or refused CREATE DATABASE; IJA_TEST_DATABASE_URL=off skips this test`, { cause: error });
    }
    dist = await tempDir('ija-multi-instance-');
    const args = ['--db', database.url, '--demo', '--write-rate', '1000000', '--max-streams', '1000', '--dist', dist.path];
    // The first start migrates, creates the default site, seeds and prints the keys; the second finds all that.
    servers.A = await startServerProcess({ args });
    servers.B = await startServerProcess({ args });
  });

  after(async () => {
    closing = true;
    for (const client of clients) client.stream?.close();
    await Promise.all(Object.values(servers).map((server) => server.stop('SIGTERM')));
    await database?.drop();
    await dist?.remove();
  });

  it('loses, doubles and reorders nothing when one process is killed mid-burst', async (t: TestContext) => {
    const a = servers.A!;
    const b = servers.B!;
    const moderatorKey = keyFromOutput(a.output(), 'moderator');
    assert.ok(moderatorKey, `the first start prints the keys:\n${a.output()}`);
    assert.equal(keyFromOutput(b.output(), 'moderator'), undefined, 'the second start finds the keys of the first');
    assert.doesNotMatch(b.output(), /seeded/, 'the second start finds the seeded content');
    const byName = { A: a, B: b };
    const run = randomBytes(4).toString('hex');
    const conditions = new Conditions();

    // ---- 200 event-stream clients, even ones on A, odd ones on B ----
    let ready = 0;
    const received = (client: Client, message: StreamMessage) => {
      const seq = Number(message.id);
      let event: { type?: string; card?: { id?: string }; cardId?: string; board?: { cards?: { id: string }[] } };
      try {
        event = JSON.parse(message.data) as typeof event;
      } catch {
        client.problems.push(`malformed data: ${message.data.slice(0, 80)}`);
        return;
      }
      const entry: Received = { seq, type: String(event.type), connection: client.connections };
      if (event.type === 'board-updated') {
        entry.cards = (event.board?.cards ?? []).map((card) => card.id);
        for (const id of entry.cards) client.has.add(id);
      } else if (event.type === 'card-added' || event.type === 'card-updated') {
        entry.cardId = event.card?.id;
        if (event.type === 'card-added' && entry.cardId !== undefined) client.has.add(entry.cardId);
      } else if (event.type === 'card-removed') {
        entry.cardId = event.cardId;
      }
      if (client.received.length === 0) ready++;
      client.received.push(entry);
      client.lastEventId = message.id;
      conditions.changed();
    };
    const connect = (client: Client, to: Name) => {
      client.connections++;
      const connection = client.connections;
      const headers: Record<string, string> = client.lastEventId !== undefined ? { 'last-event-id': client.lastEventId } : {};
      client.log.push(`#${connection} → ${to}${client.lastEventId !== undefined ? ` (Last-Event-ID ${client.lastEventId})` : ''}`);
      client.stream = openEventStream(
        `${byName[to].url}/api/boards/${BOARD}/events?client=${encodeURIComponent(client.clientId)}`,
        {
          onOpen: (status) => {
            if (status !== 200) client.problems.push(`connection ${connection} to ${to}: status ${status}`);
          },
          onMessage: (message) => received(client, message),
          onEnd: (reason) => {
            client.log.push(`#${connection} ended: ${reason}`);
            if (closing) return;
            if (to === 'A') client.problems.push(`connection ${connection} to A ended: ${reason}`);
            // As EventSource would, behind a load balancer that now sends everyone to A.
            if (client.connections >= MAX_CONNECTIONS) client.problems.push(`gave up after ${client.connections} connections`);
            else connect(client, 'A');
          },
        },
        { headers },
      );
    };
    const join = (index: number, late: boolean) => {
      const client: Client = {
        index,
        clientId: `mi-${run}-${late ? 'late' : 'reader'}-${index}`,
        home: index % 2 === 0 ? 'A' : 'B',
        late,
        connections: 0,
        log: [],
        received: [],
        has: new Set(),
        problems: [],
      };
      clients.push(client);
      connect(client, client.home);
    };
    for (let index = 0; index < CLIENTS; index++) join(index, false);
    await conditions.until(
      () => ready === CLIENTS,
      STREAMS_READY_TIMEOUT_MS,
      () => `only ${ready} of ${CLIENTS} streams got their first message; problems: ${clients.flatMap((c) => c.problems).slice(0, 5).join('; ')}`,
    );
    const firstSeqs = new Set(clients.map((client) => client.received[0]!.seq));
    assert.ok(clients.every((client) => client.received[0]!.type === 'board-updated'), 'a stream without Last-Event-ID starts with the board');

    // ---- 20 writers, alternating between A and B; B is killed in the middle ----
    const agents = { A: new Agent({ keepAlive: true }), B: new Agent({ keepAlive: true }) };
    const acknowledged = new Map<string, { status: number; by: Name }>();
    const failures: string[] = [];
    const retries: { id: string; from: Name; error: string }[] = [];
    let killed: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
    let lateJoined = false;
    let acknowledgedAtKill = 0;
    const started = Date.now();
    const writer = async (index: number) => {
      const writerId = `mi-${run}-writer-${index}`;
      for (let i = 0; i < IDEAS_PER_WRITER; i++) {
        const card: Post = { id: `mi-${run}-w${index}-${i}`, text: `Idee ${i + 1} von Schreiber ${index + 1}` };
        const first: Name = (index + i) % 2 === 0 ? 'A' : 'B';
        let answered = false;
        for (let attempt = 0; attempt < ATTEMPTS && !answered; attempt++) {
          const target: Name = (attempt % 2 === 0) === (first === 'A') ? 'A' : 'B';
          let status: number;
          try {
            status = await postCard(byName[target], agents[target], card, writerId);
          } catch (error) {
            retries.push({ id: card.id, from: target, error: errorName(error) });
            continue;
          }
          answered = true;
          if (status === 201 || status === 200) acknowledged.set(card.id, { status, by: target });
          else failures.push(`${card.id} on ${target}: status ${status}`);
        }
        if (!answered) failures.push(`${card.id}: no answer in ${ATTEMPTS} attempts`);
        if (!lateJoined && acknowledged.size >= KILL_AT / 2) {
          lateJoined = true;
          for (let late = 0; late < LATE_CLIENTS; late++) join(late, true);
        }
        if (killed === undefined && acknowledged.size >= KILL_AT) {
          acknowledgedAtKill = acknowledged.size;
          killed = b.stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
    const burstMs = Date.now() - started;
    agents.A.destroy();
    agents.B.destroy();
    assert.ok(killed, 'B was killed during the burst');
    assert.equal((await killed).signal, 'SIGKILL');
    assert.deepEqual(failures, [], 'every idea is acknowledged, by one process or the other');
    assert.ok(retries.some((retry) => retry.from === 'B'), 'requests to B failed after the kill and were retried on A');

    // ---- a last idea on A: every stream that has it has had its chance to get all before it ----
    const fence: Post = { id: `mi-${run}-fence`, text: 'Letzte Idee' };
    const fenceAgent = new Agent({ keepAlive: false });
    assert.equal(await postCard(a, fenceAgent, fence, `mi-${run}-fence-writer`), 201);
    fenceAgent.destroy();
    acknowledged.set(fence.id, { status: 201, by: 'A' });
    await conditions.until(
      () => clients.every((client) => client.has.has(fence.id) || client.problems.some((p) => p.startsWith('gave up'))),
      DELIVERY_TIMEOUT_MS,
      () => {
        const waiting = clients.filter((client) => !client.has.has(fence.id));
        return `${waiting.length} of ${clients.length} clients did not get the last idea, e.g. ${waiting.slice(0, 3).map((c) => `${c.clientId}: ${c.log.join(', ')}`).join(' | ')}`;
      },
    );
    closing = true;
    for (const client of clients) client.stream?.close();

    // ---- stored exactly once ----
    const answer = await fetch(`${a.url}/api/boards/${BOARD}`, { headers: { authorization: `Bearer ${moderatorKey}` } });
    assert.equal(answer.status, 200);
    const board = (await answer.json()) as { cards: { id: string }[] };
    const stored = new Map<string, number>();
    for (const card of board.cards) if (card.id.startsWith(`mi-${run}-`)) stored.set(card.id, (stored.get(card.id) ?? 0) + 1);
    const missing = [...acknowledged.keys()].filter((id) => !stored.has(id));
    const doubled = [...stored].filter(([, count]) => count > 1).map(([id]) => id);
    const unacknowledged = [...stored.keys()].filter((id) => !acknowledged.has(id));
    assert.deepEqual({ missing, doubled, unacknowledged }, { missing: [], doubled: [], unacknowledged: [] }, 'the board holds every acknowledged idea once');
    const [rows] = await database!.query<{ cards: string; ids: string }>(
      'SELECT COUNT(*) AS cards, COUNT(DISTINCT id) AS ids FROM cards WHERE board_id = $1 AND id LIKE $2',
      [BOARD, `mi-${run}-%`],
    );
    assert.deepEqual({ cards: Number(rows!.cards), ids: Number(rows!.ids) }, { cards: acknowledged.size, ids: acknowledged.size }, 'the cards table holds every idea once');

    // ---- received exactly once, in order, without gaps ----
    const problems: string[] = [];
    // What each id stands for, from every stream: both processes must agree.
    const meaning = new Map<number, string>();
    for (const client of clients) {
      for (const message of client.received) {
        if (message.type === 'board-updated') continue;
        const what = `${message.type} ${message.cardId}`;
        const known = meaning.get(message.seq);
        if (known === undefined) meaning.set(message.seq, what);
        else if (known !== what) problems.push(`id ${message.seq} is ${known} on one stream and ${what} on another`);
      }
    }
    let laterSnapshots = 0;
    let replayedAfterReconnect = 0;
    let skippedAsHeld = 0;
    for (const client of clients) {
      const where = `${client.clientId} (${client.home}; ${client.log.join(', ')})`;
      for (const problem of client.problems) problems.push(`${where}: ${problem}`);
      if (client.home === 'B' && client.connections < 2) problems.push(`${where}: never reconnected after B was killed`);
      if (client.received[0]?.type !== 'board-updated') problems.push(`${where}: the first message is not the board`);
      const added = new Map<string, number>();
      const inSnapshot = new Set<string>();
      let lastSnapshot = new Set<string>();
      let previous: Received | undefined;
      for (const message of client.received) {
        const snapshot = message.type === 'board-updated';
        if (previous !== undefined) {
          if (message.seq <= previous.seq) problems.push(`${where}: id ${message.seq} after ${previous.seq}`);
          else if (!snapshot) {
            // A board read while ideas arrive can already hold some after its id: their card-added is left out.
            for (let seq = previous.seq + 1; seq < message.seq; seq++) {
              const skipped = meaning.get(seq);
              const held = skipped?.startsWith('card-added ') && lastSnapshot.has(skipped.slice('card-added '.length));
              if (held) skippedAsHeld++;
              else problems.push(`${where}: id ${seq} (${skipped ?? 'on no stream'}) missing between ${previous.seq} and ${message.seq}`);
            }
          }
          if (snapshot) laterSnapshots++;
          if (message.connection !== previous.connection && !snapshot) replayedAfterReconnect++;
        }
        if (message.type !== 'card-added' && !snapshot) problems.push(`${where}: unexpected ${message.type} at ${message.seq}`);
        if (snapshot) {
          lastSnapshot = new Set(message.cards);
          for (const id of lastSnapshot) inSnapshot.add(id);
        }
        if (message.type === 'card-added' && message.cardId !== undefined) {
          if (inSnapshot.has(message.cardId)) problems.push(`${where}: card-added ${message.cardId} at ${message.seq} after a board that held it`);
          added.set(message.cardId, (added.get(message.cardId) ?? 0) + 1);
        }
        previous = message;
      }
      for (const id of acknowledged.keys()) {
        const count = added.get(id) ?? 0;
        if (count > 1) problems.push(`${where}: ${id} ${count} times`);
        if (count === 0 && !inSnapshot.has(id)) problems.push(`${where}: ${id} never received`);
      }
    }

    const retriedOnA = retries.filter((retry) => retry.from === 'B');
    const committedByB = retriedOnA.filter((retry) => acknowledged.get(retry.id)?.status === 200);
    const errors = new Map<string, number>();
    for (const retry of retries) errors.set(`${retry.from}: ${retry.error}`, (errors.get(`${retry.from}: ${retry.error}`) ?? 0) + 1);
    const lastSeq = Math.max(...clients.map((client) => client.received.at(-1)!.seq));
    t.diagnostic(
      `${acknowledged.size} ideas acknowledged in ${burstMs} ms (B killed after ${acknowledgedAtKill}); ` +
        `${retries.length} requests retried on the other process (${[...errors].map(([error, count]) => `${error} ×${count}`).join(', ')}), ` +
        `${committedByB.length} of them answered 200 (B had stored the idea before it died)`,
    );
    const late = clients.filter((client) => client.late);
    t.diagnostic(
      `late clients: first ids ${late.map((client) => client.received[0]?.seq).join(', ')}; ` +
        `${late.filter((client) => client.received[0]?.connection === 1).length} of ${late.length} got their first board on their first connection`,
    );
    t.diagnostic(
      `streams: first ids ${[...firstSeqs].join(', ')}, last id ${lastSeq}; ${clients.filter((c) => c.connections > 1).length} clients reconnected to A; ` +
        `${replayedAfterReconnect} reconnects answered with a replay, ${laterSnapshots} with a snapshot; ` +
        `${skippedAsHeld} card-added left out because the client's board already held the card`,
    );
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} delivery problems`);
  });
});
