import type { Board, BoardEvent } from '../src/core/schemas/board.js';
import { viewCard, type BoardViewer } from './board-view.js';
import type { Store, StoredEvent } from './store/store.js';

/** Where one subscriber's messages go (an SSE response). */
export interface EventSink {
  write(chunk: string): void;
  end(): void;
  /** Bytes written but not yet sent; a subscriber that stops reading is dropped (it reconnects and replays). */
  buffered(): number;
}

export interface HubOptions {
  /** Interval of the `: ping` comment that keeps proxies and venue Wi-Fi from closing idle streams. */
  pingMs?: number;
  /** Unsent bytes after which a subscriber is dropped. */
  maxBufferedBytes?: number;
}

interface Subscriber {
  boardId: string;
  viewer: BoardViewer;
  sink: EventSink;
}

type BoardMeta = Pick<Board, 'settings' | 'revealed'>;


function message(seq: number, data: unknown): string {
  // JSON.stringify escapes line breaks, so the data is always one `data:` line.
  return `id: ${seq}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * In-memory fan-out of board events to server-sent-event subscribers, one view per subscriber
 * (`mine`, moderated reveal). The write route stores the event (`store.appendEvent`) and then
 * calls `publish`; a reconnecting subscriber gets what it missed from the store's event log.
 */
export class BoardHub {
  readonly #store: Store;
  readonly #maxBuffered: number;
  readonly #subscribers = new Map<string, Set<Subscriber>>();
  /** Per board: reveal settings, for hiding other people's cards before the moderator reveals them. */
  readonly #meta = new Map<string, BoardMeta>();
  readonly #lastSeq = new Map<string, number>();
  readonly #ping: NodeJS.Timeout;
  #closed = false;

  constructor(store: Store, options: HubOptions = {}) {
    this.#store = store;
    this.#maxBuffered = options.maxBufferedBytes ?? 1_048_576;
    this.#ping = setInterval(() => this.#pingAll(), options.pingMs ?? 25_000);
    this.#ping.unref();
  }

  get closed(): boolean {
    return this.#closed;
  }

  get subscriberCount(): number {
    let count = 0;
    for (const set of this.#subscribers.values()) count += set.size;
    return count;
  }

  /**
   * Adds a subscriber. `board` is the board as this viewer sees it now. Without `lastEventId` the
   * stream starts with that board as one `board-updated` message (so nothing between the page's
   * GET and the connection is lost); with it, the events after it are replayed.
   * Returns the function that removes the subscriber.
   */
  subscribe(board: Board, viewer: BoardViewer, sink: EventSink, lastEventId?: number): () => void {
    if (this.#closed) {
      sink.end();
      return () => {};
    }
    const boardId = board.id;
    this.#meta.set(boardId, { settings: board.settings, revealed: board.revealed });

    const lastSeq = this.#lastSeqOf(boardId);
    if (lastEventId === undefined || lastEventId > lastSeq) {
      sink.write(message(lastSeq, { type: 'board-updated', board }));
    } else {
      const missed = this.#store.eventsSince(boardId, lastEventId);
      if (missed.some((stored) => stored.event.type === 'board-updated')) {
        // The current board already holds everything since then: one message instead of the history.
        sink.write(message(missed.at(-1)!.seq, { type: 'board-updated', board }));
      } else {
        for (const stored of missed) sink.write(message(stored.seq, this.#view(boardId, stored, viewer)));
      }
    }

    const subscriber: Subscriber = { boardId, viewer, sink };
    let set = this.#subscribers.get(boardId);
    if (set === undefined) this.#subscribers.set(boardId, (set = new Set()));
    set.add(subscriber);
    return () => this.#remove(subscriber);
  }

  /** Sends a stored event to every subscriber of its board, each in its own view. */
  publish(boardId: string, stored: StoredEvent): void {
    this.#lastSeq.set(boardId, Math.max(stored.seq, this.#lastSeq.get(boardId) ?? 0));
    this.#learn(boardId, stored);
    const subscribers = this.#subscribers.get(boardId);
    if (subscribers === undefined) return;
    // Board messages are built per viewer from the store; viewers that look alike share one.
    const boards = new Map<string, string>();
    for (const subscriber of [...subscribers]) {
      let chunk: string;
      if (stored.event.type === 'board-updated') {
        const key = subscriber.viewer.asModerator ? '\0moderator' : (subscriber.viewer.clientId ?? '');
        chunk = boards.get(key) ?? message(stored.seq, this.#view(boardId, stored, subscriber.viewer));
        boards.set(key, chunk);
      } else {
        chunk = message(stored.seq, this.#view(boardId, stored, subscriber.viewer));
      }
      this.#send(subscriber, chunk);
    }
  }

  /** Ends every stream (shutdown); new subscribers are refused from now on. */
  closeAll(): void {
    this.#closed = true;
    clearInterval(this.#ping);
    for (const set of this.#subscribers.values()) {
      for (const subscriber of set) subscriber.sink.end();
    }
    this.#subscribers.clear();
  }

  #view(boardId: string, stored: StoredEvent, viewer: BoardViewer): BoardEvent {
    const { event } = stored;
    switch (event.type) {
      case 'card-added':
      case 'card-updated': {
        const meta = this.#meta.get(boardId) ?? {};
        return { type: event.type, card: viewCard(event.card, stored.authorId, meta, viewer) };
      }
      case 'card-removed':
        return event;
      case 'board-updated': {
        // Card authorship lives in the store, so the viewer's board comes from there.
        return { type: 'board-updated', board: this.#store.getBoard(boardId, viewer) ?? event.board };
      }
    }
  }

  #learn(boardId: string, stored: StoredEvent): void {
    const { event } = stored;
    if (event.type === 'board-updated') {
      this.#meta.set(boardId, { settings: event.board.settings, revealed: event.board.revealed });
    }
  }

  #lastSeqOf(boardId: string): number {
    let seq = this.#lastSeq.get(boardId);
    if (seq === undefined) {
      // Once per board and process: afterwards `publish` keeps it current.
      seq = this.#store.eventsSince(boardId, 0).at(-1)?.seq ?? 0;
      this.#lastSeq.set(boardId, seq);
    }
    return seq;
  }

  #send(subscriber: Subscriber, chunk: string): void {
    if (subscriber.sink.buffered() > this.#maxBuffered) {
      this.#remove(subscriber);
      subscriber.sink.end();
      return;
    }
    subscriber.sink.write(chunk);
  }

  #pingAll(): void {
    for (const set of this.#subscribers.values()) {
      for (const subscriber of [...set]) this.#send(subscriber, ': ping\n\n');
    }
  }

  #remove(subscriber: Subscriber): void {
    const set = this.#subscribers.get(subscriber.boardId);
    set?.delete(subscriber);
    if (set?.size === 0) this.#subscribers.delete(subscriber.boardId);
  }
}
