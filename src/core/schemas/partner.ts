import * as z from 'zod/mini';
import { PARTNER_CATEGORIES } from './constants.js';
export { PARTNER_CATEGORIES };
import { Coordinates, Email, Id, OptionalText, Phone, Text, Timestamp, uniqueIds, WebUrl } from './fields.js';
import { dropInvalidOptionalFields, isRecord, keepValid, type DataIssue, type Parsed } from './parse.js';
import { IjaAdapterError } from '../errors.js';

export const PartnerCategory = z.enum(PARTNER_CATEGORIES);
export type PartnerCategory = z.infer<typeof PartnerCategory>;

export const Partner = z.object({
  id: Id,
  name: Text(200),
  category: PartnerCategory,
  /** A recommended partner type id (see defaults) or any other label. */
  type: OptionalText(120),
  description: OptionalText(2000),
  address: OptionalText(300),
  location: z.optional(Coordinates),
  website: z.optional(WebUrl),
  email: z.optional(Email),
  phone: z.optional(Phone),
  /** Already active in international youth work (false: new to it, the factsheet's special interest). */
  activeInIja: z.optional(z.boolean()),
  offers: z.optional(z.array(Text(120)).check(z.maxLength(50))),
});
export type Partner = z.infer<typeof Partner>;

/** `GET /partners` answers with this document. */
export const PartnerList = z.object({ partners: z.array(Partner).check(uniqueIds('partner')) });
export type PartnerList = z.infer<typeof PartnerList>;

/** `POST /partners/requests`: an organisation asks to join the network. */
export const JoinRequest = z.object({
  /** Client-generated, so that a retried request is stored once. */
  id: Id,
  name: Text(200),
  category: PartnerCategory,
  type: OptionalText(120),
  contactName: Text(200),
  email: Email,
  phone: z.optional(Phone),
  website: z.optional(WebUrl),
  message: OptionalText(2000),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

/** `GET /partners/requests` (moderator): the join requests received so far. */
export const JoinRequestList = z.object({
  requests: z.array(z.object({ ...JoinRequest.shape, receivedAt: Timestamp })),
});
export type JoinRequestList = z.infer<typeof JoinRequestList>;

export const JoinRequestReceipt = z.object({
  id: Id,
  status: z.enum(['received']),
});
export type JoinRequestReceipt = z.infer<typeof JoinRequestReceipt>;

/** Optional details a partner keeps its place without: a broken link or position is left out alone. */
const SOFT_FIELDS = (({ type, description, address, location, website, email, phone, offers }) => ({
  type,
  description,
  address,
  location,
  website,
  email,
  phone,
  offers,
}))(Partner.shape);

function keepValidPartners(items: unknown[], issues: DataIssue[]): Partner[] {
  const cleaned = items.map((item, index) => dropInvalidOptionalFields(item, SOFT_FIELDS, `partners[${index}]`, issues));
  return keepValid(cleaned, Partner, 'partners', issues);
}

/**
 * Accepts `{ "partners": [...] }` or a bare array; keeps valid partners, reports the rest. Invalid
 * optional details (a `javascript:` website, a position off the globe) are dropped alone.
 */
export function parsePartners(input: unknown): Parsed<Partner[]> {
  const issues: DataIssue[] = [];
  if (Array.isArray(input)) return { data: keepValidPartners(input, issues), issues };
  if (isRecord(input) && Array.isArray(input['partners'])) {
    return { data: keepValidPartners(input['partners'], issues), issues };
  }
  throw new IjaAdapterError('invalid-data', 'Invalid partner list: expected { "partners": [...] }', {
    issues: [{ path: 'partners', message: 'Expected an array', record: '' }],
  });
}
