import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import {
  BoardOutbox,
  OUTBOX_STORAGE_PREFIX,
  memoryOutboxStorage,
  sessionOutboxStorage,
  type OutboxDeliveredDetail,
  type OutboxEntry,
  type OutboxOperation,
  type OutboxRejectedDetail,
  type OutboxStorage,
} from '../src/components/ija-leitfragen-board/board-outbox.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import type { Card, CardPatch, NewCard, NewVote } from '../src/core/schemas/board.js';

const BOARD = 'leitfragen';

/** What happens to one call before (or instead of) the server's own answer. */
type Step =
  | 'network' // the request never arrives
  | 'lost-response' // the server stores it, the answer never arrives
  | 'hang' // the server stores it, the answer never comes (tab closed mid-request)
  | 'invalid-data'
  | { status: number; error?: string; retryAfterMs?: number };

interface Call {
  method: 'addCard' | 'vote' | 'updateCard';
  id: string;
}

/** A fake backend that behaves like the reference server: idempotent on card and vote ids, vote cap, lock. */
class FakeServer {
  readonly cards = new Map<string, Card>();
  readonly votes = new Map<string, string>();
  /** Card ids in the order they were first stored. */
  readonly created: string[] = [];
  /** Every call that reached the adapter, in order. */
  readonly calls: Call[] = [];
  readonly script: Step[] = [];
  delayMs = 0;
  locked = false;
  voteCap = Number.POSITIVE_INFINITY;
  inFlight = 0;
  maxInFlight = 0;
  #clock = Date.parse('2025-03-14T09:00:00Z');

  fail(...steps: Step[]): this {
    this.script.push(...steps);
    return this;
  }

  adapter(): IjaAdapter {
    const refuse = () => {
      throw new Error('not used by the outbox');
    };
    const fake: Partial<IjaAdapter> = {
      kind: 'fake',
      writable: true,
      getBoard: refuse,
      addCard: (_board, card) => this.#handle({ method: 'addCard', id: card.id }, () => this.#addCard(card)),
      vote: (_board, cardId, vote) => this.#handle({ method: 'vote', id: vote.id }, () => this.#vote(cardId, vote)),
      updateCard: (_board, cardId, patch) =>
        this.#handle({ method: 'updateCard', id: cardId }, () => this.#update(cardId, patch)),
    };
    return fake as IjaAdapter;
  }

  async #handle(call: Call, apply: () => Card): Promise<Card> {
    this.calls.push(call);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.delayMs > 0) await aTimeout(this.delayMs);
      const step = this.script.shift();
      if (step === 'network') throw new IjaAdapterError('network', 'Could not reach the server');
      if (step === 'invalid-data') throw new IjaAdapterError('invalid-data', 'Expected JSON');
      if (typeof step === 'object') {
        throw new IjaAdapterError('http', `HTTP ${step.status}`, {
          status: step.status,
          retryAfterMs: step.retryAfterMs,
          details: step.error === undefined ? undefined : { error: step.error },
        });
      }
      const card = apply();
      if (step === 'lost-response') throw new IjaAdapterError('timeout', 'No answer');
      if (step === 'hang') await new Promise(() => {});
      return structuredClone(card);
    } finally {
      this.inFlight -= 1;
    }
  }

  #refuse(status: number, error: string): never {
    throw new IjaAdapterError('http', `HTTP ${status}`, { status, details: { error } });
  }

  #addCard(card: NewCard): Card {
    const existing = this.cards.get(card.id);
    if (existing) return existing;
    if (this.locked) this.#refuse(423, 'board-locked');
    if (card.text.length > 500) this.#refuse(400, 'invalid');
    this.#clock += 1000;
    const stored: Card = { ...card, votes: 0, createdAt: new Date(this.#clock).toISOString() };
    this.cards.set(card.id, stored);
    this.created.push(card.id);
    return stored;
  }

  #vote(cardId: string, vote: NewVote): Card {
    const card = this.cards.get(cardId) ?? this.#refuse(404, 'not-found');
    if (this.votes.has(vote.id)) return card;
    if (this.locked) this.#refuse(423, 'board-locked');
    if (vote.value === 1 && this.votes.size >= this.voteCap) this.#refuse(409, 'vote-cap');
    this.votes.set(vote.id, cardId);
    card.votes += vote.value;
    return card;
  }

  #update(cardId: string, patch: CardPatch): Card {
    const card = this.cards.get(cardId) ?? this.#refuse(404, 'not-found');
    if (this.locked) this.#refuse(423, 'board-locked');
    Object.assign(card, patch);
    return card;
  }
}

/** A Storage kept in a Map; `setItem` can be made to throw like a full sessionStorage. */
function fakeStorage(options: { full?: boolean; unreadable?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem(key: string) {
      if (options.unreadable) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (options.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  return storage as Storage;
}

const addCard = (id: string, text = `Idee ${id}`, questionId = 'q1'): OutboxOperation => ({
  kind: 'add-card',
  boardId: BOARD,
  card: { id, questionId, text },
});

const vote = (id: string, cardId: string, value: 1 | -1 = 1): OutboxOperation => ({
  kind: 'vote',
  boardId: BOARD,
  cardId,
  vote: { id, value },
});

const edit = (cardId: string, patch: CardPatch): OutboxOperation => ({ kind: 'edit-card', boardId: BOARD, cardId, patch });

const outboxes: BoardOutbox[] = [];

interface Tracked {
  outbox: BoardOutbox;
  delivered: OutboxDeliveredDetail[];
  rejected: OutboxRejectedDetail[];
  changes: () => number;
}

function createOutbox(
  server: FakeServer,
  options: { storage?: OutboxStorage; online?: () => boolean; retryDelayMs?: number; maxDelayMs?: number } = {},
): Tracked {
  const adapter = server.adapter();
  const outbox = new BoardOutbox({
    adapter: () => adapter,
    storage: options.storage ?? memoryOutboxStorage(),
    retryDelayMs: options.retryDelayMs ?? 5,
    maxDelayMs: options.maxDelayMs ?? 40,
    online: options.online ?? (() => true),
  });
  outboxes.push(outbox);
  const delivered: OutboxDeliveredDetail[] = [];
  const rejected: OutboxRejectedDetail[] = [];
  let changes = 0;
  outbox.addEventListener('delivered', (event) => delivered.push((event as CustomEvent<OutboxDeliveredDetail>).detail));
  outbox.addEventListener('rejected', (event) => rejected.push((event as CustomEvent<OutboxRejectedDetail>).detail));
  outbox.addEventListener('change', () => (changes += 1));
  return { outbox, delivered, rejected, changes: () => changes };
}

const FAST = { timeout: 3000, interval: 2 };

const drained = (outbox: BoardOutbox) => waitUntil(() => outbox.entries.length === 0, 'outbox did not drain', FAST);

const settled = (outbox: BoardOutbox) =>
  waitUntil(() => outbox.entries.every((entry) => entry.state === 'rejected'), 'outbox did not settle', FAST);

const states = (outbox: BoardOutbox) => outbox.entries.map((entry) => [entry.id, entry.state]);

afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

describe('BoardOutbox: delivery', () => {
  it('sends an idea at once and reports it delivered with the server card', async () => {
    const server = new FakeServer();
    const { outbox, delivered, changes } = createOutbox(server);
    outbox.enqueue(addCard('c1', 'Jugendring fragen'));
    expect(outbox.entries).to.have.length(1);
    await drained(outbox);
    expect(server.created).to.deep.equal(['c1']);
    expect(delivered).to.have.length(1);
    expect(delivered[0]!.entry).to.deep.include({ id: 'c1', attempts: 1, state: 'sending' });
    expect(delivered[0]!.result).to.include({ id: 'c1', text: 'Jugendring fragen', votes: 0 });
    expect(changes()).to.be.at.least(3); // added, sending, removed
  });

  it('delivers every idea exactly once through a cut connection (and lost answers)', async () => {
    const server = new FakeServer().fail('network', 'network', 'network', 'lost-response', 'network', 'lost-response');
    const { outbox, delivered } = createOutbox(server);
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];
    for (const id of ids) outbox.enqueue(addCard(id));
    await drained(outbox);
    expect(server.created).to.deep.equal(ids);
    expect(server.cards.size).to.equal(5);
    expect(delivered.map((d) => d.entry.id)).to.deep.equal(ids);
    // The lost answers were resent: more calls than ideas, but no idea stored twice.
    expect(server.calls.length).to.equal(ids.length + 6);
    expect(server.maxInFlight).to.equal(1);
  });

  it('retries a 500 and keeps the last failure as the reason meanwhile', async () => {
    const server = new FakeServer().fail({ status: 500 });
    const { outbox, delivered } = createOutbox(server, { retryDelayMs: 200, maxDelayMs: 200 });
    outbox.enqueue(addCard('c1'));
    await waitUntil(() => outbox.entries[0]?.reason?.status === 500, 'no 500 seen', FAST);
    expect(outbox.entries[0]).to.deep.include({ state: 'pending', attempts: 1 });
    await drained(outbox);
    expect(delivered).to.have.length(1);
    expect(delivered[0]!.entry.attempts).to.equal(2);
    expect(delivered[0]!.entry.reason).to.equal(undefined);
    expect(server.created).to.deep.equal(['c1']);
  });

  it('retries network errors, timeouts, 5xx and 429 (waiting as the server asks), not 4xx', async () => {
    const server = new FakeServer().fail('network', 'lost-response', { status: 503 }, { status: 429, retryAfterMs: 30 });
    const { outbox, delivered, rejected } = createOutbox(server);
    const started = performance.now();
    outbox.enqueue(addCard('c1'));
    await drained(outbox);
    expect(performance.now() - started).to.be.at.least(25);
    expect(delivered).to.have.length(1);
    expect(rejected).to.have.length(0);
    expect(server.calls).to.have.length(5);
  });

  it('sends one at a time in order, so a vote never overtakes its card', async () => {
    const server = new FakeServer().fail('network', 'network');
    server.delayMs = 10;
    const { outbox, delivered, rejected } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(vote('v1', 'c1'));
    outbox.enqueue(addCard('c2'));
    outbox.enqueue(vote('v2', 'c2'));
    outbox.enqueue(edit('c1', { text: 'Jugendring und Schulen fragen' }));
    await drained(outbox);
    expect(rejected).to.have.length(0);
    expect(server.maxInFlight).to.equal(1);
    const firstSuccess = server.calls.slice(2).map((call) => `${call.method}:${call.id}`);
    expect(firstSuccess).to.deep.equal(['addCard:c1', 'vote:v1', 'addCard:c2', 'vote:v2', 'updateCard:c1']);
    expect(delivered.map((d) => d.result.id)).to.deep.equal(['c1', 'c1', 'c2', 'c2', 'c1']);
    expect(server.cards.get('c1')).to.include({ votes: 1, text: 'Jugendring und Schulen fragen' });
  });

  it('keeps sending in order while answers are slow, and picks up ideas added meanwhile', async () => {
    const server = new FakeServer();
    server.delayMs = 25;
    const { outbox, delivered } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(addCard('c2'));
    await aTimeout(10);
    expect(states(outbox)).to.deep.equal([
      ['c1', 'sending'],
      ['c2', 'pending'],
    ]);
    outbox.enqueue(vote('v1', 'c2'));
    outbox.enqueue(addCard('c3'));
    await drained(outbox);
    expect(server.maxInFlight).to.equal(1);
    expect(server.calls.map((call) => call.id)).to.deep.equal(['c1', 'c2', 'v1', 'c3']);
    expect(delivered).to.have.length(4);
  });

  it('waits while offline and sends at once on the online event', async () => {
    const server = new FakeServer();
    let online = false;
    const { outbox } = createOutbox(server, { online: () => online, retryDelayMs: 5000, maxDelayMs: 10_000 });
    outbox.enqueue(addCard('c1'));
    await aTimeout(30);
    expect(server.calls).to.have.length(0);
    expect(states(outbox)).to.deep.equal([['c1', 'pending']]);
    online = true;
    window.dispatchEvent(new Event('online'));
    await drained(outbox);
    expect(server.created).to.deep.equal(['c1']);
  });

  it('flush() tries at once instead of waiting for the backoff', async () => {
    const server = new FakeServer().fail('network');
    const { outbox } = createOutbox(server, { retryDelayMs: 5000, maxDelayMs: 10_000 });
    outbox.enqueue(addCard('c1'));
    await waitUntil(() => outbox.entries[0]?.reason?.error === 'network', 'no failure seen', FAST);
    await outbox.flush();
    expect(outbox.entries).to.have.length(0);
    expect(server.created).to.deep.equal(['c1']);
  });

  it('flush() resolves with a retry scheduled when the connection is still down', async () => {
    const server = new FakeServer().fail('network', 'network');
    const { outbox } = createOutbox(server, { retryDelayMs: 5000, maxDelayMs: 10_000 });
    outbox.enqueue(addCard('c1'));
    await outbox.flush();
    expect(states(outbox)).to.deep.equal([['c1', 'pending']]);
    expect(outbox.entries[0]!.reason).to.deep.equal({ error: 'network' });
  });

  it('queues a new idea behind a waiting retry instead of hammering the server', async () => {
    const server = new FakeServer().fail('network');
    const { outbox } = createOutbox(server, { retryDelayMs: 300, maxDelayMs: 300 });
    outbox.enqueue(addCard('c1'));
    await waitUntil(() => server.calls.length === 1, 'first call missing', FAST);
    await aTimeout(0);
    outbox.enqueue(addCard('c2'));
    await aTimeout(10);
    expect(server.calls).to.have.length(1);
    await drained(outbox);
    expect(server.calls.map((call) => call.id)).to.deep.equal(['c1', 'c1', 'c2']);
  });
});

describe('BoardOutbox: rejections', () => {
  it('marks a 409 vote-cap rejected, keeps it, and goes on with the next entry', async () => {
    const server = new FakeServer();
    server.voteCap = 1;
    const { outbox, delivered, rejected } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(vote('v1', 'c1'));
    outbox.enqueue(vote('v2', 'c1'));
    outbox.enqueue(addCard('c2'));
    await waitUntil(() => server.created.length === 2 && outbox.entries.length === 1, 'queue did not go on', FAST);
    expect(rejected).to.have.length(1);
    expect(rejected[0]!.entry).to.deep.include({ id: 'v2', state: 'rejected', attempts: 1, reason: { status: 409, error: 'vote-cap' } });
    expect(outbox.entries).to.deep.equal([rejected[0]!.entry]);
    expect(delivered.map((d) => d.entry.id)).to.deep.equal(['c1', 'v1', 'c2']);
    expect(server.calls.filter((call) => call.id === 'v2')).to.have.length(1); // no retry of a refusal
  });

  it('keeps the text of an idea refused with 423 locked; retry() sends it once the board is open', async () => {
    const server = new FakeServer();
    server.locked = true;
    const { outbox, delivered, rejected } = createOutbox(server);
    outbox.enqueue(addCard('c1', 'Fördermittel bündeln'));
    await settled(outbox);
    expect(rejected).to.have.length(1);
    const entry = outbox.entries[0]!;
    expect(entry).to.deep.include({ state: 'rejected', reason: { status: 423, error: 'board-locked' } });
    expect(entry.operation).to.deep.equal(addCard('c1', 'Fördermittel bündeln'));
    server.locked = false;
    outbox.retry('c1');
    expect(outbox.entries[0]).to.deep.include({ attempts: 1, state: 'sending' });
    await drained(outbox);
    expect(delivered).to.have.length(1);
    expect(server.cards.get('c1')!.text).to.equal('Fördermittel bündeln');
  });

  it('retry() with an edited operation sends the new text (a 400 for text too long)', async () => {
    const server = new FakeServer();
    const { outbox, rejected } = createOutbox(server);
    outbox.enqueue(addCard('c1', 'x'.repeat(501)));
    await settled(outbox);
    expect(rejected[0]!.entry.reason).to.deep.equal({ status: 400, error: 'invalid' });
    outbox.retry('c1', addCard('c1', 'Kürzer gefasst'));
    await drained(outbox);
    expect(server.cards.get('c1')!.text).to.equal('Kürzer gefasst');
  });

  it('retry() can move an entry to a new key, but not onto another entry', async () => {
    const server = new FakeServer();
    server.locked = true;
    const { outbox } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(addCard('c2'));
    await settled(outbox);
    expect(() => outbox.retry('c1', addCard('c2'))).to.throw(RangeError);
    server.locked = false;
    outbox.retry('c1', addCard('c3'));
    await waitUntil(() => outbox.entries.length === 1, 'not delivered', FAST);
    expect(server.created).to.deep.equal(['c3']);
    expect(outbox.entries.map((entry) => entry.id)).to.deep.equal(['c2']);
    outbox.retry('unknown');
    expect(outbox.entries.map((entry) => entry.id)).to.deep.equal(['c2']);
  });

  it('discard() removes a rejected entry for good (also from storage)', async () => {
    const server = new FakeServer();
    server.locked = true;
    const storage = memoryOutboxStorage();
    const { outbox } = createOutbox(server, { storage });
    outbox.enqueue(addCard('c1'));
    await settled(outbox);
    expect(storage.load()).to.have.length(1);
    outbox.discard('c1');
    outbox.discard('c1');
    expect(outbox.entries).to.deep.equal([]);
    expect(storage.load()).to.deep.equal([]);
    server.locked = false;
    await outbox.flush();
    expect(server.calls).to.have.length(1);
  });

  it('treats invalid data in an answer as a refusal the person can retry', async () => {
    const server = new FakeServer().fail('invalid-data');
    const { outbox, rejected } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    await settled(outbox);
    expect(rejected[0]!.entry.reason).to.deep.equal({ error: 'invalid-data' });
    outbox.retry('c1');
    await drained(outbox);
    expect(server.created).to.deep.equal(['c1']);
  });
});

describe('BoardOutbox: enqueue rules', () => {
  it('does not add an entry with the same id twice, nor send a delivered one again', async () => {
    const server = new FakeServer();
    server.delayMs = 10;
    const { outbox, delivered } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(addCard('c1', 'double tap'));
    outbox.enqueue(vote('v1', 'c1'));
    outbox.enqueue(vote('v1', 'c1'));
    expect(outbox.entries.map((entry) => entry.id)).to.deep.equal(['c1', 'v1']);
    await drained(outbox);
    outbox.enqueue(addCard('c1'));
    outbox.enqueue(vote('v1', 'c1'));
    expect(outbox.entries).to.deep.equal([]);
    await aTimeout(20);
    expect(server.calls.map((call) => call.id)).to.deep.equal(['c1', 'v1']);
    expect(delivered).to.have.length(2);
    expect(server.cards.get('c1')).to.include({ text: 'Idee c1', votes: 1 });
  });

  it('folds edits of a waiting idea into it and merges waiting edits of a card', async () => {
    const server = new FakeServer();
    let online = false;
    const { outbox } = createOutbox(server, { online: () => online });
    outbox.enqueue(addCard('c1', 'Erster Entwurf'));
    outbox.enqueue(edit('c1', { text: 'Zweiter Entwurf' }));
    outbox.enqueue(edit('c1', {}));
    expect(outbox.entries).to.have.length(1);
    expect(outbox.entries[0]!.operation).to.deep.equal(addCard('c1', 'Zweiter Entwurf'));

    // A moderator field cannot go into the new card: it needs its own PATCH, after the card.
    outbox.enqueue(edit('c1', { insight: true }));
    outbox.enqueue(edit('c1', { hidden: false }));
    outbox.enqueue(edit('c9', { text: 'Fremde Karte' }));
    expect(outbox.entries).to.have.length(3);
    expect(outbox.entries[1]!.id).to.match(/^edit:c1:/);
    expect(outbox.entries[1]!.operation).to.deep.equal(edit('c1', { insight: true, hidden: false }));

    online = true;
    await outbox.flush();
    await settled(outbox);
    expect(server.cards.get('c1')).to.include({ text: 'Zweiter Entwurf', insight: true, hidden: false });
    // The edit of a card the server does not know is refused (404) and kept.
    expect(outbox.entries.map((entry) => [entry.operation.kind, entry.reason?.status])).to.deep.equal([['edit-card', 404]]);
  });

  it('gives an edit its own entry when the earlier one is already being sent', async () => {
    const server = new FakeServer();
    server.delayMs = 20;
    const { outbox } = createOutbox(server);
    outbox.enqueue(addCard('c1', 'Erster Entwurf'));
    await aTimeout(5);
    expect(states(outbox)).to.deep.equal([['c1', 'sending']]);
    outbox.enqueue(edit('c1', { text: 'Zweiter Entwurf' }));
    expect(outbox.entries).to.have.length(2);
    await drained(outbox);
    expect(server.cards.get('c1')!.text).to.equal('Zweiter Entwurf');
  });
});

describe('BoardOutbox: persistence and lifecycle', () => {
  it('continues after a reload: a new outbox on the same storage delivers what was left', async () => {
    const session = fakeStorage();
    const server = new FakeServer();
    const first = createOutbox(server, { storage: sessionOutboxStorage(BOARD, session), online: () => false });
    first.outbox.enqueue(addCard('c1'));
    first.outbox.enqueue(vote('v1', 'c1'));
    first.outbox.stop();
    expect(JSON.parse(session.getItem(OUTBOX_STORAGE_PREFIX + BOARD)!)).to.have.length(2);

    const second = createOutbox(server, { storage: sessionOutboxStorage(BOARD, session) });
    expect(second.outbox.entries.map((entry) => entry.id)).to.deep.equal(['c1', 'v1']);
    await drained(second.outbox);
    expect(server.created).to.deep.equal(['c1']);
    expect(server.cards.get('c1')!.votes).to.equal(1);
    expect(second.delivered).to.have.length(2);
    expect(session.getItem(OUTBOX_STORAGE_PREFIX + BOARD)).to.equal(null);
  });

  it("resends entries that were 'sending' when the tab went away, without duplicates", async () => {
    const session = fakeStorage();
    const server = new FakeServer().fail('hang');
    const first = createOutbox(server, { storage: sessionOutboxStorage(BOARD, session) });
    first.outbox.enqueue(addCard('c1'));
    first.outbox.enqueue(addCard('c2'));
    await waitUntil(() => server.created.length === 1, 'first request did not arrive', FAST);
    first.outbox.stop(); // the tab is gone; its request never answers
    const stored = JSON.parse(session.getItem(OUTBOX_STORAGE_PREFIX + BOARD)!) as OutboxEntry[];
    expect(stored.map((entry) => entry.state)).to.deep.equal(['sending', 'pending']);

    const second = createOutbox(server, { storage: sessionOutboxStorage(BOARD, session) });
    expect(states(second.outbox)).to.deep.equal([
      ['c1', 'pending'],
      ['c2', 'pending'],
    ]);
    await drained(second.outbox);
    expect(server.created).to.deep.equal(['c1', 'c2']);
    expect(server.calls.map((call) => call.id)).to.deep.equal(['c1', 'c1', 'c2']);
    expect(second.delivered.map((d) => d.entry.id)).to.deep.equal(['c1', 'c2']);
  });

  it('waits for its listeners before sending what it loaded (starts on the next task)', async () => {
    const storage = memoryOutboxStorage();
    storage.save([{ id: 'c1', operation: addCard('c1'), attempts: 0, state: 'pending' }]);
    const server = new FakeServer();
    const { outbox, changes } = createOutbox(server, { storage });
    expect(server.calls).to.have.length(0);
    await drained(outbox);
    expect(changes()).to.equal(2);
  });

  it('stop() clears the timers; flush() starts again', async () => {
    const server = new FakeServer().fail(...Array<Step>(50).fill('network'));
    const { outbox } = createOutbox(server, { retryDelayMs: 5, maxDelayMs: 5 });
    outbox.enqueue(addCard('c1'));
    await waitUntil(() => server.calls.length >= 2, 'no retries', FAST);
    outbox.stop();
    await aTimeout(0);
    const calls = server.calls.length;
    await aTimeout(50);
    expect(server.calls.length).to.equal(calls);
    expect(states(outbox)).to.deep.equal([['c1', 'pending']]);
    server.script.length = 0;
    await outbox.flush();
    expect(outbox.entries).to.have.length(0);
  });

  it('stop() before a loaded outbox starts leaves its entries alone', async () => {
    const storage = memoryOutboxStorage();
    storage.save([{ id: 'c1', operation: addCard('c1'), attempts: 2, state: 'sending' }]);
    const server = new FakeServer();
    const { outbox } = createOutbox(server, { storage });
    outbox.stop();
    await aTimeout(30);
    expect(server.calls).to.have.length(0);
    expect(storage.load()).to.deep.equal([{ id: 'c1', operation: addCard('c1'), attempts: 2, state: 'sending' }]);
    expect(outbox.entries[0]!.state).to.equal('pending');
  });

  it('keeps the entries in memory when sessionStorage is full (QuotaExceededError)', async () => {
    const full = fakeStorage({ full: true });
    const storage = sessionOutboxStorage(BOARD, full);
    const entry: OutboxEntry = { id: 'c1', operation: addCard('c1'), attempts: 0, state: 'pending' };
    expect(() => storage.save([entry])).not.to.throw();
    expect(storage.load()).to.deep.equal([entry]);

    const server = new FakeServer();
    let online = false;
    const { outbox } = createOutbox(server, { storage: sessionOutboxStorage(BOARD, full), online: () => online });
    outbox.enqueue(addCard('c2'));
    expect(outbox.entries.map((e) => e.id)).to.deep.equal(['c2']);
    online = true;
    await outbox.flush();
    expect(server.created).to.deep.equal(['c2']);
  });

  it('starts empty when storage cannot be read, and skips stored data that is not an entry', () => {
    expect(sessionOutboxStorage(BOARD, fakeStorage({ unreadable: true })).load()).to.deep.equal([]);
    const session = fakeStorage();
    const key = OUTBOX_STORAGE_PREFIX + BOARD;
    session.setItem(key, '{not json');
    expect(sessionOutboxStorage(BOARD, session).load()).to.deep.equal([]);
    session.setItem(key, '{"entries":[]}');
    expect(sessionOutboxStorage(BOARD, session).load()).to.deep.equal([]);
    const good: OutboxEntry = { id: 'v1', operation: vote('v1', 'c1'), attempts: 3, state: 'rejected', reason: { status: 409, error: 'vote-cap' } };
    session.setItem(
      key,
      JSON.stringify([
        good,
        { ...good, id: 'x', operation: { kind: 'delete-board', boardId: BOARD } },
        { ...good, state: 'done' },
        good,
        null,
      ]),
    );
    expect(sessionOutboxStorage(BOARD, session).load()).to.deep.equal([good]);
  });

  it('uses the real sessionStorage by default, one key per board', () => {
    const boardId = `test-${Math.random().toString(36).slice(2)}`;
    const key = OUTBOX_STORAGE_PREFIX + boardId;
    try {
      const storage = sessionOutboxStorage(boardId);
      storage.save([{ id: 'c1', operation: addCard('c1'), attempts: 0, state: 'pending' }]);
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.have.length(1);
      expect(sessionOutboxStorage(boardId).load().map((entry) => entry.id)).to.deep.equal(['c1']);
      expect(sessionOutboxStorage(`${boardId}-other`).load()).to.deep.equal([]);
      storage.save([]);
      expect(sessionStorage.getItem(key)).to.equal(null);
    } finally {
      sessionStorage.removeItem(key);
    }
  });

  it('keeps going when a custom storage throws', async () => {
    const server = new FakeServer();
    const broken: OutboxStorage = {
      load: () => [],
      save: () => {
        throw new Error('broken');
      },
    };
    const { outbox } = createOutbox(server, { storage: broken });
    outbox.enqueue(addCard('c1'));
    await drained(outbox);
    expect(server.created).to.deep.equal(['c1']);
  });

  it('reports a delivery even when the entry was discarded while it was being sent', async () => {
    const server = new FakeServer();
    server.delayMs = 20;
    const { outbox, delivered } = createOutbox(server);
    outbox.enqueue(addCard('c1'));
    await aTimeout(5);
    outbox.discard('c1');
    expect(outbox.entries).to.deep.equal([]);
    await waitUntil(() => delivered.length === 1, 'not reported', FAST);
    expect(server.created).to.deep.equal(['c1']);
  });
});
