import type { IjaAdapterError } from './errors.js';
import type { DataIssue } from './schemas/issues.js';
import type { Agenda } from './schemas/agenda.js';
import type { Plan } from './schemas/plan.js';
import type { JoinRequest } from './schemas/partner.js';

/**
 * Base of every event the widgets fire: prefixed `ija-`, bubbling out of shadow roots.
 * Widgets fire events for what a person did or for data arriving, never for a property a script set.
 * Each event's `type` is a static getter, not a static field: a field becomes a static block, which bundlers
 * must keep, so every event class would ship with every element.
 */
export class IjaEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: `ija-${string}`, detail: Detail, init: Omit<CustomEventInit, 'detail'> = {}) {
    super(type, { bubbles: true, composed: true, ...init, detail });
  }
}

export interface IjaLoadDetail {
  /** Which source the data came from: "value", "adapter", "inline", "static", "fetch", "provider", "defaults". */
  source: string;
  /** Records that were invalid and left out (the rest is shown). */
  issues: DataIssue[];
}

/** Data arrived and is shown: fired once the element has rendered it (its shadow DOM shows the data). */
export class IjaLoadEvent extends IjaEvent<IjaLoadDetail> {
  static get type(): 'ija-load' {
    return 'ija-load';
  }
  constructor(detail: IjaLoadDetail) {
    super(IjaLoadEvent.type, detail);
  }
}

/**
 * What failed, in `ija-error`'s `detail.operation`: `load` for reading the data; otherwise the write the
 * person made (reported once, when the widget shows the failure, not for each retry of a transient one).
 *
 * - `save-agenda`: the agenda editor's "Speichern"
 * - `add-idea`, `edit-idea`, `remove-idea`, `vote`: a participant's idea, its new text, its removal, a vote or a vote taken back
 * - `moderate-board`: the moderator's reveal, lock, hide, key insight, merge, remove, clear
 * - `save-board`: the moderator creating, changing or copying a board
 * - `save-plan`: a plan's point or step, a new plan, or a board's key insight sent to the plan
 * - `save-plan-check`: the self-check's answers
 * - `send-join-request`: the partner map's join form
 * - `save-partner`: the admin view adding, changing or removing a partner, or accepting a join request
 * - `handle-join-request`: the admin view declining or deleting a join request
 * - `import-partners`: the admin view writing a spreadsheet
 */
export type IjaOperation =
  | 'load'
  | 'save-agenda'
  | 'add-idea'
  | 'edit-idea'
  | 'remove-idea'
  | 'vote'
  | 'moderate-board'
  | 'save-board'
  | 'save-plan'
  | 'save-plan-check'
  | 'send-join-request'
  | 'save-partner'
  | 'handle-join-request'
  | 'import-partners';

export interface IjaErrorDetail {
  /** What failed: `load`, or the save (see `IjaOperation`). */
  operation: IjaOperation;
  /** The data source in effect (as in `ija-load`). */
  source: string;
  error: IjaAdapterError;
  issues: DataIssue[];
}

/** Loading or saving failed; the widget shows why (and offers a retry); what the person typed stays. */
export class IjaErrorEvent extends IjaEvent<IjaErrorDetail> {
  static get type(): 'ija-error' {
    return 'ija-error';
  }
  constructor(detail: IjaErrorDetail) {
    super(IjaErrorEvent.type, detail);
  }
}

/** The organiser changed the agenda (reordered, resized, added, removed, undid); not fired for script changes. */
export class IjaAgendaChangeEvent extends IjaEvent<{ agenda: Agenda }> {
  static get type(): 'ija-agenda-change' {
    return 'ija-agenda-change';
  }
  constructor(agenda: Agenda) {
    super(IjaAgendaChangeEvent.type, { agenda });
  }
}

export interface IjaPlanChangeDetail {
  /** The plan as shown after the change (saving may still be under way). */
  plan: Plan;
  pointId: string;
  /** What changed: a point's fields, or one step (added, renamed, ticked or unticked, moved, removed). */
  change: 'edit-point' | 'add-step' | 'edit-step' | 'tick-step' | 'move-step' | 'remove-step';
  /** The step, for a step's change. */
  stepId?: string;
  /** For `edit-point`: the fields changed (`status`, `title`, `summary`, `responsible`, `targetDate`). */
  fields?: string[];
}

/** A person changed the plan; reports what was done, so it is not cancelable. */
export class IjaPlanChangeEvent extends IjaEvent<IjaPlanChangeDetail> {
  static get type(): 'ija-plan-change' {
    return 'ija-plan-change';
  }
  constructor(detail: IjaPlanChangeDetail) {
    super(IjaPlanChangeEvent.type, detail);
  }
}

// What a person does, for a site to react to or count. Events for an action a site may want to stop are
// cancelable and fire before it: after `preventDefault()` nothing happens and what the person typed stays.

export interface IjaIdeaAddDetail {
  boardId: string;
  questionId: string;
  /** The id the idea will have (made on this device, so a resend never duplicates it). */
  cardId: string;
  text: string;
}

/** A participant is adding an idea (cancelable: the text then stays in the box). */
export class IjaIdeaAddEvent extends IjaEvent<IjaIdeaAddDetail> {
  static get type(): 'ija-idea-add' {
    return 'ija-idea-add';
  }
  constructor(detail: IjaIdeaAddDetail) {
    super(IjaIdeaAddEvent.type, detail, { cancelable: true });
  }
}

export interface IjaVoteDetail {
  boardId: string;
  cardId: string;
  /** 1 for a vote, -1 for taking one back. */
  value: 1 | -1;
}

/** A participant is voting for an idea or taking a vote back (cancelable). */
export class IjaVoteEvent extends IjaEvent<IjaVoteDetail> {
  static get type(): 'ija-vote' {
    return 'ija-vote';
  }
  constructor(detail: IjaVoteDetail) {
    super(IjaVoteEvent.type, detail, { cancelable: true });
  }
}

export interface IjaViewChangeDetail {
  /** The view now shown: the element's `view` values (partner map: list, map, gaps, join, admin; board: board, presentation, results). */
  view: string;
  previous: string;
}

/** A person switched the view (tabs, toolbar, "Auf der Karte zeigen"); not for `view` set by script. */
export class IjaViewChangeEvent extends IjaEvent<IjaViewChangeDetail> {
  static get type(): 'ija-view-change' {
    return 'ija-view-change';
  }
  constructor(detail: IjaViewChangeDetail) {
    super(IjaViewChangeEvent.type, detail);
  }
}

export interface IjaMapConsentGrantDetail {
  /** The tile URL template the map will load from. */
  tiles: string;
  /** Its host: the third party the visitor's address goes to. */
  host: string;
}

/**
 * The visitor agreed to load the map (cancelable: the map then stays closed). Its own name, because
 * `ija-map-consent` is the event a site's consent tool sends to the maps.
 */
export class IjaMapConsentGrantEvent extends IjaEvent<IjaMapConsentGrantDetail> {
  static get type(): 'ija-map-consent-grant' {
    return 'ija-map-consent-grant';
  }
  constructor(detail: IjaMapConsentGrantDetail) {
    super(IjaMapConsentGrantEvent.type, detail, { cancelable: true });
  }
}

export interface IjaJoinRequestDetail {
  /** The request as it will be sent, after the form's checks. Holds the contact's personal data: keep it out of analytics. */
  request: JoinRequest;
}

/** An organisation is sending a join request (cancelable: the form then keeps what was typed). */
export class IjaJoinRequestEvent extends IjaEvent<IjaJoinRequestDetail> {
  static get type(): 'ija-join-request' {
    return 'ija-join-request';
  }
  constructor(detail: IjaJoinRequestDetail) {
    super(IjaJoinRequestEvent.type, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ija-load': IjaLoadEvent;
    'ija-error': IjaErrorEvent;
    'ija-agenda-change': IjaAgendaChangeEvent;
    'ija-plan-change': IjaPlanChangeEvent;
    'ija-idea-add': IjaIdeaAddEvent;
    'ija-vote': IjaVoteEvent;
    'ija-view-change': IjaViewChangeEvent;
    'ija-map-consent-grant': IjaMapConsentGrantEvent;
    'ija-join-request': IjaJoinRequestEvent;
  }
}
