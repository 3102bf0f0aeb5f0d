import { AGENDA_ITEM_TYPES } from '../../core/schemas/constants.js';
import type { Agenda, AgendaItem } from '../../core/schemas/agenda.js';
import type { Messages } from '../../core/i18n/messages/types.js';

/** Clock arithmetic for the agenda. Pure functions: inputs are never changed. */

const LAST_MINUTE = 23 * 60 + 59;

/** "10:30" -> 630. */
export function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** 630 -> "10:30". Clamped to the day, because an "HH:MM" after 23:59 does not exist. */
export function fromMinutes(total: number): string {
  const whole = Math.min(LAST_MINUTE, Math.max(0, Math.round(total)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Built once per language: the agenda formats two times per item on every render. */
function clockFormat(tag: string): Intl.DateTimeFormat {
  let format = clockFormats.get(tag);
  if (!format) clockFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })));
  return format;
}

/**
 * Languages (with their main regions) whose clock is "H:MM" with 24 hours, as CLDR writes it: the agenda formats
 * these without `Intl`, because building the first `Intl.DateTimeFormat` of a page costs 15–30 ms of a cold start.
 * Other tags (English, Arabic, "tr-CY", "de-u-hc-h12", …) go through `Intl`. A test compares both for every minute.
 */
export const TWENTY_FOUR_HOUR_CLOCK = /^(?:de(?:-(?:DE|AT|CH|LI|LU|BE))?|pl(?:-PL)?|tr(?:-TR)?|uk(?:-UA)?)$/i;

/**
 * A wall-clock time "HH:MM" as the language `tag` writes it ("10:30", "10:30 AM"). Formatted as
 * read, in UTC, so it stays the time of the agenda's own zone, whatever the visitor's zone.
 */
export function formatClock(time: string, tag: string): string {
  if (TWENTY_FOUR_HOUR_CLOCK.test(tag)) return fromMinutes(toMinutes(time)).replace(/^0(?=\d)/, '');
  return clockFormat(tag).format(toMinutes(time) * 60_000);
}

/** Whether the language writes times with a day period ("1:30 PM", "1:30 م"): they need more room. */
export function hasDayPeriod(tag: string): boolean {
  return !TWENTY_FOUR_HOUR_CLOCK.test(tag) && clockFormat(tag).resolvedOptions().hour12 === true;
}

/** Minutes from start to end; zero or negative for an item that ends before it starts. */
export function durationOf(item: Pick<AgendaItem, 'start' | 'end'>): number {
  return toMinutes(item.end) - toMinutes(item.start);
}

/** A copy sorted by start, then end; equal items keep their order (Array.sort is stable). */
export function sortedItems(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort(
    (a, b) => toMinutes(a.start) - toMinutes(b.start) || toMinutes(a.end) - toMinutes(b.end),
  );
}

export type AgendaProblemKind = 'ends-before-start' | 'overlap' | 'out-of-order' | 'unknown-type';

export interface AgendaProblem {
  itemId: string;
  kind: AgendaProblemKind;
  otherId?: string;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(AGENDA_ITEM_TYPES);

/**
 * What an organiser should fix. Sorted by the item's position in `items`, then kind
 * (out-of-order, ends-before-start, overlap, unknown-type), so the list reads top to bottom.
 */
export function findProblems(items: readonly AgendaItem[]): AgendaProblem[] {
  const isValid = (item: AgendaItem) => durationOf(item) > 0;

  // An item overlaps the first earlier (in start order) valid item that is still running.
  const overlaps = new Map<AgendaItem, AgendaItem>();
  const earlier: AgendaItem[] = [];
  for (const item of sortedItems(items).filter(isValid)) {
    const other = earlier.find((e) => toMinutes(item.start) < toMinutes(e.end));
    if (other) overlaps.set(item, other);
    earlier.push(item);
  }

  const problems: AgendaProblem[] = [];
  items.forEach((item, index) => {
    const before = items[index - 1];
    if (before && toMinutes(item.start) < toMinutes(before.start)) {
      problems.push({ itemId: item.id, kind: 'out-of-order', otherId: before.id });
    }
    if (!isValid(item)) problems.push({ itemId: item.id, kind: 'ends-before-start' });
    const other = overlaps.get(item);
    if (other) problems.push({ itemId: item.id, kind: 'overlap', otherId: other.id });
    if (!KNOWN_TYPES.has(item.type)) problems.push({ itemId: item.id, kind: 'unknown-type' });
  });
  return problems;
}

/** A problem in the widget's language, naming the other item by its title. */
export function problemText(problem: AgendaProblem, agenda: Agenda, m: Messages): string {
  const texts = m.agenda.problems;
  const byId = (id?: string) => agenda.items.find((i) => i.id === id);
  switch (problem.kind) {
    case 'overlap':
      return texts.overlap(byId(problem.otherId)?.title ?? problem.otherId ?? '');
    case 'unknown-type':
      return texts['unknown-type'](byId(problem.itemId)?.type ?? '');
    default:
      return texts[problem.kind];
  }
}

// Building a DateTimeFormat is slow compared with using one; the agenda asks every minute.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The date and time of day in `timeZone` at the instant `now`. The visitor's own zone plays
 * no part, so a visitor abroad sees the workshop's clock; Intl knows the DST rules.
 */
export function wallClock(now: Date, timeZone: string): { date: string; minutes: number } {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const num = (type: Intl.DateTimeFormatPartTypes) => Number(parts[type] ?? 0);
  // Offsets are whole minutes (or at least seconds), so milliseconds carry over unchanged.
  const seconds = num('second') + now.getUTCMilliseconds() / 1000;
  return {
    date: `${String(num('year')).padStart(4, '0')}-${parts.month}-${parts.day}`,
    minutes: num('hour') * 60 + num('minute') + seconds / 60,
  };
}

/** Offset of `timeZone` from UTC at an instant, in whole minutes (local minus UTC). */
function offsetMinutes(instant: number, timeZone: string): number {
  const local = wallClock(new Date(instant), timeZone);
  const [year = 1970, month = 1, day = 1] = local.date.split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) + local.minutes * 60_000 - instant) / 60_000);
}

/**
 * The instant at which the clock in `timeZone` shows `minutes` after midnight on `date`. Asks Intl
 * twice, so it is right on the days DST changes; a time inside the spring gap maps to the later reading.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day) + minutes * 60_000;
  const guess = offsetMinutes(wall, timeZone);
  const offset = offsetMinutes(wall - guess * 60_000, timeZone);
  const settled = offsetMinutes(wall - offset * 60_000, timeZone);
  return new Date(wall - settled * 60_000);
}

/** ISO 8601 local time with the zone's offset on that day, e.g. "2027-03-04T10:30:00+01:00". */
export function zonedDateTime(date: string, minutes: number, timeZone: string): string {
  const offset = offsetMinutes(zonedInstant(date, minutes, timeZone).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${fromMinutes(minutes)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

export interface NowState {
  current?: string;
  next?: string;
  minutes?: number;
}

/** Where the day stands at `now`: nothing unless the agenda's date is today in its time zone. */
export function nowState(agenda: Agenda, now: Date): NowState {
  if (!agenda.date) return {};
  const clock = wallClock(now, agenda.timezone);
  if (clock.date !== agenda.date) return {};

  const sorted = sortedItems(agenda.items);
  let current: AgendaItem | undefined;
  for (const item of sorted) {
    const start = toMinutes(item.start);
    const running = durationOf(item) > 0 && start <= clock.minutes && clock.minutes < toMinutes(item.end);
    // Nested items: the one that started last is the more specific one.
    if (running && (!current || start > toMinutes(current.start))) current = item;
  }
  const next = sorted.find((item) => toMinutes(item.start) > clock.minutes && item !== current);

  const state: NowState = { minutes: clock.minutes };
  if (current) state.current = current.id;
  if (next) state.next = next.id;
  return state;
}

/** Milliseconds until the next full minute, for a timer that redraws the now-line. */
export function msUntilNextMinute(now: Date): number {
  const into = ((now.getTime() % 60_000) + 60_000) % 60_000;
  return 60_000 - into;
}

/** Earliest start and latest end over the items that have a positive duration. */
export function dayBounds(items: readonly AgendaItem[]): { start: number; end: number } | undefined {
  const valid = items.filter((item) => durationOf(item) > 0);
  if (valid.length === 0) return undefined;
  return {
    start: Math.min(...valid.map((item) => toMinutes(item.start))),
    end: Math.max(...valid.map((item) => toMinutes(item.end))),
  };
}
