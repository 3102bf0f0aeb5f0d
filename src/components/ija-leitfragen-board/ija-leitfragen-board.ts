import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IjaElement } from '../../base/ija-element.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { defineElement } from '../../core/define.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { boardMessages } from '../../core/i18n/messages/board.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { describeError } from '../../core/i18n/describe-error.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { IjaAdapter, BoardSubscription } from '../../core/adapter/types.js';
import { CARD_TEXT_MAX } from '../../core/schemas/constants.js';
import type { Board, Card, Question } from '../../core/schemas/board.js';
import { validators } from '../../core/schemas/validators.js';
import { onDemand } from '../../core/on-demand.js';
import { asParticipant, participantId } from './board-client.js';
import type { BoardOutbox, OutboxEntry } from './board-outbox.js';
import { applyEvent, cardsOf, localCard, localVote, removeCard, upsertCard, votesPerPerson, votesUsed } from './board-state.js';
import { renderCard, renderPending } from './board-card.js';
import { boardStyles } from './ija-leitfragen-board.styles.js';

registerBuiltInMessages('board', boardMessages);

export const BOARD_VIEWS = ['board', 'presentation', 'results'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];
type Connection = 'live' | 'connecting' | 'offline' | 'polling' | 'local';

const POLL_MS = 10_000;
const ANNOUNCE_EVERY_MS = 5_000;
const STORAGE_PREFIX = 'ija-widgets:board:';

/** The outbox, for boards with a backend. */
const liveCode = onDemand(() => import('./board-outbox.js'));
/** The presentation and the results with their export, when first shown. */
const viewsCode = onDemand(() => import('./board-views.js'));

/**
 * The guiding questions of the moderated discussion: participants add ideas per question and vote,
 * the moderator reveals, hides, marks key insights, merges, locks and presents; results export for
 * the closing round. Live for everyone through a backend; with none, a board on this device.
 * Nothing typed is lost: ideas go through an outbox that survives reload and connection loss.
 *
 * @tag ija-leitfragen-board
 * @summary Guiding-questions board: ideas, votes, moderation, presentation and results, live and loss-free.
 *
 * @csspart base - The whole board.
 * @csspart question - One question's column.
 * @csspart card - One idea.
 * @csspart toolbar - The moderator's toolbar.
 * @csspart results - The results view.
 *
 * @cssproperty --ija-color-primary - Accents, votes and buttons.
 *
 * @event ija-load - Data loaded; `detail.issues` lists records left out.
 * @event ija-error - Loading failed; `detail.error` says why.
 */
export class IjaLeitfragenBoard extends IjaElement {
  static override styles = [...IjaElement.styles, boardStyles];

  /** The board as data (wins over every other source). */
  @property({ attribute: false }) board?: unknown;

  /** Which board to load from `api` or a provider. */
  @property({ attribute: 'board-id' }) boardId: string = DEFAULT_IDS.board;

  /** Shows the moderator's controls (the backend checks the moderator key). */
  @property({ type: Boolean, reflect: true }) moderator = false;

  /** `board` (default), `presentation` (one question, large) or `results`. */
  @property({ reflect: true }) view: BoardView = 'board';

  /** `local`: a board without backend is kept in this browser's local storage. Off unless the page says so. */
  @property() persist?: 'local';

  @state() private current?: Board;
  @state() private connection: Connection = 'local';
  @state() private questionIndex = 0;
  @state() private editing?: string;
  @state() private drafts: Record<string, string> = {};
  @state() private formErrors: Record<string, string> = {};
  @state() private announcement = '';
  @state() private actionError = '';
  @state() private confirmClear = false;

  private participantIdValue?: string;

  /** Created (and kept in sessionStorage) only when the board talks to a backend. */
  private get clientId(): string {
    return (this.participantIdValue ??= participantId());
  }
  private outbox?: BoardOutbox;
  private subscription?: BoardSubscription;
  private pollTimer?: ReturnType<typeof setInterval>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private unannounced = 0;
  private streamErrors = 0;

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Board, [string]>(this, {
    value: () => this.board,
    args: () => [this.boardId],
    load: async (adapter, signal, id) => {
      // A live board needs its outbox and the schemas for its events; a stored local board needs the schemas.
      const extra = adapter.writable ? [liveCode.load(), validators.load()] : this.persist === 'local' ? [validators.load()] : [];
      const [board] = await Promise.all([(adapter.writable ? asParticipant(adapter, this.clientId) : adapter).getBoard(id, { signal }), ...extra]);
      return board;
    },
    onLoad: ({ data }) => this.start(data),
  });

  /** The board as shown now (live state, or the local board). */
  get currentBoard(): Board | undefined {
    return this.current;
  }

  private get live(): boolean {
    return this.data.adapter.writable;
  }

  /** The data source, speaking for this participant. */
  private get participant(): IjaAdapter {
    return asParticipant(this.data.adapter, this.clientId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.current && this.live) this.connect(this.current.id);
  }

  /** A fresh load: the local board (from storage if the page allows), or the live board and its stream. */
  private start(loaded: Board): void {
    this.stopLive();
    if (!this.live) {
      this.current = this.restoreLocal(loaded) ?? loaded;
      this.connection = 'local';
      return;
    }
    this.current = loaded;
    const { BoardOutbox, sessionOutboxStorage } = liveCode.value!;
    this.outbox = new BoardOutbox({ adapter: () => this.participant, storage: sessionOutboxStorage(loaded.id) });
    this.outbox.addEventListener('delivered', (event) => {
      const { result } = (event as CustomEvent<{ result: Card }>).detail;
      if (this.current) this.current = upsertCard(this.current, result);
    });
    this.outbox.addEventListener('rejected', () => void this.refresh());
    this.outbox.addEventListener('change', () => this.requestUpdate());
    void this.outbox.flush();
    this.connect(loaded.id);
  }

  private connect(boardId: string): void {
    const adapter = this.participant;
    if (!adapter.subscribeBoard) {
      this.connection = 'polling';
      this.startPolling();
      return;
    }
    this.connection = 'connecting';
    this.subscription?.close();
    this.subscription = adapter.subscribeBoard(boardId, {
      onOpen: () => {
        this.streamErrors = 0;
        this.connection = 'live';
        this.stopPolling();
      },
      onError: () => {
        this.connection = 'offline';
        // The browser retries by itself; after repeated failures, fall back to polling as well.
        if (++this.streamErrors >= 3) this.startPolling();
      },
      onMessage: ({ data }) => {
        let event;
        try {
          event = validators.value!.parseBoardEvent(data);
        } catch {
          return;
        }
        if (!this.current) return;
        const before = this.current.cards.length;
        this.current = applyEvent(this.current, event);
        if (event.type === 'card-added' && !event.card.mine && this.current.cards.length > before) this.noteNewIdea();
      },
    });
  }

  private startPolling(): void {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => void this.refresh(), POLL_MS);
  }

  private stopPolling(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  private stopLive(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.stopPolling();
    this.outbox?.stop();
    clearTimeout(this.announceTimer);
  }

  /** Reads the board again (polling, or after the server refused something); keeps this participant's counts. */
  private async refresh(): Promise<void> {
    if (!this.current || !this.live) return;
    try {
      const { data } = await this.participant.getBoard(this.current.id);
      this.current = applyEvent(this.current, { type: 'board-updated', board: data });
      if (this.connection !== 'live' && this.pollTimer) this.connection = 'polling';
    } catch {
      this.connection = 'offline';
    }
  }

  /** New ideas from others are announced together, at most every few seconds, never one by one in a flood. */
  private noteNewIdea(): void {
    this.unannounced++;
    if (this.announceTimer) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcement = this.localize.m.board.newIdeas(this.unannounced);
      this.unannounced = 0;
    }, ANNOUNCE_EVERY_MS);
  }

  private restoreLocal(loaded: Board): Board | undefined {
    if (this.persist !== 'local') return undefined;
    try {
      const stored = localStorage.getItem(STORAGE_PREFIX + loaded.id);
      return stored ? validators.value?.parseBoard(JSON.parse(stored)).data : undefined;
    } catch {
      return undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('current' as keyof IjaLeitfragenBoard) && this.current && !this.live && this.persist === 'local') {
      try {
        localStorage.setItem(STORAGE_PREFIX + this.current.id, JSON.stringify(this.current));
      } catch {
        // Storage full or blocked: the board stays on the page.
      }
    }
  }

  protected override render() {
    return this.renderData(this.data, ({ issues }) => {
      const board = this.current;
      if (!board) return undefined;
      const m = this.localize.m;
      return html`<section class="board" part="base" aria-labelledby="board-title">
        <header class="board-head">
          <h2 id="board-title" lang=${this.contentLang(this.data.source)}>${board.title}</h2>
          <p class="status muted">${m.board[this.connection]}</p>
        </header>
        ${this.moderator ? this.renderToolbar(m, board) : nothing}
        ${board.locked ? html`<p class="notice">${m.board.locked}</p>` : nothing}
        ${board.settings?.reveal === 'moderated' && !board.revealed && !this.moderator
          ? html`<p class="notice">${m.board.waitingForReveal}</p>`
          : nothing}
        ${this.actionError ? html`<p class="error-text" role="alert">${this.actionError}</p>` : nothing}
        ${this.view === 'results'
          ? this.renderView(m, board, 'results')
          : this.view === 'presentation'
            ? this.renderView(m, board, 'presentation')
            : this.renderBoard(m, board)}
        ${renderIssuesNote(m, issues)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>`;
    });
  }

  private renderToolbar(m: Messages, board: Board): TemplateResult {
    const mod = m.board.moderator;
    return html`<div class="toolbar row" part="toolbar" role="group" aria-label=${mod.toolbar}>
      <div class="row views" role="group" aria-label=${m.board.views.board}>
        ${(['board', 'presentation', 'results'] as const).map(
          (view) => html`<button type="button" class="button secondary" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
            ${m.board.views[view]}
          </button>`,
        )}
      </div>
      ${board.settings?.reveal === 'moderated' && !board.revealed
        ? html`<button type="button" class="button" @click=${() => void this.changeBoard(board, { revealed: true })}>${mod.reveal}</button>`
        : nothing}
      <button type="button" class="button secondary" @click=${() => void this.changeBoard(board, { locked: !board.locked })}>
        ${board.locked ? mod.unlock : mod.lock}
      </button>
      ${this.confirmClear
        ? html`<span class="confirm" role="alert">${mod.clearConfirm}</span>
            <button type="button" class="button danger" @click=${() => this.clearAll(board)}>${mod.clear}</button>
            <button type="button" class="button secondary" @click=${() => (this.confirmClear = false)}>${m.board.cancel}</button>`
        : html`<button type="button" class="button secondary" @click=${() => (this.confirmClear = true)}>${mod.clear}</button>`}
    </div>`;
  }

  private renderBoard(m: Messages, board: Board): TemplateResult {
    const count = board.questions.length;
    const index = Math.min(this.questionIndex, Math.max(0, count - 1));
    const used = votesUsed(board);
    const total = votesPerPerson(board);
    // An idea the server already has (its event arrived before the answer) is shown as a card, not as sending;
    // the outbox still finishes its (idempotent) send.
    const stored = new Set(board.cards.map((card) => card.id));
    return html`<p class="votes-left">${used >= total ? m.board.noVotesLeft : m.board.votesLeft(total - used, total)}</p>
      <nav class="question-nav row" aria-label=${m.board.chooseQuestion}>
        <button type="button" class="button secondary" ?disabled=${index === 0} @click=${() => this.showQuestion(index - 1)}>${m.board.previous}</button>
        <label class="field"
          >${m.board.chooseQuestion}
          <select @change=${(event: Event) => this.showQuestion(Number((event.target as HTMLSelectElement).value))}>
            ${board.questions.map(
              (q, i) => html`<option value=${i} ?selected=${i === index}>${m.board.questionOf(i + 1, count)}: ${q.text}</option>`,
            )}
          </select>
        </label>
        <button type="button" class="button secondary" ?disabled=${index >= count - 1} @click=${() => this.showQuestion(index + 1)}>${m.board.next}</button>
      </nav>
      <div class="columns">
        ${board.questions.map((question, i) => this.renderQuestion(m, board, question, i, i === index, stored, used < total))}
      </div>`;
  }

  private showQuestion(index: number): void {
    this.questionIndex = index;
  }

  private renderQuestion(
    m: Messages,
    board: Board,
    question: Question,
    index: number,
    selected: boolean,
    stored: ReadonlySet<string>,
    canVote: boolean,
  ): TemplateResult {
    const all = cardsOf(board, question.id);
    const cards = all.filter((card) => !card.hidden || card.mine || this.moderator);
    const pending = (this.outbox?.entries ?? []).filter(
      (entry) => entry.operation.kind === 'add-card' && entry.operation.card.questionId === question.id && !stored.has(entry.id),
    );
    const draft = this.drafts[question.id] ?? '';
    const error = this.formErrors[question.id];
    return html`<section class="question ${selected ? 'selected' : ''}" part="question" aria-labelledby="q-${question.id}">
      <h3 id="q-${question.id}"><span class="visually-hidden">${m.board.questionOf(index + 1, board.questions.length)}: </span><span lang=${this.contentLang(this.data.source)}>${question.text}</span></h3>
      ${question.hint ? html`<p class="hint muted" lang=${this.contentLang(this.data.source)}>${question.hint}</p>` : nothing}
      ${board.locked
        ? nothing
        : html`<form class="add" novalidate @submit=${(event: Event) => this.addIdea(event, board, question)}>
            <label for="idea-${question.id}">${m.board.ideaLabel(question.text)}</label>
            <textarea
              id="idea-${question.id}"
              rows="3"
              maxlength=${CARD_TEXT_MAX}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="count-${question.id}${error ? ` error-${question.id}` : ''}"
              .value=${draft}
              @input=${(event: Event) => (this.drafts = { ...this.drafts, [question.id]: (event.target as HTMLTextAreaElement).value })}
            ></textarea>
            <p id="count-${question.id}" class="muted counter">${m.board.charactersLeft(CARD_TEXT_MAX - draft.length)}</p>
            ${error ? html`<p id="error-${question.id}" class="error-text">${error}</p>` : nothing}
            <button type="submit" class="button">${m.board.addIdea}</button>
          </form>`}
      <ul class="cards">
        ${cards.map((card) =>
          renderCard(m, card, {
            canVote,
            locked: board.locked === true,
            moderator: this.moderator,
            editing: this.editing === card.id,
            mergeTargets: this.moderator ? all.filter((other) => other.id !== card.id) : [],
            onVote: (value) => this.vote(board, card, value),
            onEdit: () => (this.editing = card.id),
            onCancelEdit: () => (this.editing = undefined),
            onSaveEdit: (text) => this.saveEdit(board, card, text),
            onDelete: () => void this.deleteIdea(board, card),
            onModerate: (patch) =>
              void this.moderate(
                () => this.data.adapter.updateCard(board.id, card.id, patch),
                (b) => upsertCard(b, { ...card, ...patch }),
              ),
            onMerge: (into) => void this.merge(board, card, into),
          }),
        )}
        ${pending.map((entry) => this.renderPendingEntry(m, entry))}
      </ul>
      ${cards.length === 0 && pending.length === 0 ? html`<p class="muted">${m.board.noIdeas}</p>` : nothing}
    </section>`;
  }

  private renderPendingEntry(m: Messages, entry: OutboxEntry): TemplateResult {
    const text = entry.operation.kind === 'add-card' ? entry.operation.card.text : '';
    return renderPending(m, entry, text, () => this.outbox?.retry(entry.id), () => this.outbox?.discard(entry.id));
  }

  /** Presentation and results (with export) arrive with their code the first time they are opened. */
  private renderView(m: Messages, board: Board, view: 'presentation' | 'results'): TemplateResult {
    const options = {
      questionIndex: this.questionIndex,
      onShowQuestion: (index: number) => this.showQuestion(index),
      onFullscreen: () => void this.requestFullscreen().catch(() => undefined),
      formatDate: (date: Date) => this.localize.formatDate(date, { dateStyle: 'long', timeStyle: 'short' }),
    };
    return renderOnDemand(m, this, viewsCode, (views) =>
      view === 'results' ? views.renderResults(m, board, options) : views.renderPresentation(m, board, options),
    );
  }

  private addIdea(event: Event, board: Board, question: Question): void {
    event.preventDefault();
    const m = this.localize.m.board;
    const text = (this.drafts[question.id] ?? '').trim();
    const error = text === '' ? m.emptyIdea : text.length > CARD_TEXT_MAX ? m.tooLong(CARD_TEXT_MAX) : '';
    this.formErrors = { ...this.formErrors, [question.id]: error };
    if (error) return;
    const card = { id: crypto.randomUUID(), questionId: question.id, text };
    this.drafts = { ...this.drafts, [question.id]: '' };
    if (this.outbox) this.outbox.enqueue({ kind: 'add-card', boardId: board.id, card });
    else this.current = upsertCard(board, localCard(card, new Date()));
  }

  private vote(board: Board, card: Card, value: 1 | -1): void {
    const next = localVote(board, card.id, value);
    if (!next) return;
    this.current = next;
    this.outbox?.enqueue({ kind: 'vote', boardId: board.id, cardId: card.id, vote: { id: crypto.randomUUID(), value } });
  }

  private saveEdit(board: Board, card: Card, text: string): void {
    const trimmed = text.trim();
    this.editing = undefined;
    if (trimmed === '' || trimmed === card.text) return;
    this.current = upsertCard(board, { ...card, text: trimmed });
    this.outbox?.enqueue({ kind: 'edit-card', boardId: board.id, cardId: card.id, patch: { text: trimmed } });
  }

  private deleteIdea(board: Board, card: Card): Promise<void> {
    return this.moderate(
      () => this.participant.deleteCard(board.id, card.id),
      (b) => removeCard(b, card.id),
    );
  }

  private merge(board: Board, card: Card, into: string): Promise<void> {
    return this.moderate(
      () => this.data.adapter.mergeCard(board.id, card.id, into),
      (b) => {
        const target = b.cards.find((c) => c.id === into);
        return target ? removeCard(upsertCard(b, { ...target, votes: target.votes + card.votes }), card.id) : b;
      },
    );
  }

  private changeBoard(board: Board, patch: { locked?: boolean; revealed?: boolean }): Promise<void> {
    return this.moderate(
      () => this.data.adapter.updateBoard(board.id, patch),
      (b) => ({ ...b, ...patch }),
    );
  }

  private clearAll(board: Board): void {
    this.confirmClear = false;
    void this.moderate(
      () => this.data.adapter.clearBoard(board.id),
      (b) => ({ ...b, cards: [] }),
    );
  }

  /**
   * A moderator action (or deleting one's idea): on a live board through the backend (the change
   * comes back as an event, and the board is read again); on a local board applied here. A failure
   * is said, and nothing changes.
   */
  private async moderate(remote: () => Promise<unknown>, local: (board: Board) => Board): Promise<void> {
    this.actionError = '';
    if (!this.live) {
      if (this.current) this.current = local(this.current);
      return;
    }
    try {
      await remote();
      if (this.current) this.current = local(this.current);
      await this.refresh();
    } catch (error) {
      this.actionError = describeError(error, this.localize.m);
    }
  }
}

defineElement('ija-leitfragen-board', IjaLeitfragenBoard);

declare global {
  interface HTMLElementTagNameMap {
    'ija-leitfragen-board': IjaLeitfragenBoard;
  }
}
