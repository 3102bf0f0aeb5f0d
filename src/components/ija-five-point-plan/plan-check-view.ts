import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Plan, PlanCheck } from '../../core/schemas/plan.js';
import { downloadFile } from '../../base/download.js';
import { addStyles } from '../../base/add-styles.js';
import { heading } from '../../base/heading.js';
import { describeError } from '../../core/i18n/describe-error.js';
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
import { IjaAdapterError } from '../../core/errors.js';
import type { IjaFivePointPlan } from './ija-five-point-plan.component.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { planCheckMessages } from '../../core/i18n/messages/plan-check.js';

registerBuiltInMessages('planCheck', planCheckMessages);

/** Where the answers are kept: with the plan on the server (editor), in this browser (the site allows it), or nowhere. */
type Storage = 'server' | 'local' | 'none';

type SaveState = { status: 'saving' | 'saved' } | { status: 'failed'; error: unknown };

const STORAGE_PREFIX = 'ija-plan-check:';
const SAVE_AFTER_MS = 600;
const KNOWN = new Set(CHECK_QUESTIONS.map((question) => question.id));

const isConflict = (error: unknown): boolean => error instanceof IjaAdapterError && error.kind === 'http' && error.status === 412;

/** Today as "YYYY-MM-DD", the local calendar day. */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

const isAnswer = (value: unknown): value is CheckAnswer => typeof value === 'string' && (CHECK_ANSWERS as readonly string[]).includes(value);

/** Answers as stored: every valid answer, also to questions this version does not ask (kept for the version that does). */
function answersOf(check: PlanCheck | undefined | null): Record<string, CheckAnswer> {
  return Object.fromEntries(Object.entries(check?.answers ?? {}).filter(([, value]) => isAnswer(value))) as Record<string, CheckAnswer>;
}

/**
 * The self-check (mode="check"): questions per point, the level and next steps that follow, a printable
 * result, a result file to keep and a comparison with an earlier file. Answers are kept with the plan on
 * a server when an editor answers (`editable` with a backend), in this browser when the site says
 * `persist="local"`, and otherwise only in the page.
 */
export class PlanCheckView {
  private readonly host: IjaFivePointPlan;
  private answers: Record<string, CheckAnswer> = {};
  /** Answered here and not saved yet: they win over what the server says. */
  private readonly dirty = new Set<string>();
  private planId?: string;
  private seen?: PlanCheck | null;
  private save?: SaveState;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private saving = false;
  private earlier?: CheckResultFile;
  private changes?: PointChange[];
  private fileError = '';

  constructor(host: IjaFivePointPlan) {
    this.host = host;
    addStyles(host, checkStyles);
  }

  private get storage(): Storage {
    if (this.host.data.adapter.writable && this.host.editable) return 'server';
    return this.host.persist === 'local' ? 'local' : 'none';
  }

  /** Takes the plan's answers (first render, another plan, or a newer copy from the server), keeping those made here. */
  private sync(plan: Plan): void {
    const check = plan.check ?? null;
    if (this.planId !== plan.id) {
      this.planId = plan.id;
      this.dirty.clear();
      this.save = undefined;
      this.seen = check;
      this.answers = (this.storage === 'local' ? this.readLocal(plan.id) : undefined) ?? answersOf(check);
      this.changes = this.earlier ? compareResults(this.earlier, this.answers) : undefined;
    } else if (check !== this.seen) {
      this.seen = check;
      const mine = Object.fromEntries([...this.dirty].map((id) => [id, this.answers[id]!]));
      this.answers = { ...answersOf(check), ...mine };
      if (this.earlier) this.changes = compareResults(this.earlier, this.answers);
    }
  }

  /**
   * `formatDay` writes a "YYYY-MM-DD" date in the widget's language; `planLang` marks the plan's
   * texts, `checkLang` the self-check's own (German) questions, levels and next steps.
   */
  render(m: Messages, plan: Plan, formatDay: (date: string) => string, planLang: string | typeof nothing, checkLang: string | typeof nothing): TemplateResult {
    this.sync(plan);
    const c = m.planCheck;
    const result = evaluateCheck(this.answers);
    const answered = Object.keys(this.answers).filter((id) => KNOWN.has(id)).length;
    const storage = this.storage;
    return html`<div class="self-check" part="check">
      ${heading(this.host.headingAt(1), {}, c.title)}
      <p>
        ${c.intro}
        <span class="storage">${storage === 'server' ? c.storedOnServer : storage === 'local' ? c.storedLocally : c.storedNowhere}</span>
      </p>
      <p class="muted" aria-live="polite">${c.answered(answered, CHECK_QUESTIONS.length)}</p>
      <p class="printed-on">${c.printedOn(formatDay(today()))}</p>
      <ol class="points">
        ${plan.points.map((point) => {
          const questions = CHECK_QUESTIONS.filter((q) => q.pointId === point.id);
          if (questions.length === 0) return nothing;
          const pointResult = result.points.find((r) => r.pointId === point.id);
          const level = CHECK_LEVELS.find((l) => l.id === pointResult?.level);
          const change = this.changes?.find((ch) => ch.pointId === point.id);
          return html`<li class="point check-point">
            ${heading(this.host.headingAt(2), { class: 'point-title', lang: planLang }, point.title)}
            ${questions.map((question) => {
              const given = this.answers[question.id];
              return html`<fieldset class="question">
                <legend lang=${checkLang}>${question.text}</legend>
                ${CHECK_ANSWERS.map(
                  (answer) => html`<label class="check"
                    ><input
                      type="radio"
                      name=${question.id}
                      value=${answer}
                      .checked=${given === answer}
                      @change=${() => this.answer(question.id, answer)}
                    />
                    ${c.answers[answer]}</label
                  >`,
                )}
                <p class="print-answer">${c.yourAnswer}: ${given ? c.answers[given] : c.notAnswered}</p>
              </fieldset>`;
            })}
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
      ${storage === 'server' ? this.renderSaveState(m) : nothing}
      <div class="check-actions">
        <button type="button" class="button" @click=${() => this.print()}>${c.print}</button>
        <button type="button" class="button secondary" ?disabled=${answered === 0} @click=${() => this.download(plan)}>${c.download}</button>
        ${storage === 'local'
          ? html`<button type="button" class="button secondary" ?disabled=${answered === 0} @click=${() => this.clear(plan)}>${c.clearAnswers}</button>`
          : nothing}
      </div>
      <div class="check-actions">
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

  private renderSaveState(m: Messages): TemplateResult {
    const save = this.save;
    return html`<p class="save-state" role="status">
      ${save?.status === 'saving' ? m.plan.edit.saving : save?.status === 'saved' ? m.plan.edit.saved : nothing}
      ${save?.status === 'failed'
        ? html`<span class="error-text">${m.plan.edit.saveFailed} ${describeError(save.error, m)}</span>
            <button type="button" class="button secondary" @click=${() => void this.saveToServer()}>${m.common.retry}</button>`
        : nothing}
    </p>`;
  }

  private answer(questionId: string, answer: CheckAnswer): void {
    this.answers = { ...this.answers, [questionId]: answer };
    this.dirty.add(questionId);
    if (this.earlier) this.changes = compareResults(this.earlier, this.answers);
    const storage = this.storage;
    if (storage === 'local') this.writeLocal();
    if (storage === 'server') {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => void this.saveToServer(), SAVE_AFTER_MS);
    }
    this.host.requestUpdate();
  }

  /**
   * Sends all answers with the version last seen; when someone saved meanwhile (412), their answers are
   * taken in, the ones given here laid over them, and sent again.
   */
  private async saveToServer(): Promise<void> {
    const session = this.host.editSession;
    if (!session || this.saving) return;
    clearTimeout(this.saveTimer);
    this.saving = true;
    this.save = { status: 'saving' };
    this.host.requestUpdate();
    const sent = { ...this.answers };
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await session.saveCheck({ answers: { ...this.answers } });
          break;
        } catch (error) {
          if (!isConflict(error) || attempt >= 2) throw error;
          const fresh = await session.refresh();
          const mine = Object.fromEntries([...this.dirty].map((id) => [id, this.answers[id]!]));
          this.answers = { ...answersOf(fresh.check), ...mine };
          this.seen = fresh.check ?? null;
        }
      }
      for (const id of [...this.dirty]) if (this.answers[id] === sent[id]) this.dirty.delete(id);
      this.save = { status: 'saved' };
    } catch (error) {
      this.save = { status: 'failed', error };
      this.host.data.reportError(error, 'save-plan-check');
    }
    this.saving = false;
    this.host.requestUpdate();
    // Answered again while this was on its way: that goes too.
    if (this.save.status === 'saved' && this.dirty.size > 0) void this.saveToServer();
  }

  private readLocal(planId: string): Record<string, CheckAnswer> | undefined {
    try {
      const stored = localStorage.getItem(STORAGE_PREFIX + planId);
      return stored ? answersOf(JSON.parse(stored) as PlanCheck) : undefined;
    } catch {
      return undefined;
    }
  }

  private writeLocal(): void {
    try {
      localStorage.setItem(STORAGE_PREFIX + this.planId, JSON.stringify({ answers: this.answers, updatedAt: new Date().toISOString() }));
    } catch {
      // Storage full or blocked: the answers stay in the page.
    }
  }

  private clear(plan: Plan): void {
    try {
      localStorage.removeItem(STORAGE_PREFIX + plan.id);
    } catch {
      // Nothing stored.
    }
    this.answers = {};
    this.dirty.clear();
    this.changes = this.earlier ? compareResults(this.earlier, this.answers) : undefined;
    this.host.requestUpdate();
  }

  /**
   * Prints the result alone: for the print, every element of the page outside the widget's path is hidden by a
   * constructed style sheet (allowed under a strict CSP), removed again when printing is over.
   */
  private print(): void {
    const marked: Element[] = [];
    for (let node: Element | null = this.host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
      node.setAttribute('data-ija-print', '');
      marked.push(node);
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media print { body *:not([data-ija-print]) { display: none !important; } }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const done = () => {
      window.removeEventListener('afterprint', done);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
      for (const node of marked) node.removeAttribute('data-ija-print');
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  private download(plan: Plan): void {
    const file = createResultFile(plan.id, Object.fromEntries(Object.entries(this.answers).filter(([id]) => KNOWN.has(id))), new Date());
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

/** The self-check's own rules (added when it loads): questions, results, and a printout of the result. */
export const checkStyles = css`
  .self-check {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .question {
    margin: 0;
    padding: 0.4rem 0.75rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .question legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .result {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .next-steps ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .change-up {
    color: var(--_success);
  }
  .change-down {
    color: var(--_danger);
  }
  .check-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .print-answer,
  .printed-on {
    display: none;
  }
  @media print {
    .question label.check,
    .check-actions,
    .compared,
    .storage,
    .self-check > p.muted {
      display: none !important;
    }
    .print-answer,
    .printed-on {
      display: block;
    }
    .question {
      display: block;
      break-inside: avoid;
    }
    .check-point {
      break-inside: auto;
    }
  }
`;
