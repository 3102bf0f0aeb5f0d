import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../base/css-props.js';
import { IjaElement } from '../../base/ija-element.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { downloadFile } from '../../base/download.js';
import { defineElement } from '../../core/define.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { agendaMessages } from '../../core/i18n/messages/agenda.js';
import { IjaAgendaChangeEvent } from '../../core/events.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { AGENDA_ITEM_TYPES } from '../../core/schemas/constants.js';
import type { Agenda, AgendaItem, AgendaItemType } from '../../core/schemas/agenda.js';
import type { Messages } from '../../core/i18n/locales.js';
import { durationOf, findProblems, formatClock, hasDayPeriod, msUntilNextMinute, nowState, sortedItems, toMinutes, type AgendaProblem, type NowState } from './agenda-time.js';
import type { IcsMode } from './agenda-ics.js';
import type { UndoStack } from './agenda-edit.js';
import { agendaIcon } from './agenda-icons.js';
import type { SaveState } from './agenda-editor.js';
import { onDemand } from '../../core/on-demand.js';
import { agendaStyles } from './ija-workshop-agenda.styles.js';

registerBuiltInMessages('agenda', agendaMessages);

/** Loaded when first needed: edit mode (controls and edits), the calendar file. */
const editCode = onDemand(() => import('./agenda-editor.js'));
type EditCode = typeof import('./agenda-editor.js');
const icsCode = onDemand(() => import('./agenda-ics.js'));
/** schema.org JSON-LD, for pages that ask for it with `structured-data`. */
const structuredDataCode = onDemand(() => import('./agenda-structured-data.js'));

const LONG_DESCRIPTION = 180;

/**
 * The programme of a Werkstattgespräch: live on the day (current and next item, a now line),
 * for a projector, printable on one A4 page, exportable to calendars, and editable by organisers.
 *
 * @tag ija-workshop-agenda
 * @summary The day's programme: now and next on the day, print, calendar export, editing.
 *
 * @slot empty - Shown when the agenda has no items.
 *
 * @csspart base - The agenda (header, items, calendar).
 * @csspart header - Title, date and place.
 * @csspart items - The ordered list of items.
 * @csspart item - One item; `aria-current="time"` while it runs.
 * @csspart time - An item's time and duration.
 * @csspart card - An item's content.
 * @csspart now-line - The line that marks the current minute.
 * @csspart calendar - The calendar export.
 * @csspart toolbar - The editing toolbar.
 *
 * @cssproperty --ija-color-primary - Accents, current item and buttons.
 * @cssproperty --ija-agenda-minute-size - Height of one minute in the wide timeline (default 0.12rem).
 *
 * @event ija-load - Data loaded; `detail.issues` lists records left out.
 * @event ija-error - Loading failed; `detail.error` says why.
 * @event ija-agenda-change - The organiser changed the agenda; `detail.agenda` is the new agenda.
 */
export class IjaWorkshopAgenda extends IjaElement {
  static override styles = [...IjaElement.styles, agendaStyles];

  /** The agenda as data (wins over every other source). */
  @property({ attribute: false }) agenda?: unknown;

  /** Which agenda to load from `api` or a provider. */
  @property({ attribute: 'agenda-id' }) agendaId: string = DEFAULT_IDS.agenda;

  /** `projector`: large type for a beamer, current and next item prominent. */
  @property({ reflect: true }) variant: 'default' | 'projector' = 'default';

  /** Lets organisers reorder, resize, add and remove items. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Adds schema.org Event data (JSON-LD) to the page for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** A fixed clock (for previews and tests); by default the real time. */
  @property({ attribute: false }) now?: Date;

  @state() private draft?: Agenda;
  /** The draft has changes that are not saved yet. */
  @state() private dirty = false;
  @state() private expanded = new Set<string>();
  @state() private saveState: SaveState = { status: 'idle' };
  @state() private announcement = '';
  @state() private addError = '';
  @state() private calendarMode: IcsMode = 'day';

  private undoStack?: UndoStack<Agenda>;
  private lastCurrent: string | undefined | null = null;
  private currentChanged = false;
  private timer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: string;

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Agenda, [string]>(this, {
    value: () => this.agenda,
    args: () => [this.agendaId],
    load: (adapter, signal, id) => adapter.getAgenda(id, { signal }),
    onLoad: ({ data }) => {
      this.draft = undefined;
      this.dirty = false;
      this.undoStack?.clear();
      this.saveState = { status: 'idle' };
      this.warnProblems(data);
    },
  });

  /** The agenda as shown, including unsaved edits. */
  get currentAgenda(): Agenda | undefined {
    return this.draft ?? this.data.task.value?.data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleTick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Re-render at each full minute, so now and next follow the clock. */
  private scheduleTick(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.requestUpdate();
      this.scheduleTick();
    }, msUntilNextMinute(new Date()));
  }

  /** A time of the agenda ("13:30") as the widget's language writes it. */
  private formatTime(time: string): string {
    return formatClock(time, this.localize.intlLocale);
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  private warnProblems(agenda: Agenda): void {
    const m = this.localize.m;
    for (const problem of findProblems(agenda.items)) {
      console.warn(`[ija-widgets] <${this.localName}>: item "${problem.itemId}": ${this.problemText(problem, agenda, m)}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const agenda = this.currentAgenda;
    if (!agenda) return;
    const { current } = nowState(agenda, this.clock());
    // Announce only a change of the running item, never the first state.
    this.currentChanged = current !== this.lastCurrent;
    if (this.lastCurrent !== null && this.currentChanged && current !== undefined) {
      const item = agenda.items.find((i) => i.id === current);
      if (item) this.announcement = this.localize.m.agenda.nowAnnouncement(item.title);
    }
    this.lastCurrent = current;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Loaded once the page asks for it; afterwards it also removes the data when the attribute goes.
    const structured = this.structuredData ? structuredDataCode.use(this) : structuredDataCode.value;
    structured?.syncStructuredData(this, this.structuredData ? this.currentAgenda : undefined, this.localize.lang);
    // On a beamer nobody scrolls: keep the running item in view.
    if (this.variant === 'projector' && this.currentChanged && this.lastCurrent) {
      this.renderRoot.querySelector('[aria-current="time"]')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  protected override render() {
    return this.renderData(this.data, ({ data, issues }) => {
      const agenda = this.draft ?? data;
      const m = this.localize.m;
      const items = sortedItems(agenda.items);
      const now = nowState(agenda, this.clock());
      // Edit mode shows once its code is there (a moment after `editable` is set for the first time).
      const edit = this.editable ? editCode.use(this) : undefined;
      const problems = edit ? findProblems(agenda.items) : [];
      return html`<section class="agenda" part="base" aria-labelledby="agenda-title">
        ${this.renderHeader(agenda, m)}
        ${this.editable && !edit ? renderOnDemand(m, this, editCode, () => html``) : nothing}
        ${edit
          ? edit.renderEditToolbar(m, {
              canUndo: this.undoStack?.canUndo ?? false,
              dirty: this.dirty,
              writable: this.data.adapter.writable,
              saveState: this.saveState,
              onUndo: () => this.undoLast(),
              onSave: () => void this.save(),
              onDownload: () => this.downloadJson(),
            })
          : nothing}
        ${items.length === 0
          ? html`<p class="empty-items"><slot name="empty">${m.common.empty}</slot></p>`
          : html`<ol class="items ${hasDayPeriod(this.localize.intlLocale) ? 'long-times' : ''}" part="items">
              ${items.map((item, index) => this.renderItem(agenda, item, index, items.length, now, problems, m, edit))}
            </ol>`}
        ${edit ? edit.renderAddForm(m, { error: this.addError, onAdd: (form) => this.addFromForm(form) }) : nothing}
        ${items.length > 0 ? this.renderCalendar(agenda, m) : nothing} ${renderIssuesNote(m, issues)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>`;
    });
  }

  private renderHeader(agenda: Agenda, m: Messages): TemplateResult {
    const date = agenda.date
      ? this.localize.formatDate(new Date(`${agenda.date}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' })
      : undefined;
    return html`<header class="header" part="header">
      <h2 id="agenda-title" class="agenda-title" lang=${this.contentLang(this.data.source)}>${agenda.title}</h2>
      <p class="meta">
        ${date ? html`<time datetime=${agenda.date!}>${date}</time>` : html`<span class="template">${m.agenda.template}</span>`}
        ${agenda.location ? html`<span class="location">${agenda.location}</span>` : nothing}
      </p>
    </header>`;
  }

  private renderItem(
    agenda: Agenda,
    item: AgendaItem,
    index: number,
    count: number,
    now: NowState,
    problems: AgendaProblem[],
    m: Messages,
    edit: EditCode | undefined,
  ): TemplateResult {
    const minutes = Math.max(0, durationOf(item));
    const isCurrent = now.current === item.id;
    const isNext = now.next === item.id;
    const known = (AGENDA_ITEM_TYPES as readonly string[]).includes(item.type);
    const type = (known ? item.type : 'other') as AgendaItemType;
    const stamp = (time: string) => (agenda.date ? `${agenda.date}T${time}` : time);
    const [start, end] = [this.formatTime(item.start), this.formatTime(item.end)];
    const itemProblems = problems.filter((p) => p.itemId === item.id);
    return html`<li
      class="item type-${type} ${isCurrent ? 'current' : ''} ${isNext ? 'next' : ''}"
      part="item"
      data-id=${item.id}
      aria-current=${isCurrent ? 'time' : nothing}
      ${cssProps({ '--_minutes': String(minutes) })}
      draggable=${edit && !item.pinned ? 'true' : nothing}
      @dragstart=${edit ? (event: DragEvent) => event.dataTransfer?.setData('text/plain', item.id) : nothing}
      @dragover=${edit ? (event: DragEvent) => event.preventDefault() : nothing}
      @drop=${edit ? (event: DragEvent) => this.dropOn(event, index) : nothing}
    >
      <div class="time" part="time">
        <span aria-hidden="true"
          ><time datetime=${stamp(item.start)}>${start}</time>–<time datetime=${stamp(item.end)}>${end}</time></span
        >
        <span class="visually-hidden">${m.agenda.timeRangeSpoken(start, end)},</span>
        <span class="duration" aria-hidden="true">${m.agenda.duration(minutes)}</span>
        <span class="visually-hidden">${m.agenda.durationSpoken(minutes)}.</span>
      </div>
      <div class="card" part="card">
        ${isCurrent ? html`<p class="badge now">${m.agenda.now}</p>` : nothing}
        ${isNext ? html`<p class="badge next">${m.agenda.next}</p>` : nothing}
        <p class="type">${agendaIcon(type)}<span>${m.agenda.itemTypes[type]}</span></p>
        <h3 class="title" lang=${this.contentLang(this.data.source)}>${item.title}</h3>
        ${item.speaker ? html`<p class="speaker">${m.agenda.speaker} ${item.speaker}</p>` : nothing}
        ${this.renderDescription(item, m)} ${this.renderBoardLink(item, m)}
        ${itemProblems.map((problem) => html`<p class="problem" part="problem">${this.problemText(problem, agenda, m)}</p>`)}
        ${edit
          ? edit.renderEditControls(m, item, {
              first: index === 0,
              last: index === count - 1,
              onMove: (delta) => this.move(item, index + delta),
              onDuration: (value) => this.apply(edit.setDuration(agenda, item.id, value)),
              onPinned: (pinned) => this.apply(edit.setPinned(agenda, item.id, pinned)),
              onRemove: () => this.removeAgendaItem(item),
            })
          : nothing}
        ${isCurrent && now.minutes !== undefined
          ? html`<div
              class="now-line"
              part="now-line"
              aria-hidden="true"
              ${cssProps({ '--_progress': `${(((now.minutes - toMinutes(item.start)) / Math.max(1, minutes)) * 100).toFixed(2)}%` })}
            ></div>`
          : nothing}
      </div>
    </li>`;
  }

  private renderDescription(item: AgendaItem, m: Messages): TemplateResult | typeof nothing {
    if (!item.description) return nothing;
    if (item.description.length <= LONG_DESCRIPTION) return html`<p class="description" lang=${this.contentLang(this.data.source)}>${item.description}</p>`;
    const open = this.expanded.has(item.id);
    return html`<p class="description ${open ? '' : 'clamped'}" id="desc-${item.id}" lang=${this.contentLang(this.data.source)}>${item.description}</p>
      <button
        type="button"
        class="link-button more"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="desc-${item.id}"
        @click=${() => this.toggleDescription(item.id)}
      >
        ${open ? m.agenda.showLess : m.agenda.showMore}
      </button>`;
  }

  /** A discussion block links to its board: on this page if it is here, else to the URL in the data. */
  private renderBoardLink(item: AgendaItem, m: Messages): TemplateResult | typeof nothing {
    const board = item.boardId
      ? [...document.querySelectorAll('ija-leitfragen-board')].find((el) => el.getAttribute('board-id') === item.boardId)
      : undefined;
    if (board?.id) return html`<p><a class="board-link" href="#${board.id}">${m.agenda.toBoard}</a></p>`;
    if (item.url) return html`<p><a class="board-link" href=${item.url} rel="noopener noreferrer">${item.title}</a></p>`;
    return nothing;
  }

  private renderCalendar(agenda: Agenda, m: Messages): TemplateResult {
    if (!agenda.date) return html`<p class="calendar hint" part="calendar">${m.agenda.calendarNeedsDate}</p>`;
    return html`<div class="calendar" part="calendar">
      <fieldset>
        <legend>${m.agenda.calendarFormat}</legend>
        ${(['day', 'items'] as const).map(
          (mode) => html`<label class="check"
            ><input
              type="radio"
              name="calendar-mode"
              value=${mode}
              .checked=${this.calendarMode === mode}
              @change=${() => (this.calendarMode = mode)}
            />
            ${mode === 'day' ? m.agenda.calendarWholeDay : m.agenda.calendarEachItem}</label
          >`,
        )}
      </fieldset>
      <button type="button" class="button" @click=${() => void this.downloadCalendar(agenda)}>${m.agenda.addToCalendar}</button>
    </div>`;
  }

  private problemText(problem: AgendaProblem, agenda: Agenda, m: Messages): string {
    const texts = m.agenda.problems;
    switch (problem.kind) {
      case 'overlap':
        return texts.overlap(agenda.items.find((i) => i.id === problem.otherId)?.title ?? problem.otherId ?? '');
      case 'unknown-type':
        return texts['unknown-type'](agenda.items.find((i) => i.id === problem.itemId)?.type ?? '');
      default:
        return texts[problem.kind];
    }
  }

  private toggleDescription(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private async downloadCalendar(agenda: Agenda): Promise<void> {
    const { agendaToIcs, icsFileName } = await icsCode.load();
    downloadFile(icsFileName(agenda), agendaToIcs(agenda, { mode: this.calendarMode, url: location.href }), 'text/calendar;charset=utf-8');
  }

  private downloadJson(): void {
    const agenda = this.currentAgenda;
    if (agenda) downloadFile(`${agenda.id}.json`, `${JSON.stringify(agenda, null, 2)}\n`, 'application/json');
  }

  /** Every edit goes through here: remembered for undo, announced, and reported by an event. */
  private apply(next: Agenda, announcement?: string): void {
    const current = this.currentAgenda;
    if (!current || next === current) return;
    (this.undoStack ??= new (editCode.value!.UndoStack)<Agenda>()).push(current);
    this.draft = next;
    this.dirty = true;
    this.saveState = { status: 'idle' };
    if (announcement) this.announcement = announcement;
    this.dispatchEvent(new IjaAgendaChangeEvent(next));
  }

  private move(item: AgendaItem, toIndex: number): void {
    const agenda = this.currentAgenda;
    if (!agenda) return;
    const next = editCode.value!.moveItem(agenda, item.id, toIndex);
    const sorted = sortedItems(next.items);
    const position = sorted.findIndex((i) => i.id === item.id);
    const moved = sorted[position];
    this.focusAfterUpdate = `li[data-id="${CSS.escape(item.id)}"] .handle`;
    this.apply(next, moved ? this.localize.m.agendaEdit.moved(item.title, position + 1, this.formatTime(moved.start)) : undefined);
  }

  private dropOn(event: DragEvent, index: number): void {
    event.preventDefault();
    const id = event.dataTransfer?.getData('text/plain');
    const item = this.currentAgenda?.items.find((i) => i.id === id);
    if (item) this.move(item, index);
  }

  private removeAgendaItem(item: AgendaItem): void {
    const agenda = this.currentAgenda;
    if (!agenda) return;
    this.focusAfterUpdate = '.add-form input[name="title"]';
    this.apply(editCode.value!.removeItem(agenda, item.id), this.localize.m.agendaEdit.removed(item.title));
  }

  private addFromForm(form: HTMLFormElement): void {
    const agenda = this.currentAgenda;
    if (!agenda) return;
    const fields = new FormData(form);
    const title = String(fields.get('title') ?? '').trim();
    if (title === '') {
      this.addError = this.localize.m.agendaEdit.titleRequired;
      this.focusAfterUpdate = '.add-form input[name="title"]';
      return;
    }
    this.addError = '';
    const last = sortedItems(agenda.items).at(-1);
    const next = editCode.value!.addItem(agenda, {
      title,
      type: String(fields.get('type') ?? 'other'),
      duration: Number(fields.get('duration')) || 30,
      afterId: last?.id,
    });
    const added = next.items.find((i) => !agenda.items.some((old) => old.id === i.id));
    form.reset();
    this.apply(next, added ? this.localize.m.agendaEdit.added(added.title, this.formatTime(added.start)) : undefined);
  }

  private undoLast(): void {
    const previous = this.undoStack?.undo();
    if (!previous) return;
    this.draft = previous;
    this.dirty = true;
    this.saveState = { status: 'idle' };
    this.announcement = this.localize.m.agendaEdit.undone;
    this.dispatchEvent(new IjaAgendaChangeEvent(previous));
  }

  /** Saves through the adapter; on failure the edited agenda stays, with the reason and a retry. */
  private async save(): Promise<void> {
    const agenda = this.draft;
    if (!agenda || this.saveState.status === 'saving') return;
    this.saveState = { status: 'saving' };
    try {
      const saved = await this.data.adapter.saveAgenda(agenda);
      // Edits made while saving stay unsaved.
      if (this.draft === agenda) {
        this.draft = saved.data;
        this.dirty = false;
      }
      this.saveState = { status: 'saved' };
      this.announcement = this.localize.m.agendaEdit.saved;
    } catch (error) {
      this.saveState = { status: 'failed', error };
    }
  }
}

defineElement('ija-workshop-agenda', IjaWorkshopAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'ija-workshop-agenda': IjaWorkshopAgenda;
  }
}
