import type { IjaErrorKind } from '../../errors.js';
import type { AgendaItemType } from '../../schemas/agenda.js';

/**
 * Every text the widgets show, per locale. A locale table must implement all of it, so a
 * missing key fails the type check. Functions take counts or values (plural forms, numbers).
 */
export interface Messages {
  common: {
    loading: string;
    retry: string;
    empty: string;
    /** Heading of the error state. */
    loadFailed: string;
    errors: Record<IjaErrorKind, string> & { unknown: string };
    httpStatus: (status: number) => string;
    /** Said when some records were dropped as invalid, the rest shown. */
    droppedRecords: (count: number) => string;
    retryInSeconds: (seconds: number) => string;
  };
  agenda: {
    /** Names the widget's region. */
    label: string;
    /** Shown when the agenda has no date yet. */
    template: string;
    itemTypes: Record<AgendaItemType, string>;
    /** Read with each item, e.g. "10:30 bis 10:45 Uhr". */
    timeRangeSpoken: (start: string, end: string) => string;
    duration: (minutes: number) => string;
    durationSpoken: (minutes: number) => string;
    now: string;
    next: string;
    nowAnnouncement: (title: string) => string;
    speaker: string;
    showMore: string;
    showLess: string;
    toBoard: string;
    addToCalendar: string;
    calendarWholeDay: string;
    calendarEachItem: string;
    calendarFormat: string;
    calendarNeedsDate: string;
    problems: {
      'ends-before-start': string;
      overlap: (other: string) => string;
      'out-of-order': string;
      'unknown-type': (type: string) => string;
    };
    edit: {
      toolbar: string;
      moveUp: (title: string) => string;
      moveDown: (title: string) => string;
      dragHandle: (title: string) => string;
      remove: (title: string) => string;
      durationLabel: string;
      pinLabel: string;
      add: string;
      newTitle: string;
      newType: string;
      newDuration: string;
      titleRequired: string;
      undo: string;
      save: string;
      saving: string;
      saved: string;
      saveFailed: string;
      unsaved: string;
      downloadJson: string;
      downloadHint: string;
      moved: (title: string, position: number, start: string) => string;
      removed: (title: string) => string;
      added: (title: string, start: string) => string;
      undone: string;
    };
  };
}
