import * as z from 'zod/mini';
import { AGENDA_ITEM_TYPES, DEFAULT_TIMEZONE } from './constants.js';
export { AGENDA_ITEM_TYPES, DEFAULT_TIMEZONE };
import { CalendarDate, ClockTime, Id, OptionalText, Text, TimeZone, uniqueIds, WebUrl } from './fields.js';
import { keepValid, parseWhole, requireObject, type DataIssue, type Parsed } from './parse.js';

export const AgendaItemType = z.enum(AGENDA_ITEM_TYPES);
export type AgendaItemType = z.infer<typeof AgendaItemType>;


export const AgendaItem = z.object({
  id: Id,
  start: ClockTime,
  end: ClockTime,
  title: Text(200),
  /** One of AGENDA_ITEM_TYPES; other values are kept and shown as "other" by the agenda. */
  type: z.union([AgendaItemType, Text(40)]),
  speaker: OptionalText(200),
  description: OptionalText(4000),
  /** The `<ija-leitfragen-board>` used in this block. */
  boardId: z.optional(Id),
  /** Where the board (or material for this block) lives when it is not on the same page. */
  url: z.optional(WebUrl),
  /** Keeps its time when the organiser moves or resizes other items (e.g. lunch). */
  pinned: z.optional(z.boolean()),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({
  id: Id,
  title: Text(200),
  /** Absent in a template: then no "now" is shown. */
  date: z.optional(CalendarDate),
  timezone: z._default(TimeZone, DEFAULT_TIMEZONE),
  location: OptionalText(300),
  items: z.array(AgendaItem).check(uniqueIds('agenda item')),
});
export type Agenda = z.infer<typeof Agenda>;
export type AgendaInput = z.input<typeof Agenda>;

/** Keeps the valid items of an agenda and reports the others; an invalid title/date rejects it. */
export function parseAgenda(input: unknown): Parsed<Agenda> {
  const doc = requireObject(input, 'agenda');
  const issues: DataIssue[] = [];
  const items = keepValid(doc['items'] ?? [], AgendaItem, 'items', issues);
  return { data: parseWhole(Agenda, { ...doc, items }, issues, 'agenda'), issues };
}
