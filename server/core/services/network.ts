import type { ImportReport, JoinRequestAccepted, Partner, PartnerPatch, StoredJoinRequest } from '../../../src/core/schemas/partner.js';
import type { Repository, SiteId } from '../../repository/repository.js';
import { ApiError, found, idConflict, invalid, notFound } from '../errors.js';
import type { Upload } from '../route.js';
import { withoutUndefined } from '../without-undefined.js';

/**
 * The network's rules: partners added, changed and removed by the network key; join requests
 * accepted (becoming a partner), declined or deleted; the list imported from and exported to the
 * spreadsheets people keep it in.
 */

/** A request already accepted is done: accepting or declining it again would hide a mistake. */
const alreadyAccepted = () => new ApiError(409, 'already-accepted');

/** Reading and writing spreadsheets: given by the server (it needs Node), absent in the in-browser fake. */
export interface Spreadsheets {
  /** Plans the import of an uploaded sheet against the current list: the report and the list after it. */
  planImport(existing: Partner[], upload: Upload, now: Date): Promise<{ report: ImportReport; partners: Partner[] }>;
  export(partners: Partner[], format: 'csv' | 'xlsx'): Promise<{ bytes: Uint8Array; contentType: string; extension: string }>;
}

export async function createPartner(repo: Repository, site: SiteId, partner: Partner): Promise<Partner> {
  return repo.transaction(async (tx) => {
    if (await tx.getPartner(site, partner.id)) throw idConflict();
    await tx.insertPartner(site, partner);
    return partner;
  });
}

/** Replaces a partner, or adds it when the id is new; `created` says which. */
export async function savePartner(repo: Repository, site: SiteId, pathId: string, partner: Partner): Promise<{ partner: Partner; created: boolean }> {
  if (partner.id !== pathId) throw invalid([{ path: 'id', message: 'Must equal the id in the path' }]);
  return repo.transaction(async (tx) => {
    if (await tx.updatePartner(site, partner)) return { partner, created: false };
    await tx.insertPartner(site, partner);
    return { partner, created: true };
  });
}

/** Changes the fields given; a field sent as null is not part of the contract (leave it out to keep it). */
export async function patchPartner(repo: Repository, site: SiteId, id: string, patch: PartnerPatch): Promise<Partner> {
  return repo.transaction(async (tx) => {
    const existing = found(await tx.getPartner(site, id));
    const partner: Partner = { ...existing, ...withoutUndefined(patch), id };
    await tx.updatePartner(site, partner);
    return partner;
  });
}

export async function deletePartner(repo: Repository, site: SiteId, id: string): Promise<void> {
  if (!(await repo.deletePartner(site, id))) throw notFound();
}

/** The organiser completed the request's entry: the partner is stored and the request marked accepted, together. */
export async function acceptJoinRequest(repo: Repository, site: SiteId, requestId: string, partner: Partner, now: Date): Promise<JoinRequestAccepted> {
  return repo.transaction(async (tx) => {
    const request = found(await tx.getJoinRequest(site, requestId));
    if (request.status === 'accepted') throw alreadyAccepted();
    if (await tx.getPartner(site, partner.id)) throw idConflict();
    await tx.insertPartner(site, partner);
    await tx.setJoinRequestStatus(site, requestId, 'accepted', now, partner.id);
    return { partner, request: found(await tx.getJoinRequest(site, requestId)) };
  });
}

export async function declineJoinRequest(repo: Repository, site: SiteId, requestId: string, now: Date): Promise<StoredJoinRequest> {
  return repo.transaction(async (tx) => {
    const request = found(await tx.getJoinRequest(site, requestId));
    if (request.status === 'accepted') throw alreadyAccepted();
    await tx.setJoinRequestStatus(site, requestId, 'declined', now);
    return found(await tx.getJoinRequest(site, requestId));
  });
}

export async function deleteJoinRequest(repo: Repository, site: SiteId, requestId: string): Promise<void> {
  if (!(await repo.deleteJoinRequest(site, requestId))) throw notFound();
}

/** A dry run only reports; otherwise the accepted rows are written in one transaction with the report. */
export async function importPartners(repo: Repository, site: SiteId, upload: Upload, dryRun: boolean, sheets: Spreadsheets, now: Date): Promise<ImportReport> {
  return repo.transaction(async (tx) => {
    const { report, partners } = await sheets.planImport(await tx.listPartners(site), upload, now);
    const writes = report.added + report.changed > 0;
    if (!dryRun && writes) await tx.replacePartners(site, partners);
    return { ...report, dryRun, written: !dryRun && writes };
  });
}

