import { Partner } from '../../src/core/schemas/partner.js';
import { headingOf } from './columns.js';
import { quoted } from './issue-notes.js';
import { partnerCells, type ExportColumn } from './partner-cells.js';

/**
 * Whether an imported row changes a partner, and how, in the sheet's words. An empty text or an
 * empty offer list is the same as none: a sheet cannot tell them apart.
 */

/** The partner with its fields in the schema's order and without empty ones (what a changed row stores). */
export function tidyPartner(partner: Partner): Partner {
  const tidy: Record<string, unknown> = {};
  for (const key of Object.keys(Partner.shape) as (keyof Partner)[]) {
    const value = partner[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    tidy[key] = value;
  }
  return tidy as Partner;
}

/** Line ends are not compared: spreadsheet programs save a cell's line break as LF, browsers send CRLF. */
export function samePartner(a: Partner, b: Partner): boolean {
  const comparable = (partner: Partner) =>
    JSON.stringify(tidyPartner(partner), (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\r\n', '\n') : value));
  return comparable(a) === comparable(b);
}

/** One sentence per column whose cell differs, e.g. `Telefon: "+49 1" becomes "+49 2"`. */
export function changeNotes(before: Partner, after: Partner): string[] {
  const old = partnerCells(before);
  const now = partnerCells(after);
  const notes: string[] = [];
  for (const column of Object.keys(now) as ExportColumn[]) {
    if (old[column] === now[column]) continue;
    const heading = headingOf(column);
    if (old[column] === '') notes.push(`${heading}: ${quoted(now[column])} is added`);
    else if (now[column] === '') notes.push(`${heading}: ${quoted(old[column])} is removed`);
    else notes.push(`${heading}: ${quoted(old[column])} becomes ${quoted(now[column])}`);
  }
  // A change the cells do not show (a custom type written as a recommended type's label) still says what changed.
  if (notes.length === 0) notes.push('Changes a detail the sheet shows the same way (e.g. a type written as its label)');
  return notes;
}
