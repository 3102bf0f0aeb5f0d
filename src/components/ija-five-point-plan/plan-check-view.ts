import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Plan } from '../../core/schemas/plan.js';
import { downloadFile } from '../../base/download.js';
import {
  CHECK_ANSWERS,
  CHECK_LEVELS,
  CHECK_QUESTIONS,
  compareResults,
  createResultFile,
  evaluateCheck,
  parseResultFile,
  type CheckAnswer,
  type CheckResultFile,
  type PointChange,
} from './plan-check.js';
import { percent, progressRing } from './plan-progress.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { planCheckMessages } from '../../core/i18n/messages/plan-check.js';

registerBuiltInMessages('planCheck', planCheckMessages);

/**
 * The self-check (mode="check"): questions per point, the level and next steps that follow, a
 * result file to keep, and a comparison with an earlier file. Answers stay in the page only.
 */
export class PlanCheckView {
  private readonly host: ReactiveElement;
  private answers: Record<string, CheckAnswer> = {};
  private earlier?: CheckResultFile;
  private changes?: PointChange[];
  private fileError = '';

  constructor(host: ReactiveElement) {
    this.host = host;
  }

  /**
   * `formatDay` writes a "YYYY-MM-DD" date in the widget's language; `planLang` marks the plan's
   * texts, `checkLang` the self-check's own (German) questions, levels and next steps.
   */
  render(m: Messages, plan: Plan, formatDay: (date: string) => string, planLang: string | typeof nothing, checkLang: string | typeof nothing): TemplateResult {
    const c = m.planCheck;
    const result = evaluateCheck(this.answers);
    const answered = Object.keys(this.answers).length;
    return html`<div class="self-check" part="check">
      <h3>${c.title}</h3>
      <p>${c.intro}</p>
      <p class="muted" aria-live="polite">${c.answered(answered, CHECK_QUESTIONS.length)}</p>
      <ol class="points">
        ${plan.points.map((point) => {
          const questions = CHECK_QUESTIONS.filter((q) => q.pointId === point.id);
          if (questions.length === 0) return nothing;
          const pointResult = result.points.find((r) => r.pointId === point.id);
          const level = CHECK_LEVELS.find((l) => l.id === pointResult?.level);
          const change = this.changes?.find((ch) => ch.pointId === point.id);
          return html`<li class="point check-point">
            <h4 class="point-title" lang=${planLang}>${point.title}</h4>
            ${questions.map(
              (question) => html`<fieldset class="question">
                <legend lang=${checkLang}>${question.text}</legend>
                ${CHECK_ANSWERS.map(
                  (answer) => html`<label class="check"
                    ><input
                      type="radio"
                      name=${question.id}
                      value=${answer}
                      .checked=${this.answers[question.id] === answer}
                      @change=${() => this.answer(question.id, answer)}
                    />
                    ${c.answers[answer]}</label
                  >`,
                )}
              </fieldset>`,
            )}
            <div class="result" aria-live="polite">
              <span class="ring-wrap">${progressRing(pointResult?.score ?? 0)}</span>
              <p>
                <strong>${c.level}:</strong> ${level ? c.levels[level.id] : c.notAnswered}
                ${change ? html`<span class="change change-${change.direction}">(${c.changes[change.direction]})</span>` : nothing}
              </p>
            </div>
            ${pointResult?.nextSteps.length
              ? html`<div class="next-steps">
                  <p><strong>${c.nextSteps}:</strong></p>
                  <ul lang=${checkLang}>
                    ${pointResult.nextSteps.map((step) => html`<li>${step}</li>`)}
                  </ul>
                </div>`
              : nothing}
          </li>`;
        })}
      </ol>
      ${result.overall !== undefined ? html`<p class="overall-result"><strong>${c.overall(percent(result.overall))}</strong></p>` : nothing}
      <div class="check-actions">
        <button type="button" class="button" ?disabled=${answered === 0} @click=${() => this.download(plan)}>${c.download}</button>
        <label class="field file-field"
          >${c.compare}
          <input type="file" accept=".json,application/json" aria-describedby="compare-hint" @change=${(e: Event) => void this.compare(e)} />
        </label>
        <span id="compare-hint" class="muted">${c.compareHint}</span>
      </div>
      ${this.earlier ? html`<p class="compared">${c.comparedWith(formatDay(this.earlier.date))}</p>` : nothing}
      ${this.fileError ? html`<p class="error-text" role="alert">${c.readFailed} ${this.fileError}</p>` : nothing}
    </div>`;
  }

  private answer(questionId: string, answer: CheckAnswer): void {
    this.answers = { ...this.answers, [questionId]: answer };
    if (this.earlier) this.changes = compareResults(this.earlier, this.answers);
    this.host.requestUpdate();
  }

  private download(plan: Plan): void {
    const file = createResultFile(plan.id, this.answers, new Date());
    downloadFile(`selbstcheck-${file.date}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  }

  /** Reads an earlier result file chosen by the visitor; nothing leaves the browser. */
  private async compare(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.earlier = parseResultFile(await file.text());
      this.changes = compareResults(this.earlier, this.answers);
      this.fileError = '';
    } catch (error) {
      this.earlier = undefined;
      this.changes = undefined;
      this.fileError = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }
}
