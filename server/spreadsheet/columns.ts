/**
 * The columns of a partner list: their German headings (what the export writes and the notes name)
 * and the other headings people give them. Headings match whatever the case, spaces, hyphens,
 * underscores and dots: "E-Mail", "e-mail", "EMAIL" and "E Mail" are one column.
 */

export const COLUMN_KEYS = [
  'id',
  'name',
  'group',
  'type',
  'description',
  'street',
  'postcode',
  'city',
  'address',
  'website',
  'email',
  'phone',
  'offers',
  'newToIja',
  'lat',
  'lng',
  'confirmed',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The German heading first: it is the column's name in exports and notes. */
const HEADINGS: Readonly<Record<ColumnKey, readonly string[]>> = {
  id: ['ID'],
  name: ['Name', 'Organisation', 'Organization'],
  group: ['Gruppe', 'Group', 'Category', 'Kategorie'],
  type: ['Art', 'Type', 'Typ'],
  description: ['Beschreibung', 'Description'],
  street: ['Straße', 'Strasse', 'Street'],
  postcode: ['PLZ', 'Postleitzahl', 'Postcode', 'Postal code', 'ZIP', 'ZIP code'],
  city: ['Ort', 'Stadt', 'City', 'Town'],
  address: ['Adresse', 'Anschrift', 'Address'],
  website: ['Website', 'Webseite', 'Internet', 'Homepage', 'URL'],
  email: ['E-Mail', 'Email', 'Mail'],
  phone: ['Telefon', 'Tel', 'Phone', 'Telephone'],
  offers: ['Angebote', 'Offers'],
  newToIja: ['Neu in der IJA', 'New to IJA'],
  lat: ['Breitengrad', 'Latitude', 'Lat'],
  lng: ['Längengrad', 'Laengengrad', 'Longitude', 'Lng', 'Lon'],
  confirmed: ['Zuletzt bestätigt', 'Zuletzt bestaetigt', 'Bestätigt', 'Confirmed', 'Last confirmed'],
};

/** The column's German heading. */
export function headingOf(key: ColumnKey): string {
  return HEADINGS[key][0]!;
}

function normalizeHeading(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-_.:*]/g, '');
}

const KEY_BY_HEADING = new Map<string, ColumnKey>(
  COLUMN_KEYS.flatMap((key) => HEADINGS[key].map((heading) => [normalizeHeading(heading), key] as const)),
);

export function columnOf(heading: string): ColumnKey | undefined {
  return KEY_BY_HEADING.get(normalizeHeading(heading));
}

/** Where each known column is in a sheet, and what the sheet has besides. */
export interface ColumnLayout {
  /** The column index of each known column the sheet has (the first, when a heading repeats). */
  index: Partial<Record<ColumnKey, number>>;
  /** Sentences about the heading row: unknown columns (ignored), repeated ones (the first counts). */
  notes: string[];
  /** The number of cells up to the last heading: cells right of it belong to no column. */
  width: number;
}

export function layoutOf(headings: readonly string[]): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  headings.forEach((raw, position) => {
    const heading = raw.trim();
    if (heading === '') return;
    const key = columnOf(heading);
    if (key === undefined) unknown.push(heading);
    else if (index[key] === undefined) index[key] = position;
    else repeated.push(heading);
  });
  const notes: string[] = [];
  if (unknown.length > 0) {
    const list = unknown.map((heading) => `"${heading}"`).join(', ');
    notes.push(`${unknown.length === 1 ? 'Column' : 'Columns'} ${list} ${unknown.length === 1 ? 'is' : 'are'} not part of the partner list and ignored`);
  }
  for (const heading of repeated) notes.push(`Column "${heading}" appears more than once; only the first is read`);
  const width = headings.findLastIndex((heading) => heading.trim() !== '') + 1;
  return { index, notes, width };
}

/** How many of the headings name a known column (a heading row has the name or id and at least one more). */
export function looksLikeHeadingRow(cells: readonly string[]): boolean {
  const keys = new Set(cells.map((cell) => columnOf(cell.trim())).filter((key) => key !== undefined));
  return (keys.has('name') || keys.has('id')) && keys.size >= 2;
}

/** The headings the export writes, in this order (one address column: it round-trips whatever its shape). */
export const EXPORT_COLUMNS: readonly ColumnKey[] = [
  'id',
  'name',
  'group',
  'type',
  'description',
  'address',
  'website',
  'email',
  'phone',
  'offers',
  'newToIja',
  'lat',
  'lng',
  'confirmed',
];
