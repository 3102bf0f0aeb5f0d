import type { IjaAdapterError } from './errors.js';
import type { DataIssue } from './schemas/issues.js';
import type { Agenda } from './schemas/agenda.js';
import type { Plan } from './schemas/plan.js';

/**
 * Base of every event the widgets fire: prefixed `ija-`, bubbling out of shadow roots.
 * Widgets fire events for what a person did or for data arriving, never for a property a script set.
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

/** Data arrived and is shown. */
export class IjaLoadEvent extends IjaEvent<IjaLoadDetail> {
  static readonly type = 'ija-load';
  constructor(detail: IjaLoadDetail) {
    super(IjaLoadEvent.type, detail);
  }
}

export interface IjaErrorDetail {
  source: string;
  error: IjaAdapterError;
  issues: DataIssue[];
}

/** Loading or saving failed; the widget shows why and offers a retry. */
export class IjaErrorEvent extends IjaEvent<IjaErrorDetail> {
  static readonly type = 'ija-error';
  constructor(detail: IjaErrorDetail) {
    super(IjaErrorEvent.type, detail);
  }
}

/** The organiser changed the agenda (reordered, resized, added, removed, undid); not fired for script changes. */
export class IjaAgendaChangeEvent extends IjaEvent<{ agenda: Agenda }> {
  static readonly type = 'ija-agenda-change';
  constructor(agenda: Agenda) {
    super(IjaAgendaChangeEvent.type, { agenda });
  }
}

/** A person changed the plan (a status or a step); `detail.pointId` names the point. */
export class IjaPlanChangeEvent extends IjaEvent<{ plan: Plan; pointId: string }> {
  static readonly type = 'ija-plan-change';
  constructor(plan: Plan, pointId: string) {
    super(IjaPlanChangeEvent.type, { plan, pointId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ija-load': IjaLoadEvent;
    'ija-error': IjaErrorEvent;
    'ija-agenda-change': IjaAgendaChangeEvent;
    'ija-plan-change': IjaPlanChangeEvent;
  }
}
