import * as z from 'zod/mini';
import { PARTNER_CATEGORIES, PARTNER_LIMITS as LIMITS } from './constants.js';
export { PARTNER_CATEGORIES };
import { CalendarDate, Coordinates, Email, Id, OptionalText, Phone, Text, Timestamp, uniqueIds, WebUrl } from './fields.js';
import { dropInvalidOptionalFields, isRecord, keepValid, type DataIssue, type Parsed } from './parse.js';
import { IjaAdapterError } from '../errors.js';
import { plainlyValidPartner } from './fast-paths.js';

export const PartnerCategory = z.enum(PARTNER_CATEGORIES);
export type PartnerCategory = z.infer<typeof PartnerCategory>;

export const Partner = z.object({
  id: Id,
  name: Text(LIMITS.name),
  category: PartnerCategory,
  /** A recommended partner type id (see defaults) or any other label. */
  type: OptionalText(LIMITS.type),
  description: OptionalText(LIMITS.description),
  address: OptionalText(LIMITS.address),
  location: z.optional(Coordinates),
  website: z.optional(WebUrl),
  email: z.optional(Email),
  phone: z.optional(Phone),
  /** Already active in international youth work (false: new to it, the factsheet's special interest). */
  activeInIja: z.optional(z.boolean()),
  offers: z.optional(z.array(Text(LIMITS.offer)).check(z.maxLength(LIMITS.offers))),
  /** When the organisation last confirmed its entry (the organiser asks once a year). */
  confirmedAt: z.optional(CalendarDate),
});
export type Partner = z.infer<typeof Partner>;

/** `PATCH /partners/{id}` (network key): the fields given change; the id stays. */
export const PartnerPatch = z.partial(z.object((({ id: _id, ...fields }) => fields)(Partner.shape)));
export type PartnerPatch = z.infer<typeof PartnerPatch>;

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
  /** What the entry on the map needs: where, what it offers, a short description. */
  address: OptionalText(300),
  offers: z.optional(z.array(Text(120)).check(z.maxLength(50))),
  description: OptionalText(2000),
  /** The organisation agrees that its name, group, type, address, offers, description and website are published. */
  publish: z.optional(z.boolean()),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JOIN_REQUEST_STATUSES = ['new', 'accepted', 'declined'] as const;
export const JoinRequestStatus = z.enum(JOIN_REQUEST_STATUSES);
export type JoinRequestStatus = z.infer<typeof JoinRequestStatus>;

/** A join request as the network key reads it: with its status and dates. */
export const StoredJoinRequest = z.object({
  ...JoinRequest.shape,
  receivedAt: Timestamp,
  status: JoinRequestStatus,
  /** When it was accepted or declined; handled requests are deleted after the site's retention period. */
  handledAt: z.optional(Timestamp),
  /** The partner an accepted request became. */
  partnerId: z.optional(Id),
});
export type StoredJoinRequest = z.infer<typeof StoredJoinRequest>;

/** `GET /partners/requests` (network key): the join requests received, oldest first. */
export const JoinRequestList = z.object({ requests: z.array(StoredJoinRequest) });
export type JoinRequestList = z.infer<typeof JoinRequestList>;

/** `POST /partners/requests/{id}/accept` (network key): the partner entry as the organiser completed it. */
export const JoinRequestAcceptance = z.object({ partner: Partner });
export type JoinRequestAcceptance = z.infer<typeof JoinRequestAcceptance>;

/** The answer to accepting: the new partner and the request, now accepted. */
export const JoinRequestAccepted = z.object({ partner: Partner, request: StoredJoinRequest });
export type JoinRequestAccepted = z.infer<typeof JoinRequestAccepted>;

/** One row of a spreadsheet import and what happens (or would happen) to it. */
export const ImportRow = z.object({
  /** The row number as the spreadsheet shows it (the heading is row 1). */
  row: z.int().check(z.gte(1)),
  action: z.enum(['add', 'change', 'unchanged', 'refuse']),
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  /** Why a row is refused, or what changes: readable sentences naming the column. */
  notes: z.array(z.string()),
});
export type ImportRow = z.infer<typeof ImportRow>;

/** `POST /partners/import` (network key): the report; with `?dryRun=true` nothing was written. */
export const ImportReport = z.object({
  dryRun: z.boolean(),
  /** False when nothing was written (a dry run); true when the accepted rows were stored. */
  written: z.boolean(),
  added: z.int(),
  changed: z.int(),
  unchanged: z.int(),
  refused: z.int(),
  rows: z.array(ImportRow),
  /** About the sheet as a whole: columns not known (ignored), a column given twice. */
  notes: z.optional(z.array(z.string())),
});
export type ImportReport = z.infer<typeof ImportReport>;

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

/** Plainly valid partners skip zod (see plainlyValidPartner); the others are checked and reported as always. */
function keepValidPartners(items: unknown[], issues: DataIssue[]): Partner[] {
  const plain = items.map(plainlyValidPartner);
  const cleaned = items.map((item, index) => plain[index] ?? dropInvalidOptionalFields(item, SOFT_FIELDS, `partners[${index}]`, issues));
  return keepValid(cleaned, Partner, 'partners', issues, undefined, (index) => plain[index]);
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
