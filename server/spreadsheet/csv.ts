import Papa from 'papaparse';

/**
 * CSV as spreadsheet programs save it: the delimiter detected (semicolon in German Excel, comma,
 * tab), quoted cells with line breaks and doubled quotes, CRLF or LF. One record is one spreadsheet
 * row, also when a quoted cell spans lines, so row numbers stay those the program shows.
 */

export class CsvError extends Error {}

const DELIMITERS = [';', ',', '\t'] as const;

/** Excel's own hint on the first line, e.g. "sep=;", written by some exports. */
const SEPARATOR_LINE = /^sep=(.)\r?\n/i;

/**
 * Excel runs a cell that starts with one of these as a formula: the export puts an apostrophe before
 * it (shown, never run) and the import takes that apostrophe away again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvRows {
  rows: string[][];
  /** Lines before the first row (an Excel "sep=" line), for the row numbers. */
  skippedLines: number;
}

export function parseCsv(text: string): CsvRows {
  const hint = SEPARATOR_LINE.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const delimiter = hint ? hint[1]! : detectDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed !== undefined) {
    const row = (unclosed.row ?? 0) + 1 + (hint ? 1 : 0);
    throw new CsvError(`Row ${row}: a quoted cell is not closed (a " is missing), so the rest of the file would be one cell.`);
  }
  const rows = result.data.map((record) => record.map(unguardFormula));
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return { rows, skippedLines: hint ? 1 : 0 };
}

/** The delimiter that splits the first non-blank line into the most cells (ties: the German semicolon). */
export function detectDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 10, skipEmptyLines: 'greedy' });
    const count = data[0]?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

export interface CsvWriteOptions {
  delimiter: string;
  /** Cells that are numbers: never guarded (a negative coordinate is not a formula). */
  plainColumns?: ReadonlySet<number>;
}

/** Rows as CSV, CRLF line ends; cells that Excel would run as a formula get a leading apostrophe. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const guarded = rows.map((row) => row.map((cell, column) => (options.plainColumns?.has(column) ? cell : guardFormula(cell))));
  return `${Papa.unparse(guarded, { delimiter: options.delimiter, newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
