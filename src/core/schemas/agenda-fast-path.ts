import { DEFAULT_TIMEZONE } from './constants.js';
import type { Parsed } from './issues.js';
import type { Agenda, AgendaItem } from './agenda.js';
import {
  CLOCK_TIME_PATTERN,
  DATE_PATTERN,
  field,
  isBoolean,
  isPlainId,
  isWebUrl,
  listField,
  matches,
  optional,
  optionalText,
  plainObject,
  text,
} from './plain-checks.js';

/**
 * The agenda schema as plain checks: "certainly valid, and this is what `parseAgenda` returns", else
 * undefined (then the schema decides and reports). Outside the zod graph; test/fast-paths.test.ts holds it
 * to the schema.
 */

const isClockTime = matches(CLOCK_TIME_PATTERN);

const plainItem = plainObject<AgendaItem>({
  id: field(isPlainId),
  start: field(isClockTime),
  end: field(isClockTime),
  title: text(200),
  // One of the item types, or any other label: each is a plain text of at most 40 characters.
  type: text(40),
  speaker: optionalText(200),
  description: optionalText(4000),
  boardId: optional(field(isPlainId)),
  url: optional(field(isWebUrl)),
  pinned: optional(field(isBoolean)),
});

const knownTimeZones = new Set([DEFAULT_TIMEZONE]);

/** The schema's time-zone check (the browser knows the name), remembered: the first `Intl.DateTimeFormat` is slow. */
function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  knownTimeZones.add(value);
  return true;
}

const plainDocument = plainObject<Omit<Agenda, 'timezone'> & { timezone?: string }>({
  id: field(isPlainId),
  title: text(200),
  date: optional(field(matches(DATE_PATTERN))),
  timezone: optional(field(isTimeZone)),
  location: optionalText(300),
  items: listField(plainItem),
});

export function plainAgenda(input: unknown): Parsed<Agenda> | undefined {
  const agenda = plainDocument(input);
  if (!agenda) return undefined;
  // The schema's default, in its place (after the date).
  const { id, title, date, timezone = DEFAULT_TIMEZONE, ...rest } = agenda;
  return { data: { id, title, ...(date === undefined ? {} : { date }), timezone, ...rest }, issues: [] };
}
