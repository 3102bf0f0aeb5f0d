import type { Board, BoardEvent } from '../../src/core/schemas/board.js';
import { viewCard, type BoardViewer } from '../core/board-view.js';
import { readBoard } from '../core/services/boards.js';
import type { Repository, SiteId, StoredEvent } from '../repository/repository.js';

/** Where one subscriber's messages go (an SSE response). */
export interface EventSink {
  write(chunk: string): void;
  end(): void;
  /** Bytes written but not yet sent; a subscriber that stops reading is dropped (it reconnects and replays). */
  buffered(): number;
}

export interface HubOptions {
  /** Interval of the `: ping` comment that keeps proxies and venue Wi-Fi from closing idle streams; also re-reads the log. */
  pingMs?: number;
  /** Unsent bytes after which a subscriber is dropped. */
  maxBufferedBytes?: number;
}

interface Subscriber {
  viewer: BoardViewer;
  sink: EventSink;
  /** The newest sequence number this subscriber has (sent, or covered by its snapshot). */
  lastSent: number;
}

interface BoardChannel {
  site: SiteId;
  boardId: string;
  subscribers: Set<Subscriber>;
  /** The newest sequence number read from the log and fanned out. */
  cursor: number;
  /** Every read of the log for this board runs in this chain, so subscribing and fanning out never interleave. */
  queue: Promise<void>;
  /** A fan-out is queued and has not started reading yet: further notifications need no second one. */
  fanOutQueued: boolean;
  /** The reveal mode and state, to withhold ideas in card events; every change of it comes as `board-updated`. */
  reveal: Pick<Board, 'settings' | 'revealed'>;
}

/** No event comes after this one (the stores keep sequence numbers in 32-bit INTEGER columns): asks the log for its position only. */
const LAST_POSSIBLE_SEQ = 2 ** 31 - 1;

function message(seq: number, data: unknown): string {
  // JSON.stringify escapes line breaks, so the data is always one `data:` line.
  return `id: ${seq}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Fans board events out to event-stream subscribers, each in its own view (`mine`, moderated reveal,
 * hidden ideas). It never trusts what a write told it: the store announces each committed event
 * (`repo.onEvent`, from every process on PostgreSQL), and the hub reads the log from its cursor,
 * so every subscriber gets every event once and in order, or a whole-board snapshot when the log
 * no longer reaches back far enough.
 */
export class BoardHub {
  readonly #repo: Repository;
  readonly #maxBuffered: number;
  readonly #channels = new Map<string, BoardChannel>();
  readonly #ping: NodeJS.Timeout;
  readonly #stopListening: () => void;
  #closed = false;

  constructor(repo: Repository, options: HubOptions = {}) {
    this.#repo = repo;
    this.#maxBuffered = options.maxBufferedBytes ?? 1_048_576;
    this.#stopListening = repo.onEvent((site, boardId, seq) => {
      const channel = this.#channels.get(channelKey(site, boardId));
      if (channel !== undefined && seq > channel.cursor) this.#queueFanOut(channel);
    });
    this.#ping = setInterval(() => this.#pingAll(), options.pingMs ?? 25_000);
    this.#ping.unref();
  }

  get closed(): boolean {
    return this.#closed;
  }

  get subscriberCount(): number {
    let count = 0;
    for (const channel of this.#channels.values()) count += channel.subscribers.size;
    return count;
  }

  /**
   * Adds a subscriber to a board that exists. Without `lastEventId` the stream starts with the
   * board as one `board-updated` message; with it, the events after it are replayed, or the board
   * when they are no longer all kept (or one of them replaced the whole board).
   * Returns the function that removes the subscriber.
   */
  async subscribe(site: SiteId, board: Board, viewer: BoardViewer, sink: EventSink, lastEventId?: number): Promise<() => void> {
    if (this.#closed) {
      sink.end();
      return () => {};
    }
    const key = channelKey(site, board.id);
    let channel = this.#channels.get(key);
    if (channel === undefined) {
      channel = { site, boardId: board.id, subscribers: new Set(), cursor: -1, queue: Promise.resolve(), fanOutQueued: false, reveal: board };
      this.#channels.set(key, channel);
    }
    const subscriber: Subscriber = { viewer, sink, lastSent: 0 };
    const target = channel;
    let removed = false;
    const remove = () => {
      removed = true;
      this.#remove(target, subscriber);
    };
    await this.#enqueue(channel, async () => {
      if (removed || this.#closed) return;
      if (target.cursor < 0) target.reveal = { settings: board.settings, revealed: board.revealed };
      const log = lastEventId === undefined ? undefined : await this.#repo.eventsSince(site, board.id, lastEventId);
      const replay = lastEventId !== undefined && log !== undefined && lastEventId <= log.lastSeq && lastEventId >= log.firstKept - 1;
      let seq: number;
      if (replay && !log.events.some((stored) => stored.event.type === 'board-updated')) {
        for (const stored of log.events) sink.write(message(stored.seq, this.#cardView(target, stored, viewer)));
        seq = log.lastSeq;
      } else {
        const [snapshot] = await this.#snapshots(site, board.id, [viewer]);
        seq = snapshot?.seq ?? log?.lastSeq ?? 0;
        sink.write(message(seq, { type: 'board-updated', board: snapshot?.board ?? board }));
      }
      subscriber.lastSent = seq;
      // A new channel starts at this subscriber; an older one has a cursor the subscriber may be ahead of (skipped by lastSent).
      if (target.cursor < 0) target.cursor = seq;
      target.subscribers.add(subscriber);
    });
    return remove;
  }

  /** Ends every stream (shutdown); new subscribers are refused from now on. */
  closeAll(): void {
    this.#closed = true;
    clearInterval(this.#ping);
    this.#stopListening();
    for (const channel of this.#channels.values()) {
      for (const subscriber of channel.subscribers) subscriber.sink.end();
    }
    this.#channels.clear();
  }

  #enqueue(channel: BoardChannel, work: () => Promise<void>): Promise<void> {
    const run = channel.queue.then(work).catch((error: unknown) => console.error('board events:', error));
    channel.queue = run;
    return run;
  }

  /** A burst of notifications becomes one read of the log, not one per event. */
  #queueFanOut(channel: BoardChannel): void {
    if (channel.fanOutQueued) return;
    channel.fanOutQueued = true;
    void this.#enqueue(channel, () => {
      channel.fanOutQueued = false;
      return this.#fanOut(channel);
    });
  }

  async #fanOut(channel: BoardChannel): Promise<void> {
    if (channel.subscribers.size === 0) return;
    const log = await this.#repo.eventsSince(channel.site, channel.boardId, channel.cursor);
    if (log.lastSeq <= channel.cursor) return;
    for (const { event } of log.events) {
      if (event.type === 'board-updated') channel.reveal = { settings: event.board.settings, revealed: event.board.revealed };
    }
    if (log.firstKept > channel.cursor + 1 || log.events.some((stored) => stored.event.type === 'board-updated')) {
      await this.#sendBoards(channel, log.lastSeq);
    } else {
      for (const stored of log.events) {
        for (const subscriber of [...channel.subscribers]) {
          if (stored.seq <= subscriber.lastSent) continue;
          this.#send(channel, subscriber, message(stored.seq, this.#cardView(channel, stored, subscriber.viewer)));
        }
      }
    }
    for (const subscriber of channel.subscribers) subscriber.lastSent = Math.max(subscriber.lastSent, log.lastSeq);
    channel.cursor = Math.max(channel.cursor, log.lastSeq);
  }

  /**
   * The board as each viewer sees it, with the sequence number it is current at. Read under the
   * board's lock, which every write takes first: no write of any process lands between reading the
   * number and the cards, so the events after it are exactly what the board does not hold yet.
   */
  #snapshots(site: SiteId, boardId: string, viewers: readonly BoardViewer[]): Promise<{ board: Board; seq: number }[]> {
    return this.#repo.transaction(async (tx) => {
      if ((await tx.lockBoard(site, boardId)) === undefined) return [];
      const { lastSeq } = await tx.eventsSince(site, boardId, LAST_POSSIBLE_SEQ);
      const boards: { board: Board; seq: number }[] = [];
      for (const viewer of viewers) boards.push({ board: (await readBoard(tx, site, boardId, viewer))!, seq: lastSeq });
      return boards;
    });
  }

  /** The whole board, in each viewer's view (viewers that look alike share one read), at its sequence number. */
  async #sendBoards(channel: BoardChannel, seq: number): Promise<void> {
    const behind = [...channel.subscribers].filter((subscriber) => subscriber.lastSent < seq);
    const viewers = new Map<string, BoardViewer>();
    for (const { viewer } of behind) viewers.set(viewerKey(viewer), viewer);
    const snapshots = await this.#snapshots(channel.site, channel.boardId, [...viewers.values()]);
    const chunks = new Map<string, { chunk: string; seq: number }>();
    [...viewers.keys()].forEach((key, index) => {
      const snapshot = snapshots[index];
      if (snapshot) chunks.set(key, { chunk: message(snapshot.seq, { type: 'board-updated', board: snapshot.board }), seq: snapshot.seq });
    });
    for (const subscriber of behind) {
      const read = chunks.get(viewerKey(subscriber.viewer));
      if (read === undefined) continue;
      this.#send(channel, subscriber, read.chunk);
      subscriber.lastSent = read.seq;
    }
  }

  /** A card event as one viewer may see it. `board-updated` never comes here (see #fanOut). */
  #cardView(channel: BoardChannel, stored: StoredEvent, viewer: BoardViewer): BoardEvent {
    const { event } = stored;
    if (event.type !== 'card-added' && event.type !== 'card-updated') return event;
    return { type: event.type, card: viewCard(event.card, stored.authorId, channel.reveal, viewer) };
  }

  #send(channel: BoardChannel, subscriber: Subscriber, chunk: string): void {
    if (subscriber.sink.buffered() > this.#maxBuffered) {
      this.#remove(channel, subscriber);
      subscriber.sink.end();
      return;
    }
    subscriber.sink.write(chunk);
  }

  #pingAll(): void {
    for (const channel of this.#channels.values()) {
      for (const subscriber of [...channel.subscribers]) this.#send(channel, subscriber, ': ping\n\n');
      // A missed notification (a dropped LISTEN connection) is repaired here at the latest.
      this.#queueFanOut(channel);
    }
  }

  #remove(channel: BoardChannel, subscriber: Subscriber): void {
    channel.subscribers.delete(subscriber);
    if (channel.subscribers.size === 0 && this.#channels.get(channelKey(channel.site, channel.boardId)) === channel) {
      this.#channels.delete(channelKey(channel.site, channel.boardId));
    }
  }
}

/** Each subscriber gets a set of its own: `#alreadyHeld` forgets removed cards in it. */
function viewerKey(viewer: BoardViewer): string {
  return viewer.asModerator ? '\0moderator' : (viewer.clientId ?? '');
}

function channelKey(site: SiteId, boardId: string): string {
  return `${site}\0${boardId}`;
}
