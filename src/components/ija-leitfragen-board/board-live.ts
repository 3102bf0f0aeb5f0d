import type { ReactiveElement, TemplateResult } from 'lit';
import type { BoardSubscription, IjaAdapter } from '../../core/adapter/types.js';
import type { Board, Card } from '../../core/schemas/board.js';
import { validators } from '../../core/schemas/validators.js';
import type { IjaOperation } from '../../core/events.js';
import { BoardOutbox, sessionOutboxStorage, type OutboxEntry, type OutboxOperation, type OutboxRejectedDetail } from './board-outbox.js';
import { applyEvent, upsertCard } from './board-state.js';

import { addStyles } from '../../base/add-styles.js';
import { pendingStyles, renderPending } from './board-pending.js';
import type { Messages } from '../../core/i18n/locales.js';


/** What a board with a server does beyond a board on this device: loaded only for boards with a server. */

const POLL_MS = 10_000;
const ANNOUNCE_EVERY_MS = 5_000;

export type Connection = 'live' | 'connecting' | 'offline' | 'polling' | 'local';

/** The `ija-error` operation of each write the outbox makes. */
const OPERATIONS: Record<OutboxOperation['kind'], IjaOperation> = { 'add-card': 'add-idea', vote: 'vote', 'edit-card': 'edit-idea' };

/** The element, as the live part sees it. */
export interface LiveHost extends ReactiveElement {
  /** Focuses an element of the board after the next render. */
  focusIn(selector: string): void;
  /** The page's adapter speaking for this participant. */
  readonly participant: IjaAdapter;
  current?: Board;
  connection: Connection;
  /** Fires `ija-error`. */
  readonly data: { reportError(error: unknown, operation: IjaOperation): void };
  /** Says that `count` new ideas from others arrived. */
  announceNewIdeas(count: number): void;
}

/**
 * One live board: the outbox that delivers this participant's ideas and votes (kept through reloads
 * and lost connections), the event stream (or polling where there is none, or it keeps failing),
 * and new ideas from others announced together, at most every few seconds.
 */
export class BoardLive {
  readonly outbox: BoardOutbox;
  private subscription?: BoardSubscription;
  private pollTimer?: ReturnType<typeof setInterval>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private unannounced = 0;
  private streamErrors = 0;

  constructor(
    private readonly host: LiveHost,
    private readonly boardId: string,
  ) {
    addStyles(host, pendingStyles);
    this.outbox = new BoardOutbox({ adapter: () => host.participant, storage: sessionOutboxStorage(boardId) });
    this.outbox.addEventListener('delivered', (event) => {
      const { result } = (event as CustomEvent<{ result: Card }>).detail;
      if (host.current) host.current = upsertCard(host.current, result);
    });
    // A refusal is shown (at the idea, or by the board read again), so it is reported once; transient
    // failures are retried quietly and never reach here.
    this.outbox.addEventListener('rejected', (event) => {
      const { entry, error } = (event as CustomEvent<OutboxRejectedDetail>).detail;
      host.data.reportError(error, OPERATIONS[entry.operation.kind]);
      void this.refresh();
    });
    this.outbox.addEventListener('change', () => host.requestUpdate());
    void this.outbox.flush();
    this.connect();
  }

  /** Opens the event stream (again, after the element was moved in the page). */
  connect(): void {
    const host = this.host;
    const adapter = host.participant;
    this.subscription?.close();
    if (!adapter.subscribeBoard) {
      host.connection = 'polling';
      this.startPolling();
      return;
    }
    host.connection = 'connecting';
    this.subscription = adapter.subscribeBoard(this.boardId, {
      onOpen: () => {
        this.streamErrors = 0;
        host.connection = 'live';
        this.stopPolling();
      },
      onError: () => {
        host.connection = 'offline';
        // The stream tries again by itself; after repeated failures, polling as well.
        if (++this.streamErrors >= 3) this.startPolling();
      },
      onMessage: ({ data }) => {
        let event;
        try {
          event = validators.value!.parseBoardEvent(data);
        } catch {
          return;
        }
        if (!host.current) return;
        const before = host.current.cards.length;
        host.current = applyEvent(host.current, event);
        if (event.type === 'card-added' && !event.card.mine && host.current.cards.length > before) this.noteNewIdea();
      },
    });
  }

  /**
   * An idea of this participant still on its way, or refused: sent again, it stays in focus (as a card on its way);
   * discarded, focus goes to its question's idea box.
   */
  renderPending(m: Messages, entry: OutboxEntry): TemplateResult {
    const { operation, id } = entry;
    const card = operation.kind === 'add-card' ? operation.card : undefined;
    return renderPending(
      m,
      entry,
      card?.text ?? '',
      () => {
        this.outbox.retry(id);
        this.host.focusIn(`[data-id="${CSS.escape(id)}"]`);
      },
      () => {
        this.outbox.discard(id);
        this.host.focusIn(`#idea-${CSS.escape(card?.questionId ?? '')}`);
      },
    );
  }

  /** Reads the board again (polling, another tab, or after the server refused something); keeps this participant's counts. */
  async refresh(): Promise<void> {
    const host = this.host;
    if (!host.current) return;
    try {
      const { data } = await host.participant.getBoard(this.boardId);
      if (host.current) host.current = applyEvent(host.current, { type: 'board-updated', board: data });
      if (host.connection !== 'live' && this.pollTimer) host.connection = 'polling';
    } catch {
      host.connection = 'offline';
    }
  }

  stop(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.stopPolling();
    this.outbox.stop();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  private startPolling(): void {
    this.pollTimer ??= setInterval(() => void this.refresh(), POLL_MS);
  }

  private stopPolling(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  private noteNewIdea(): void {
    this.unannounced++;
    this.announceTimer ??= setTimeout(() => {
      this.announceTimer = undefined;
      this.host.announceNewIdeas(this.unannounced);
      this.unannounced = 0;
    }, ANNOUNCE_EVERY_MS);
  }
}
