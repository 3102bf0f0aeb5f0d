import type { Partner } from '../../src/core/schemas/partner.js';
import type { ColumnKey } from './columns.js';
import { groupLabel, typeLabel } from './vocabulary.js';
import { writeDecimalComma, writeList, writeYesNo } from './values.js';

/** The exported columns, and the ones the change notes compare. */
export type ExportColumn = Exclude<ColumnKey, 'street' | 'postcode' | 'city'>;

/**
 * A partner as the cells of one exported row, in the words the sheet uses: the group's German label,
 * "Neu in der IJA" as ja/nein, coordinates with a decimal comma, offers joined with "; ".
 */
export function partnerCells(partner: Partner): Record<ExportColumn, string> {
  return {
    id: partner.id,
    name: partner.name,
    group: groupLabel(partner.category),
    type: partner.type === undefined ? '' : typeLabel(partner.type),
    description: partner.description ?? '',
    address: partner.address ?? '',
    website: partner.website ?? '',
    email: partner.email ?? '',
    phone: partner.phone ?? '',
    offers: writeList(partner.offers),
    // The column asks "new to IJA?", the field says "active in IJA": the answers are opposite.
    newToIja: writeYesNo(partner.activeInIja === undefined ? undefined : !partner.activeInIja),
    lat: partner.location === undefined ? '' : writeDecimalComma(partner.location.lat),
    lng: partner.location === undefined ? '' : writeDecimalComma(partner.location.lng),
    confirmed: partner.confirmedAt ?? '',
  };
}
