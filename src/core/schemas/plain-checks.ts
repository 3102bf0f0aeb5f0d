/**
 * The schemas' field rules as plain checks, without zod: the fast paths (partner-fast-path.ts,
 * document-fast-paths.ts) answer "certainly valid" with these for plainly valid data (every text
 * already trimmed), so a page with such data never loads zod or the schemas. fields.ts builds the
 * schemas from the same patterns; test/fast-paths.test.ts holds the copies of zod's own patterns to zod's.
 */

import { isRecord } from './issues.js';

/** The longest id: ids address records in URLs (`/boards/{id}/cards/{cardId}`), which the server caps there too. */
export const ID_MAX = 100;

/** A lone surrogate cannot be stored as UTF-8: it would come back altered, so it is refused instead. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A web address: `http://` or `https://` (any case), a host, no white space. Published in the JSON
 * Schema as the `pattern` (its `format: uri` alone allows any scheme), so a backend validating with
 * the schema refuses what the widgets refuse.
 */
export const WEB_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]\S*$/;

/** Digits, spaces and `+()/.-`, 3 to 30 characters. */
export const PHONE_PATTERN = /^\+?[0-9 ()/.-]{3,30}$/;

/** "HH:MM", 24-hour clock. */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** zod's `z.email()` pattern (zod 4.6), copied so that checking an address does not load zod. */
// eslint-disable-next-line no-useless-escape -- zod's source as it is, so the test can compare the two
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** zod's date source (leap years included): `z.iso.date()` is this, anchored. */
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;

/** zod's `z.iso.date()` pattern. */
export const DATE_PATTERN = new RegExp(`^${DATE}$`);

/** zod's `z.iso.datetime({ offset: true })` pattern: seconds required, `Z` or an offset. */
export const TIMESTAMP_PATTERN = new RegExp(
  String.raw`^${DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$`,
);

/** A text the schema keeps as it is: trimmed already, within `max`, no broken Unicode; `required`: not empty. */
export function isPlainText(value: unknown, max: number, required: boolean): value is string {
  return (
    typeof value === 'string' &&
    value.length <= max &&
    (required ? value.length > 0 : true) &&
    value.trim() === value &&
    !LONE_SURROGATE.test(value)
  );
}

export const isPlainId = (value: unknown): value is string => isPlainText(value, ID_MAX, true);

export function isWebUrl(value: unknown): value is string {
  // The schema's pattern, then the URL parser (both with no white space anywhere, which the parser would strip).
  return typeof value === 'string' && WEB_URL_PATTERN.test(value) && typeof URL.canParse === 'function' && URL.canParse(value);
}

export const matches = (pattern: RegExp) => (value: unknown): value is string => typeof value === 'string' && pattern.test(value);

/** An ISO timestamp as the schemas take it (`createdAt`, `updatedAt`). */
export const isTimestamp = matches(TIMESTAMP_PATTERN);

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** `z.int().check(z.gte(0))`: a whole number within the safe range, not negative. */
export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export const isOneOf = (values: readonly unknown[]) => {
  const known = new Set(values);
  return (value: unknown) => known.has(value);
};

/** A field of an object schema: its check and, for objects and arrays, the copy the schema returns. */
export interface PlainField {
  isValid(value: unknown): boolean;
  optional?: boolean;
  /** The schema returns objects and arrays as new ones (an object with its known keys only): undefined when not certain. */
  copy?(value: unknown): unknown;
}

export const field = (isValid: (value: unknown) => boolean): PlainField => ({ isValid });

export const optional = (of: PlainField): PlainField => ({ ...of, optional: true });

export const text = (max: number): PlainField => field((value) => isPlainText(value, max, true));

export const optionalText = (max: number): PlainField => optional(field((value) => isPlainText(value, max, false)));

/**
 * The check of an object schema: the object as the schema returns it (its fields in schema order, unknown
 * ones left out), or undefined when not certain. A field given as undefined is left to the schema (it keeps
 * the key): a rare case.
 */
export function plainObject<T>(fields: Readonly<Record<string, PlainField>>): (item: unknown) => T | undefined {
  const entries = Object.entries(fields);
  return (item) => {
    if (!isRecord(item)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, { isValid, optional, copy }] of entries) {
      const value = item[name];
      if (value === undefined) {
        if (optional && !(name in item)) continue;
        return undefined;
      }
      if (!isValid(value)) return undefined;
      const copied = copy ? copy(value) : value;
      if (copied === undefined) return undefined;
      out[name] = copied;
    }
    return out as T;
  };
}

/** A field that is an object checked by `plain` (from `plainObject`). */
export const objectField = (plain: (value: unknown) => unknown): PlainField => ({ isValid: isRecord, copy: plain });

/**
 * The list as the schema returns it: every item vouched for by `plain`, at most `max`, no id twice
 * (the schemas refuse or drop a repeated id); else undefined.
 */
export function plainList<T>(items: unknown, plain: (item: unknown) => T | undefined, max = Infinity): T[] | undefined {
  if (!Array.isArray(items) || items.length > max) return undefined;
  const out: T[] = [];
  const ids = new Set<unknown>();
  for (const item of items) {
    const value = plain(item);
    if (value === undefined) return undefined;
    const id = isRecord(value) ? value['id'] : undefined;
    if (id !== undefined) {
      if (ids.has(id)) return undefined;
      ids.add(id);
    }
    out.push(value);
  }
  return out;
}

/** A field that is a list checked by `plainList`. */
export const listField = (plain: (item: unknown) => unknown, max?: number): PlainField => ({
  isValid: Array.isArray,
  copy: (value) => plainList(value, plain, max),
});
