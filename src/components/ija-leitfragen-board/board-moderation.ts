import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { boardResultsMessages } from '../../core/i18n/messages/board-results.js';
import { describeError } from '../../core/i18n/describe-error.js';
import type { LocalizeController } from '../../core/i18n/localize-controller.js';
import { IjaAdapterError } from '../../core/errors.js';
import { onDemand } from '../../core/on-demand.js';
import type { Board, Card } from '../../core/schemas/board.js';
import type { Plan } from '../../core/schemas/plan.js';
import { addStyles } from '../../base/add-styles.js';
import { renderOnDemand } from '../../base/states.js';
import { applyEvent, cardsOf, findCard, removeCard, upsertCard } from './board-state.js';
import type { CardMenus } from './board-cards.js';
import { dialogStyles } from './board-dialog.styles.js';
import { short } from './board-card.js';
import type { BoardManager, ManagePanel } from './board-manage.js';
import type { IjaLeitfragenBoard } from './ija-leitfragen-board.component.js';

registerBuiltInMessages('boardResults', boardResultsMessages);

/** Editing boards, the list of boards, join links and QR codes: loaded when the moderator first opens one of them. */
const manageCode = onDemand(() => import('./board-manage.js'));

/** Where a key insight goes as a plan step: the plan (loaded when asked) and the point chosen. */
interface ToPlan {
  cardId: string;
  plan?: Plan;
  loadError?: string;
  pointId?: string;
  busy?: boolean;
  error?: string;
  /** What gets focus when the dialog closes. */
  returnTo: string;
}

/** Merges a card into another on this device: votes add up, its text (and what was merged into it) stays with the target. */
export function mergeCards(board: Board, cardId: string, into: string): Board {
  const card = findCard(board, cardId);
  const target = findCard(board, into);
  if (!card || !target) return board;
  const merged = [...(target.merged ?? []), { id: card.id, text: card.text }, ...(card.merged ?? [])];
  return removeCard(upsertCard(board, { ...target, votes: target.votes + card.votes, merged }), cardId);
}

const isRefusedKey = (error: unknown) => error instanceof IjaAdapterError && (error.status === 401 || error.status === 403);

/**
 * The moderator's tools on `<ija-leitfragen-board moderator>`: the toolbar (views, reveal, lock,
 * edit, boards, join link, clear all), one compact menu per idea (key insight, hide, merge, into the
 * plan, delete), the merge and plan dialogs. Every destructive action asks first; focus always
 * lands on something that is there.
 */
export class BoardModeration {
  private readonly host: IjaLeitfragenBoard;
  private readonly localize: LocalizeController;
  private openMenu?: string;
  private confirmDelete?: string;
  private confirmClear = false;
  private merge?: { cardId: string; into?: string };
  private toPlan?: ToPlan;
  private panel?: ManagePanel;
  private manager?: BoardManager;
  /** A success to show (and announce), e.g. after a step went into the plan. */
  notice = '';

  constructor(host: IjaLeitfragenBoard, localize: LocalizeController) {
    this.host = host;
    this.localize = localize;
    addStyles(host, dialogStyles);
  }

  private get m(): Messages {
    return this.localize.m;
  }

  private update(focus?: string): void {
    if (focus) this.host.focusIn(focus);
    this.host.requestUpdate();
  }

  /** The page's adapter as the moderator: failures with a refused key say so. */
  private run<T>(remote: () => Promise<T>, local: (board: Board, result?: T) => Board): Promise<boolean> {
    const refused = this.m.boardResults.moderator.keyRefused;
    return this.host.moderate('moderate-board', remote, local, (error) => (isRefusedKey(error) ? refused : describeError(error, this.m)));
  }

  private say(text: string): void {
    this.notice = text;
    this.host.announce(text);
    this.update();
  }

  /** Closes the panel of the board manager, focus back on its button. */
  closePanel(): void {
    const panel = this.panel;
    this.panel = undefined;
    this.update(panel ? `.toolbar [data-panel="${panel}"]` : undefined);
  }

  renderToolbar(board: Board): TemplateResult {
    const r = this.m.boardResults;
    const mod = r.moderator;
    const manage = r.manage;
    const panelButton = (panel: ManagePanel, label: string) =>
      html`<button
        type="button"
        class="button secondary"
        data-panel=${panel}
        aria-expanded=${this.panel === panel ? 'true' : 'false'}
        aria-controls="board-panel"
        @click=${() => {
          this.panel = this.panel === panel ? undefined : panel;
          this.notice = '';
          this.update(this.panel ? '#board-panel .panel-title' : undefined);
        }}
      >
        ${label}
      </button>`;
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${mod.toolbar}>
        ${(['board', 'presentation', 'results'] as const).map(
          (view) =>
            html`<button
              type="button"
              class="button secondary"
              aria-pressed=${this.host.view === view ? 'true' : 'false'}
              @click=${() => {
                this.host.showView(view);
                // The toolbar is not part of the presentation: focus goes into it.
                if (view === 'presentation') this.host.focusIn('.presentation');
              }}
            >
              ${r.views[view]}
            </button>`,
        )}
        ${board.settings?.reveal === 'moderated' && !board.revealed
          ? html`<button type="button" class="button" @click=${() => void this.changeBoard(board, { revealed: true })}>${mod.reveal}</button>`
          : nothing}
        <button type="button" class="button secondary" @click=${() => void this.changeBoard(board, { locked: !board.locked })}>
          ${board.locked ? mod.unlock : mod.lock}
        </button>
        ${panelButton('edit', manage.edit)} ${this.host.live ? panelButton('boards', manage.boards) : nothing}
        ${this.host.live || this.host.joinUrl ? panelButton('share', manage.share) : nothing}
        ${this.confirmClear
          ? html`<div class="row confirm" role="group" aria-labelledby="clear-question">
              <p id="clear-question">${mod.clearConfirm}</p>
              <button type="button" class="button danger" @click=${() => void this.clearAll(board)}>${mod.yesClear}</button>
              <button
                type="button"
                class="button secondary clear-cancel"
                @click=${() => {
                  this.confirmClear = false;
                  this.update('.clear-all');
                }}
              >
                ${this.m.board.cancel}
              </button>
            </div>`
          : html`<button
              type="button"
              class="button secondary clear-all"
              @click=${() => {
                this.confirmClear = true;
                this.update('.clear-cancel');
              }}
            >
              ${mod.clear}
            </button>`}
      </div>
      ${this.notice ? html`<p class="success-text">${this.notice}</p>` : nothing}
      ${this.panel
        ? html`<div id="board-panel" class="board-panel">
            ${renderOnDemand(this.m, this.host, manageCode, (code) => {
              addStyles(this.host, code.manageStyles);
              return (this.manager ??= new code.BoardManager(this.host, this.localize, this)).render(this.panel!, board);
            })}
          </div>`
        : nothing}`;
  }

  /** The menus of one question's ideas. */
  cardMenus(board: Board, sameQuestion: readonly Card[]): CardMenus {
    return {
      render: (card) => this.renderCardMenu(board, card, sameQuestion),
      state: (card) => (this.openMenu !== card.id ? undefined : this.confirmDelete === card.id ? 'confirm' : 'open'),
    };
  }

  /** The idea's menu button and, when open, its list of actions (or the question before deleting). */
  private renderCardMenu(board: Board, card: Card, sameQuestion: readonly Card[]): { toggle: TemplateResult; panel: TemplateResult | typeof nothing } {
    const mod = this.m.boardResults.moderator;
    const label = short(card.text);
    const open = this.openMenu === card.id;
    const id = `menu-${card.id}`;
    const toggleSelector = `[data-id="${CSS.escape(card.id)}"] .menu-toggle`;
    const close = () => {
      this.openMenu = undefined;
      this.confirmDelete = undefined;
      this.update(toggleSelector);
    };
    const act = (action: () => Promise<unknown> | void) => () => {
      this.openMenu = undefined;
      void action();
      this.update(toggleSelector);
    };
    const toggle = html`<button
      type="button"
      class="link-button menu-toggle"
      aria-label=${mod.actions(label)}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${() => {
        this.openMenu = open ? undefined : card.id;
        this.confirmDelete = undefined;
        this.update();
      }}
    >
      <span aria-hidden="true">⋮</span> ${mod.actionsShort}
    </button>`;
    if (!open) return { toggle, panel: nothing };
    const targets = sameQuestion.filter((other) => other.id !== card.id);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    };
    const panel =
      this.confirmDelete === card.id
        ? html`<div id=${id} class="menu confirm" role="group" aria-labelledby="delete-${card.id}" @keydown=${onKey}>
            <p id="delete-${card.id}">${mod.removeConfirm(label)}</p>
            <div class="row">
              <button type="button" class="button danger" @click=${() => void this.deleteCard(board, card, sameQuestion)}>${mod.yesRemove}</button>
              <button type="button" class="button secondary delete-cancel" @click=${close}>${this.m.board.cancel}</button>
            </div>
          </div>`
        : html`<ul id=${id} class="menu" @keydown=${onKey}>
            <li>
              <button type="button" class="menu-item" @click=${act(() => this.moderateCard(board, card, { insight: !card.insight }))}>
                ${card.insight ? mod.unmarkInsight : mod.markInsight}
              </button>
            </li>
            <li>
              <button type="button" class="menu-item" @click=${act(() => this.moderateCard(board, card, { hidden: !card.hidden }))}>
                ${card.hidden ? mod.show : mod.hide}
              </button>
            </li>
            ${targets.length > 0
              ? html`<li>
                  <button
                    type="button"
                    class="menu-item"
                    @click=${() => {
                      this.openMenu = undefined;
                      this.merge = { cardId: card.id };
                      this.update();
                    }}
                  >
                    ${mod.mergeInto}
                  </button>
                </li>`
              : nothing}
            ${this.canPlan(card)
              ? html`<li>
                  <button type="button" class="menu-item" @click=${() => this.openPlanDialog(card, toggleSelector)}>${mod.toPlan}</button>
                </li>`
              : nothing}
            <li>
              <button
                type="button"
                class="menu-item danger-text"
                @click=${() => {
                  this.confirmDelete = card.id;
                  this.update(`#${CSS.escape(id)} .delete-cancel`);
                }}
              >
                ${mod.remove}
              </button>
            </li>
          </ul>`;
    return { toggle, panel };
  }

  /** In the results: a key insight's button that makes it a step of the plan. */
  insightAction(_board: Board): ((card: Card) => TemplateResult | typeof nothing) | undefined {
    if (!this.host.planId || !this.host.live) return undefined;
    const mod = this.m.boardResults.moderator;
    return (card) =>
      this.canPlan(card)
        ? html`<button
            type="button"
            class="link-button to-plan"
            data-card=${card.id}
            aria-label="${mod.toPlan} ${short(card.text)}"
            @click=${() => this.openPlanDialog(card, `.to-plan[data-card="${CSS.escape(card.id)}"]`)}
          >
            ${mod.toPlan}
          </button>`
        : nothing;
  }

  private canPlan(card: Card): boolean {
    return card.insight === true && !!this.host.planId && this.host.live;
  }

  renderDialogs(board: Board): TemplateResult | typeof nothing {
    if (this.merge) return this.renderMerge(board, this.merge);
    if (this.toPlan) return this.renderToPlan(board, this.toPlan);
    return nothing;
  }

  private renderMerge(board: Board, merge: { cardId: string; into?: string }): TemplateResult | typeof nothing {
    const mod = this.m.boardResults.moderator;
    const card = findCard(board, merge.cardId);
    if (!card) return nothing;
    const targets = cardsOf(board, card.questionId).filter((c) => c.id !== card.id);
    const done = (focus: string) => {
      this.merge = undefined;
      this.update(focus);
    };
    const cardToggle = `[data-id="${CSS.escape(card.id)}"] .menu-toggle`;
    return html`<dialog class="board-dialog" aria-labelledby="dialog-title" @close=${() => this.merge && done(cardToggle)}>
      ${heading(this.host.headingAt(1), { id: 'dialog-title' }, mod.mergeTitle)}
      <fieldset>
        <legend>${mod.mergeChoose(short(card.text))}</legend>
        ${targets.length === 0 ? html`<p>${mod.noMergeTarget}</p>` : nothing}
        ${targets.map(
          (target) => html`<label class="check choice">
            <input
              type="radio"
              name="into"
              value=${target.id}
              .checked=${merge.into === target.id}
              @change=${() => {
                this.merge = { ...merge, into: target.id };
                this.update();
              }}
            />
            <span>${target.text}</span>
          </label>`,
        )}
      </fieldset>
      <p class="muted">${mod.mergeExplain}</p>
      <div class="row">
        <button
          type="button"
          class="button"
          ?disabled=${!merge.into}
          @click=${async () => {
            const into = merge.into!;
            this.merge = undefined;
            this.update();
            const ok = await this.run(
              () => this.host.data.adapter.mergeCard(board.id, card.id, into),
              (b, result) => (result ? removeCard(upsertCard(b, result), card.id) : mergeCards(b, card.id, into)),
            );
            if (ok) this.host.announce(mod.merged);
            this.update(ok ? `[data-id="${CSS.escape(into)}"] .menu-toggle` : cardToggle);
          }}
        >
          ${mod.mergeConfirm}
        </button>
        <button type="button" class="button secondary" @click=${() => done(cardToggle)}>${this.m.board.cancel}</button>
      </div>
    </dialog>`;
  }

  private openPlanDialog(card: Card, returnTo: string): void {
    this.openMenu = undefined;
    const state: ToPlan = { cardId: card.id, returnTo };
    this.toPlan = state;
    this.notice = '';
    this.update();
    this.host.data.adapter.getPlan(this.host.planId!).then(
      ({ data }) => {
        state.plan = data;
        state.pointId = data.points[0]?.id;
        this.update();
      },
      (error: unknown) => {
        state.loadError = describeError(error, this.m);
        this.update();
      },
    );
  }

  private renderToPlan(board: Board, state: ToPlan): TemplateResult | typeof nothing {
    const mod = this.m.boardResults.moderator;
    const card = findCard(board, state.cardId);
    const close = () => {
      this.toPlan = undefined;
      this.update(state.returnTo);
    };
    if (!card) return nothing;
    return html`<dialog class="board-dialog" aria-labelledby="dialog-title" @close=${() => this.toPlan && close()}>
      ${heading(this.host.headingAt(1), { id: 'dialog-title' }, mod.toPlanTitle)}
      <p class="quote">${card.text}</p>
      ${state.plan
        ? html`<fieldset>
            <legend>${mod.toPlanChoose}</legend>
            ${state.plan.points.map(
              (point) => html`<label class="check choice">
                <input
                  type="radio"
                  name="point"
                  value=${point.id}
                  .checked=${state.pointId === point.id}
                  @change=${() => {
                    state.pointId = point.id;
                    this.update();
                  }}
                />
                <span>${point.title}</span>
              </label>`,
            )}
          </fieldset>`
        : state.loadError
          ? html`<p class="error-text" role="alert">${state.loadError}</p>`
          : html`<p role="status">${mod.planLoading}</p>`}
      ${state.error ? html`<p class="error-text" role="alert">${state.error}</p>` : nothing}
      <div class="row">
        <button type="button" class="button" ?disabled=${!state.pointId || state.busy} @click=${() => void this.addStep(board, card, state)}>
          ${mod.toPlanConfirm}
        </button>
        <button type="button" class="button secondary" @click=${close}>${this.m.board.cancel}</button>
      </div>
    </dialog>`;
  }

  private async addStep(board: Board, card: Card, state: ToPlan): Promise<void> {
    const point = state.plan?.points.find((p) => p.id === state.pointId);
    if (!point) return;
    state.busy = true;
    state.error = undefined;
    this.update();
    try {
      await this.host.data.adapter.addPlanStep(this.host.planId!, point.id, {
        id: crypto.randomUUID(),
        text: card.text,
        source: { boardId: board.id, cardId: card.id, text: card.text },
      });
      this.toPlan = undefined;
      this.say(this.m.boardResults.moderator.toPlanDone(point.title));
      this.update(state.returnTo);
    } catch (error) {
      state.busy = false;
      state.error = isRefusedKey(error) ? this.m.boardResults.moderator.keyRefused : describeError(error, this.m);
      this.host.data.reportError(error, 'save-plan');
      this.update();
    }
  }

  private moderateCard(board: Board, card: Card, patch: { hidden?: boolean; insight?: boolean }): Promise<boolean> {
    return this.run(
      () => this.host.data.adapter.updateCard(board.id, card.id, patch),
      (b, result) => upsertCard(b, result ?? { ...card, ...patch }),
    );
  }

  private async deleteCard(board: Board, card: Card, sameQuestion: readonly Card[]): Promise<void> {
    this.openMenu = undefined;
    this.confirmDelete = undefined;
    const index = sameQuestion.findIndex((c) => c.id === card.id);
    const next = sameQuestion[index + 1] ?? sameQuestion[index - 1];
    const ok = await this.run(
      () => this.host.data.adapter.deleteCard(board.id, card.id),
      (b) => removeCard(b, card.id),
    );
    this.update(
      ok
        ? next
          ? `[data-id="${CSS.escape(next.id)}"] .menu-toggle`
          : `#q-${CSS.escape(card.questionId)}`
        : `[data-id="${CSS.escape(card.id)}"] .menu-toggle`,
    );
  }

  private changeBoard(board: Board, patch: { locked?: boolean; revealed?: boolean }): Promise<boolean> {
    return this.run(
      () => this.host.data.adapter.updateBoard(board.id, patch),
      (b, result) => (result ? applyEvent(b, { type: 'board-updated', board: result.data }) : { ...b, ...patch }),
    );
  }

  private async clearAll(board: Board): Promise<void> {
    this.confirmClear = false;
    await this.run(
      () => this.host.data.adapter.clearBoard(board.id),
      (b) => ({ ...b, cards: [] }),
    );
    this.update('.clear-all');
  }
}

/** The moderator's parts: the menus open below their idea; the dialogs' choices (the dialogs themselves: `board-dialog.styles.ts`). */
export const moderationStyles = css`
  .menu {
    list-style: none;
    margin: 0;
    padding: 0.35rem;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .menu-item {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.35rem 0.6rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:hover {
    background: var(--_surface-alt);
  }
  .danger-text {
    color: var(--_danger);
  }
  .menu-toggle {
    margin-inline-start: auto;
    text-decoration: none;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
  }
  .confirm p {
    font-weight: 600;
  }
  .success-text {
    color: var(--_success);
    font-weight: 600;
  }
  .board-dialog fieldset {
    margin: 0.75rem 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .board-dialog legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block: 0.35rem;
  }
  .choice input {
    margin-block-start: 0.2rem;
  }
  .quote {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.3rem solid var(--_primary);
  }
  .board-panel {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .menu {
      border-color: CanvasText;
    }
    .menu-item:hover,
    .menu-item:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
