import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IjaElement } from '../../base/ija-element.js';
import { heading } from '../../base/heading.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { boardMessages } from '../../core/i18n/messages/board.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { describeError } from '../../core/i18n/describe-error.js';
import { IjaViewChangeEvent, type IjaOperation } from '../../core/events.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { IjaAdapter } from '../../core/adapter/types.js';
import type { Board, BoardInput, Question } from '../../core/schemas/board.js';
import { validators } from '../../core/schemas/validators.js';
import { onDemand } from '../../core/on-demand.js';
import { addStyles } from '../../base/add-styles.js';
import { asParticipant, CLIENT_ID_DAYS, participantId } from './board-client.js';
import type { BoardOutbox } from './board-outbox.js';
import type { BoardLive, Connection } from './board-live.js';
import type { BoardModeration } from './board-moderation.js';
import type { CardHandlers } from './board-card.js';
import { boardStyles } from './ija-leitfragen-board.styles.js';

registerBuiltInMessages('board', boardMessages);

export const BOARD_VIEWS = ['board', 'presentation', 'results'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

/** The cards, votes and how a card looks: loaded with the board, so the element's first download is small. */
const contentCode = onDemand(() => import('./board-content.js'));
/** The outbox and the event stream, for boards with a backend. */
const liveCode = onDemand(() => import('./board-live.js'));
/** The presentation and the results with their export, when first shown. */
const viewsCode = onDemand(() => import('./board-views.js'));
/** The moderator's toolbar, menus and dialogs, with the `moderator` attribute. */
const moderationCode = onDemand(() => import('./board-moderation.js'));

/** `#board=<id>` in the page's address opens that board (the join links and QR codes point there). */
function boardFromHash(): string | undefined {
  const id = new URLSearchParams(location.hash.slice(1)).get('board')?.trim();
  return id && id.length <= 100 ? id : undefined;
}

/**
 * The guiding questions of the moderated discussion: participants add ideas per question and vote,
 * the moderator reveals, hides, marks key insights, merges, locks and presents; results export for
 * the closing round. Live for everyone through a backend; with none, a board on this device.
 * Nothing typed is lost: ideas go through an outbox that survives reload and connection loss.
 *
 * A join link (`#board=<id>` on the page's address, or the site's `join-url`) opens one board of a site.
 *
 * @tag ija-leitfragen-board
 * @summary Guiding-questions board: ideas, votes, moderation, presentation and results, live and loss-free.
 *
 * @csspart base - The whole board.
 * @csspart question - One question's column.
 * @csspart toolbar - The moderator's toolbar.
 * @csspart results - The results view.
 *
 * @cssproperty --ija-color-primary - Accents, votes and buttons.
 *
 * @event {IjaLoadEvent} ija-load - The board is loaded and shown; `detail.issues` lists records left out.
 * @event {IjaErrorEvent} ija-error - Loading or a save failed (an idea, a vote, a moderator's action); `detail.operation` says which, `detail.error` why.
 * @event {IjaIdeaAddEvent} ija-idea-add - A participant adds an idea (`detail.questionId`, `detail.text`); cancelable: the text then stays in the box.
 * @event {IjaVoteEvent} ija-vote - A participant votes (`detail.value` 1) or takes a vote back (-1) on `detail.cardId`; cancelable.
 * @event {IjaViewChangeEvent} ija-view-change - The moderator switched between board, presentation and results (`detail.view`, `detail.previous`).
 */
export class IjaLeitfragenBoard extends IjaElement {
  static override styles = [...IjaElement.styles, boardStyles];
  /** @internal */
  static override enumerated = { ...IjaElement.enumerated, view: BOARD_VIEWS, persist: ['local'] };

  /** The board as data (wins over every other source); checked when set: invalid ideas are left out and reported. */
  @property({ attribute: false }) board?: BoardInput;

  /** Which board to load from `api` or a provider. */
  @property({ attribute: 'board-id' }) boardId: string = DEFAULT_IDS.board;

  /** Shows the moderator's controls (the backend checks the moderator key). */
  @property({ type: Boolean, reflect: true }) moderator = false;

  /** `board` (default), `presentation` (one question, large) or `results`. */
  @property({ reflect: true }) view: BoardView = 'board';

  /** `local`: a board without backend is kept in this browser's local storage. Off unless the page says so. */
  @property() persist?: 'local';

  /**
   * The page participants join on, for the join link and QR code: `{board}` stands for the board's id
   * (e.g. "https://www.musterstadt.de/werkstatt#board={board}"). Default: this page with `#board=<id>`.
   */
  @property({ attribute: 'join-url' }) joinUrl?: string;

  /** The plan the moderator adds key insights to as steps (closing round), e.g. "fuenf-punkte-plan". */
  @property({ attribute: 'plan-id' }) planId?: string;

  /** @internal */
  @state() current?: Board;
  /** @internal */
  @state() connection: Connection = 'local';
  @state() private questionIndex = 0;
  /** @internal */
  @state() editing?: string;
  /** What a person typed per question, not sent yet. @internal */
  @state() drafts: Record<string, string> = {};
  /** The idea form's error per question. @internal */
  @state() formErrors: Record<string, string> = {};
  @state() private announcement = '';
  /** @internal */
  @state() confirmRemove?: string;
  /** @internal */
  @state() actionError = '';

  private clientIds = new Map<string, string>();
  /** Where focus goes once it is rendered (a part loaded on demand may take a few updates). */
  private pendingFocus?: string;
  private moderation?: BoardModeration;
  /** What a person does on a card (with the cards' code). */
  private cardHandlers?: CardHandlers;
  private scrollOnLoad = false;

  /** Made (and kept in localStorage, per board) only when the board talks to a backend. */
  private get clientId(): string {
    let id = this.clientIds.get(this.boardId);
    if (!id) this.clientIds.set(this.boardId, (id = participantId(this.boardId)));
    return id;
  }
  private liveBoard?: BoardLive;

  /** @internal */
  get outbox(): BoardOutbox | undefined {
    return this.liveBoard?.outbox;
  }

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Board, [string]>(this, {
    value: () => this.board,
    args: () => [this.boardId],
    load: async (adapter, signal, id) => {
      // A live board needs its outbox (with what reading its stored entries takes); a stored local board needs the schemas.
      const extra = adapter.writable
        ? [liveCode.load().then((live) => live.prepareSessionOutbox(id))]
        : this.persist === 'local'
          ? [validators.load()]
          : [];
      const [board] = await Promise.all([(adapter.writable ? asParticipant(adapter, this.clientId) : adapter).getBoard(id, { signal }), ...extra]);
      return board;
    },
    code: () => [contentCode],
    onLoad: ({ data }) => this.start(data),
  });

  /** The board as shown now (live state, or the local board). */
  get currentBoard(): Board | undefined {
    return this.current;
  }

  /** @internal */
  get live(): boolean {
    return this.data.adapter.writable;
  }

  /**
   * The data source, speaking for this participant.
   * @internal
   */
  get participant(): IjaAdapter {
    return asParticipant(this.data.adapter, this.clientId);
  }

  private readonly onHash = () => {
    const id = boardFromHash();
    if (id) this.boardId = id;
    return id;
  };

  /** Back in a tab: another tab of this browser (the same participant) may have voted. */
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Paused, not dropped: a board moved in the page (CMS tabs, accordions) is connected again and goes on.
    this.liveBoard?.stop();
    removeEventListener('hashchange', this.onHash);
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scrollOnLoad = this.onHash() !== undefined;
    addEventListener('hashchange', this.onHash);
    document.addEventListener('visibilitychange', this.onVisible);
    if (this.liveBoard) {
      this.liveBoard.connect();
      void this.outbox!.flush();
    }
  }

  /**
   * Focuses an element of the board after the next render (never loses focus to the page).
   * @internal
   */
  focusIn(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  /**
   * Says something politely to screen readers.
   * @internal
   */
  announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /**
   * Replaces the board as shown (a moderator's change the server answered with); keeps this participant's counts.
   * @internal
   */
  replaceBoard(board: Board): void {
    this.current = this.current ? contentCode.value!.applyEvent(this.current, { type: 'board-updated', board }) : board;
  }

  /** A fresh load: the local board (from storage if the page allows), or the live board and its stream. */
  private start(loaded: Board): void {
    this.stopLive();
    // An error from before (a refused key, another board) is not this board's.
    this.actionError = '';
    if (this.scrollOnLoad) {
      this.scrollOnLoad = false;
      void this.updateComplete.then(() => this.scrollIntoView());
    }
    const content = contentCode.value!;
    this.current = content.ownBoard((!this.live && this.persist === 'local' && content.restoreLocalBoard(loaded.id, validators.value)) || loaded);
    this.connection = 'local';
    if (this.live) this.liveBoard = new liveCode.value!.BoardLive(this, loaded.id);
  }

  private stopLive(): void {
    this.liveBoard?.stop();
    this.liveBoard = undefined;
  }

  /**
   * Reads the board again (another tab, or after a moderator's change); keeps this participant's counts.
   * @internal
   */
  refresh(): Promise<void> | undefined {
    return this.liveBoard?.refresh();
  }

  /** @internal */
  announceNewIdeas(count: number): void {
    this.announce(this.localize.m.board.newIdeas(count));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A dialog that should be open (a `<dialog>` is shown modally only by script).
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.board-dialog:not([open])')?.showModal();
    const target = this.pendingFocus && this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (target) {
      this.pendingFocus = undefined;
      // A card itself (the next one after a delete) takes focus only by script.
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    }
    if (changed.has('current' as keyof IjaLeitfragenBoard) && this.current && !this.live && this.persist === 'local') {
      contentCode.value?.storeLocalBoard(this.current);
    }
  }

  protected override render() {
    return this.renderData(this.data, ({ issues }) => {
      const board = this.current;
      if (!board) return undefined;
      const m = this.localize.m;
      const presenting = this.view === 'presentation';
      const moderation = this.moderationCode();
      return html`<section class="board" part="base" aria-labelledby="board-title" lang=${this.renderLang}>
        <header class="board-head">
          ${heading(this.headingAt(), { id: 'board-title', class: 'board-title', lang: this.contentLang(this.data.source) }, board.title)}
          <p class="status muted">${m.board[this.connection]}</p>
        </header>
        ${this.moderator && !presenting ? renderOnDemand(m, this, moderationCode, () => moderation!.renderToolbar(board)) : nothing}
        ${board.locked ? html`<p class="notice">${m.board.locked}</p>` : nothing}
        ${board.settings?.reveal === 'moderated' && !board.revealed && !this.moderator
          ? html`<p class="notice">${m.board.waitingForReveal}</p>`
          : nothing}
        ${this.actionError ? html`<p class="error-text" role="alert">${this.actionError}</p>` : nothing}
        ${this.view === 'results' || presenting ? this.renderView(m, board, presenting ? 'presentation' : 'results') : this.renderBoard(m, board)}
        ${renderIssuesNote(m, issues)}
        ${this.live && !presenting ? html`<p class="privacy muted">${m.board.privacy(CLIENT_ID_DAYS)}</p>` : nothing}
        ${moderation?.renderDialogs(board) ?? nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>`;
    });
  }

  /** The moderator's code, once loaded (it loads with the `moderator` attribute); its styles join the widget's. */
  private moderationCode(): BoardModeration | undefined {
    const code = this.moderator ? moderationCode.use(this) : undefined;
    if (!code) return undefined;
    addStyles(this, code.moderationStyles);
    return (this.moderation ??= new code.BoardModeration(this, this.localize));
  }

  private renderBoard(m: Messages, board: Board): TemplateResult {
    const count = board.questions.length;
    const index = Math.min(this.questionIndex, Math.max(0, count - 1));
    const { votesPerPerson, votesUsed } = contentCode.value!;
    const used = votesUsed(board);
    const total = votesPerPerson(board);
    return html`<p class="votes-left">${used >= total ? m.board.noVotesLeft : m.board.votesLeft(total - used, total)}</p>
      <nav class="question-nav" aria-label=${m.board.chooseQuestion}>
        <label class="visually-hidden" for="question-select">${m.board.chooseQuestion}</label>
        <select id="question-select" @change=${(event: Event) => this.showQuestion(Number((event.target as HTMLSelectElement).value))}>
          ${board.questions.map((q, i) => html`<option value=${i} ?selected=${i === index}>${m.board.questionOf(i + 1, count)}: ${q.text}</option>`)}
        </select>
        <button type="button" class="button secondary" ?disabled=${index === 0} @click=${() => this.showQuestion(index - 1)}>
          <span aria-hidden="true">‹</span> ${m.board.previous}
        </button>
        <button type="button" class="button secondary" ?disabled=${index >= count - 1} @click=${() => this.showQuestion(index + 1)}>
          ${m.board.next} <span aria-hidden="true">›</span>
        </button>
      </nav>
      <div class="columns">
        ${board.questions.map((question, i) => this.renderQuestion(m, board, question, i, i === index, used < total))}
      </div>`;
  }

  /**
   * A person switched the view (the moderator's toolbar, "back" from the presentation).
   * @internal
   */
  showView(view: BoardView): void {
    const previous = this.view;
    if (view === previous) return;
    this.view = view;
    // Events go out from a variable: the manifest takes them from the class's JSDoc (with their types),
    // and `this.dispatchEvent(new …)` would add a nameless copy.
    const changed = new IjaViewChangeEvent({ view, previous });
    this.dispatchEvent(changed);
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
    canVote: boolean,
  ): TemplateResult {
    const { cardsOf, findCard, participantCards, renderCardList, renderNoIdeas } = contentCode.value!;
    const all = cardsOf(board, question.id);
    // An idea the server already has (its event arrived before the answer) is shown as a card, not as sending;
    // the outbox still finishes its (idempotent) send.
    const pending = (this.outbox?.entries ?? []).filter(
      (entry) => entry.operation.kind === 'add-card' && entry.operation.card.questionId === question.id && !findCard(board, entry.id),
    );
    const list = {
      m,
      host: this,
      cards: this.moderator ? all : participantCards(all),
      all,
      canVote,
      locked: board.locked === true,
      moderator: this.moderator,
      editing: this.editing,
      confirmingRemove: this.confirmRemove,
      handlers: (this.cardHandlers ??= contentCode.value!.cardHandlers(this)),
      menus: this.moderation?.cardMenus(board, all),
      pending: pending.map((entry) => this.liveBoard!.renderPending(m, entry)),
    };
    const lang = this.contentLang(this.data.source);
    const q = question.id;
    return html`<section class="question ${selected ? 'selected' : ''}" part="question" aria-labelledby="q-${q}">
      ${heading(
        this.headingAt(1),
        { id: `q-${q}`, class: 'question-title', tabindex: -1 },
        html`<span class="visually-hidden">${m.board.questionOf(index + 1, board.questions.length)}: </span><span lang=${lang}>${question.text}</span>`,
      )}
      ${board.locked
        ? nothing
        : contentCode.value!.renderIdeaForm(this, m, board, question)}
      ${question.hint ? html`<p id="hint-${q}" class="hint muted" lang=${lang}>${question.hint}</p>` : nothing}
      ${renderCardList(list)} ${renderNoIdeas(list)}
    </section>`;
  }


  /** Presentation and results (with export) arrive with their code the first time they are opened. */
  private renderView(m: Messages, board: Board, view: 'presentation' | 'results'): TemplateResult {
    const options = {
      host: this,
      headingLevel: this.headingAt(1),
      questionIndex: this.questionIndex,
      onShowQuestion: (index: number) => this.showQuestion(index),
      presenting: () => this.view === 'presentation',
      focus: (selector: string) => this.focusIn(selector),
      onBack: this.moderator ? () => this.showView('board') : undefined,
      joinUrl: this.live || this.joinUrl ? this.joinUrl : null,
      moderator: this.moderator,
      insightAction: this.moderation?.insightAction(board),
      formatDate: (date: Date) => this.localize.formatDate(date, { dateStyle: 'long', timeStyle: 'short' }),
    };
    return renderOnDemand(m, this, viewsCode, (views) => {
      addStyles(this, views.viewStyles);
      return view === 'results' ? views.renderResults(m, board, options) : views.renderPresentation(m, board, options);
    });
  }

  /**
   * A moderator action (or deleting one's idea): on a live board through the backend (then the board
   * is read again); on a local board applied here. A failure is said (and fired as `ija-error` with
   * `operation`), and nothing changes; a success clears an earlier failure. Answers whether it worked.
   * @internal
   */
  async moderate<T>(
    operation: IjaOperation,
    remote: () => Promise<T>,
    local: (board: Board, result?: T) => Board,
    describe: (error: unknown) => string = (error) => describeError(error, this.localize.m),
  ): Promise<boolean> {
    this.actionError = '';
    if (!this.live) {
      if (this.current) this.current = local(this.current);
      return true;
    }
    try {
      const result = await remote();
      if (this.current) this.current = local(this.current, result);
      void this.refresh();
      return true;
    } catch (error) {
      this.actionError = describe(error);
      this.data.reportError(error, operation);
      return false;
    }
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ija-leitfragen-board': IjaLeitfragenBoard;
  }
}
