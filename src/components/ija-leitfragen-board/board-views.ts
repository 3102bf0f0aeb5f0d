import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import { heading } from '../../base/heading.js';
import type { Board, Card } from '../../core/schemas/board.js';
import { downloadFile } from '../../base/download.js';
import { renderOnDemand } from '../../base/states.js';
import { onDemand } from '../../core/on-demand.js';
import type { ReactiveControllerHost } from 'lit';
import { cardsOf } from './board-state.js';
import { boardToCsv, boardToJson, boardToMarkdown, resultOrder, type ExportLabels } from './board-export.js';
import { joinLink } from './board-join.js';
import { renderMerged } from './board-card.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { boardResultsMessages } from '../../core/i18n/messages/board-results.js';

registerBuiltInMessages('boardResults', boardResultsMessages);

/** The QR encoder, when the presentation first shows the join link. */
const qrCode = onDemand(() => import('./board-qr.js'));

/** The board's presentation (one question, large, for a projector) and results (with export): loaded when first shown. */

export interface ViewOptions {
  host: ReactiveControllerHost & HTMLElement;
  /** The level of the view's headings (one below the board's title). */
  headingLevel: number;
  questionIndex: number;
  onShowQuestion(index: number): void;
  /** The presentation is the view shown now. */
  presenting(): boolean;
  /** Focuses an element of the widget once it is rendered. */
  focus(selector: string): void;
  /** Back to the board (the moderator's way out of the presentation). */
  onBack?: () => void;
  /** The site's join page (`{board}` placeholder); `undefined`: this page; `null`: no join link (a board on this device only). */
  joinUrl: string | undefined | null;
  moderator: boolean;
  /** The moderator's action on a key insight (into the plan). */
  insightAction?: (card: Card) => TemplateResult | typeof nothing;
  /** Date and time in the widget's language, for the export's "exported at". */
  formatDate(date: Date): string;
}

/** Each widget's latest options, for its key and full-screen listeners (added once, with the presentation's code). */
const latest = new WeakMap<HTMLElement, { o: ViewOptions; count: number }>();

function listen(o: ViewOptions, count: number): void {
  const host = o.host;
  const first = !latest.has(host);
  latest.set(host, { o, count });
  if (!first) return;
  // Arrow keys and a clicker's Page Up / Page Down change the question (not while typing).
  host.addEventListener('keydown', (event) => {
    const { o, count } = latest.get(host)!;
    const origin = event.composedPath()[0] as Element;
    // Browsers leave full screen on Escape themselves; where they pass the key on (kiosk, headless), so does this.
    if (event.key === 'Escape' && document.fullscreenElement === host) void document.exitFullscreen();
    if (!o.presenting() || event.altKey || event.ctrlKey || event.metaKey || origin.matches?.('input, textarea, select')) return;
    const rtl = host.matches(':dir(rtl)');
    const step = { PageDown: 1, PageUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    o.onShowQuestion(Math.max(0, Math.min(count - 1, o.questionIndex + step)));
  });
  // In full screen focus goes into the presentation (its keys work); back out, onto the button.
  host.addEventListener('fullscreenchange', () => {
    const { o } = latest.get(host)!;
    host.requestUpdate();
    o.focus(document.fullscreenElement === host ? '.presentation' : '.fullscreen-button');
  });
}

function toggleFullscreen(host: HTMLElement): void {
  void (document.fullscreenElement === host ? document.exitFullscreen() : host.requestFullscreen()).catch(() => undefined);
}

export function renderPresentation(m: Messages, board: Board, o: ViewOptions): TemplateResult {
  const p = m.boardResults.present;
  const count = board.questions.length;
  const fullscreen = document.fullscreenElement === o.host;
  listen(o, count);
  const index = Math.min(o.questionIndex, Math.max(0, count - 1));
  const question = board.questions[index];
  const cards = question ? resultOrder(cardsOf(board, question.id)) : [];
  // On a projector, ideas stay covered until the moderator reveals them (the moderator's own view shows them).
  const covered = board.settings?.reveal === 'moderated' && !board.revealed;
  const link = o.joinUrl === null ? undefined : joinLink(o.joinUrl, board.id);
  return html`<div class="presentation" tabindex="-1" aria-labelledby="presentation-question">
    <div class="presentation-main">
      <p class="presentation-count">${m.board.questionOf(index + 1, count)}</p>
      ${heading(o.headingLevel, { id: 'presentation-question', class: `presentation-question ${(question?.text.length ?? 0) > 100 ? 'long' : ''}` }, question?.text ?? '')}
      ${covered
        ? html`<p class="presentation-covered">${p.notRevealed(cards.length)}</p>`
        : cards.length === 0
          ? html`<p class="muted">${m.board.noIdeas}</p>`
          : // Many ideas: smaller type, so more of them fit on one screen.
            html`<ol class="presentation-cards ${cards.length > 12 ? 'dense' : cards.length > 6 ? 'many' : ''}">
              ${cards.map(
                (card) => html`<li class=${card.insight ? 'insight' : ''}>
                  ${card.insight ? html`<span class="insight-tag">★ ${m.board.insight}</span>` : nothing}
                  <span class="card-text">${card.text}</span>
                  ${renderMerged(m, card)}
                  <span class="vote-count">${m.board.votes(card.votes)}</span>
                </li>`,
              )}
            </ol>`}
    </div>
    ${link
      ? html`<aside class="presentation-join">
          <p><strong>${p.join}</strong> <span class="join-url">${link}</span></p>
          ${renderOnDemand(m, o.host, qrCode, (qr) => qr.renderQr(link, m.boardResults.manage.qr(board.title)))}
        </aside>`
      : nothing}
    <div class="row presentation-controls">
      <button type="button" class="button secondary" ?disabled=${index === 0} @click=${() => o.onShowQuestion(index - 1)}>${m.board.previous}</button>
      <button type="button" class="button secondary" ?disabled=${index >= count - 1} @click=${() => o.onShowQuestion(index + 1)}>${m.board.next}</button>
      ${document.fullscreenEnabled
        ? html`<button type="button" class="button secondary fullscreen-button" @click=${() => toggleFullscreen(o.host)}>
            ${fullscreen ? p.exitFullscreen : m.board.fullscreen}
          </button>`
        : nothing}
      ${o.onBack && !fullscreen ? html`<button type="button" class="button secondary" @click=${o.onBack}>${p.back}</button>` : nothing}
      <p class="muted presentation-keys">${p.keys}</p>
    </div>
  </div>`;
}

export function renderResults(m: Messages, board: Board, o: ViewOptions): TemplateResult {
  const r = m.boardResults;
  const insights = board.cards.filter((card) => card.insight && !card.hidden);
  const merged = (card: Card) => renderMerged(m, card);
  return html`<div class="results" part="results">
    ${heading(o.headingLevel, {}, r.insights)}
    ${insights.length === 0
      ? html`<p class="muted">${r.noInsights}</p>`
      : html`<ul class="insights">
          ${insights.map(
            (card) =>
              html`<li>
                <strong>${card.text}</strong> <span class="muted">(${board.questions.find((q) => q.id === card.questionId)?.text})</span>
                ${merged(card)} ${o.insightAction?.(card) ?? nothing}
              </li>`,
          )}
        </ul>`}
    ${board.questions.map(
      (question) => html`${heading(o.headingLevel, {}, question.text)}
        <ol>
          ${resultOrder(cardsOf(board, question.id)).map(
            (card) => html`<li>${card.text} <span class="muted">(${m.board.votes(card.votes)})</span>${merged(card)}</li>`,
          )}
        </ol>`,
    )}
    <div class="row export">
      <button type="button" class="button" @click=${() => exportResults(m, board, 'md', o)}>${r.exportMarkdown}</button>
      <button type="button" class="button secondary" @click=${() => exportResults(m, board, 'csv', o)}>${r.exportCsv}</button>
      <button type="button" class="button secondary" @click=${() => exportResults(m, board, 'json', o)}>${r.exportJson}</button>
      <button type="button" class="button secondary" @click=${() => window.print()}>${r.print}</button>
    </div>
  </div>`;
}

function exportLabels(m: Messages, board: Board, o: ViewOptions): ExportLabels {
  const r = m.boardResults;
  return {
    title: board.title,
    question: r.question,
    idea: r.idea,
    votes: r.votes,
    voteCount: m.board.votes,
    insight: r.insight,
    yes: r.yes,
    merged: r.merged,
    insightsHeading: r.insights,
    exportedAt: (date) => r.exportedAt(o.formatDate(new Date(date))),
  };
}

function exportResults(m: Messages, board: Board, format: 'md' | 'csv' | 'json', o: ViewOptions): void {
  const labels = exportLabels(m, board, o);
  const now = new Date();
  if (format === 'md') downloadFile(`${board.id}.md`, boardToMarkdown(board, labels, now), 'text/markdown;charset=utf-8');
  else if (format === 'csv') downloadFile(`${board.id}.csv`, boardToCsv(board, labels), 'text/csv;charset=utf-8');
  else downloadFile(`${board.id}.json`, boardToJson(board, now), 'application/json');
}

/**
 * The presentation's styles, added when it is first shown: in full screen only the question, the
 * ideas as a grid in large type (key insights first, then by votes), and the join link with its QR code.
 */
export const viewStyles = css`
  .presentation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    font-size: 1.25em;
  }
  .presentation:focus {
    outline: none;
  }
  .presentation-question {
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .presentation-cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
  }
  .presentation-question.long {
    font-size: 1.25em;
  }
  .presentation-cards.many {
    font-size: 0.85em;
  }
  .presentation-cards.dense {
    font-size: 0.7em;
  }
  .presentation-cards > li {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.4rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .presentation-cards > li.insight {
    border: 3px solid var(--_success);
    border-inline-start-width: 0.6rem;
    font-weight: 700;
  }
  .presentation-cards .vote-count {
    margin-block-start: auto;
    font-size: 0.85em;
  }
  .presentation-cards .merged {
    font-size: 0.8em;
    font-weight: 400;
  }
  .presentation-covered {
    font-size: 1.2em;
  }
  .presentation-join {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .presentation-join .qr {
    inline-size: 8rem;
    block-size: auto;
    forced-color-adjust: none;
  }
  .presentation-keys {
    font-size: 0.75em;
  }
  @container ija (min-width: 56rem) {
    .presentation {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: start;
    }
    .presentation-join {
      flex-direction: column;
      align-items: stretch;
      inline-size: 15rem;
    }
    .presentation-join .qr {
      inline-size: 100%;
    }
    .presentation-controls {
      grid-column: 1 / -1;
    }
  }
  /* Full screen: nothing but the presentation, in type readable from the back of the room. */
  :host(:fullscreen) {
    overflow: auto;
    padding: 2vmin 3vmin;
    background: var(--_surface);
    color: var(--_text);
  }
  /* (The widget's parts take their size from the theme, not from the host: the full-screen size goes on them.) */
  :host(:fullscreen) .board {
    font-size: clamp(1rem, 2.4vmin + 0.5rem, 2.75rem);
  }
  :host(:fullscreen) .presentation {
    font-size: 1em;
  }
  :host(:fullscreen) .join-url {
    font-size: 0.8em;
  }
  :host(:fullscreen) :is(.board-head, .notice, .issues-note, .privacy, .presentation-keys) {
    display: none;
  }
  :host(:fullscreen) .presentation {
    min-block-size: 94vh;
    grid-template-rows: 1fr auto;
  }
  :host(:fullscreen) .presentation-controls {
    font-size: 0.6em;
    opacity: 0.8;
  }
  @media (forced-colors: active) {
    .presentation-cards > li.insight {
      outline: 3px solid Highlight;
    }
  }
`;
