import type { Agenda, AgendaItem } from '../../core/schemas/agenda.js';
import { durationOf, fromMinutes, sortedItems, toMinutes } from './agenda-time.js';

/**
 * The organiser's edits. Each returns a new agenda (the input is never changed) whose
 * unpinned items run back to back, so the day stays free of gaps and overlaps.
 * An unknown item id returns the agenda itself.
 */

export const MIN_DURATION = 5;
export const MAX_DURATION = 600;

/** Where a new agenda's first item starts: the template day begins at 10:30. */
const DEFAULT_DAY_START = 10 * 60 + 30;

const clampDuration = (minutes: number) =>
  Math.min(MAX_DURATION, Math.max(MIN_DURATION, Math.round(minutes)));

/**
 * Lays the unpinned items out back to back from `dayStart`, in list order; pinned items keep
 * their times. Passing a pinned item in the list moves the cursor past it, so an item listed
 * after lunch stays after lunch even when it would fit before it.
 */
export function reflow(items: readonly AgendaItem[], dayStart: number): AgendaItem[] {
  const pinned = items.filter((item) => item.pinned && durationOf(item) > 0);
  const overlapping = (start: number, end: number) =>
    pinned.find((p) => start < toMinutes(p.end) && end > toMinutes(p.start));

  let cursor = dayStart;
  const laidOut = items.map((item) => {
    if (item.pinned) {
      cursor = Math.max(cursor, toMinutes(item.end));
      return item;
    }
    const duration = durationOf(item) > 0 ? clampDuration(durationOf(item)) : MIN_DURATION;
    let start = cursor;
    // Each jump lands on a pinned item's end, so this ends after at most pinned.length steps.
    for (let p = overlapping(start, start + duration); p; p = overlapping(start, start + duration)) {
      start = toMinutes(p.end);
    }
    cursor = start + duration;
    const next = { start: fromMinutes(start), end: fromMinutes(cursor) };
    return next.start === item.start && next.end === item.end ? item : { ...item, ...next };
  });
  // Sort by start only, so items clamped to the same minute keep their list order.
  return laidOut.sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}

/** The day starts where it started before the edit, however the items are rearranged. */
function dayStartOf(agenda: Agenda): number {
  const starts = agenda.items.map((item) => toMinutes(item.start));
  return starts.length > 0 ? Math.min(...starts) : DEFAULT_DAY_START;
}

function withItems(agenda: Agenda, items: AgendaItem[]): Agenda {
  return { ...agenda, items };
}

function find(agenda: Agenda, itemId: string): AgendaItem | undefined {
  return agenda.items.find((item) => item.id === itemId);
}

/** Moves an unpinned item to `toIndex` in start order; pinned items stay where they are. */
export function moveItem(agenda: Agenda, itemId: string, toIndex: number): Agenda {
  const item = find(agenda, itemId);
  if (!item || item.pinned) return agenda;
  const rest = sortedItems(agenda.items).filter((other) => other !== item);
  const index = Math.min(rest.length, Math.max(0, Math.trunc(toIndex)));
  const order = [...rest.slice(0, index), item, ...rest.slice(index)];
  return withItems(agenda, reflow(order, dayStartOf(agenda)));
}

/** Resizes an item. A pinned item keeps its start; the unpinned items around it follow. */
export function setDuration(agenda: Agenda, itemId: string, minutes: number): Agenda {
  const item = find(agenda, itemId);
  if (!item) return agenda;
  const duration = clampDuration(minutes);
  // A pinned item keeps its start. An unpinned one gets placeholder times that carry the
  // duration unclamped by midnight; reflow sets its real times.
  const resized = item.pinned
    ? { ...item, end: fromMinutes(toMinutes(item.start) + duration) }
    : { ...item, start: fromMinutes(0), end: fromMinutes(duration) };
  const order = sortedItems(agenda.items).map((other) => (other === item ? resized : other));
  return withItems(agenda, reflow(order, dayStartOf(agenda)));
}

function newId(agenda: Agenda): string {
  const taken = new Set(agenda.items.map((item) => item.id));
  let id: string;
  do id = `item-${crypto.randomUUID().slice(0, 8)}`;
  while (taken.has(id));
  return id;
}

/** Adds an item after `afterId` (at the end when absent or unknown) and makes room for it. */
export function addItem(
  agenda: Agenda,
  item: { title: string; type: string; duration: number; afterId?: string },
): Agenda {
  // Times are placeholders that carry the duration; reflow sets the real ones.
  const added: AgendaItem = {
    id: newId(agenda),
    start: fromMinutes(0),
    end: fromMinutes(clampDuration(item.duration)),
    title: item.title,
    type: item.type,
  };
  const sorted = sortedItems(agenda.items);
  const after = sorted.findIndex((other) => other.id === item.afterId);
  const index = after === -1 ? sorted.length : after + 1;
  const order = [...sorted.slice(0, index), added, ...sorted.slice(index)];
  return withItems(agenda, reflow(order, dayStartOf(agenda)));
}

/** Removes an item; the unpinned items after it move up. */
export function removeItem(agenda: Agenda, itemId: string): Agenda {
  const item = find(agenda, itemId);
  if (!item) return agenda;
  const rest = sortedItems(agenda.items).filter((other) => other !== item);
  return withItems(agenda, reflow(rest, dayStartOf(agenda)));
}

/** Replaces one item; returns the agenda itself when nothing changed (cheap re-render, clean undo). */
function replaceItem(agenda: Agenda, item: AgendaItem, changed: AgendaItem): Agenda {
  if (changed === item) return agenda;
  return withItems(agenda, agenda.items.map((other) => (other === item ? changed : other)));
}

/** Pins or unpins an item without moving anything. */
export function setPinned(agenda: Agenda, itemId: string, pinned: boolean): Agenda {
  const item = find(agenda, itemId);
  if (!item || Boolean(item.pinned) === pinned) return agenda;
  const { pinned: _old, ...rest } = item;
  return replaceItem(agenda, item, pinned ? { ...rest, pinned: true } : rest);
}

/** Changes texts without moving anything. Empty speaker/description remove the field. */
export function updateItem(
  agenda: Agenda,
  itemId: string,
  changes: Partial<Pick<AgendaItem, 'title' | 'type' | 'speaker' | 'description'>>,
): Agenda {
  const item = find(agenda, itemId);
  if (!item) return agenda;
  let changed: AgendaItem = item;
  for (const key of ['title', 'type', 'speaker', 'description'] as const) {
    const value = changes[key];
    if (value === undefined || value === changed[key]) continue;
    if (value.trim() !== '') {
      changed = { ...changed, [key]: value };
    } else if ((key === 'speaker' || key === 'description') && key in changed) {
      const { [key]: _removed, ...rest } = changed;
      changed = rest;
    }
    // An empty title or type is ignored: the schema requires both.
  }
  return replaceItem(agenda, item, changed);
}

/** The last `limit` states before an edit; the oldest drops out first. */
export class UndoStack<T> {
  private readonly states: T[] = [];
  private readonly limit: number;

  constructor(limit = 20) {
    this.limit = Math.max(1, Math.floor(limit));
  }

  push(state: T): void {
    this.states.push(state);
    if (this.states.length > this.limit) this.states.shift();
  }

  undo(): T | undefined {
    return this.states.pop();
  }

  get canUndo(): boolean {
    return this.states.length > 0;
  }

  clear(): void {
    this.states.length = 0;
  }
}
