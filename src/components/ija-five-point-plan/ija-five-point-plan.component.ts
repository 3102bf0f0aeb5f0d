import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { IjaElement } from '../../base/ija-element.js';
import { heading } from '../../base/heading.js';
import { showWidget } from '../../base/widget-registration.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { IjaPlanChangeEvent } from '../../core/events.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { IjaAdapterError } from '../../core/errors.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { Plan, PlanInput, PlanLink, PlanPoint, PointStatus } from '../../core/schemas/plan.js';
import { safeHref } from '../../core/safe-url.js';
import { percent, planProgress, pointProgress, progressBar, progressRing, statusCounts, stepSource, suggestedStatus } from './plan-progress.js';
import type { PlanCheckView } from './plan-check-view.js';
import type { PlanEditor } from './plan-editor.js';
import type { PlanPoller, PlanSession, SessionHost } from './plan-session.js';
import { onDemand } from '../../core/on-demand.js';
import { planStyles } from './ija-five-point-plan.styles.js';

/** The plan's texts: loaded with its data (the element shows no text of its own before that). */
const textsCode = onDemand(() => import('./plan-texts.js'), { firstRender: true });
/**
 * The editing model and the live look for changes: with the data when the page lets people edit; for a plan that is
 * only shown from a server, when the first look for changes is due (so a page's first download leaves it out).
 */
const sessionCode = onDemand(() => import('./plan-session.js'));
/** The editor's controls, loaded for `editable`. */
const editCode = onDemand(() => import('./plan-editor.js'));
/** The self-check (its questions, levels and result files), loaded when a page or visitor opens it. */
const checkCode = onDemand(() => import('./plan-check-view.js'));

/** Which widget a link target means, and what to do with it (the partner map opens its gaps). */
const TARGETS: Record<NonNullable<PlanLink['target']>, { tag: keyof HTMLElementTagNameMap; open?: (el: Element) => void }> = {
  gaps: { tag: 'ija-partner-map', open: (el) => el.setAttribute('view', 'gaps') },
  agenda: { tag: 'ija-workshop-agenda' },
  board: { tag: 'ija-leitfragen-board' },
};

const STATUS_ICONS: Record<PointStatus, string> = { open: '○', 'in-progress': '◐', done: '●' };

/**
 * The five-point plan of the factsheet as a living tracker: numbered points with status in words,
 * progress from their checklists, links onward, editing without lost changes, and a self-check.
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
 * @event {IjaLoadEvent} ija-load - The plan is loaded and shown; `detail.issues` lists records left out.
 * @event {IjaErrorEvent} ija-error - Loading or a save failed (a change, a new plan, the self-check's answers); `detail.operation` says which, `detail.error` why.
 * @event {IjaPlanChangeEvent} ija-plan-change - A person changed the plan: `detail.change` says what (`edit-point` with `detail.fields`, or `add-step`, `edit-step`, `tick-step`, `move-step`, `remove-step` with `detail.stepId`), `detail.plan`, `detail.pointId`.
 */
export class IjaFivePointPlan extends IjaElement {
  static override styles = [...IjaElement.styles, planStyles];
  /** @internal */
  static override enumerated = { ...IjaElement.enumerated, mode: ['plan', 'check'], persist: ['local'] };

  /** The plan as data (wins over every other source); checked when set: invalid points are left out and reported. */
  @property({ attribute: false }) plan?: PlanInput;

  /** Which plan to load from `api` or a provider. */
  @property({ attribute: 'plan-id' }) planId: string = DEFAULT_IDS.plan;

  /**
   * Lets people edit: statuses, responsible, target dates, texts and steps (saved per change with a backend,
   * which needs the editor's key); with a backend that has no such plan yet, it can be created.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** `plan` (default) or `check`: the self-check with questions per point. */
  @property({ reflect: true }) mode: 'plan' | 'check' = 'plan';

  /** `local`: the self-check's answers are kept in this browser's local storage. Off unless the page says so. */
  @property() persist?: 'local';

  /** Seconds between looks for other people's changes, for a plan from a server (at least 2). */
  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 15;

  @state() private expanded = new Set<string>();
  @state() private announcement = '';

  /** The plan being edited or kept live (with a server, or when editable). */
  private session?: PlanSession;
  /** Looks for changes with a server; until the session's code is there, the wait for the first look. */
  private poller?: Pick<PlanPoller, 'start' | 'stop'>;
  private editor?: PlanEditor;
  private check?: PlanCheckView;
  /** The point that had focus before an update, so focus never falls to the page when its control goes. */
  private focusedPoint?: string;

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Plan, [string]>(this, {
    value: () => this.plan,
    resource: 'plan',
    args: () => [this.planId],
    load: (adapter, signal, id) => adapter.getPlan(id, { signal }),
    // The texts, and the code of the mode in use: an editor's controls come with the plan, not a moment after it.
    code: () => [
      textsCode,
      ...(this.editable ? [sessionCode, editCode] : []),
      ...(this.mode === 'check' ? [checkCode] : []),
    ],
    onLoad: ({ data }) => this.start(data),
  });

  /** The plan as shown, including changes not saved yet. */
  get currentPlan(): Plan | undefined {
    return this.session?.plan ?? this.data.value?.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.poller?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.poller?.stop();
  }

  /** A loaded plan: a fresh editing session, and with a server a look for changes every few seconds. */
  private start(data: Plan): void {
    this.poller?.stop();
    this.poller = undefined;
    this.session = undefined;
    this.editor?.reset();
    if (this.editable || sessionCode.value) this.ensureSession(data);
    else if (this.data.adapter.writable) this.startSessionLater(data);
  }

  /** A plan only shown from a server: the session's code loads when the first look for changes is due, then looks at once. */
  private startSessionLater(data: Plan): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    // A failed load (the connection dropped) is tried again after the next interval, while the plan is on the page.
    const loaded = () => (this.poller === waiting ? this.ensureSession(data, 0) : undefined);
    const failed = () => (running ? waiting.start() : undefined);
    const waiting = {
      start: () => {
        running = true;
        clearTimeout(timer);
        timer = setTimeout(() => void sessionCode.load().then(loaded, failed), this.refreshMs());
      },
      stop: () => {
        running = false;
        clearTimeout(timer);
      },
    };
    this.poller = waiting;
    if (this.isConnected) waiting.start();
  }

  private refreshMs(): number {
    return Math.max(2, this.refreshSeconds || 15) * 1000;
  }

  /** The session, once its code is there (it loads with the data; for a page made editable later, now). */
  private sessionFor(data: Plan): PlanSession | undefined {
    return sessionCode.use(this) ? this.ensureSession(data) : undefined;
  }

  /** `firstLookIn`: when the first look for changes is due (by default after the interval). */
  private ensureSession(data: Plan, firstLookIn?: number): PlanSession | undefined {
    const code = sessionCode.value;
    if (this.session || !code) return this.session;
    const live = this.data.adapter.writable;
    this.session = new code.PlanSession(this.sessionHost, data, live);
    if (live) {
      this.poller?.stop();
      this.poller = new code.PlanPoller(() => this.refreshMs(), (signal) => this.lookForChanges(signal));
      if (this.isConnected) this.poller.start(firstLookIn);
    }
    return this.session;
  }

  private readonly sessionHost: SessionHost = ((element: IjaFivePointPlan): SessionHost => ({
    get adapter() {
      return element.data.adapter;
    },
    update: () => element.requestUpdate(),
    changed: (detail) => element.dispatchEvent(new IjaPlanChangeEvent(detail)),
    failed: (error) => element.data.reportError(error, 'save-plan'),
    conflict: (pointId) => void element.editor?.showConflict(element.localize.m, pointId),
  }))(this);

  private async lookForChanges(signal: AbortSignal): Promise<void> {
    const session = this.session;
    if (!session) return;
    const epoch = session.epoch;
    const { data } = await this.data.adapter.getPlan(session.base.id, { signal });
    if (this.session !== session) return;
    const changed = session.merge(data, epoch);
    if (!changed || (changed.points.length === 0 && !changed.other)) return;
    const m = this.localize.m;
    const titles = changed.points.map((id) => session.plan.points.find((point) => point.id === id)?.title ?? id);
    this.announce(titles.length > 0 && !changed.other ? m.plan.livePointsUpdated(this.localize.formatList(titles)) : m.plan.liveUpdated);
  }

  /**
   * Says something politely (the region is always there, so screen readers hear each change).
   * @internal
   */
  announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode') && this.mode !== 'check' && this.mode !== 'plan') this.mode = 'plan';
    const active = this.shadowRoot?.activeElement;
    this.focusedPoint = active ? ((active.closest('li.point') as HTMLElement | null)?.dataset['id'] ?? '') : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A control that had focus went (a step removed by someone else, a form closed): focus stays in its point.
    if (this.focusedPoint !== undefined && !this.shadowRoot!.activeElement && document.activeElement === document.body) {
      const point = [...this.shadowRoot!.querySelectorAll<HTMLElement>('li.point')].find((li) => li.dataset['id'] === this.focusedPoint);
      (point?.querySelector<HTMLElement>('button.toggle, select') ?? this.shadowRoot!.querySelector<HTMLElement>('#plan-title'))?.focus();
    }
  }

  protected override render() {
    const m = this.localize.m;
    const task = this.data.task;
    // With a server and the editor's rights, a plan that does not exist yet can be created.
    if (this.editable && this.data.adapter.writable && task.status === TaskStatus.ERROR && isNotFound(task.error)) {
      return renderOnDemand(m, this, editCode, (code) => this.editorOf(code).renderMissing(m));
    }
    return this.renderData(this.data, ({ data, issues }) => {
      const edit = this.editable ? editCode.use(this) : undefined;
      const session = this.editable ? this.sessionFor(data) : this.session;
      const editor = edit && session ? this.editorOf(edit) : undefined;
      const plan = session?.plan ?? data;
      return html`<section class="plan" part="base" aria-labelledby="plan-title" lang=${this.renderLang}>
        ${heading(this.headingAt(), { id: 'plan-title', class: 'plan-title', tabindex: -1, lang: this.contentLang(this.data.source) }, plan.title)}
        ${this.mode === 'check' ? this.renderCheck(m, plan) : this.renderTracker(m, plan, editor)} ${renderIssuesNote(m, issues)}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>`;
    });
  }

  private editorOf(code: typeof import('./plan-editor.js')): PlanEditor {
    return (this.editor ??= new code.PlanEditor(this));
  }

  /** @internal For the editor, loaded on demand. */
  get editSession(): PlanSession | undefined {
    return this.session;
  }

  /** @internal For the editor: the language mark for the plan's own texts. */
  get planLang(): string | typeof nothing {
    return this.contentLang(this.data.source);
  }

  private renderCheck(m: Messages, plan: Plan): TemplateResult {
    return renderOnDemand(m, this, checkCode, (code) => {
      this.check ??= new code.PlanCheckView(this);
      return this.check.render(m, plan, (date) => this.formatDay(date), this.contentLang(this.data.source), this.contentLang('defaults'));
    });
  }

  private renderTracker(m: Messages, plan: Plan, editor: PlanEditor | undefined): TemplateResult {
    const counts = statusCounts(plan);
    return html`<div class="overall" part="overall">
        ${progressBar(plan)}
        <p>
          <strong>${m.plan.overall(percent(planProgress(plan)))}</strong>
          <span class="muted">(${m.plan.overallDetail(counts.done, counts.inProgress, counts.open)})</span>
        </p>
      </div>
      <ol class="points" part="points">
        ${plan.points.map((point, index) => this.renderPoint(m, point, index, editor))}
      </ol>
      ${this.editable ? (editor ? editor.renderFooter(m, plan) : renderOnDemand(m, this, editCode, () => html``)) : nothing}`;
  }

  private renderPoint(m: Messages, point: PlanPoint, index: number, editor: PlanEditor | undefined): TemplateResult {
    const steps = point.steps ?? [];
    const done = steps.filter((step) => step.done).length;
    const open = this.expanded.has(point.id);
    const lang = this.contentLang(this.data.source);
    return html`<li class="point status-${point.status}" part="point" data-id=${point.id}>
      <div class="point-head">
        <span class="ring-wrap">${progressRing(pointProgress(point))}</span>
        <div>
          ${heading(this.headingAt(1), { class: 'point-title', id: `title-${index}`, lang }, point.title)}
          <p class="status">
            <span class="status-icon" aria-hidden="true">${STATUS_ICONS[point.status]}</span>
            <span class="visually-hidden">${m.plan.statusLabel}:</span> ${m.plan.statuses[point.status]}
            ${steps.length > 0 ? html`<span class="muted">· ${m.plan.stepsProgress(done, steps.length)}</span>` : nothing}
            ${suggestedStatus(point) ? html`<span class="muted">· ${m.plan.statusBehind}</span>` : nothing}
          </p>
        </div>
      </div>
      <p class="summary" lang=${lang}>${point.summary}</p>
      ${this.renderMeta(m, point)} ${this.renderLinks(point)} ${editor ? editor.renderPointControls(m, point, index) : nothing}
      ${steps.length > 0 || editor
        ? html`<button
              type="button"
              class="link-button toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="steps-${index}"
              @click=${() => this.toggle(point.id)}
            >
              ${open ? m.plan.hideSteps : m.plan.showSteps}<span class="visually-hidden">: ${point.title}</span>
            </button>
            ${editor
              ? editor.renderSteps(m, point, index, open)
              : html`<ul class="steps ${open ? '' : 'collapsed'}" id="steps-${index}" part="steps">
                  ${steps.map(
                    (step) => html`<li class=${step.done ? 'done' : ''}>
                      <span class="step-mark" aria-hidden="true">${step.done ? '✓' : '○'}</span> <span lang=${lang}>${step.text}</span>
                      <span class="visually-hidden">(${step.done ? m.plan.stepDone : m.plan.stepOpen})</span> ${stepSource(m, step)}
                    </li>`,
                  )}
                </ul>`}`
        : nothing}
      ${editor ? editor.renderSaveState(m, point) : nothing}
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

  private renderLinks(point: PlanPoint): TemplateResult | typeof nothing {
    const links = (point.links ?? []).flatMap((link) => {
      // A link to another widget on the page, once the page is known (not on a server, see `rendersAsServer`).
      if (link.target && !this.rendersAsServer) {
        const target = TARGETS[link.target];
        const element = this.widgets.registry?.all(target.tag)[0];
        if (element) {
          const go = () => {
            target.open?.(element);
            showWidget(element);
          };
          return [html`<li><button type="button" class="link-button" @click=${go}>${link.label}</button></li>`];
        }
      }
      const href = safeHref(link.url);
      return href ? [html`<li><a href=${href} rel="noopener noreferrer">${link.label}</a></li>`] : [];
    });
    if (links.length === 0) return nothing;
    return html`<div class="links"><span class="muted">${this.localize.m.plan.next}:</span><ul>${links}</ul></div>`;
  }

  /**
   * A calendar day ("YYYY-MM-DD") in the widget's language, the same everywhere on earth.
   * @internal
   */
  formatDay(date: string): string {
    return this.localize.formatDate(new Date(`${date}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  /** A widget came or went: the links to it follow. */
  protected override widgetsChanged(): void {
    this.requestUpdate();
  }
}

const isNotFound = (error: unknown): boolean => error instanceof IjaAdapterError && error.kind === 'http' && error.status === 404;


declare global {
  interface HTMLElementTagNameMap {
    'ija-five-point-plan': IjaFivePointPlan;
  }
}
