import { partnerTypesOf, type PartnerTypeDefinition } from '../../core/defaults/partner-types.js';
import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import type { Partner, PartnerCategory } from '../../core/schemas/partner.js';

/** "Wer fehlt noch?": the recommended partner types that no partner of the network fills yet. */

export interface GapGroup {
  category: PartnerCategory;
  missing: PartnerTypeDefinition[];
  present: PartnerTypeDefinition[];
}

export interface GapLabels {
  title: string;
  category(category: PartnerCategory): string;
  type(def: PartnerTypeDefinition): string;
  columns: [string, string];
  none: string;
}

/** Per category (PARTNER_CATEGORIES order): a recommended type is present when some partner of that category has type === its id. */
export function findGaps(partners: readonly Partner[]): GapGroup[] {
  const filled = new Set<string>();
  for (const partner of partners) {
    if (partner.type) filled.add(`${partner.category}\u0000${partner.type}`);
  }
  return PARTNER_CATEGORIES.map((category) => {
    const missing: PartnerTypeDefinition[] = [];
    const present: PartnerTypeDefinition[] = [];
    for (const def of partnerTypesOf(category)) {
      (filled.has(`${category}\u0000${def.id}`) ? present : missing).push(def);
    }
    return { category, missing, present };
  });
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Leading characters that make spreadsheets read a cell as a formula (OWASP CSV injection; CR added for safety). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(';') + CRLF;
}

/**
 * CSV for German spreadsheet users: UTF-8 BOM, semicolon separator, every cell quoted ("" escapes quotes),
 * CRLF line ends (also after the last row), header row = labels.columns (e.g. Gruppe;Partnertyp),
 * one row per missing type. Cells starting with = + - @ or a tab are prefixed with an apostrophe (CSV injection).
 */
export function gapsToCsv(groups: readonly GapGroup[], labels: GapLabels): string {
  let csv = BOM + csvRow(labels.columns);
  for (const group of groups) {
    const category = labels.category(group.category);
    for (const def of group.missing) csv += csvRow([category, labels.type(def)]);
  }
  return csv;
}

/**
 * Plain text invitation list: title line, then per group with gaps a blank line, the heading and "- label" lines;
 * groups without gaps omitted; labels.none (after a blank line) if nothing is missing. LF line ends, final newline.
 */
export function gapsToText(groups: readonly GapGroup[], labels: GapLabels): string {
  const lines = [labels.title];
  const withGaps = groups.filter((group) => group.missing.length > 0);
  if (withGaps.length === 0) {
    lines.push('', labels.none);
  } else {
    for (const group of withGaps) {
      lines.push('', labels.category(group.category));
      for (const def of group.missing) lines.push(`- ${labels.type(def)}`);
    }
  }
  return lines.join('\n') + '\n';
}
