import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import { describeError } from '../../core/i18n/describe-error.js';
import type { LocalizeController } from '../../core/i18n/localize-controller.js';
import { IjaAdapterError } from '../../core/errors.js';
import { onDemand } from '../../core/on-demand.js';
import { DEFAULT_BOARD } from '../../core/defaults/board.js';
import type { Board, BoardDefinition, BoardSummary, Question } from '../../core/schemas/board.js';
import { renderOnDemand } from '../../base/states.js';
import { joinLink } from './board-join.js';
import { DEFAULT_VOTES_PER_PERSON } from './board-state.js';
import type { BoardModeration } from './board-moderation.js';
import type { IjaLeitfragenBoard } from './ija-leitfragen-board.component.js';
import { slugOf } from '../../core/slug.js';

/** The QR encoder, when a join link is first shown. */
const qrCode = onDemand(() => import('./board-qr.js'));

export type ManagePanel = 'edit' | 'boards' | 'share';

const QUESTIONS_MAX = 20;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_LENGTH = 60;

interface QuestionDraft {
  id: string;
  text: string;
  hint: string;
  /** Ideas on it now: a question with ideas stays. */
  ideas: number;
}

interface EditForm {
  title: string;
  questions: QuestionDraft[];
  reveal: 'open' | 'moderated';
  votes: string;
  locked: boolean;
  errors: Record<string, string>;
  busy?: boolean;
  failure?: string;
}

interface NewForm {
  /** Duplicating this board (same questions and settings, no ideas), or a new board. */
  source?: BoardSummary;
  title: string;
  id: string;
  idEdited: boolean;
  from: 'defaults' | 'own';
  own: string;
  errors: Record<string, string>;
  busy?: boolean;
  failure?: string;
}

interface BoardListState {
  boards?: BoardSummary[];
  error?: string;
  loading?: boolean;
}

const newQuestionId = () => `frage-${crypto.randomUUID().slice(0, 8)}`;

/**
 * Managing boards for the moderator: editing this board (title, questions, reveal mode, votes per
 * person, lock), the site's boards with open, duplicate and new, and each board's join link with its
 * QR code. Loaded on demand with the first panel opened.
 */
export class BoardManager {
  private readonly host: IjaLeitfragenBoard;
  private readonly localize: LocalizeController;
  private readonly moderation: BoardModeration;
  private edit?: EditForm;
  private editFor?: string;
  private list: BoardListState = {};
  private form?: NewForm;
  private shareFor?: string;
  private copied = '';

  constructor(host: IjaLeitfragenBoard, localize: LocalizeController, moderation: BoardModeration) {
    this.host = host;
    this.localize = localize;
    this.moderation = moderation;
  }

  private get m(): Messages {
    return this.localize.m;
  }

  private update(focus?: string): void {
    if (focus) this.host.focusIn(focus);
    this.host.requestUpdate();
  }

  render(panel: ManagePanel, board: Board): TemplateResult {
    if (panel === 'edit') return this.renderEdit(board);
    if (panel === 'share') {
      return html`${heading(this.host.headingAt(1), { class: 'panel-title', tabindex: -1 }, this.m.boardResults.manage.shareOf(board.title))}
        ${this.renderShare(board.id, board.title)}`;
    }
    return this.renderBoards(board);
  }

  // ---------------------------------------------------------------------------------------------
  // This board: title, questions, settings

  private editForm(board: Board): EditForm {
    if (this.edit && this.editFor === board.id) return this.edit;
    this.editFor = board.id;
    return (this.edit = {
      title: board.title,
      questions: board.questions.map((q) => ({
        id: q.id,
        text: q.text,
        hint: q.hint ?? '',
        ideas: board.cards.filter((card) => card.questionId === q.id).length,
      })),
      reveal: board.settings?.reveal ?? 'open',
      votes: String(board.settings?.votesPerPerson ?? DEFAULT_VOTES_PER_PERSON),
      locked: board.locked === true,
      errors: {},
    });
  }

  private renderEdit(board: Board): TemplateResult {
    const t = this.m.boardResults.manage;
    const form = this.editForm(board);
    const count = form.questions.length;
    const set = (change: Partial<EditForm>) => {
      Object.assign(form, change);
      this.update();
    };
    const error = (key: string) => (form.errors[key] ? html`<p id="error-${key}" class="error-text">${form.errors[key]}</p>` : nothing);
    const invalid = (key: string) => (form.errors[key] ? 'true' : 'false');
    const described = (key: string, more = '') => `${more}${form.errors[key] ? ` error-${key}` : ''}`.trim() || nothing;
    return html`${heading(this.host.headingAt(1), { class: 'panel-title', tabindex: -1 }, t.editHeading)}
      <form class="manage-form" novalidate @submit=${(event: Event) => (event.preventDefault(), void this.saveEdit(board, form))}>
        <label class="field" for="edit-title">${t.title}</label>
        <input
          id="edit-title"
          maxlength="200"
          .value=${form.title}
          aria-invalid=${invalid('title')}
          aria-describedby=${described('title')}
          @input=${(e: Event) => (form.title = (e.target as HTMLInputElement).value)}
        />
        ${error('title')}
        <fieldset>
          <legend>${t.questions}</legend>
          ${error('questions')}
          <ol class="question-editor">
            ${form.questions.map((q, i) => {
              const key = `q${i}`;
              return html`<li>
                <label class="field" for="edit-q-${i}">${t.question(i + 1)}</label>
                <textarea
                  id="edit-q-${i}"
                  rows="2"
                  maxlength="600"
                  .value=${q.text}
                  aria-invalid=${invalid(key)}
                  aria-describedby=${described(key)}
                  @input=${(e: Event) => (q.text = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${error(key)}
                <label class="field" for="edit-hint-${i}">${t.hint}</label>
                <textarea id="edit-hint-${i}" rows="2" maxlength="1000" .value=${q.hint} @input=${(e: Event) => (q.hint = (e.target as HTMLTextAreaElement).value)}></textarea>
                <div class="row">
                  <button type="button" class="icon-button move-up" aria-label=${t.moveUp(i + 1)} ?disabled=${i === 0} @click=${() => this.move(form, i, -1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" class="icon-button move-down" aria-label=${t.moveDown(i + 1)} ?disabled=${i === count - 1} @click=${() => this.move(form, i, 1)}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  ${q.ideas > 0
                    ? html`<span class="muted">${t.inUse(q.ideas)}</span>`
                    : html`<button type="button" class="link-button" ?disabled=${count <= 1} @click=${() => this.removeQuestion(form, i)}>${t.removeQuestion(i + 1)}</button>`}
                </div>
              </li>`;
            })}
          </ol>
          <button
            type="button"
            class="button secondary add-question"
            ?disabled=${count >= QUESTIONS_MAX}
            @click=${() => {
              form.questions.push({ id: newQuestionId(), text: '', hint: '', ideas: 0 });
              this.update(`#edit-q-${form.questions.length - 1}`);
            }}
          >
            ${t.addQuestion}
          </button>
        </fieldset>
        <fieldset>
          <legend>${t.reveal}</legend>
          ${(['open', 'moderated'] as const).map(
            (mode) => html`<label class="check">
              <input type="radio" name="reveal" .checked=${form.reveal === mode} @change=${() => set({ reveal: mode })} />
              ${mode === 'open' ? t.revealOpen : t.revealModerated}
            </label>`,
          )}
        </fieldset>
        <label class="field" for="edit-votes">${t.votesPerPerson}</label>
        <input
          id="edit-votes"
          class="votes-input"
          type="number"
          inputmode="numeric"
          min="1"
          max="20"
          .value=${form.votes}
          aria-invalid=${invalid('votes')}
          aria-describedby=${described('votes')}
          @input=${(e: Event) => (form.votes = (e.target as HTMLInputElement).value)}
        />
        ${error('votes')}
        <label class="check"><input type="checkbox" .checked=${form.locked} @change=${(e: Event) => set({ locked: (e.target as HTMLInputElement).checked })} /> ${t.locked}</label>
        ${form.failure ? html`<p class="error-text" role="alert">${form.failure}</p>` : nothing}
        <div class="row">
          <button type="submit" class="button" ?disabled=${form.busy}>${form.busy ? t.saving : t.save}</button>
          <button
            type="button"
            class="button secondary"
            @click=${() => {
              this.edit = undefined;
              this.moderation.closePanel();
            }}
          >
            ${t.cancel}
          </button>
        </div>
      </form>`;
  }

  private move(form: EditForm, index: number, by: -1 | 1): void {
    const [question] = form.questions.splice(index, 1);
    const to = index + by;
    form.questions.splice(to, 0, question!);
    // Focus stays on the moved question's button; at the end of the list, on its other one.
    const atEnd = to === 0 || to === form.questions.length - 1;
    const button = by === -1 ? (atEnd ? 'move-down' : 'move-up') : atEnd ? 'move-up' : 'move-down';
    this.update(`.question-editor > li:nth-child(${to + 1}) .${button}`);
  }

  private removeQuestion(form: EditForm, index: number): void {
    form.questions.splice(index, 1);
    this.update(`#edit-q-${Math.min(index, form.questions.length - 1)}`);
  }

  private validateEdit(form: EditForm): Record<string, string> {
    const e = this.m.boardResults.manage.errors;
    const errors: Record<string, string> = {};
    if (form.title.trim() === '') errors['title'] = e.title;
    if (form.questions.length === 0 || form.questions.length > QUESTIONS_MAX) errors['questions'] = e.noQuestions;
    form.questions.forEach((q, i) => {
      if (q.text.trim() === '') errors[`q${i}`] = e.question;
    });
    const votes = Number(form.votes);
    if (!Number.isInteger(votes) || votes < 1 || votes > 20) errors['votes'] = e.votes;
    return errors;
  }

  private async saveEdit(board: Board, form: EditForm): Promise<void> {
    form.errors = this.validateEdit(form);
    form.failure = undefined;
    const first = Object.keys(form.errors)[0];
    if (first) {
      this.update(first === 'title' ? '#edit-title' : first === 'votes' ? '#edit-votes' : first === 'questions' ? '.add-question' : `#edit-q-${first.slice(1)}`);
      return;
    }
    const questions: Question[] = form.questions.map((q) => ({ id: q.id, text: q.text.trim(), ...(q.hint.trim() ? { hint: q.hint.trim() } : {}) }));
    const definition: BoardDefinition = {
      id: board.id,
      title: form.title.trim(),
      questions,
      settings: { reveal: form.reveal, votesPerPerson: Number(form.votes) },
      locked: form.locked,
    };
    form.busy = true;
    this.update();
    try {
      if (this.host.live) {
        const { data } = await this.host.data.adapter.putBoard(definition);
        this.host.replaceBoard(data);
      } else {
        this.host.replaceBoard({ ...board, ...definition });
      }
      this.edit = undefined;
      this.moderation.notice = this.m.boardResults.manage.saved;
      this.host.announce(this.m.boardResults.manage.saved);
      this.moderation.closePanel();
    } catch (error) {
      form.busy = false;
      const code = error instanceof IjaAdapterError ? (error.details as { error?: string } | undefined)?.error : undefined;
      form.failure = code === 'question-in-use' ? this.m.boardResults.manage.errors.inUse : describeError(error, this.m);
      this.host.data.reportError(error, 'save-board');
      this.update();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The site's boards

  private load(): void {
    this.list = { ...this.list, loading: true, error: undefined };
    this.host.data.adapter.listBoards().then(
      ({ boards }) => {
        this.list = { boards };
        this.update();
      },
      (error: unknown) => {
        this.list = { boards: this.list.boards, error: describeError(error, this.m) };
        this.update();
      },
    );
  }

  private renderBoards(current: Board): TemplateResult {
    const t = this.m.boardResults.manage;
    if (!this.list.boards && !this.list.loading && !this.list.error) this.load();
    const boards = this.list.boards ?? [];
    return html`${heading(this.host.headingAt(1), { class: 'panel-title', tabindex: -1 }, t.heading)}
      ${this.list.error
        ? html`<p class="error-text" role="alert">${t.listFailed} ${this.list.error}</p>
            <button type="button" class="button secondary" @click=${() => this.load()}>${this.m.common.retry}</button>`
        : nothing}
      ${this.list.loading && !this.list.boards ? html`<p role="status">${this.m.common.loading}</p>` : nothing}
      <ul class="board-list">
        ${boards.map((summary) => this.renderSummary(summary, current))}
      </ul>
      ${this.form && !this.form.source
        ? this.renderNewForm(this.form)
        : html`<button type="button" class="button secondary new-board" @click=${() => this.startNew()}>${t.newBoard}</button>`}`;
  }

  private renderSummary(summary: BoardSummary, current: Board): TemplateResult {
    const t = this.m.boardResults.manage;
    const isCurrent = summary.id === current.id;
    const sharing = this.shareFor === summary.id;
    return html`<li class="board-item" data-board=${summary.id}>
      <p class="board-name" tabindex="-1"><strong>${summary.title}</strong> ${isCurrent ? html`<span class="tag">${t.current}</span>` : nothing}</p>
      <p class="muted">${t.summary(summary.questions, summary.ideas)} · ${summary.id}</p>
      <div class="row">
        ${isCurrent
          ? nothing
          : html`<button type="button" class="button secondary" aria-label=${t.open(summary.title)} @click=${() => this.open(summary.id)}>${t.openShort}</button>`}
        <button type="button" class="button secondary duplicate" aria-label=${t.duplicate(summary.title)} @click=${() => this.startNew(summary)}>${t.duplicateShort}</button>
        <button
          type="button"
          class="button secondary"
          aria-label=${t.shareOf(summary.title)}
          aria-expanded=${sharing ? 'true' : 'false'}
          @click=${() => {
            this.shareFor = sharing ? undefined : summary.id;
            this.update();
          }}
        >
          ${t.share}
        </button>
      </div>
      ${sharing ? this.renderShare(summary.id, summary.title) : nothing}
      ${this.form?.source?.id === summary.id ? this.renderNewForm(this.form) : nothing}
    </li>`;
  }

  private open(id: string): void {
    this.host.boardId = id;
    this.edit = undefined;
    this.moderation.closePanel();
  }

  private startNew(source?: BoardSummary): void {
    const t = this.m.boardResults.manage;
    const title = source ? t.copyTitle(source.title) : '';
    this.form = { source, title, id: source ? this.freeId(slugOf(title)) : '', idEdited: false, from: 'defaults', own: '', errors: {} };
    this.update('#new-title');
  }

  /** An id no board of the list has yet ("gruppe-2", "gruppe-2-2", …). */
  private freeId(base: string): string {
    const taken = new Set((this.list.boards ?? []).map((b) => b.id));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private renderNewForm(form: NewForm): TemplateResult {
    const t = this.m.boardResults.manage;
    const error = (key: string) => (form.errors[key] ? html`<p id="new-error-${key}" class="error-text">${form.errors[key]}</p>` : nothing);
    return html`<form class="manage-form new-form" novalidate aria-labelledby="new-heading" @submit=${(e: Event) => (e.preventDefault(), void this.create(form))}>
      ${heading(this.host.headingAt(2), { id: 'new-heading' }, form.source ? t.duplicateHeading(form.source.title) : t.newBoard)}
      <label class="field" for="new-title">${t.title}</label>
      <input
        id="new-title"
        maxlength="200"
        .value=${form.title}
        aria-invalid=${form.errors['title'] ? 'true' : 'false'}
        aria-describedby=${form.errors['title'] ? 'new-error-title' : nothing}
        @input=${(e: Event) => {
          form.title = (e.target as HTMLInputElement).value;
          if (!form.idEdited) form.id = slugOf(form.title);
          this.update();
        }}
      />
      ${error('title')}
      <label class="field" for="new-id">${t.id}</label>
      <input
        id="new-id"
        maxlength=${ID_LENGTH}
        autocapitalize="off"
        spellcheck="false"
        .value=${form.id}
        aria-invalid=${form.errors['id'] ? 'true' : 'false'}
        aria-describedby="new-id-hint${form.errors['id'] ? ' new-error-id' : ''}"
        @input=${(e: Event) => {
          form.id = (e.target as HTMLInputElement).value;
          form.idEdited = true;
        }}
      />
      <p id="new-id-hint" class="muted">${t.idHint}</p>
      ${error('id')}
      ${form.source
        ? nothing
        : html`<fieldset>
            <legend>${t.questionsFrom}</legend>
            ${(['defaults', 'own'] as const).map(
              (from) => html`<label class="check">
                <input
                  type="radio"
                  name="from"
                  .checked=${form.from === from}
                  @change=${() => {
                    form.from = from;
                    this.update();
                  }}
                />
                ${from === 'defaults' ? t.fromDefaults : t.fromOwn}
              </label>`,
            )}
            ${form.from === 'own'
              ? html`<label class="field" for="new-questions">${t.ownQuestions}</label>
                  <textarea
                    id="new-questions"
                    rows="5"
                    .value=${form.own}
                    aria-invalid=${form.errors['own'] ? 'true' : 'false'}
                    aria-describedby=${form.errors['own'] ? 'new-error-own' : nothing}
                    @input=${(e: Event) => (form.own = (e.target as HTMLTextAreaElement).value)}
                  ></textarea>
                  ${error('own')}`
              : nothing}
          </fieldset>`}
      ${form.failure ? html`<p class="error-text" role="alert">${form.failure}</p>` : nothing}
      <div class="row">
        <button type="submit" class="button" ?disabled=${form.busy}>${form.busy ? t.saving : t.create}</button>
        <button
          type="button"
          class="button secondary"
          @click=${() => {
            const source = form.source;
            this.form = undefined;
            this.update(source ? `[data-board="${CSS.escape(source.id)}"] .duplicate` : '.new-board');
          }}
        >
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }

  private async create(form: NewForm): Promise<void> {
    const e = this.m.boardResults.manage.errors;
    const id = form.id.trim();
    const own = form.own
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    form.errors = {};
    if (form.title.trim() === '') form.errors['title'] = e.title;
    if (!ID_PATTERN.test(id) || id.length > ID_LENGTH) form.errors['id'] = e.id;
    else if ((this.list.boards ?? []).some((b) => b.id === id)) form.errors['id'] = e.idTaken;
    if (!form.source && form.from === 'own' && (own.length === 0 || own.length > QUESTIONS_MAX || own.some((q) => q.length > 600))) {
      form.errors['own'] = e.noQuestions;
    }
    form.failure = undefined;
    const first = Object.keys(form.errors)[0];
    if (first) {
      this.update(first === 'own' ? '#new-questions' : `#new-${first}`);
      return;
    }
    form.busy = true;
    this.update();
    try {
      let definition: BoardDefinition;
      if (form.source) {
        // The source's questions and settings as the moderator sees them; its ideas stay where they are.
        const { data: source } = await this.host.data.adapter.getBoard(form.source.id);
        definition = { id, title: form.title.trim(), questions: source.questions, ...(source.settings ? { settings: source.settings } : {}), locked: false };
      } else {
        const questions = form.from === 'own' ? own.map((text, i) => ({ id: `frage-${i + 1}`, text })) : DEFAULT_BOARD.questions;
        definition = { id, title: form.title.trim(), questions };
      }
      await this.host.data.adapter.putBoard(definition);
      const message = this.m.boardResults.manage.created(definition.title);
      this.form = undefined;
      this.shareFor = id;
      this.moderation.notice = message;
      this.host.announce(message);
      this.list = { ...this.list, boards: [...(this.list.boards ?? []), { id, title: definition.title, questions: definition.questions.length, ideas: 0 }] };
      this.load();
      this.update(`[data-board="${CSS.escape(id)}"] .board-name`);
    } catch (error) {
      form.busy = false;
      form.failure = describeError(error, this.m);
      this.host.data.reportError(error, 'save-board');
      this.update();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Join link and QR code

  private renderShare(boardId: string, title: string): TemplateResult {
    const t = this.m.boardResults.manage;
    const link = joinLink(this.host.joinUrl, boardId);
    const id = `join-${boardId}`;
    return html`<div class="share">
      <div class="share-link">
        <label class="field" for=${id}>${t.joinLink}</label>
        <input id=${id} class="join-link" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <div class="row">
          <button type="button" class="button secondary" @click=${() => void this.copy(link, id)}>${t.copy}</button>
          <span role="status" class="success-text">${this.copied === id ? t.copied : ''}</span>
        </div>
      </div>
      ${renderOnDemand(this.m, this.host, qrCode, (qr) => qr.renderQr(link, t.qr(title)))}
    </div>`;
  }

  private async copy(link: string, id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = id;
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is selected to copy by hand.
      this.host.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)?.select();
    }
    this.update();
  }
}

export const manageStyles = css`
  .manage-form {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    max-inline-size: 44rem;
  }
  .manage-form fieldset {
    margin: 0.5rem 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .manage-form legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .manage-form input:not([type='radio'], [type='checkbox']),
  .manage-form textarea {
    inline-size: 100%;
  }
  .manage-form .votes-input {
    inline-size: 6rem;
  }
  .question-editor {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .question-editor > li {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .board-list {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .board-item {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .share-link {
    flex: 1 1 16rem;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    min-inline-size: 0;
  }
  .join-link {
    inline-size: 100%;
  }
  .qr {
    inline-size: min(12rem, 100%);
    block-size: auto;
    forced-color-adjust: none;
  }
`;
