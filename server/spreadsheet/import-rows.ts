import { Partner, type ImportReport, type ImportRow } from '../../src/core/schemas/partner.js';
import { headingOf, layoutOf } from './columns.js';
import { changeNotes, samePartner, tidyPartner } from './compare.js';
import { newIdFor } from './ids.js';
import { issueNote } from './issue-notes.js';
import { isBlankRow, readRow } from './row-partner.js';
import { groupOfType, groupLabel } from './vocabulary.js';

/**
 * What importing a sheet into the partner list does, row by row, without doing it: the report the
 * organiser reads (and confirms, after a dry run) and the whole list as it would be afterwards.
 * Pure: `existing` is not changed; the caller writes `partners` in one transaction.
 */

export interface SheetRowsInput {
  headings: readonly string[];
  rows: readonly (readonly string[])[];
  /** The row the headings are on (default 1): rows are reported by the numbers the program shows. */
  headingRow?: number;
}

export interface ImportPlan {
  /** The rows' outcomes; `dryRun` true and `written` false until the caller writes. */
  report: ImportReport;
  /** The list after the import: existing order kept, changed partners in place, new ones appended. */
  partners: Partner[];
  /** About the sheet as a whole, once (unknown or repeated columns). */
  notes: string[];
}

/** Names match whatever their case and spacing: "Stadtjugendring  musterstadt" is "Stadtjugendring Musterstadt". */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Stands in for the id of a new row while it is checked; the real id is made once the row is accepted. */
const PENDING_ID = 'pending-id';

export function planImport(existing: readonly Partner[], sheet: SheetRowsInput, options: { now?: Date } = {}): ImportPlan {
  const now = options.now ?? new Date();
  const layout = layoutOf(sheet.headings);
  const addressHeading = layout.index.address !== undefined || layout.index.street === undefined ? headingOf('address') : 'Straße, PLZ, Ort';
  const firstRow = (sheet.headingRow ?? 1) + 1;

  const indexById = new Map(existing.map((partner, index) => [partner.id, index]));
  const indexesByName = new Map<string, number[]>();
  existing.forEach((partner, index) => indexesByName.set(nameKey(partner.name), [...(indexesByName.get(nameKey(partner.name)) ?? []), index]));

  // New ids avoid the ids the sheet gives other rows, even rows further down.
  const takenIds = new Set(existing.map((partner) => partner.id));
  if (layout.index.id !== undefined) for (const cells of sheet.rows) takenIds.add((cells[layout.index.id] ?? '').trim());

  const partners = [...existing];
  const rows: ImportRow[] = [];
  /** Accepted rows by the partner id and by the name they stand for: a second row for one partner is refused. */
  const rowOfId = new Map<string, number>();
  const rowOfName = new Map<string, number>();

  sheet.rows.forEach((cells, offset) => {
    const row = firstRow + offset;
    if (isBlankRow(cells, layout)) return;
    const refuse = (notes: string[], id?: string, name?: string): void => void rows.push({ row, action: 'refuse', ...(id ? { id } : {}), ...(name ? { name } : {}), notes });
    const reading = readRow(cells, layout, now);

    if (layout.index.id === undefined && layout.index.name === undefined) return refuse(['The sheet has neither an ID nor a Name column, so the row names no partner']);

    let target: number | undefined;
    if (reading.id !== undefined) {
      target = indexById.get(reading.id);
      const namesake = reading.name ? indexesByName.get(nameKey(reading.name)) : undefined;
      if (target === undefined && namesake !== undefined) {
        const ids = namesake.map((index) => `"${existing[index]!.id}"`).join(', ');
        return refuse([`ID: "${reading.id}" is new, but ${ids} has this name; write ${ids} in the ID column to change it, or leave the ID empty`], reading.id, reading.name);
      }
    } else if (reading.name) {
      const matches = indexesByName.get(nameKey(reading.name)) ?? [];
      if (matches.length > 1) {
        const ids = matches.map((index) => `"${existing[index]!.id}"`).join(', ');
        return refuse([`Name: ${matches.length} partners are called "${reading.name}" (${ids}); write the ID to say which`], undefined, reading.name);
      }
      target = matches[0];
    }
    const base = target === undefined ? undefined : existing[target];
    const id = reading.id ?? base?.id;

    const earlier = (id !== undefined ? rowOfId.get(id) : undefined) ?? (base === undefined && reading.id === undefined && reading.name ? rowOfName.get(nameKey(reading.name)) : undefined);
    if (earlier !== undefined) return refuse([`Same partner as row ${earlier}; only the first row for a partner is imported`], id, reading.name);

    const candidate: Record<string, unknown> = { ...base, ...reading.fields, id: id ?? PENDING_ID };
    const notes = [...reading.remarks];
    if (candidate['category'] === undefined && !reading.unreadable.has('category') && typeof candidate['type'] === 'string') {
      const group = groupOfType(candidate['type']);
      if (group !== undefined) {
        candidate['category'] = group;
        notes.push(`${headingOf('group')} is empty; taken from the type: "${groupLabel(group)}"`);
      }
    }

    const checked = Partner.safeParse(candidate);
    const problems = [...reading.problems];
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as keyof Partner;
        if (!reading.unreadable.has(field)) problems.push(issueNote(issue, candidate, addressHeading));
      }
    }
    if (problems.length > 0 || !checked.success) return refuse([...problems, ...reading.remarks], id, reading.name ?? base?.name);

    const partner = tidyPartner(checked.data);
    if (base !== undefined && target !== undefined) {
      const same = samePartner(base, partner);
      if (!same) partners[target] = partner;
      rows.push({ row, action: same ? 'unchanged' : 'change', id: partner.id, name: partner.name, notes: same ? notes : [...notes, ...changeNotes(base, partner)] });
    } else {
      if (reading.id === undefined) {
        partner.id = newIdFor(partner.name, takenIds);
        takenIds.add(partner.id);
      }
      partners.push(partner);
      rows.push({ row, action: 'add', id: partner.id, name: partner.name, notes });
    }
    rowOfId.set(partner.id, row);
    rowOfName.set(nameKey(partner.name), row);
  });

  const count = (action: ImportRow['action']) => rows.filter((entry) => entry.action === action).length;
  return {
    report: { dryRun: true, written: false, added: count('add'), changed: count('change'), unchanged: count('unchanged'), refused: count('refuse'), rows },
    partners,
    notes: layout.notes,
  };
}
