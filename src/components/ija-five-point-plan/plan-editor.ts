import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { addStyles } from '../../base/add-styles.js';
import { heading } from '../../base/heading.js';
import { downloadFile } from '../../base/download.js';
import { DEFAULT_PLAN } from '../../core/defaults/plan.js';
import { describeError } from '../../core/i18n/describe-error.js';
import type { Messages } from '../../core/i18n/locales.js';
import { POINT_STATUSES } from '../../core/schemas/constants.js';
import type { Plan, PlanPoint, PlanStep, PointStatus } from '../../core/schemas/plan.js';
import type { IjaFivePointPlan } from './ija-five-point-plan.component.js';
import { editorStyles } from './plan-editor.styles.js';
import { fieldValue, isPlanId, newStepId, valuesOf, type PointField, type PointValues } from './plan-ops.js';
import { stepSource, suggestedStatus } from './plan-progress.js';
import { isStatus, stepText, type OrphanText, type PendingChange, type PlanSession } from './plan-session.js';
import './plan-texts.js';
import { slugOf } from '../../core/slug.js';

/**
 * The plan's editor (editable), loaded on demand: status with a suggestion when the steps say otherwise,
 * a point's texts, responsible and target date, steps added, renamed, ticked, moved and removed (with undo),
 * the choice between both versions when two editors changed the same fields, and creating plans.
 * Everything typed stays in the editor's drafts until it is saved or the person drops it.
 */

const FORM_FIELDS = ['title', 'summary', 'responsible', 'targetDate'] as const satisfies readonly PointField[];
type FormField = (typeof FORM_FIELDS)[number];

interface PointForm {
  values: Record<FormField, string>;
  /** The fields as they were when the form opened (or as saved by someone else, after a conflict). */
  base: PointValues;
  baseVersion?: number;
  errors: Partial<Record<FormField, string>>;
}

interface StepDraft {
  text: string;
  error?: string;
}

interface RenameDraft extends StepDraft {
  pointId: string;
  stepId: string;
  /** The step's text and the plan's version when the rename began (or as saved by someone else, after a conflict). */
  baseText: string;
  baseVersion?: number;
}

interface CreateForm {
  open: boolean;
  title: string;
  id: string;
  /** The id was typed, so it no longer follows the title. */
  idTyped: boolean;
  error?: string;
  busy: boolean;
}

const MAX: Record<FormField, number> = { title: 200, summary: 2000, responsible: 200, targetDate: 10 };
const STEP_MAX = 500;

const stepKey = (pointId: string, stepId: string) => `${pointId}\n${stepId}`;
const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export class PlanEditor {
  private readonly host: IjaFivePointPlan;
  private forms = new Map<string, PointForm>();
  private renames = new Map<string, RenameDraft>();
  private newSteps = new Map<string, StepDraft>();
  /** The last step removed per point, for undo. */
  private removed = new Map<string, { step: PlanStep; index: number }>();
  private create: CreateForm = { open: false, title: '', id: '', idTyped: false, busy: false };
  private notice = '';
  private planId?: string;

  constructor(host: IjaFivePointPlan) {
    this.host = host;
    addStyles(host, editorStyles);
  }

  private get session(): PlanSession {
    return this.host.editSession!;
  }

  private get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  /** Another plan was loaded: drafts of the previous one go (those of the same plan stay). */
  reset(): void {
    if (this.planId === this.host.planId) return;
    this.planId = this.host.planId;
    this.forms.clear();
    this.renames.clear();
    this.newSteps.clear();
    this.removed.clear();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** Moves focus once the host has rendered. */
  private async focus(selector: string, fallback?: string): Promise<void> {
    await this.host.updateComplete;
    const target = this.root.querySelector<HTMLElement>(selector);
    const usable = target && !(target as HTMLButtonElement).disabled ? target : fallback ? this.root.querySelector<HTMLElement>(fallback) : null;
    usable?.focus();
  }

  private pointSelector(pointId: string): string {
    return `li.point[data-id="${CSS.escape(pointId)}"]`;
  }

  // Status, its suggestion, the point's fields, conflicts.

  renderPointControls(m: Messages, point: PlanPoint, index: number): TemplateResult {
    const e = m.plan.edit;
    const suggestion = suggestedStatus(point);
    const form = this.forms.get(point.id);
    const conflict = this.session.conflictOf(point.id);
    const done = (point.steps ?? []).filter((step) => step.done).length;
    const reason = suggestion === 'done' ? e.allStepsDone : point.status === 'done' ? e.stepsOpen : e.someStepsDone;
    return html`<div class="edit-row">
        <label class="field status-field"
          >${m.plan.statusLabel}<span class="visually-hidden">: ${point.title}</span>
          <select .value=${live(point.status)} @change=${(event: Event) => this.setStatus(point, (event.target as HTMLSelectElement).value as PointStatus)}>
            ${POINT_STATUSES.map((status) => html`<option value=${status} ?selected=${point.status === status}>${m.plan.statuses[status]}</option>`)}
          </select>
        </label>
        ${suggestion
          ? html`<div class="suggestion" data-done=${done}>
              <span>${reason}</span>
              <button type="button" class="button secondary suggest" @click=${() => this.setStatus(point, suggestion, true)}>
                ${e.setStatus(m.plan.statuses[suggestion])}<span class="visually-hidden">: ${point.title}</span>
              </button>
            </div>`
          : nothing}
      </div>
      <button
        type="button"
        class="link-button edit-toggle"
        aria-expanded=${form ? 'true' : 'false'}
        aria-controls="form-${index}"
        @click=${() => (form ? this.closeForm(point.id) : this.openForm(point))}
      >
        ${e.editPoint}<span class="visually-hidden">: ${point.title}</span>
      </button>
      ${form ? this.renderForm(m, point, index, form) : nothing} ${conflict ? this.renderConflict(m, point, index, conflict) : nothing}`;
  }

  private setStatus(point: PlanPoint, status: PointStatus, fromSuggestion = false): void {
    if (status === point.status) return;
    this.submitValues(point, { status });
    // The suggestion goes once taken: focus stays on the point's status.
    if (fromSuggestion) void this.focus(`${this.pointSelector(point.id)} .status-field select`);
  }

  private submitValues(point: PlanPoint, values: PointValues, base?: PointValues, baseVersion?: number): void {
    this.session.submit({
      type: 'patch-point',
      pointId: point.id,
      values,
      base: base ?? valuesOf(point, Object.keys(values) as PointField[]),
      baseVersion: baseVersion ?? this.session.base.version,
    });
  }

  private openForm(point: PlanPoint, values?: Partial<Record<FormField, string>>, base?: PointValues): void {
    const shown = Object.fromEntries(FORM_FIELDS.map((field) => [field, fieldValue(point, field) ?? ''])) as Record<FormField, string>;
    this.forms.set(point.id, {
      values: { ...shown, ...values },
      base: base ?? valuesOf(point, FORM_FIELDS),
      baseVersion: this.session.base.version,
      errors: {},
    });
    this.update();
    void this.focus(`${this.pointSelector(point.id)} .point-form input`);
  }

  private closeForm(pointId: string): void {
    this.forms.delete(pointId);
    this.update();
    void this.focus(`${this.pointSelector(pointId)} .edit-toggle`);
  }

  private renderForm(m: Messages, point: PlanPoint, index: number, form: PointForm): TemplateResult {
    const e = m.plan.edit;
    const labels: Record<FormField, string> = { title: e.title, summary: e.summary, responsible: m.plan.responsible, targetDate: m.plan.targetDate };
    const hints: Partial<Record<FormField, string>> = { responsible: e.responsibleHint, targetDate: e.targetDateHint };
    const input = (field: FormField) => (event: Event) => {
      form.values[field] = (event.target as HTMLInputElement).value;
      if (form.errors[field]) {
        delete form.errors[field];
        this.update();
      }
    };
    return html`<form class="point-form" id="form-${index}" novalidate @submit=${(event: Event) => this.saveForm(event, m, point)}>
      ${FORM_FIELDS.map((field) => {
        const id = `${field}-${index}`;
        const error = form.errors[field];
        const described = [error ? `${id}-error` : '', hints[field] ? `${id}-hint` : ''].filter(Boolean).join(' ') || nothing;
        const common = { id, described, invalid: error ? 'true' : nothing };
        return html`<div class="field">
          <label for=${id}>${labels[field]}</label>
          ${field === 'summary'
            ? html`<textarea
                id=${common.id}
                rows="4"
                maxlength=${MAX[field]}
                aria-describedby=${common.described}
                aria-invalid=${common.invalid}
                .value=${live(form.values[field])}
                @input=${input(field)}
              ></textarea>`
            : html`<input
                id=${common.id}
                type=${field === 'targetDate' ? 'date' : 'text'}
                maxlength=${field === 'targetDate' ? nothing : MAX[field]}
                aria-describedby=${common.described}
                aria-invalid=${common.invalid}
                .value=${live(form.values[field])}
                @input=${input(field)}
                @change=${input(field)}
              />`}
          ${hints[field] ? html`<span class="muted hint" id="${id}-hint">${hints[field]}</span>` : nothing}
          ${error ? html`<span class="error-text" id="${id}-error">${error}</span>` : nothing}
        </div>`;
      })}
      <div class="actions">
        <button type="submit" class="button">${e.save}<span class="visually-hidden">: ${point.title}</span></button>
        <button type="button" class="button secondary" @click=${() => this.closeForm(point.id)}>${e.cancel}</button>
      </div>
    </form>`;
  }

  private saveForm(event: Event, m: Messages, point: PlanPoint): void {
    event.preventDefault();
    const form = this.forms.get(point.id);
    if (!form) return;
    form.errors = {};
    for (const field of ['title', 'summary'] as const) if (form.values[field].trim() === '') form.errors[field] = m.plan.edit.missing;
    for (const field of FORM_FIELDS) if (form.values[field].trim().length > MAX[field]) form.errors[field] = m.plan.edit.tooLong(MAX[field]);
    const invalid = FORM_FIELDS.find((field) => form.errors[field]);
    if (invalid) {
      this.update();
      void this.focus(`${this.pointSelector(point.id)} [aria-invalid="true"]`);
      return;
    }
    const changed = FORM_FIELDS.filter((field) => blankToNull(form.values[field]) !== (form.base[field] ?? null));
    if (changed.length > 0) {
      const values = Object.fromEntries(changed.map((field) => [field, blankToNull(form.values[field])]));
      const base = Object.fromEntries(changed.map((field) => [field, form.base[field] ?? null]));
      this.submitValues(point, values, base, form.baseVersion);
    }
    this.closeForm(point.id);
  }

  /** Called by the session: two editors changed the same fields; the editor who acted there moves to the choice. */
  async showConflict(m: Messages, pointId: string): Promise<void> {
    const point = this.session.plan.points.find((candidate) => candidate.id === pointId);
    this.host.announce(`${m.plan.edit.conflictTitle}: ${point?.title ?? ''}`);
    const active = this.root.activeElement;
    if (!active || active.closest('li.point')?.getAttribute('data-id') === pointId) {
      await this.focus(`${this.pointSelector(pointId)} .conflict-title`);
    }
  }

  private renderConflict(m: Messages, point: PlanPoint, index: number, change: PendingChange): TemplateResult {
    const e = m.plan.edit;
    if (change.op.type === 'update-step') return this.renderStepConflict(m, point, index, change);
    if (change.op.type !== 'patch-point') return html``;
    const op = change.op;
    const fields = Object.keys(op.values) as PointField[];
    const labels: Record<PointField, string> = {
      status: m.plan.statusLabel,
      title: e.title,
      summary: e.summary,
      responsible: m.plan.responsible,
      targetDate: m.plan.targetDate,
    };
    const show = (field: PointField, value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return e.empty;
      if (field === 'status') return m.plan.statuses[value as PointStatus] ?? value;
      return field === 'targetDate' ? this.host.formatDay(value) : value;
    };
    const refocus = () => void this.focus(`${this.pointSelector(point.id)} .status-field select`);
    return html`<section class="conflict" aria-labelledby="conflict-${index}">
      ${heading(this.host.headingAt(2), { id: `conflict-${index}`, class: 'conflict-title', tabindex: -1 }, html`${e.conflictTitle}<span class="visually-hidden">: ${point.title}</span>`)}
      <p>${e.conflictText}</p>
      <dl class="versions">
        ${fields.map(
          (field) => html`<div class="version">
            <dt>${labels[field]}</dt>
            <dd><span class="who">${e.yours}:</span> <span lang=${this.host.planLang}>${show(field, op.values[field])}</span></dd>
            <dd><span class="who">${e.theirs}:</span> <span lang=${this.host.planLang}>${show(field, change.theirs ? fieldValue(change.theirs, field) : null)}</span></dd>
          </div>`,
        )}
      </dl>
      ${this.renderConflictActions(m, change, refocus, fields.some((field) => field !== 'status'))}
    </section>`;
  }

  /** The choices of a conflict: keep mine, take theirs, and (for texts) edit mine. */
  private renderConflictActions(m: Messages, change: PendingChange, refocus: () => void, editable: boolean): TemplateResult {
    const e = m.plan.edit;
    return html`<div class="actions">
      <button
        type="button"
        class="button"
        @click=${() => {
          this.session.keepMine(change);
          refocus();
        }}
      >
        ${e.keepMine}
      </button>
      <button
        type="button"
        class="button secondary"
        @click=${() => {
          this.session.takeTheirs(change);
          refocus();
        }}
      >
        ${e.takeTheirs}
      </button>
      ${editable ? html`<button type="button" class="button secondary" @click=${() => this.editMine(change)}>${e.editMine}</button>` : nothing}
    </div>`;
  }

  /** Two editors renamed the same step: both texts, and the same choices as for a point's fields. */
  private renderStepConflict(m: Messages, point: PlanPoint, index: number, change: PendingChange): TemplateResult {
    const e = m.plan.edit;
    if (change.op.type !== 'update-step') return html``;
    const { stepId, patch } = change.op;
    const theirs = change.theirs ? stepText(change.theirs, stepId) : undefined;
    const refocus = () => void this.focus(`${this.pointSelector(point.id)} li[data-step="${CSS.escape(stepId)}"] .rename-button`, `${this.pointSelector(point.id)} .status-field select`);
    return html`<section class="conflict" aria-labelledby="conflict-${index}" data-step=${stepId}>
      ${heading(this.host.headingAt(2), { id: `conflict-${index}`, class: 'conflict-title', tabindex: -1 }, html`${e.conflictTitle}<span class="visually-hidden">: ${point.title}</span>`)}
      <p>${e.conflictText}</p>
      <dl class="versions">
        <div class="version">
          <dt>${e.stepText}</dt>
          <dd><span class="who">${e.yours}:</span> <span lang=${this.host.planLang}>${patch.text || e.empty}</span></dd>
          <dd><span class="who">${e.theirs}:</span> <span lang=${this.host.planLang}>${theirs || e.empty}</span></dd>
        </div>
      </dl>
      ${this.renderConflictActions(m, change, refocus, true)}
    </section>`;
  }

  /** The conflict's own version goes back into the form, over the saved version as the new base. */
  private editMine(change: PendingChange): void {
    if (!change.theirs) return;
    const theirs = change.theirs;
    if (change.op.type === 'update-step') {
      // My text back into the rename field, over the saved text as the new base.
      const { pointId, stepId, patch } = change.op;
      this.session.takeTheirs(change);
      const baseText = stepText(theirs, stepId) ?? change.op.baseText ?? '';
      this.renames.set(stepKey(pointId, stepId), { pointId, stepId, text: patch.text ?? baseText, baseText, baseVersion: this.session.base.version });
      this.update();
      void this.focus(`${this.pointSelector(pointId)} li[data-step="${CSS.escape(stepId)}"] form.rename input`);
      return;
    }
    if (change.op.type !== 'patch-point') return;
    const mine = Object.fromEntries(
      Object.entries(change.op.values)
        .filter(([field]) => field !== 'status')
        .map(([field, value]) => [field, value ?? '']),
    ) as Partial<Record<FormField, string>>;
    this.session.takeTheirs(change);
    this.openForm(theirs, mine, valuesOf(theirs, FORM_FIELDS));
  }

  renderSaveState(m: Messages, point: PlanPoint): TemplateResult | typeof nothing {
    if (!this.session.live) return nothing;
    const save = this.session.stateOf(point.id);
    return html`<p class="save-state" role="status">
      ${save?.status === 'saving' ? m.plan.edit.saving : save?.status === 'saved' ? m.plan.edit.saved : nothing}
      ${save?.status === 'failed'
        ? html`<span class="error-text">${m.plan.edit.saveFailed} ${describeError(save.error, m)}</span>
            <button type="button" class="button secondary" @click=${() => this.session.retry(point.id)}>${m.common.retry}</button>
            <button type="button" class="button secondary" @click=${() => this.session.discard(point.id)}>${m.plan.edit.discard}</button>`
        : nothing}
    </p>`;
  }

  // Steps.

  renderSteps(m: Messages, point: PlanPoint, index: number, open: boolean): TemplateResult {
    const e = m.plan.edit;
    const steps = point.steps ?? [];
    const draft = this.newSteps.get(point.id) ?? { text: '' };
    const removed = this.removed.get(point.id);
    const stepIds = new Set(steps.map((step) => step.id));
    // A step renamed here but removed meanwhile keeps its text, as does one the server no longer knew.
    const gone = [...this.renames.entries()].filter(([, rename]) => rename.pointId === point.id && !stepIds.has(rename.stepId));
    const orphans = this.session.orphans.filter((orphan) => orphan.pointId === point.id);
    const addId = `add-${index}`;
    return html`<div class="steps-editor ${open ? '' : 'collapsed'}" id="steps-${index}">
      <ul class="steps" part="steps">
        ${repeat(
          steps,
          (step) => step.id,
          (step, position) => this.renderStep(m, point, step, position, steps.length),
        )}
      </ul>
      ${gone.map(([key, rename]) => this.renderOrphan(m, point, rename.text, () => this.renames.delete(key)))}
      ${orphans.map((orphan) => this.renderOrphan(m, point, orphan.text, () => this.session.dropOrphan(orphan), orphan))}
      ${removed
        ? html`<p class="undo" role="status">
            ${e.removed(removed.step.text)}
            <button type="button" class="button secondary undo-button" @click=${() => this.undoRemove(point)}>
              ${e.undo}<span class="visually-hidden">: ${removed.step.text}</span>
            </button>
          </p>`
        : nothing}
      <form class="add-step" novalidate @submit=${(event: Event) => this.addStep(event, m, point)}>
        <div class="field">
          <label for=${addId}>${e.newStep}<span class="visually-hidden">: ${point.title}</span></label>
          <input
            id=${addId}
            maxlength=${STEP_MAX}
            aria-invalid=${draft.error ? 'true' : nothing}
            aria-describedby=${draft.error ? `${addId}-error` : nothing}
            .value=${live(draft.text)}
            @input=${(event: Event) => {
              this.newSteps.set(point.id, { text: (event.target as HTMLInputElement).value });
              if (draft.error) this.update();
            }}
          />
          ${draft.error ? html`<span class="error-text" id="${addId}-error">${draft.error}</span>` : nothing}
        </div>
        <button type="submit" class="button secondary">${e.addStep}</button>
      </form>
    </div>`;
  }

  private renderStep(m: Messages, point: PlanPoint, step: PlanStep, position: number, count: number): TemplateResult {
    const e = m.plan.edit;
    const rename = this.renames.get(stepKey(point.id, step.id));
    const lang = this.host.planLang;
    if (rename) {
      const id = `rename-${CSS.escape(step.id)}`;
      return html`<li data-step=${step.id}>
        <form class="rename" novalidate @submit=${(event: Event) => this.saveRename(event, m, point, step)}>
          <div class="field">
            <label for=${id}>${e.stepText}</label>
            <input
              id=${id}
              maxlength=${STEP_MAX}
              aria-invalid=${rename.error ? 'true' : nothing}
              aria-describedby=${rename.error ? `${id}-error` : nothing}
              .value=${live(rename.text)}
              @input=${(event: Event) => (rename.text = (event.target as HTMLInputElement).value)}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  this.closeRename(point, step);
                }
              }}
            />
            ${rename.error ? html`<span class="error-text" id="${id}-error">${rename.error}</span>` : nothing}
          </div>
          <div class="actions">
            <button type="submit" class="button">${e.save}</button>
            <button type="button" class="button secondary" @click=${() => this.closeRename(point, step)}>${e.cancel}</button>
          </div>
        </form>
      </li>`;
    }
    return html`<li data-step=${step.id} class=${step.done ? 'done' : ''}>
      <div class="step-line">
        <label class="check"
          ><input type="checkbox" .checked=${live(step.done)} @change=${(event: Event) => this.tick(point, step, (event.target as HTMLInputElement).checked)} />
          <span lang=${lang}>${step.text}</span></label
        >
        <span class="step-tools">
          <button type="button" class="icon-button up" aria-label=${e.moveUp(step.text)} ?disabled=${position === 0} @click=${() => this.move(m, point, step, position - 1, count)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="icon-button down"
            aria-label=${e.moveDown(step.text)}
            ?disabled=${position === count - 1}
            @click=${() => this.move(m, point, step, position + 1, count)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" class="icon-button rename-button" aria-label=${e.rename(step.text)} @click=${() => this.openRename(point, step)}>
            <span aria-hidden="true">✎</span>
          </button>
          <button type="button" class="icon-button remove-button" aria-label=${e.remove(step.text)} @click=${() => this.removeStep(point, step, position)}>
            <span aria-hidden="true">✕</span>
          </button>
        </span>
      </div>
      ${stepSource(m, step)}
    </li>`;
  }

  private renderOrphan(m: Messages, point: PlanPoint, text: string, drop: () => void, orphan?: OrphanText): TemplateResult {
    const e = m.plan.edit;
    return html`<div class="orphan" role="group" aria-label=${e.stepGone}>
      <p>${e.stepGone}</p>
      <p class="orphan-text" lang=${this.host.planLang}>${text}</p>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          @click=${() => {
            this.session.submit({ type: 'add-step', pointId: point.id, step: { id: newStepId(), text: text.trim() || text } });
            if (orphan) this.session.dropOrphan(orphan);
            else drop();
            this.update();
            void this.focus(`${this.pointSelector(point.id)} .add-step input`);
          }}
        >
          ${e.addAsNew}
        </button>
        <button
          type="button"
          class="button secondary"
          @click=${() => {
            drop();
            this.update();
            void this.focus(`${this.pointSelector(point.id)} .add-step input`);
          }}
        >
          ${e.discard}
        </button>
      </div>
    </div>`;
  }

  private stepSelector(point: PlanPoint, step: PlanStep, inner: string): string {
    return `${this.pointSelector(point.id)} li[data-step="${CSS.escape(step.id)}"] ${inner}`;
  }

  private tick(point: PlanPoint, step: PlanStep, done: boolean): void {
    this.session.submit({ type: 'update-step', pointId: point.id, stepId: step.id, patch: { done } });
  }

  private move(m: Messages, point: PlanPoint, step: PlanStep, to: number, count: number): void {
    if (to < 0 || to >= count) return;
    const from = (point.steps ?? []).findIndex((candidate) => candidate.id === step.id);
    this.session.submit({ type: 'update-step', pointId: point.id, stepId: step.id, patch: { position: to } });
    this.host.announce(m.plan.edit.moved(step.text, to + 1, count));
    // Focus stays on the same button of the moved step, or its other one at the top or the end of the list.
    const [same, other] = to < from ? ['.up', '.down'] : ['.down', '.up'];
    void this.focus(this.stepSelector(point, step, same), this.stepSelector(point, step, other));
  }

  private openRename(point: PlanPoint, step: PlanStep): void {
    this.renames.set(stepKey(point.id, step.id), { pointId: point.id, stepId: step.id, text: step.text, baseText: step.text, baseVersion: this.session.base.version });
    this.update();
    void this.focus(this.stepSelector(point, step, 'input'));
  }

  private closeRename(point: PlanPoint, step: PlanStep): void {
    this.renames.delete(stepKey(point.id, step.id));
    this.update();
    void this.focus(this.stepSelector(point, step, '.rename-button'));
  }

  private saveRename(event: Event, m: Messages, point: PlanPoint, step: PlanStep): void {
    event.preventDefault();
    const rename = this.renames.get(stepKey(point.id, step.id));
    if (!rename) return;
    const text = rename.text.trim();
    if (text === '') {
      rename.error = m.plan.edit.missing;
      this.update();
      void this.focus(this.stepSelector(point, step, 'input'));
      return;
    }
    if (text !== step.text) {
      // Sent with the version and the text the editor started from: a rename by someone else meanwhile is not overwritten.
      const { baseText, baseVersion } = rename;
      this.session.submit({ type: 'update-step', pointId: point.id, stepId: step.id, patch: { text }, baseText, baseVersion });
    }
    this.closeRename(point, step);
  }

  private removeStep(point: PlanPoint, step: PlanStep, index: number): void {
    this.session.submit({ type: 'delete-step', pointId: point.id, stepId: step.id });
    this.removed.set(point.id, { step, index });
    this.update();
    void this.focus(`${this.pointSelector(point.id)} .undo-button`);
  }

  private undoRemove(point: PlanPoint): void {
    const removed = this.removed.get(point.id);
    if (!removed) return;
    this.removed.delete(point.id);
    const { step, index } = removed;
    this.session.submit({ type: 'add-step', pointId: point.id, step: { ...step, position: index } });
    void this.focus(this.stepSelector(point, step, 'input[type="checkbox"]'), `${this.pointSelector(point.id)} .add-step input`);
  }

  private addStep(event: Event, m: Messages, point: PlanPoint): void {
    event.preventDefault();
    const text = (this.newSteps.get(point.id)?.text ?? '').trim();
    if (text === '') {
      this.newSteps.set(point.id, { text: '', error: m.plan.edit.missing });
      this.update();
      return;
    }
    this.session.submit({ type: 'add-step', pointId: point.id, step: { id: newStepId(), text } });
    this.newSteps.delete(point.id);
    this.update();
  }

  // The plan as a file (no server), and new plans (with a server).

  renderFooter(m: Messages, plan: Plan): TemplateResult {
    const e = m.plan.edit;
    if (!this.session.live) {
      return html`<p class="download">
        <button type="button" class="button secondary" @click=${() => this.downloadJson(plan)}>${e.downloadJson}</button>
        <span class="muted">${e.downloadHint}</span>
      </p>`;
    }
    const create = this.create;
    return html`<div class="plan-footer">
      <p class="notice" role="status">${this.notice}</p>
      <button
        type="button"
        class="button secondary new-plan"
        aria-expanded=${create.open ? 'true' : 'false'}
        aria-controls="new-plan"
        @click=${() => {
          create.open = !create.open;
          create.error = undefined;
          this.update();
          void this.focus(create.open ? '#new-plan input' : '.new-plan');
        }}
      >
        ${e.newPlan}
      </button>
      ${create.open ? this.renderCreateForm(m, undefined) : nothing}
    </div>`;
  }

  /** With a server and no plan under this id yet: create it from the factsheet's five points. */
  renderMissing(m: Messages): TemplateResult {
    const e = m.plan.edit;
    if (!this.create.title && !this.create.busy) this.create.title = DEFAULT_PLAN.title;
    return html`<section class="plan create-plan" part="base" aria-labelledby="missing-title" lang=${this.host.renderLang}>
      ${heading(this.host.headingAt(), { id: 'missing-title', class: 'plan-title', tabindex: -1 }, e.missingPlan)}
      <p>${e.createIntro}</p>
      ${this.renderCreateForm(m, this.host.planId)}
      <p class="visually-hidden" role="status">${this.create.busy ? e.creating : ''}</p>
    </section>`;
  }

  private renderCreateForm(m: Messages, fixedId: string | undefined): TemplateResult {
    const e = m.plan.edit;
    const create = this.create;
    const id = fixedId ?? create.id;
    return html`<form class="create-form" id=${fixedId ? 'create-plan' : 'new-plan'} novalidate @submit=${(event: Event) => this.submitCreate(event, m, fixedId)}>
      <div class="field">
        <label for="plan-title-input">${e.planTitle}</label>
        <input
          id="plan-title-input"
          maxlength="200"
          aria-invalid=${create.error === e.missing ? 'true' : nothing}
          aria-describedby=${create.error ? 'create-error' : nothing}
          .value=${live(create.title)}
          @input=${(event: Event) => {
            create.title = (event.target as HTMLInputElement).value;
            if (!create.idTyped) create.id = slugOf(create.title);
            this.update();
          }}
        />
      </div>
      ${fixedId
        ? nothing
        : html`<div class="field">
            <label for="plan-id-input">${e.planId}</label>
            <input
              id="plan-id-input"
              maxlength="100"
              spellcheck="false"
              autocapitalize="off"
              aria-describedby="plan-id-hint${create.error && create.error !== e.missing ? ' create-error' : ''}"
              aria-invalid=${create.error && create.error !== e.missing ? 'true' : nothing}
              .value=${live(id)}
              @input=${(event: Event) => {
                create.id = (event.target as HTMLInputElement).value;
                create.idTyped = create.id !== '';
              }}
            />
            <span class="muted hint" id="plan-id-hint">${e.planIdHint}</span>
          </div>`}
      ${create.error ? html`<p class="error-text" id="create-error">${create.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="button" ?disabled=${create.busy}>${create.busy ? e.creating : e.create}</button>
        ${fixedId
          ? nothing
          : html`<button
              type="button"
              class="button secondary"
              @click=${() => {
                create.open = false;
                this.update();
                void this.focus('.new-plan');
              }}
            >
              ${e.cancel}
            </button>`}
      </div>
    </form>`;
  }

  private async submitCreate(event: Event, m: Messages, fixedId: string | undefined): Promise<void> {
    event.preventDefault();
    const e = m.plan.edit;
    const create = this.create;
    if (create.busy) return;
    const title = create.title.trim();
    const id = (fixedId ?? create.id).trim();
    create.error = title === '' ? e.missing : fixedId === undefined && !isPlanId(id) ? e.idInvalid : undefined;
    if (create.error) {
      this.update();
      void this.focus(title === '' ? '#plan-title-input' : '#plan-id-input');
      return;
    }
    const adapter = this.host.data.adapter;
    create.busy = true;
    this.update();
    try {
      if (fixedId === undefined) {
        // PUT replaces a plan: an id in use is refused here rather than overwritten.
        const taken = await adapter.getPlan(id).then(
          () => true,
          (error: unknown) => {
            if (isStatus(error, 404)) return false;
            throw error;
          },
        );
        if (taken) {
          create.error = e.idTaken;
          return;
        }
      }
      await adapter.putPlan({ ...structuredClone(DEFAULT_PLAN), id, title });
      this.notice = e.created(title, id);
      this.create = { open: false, title: '', id: '', idTyped: false, busy: false };
      if (fixedId === undefined) this.host.planId = id;
      else void this.host.data.reload();
      await this.host.updateComplete;
      await this.host.data.task.taskComplete.catch(() => undefined);
      await this.focus('#plan-title');
    } catch (error) {
      create.error = `${e.createFailed} ${describeError(error, m)}`;
      this.host.data.reportError(error, 'save-plan');
    } finally {
      create.busy = false;
      this.update();
      if (create.error) void this.focus(create.error === e.idTaken ? '#plan-id-input' : '#plan-title-input');
    }
  }

  private downloadJson(plan: Plan): void {
    downloadFile(`${plan.id}.json`, `${JSON.stringify(plan, null, 2)}\n`, 'application/json');
  }
}
