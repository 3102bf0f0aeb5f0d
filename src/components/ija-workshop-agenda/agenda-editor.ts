import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../../core/i18n/locales.js';
import { describeError } from '../../core/i18n/describe-error.js';
import { AGENDA_ITEM_TYPES } from '../../core/schemas/constants.js';
import type { Agenda, AgendaItem } from '../../core/schemas/agenda.js';
import type { IjaAdapter } from '../../core/adapter/types.js';
import type { Parsed } from '../../core/schemas/issues.js';
import { IjaAgendaChangeEvent, type IjaOperation } from '../../core/events.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { agendaEditMessages } from '../../core/i18n/messages/agenda-edit.js';
import { addStyles } from '../../base/add-styles.js';
import { downloadFile } from '../../base/download.js';
import { durationOf, findProblems, formatClock, fromMinutes, problemText, sortedItems, toMinutes } from './agenda-time.js';
import {
  addItem,
  dayStartOf,
  MAX_DURATION,
  MIN_DURATION,
  moveItem,
  removeItem,
  setDayStart,
  setDuration,
  setPinned,
  setPinnedTimes,
  timeChanges,
  UndoStack,
  updateDetails,
  updateItem,
} from './agenda-edit.js';
import { checkAddForm, checkDetailsForm, checkItemForm, readForm, type FieldError } from './agenda-form.js';
import { editorStyles } from './agenda-editor.styles.js';
import type { WidgetRegistry } from '../../core/widget-registry.js';

registerBuiltInMessages('agendaEdit', agendaEditMessages);

/**
 * Edit mode of `<ija-workshop-agenda>`, loaded on demand as one module: the organiser's draft with
 * undo, saving, the forms for the agenda and its items, and the notice of what moved since the last save.
 */

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; error: unknown };

/** What the editor needs of the element. */
export interface EditorHost extends ReactiveElement {
  editable: boolean;
  readonly data: {
    readonly adapter: IjaAdapter;
    readonly value: Parsed<Agenda> | undefined;
    reportError(error: unknown, operation: IjaOperation): void;
  };
  readonly currentAgenda: Agenda | undefined;
  readonly l10n: { readonly m: Messages; readonly intlLocale: string };
  announce(text: string): void;
  /** The boards of this provider (or page) are offered for a discussion block. */
  readonly widgets: { readonly registry?: WidgetRegistry };
}

/** The form of the agenda's own details; items' forms are keyed by item id. */
const DETAILS = '\u0000details';

const ITEM_FIELDS = ['title', 'type', 'speaker', 'description', 'start', 'end', 'boardId', 'url'] as const;
const DETAIL_FIELDS = ['title', 'date', 'location', 'dayStart'] as const;
const ADD_FIELDS = ['title', 'type', 'duration', 'after'] as const;

interface Field {
  /** The form's id prefix, e.g. "e3". */
  form: string;
  name: string;
  label: string;
  errors: readonly FieldError[];
  hint?: string;
}

export class AgendaEditor {
  /** The agenda with the organiser's changes; `undefined` until the first change. */
  draft?: Agenda;
  /** The draft has changes that are not saved yet. */
  dirty = false;
  saveState: SaveState = { status: 'idle' };
  /** The last saved (or loaded) agenda: what moved is told against it. */
  private reference: Agenda | undefined;
  private readonly undoStack = new UndoStack<Agenda>();
  /** Items (and DETAILS) whose form is open. */
  private readonly open = new Set<string>();
  private readonly errors = new Map<string, FieldError[]>();
  /** Short ids for forms and fields (item ids may hold spaces, which `aria-describedby` cannot). */
  private readonly keys = new Map<string, string>();
  private problems?: { agenda: Agenda; list: ReturnType<typeof findProblems> };
  private readonly host: EditorHost;

  constructor(host: EditorHost) {
    this.host = host;
    this.reference = host.data.value?.data;
    addStyles(host, editorStyles);
    // Drag and drop by the handle; the events reach the shadow root from any item.
    const root = host.renderRoot;
    const itemOf = (event: Event) => (this.host.editable ? (event.target as Element).closest?.<HTMLElement>('li.item') : null);
    root.addEventListener('dragstart', (event) => {
      const li = itemOf(event);
      if (li) (event as DragEvent).dataTransfer?.setData('text/plain', li.dataset['id']!);
    });
    root.addEventListener('dragover', (event) => {
      if (itemOf(event)) event.preventDefault();
    });
    root.addEventListener('drop', (event) => {
      const li = itemOf(event);
      if (!li) return;
      event.preventDefault();
      const agenda = this.host.currentAgenda;
      const item = agenda?.items.find((i) => i.id === (event as DragEvent).dataTransfer?.getData('text/plain'));
      if (agenda && item) this.move(item, sortedItems(agenda.items).findIndex((i) => i.id === li.dataset['id']));
    });
  }

  /**
   * The items, keyed by id: an item that moves (past lunch, or up and down) takes its controls, its open
   * form and what was typed there along.
   */
  readonly list = (items: AgendaItem[], render: (item: AgendaItem, index: number) => TemplateResult): unknown =>
    repeat(items, (item) => item.id, render);

  private get m(): Messages {
    return this.host.l10n.m;
  }

  private time(time: string): string {
    return formatClock(time, this.host.l10n.intlLocale);
  }

  /** "12:30 bis 13:30 Uhr": how the notice writes an item's times, for the eye and the ear alike. */
  private range(item: Pick<AgendaItem, 'start' | 'end'>): string {
    return this.m.agenda.timeRangeSpoken(this.time(item.start), this.time(item.end));
  }

  private key(id: string): string {
    let key = this.keys.get(id);
    if (!key) this.keys.set(id, (key = `e${this.keys.size + 1}`));
    return key;
  }

  /**
   * A newly loaded agenda replaces the draft, its undo history and open forms. The same agenda loaded
   * again (e.g. through an adapter with the organiser's key, just after signing in) keeps unsaved edits.
   */
  reset(saved: Agenda): void {
    this.reference = saved;
    if (this.dirty && this.draft?.id === saved.id) return;
    this.draft = undefined;
    this.dirty = false;
    this.undoStack.clear();
    this.saveState = { status: 'idle' };
    this.open.clear();
    this.errors.clear();
  }

  /**
   * Moves focus once the element has rendered (the control may be new, or have moved). With `ifLost`,
   * only when focus fell out of the widget (its control was moved or removed), never away from where
   * the organiser went meanwhile.
   */
  private focusLater(selector: string, ifLost = false): void {
    // Asked for first, so `updateComplete` is the coming render's.
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot as ShadowRoot;
      if (ifLost && root.activeElement) return;
      root.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  private itemSelector(id: string, inner: string): string {
    return `li[data-id="${CSS.escape(id)}"] ${inner}`;
  }

  // ---- edits -------------------------------------------------------------------------------

  /** Every edit goes through here: remembered for undo, announced (with what moved), reported by an event. */
  private apply(next: Agenda, said?: string): void {
    const current = this.host.currentAgenda;
    if (!current || next === current) return;
    this.undoStack.push(current);
    this.show(next, said);
  }

  private show(next: Agenda, said: string | undefined): void {
    this.draft = next;
    this.dirty = true;
    this.saveState = { status: 'idle' };
    const notice = this.notice(next);
    this.host.announce([said, ...(notice ? [this.m.agendaEdit.noticeTitle, ...notice] : [])].filter(Boolean).join(' '));
    this.host.dispatchEvent(new IjaAgendaChangeEvent(next));
    this.host.requestUpdate();
  }

  private move(item: AgendaItem, toIndex: number): void {
    const agenda = this.host.currentAgenda;
    if (!agenda) return;
    const next = moveItem(agenda, item.id, toIndex);
    const sorted = sortedItems(next.items);
    const position = sorted.findIndex((i) => i.id === item.id);
    this.focusLater(this.itemSelector(item.id, '.handle'));
    this.apply(next, this.m.agendaEdit.moved(item.title, position + 1, this.time(sorted[position]!.start)));
  }

  private remove(item: AgendaItem): void {
    const agenda = this.host.currentAgenda;
    if (!agenda) return;
    // Focus goes to the item that takes its place (or the one before, or the add form).
    const sorted = sortedItems(agenda.items);
    const index = sorted.indexOf(item);
    const neighbour = sorted[index + 1] ?? sorted[index - 1];
    this.open.delete(item.id);
    this.focusLater(neighbour ? this.itemSelector(neighbour.id, '.edit-toggle') : '.add-form input[name="title"]');
    this.apply(removeItem(agenda, item.id), this.m.agendaEdit.removed(item.title));
  }

  undo(): void {
    const previous = this.undoStack.undo();
    if (!previous) return;
    this.show(previous, this.m.agendaEdit.undone);
  }

  /** Saves through the adapter; on failure the edited agenda stays, with the reason and a retry. */
  async save(): Promise<void> {
    const agenda = this.draft;
    if (!agenda || !this.dirty || this.saveState.status === 'saving') return;
    this.saveState = { status: 'saving' };
    this.host.requestUpdate();
    try {
      const saved = await this.host.data.adapter.saveAgenda(agenda);
      this.reference = saved.data;
      // Edits made while saving stay unsaved.
      if (this.draft === agenda) {
        this.draft = saved.data;
        this.dirty = false;
      }
      this.saveState = { status: 'saved' };
      this.host.announce(this.m.agendaEdit.saved);
    } catch (error) {
      this.saveState = { status: 'failed', error };
      this.host.data.reportError(error, 'save-agenda');
    }
    this.host.requestUpdate();
  }

  private downloadJson(): void {
    const agenda = this.host.currentAgenda;
    if (agenda) downloadFile(`${agenda.id}.json`, `${JSON.stringify(agenda, null, 2)}\n`, 'application/json');
  }

  // ---- what moved ----------------------------------------------------------------------------

  /** The lines of the notice when `agenda` moves items past a fixed one or ends later than saved; else undefined. */
  private notice(agenda: Agenda): string[] | undefined {
    if (!this.reference) return undefined;
    const changes = timeChanges(this.reference, agenda);
    if (!changes.notable) return undefined;
    const e = this.m.agendaEdit;
    return [
      ...changes.kept.map((item) => e.noticeKept(item.title, this.range(item))),
      ...changes.moved.map(({ item, before, across }) => {
        const times = e.noticeTimes(this.range(item), this.range(before));
        return across ? e.noticeMovedPast(item.title, across.title, times) : e.noticeMoved(item.title, times);
      }),
      ...(changes.end ? [e.noticeEnd(this.time(fromMinutes(changes.end.after)), this.time(fromMinutes(changes.end.before)))] : []),
    ];
  }

  private renderNotice(agenda: Agenda): TemplateResult | typeof nothing {
    const lines = this.notice(agenda);
    if (!lines) return nothing;
    const e = this.m.agendaEdit;
    return html`<div class="move-notice" part="move-notice">
      <p class="notice-title">${e.noticeTitle}</p>
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      <p>${e.noticeUndo}</p>
    </div>`;
  }

  // ---- forms ---------------------------------------------------------------------------------

  private errorText(error: FieldError): string {
    const e = this.m.agendaEdit;
    switch (error.problem) {
      case 'required':
        return e.titleRequired;
      case 'time':
        return e.timeRequired;
      case 'end-before-start':
        return e.endBeforeStart;
      case 'duration':
        return e.durationInvalid(MIN_DURATION, MAX_DURATION);
      case 'date':
        return e.dateInvalid;
      case 'url':
        return e.urlInvalid;
    }
  }

  /** The id of a field's inline error (`add-error` for the add form's title, as before). */
  private errorId(f: Pick<Field, 'form' | 'name'>): string {
    return f.form === 'add' && f.name === 'title' ? 'add-error' : `${f.form}-${f.name}-error`;
  }

  /** Label, hint and inline error around a control; the control gets its id, `aria-invalid` and `aria-describedby` from `attrs`. */
  private field(f: Field, control: (attrs: { id: string; invalid: 'true' | 'false'; describedBy: string | typeof nothing }) => TemplateResult): TemplateResult {
    const id = `${f.form}-${f.name}`;
    const error = f.errors.find((e) => e.field === f.name);
    const describedBy = [f.hint ? `${id}-hint` : '', error ? this.errorId(f) : ''].filter(Boolean).join(' ');
    return html`<div class="field form-${f.name}">
      <label for=${id}>${f.label}</label>
      ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : nothing}
      ${error ? html`<span class="error-text" id=${this.errorId(f)}>${this.errorText(error)}</span>` : nothing}
      ${control({ id, invalid: error ? 'true' : 'false', describedBy: describedBy || nothing })}
    </div>`;
  }

  private input(f: Field, value: string, type = 'text', extra: { max?: number; disabled?: boolean } = {}): TemplateResult {
    return this.field(
      f,
      (a) =>
        html`<input
          id=${a.id}
          name=${f.name}
          type=${type}
          maxlength=${extra.max ?? nothing}
          autocomplete="off"
          ?disabled=${extra.disabled ?? false}
          .value=${value}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
        />`,
    );
  }

  private typeSelect(f: Field, value: string): TemplateResult {
    const types: readonly string[] = AGENDA_ITEM_TYPES.includes(value as never) ? AGENDA_ITEM_TYPES : [...AGENDA_ITEM_TYPES, value];
    const label = (type: string) => (this.m.agenda.itemTypes as Record<string, string>)[type] ?? `${this.m.agenda.itemTypes.other} (${type})`;
    return this.field(
      f,
      (a) => html`<select id=${a.id} name=${f.name} aria-describedby=${a.describedBy}>
        ${types.map((type) => html`<option value=${type} ?selected=${type === value}>${label(type)}</option>`)}
      </select>`,
    );
  }

  /** The list of what to fix, first in the form; it takes focus, and each entry leads to its field. */
  private summary(form: string, errors: readonly FieldError[], labels: Record<string, string>): TemplateResult | typeof nothing {
    if (errors.length === 0) return nothing;
    const go = (event: Event, name: string) => {
      event.preventDefault();
      this.host.renderRoot.querySelector<HTMLElement>(`#${form}-${name}`)?.focus();
    };
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${form}-summary">
      <p id="${form}-summary" class="error-title">${this.m.agendaEdit.errorSummary(errors.length)}</p>
      <ul>
        ${errors.map(
          (error) =>
            html`<li><a href="#${form}-${error.field}" @click=${(event: Event) => go(event, error.field)}>${labels[error.field]}: ${this.errorText(error)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private submitted(key: string, form: HTMLFormElement, errors: FieldError[]): boolean {
    if (errors.length === 0) {
      this.errors.delete(key);
      return true;
    }
    this.errors.set(key, errors);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => form.querySelector<HTMLElement>('.error-summary')?.focus());
    return false;
  }

  private toggle(key: string, openFocus: string, closedFocus: string): void {
    if (this.open.has(key)) {
      this.open.delete(key);
      this.errors.delete(key);
      this.focusLater(closedFocus);
    } else {
      this.open.add(key);
      this.focusLater(openFocus);
    }
    this.host.requestUpdate();
  }

  private formKeys(close: () => void): (event: KeyboardEvent) => void {
    return (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
  }

  // ---- the agenda's details ----------------------------------------------------------------

  private renderDetails(agenda: Agenda): TemplateResult {
    const e = this.m.agendaEdit;
    const open = this.open.has(DETAILS);
    const toggle = () => this.toggle(DETAILS, '#details-title', '.details-toggle');
    const button = html`<button
      type="button"
      class="button secondary details-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'details-form' : nothing}
      @click=${toggle}
    >
      ${e.editDetails}
    </button>`;
    // One template whether open or not, so the toggle stays the same element (and keeps focus).
    return html`${button}${open ? this.renderDetailsForm(agenda, toggle) : nothing}`;
  }

  private renderDetailsForm(agenda: Agenda, toggle: () => void): TemplateResult {
    const e = this.m.agendaEdit;
    const errors = this.errors.get(DETAILS) ?? [];
    const labels = { title: e.agendaTitle, date: e.date, location: e.location, dayStart: e.dayStart };
    const f = (name: keyof typeof labels, hint?: string): Field => ({ form: 'details', name, label: labels[name], errors, ...(hint ? { hint } : {}) });
    return html`<form id="details-form" class="edit-form details-form" novalidate @submit=${(event: SubmitEvent) => this.submitDetails(event)} @keydown=${this.formKeys(toggle)}>
        <fieldset>
          <legend>${e.detailsLegend}</legend>
          ${this.summary('details', errors, labels)} ${this.input(f('title'), agenda.title, 'text', { max: 200 })}
          ${this.input(f('date', e.dateHint), agenda.date ?? '', 'date')} ${this.input(f('location'), agenda.location ?? '', 'text', { max: 300 })}
          ${this.input(f('dayStart', e.dayStartHint), fromMinutes(dayStartOf(agenda)), 'time')}
          <div class="form-actions">
            <button type="submit" class="button">${e.apply}</button>
            <button type="button" class="button secondary" @click=${toggle}>${e.cancel}</button>
          </div>
        </fieldset>
      </form>`;
  }

  private submitDetails(event: SubmitEvent): void {
    event.preventDefault();
    const agenda = this.host.currentAgenda;
    const form = event.currentTarget as HTMLFormElement;
    const values = readForm(form, DETAIL_FIELDS);
    if (!agenda || !this.submitted(DETAILS, form, checkDetailsForm(values))) return;
    const value = (name: string) => values[name]?.value ?? '';
    let next = updateDetails(agenda, { title: value('title'), date: value('date'), location: value('location') });
    next = setDayStart(next, toMinutes(value('dayStart')));
    this.open.delete(DETAILS);
    this.focusLater('.details-toggle');
    if (next === agenda) this.host.requestUpdate();
    else this.apply(next, this.m.agendaEdit.detailsUpdated);
  }

  // ---- the toolbar -------------------------------------------------------------------------

  /** Above the items: the details, the toolbar (undo, save or download), and what moved. */
  renderTop(agenda: Agenda): TemplateResult {
    const m = this.m;
    const e = m.agendaEdit;
    const state = this.saveState;
    const writable = this.host.data.adapter.writable;
    return html`${this.renderDetails(agenda)}
      <div class="toolbar" part="toolbar" role="group" aria-label=${e.toolbar}>
        <button type="button" class="button secondary" aria-disabled=${this.undoStack.canUndo ? 'false' : 'true'} @click=${() => this.undo()}>
          ${e.undo}
        </button>
        ${writable
          ? html`<button type="button" class="button" aria-disabled=${this.dirty && state.status !== 'saving' ? 'false' : 'true'} @click=${() => void this.save()}>
              ${state.status === 'saving' ? e.saving : state.status === 'failed' ? m.common.retry : e.save}
            </button>`
          : html`<button type="button" class="button" @click=${() => this.downloadJson()}>${e.downloadJson}</button>
              <span class="hint">${e.downloadHint}</span>`}
        <span class="save-status" role="status">
          ${state.status === 'failed'
            ? html`<span class="error-text">${e.saveFailed} ${describeError(state.error, m)}</span>`
            : state.status === 'saved'
              ? e.saved
              : this.dirty && writable
                ? e.unsaved
                : nothing}
        </span>
      </div>
      ${this.renderNotice(agenda)}`;
  }

  // ---- one item ----------------------------------------------------------------------------

  /** Inside an item's card: its problems, its earlier times, the controls, and its form when open. */
  renderItem(agenda: Agenda, item: AgendaItem, index: number, count: number): TemplateResult {
    const m = this.m;
    const e = m.agendaEdit;
    if (this.problems?.agenda !== agenda) this.problems = { agenda, list: findProblems(agenda.items) };
    const problems = this.problems.list.filter((p) => p.itemId === item.id);
    const was = this.reference?.items.find((i) => i.id === item.id);
    const moved = was && (was.start !== item.start || was.end !== item.end);
    const pinned = item.pinned === true;
    const [first, last] = [index === 0, index === count - 1];
    const key = this.key(item.id);
    const open = this.open.has(item.id);
    const toggle = () => this.toggle(item.id, `#${key}-title`, this.itemSelector(item.id, '.edit-toggle'));
    const onKeydown = (event: KeyboardEvent) => {
      if (pinned) return;
      if (event.key === 'ArrowUp' && !first) this.move(item, index - 1);
      else if (event.key === 'ArrowDown' && !last) this.move(item, index + 1);
      else return;
      event.preventDefault();
    };
    const agendaNow = () => this.host.currentAgenda ?? agenda;
    return html`${problems.map((problem) => html`<p class="problem" part="problem">${problemText(problem, agenda, m)}</p>`)}
      ${moved ? html`<p class="was">${e.previously(this.range(was))}</p>` : nothing}
      <div class="edit-controls">
        <button
          type="button"
          class="icon-button handle"
          draggable=${pinned ? 'false' : 'true'}
          aria-label=${e.dragHandle(item.title)}
          ?disabled=${pinned}
          @keydown=${onKeydown}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <button type="button" class="icon-button" aria-label=${e.moveUp(item.title)} ?disabled=${pinned || first} @click=${() => this.move(item, index - 1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="icon-button" aria-label=${e.moveDown(item.title)} ?disabled=${pinned || last} @click=${() => this.move(item, index + 1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <label class="field duration-field"
          >${e.durationLabel}
          <input
            type="number"
            inputmode="numeric"
            min=${MIN_DURATION}
            max=${MAX_DURATION}
            step="5"
            .value=${String(Math.max(0, durationOf(item)))}
            @change=${(event: Event) => {
              const value = Number((event.target as HTMLInputElement).value);
              if (!Number.isFinite(value) || value <= 0 || value === durationOf(item)) return;
              // Focus stays with this item's field, wherever the item goes.
              this.focusLater(this.itemSelector(item.id, 'input[type="number"]'), true);
              this.apply(setDuration(agendaNow(), item.id, value));
            }}
        /></label>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${pinned}
            @change=${(event: Event) => this.apply(setPinned(agendaNow(), item.id, (event.target as HTMLInputElement).checked))}
          />
          ${e.pinLabel}</label
        >
        <button
          type="button"
          class="button secondary edit-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `${key}-form` : nothing}
          @click=${toggle}
        >
          ${e.edit}<span class="visually-hidden">: ${item.title}</span>
        </button>
        <button type="button" class="button secondary remove" @click=${() => this.remove(item)}>
          <span aria-hidden="true">✕</span><span class="visually-hidden">${e.remove(item.title)}</span>
        </button>
      </div>
      ${open ? this.renderItemForm(item, key, toggle) : nothing}`;
  }

  private renderItemForm(item: AgendaItem, key: string, close: () => void): TemplateResult {
    const e = this.m.agendaEdit;
    const errors = this.errors.get(item.id) ?? [];
    const labels: Record<string, string> = {
      title: e.newTitle,
      type: e.newType,
      speaker: e.speaker,
      description: e.description,
      start: e.start,
      end: e.end,
      boardId: e.boardId,
      url: e.url,
    };
    const f = (name: string, hint?: string): Field => ({ form: key, name, label: labels[name]!, errors, ...(hint ? { hint } : {}) });
    const boards = [...new Set(this.host.widgets.registry?.all('ija-leitfragen-board').map((board) => board.boardId))];
    return html`<form
      id="${key}-form"
      class="edit-form item-form"
      novalidate
      @submit=${(event: SubmitEvent) => this.submitItem(event, item)}
      @keydown=${this.formKeys(close)}
    >
      <fieldset>
        <legend>${e.editLegend(item.title)}</legend>
        ${this.summary(key, errors, labels)} ${this.input(f('title'), item.title, 'text', { max: 200 })} ${this.typeSelect(f('type'), item.type)}
        ${this.input(f('speaker'), item.speaker ?? '', 'text', { max: 200 })}
        ${this.field(
          f('description'),
          (a) =>
            html`<textarea id=${a.id} name="description" rows="3" maxlength="4000" .value=${item.description ?? ''} aria-describedby=${a.describedBy}></textarea>`,
        )}
        ${item.pinned
          ? html`${this.input(f('start'), item.start, 'time')} ${this.input(f('end'), item.end, 'time')}`
          : html`<p class="hint times-hint">${e.timesHint}</p>`}
        ${this.field(
          f('boardId', e.boardHint),
          (a) =>
            html`<input
                id=${a.id}
                name="boardId"
                maxlength="100"
                autocomplete="off"
                list="${key}-boards"
                .value=${item.boardId ?? ''}
                aria-describedby=${a.describedBy}
              /><datalist id="${key}-boards">${boards.map((board) => html`<option value=${board}></option>`)}</datalist>`,
        )}
        ${this.input(f('url', e.urlHint), item.url ?? '', 'url', { max: 2000 })}
        <div class="form-actions">
          <button type="submit" class="button">${e.apply}</button>
          <button type="button" class="button secondary" @click=${close}>${e.cancel}</button>
        </div>
      </fieldset>
    </form>`;
  }

  private submitItem(event: SubmitEvent, item: AgendaItem): void {
    event.preventDefault();
    const agenda = this.host.currentAgenda;
    const form = event.currentTarget as HTMLFormElement;
    const values = readForm(form, ITEM_FIELDS);
    if (!agenda || !this.submitted(item.id, form, checkItemForm(values))) return;
    const value = (name: string) => values[name]?.value ?? '';
    let next = updateItem(agenda, item.id, {
      title: value('title'),
      type: value('type'),
      speaker: value('speaker'),
      description: value('description'),
      boardId: value('boardId'),
      url: value('url'),
    });
    if (values['start'] && values['end']) next = setPinnedTimes(next, item.id, value('start'), value('end'));
    this.open.delete(item.id);
    this.focusLater(this.itemSelector(item.id, '.edit-toggle'));
    if (next === agenda) this.host.requestUpdate();
    else this.apply(next, this.m.agendaEdit.updated(value('title')));
  }

  // ---- adding ------------------------------------------------------------------------------

  /** Below the items: a new item's title, type, duration and where it goes (before the closing by default). */
  renderAdd(agenda: Agenda): TemplateResult {
    const m = this.m;
    const e = m.agendaEdit;
    const errors = this.errors.get('add') ?? [];
    const labels: Record<string, string> = { title: e.newTitle, type: e.newType, duration: e.newDuration, after: e.position };
    const f = (name: string): Field => ({ form: 'add', name, label: labels[name]!, errors });
    const sorted = sortedItems(agenda.items);
    const closing = sorted.findIndex((item) => item.type === 'closing');
    const preset = closing === -1 ? (sorted.at(-1)?.id ?? '') : (sorted[closing - 1]?.id ?? '');
    return html`<form class="add-form" novalidate @submit=${(event: SubmitEvent) => this.submitAdd(event)}>
      <fieldset>
        <legend>${e.add}</legend>
        ${this.summary('add', errors, labels)} ${this.input(f('title'), '', 'text', { max: 200 })} ${this.typeSelect(f('type'), 'other')}
        ${this.field(
          f('duration'),
          (a) =>
            html`<input
              id=${a.id}
              name="duration"
              type="number"
              inputmode="numeric"
              min=${MIN_DURATION}
              max=${MAX_DURATION}
              step="5"
              value="30"
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedBy}
            />`,
        )}
        ${this.field(
          f('after'),
          (a) => html`<select id=${a.id} name="after" aria-describedby=${a.describedBy}>
            <option value="" ?selected=${preset === ''}>${e.atStart}</option>
            ${sorted.map((item) => html`<option value=${item.id} ?selected=${item.id === preset}>${e.after(item.title)}</option>`)}
          </select>`,
        )}
        <div class="form-actions"><button type="submit" class="button">${e.add}</button></div>
      </fieldset>
    </form>`;
  }

  private submitAdd(event: SubmitEvent): void {
    event.preventDefault();
    const agenda = this.host.currentAgenda;
    const form = event.currentTarget as HTMLFormElement;
    const values = readForm(form, ADD_FIELDS);
    if (!agenda || !this.submitted('add', form, checkAddForm(values))) return;
    const after = values['after']?.value ?? '';
    const next = addItem(agenda, {
      title: values['title']!.value,
      type: values['type']?.value || 'other',
      duration: Number(values['duration']?.value),
      afterId: after === '' ? null : after,
    });
    const added = next.items.find((i) => !agenda.items.some((old) => old.id === i.id));
    form.reset();
    this.apply(next, added ? this.m.agendaEdit.added(added.title, this.time(added.start)) : undefined);
  }
}
