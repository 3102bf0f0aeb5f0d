import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IjaElement } from '../../base/ija-element.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { downloadFile } from '../../base/download.js';
import { defineElement } from '../../core/define.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { planMessages } from '../../core/i18n/messages/plan.js';
import { IjaPlanChangeEvent } from '../../core/events.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { describeError } from '../../core/i18n/describe-error.js';
import type { Messages } from '../../core/i18n/locales.js';
import { POINT_STATUSES } from '../../core/schemas/constants.js';
import type { Plan, PlanLink, PlanPoint, PointStatus } from '../../core/schemas/plan.js';
import { safeHref } from '../../core/safe-url.js';
import { percent, planProgress, pointProgress, progressBar, progressRing, statusCounts } from './plan-progress.js';
import type { PlanCheckView } from './plan-check-view.js';
import { onDemand } from '../../core/on-demand.js';

/** The self-check (its questions, levels and result files), loaded when a page or visitor opens it. */
const checkCode = onDemand(() => import('./plan-check-view.js'));
import { planStyles } from './ija-five-point-plan.styles.js';

registerBuiltInMessages('plan', planMessages);

type SaveState = { status: 'saving' | 'saved' } | { status: 'failed'; error: unknown };

/** Which element a link target means, and what to do with it (the partner map opens its gaps). */
const TARGETS: Record<NonNullable<PlanLink['target']>, { selector: string; open?: (el: Element) => void }> = {
  gaps: { selector: 'ija-partner-map', open: (el) => el.setAttribute('view', 'gaps') },
  agenda: { selector: 'ija-workshop-agenda' },
  board: { selector: 'ija-leitfragen-board' },
};

const STATUS_ICONS: Record<PointStatus, string> = { open: '○', 'in-progress': '◐', done: '●' };

/**
 * The five-point plan of the factsheet as a living tracker: numbered points with status in words,
 * progress from their checklists, links onward, editing that saves per change, and a self-check.
 *
 * @tag ija-five-point-plan
 * @summary The five-point plan: status and progress per point, editing, and a self-check.
 *
 * @csspart base - The whole plan.
 * @csspart overall - The overall progress.
 * @csspart points - The ordered list of points.
 * @csspart point - One point.
 * @csspart steps - A point's checklist.
 * @csspart check - The self-check (mode="check").
 *
 * @cssproperty --ija-color-primary - Progress, accents and buttons.
 *
 * @event ija-load - Data loaded; `detail.issues` lists records left out.
 * @event ija-error - Loading failed; `detail.error` says why.
 * @event ija-plan-change - A person changed a status or a step; `detail.plan`, `detail.pointId`.
 */
export class IjaFivePointPlan extends IjaElement {
  static override styles = [...IjaElement.styles, planStyles];

  /** The plan as data (wins over every other source). */
  @property({ attribute: false }) plan?: unknown;

  /** Which plan to load from `api` or a provider. */
  @property({ attribute: 'plan-id' }) planId: string = DEFAULT_IDS.plan;

  /** Lets people set statuses and tick steps (saved per change with a backend). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** `plan` (default) or `check`: the self-check with questions per point. */
  @property({ reflect: true }) mode: 'plan' | 'check' = 'plan';

  @state() private draft?: Plan;
  @state() private expanded = new Set<string>();
  @state() private saves = new Map<string, SaveState>();

  /** Points changed again while their save was on its way. */
  private readonly resend = new Set<string>();
  private check?: PlanCheckView;

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Plan, [string]>(this, {
    value: () => this.plan,
    args: () => [this.planId],
    load: (adapter, signal, id) => adapter.getPlan(id, { signal }),
    onLoad: () => {
      this.draft = undefined;
      this.saves = new Map();
    },
  });

  /** The plan as shown, including changes not saved yet. */
  get currentPlan(): Plan | undefined {
    return this.draft ?? this.data.task.value?.data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') && this.mode !== 'check' && this.mode !== 'plan') this.mode = 'plan';
  }

  protected override render() {
    return this.renderData(this.data, ({ data, issues }) => {
      const plan = this.draft ?? data;
      const m = this.localize.m;
      return html`<section class="plan" part="base" aria-labelledby="plan-title">
        <h2 id="plan-title" class="plan-title" lang=${this.contentLang(this.data.source)}>${plan.title}</h2>
        ${this.mode === 'check' ? this.renderCheck(m, plan) : this.renderTracker(m, plan)} ${renderIssuesNote(m, issues)}
      </section>`;
    });
  }

  private renderCheck(m: Messages, plan: Plan): TemplateResult {
    return renderOnDemand(m, this, checkCode, (code) => {
      this.check ??= new code.PlanCheckView(this);
      return this.check.render(m, plan, (date) => this.formatDay(date), this.contentLang(this.data.source), this.contentLang('defaults'));
    });
  }

  private renderTracker(m: Messages, plan: Plan): TemplateResult {
    const counts = statusCounts(plan);
    const writable = this.data.adapter.writable;
    return html`<div class="overall" part="overall">
        ${progressBar(plan)}
        <p>
          <strong>${m.plan.overall(percent(planProgress(plan)))}</strong>
          <span class="muted">(${m.plan.overallDetail(counts.done, counts.inProgress, counts.open)})</span>
        </p>
      </div>
      <ol class="points" part="points">
        ${plan.points.map((point) => this.renderPoint(m, plan, point))}
      </ol>
      ${this.editable && !writable
        ? html`<p class="download">
            <button type="button" class="button secondary" @click=${() => this.downloadJson()}>${m.plan.edit.downloadJson}</button>
            <span class="muted">${m.plan.edit.downloadHint}</span>
          </p>`
        : nothing}`;
  }

  private renderPoint(m: Messages, plan: Plan, point: PlanPoint): TemplateResult {
    const steps = point.steps ?? [];
    const done = steps.filter((step) => step.done).length;
    const open = this.expanded.has(point.id);
    return html`<li class="point status-${point.status}" part="point" data-id=${point.id}>
      <div class="point-head">
        <span class="ring-wrap">${progressRing(pointProgress(point))}</span>
        <div>
          <h3 class="point-title" id="title-${point.id}" lang=${this.contentLang(this.data.source)}>${point.title}</h3>
          <p class="status">
            <span class="status-icon" aria-hidden="true">${STATUS_ICONS[point.status]}</span>
            <span class="visually-hidden">${m.plan.statusLabel}:</span> ${m.plan.statuses[point.status]}
            ${steps.length > 0 ? html`<span class="muted">· ${m.plan.stepsProgress(done, steps.length)}</span>` : nothing}
          </p>
        </div>
      </div>
      <p class="summary" lang=${this.contentLang(this.data.source)}>${point.summary}</p>
      ${this.renderMeta(m, point)} ${this.renderLinks(m, point)}
      ${this.editable ? this.renderStatusControl(m, point) : nothing}
      ${steps.length > 0
        ? html`<button
              type="button"
              class="link-button toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="steps-${point.id}"
              @click=${() => this.toggle(point.id)}
            >
              ${open ? m.plan.hideSteps : m.plan.showSteps}<span class="visually-hidden">: ${point.title}</span>
            </button>
            <ul class="steps ${open ? '' : 'collapsed'}" id="steps-${point.id}" part="steps">
              ${steps.map((step) =>
                this.editable
                  ? html`<li>
                      <label class="check"
                        ><input
                          type="checkbox"
                          .checked=${step.done}
                          @change=${(event: Event) => this.setStep(plan, point, step.id, (event.target as HTMLInputElement).checked)}
                        />
                        <span lang=${this.contentLang(this.data.source)}>${step.text}</span></label
                      >
                    </li>`
                  : html`<li class=${step.done ? 'done' : ''}>
                      <span class="step-mark" aria-hidden="true">${step.done ? '✓' : '○'}</span> <span lang=${this.contentLang(this.data.source)}>${step.text}</span>
                      <span class="visually-hidden">(${step.done ? m.plan.stepDone : m.plan.stepOpen})</span>
                    </li>`,
              )}
            </ul>`
        : nothing}
      ${this.renderSaveState(m, point)}
    </li>`;
  }

  private renderMeta(m: Messages, point: PlanPoint): TemplateResult | typeof nothing {
    const entries: [string, string][] = [];
    if (point.responsible) entries.push([m.plan.responsible, point.responsible]);
    if (point.targetDate) entries.push([m.plan.targetDate, this.formatDay(point.targetDate)]);
    if (point.updatedAt) entries.push([m.plan.updatedAt, this.localize.formatDate(new Date(point.updatedAt), { dateStyle: 'long' })]);
    if (entries.length === 0) return nothing;
    return html`<dl class="meta">${entries.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
  }

  private renderLinks(m: Messages, point: PlanPoint): TemplateResult | typeof nothing {
    const links = (point.links ?? []).flatMap((link) => {
      if (link.target) {
        const target = TARGETS[link.target];
        const element = document.querySelector(target.selector);
        if (element) {
          return [html`<li><button type="button" class="link-button" @click=${() => this.goTo(element, target.open)}>${link.label}</button></li>`];
        }
      }
      const href = safeHref(link.url);
      return href ? [html`<li><a href=${href} rel="noopener noreferrer">${link.label}</a></li>`] : [];
    });
    if (links.length === 0) return nothing;
    return html`<div class="links"><span class="muted">${m.plan.next}:</span><ul>${links}</ul></div>`;
  }

  private renderStatusControl(m: Messages, point: PlanPoint): TemplateResult {
    const plan = this.currentPlan!;
    return html`<label class="field status-field"
      >${m.plan.statusLabel}<span class="visually-hidden">: ${point.title}</span>
      <select @change=${(event: Event) => this.setStatus(plan, point, (event.target as HTMLSelectElement).value as PointStatus)}>
        ${POINT_STATUSES.map((status) => html`<option value=${status} ?selected=${point.status === status}>${m.plan.statuses[status]}</option>`)}
      </select>
    </label>`;
  }

  private renderSaveState(m: Messages, point: PlanPoint): TemplateResult | typeof nothing {
    const save = this.saves.get(point.id);
    if (!save) return nothing;
    return html`<p class="save-state" role="status">
      ${save.status === 'saving' ? m.plan.edit.saving : save.status === 'saved' ? m.plan.edit.saved : nothing}
      ${save.status === 'failed'
        ? html`<span class="error-text">${m.plan.edit.saveFailed} ${describeError(save.error, m)}</span>
            <button type="button" class="button secondary" @click=${() => void this.save(point.id)}>${m.common.retry}</button>`
        : nothing}
    </p>`;
  }

  /** A calendar day ("YYYY-MM-DD") in the widget's language, the same everywhere on earth. */
  private formatDay(date: string): string {
    return this.localize.formatDate(new Date(`${date}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  /** Follows a link to a widget on this page: opens the right view, scrolls to it and moves focus there. */
  private goTo(element: Element, open?: (el: Element) => void): void {
    open?.(element);
    element.scrollIntoView({ block: 'start' });
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    (element as HTMLElement).focus();
  }

  private setStatus(plan: Plan, point: PlanPoint, status: PointStatus): void {
    this.change(plan, { ...point, status });
  }

  private setStep(plan: Plan, point: PlanPoint, stepId: string, done: boolean): void {
    const steps = (point.steps ?? []).map((step) => (step.id === stepId ? { ...step, done } : step));
    this.change(plan, { ...point, steps });
  }

  /** A person's change: shown at once, reported, and saved when there is a backend. */
  private change(plan: Plan, point: PlanPoint): void {
    const next = { ...plan, points: plan.points.map((p) => (p.id === point.id ? point : p)) };
    this.draft = next;
    this.dispatchEvent(new IjaPlanChangeEvent(next, point.id));
    if (this.data.adapter.writable) void this.save(point.id);
  }

  /** Sends a point's current state; a change made meanwhile is sent after it; a failure keeps the change. */
  private async save(pointId: string): Promise<void> {
    if (this.saves.get(pointId)?.status === 'saving') {
      this.resend.add(pointId);
      return;
    }
    const point = this.currentPlan?.points.find((p) => p.id === pointId);
    if (!point) return;
    this.setSave(pointId, { status: 'saving' });
    try {
      const saved = await this.data.adapter.updatePlanPoint(this.currentPlan!.id, pointId, {
        status: point.status,
        ...(point.steps ? { steps: point.steps } : {}),
      });
      const current = this.currentPlan!;
      // Take the server's version (e.g. its updatedAt) unless the point changed while saving.
      if (current.points.find((p) => p.id === pointId) === point) {
        this.draft = { ...current, points: current.points.map((p) => (p.id === pointId ? { ...point, ...saved } : p)) };
      }
      this.setSave(pointId, { status: 'saved' });
    } catch (error) {
      this.setSave(pointId, { status: 'failed', error });
    }
    if (this.resend.delete(pointId)) await this.save(pointId);
  }

  private setSave(pointId: string, save: SaveState): void {
    const next = new Map(this.saves);
    next.set(pointId, save);
    this.saves = next;
  }

  private downloadJson(): void {
    const plan = this.currentPlan;
    if (plan) downloadFile(`${plan.id}.json`, `${JSON.stringify(plan, null, 2)}\n`, 'application/json');
  }
}

defineElement('ija-five-point-plan', IjaFivePointPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ija-five-point-plan': IjaFivePointPlan;
  }
}
