import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../base/css-props.js';
import { heading } from '../../base/heading.js';
import { IjaElement } from '../../base/ija-element.js';
import { showWidget } from '../../base/widget-registration.js';
import { DataSourceController } from '../../base/data-source-controller.js';
import { renderIssuesNote, renderOnDemand } from '../../base/states.js';
import { downloadFile } from '../../base/download.js';
import { registerBuiltInMessages } from '../../core/i18n/locales.js';
import { agendaMessages } from '../../core/i18n/messages/agenda.js';
import { DEFAULT_IDS } from '../../core/schemas/constants.js';
import { AGENDA_ITEM_TYPES } from '../../core/schemas/constants.js';
import type { Agenda, AgendaInput, AgendaItem, AgendaItemType } from '../../core/schemas/agenda.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { NowState } from './agenda-time.js';
import type { IcsMode } from './agenda-ics.js';
import type { AgendaEditor } from './agenda-editor.js';
import { onDemand } from '../../core/on-demand.js';
import { agendaStyles } from './ija-workshop-agenda.styles.js';

registerBuiltInMessages('agenda', agendaMessages);

/** Loaded when first needed: edit mode (controls and edits), following a server's agenda, the calendar file. */
/** The items' times and icons: loaded with the agenda, so the element's first download is small. */
export const contentCode = onDemand(() => import('./agenda-content.js'), { firstRender: true });
const editCode = onDemand(() => import('./agenda-editor.js'));
const liveCode = onDemand(() => import('./agenda-live.js'));
const icsCode = onDemand(() => import('./agenda-ics.js'));
/** schema.org JSON-LD, for pages that ask for it with `structured-data`. */
const structuredDataCode = onDemand(() => import('./agenda-structured-data.js'));

const LONG_DESCRIPTION = 180;

/**
 * The programme of a Werkstattgespräch: live on the day (current and next item, a now line),
 * for a projector, printable on one A4 page, exportable to calendars, and editable by organisers.
 *
 * From a server (`api`, a provider or an adapter that can save), a viewer's agenda asks for the saved
 * version every 15 seconds while the page is visible and shows a change in place.
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
 * @csspart move-notice - In edit mode: which items a change moved, before it is saved.
 * @csspart problem - In edit mode: what to fix in an item's times (out of order, overlapping, ending before it starts).
 *
 * @cssproperty --ija-color-primary - Accents, current item and buttons.
 * @cssproperty --ija-agenda-minute-size - Height of one minute in the wide timeline (default 0.12rem).
 *
 * @event {IjaLoadEvent} ija-load - The agenda is loaded and shown; `detail.issues` lists records left out.
 * @event {IjaErrorEvent} ija-error - Loading or saving failed; `detail.operation` is `load` or `save-agenda`, `detail.error` says why.
 * @event {IjaAgendaChangeEvent} ija-agenda-change - The organiser changed the agenda; `detail.agenda` is the new agenda.
 */
export class IjaWorkshopAgenda extends IjaElement {
  static override styles = [...IjaElement.styles, agendaStyles];
  /** @internal */
  static override enumerated = { ...IjaElement.enumerated, variant: ['default', 'projector'] };

  /** The agenda as data (wins over every other source); checked when set: invalid items are left out and reported. */
  @property({ attribute: false }) agenda?: AgendaInput;

  /** Which agenda to load from `api` or a provider. */
  @property({ attribute: 'agenda-id' }) agendaId: string = DEFAULT_IDS.agenda;

  /** `projector`: large type for a beamer, current and next item prominent. */
  @property({ reflect: true }) variant: 'default' | 'projector' = 'default';

  /** Lets organisers edit the whole agenda: its details, every item, order, times; and save it. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Adds schema.org Event data (JSON-LD) to the page for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** A fixed clock (for previews and tests); by default the real time. */
  @property({ attribute: false }) now?: Date;

  @state() private expanded = new Set<string>();
  @state() private announcement = '';
  @state() private calendarMode: IcsMode = 'day';
  /** A newer saved agenda than the one loaded, found by following the server. */
  @state() private fresh?: Agenda;

  /**
   * The organiser's edit session (draft, undo, saving), once edit mode was used.
   * @internal
   */
  editor?: AgendaEditor;

  private lastCurrent: string | undefined | null = null;
  private currentChanged = false;
  /** The first render of the items is over (the running item was brought into view then, if it could be). */
  private shownItems = false;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * The data source and its load task (for tests and the library's own code).
   * @internal
   */
  readonly data = new DataSourceController<Agenda, [string]>(this, {
    value: () => this.agenda,
    resource: 'agenda',
    args: () => [this.agendaId],
    load: (adapter, signal, id) => adapter.getAgenda(id, { signal }),
    code: () => [contentCode],
    onLoad: ({ data }) => {
      this.fresh = undefined;
      this.editor?.reset(data);
      this.warnProblems(data);
    },
  });

  /** The agenda as shown, including unsaved edits. */
  get currentAgenda(): Agenda | undefined {
    return this.editor?.draft ?? this.fresh ?? this.data.value?.data;
  }

  /**
   * The language controller, for the parts loaded on demand.
   * @internal
   */
  get l10n() {
    return this.localize;
  }

  /**
   * Says `text` politely to screen readers (the same words again are said again).
   * @internal
   */
  announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /**
   * Shows a newer saved agenda in place (focus and scroll stay) and says so.
   * @internal
   */
  showSaved(agenda: Agenda): void {
    this.fresh = agenda;
    this.editor?.reset(agenda);
    this.announce(this.localize.m.agenda.changedAnnouncement);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleTick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Re-render at each full minute, so now and next follow the clock (once the code for times is there). */
  private scheduleTick(): void {
    clearTimeout(this.timer);
    const time = contentCode.value;
    if (!time) {
      contentCode.load().then(() => this.isConnected && this.scheduleTick(), () => undefined);
      return;
    }
    this.timer = setTimeout(() => {
      this.requestUpdate();
      this.scheduleTick();
    }, time.msUntilNextMinute(new Date()));
  }

  /** A time of the agenda ("13:30") as the widget's language writes it. */
  private formatTime(time: string): string {
    return contentCode.value!.formatClock(time, this.localize.intlLocale);
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  private warnProblems(agenda: Agenda): void {
    const m = this.localize.m;
    const { findProblems, problemText } = contentCode.value!;
    for (const problem of findProblems(agenda.items)) {
      console.warn(`[ija-widgets] <${this.localName}>: item "${problem.itemId}": ${problemText(problem, agenda, m)}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const agenda = this.currentAgenda;
    if (!agenda) return;
    const { current } = contentCode.value!.nowState(agenda, this.clock());
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
    const current = this.renderRoot.querySelector('[aria-current="time"]');
    // On a beamer nobody scrolls: keep the running item in view.
    if (this.variant === 'projector' && this.currentChanged && this.lastCurrent) {
      current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    } else if (!this.shownItems && this.currentAgenda) {
      // On the day, a phone shows the running item at once, far down the list; only while the visitor is at the
      // agenda (its top on screen), never taking the page elsewhere, and by the least scroll ("nearest": none at all
      // when the item is already on screen, as on a wide screen). Measured only then: it forces a layout before the
      // first paint, which every other day's visitor would wait for.
      this.shownItems = true;
      if (current) {
        const top = this.getBoundingClientRect().top;
        if (top >= 0 && top < innerHeight) current.scrollIntoView({ block: 'nearest' });
      }
    }
    // A viewer of a server's agenda follows its saved changes.
    if (!this.editable && this.data.adapter.writable && this.data.task.value) liveCode.use(this)?.follow(this);
  }

  protected override render() {
    return this.renderData(this.data, ({ data, issues }) => {
      const agenda = this.editor?.draft ?? this.fresh ?? data;
      const m = this.localize.m;
      const { hasDayPeriod, nowState, sortedItems } = contentCode.value!;
      const items = sortedItems(agenda.items);
      const now = nowState(agenda, this.clock());
      // Edit mode shows once its code is there (a moment after `editable` is set for the first time).
      const edit = this.editable ? editCode.use(this) : undefined;
      const editor = edit && (this.editor ??= new edit.AgendaEditor(this));
      const renderItem = (item: AgendaItem, index: number) => this.renderItem(agenda, item, index, items.length, now, m, editor);
      return html`<section class="agenda" part="base" aria-labelledby="agenda-title" lang=${this.renderLang}>
        ${this.renderHeader(agenda, m)}
        ${editor ? editor.renderTop(agenda) : this.editable ? renderOnDemand(m, this, editCode, () => html``) : nothing}
        ${items.length === 0
          ? html`<p class="empty-items"><slot name="empty">${m.common.empty}</slot></p>`
          : html`<ol class="items ${hasDayPeriod(this.localize.intlLocale) ? 'long-times' : ''}" part="items">
              ${editor ? editor.list(items, renderItem) : items.map(renderItem)}
            </ol>`}
        ${editor?.renderAdd(agenda)}
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
      ${heading(this.headingAt(), { id: 'agenda-title', class: 'agenda-title', lang: this.contentLang(this.data.source) }, agenda.title)}
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
    m: Messages,
    editor: AgendaEditor | undefined,
  ): TemplateResult {
    const { agendaIcon, durationOf, toMinutes } = contentCode.value!;
    const minutes = Math.max(0, durationOf(item));
    const isCurrent = now.current === item.id;
    const isNext = now.next === item.id;
    const known = (AGENDA_ITEM_TYPES as readonly string[]).includes(item.type);
    const type = (known ? item.type : 'other') as AgendaItemType;
    const stamp = (time: string) => (agenda.date ? `${agenda.date}T${time}` : time);
    const [start, end] = [this.formatTime(item.start), this.formatTime(item.end)];
    return html`<li
      class="item type-${type} ${isCurrent ? 'current' : ''} ${isNext ? 'next' : ''}"
      part="item"
      data-id=${item.id}
      aria-current=${isCurrent ? 'time' : nothing}
      ${cssProps({ '--_minutes': String(minutes) })}
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
        ${heading(this.headingAt(1), { class: 'title', lang: this.contentLang(this.data.source) }, item.title)}
        ${item.speaker ? html`<p class="speaker">${m.agenda.speaker} ${item.speaker}</p>` : nothing}
        ${this.renderDescription(item, m)} ${this.renderBoardLink(item, m)}
        ${editor?.renderItem(agenda, item, index, count)}
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

  /**
   * A discussion block links to its board: the one with its id in this provider (or page), wherever it is, else to
   * the URL in the data. The link scrolls to the board and moves focus there (an address's `#id` reaches no shadow root).
   */
  private renderBoardLink(item: AgendaItem, m: Messages): TemplateResult | typeof nothing {
    const board = item.boardId && !this.rendersAsServer
      ? this.widgets.registry?.all('ija-leitfragen-board').find((el) => el.boardId === item.boardId)
      : undefined;
    if (board) {
      const go = (event: Event) => {
        event.preventDefault();
        showWidget(board);
      };
      return html`<p>
        ${board.id
          ? html`<a class="board-link" href="#${board.id}" @click=${go}>${m.agenda.toBoard}</a>`
          : html`<button type="button" class="link-button board-link" @click=${go}>${m.agenda.toBoard}</button>`}
      </p>`;
    }
    if (item.url) return html`<p><a class="board-link" href=${item.url} rel="noopener noreferrer">${item.title}</a></p>`;
    return nothing;
  }

  /** A widget came or went: the links to boards follow. */
  protected override widgetsChanged(): void {
    this.requestUpdate();
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

  private toggleDescription(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private async downloadCalendar(agenda: Agenda): Promise<void> {
    const { agendaToIcs, icsFileName } = await icsCode.load();
    downloadFile(icsFileName(agenda), agendaToIcs(agenda, { mode: this.calendarMode, url: location.href }), 'text/calendar;charset=utf-8');
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ija-workshop-agenda': IjaWorkshopAgenda;
  }
}
