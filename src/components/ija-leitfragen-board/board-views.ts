import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Board } from '../../core/schemas/board.js';
import { downloadFile } from '../../base/download.js';
import { cardsOf, resultOrder } from './board-state.js';
import { boardToCsv, boardToJson, boardToMarkdown, type ExportLabels } from './board-export.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { boardResultsMessages } from '../../core/i18n/messages/board-results.js';

registerBuiltInMessages('boardResults', boardResultsMessages);

/** The board's presentation (one question, large) and results (with export): loaded when first shown. */

export interface ViewOptions {
  questionIndex: number;
  onShowQuestion(index: number): void;
  onFullscreen(): void;
  /** Date and time in the widget's language, for the export's "exported at". */
  formatDate(date: Date): string;
}

export function renderPresentation(m: Messages, board: Board, o: ViewOptions): TemplateResult {
  const count = board.questions.length;
  const index = Math.min(o.questionIndex, Math.max(0, count - 1));
  const question = board.questions[index];
  if (!question) return html`<p class="muted">${m.board.noIdeas}</p>`;
  const cards = resultOrder(cardsOf(board, question.id));
  return html`<div class="presentation">
    <p class="muted">${m.board.questionOf(index + 1, count)}</p>
    <h3 class="presentation-question">${question.text}</h3>
    <ol class="presentation-cards">
      ${cards.map(
        (card) => html`<li class=${card.insight ? 'insight' : ''}>
          ${card.insight ? html`<span class="insight-tag">★ ${m.board.insight}:</span> ` : nothing}<span class="card-text">${card.text}</span>
          <span class="vote-count">${m.board.votes(card.votes)}</span>
        </li>`,
      )}
    </ol>
    <div class="row">
      <button type="button" class="button secondary" ?disabled=${index === 0} @click=${() => o.onShowQuestion(index - 1)}>${m.board.previous}</button>
      <button type="button" class="button secondary" ?disabled=${index >= count - 1} @click=${() => o.onShowQuestion(index + 1)}>${m.board.next}</button>
      ${document.fullscreenEnabled
        ? html`<button type="button" class="button secondary" @click=${() => o.onFullscreen()}>${m.board.fullscreen}</button>`
        : nothing}
    </div>
  </div>`;
}

export function renderResults(m: Messages, board: Board, o: ViewOptions): TemplateResult {
  const r = m.boardResults;
  const insights = board.cards.filter((card) => card.insight && !card.hidden);
  return html`<div class="results" part="results">
    <h3>${r.insights}</h3>
    ${insights.length === 0
      ? html`<p class="muted">${r.noInsights}</p>`
      : html`<ul>
          ${insights.map((card) => html`<li><strong>${card.text}</strong> <span class="muted">(${board.questions.find((q) => q.id === card.questionId)?.text})</span></li>`)}
        </ul>`}
    ${board.questions.map(
      (question) => html`<h3>${question.text}</h3>
        <ol>
          ${resultOrder(cardsOf(board, question.id)).map((card) => html`<li>${card.text} <span class="muted">(${m.board.votes(card.votes)})</span></li>`)}
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
    insight: r.insight,
    yes: r.yes,
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
