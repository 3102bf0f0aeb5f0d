import * as z from 'zod/mini';
import { PARTNER_CATEGORIES, PARTNER_LIMITS as LIMITS } from './constants.js';
import { ID_MAX, LONE_SURROGATE, PHONE_PATTERN, WEB_URL_PATTERN } from './fields.js';
import { isRecord } from './issues.js';
import type { Partner } from './partner.js';

/**
 * The partner schema's rules as plain checks, for the common case of a plainly valid record (every text
 * already trimmed): a city's 50,000 partners are checked in a fraction of zod's time. It answers only
 * "certainly valid, and this is what the schema returns", else undefined, and then the schema decides
 * and reports as always. test/schemas.test.ts holds it to the schema: it never accepts what the schema
 * refuses, and returns the same record.
 */

const CATEGORIES: ReadonlySet<unknown> = new Set(PARTNER_CATEGORIES);

/** A text the schema keeps as it is: trimmed already, within `max`, no broken Unicode; `required`: not empty. */
function isPlainText(value: unknown, max: number, required: boolean): value is string {
  return (
    typeof value === 'string' &&
    value.length <= max &&
    (required ? value.length > 0 : true) &&
    value.trim() === value &&
    !LONE_SURROGATE.test(value)
  );
}

function isWebUrl(value: unknown): value is string {
  // The schema's pattern, then the URL parser (both with no white space anywhere, which the parser would strip).
  return typeof value === 'string' && WEB_URL_PATTERN.test(value) && typeof URL.canParse === 'function' && URL.canParse(value);
}

type Coordinates = NonNullable<Partner['location']>;

const isCoordinate = (value: unknown, limit: number): value is number => typeof value === 'number' && value >= -limit && value <= limit;

interface OptionalField {
  field: keyof Partner;
  isValid(value: unknown): boolean;
  /** The schema returns objects and arrays as new ones (an object with its known keys only). */
  copy?(value: unknown): unknown;
}

/** The optional fields in the schema's order. */
const OPTIONAL_FIELDS: readonly OptionalField[] = [
  { field: 'type', isValid: (value) => isPlainText(value, LIMITS.type, false) },
  { field: 'description', isValid: (value) => isPlainText(value, LIMITS.description, false) },
  { field: 'address', isValid: (value) => isPlainText(value, LIMITS.address, false) },
  {
    field: 'location',
    isValid: (value) => isRecord(value) && isCoordinate(value['lat'], 90) && isCoordinate(value['lng'], 180),
    copy: (value) => ({ lat: (value as Coordinates).lat, lng: (value as Coordinates).lng }),
  },
  { field: 'website', isValid: isWebUrl },
  { field: 'email', isValid: (value) => typeof value === 'string' && z.regexes.email.test(value) },
  { field: 'phone', isValid: (value) => typeof value === 'string' && PHONE_PATTERN.test(value) },
  { field: 'activeInIja', isValid: (value) => typeof value === 'boolean' },
  {
    field: 'offers',
    isValid: (value) => Array.isArray(value) && value.length <= LIMITS.offers && value.every((offer) => isPlainText(offer, LIMITS.offer, true)),
    copy: (value) => [...(value as string[])],
  },
  { field: 'confirmedAt', isValid: (value) => typeof value === 'string' && z.regexes.date.test(value) },
];

/** The partner as the schema returns it (its fields in schema order, unknown ones left out), or undefined when not certain. */
export function plainlyValidPartner(item: unknown): Partner | undefined {
  if (!isRecord(item)) return undefined;
  const { id, name, category } = item;
  if (!isPlainText(id, ID_MAX, true) || !isPlainText(name, LIMITS.name, true) || !CATEGORIES.has(category)) return undefined;
  const partner: Record<string, unknown> = { id, name, category };
  for (const { field, isValid, copy } of OPTIONAL_FIELDS) {
    const value = item[field];
    if (value === undefined) {
      // A field given as undefined: the schema keeps the key; leave that rare case to it.
      if (field in item) return undefined;
      continue;
    }
    if (!isValid(value)) return undefined;
    partner[field] = copy ? copy(value) : value;
  }
  return partner as Partner;
}
