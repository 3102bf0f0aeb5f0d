import * as z from 'zod/mini';

/** Field types shared by the resource schemas. */

/** The longest id: ids address records in URLs (`/boards/{id}/cards/{cardId}`), which the server caps there too. */
export const ID_MAX = 100;

/** A lone surrogate cannot be stored as UTF-8: it would come back altered, so it is refused instead. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
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
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time "HH:MM"'));

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
 * A web address: `http://` or `https://` (any case), a host, no white space. Published in the JSON
 * Schema as the `pattern` (its `format: uri` alone allows any scheme), so a backend validating with
 * the schema refuses what the widgets refuse.
 */
export const WEB_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]\S*$/;

/**
 * Links shown to visitors: only web pages, no `javascript:`, `data:`, `mailto:` or scheme-relative
 * `//host`, and no spaces around it (the URL parser would strip them, a JSON Schema validator not).
 */
export const WebUrl = z
  .string()
  // The pattern first: the URL check would take a value with spaces around it (trimmed).
  .check(z.regex(WEB_URL_PATTERN, { error: 'Expected an http or https address', abort: true }), z.url({ protocol: /^https?$/ }));

export const Email = z.email();

/** Digits, spaces and `+()/.-`, 3 to 30 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ()/.-]{3,30}$/;

export const Phone = z.string().check(z.regex(PHONE_PATTERN, 'Expected a phone number'));

export const Coordinates = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
