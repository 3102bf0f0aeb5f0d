import type { Agenda, AgendaItem } from '../../core/schemas/agenda.js';
import { dayBounds, durationOf, fromMinutes, sortedItems, toMinutes } from './agenda-time.js';

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
export function dayStartOf(agenda: Agenda): number {
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

/**
 * Adds an item after `afterId` (first when `null`, at the end when absent or unknown) and makes room
 * for it.
 */
export function addItem(
  agenda: Agenda,
  item: { title: string; type: string; duration: number; afterId?: string | null },
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
  const index = item.afterId === null ? 0 : after === -1 ? sorted.length : after + 1;
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

/** What `updateItem` changes: texts and links. */
export type ItemTexts = Partial<Pick<AgendaItem, 'title' | 'type' | 'speaker' | 'description' | 'boardId' | 'url'>>;

const OPTIONAL_TEXTS = new Set<keyof AgendaItem>(['speaker', 'description', 'boardId', 'url']);

/** Changes texts and links without moving anything. Empty speaker, description, board or URL remove the field. */
export function updateItem(agenda: Agenda, itemId: string, changes: ItemTexts): Agenda {
  const item = find(agenda, itemId);
  if (!item) return agenda;
  let changed: AgendaItem = item;
  for (const key of ['title', 'type', 'speaker', 'description', 'boardId', 'url'] as const) {
    const value = changes[key];
    if (value === undefined || value === changed[key]) continue;
    if (value.trim() !== '') {
      changed = { ...changed, [key]: value };
    } else if (OPTIONAL_TEXTS.has(key) && key in changed) {
      const rest = { ...changed };
      delete rest[key];
      changed = rest;
    }
    // An empty title or type is ignored: the schema requires both.
  }
  return replaceItem(agenda, item, changed);
}

/**
 * Gives a pinned item new times ("HH:MM"; the end is kept after the start); the unpinned items
 * around it make room. An unpinned item's times follow from the order, so it is left as it is.
 */
export function setPinnedTimes(agenda: Agenda, itemId: string, start: string, end: string): Agenda {
  const item = find(agenda, itemId);
  if (!item?.pinned || (item.start === start && item.end === end)) return agenda;
  const from = toMinutes(start);
  const moved = { ...item, start: fromMinutes(from), end: fromMinutes(from + clampDuration(toMinutes(end) - from)) };
  // Sorted with its new times, so the items it moved past fall in behind it (or move up before it).
  const order = sortedItems(agenda.items.map((other) => (other === item ? moved : other)));
  return withItems(agenda, reflow(order, dayStartOf(agenda)));
}

/** Starts the day at another time: the unpinned items move with it, pinned ones keep their times. */
export function setDayStart(agenda: Agenda, minutes: number): Agenda {
  if (agenda.items.length === 0 || minutes === dayStartOf(agenda)) return agenda;
  return withItems(agenda, reflow(sortedItems(agenda.items), minutes));
}

/** What `updateDetails` changes. An empty date makes the agenda a template; an empty location removes it. */
export type AgendaDetails = Partial<Pick<Agenda, 'title' | 'date' | 'location'>>;

/** Changes the agenda's own title, date and place; returns the agenda itself when nothing changed. */
export function updateDetails(agenda: Agenda, changes: AgendaDetails): Agenda {
  let next: Agenda = agenda;
  for (const key of ['title', 'date', 'location'] as const) {
    const value = changes[key]?.trim();
    if (value === undefined || value === next[key]) continue;
    if (value !== '') next = { ...next, [key]: value };
    else if (key !== 'title' && key in next) {
      const { [key]: _removed, ...rest } = next;
      next = rest as Agenda;
    }
  }
  return next;
}

/** An item whose times differ from the reference, and the pinned item it moved past, if any. */
export interface TimeChange {
  item: AgendaItem;
  before: AgendaItem;
  across?: AgendaItem;
}

export interface TimeChanges {
  /** Items (in start order) whose start or end differ from the reference. */
  moved: TimeChange[];
  /** Pinned items that kept their times while others moved past them. */
  kept: AgendaItem[];
  /** The day's end (minutes) before and after, when it changed. */
  end?: { before: number; after: number };
  /** Worth a notice before saving: an item moved past a pinned one, or the day ends later than planned. */
  notable: boolean;
}

/**
 * How the times of `after` differ from `before` (the last saved agenda): which items moved, past
 * which fixed item, and where the day ends now. Added and removed items are not time changes.
 */
export function timeChanges(before: Agenda, after: Agenda): TimeChanges {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const pinned = after.items.filter((item) => item.pinned && old.has(item.id));
  const moved: TimeChange[] = [];
  for (const item of sortedItems(after.items)) {
    const was = old.get(item.id);
    if (!was || (was.start === item.start && was.end === item.end)) continue;
    const side = (of: AgendaItem, fixed: AgendaItem) => toMinutes(of.start) < toMinutes(fixed.start);
    const across = item.pinned ? undefined : pinned.find((p) => side(was, old.get(p.id)!) !== side(item, p));
    moved.push(across ? { item, before: was, across } : { item, before: was });
  }
  const kept = pinned.filter((p) => moved.some((change) => change.across === p) && !moved.some((change) => change.item === p));
  const [endBefore, endAfter] = [dayBounds(before.items)?.end, dayBounds(after.items)?.end];
  const end = endBefore !== undefined && endAfter !== undefined && endBefore !== endAfter ? { before: endBefore, after: endAfter } : undefined;
  return { moved, kept, ...(end ? { end } : {}), notable: moved.some((change) => change.across) || (end !== undefined && end.after > end.before) };
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
