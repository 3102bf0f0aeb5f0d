import type { Partner } from '../../src/core/schemas/partner.js';
import { headingOf, type ColumnKey, type ColumnLayout } from './columns.js';
import { GROUP_CHOICES, groupFromText, typeFromText } from './vocabulary.js';
import { completeWebsite, isoDate, joinAddress, readDate, readDecimal, readList, readYesNo, type Read } from './values.js';

/**
 * One spreadsheet row read into partner fields. Only the columns the sheet has set a field: a
 * matched partner keeps the fields of the columns the sheet lacks ("Name;Telefon" updates phone
 * numbers), and an empty cell in a column the sheet has clears its field.
 */

export type PartnerFields = Omit<Partner, 'id'>;

export interface RowReading {
  /** The ID cell, trimmed; undefined when empty or the sheet has no ID column. */
  id?: string;
  /** The Name cell, trimmed; undefined when the sheet has no Name column. */
  name?: string;
  /** The fields the row sets; a key with the value undefined clears that field. */
  fields: Partial<PartnerFields>;
  /** What the reader should know about the row though it is taken (cells right of the headings). */
  remarks: string[];
  /** Cells that could not be read, as notes; their fields are in `unreadable`. */
  problems: string[];
  unreadable: Set<keyof Partner>;
}

/** A row with nothing in the known columns is a gap in the list, skipped without a note. */
export function isBlankRow(cells: readonly string[], layout: ColumnLayout): boolean {
  return Object.values(layout.index).every((index) => (cells[index] ?? '').trim() === '');
}

export function readRow(cells: readonly string[], layout: ColumnLayout, now: Date): RowReading {
  const has = (key: ColumnKey) => layout.index[key] !== undefined;
  const cell = (key: ColumnKey) => (has(key) ? (cells[layout.index[key]!] ?? '').trim() : '');
  const text = (key: ColumnKey) => cell(key) || undefined;
  const reading: RowReading = { fields: {}, remarks: [], problems: [], unreadable: new Set() };
  const problem = (field: keyof Partner, note: string) => {
    reading.problems.push(note);
    reading.unreadable.add(field);
  };
  const { fields } = reading;

  if (has('id')) reading.id = text('id');
  if (has('name')) reading.name = fields.name = cell('name');
  if (has('group')) {
    const group = cell('group');
    const category = group === '' ? undefined : groupFromText(group);
    if (group !== '' && category === undefined) problem('category', `${headingOf('group')}: "${group}" is not one of ${GROUP_CHOICES}`);
    fields.category = category;
  }
  if (has('type')) fields.type = text('type') === undefined ? undefined : typeFromText(cell('type'));
  if (has('description')) fields.description = text('description');
  if (has('address') || has('street') || has('postcode') || has('city')) {
    fields.address = cell('address') || joinAddress(cell('street'), cell('postcode'), cell('city')) || undefined;
  }
  if (has('website')) fields.website = text('website') === undefined ? undefined : completeWebsite(cell('website'));
  if (has('email')) fields.email = text('email')?.replace(/^mailto:/i, '');
  if (has('phone')) fields.phone = text('phone');
  if (has('offers')) {
    const offers = readList(cell('offers'));
    fields.offers = offers.length > 0 ? offers : undefined;
  }
  if (has('newToIja')) {
    const answer = readYesNo(cell('newToIja'));
    if ('problem' in answer) problem('activeInIja', `${headingOf('newToIja')}: ${answer.problem}`);
    else fields.activeInIja = answer.value === undefined ? undefined : !answer.value;
  }
  if (has('lat') || has('lng')) readLocation(cell('lat'), cell('lng'), reading, problem);
  if (has('confirmed')) {
    const written = cell('confirmed');
    const date = written === '' ? { value: undefined } : readDate(written);
    if ('problem' in date) problem('confirmedAt', `${headingOf('confirmed')}: ${date.problem}`);
    else if (date.value !== undefined && date.value > isoDate(now)) problem('confirmedAt', `${headingOf('confirmed')}: "${written}" is in the future`);
    else fields.confirmedAt = date.value;
  }
  const beyond = cells.slice(layout.width).filter((extra) => extra.trim() !== '');
  if (beyond.length > 0) {
    // In CSV that is mostly a cell with the delimiter in it but no quotes, which shifted the cells after it.
    reading.remarks.push(`Cells right of the last heading are ignored: ${beyond.map((extra) => `"${extra.trim()}"`).join(', ')} (a cell with a ; or , in it needs quotes in CSV)`);
  }
  return reading;
}

const BOUNDS = { lat: 90, lng: 180 } as const;

function readLocation(latText: string, lngText: string, reading: RowReading, problem: (field: keyof Partner, note: string) => void): void {
  if (latText === '' && lngText === '') {
    reading.fields.location = undefined;
    return;
  }
  const lat = readCoordinate('lat', latText);
  const lng = readCoordinate('lng', lngText);
  for (const read of [lat, lng]) if ('problem' in read) problem('location', read.problem);
  if ('value' in lat && 'value' in lng) reading.fields.location = { lat: lat.value, lng: lng.value };
}

function readCoordinate(key: 'lat' | 'lng', written: string): Read<number> {
  const heading = headingOf(key);
  if (written === '') return { problem: `${heading} is empty; a position needs both Breitengrad and Längengrad` };
  const number = readDecimal(written);
  if ('problem' in number) return { problem: `${heading}: ${number.problem}` };
  const bound = BOUNDS[key];
  return Math.abs(number.value) > bound ? { problem: `${heading}: ${written} is not between -${bound} and ${bound}` } : number;
}
