import * as z from 'zod/mini';
import { CLOCK_TIME_PATTERN, ID_MAX, LONE_SURROGATE, PHONE_PATTERN, WEB_URL_PATTERN } from './fast-paths.js';
export { ID_MAX };

/** Field types shared by the resource schemas. */
const wellFormed = z.refine<string>((value) => !LONE_SURROGATE.test(value), 'Contains an unpaired surrogate (broken Unicode)');

/**
 * Not blank: the JSON Schema's `pattern` for what the trim and `minLength(1)` refuse here (JSON Schema
 * cannot trim), so a backend validating with the published schema refuses an id of spaces too.
 * Never fails after them; the `minLength` aborts, so a blank value gets one issue, not two.
 */
const notBlank = z.regex(/\S/, 'Must not be blank');

/** Trimmed first, so an id of spaces is refused as empty rather than stored as "". */
export const Id = z.string().check(z.trim(), z.minLength(1, { abort: true }), notBlank, z.maxLength(ID_MAX), wellFormed);

export const Text = (max: number) => z.string().check(z.trim(), z.minLength(1, { abort: true }), notBlank, z.maxLength(max), wellFormed);

export const OptionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max), wellFormed));

/** A list whose records are addressed by id: a repeated id is refused (it would make later reads ambiguous). */
export const uniqueIds = (what: string) =>
  z.refine<readonly { id: string }[]>((items) => new Set(items.map((item) => item.id)).size === items.length, `Every ${what} needs its own id`);

/** "HH:MM", 24-hour clock. */
export const ClockTime = z.string().check(z.regex(CLOCK_TIME_PATTERN, 'Expected a time "HH:MM"'));

/** "YYYY-MM-DD". */
export const CalendarDate = z.iso.date();

/** An IANA time zone name the browser knows, e.g. "Europe/Berlin". */
export const TimeZone = z.string().check(
  z.refine((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone'),
);

export const Timestamp = z.iso.datetime({ offset: true });

/**
 * Links shown to visitors: only web pages, no `javascript:`, `data:`, `mailto:` or scheme-relative
 * `//host`, and no spaces around it (the URL parser would strip them, a JSON Schema validator not).
 */
export const WebUrl = z
  .string()
  // The pattern first: the URL check would take a value with spaces around it (trimmed).
  .check(z.regex(WEB_URL_PATTERN, { error: 'Expected an http or https address', abort: true }), z.url({ protocol: /^https?$/ }));

export const Email = z.email();

export const Phone = z.string().check(z.regex(PHONE_PATTERN, 'Expected a phone number'));

export const Coordinates = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
