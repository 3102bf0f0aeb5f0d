import { PARTNER_CATEGORIES, PARTNER_LIMITS as LIMITS } from './constants.js';
import {
  DATE_PATTERN,
  EMAIL_PATTERN,
  field,
  isBoolean,
  isOneOf,
  isPlainId,
  isPlainText,
  isWebUrl,
  listField,
  matches,
  objectField,
  optional,
  optionalText,
  PHONE_PATTERN,
  plainList,
  plainObject,
  text,
} from './plain-checks.js';
import { isRecord, type Parsed } from './issues.js';
import type { Partner } from './partner.js';

/**
 * The partner schema's rules as plain checks, for the common case of a plainly valid record (every text
 * already trimmed): a city's 50,000 partners are checked in a fraction of zod's time. It answers only
 * "certainly valid, and this is what the schema returns", else undefined, and then the schema decides
 * and reports as always. test/partner-fast-path.test.ts holds it to the schema: it never accepts what the
 * schema refuses, and returns the same record. Outside the zod graph (no import of zod or the schemas), so a
 * plainly valid partner list is checked without loading them.
 */

const isCoordinate = (value: unknown, limit: number): value is number => typeof value === 'number' && value >= -limit && value <= limit;

const plainCoordinates = plainObject<NonNullable<Partner['location']>>({
  lat: field((value) => isCoordinate(value, 90)),
  lng: field((value) => isCoordinate(value, 180)),
});

/** The partner as the schema returns it (its fields in schema order, unknown ones left out), or undefined when not certain. */
export const plainlyValidPartner = plainObject<Partner>({
  id: field(isPlainId),
  name: text(LIMITS.name),
  category: field(isOneOf(PARTNER_CATEGORIES)),
  type: optionalText(LIMITS.type),
  description: optionalText(LIMITS.description),
  address: optionalText(LIMITS.address),
  location: optional(objectField(plainCoordinates)),
  website: optional(field(isWebUrl)),
  email: optional(field(matches(EMAIL_PATTERN))),
  phone: optional(field(matches(PHONE_PATTERN))),
  activeInIja: optional(field(isBoolean)),
  offers: optional(listField((offer) => (isPlainText(offer, LIMITS.offer, true) ? offer : undefined), LIMITS.offers)),
  confirmedAt: optional(field(matches(DATE_PATTERN))),
});

/** `GET /partners` (or a bare array) when every partner is plainly valid and no id repeats; else undefined. */
export function plainPartnerList(input: unknown): Parsed<Partner[]> | undefined {
  const data = plainList(Array.isArray(input) ? input : isRecord(input) ? input['partners'] : undefined, plainlyValidPartner);
  return data && { data, issues: [] };
}
