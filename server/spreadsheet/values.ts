/**
 * Cell text to partner values and back, as German spreadsheets write them: ja/nein, decimal commas,
 * DD.MM.YYYY dates, lists in one cell. A parser answers the value, or a problem to put in a note.
 */

export type Read<T> = { value: T } | { problem: string };

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr']);
const NO = new Set(['nein', 'n', 'no', '0', 'false', 'falsch', '-']);

/** Yes/no; an empty cell is no answer (in an "x or empty" column that reads as no, which it means). */
export function readYesNo(text: string): Read<boolean | undefined> {
  const answer = text.trim().toLowerCase();
  if (answer === '') return { value: undefined };
  if (YES.has(answer)) return { value: true };
  if (NO.has(answer)) return { value: false };
  return { problem: `"${text.trim()}" is not ja or nein` };
}

export function writeYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'ja' : 'nein';
}

/** A plain decimal, with a point or a German decimal comma: "51.4556", "51,4556", "-3,7". */
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function isPlainNumber(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function readDecimal(text: string): Read<number> {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (!DECIMAL.test(trimmed)) return { problem: `"${text.trim()}" is not a number` };
  return { value: Number(trimmed.replace(',', '.')) };
}

/** A coordinate with a decimal comma, as German Excel shows and writes it. */
export function writeDecimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** "2025-03-01", "1.3.2025", "01.03.25" (a two-digit year is this century) → "2025-03-01". */
export function readDate(text: string): Read<string> {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(trimmed);
  let parts: [number, number, number] | undefined;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) parts = [Number(german[3]!.length === 2 ? `20${german[3]}` : german[3]), Number(german[2]), Number(german[1])];
  const [year, month, day] = parts ?? [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (parts === undefined || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: `"${trimmed}" is not a date (write it as 31.12.2025 or 2025-12-31)` };
  }
  return { value: isoDate(date) };
}

/** A date's YYYY-MM-DD by UTC, as spreadsheet dates are stored (a day, no time zone). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The offers in one cell: separated by semicolons or line breaks when the cell has any, else by
 * commas — so "Workcamp; Beratung, auch online" keeps its comma, and "Workcamp, Sprachkurs" splits.
 */
export function readList(text: string): string[] {
  const separator = /[;\n\r]/.test(text) ? /[;\n\r]+/ : /,/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function writeList(items: readonly string[] | undefined): string {
  return (items ?? []).join('; ');
}

/** "Straße, PLZ Ort", leaving out the parts that are empty. */
export function joinAddress(street: string, postcode: string, city: string): string {
  const place = [postcode.trim(), city.trim()].filter((part) => part !== '').join(' ');
  return [street.trim(), place].filter((part) => part !== '').join(', ');
}

/** A website written without its scheme ("www.example.de") is meant as https. */
export function completeWebsite(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#].*)?$/u.test(trimmed) ? `https://${trimmed}` : trimmed;
}
