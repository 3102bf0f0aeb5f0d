import type { Agenda, AgendaItem } from '../../core/schemas/agenda.js';
import { toMinutes, zonedInstant } from './agenda-time.js';

/**
 * Builds an iCalendar file (RFC 5545) from an agenda, entirely in the browser.
 *
 * - Europe/Berlin agendas carry a VTIMEZONE and local times with `TZID=Europe/Berlin`.
 * - Agendas in any other IANA zone are converted to UTC (`…Z`), so no VTIMEZONE is needed.
 */

export type IcsMode = 'day' | 'items';

export interface IcsOptions {
  /** 'day': the whole day as one event; 'items': one event per agenda item. */
  mode: IcsMode;
  /** DTSTAMP; default new Date(). */
  now?: Date;
  /** Optional page URL, written as URL property. */
  url?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const PRODID = '-//ija-widgets//Werkstattgespraech//DE';
const BERLIN = 'Europe/Berlin';

/** Europe/Berlin since 1996 (EU rules): CEST from the last Sunday of March, CET from the last Sunday of October. */
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

function octets(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (UTF-8),
 * never splitting a character; continuation lines start with one space.
 */
function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = octets(char);
    // Continuation lines carry a leading space, which counts towards the limit.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** "YYYYMMDDTHHMMSSZ" for an instant. */
function formatUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** "YYYYMMDDTHHMM00" local (floating) date-time for use with a TZID parameter. */
function formatLocal(date: string, minutes: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day, 0, minutes));
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`
  );
}

function formatDateValue(date: string, addDays = 0): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + addDays));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** A DTSTART/DTEND content line for `minutes` after midnight of the agenda day. */
function dateTimeLine(name: 'DTSTART' | 'DTEND', agenda: Agenda, date: string, minutes: number): string {
  const timeZone = agenda.timezone || BERLIN;
  if (timeZone === BERLIN) return `${name};TZID=${BERLIN}:${formatLocal(date, minutes)}`;
  return `${name}:${formatUtc(zonedInstant(date, minutes, timeZone))}`;
}

/** Items with a real duration, sorted by start time (stable for equal starts). */
function validItems(agenda: Agenda): AgendaItem[] {
  return agenda.items
    .filter((item) => toMinutes(item.end) > toMinutes(item.start))
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}

/** Strips characters that must not appear in a URI value (controls, line breaks). */
function cleanUri(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

function commonLines(agenda: Agenda, options: IcsOptions): string[] {
  const lines: string[] = [];
  const location = agenda.location?.trim();
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = options.url ? cleanUri(options.url) : '';
  if (url) lines.push(`URL:${url}`);
  return lines;
}

function itemEvent(agenda: Agenda, date: string, item: AgendaItem, stamp: string, options: IcsOptions): string[] {
  const description = [item.speaker?.trim(), item.description?.trim()].filter(Boolean).join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${agenda.id}-${item.id}@ija-widgets`,
    `DTSTAMP:${stamp}`,
    dateTimeLine('DTSTART', agenda, date, toMinutes(item.start)),
    dateTimeLine('DTEND', agenda, date, toMinutes(item.end)),
    `SUMMARY:${escapeText(item.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...commonLines(agenda, options),
    `TRANSP:${item.type === 'break' ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

function dayEvent(agenda: Agenda, date: string, items: AgendaItem[], stamp: string, options: IcsOptions): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${agenda.id}@ija-widgets`, `DTSTAMP:${stamp}`];
  if (items.length > 0) {
    const start = Math.min(...items.map((item) => toMinutes(item.start)));
    const end = Math.max(...items.map((item) => toMinutes(item.end)));
    lines.push(dateTimeLine('DTSTART', agenda, date, start), dateTimeLine('DTEND', agenda, date, end));
  } else {
    // No timed items: the day itself, as an all-day event.
    lines.push(`DTSTART;VALUE=DATE:${formatDateValue(date)}`, `DTEND;VALUE=DATE:${formatDateValue(date, 1)}`);
  }
  lines.push(`SUMMARY:${escapeText(agenda.title)}`);
  const programme = items.map((item) => `${item.start}–${item.end} ${item.title}`).join('\n');
  if (programme) lines.push(`DESCRIPTION:${escapeText(programme)}`);
  lines.push(...commonLines(agenda, options), 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** Throws an Error if agenda.date is missing (a template has no date). */
export function agendaToIcs(agenda: Agenda, options: IcsOptions): string {
  const date = agenda.date;
  if (!date) throw new Error(`Agenda "${agenda.id}" has no date; a template cannot be exported to a calendar.`);
  const stamp = formatUtc(options.now ?? new Date());
  const items = validItems(agenda);
  const timeZone = agenda.timezone || BERLIN;

  const events: string[] =
    options.mode === 'items' && items.length > 0
      ? items.flatMap((item) => itemEvent(agenda, date, item, stamp, options))
      : // The day mode, and the items mode without any timed item (a calendar needs one event).
        dayEvent(agenda, date, items, stamp, options);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timeZone === BERLIN ? BERLIN_VTIMEZONE : []),
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Shortens a slug to at most `max` characters, cutting at a hyphen when possible. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** A safe file name, e.g. "werkstattgespraech-musterstadt-2027-03-04.ics" (ASCII, umlauts transliterated ä->ae, ß->ss). */
export function icsFileName(agenda: Agenda): string {
  const base = shorten(slugify(agenda.title) || slugify(agenda.id) || 'agenda', 80);
  const date = agenda.date && /^\d{4}-\d{2}-\d{2}$/.test(agenda.date) ? agenda.date : '';
  return date ? `${base}-${date}.ics` : `${base}.ics`;
}
