import { looksLikeHeadingRow } from './columns.js';
import { CsvError, parseCsv } from './csv.js';
import { decodeText, startsWith } from './decode.js';
import { readWorkbook, XlsxError, type SheetRows } from './xlsx.js';
import { SPREADSHEET_MEDIA_TYPES, XLSX_MEDIA_TYPE } from '../core/routes/partners.js';

/**
 * An uploaded partner list, CSV or Excel, as its heading row and the rows below it. The file's bytes
 * decide what it is where the media type cannot (Windows browsers send a .csv as
 * application/vnd.ms-excel); the media type only refuses what is clearly no spreadsheet.
 */

export { SPREADSHEET_MEDIA_TYPES, XLSX_MEDIA_TYPE } from '../core/routes/partners.js';

/** More rows than any municipal partner list has: a bigger file is a mistake, refused before the work. */
export const MAX_ROWS = 5000;

/** The file cannot be read as a partner list; the message says why, for the person who uploaded it. */
export class SpreadsheetError extends Error {
  constructor(
    message: string,
    /** `unsupported`: not a kind of file we read (HTTP 415); `unreadable`: ours, but broken or without our columns (400). */
    readonly kind: 'unsupported' | 'unreadable',
  ) {
    super(message);
  }
}

export interface Sheet {
  headings: string[];
  /** The rows below the heading row; a row may be shorter or longer than the headings. */
  rows: string[][];
  /** The row number the headings are on, as the program shows it (1 unless rows above hold a title). */
  headingRow: number;
  /** The worksheet's name (XLSX only). */
  sheetName?: string;
}

/** A heading row further down than this is not looked for: the rows above are a title, not data. */
const HEADING_SEARCH_ROWS = 10;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readSpreadsheet(bytes: Uint8Array, contentType: string): Promise<Sheet> {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!(SPREADSHEET_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
    throw new SpreadsheetError(`A partner list is a CSV file or an Excel workbook (.xlsx), not ${mediaType || 'a file without a type'}.`, 'unsupported');
  }
  if (startsWith(bytes, OLE)) {
    throw new SpreadsheetError('This is an old Excel file (.xls): save it as Excel workbook (.xlsx) or as CSV and upload that.', 'unsupported');
  }
  if (startsWith(bytes, ZIP)) {
    if (isOpenDocument(bytes)) {
      throw new SpreadsheetError('This is a LibreOffice spreadsheet (.ods): save it as Excel 2007-365 (.xlsx) or as CSV and upload that.', 'unsupported');
    }
    return fromWorkbook(bytes);
  }
  if (mediaType === XLSX_MEDIA_TYPE) throw new SpreadsheetError('The file is not an Excel workbook (.xlsx) that can be read.', 'unreadable');
  return fromCsv(bytes);
}

async function fromWorkbook(bytes: Uint8Array): Promise<Sheet> {
  let sheets: SheetRows[];
  try {
    sheets = await readWorkbook(bytes, HEADING_SEARCH_ROWS + MAX_ROWS + 1);
  } catch (error) {
    if (error instanceof XlsxError) throw new SpreadsheetError(error.message, 'unreadable');
    throw error;
  }
  for (const sheet of sheets) {
    const found = sheetFrom(sheet.rows, 0);
    if (found === undefined) continue;
    if (sheet.rowCount - found.headingRow > MAX_ROWS) throw tooLong(sheet.rowCount);
    return { ...found, sheetName: sheet.name };
  }
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  throw new SpreadsheetError(`No sheet of the workbook (${names}) has a heading row with the column Name (or ID) and the other columns, e.g. Gruppe.`, 'unreadable');
}

function fromCsv(bytes: Uint8Array): Sheet {
  if (bytes.subarray(0, 4096).includes(0)) throw new SpreadsheetError('The file is not a CSV text file.', 'unsupported');
  let parsed;
  try {
    parsed = parseCsv(decodeText(bytes));
  } catch (error) {
    if (error instanceof CsvError) throw new SpreadsheetError(error.message, 'unreadable');
    throw error;
  }
  const found = sheetFrom(parsed.rows, parsed.skippedLines);
  if (found !== undefined && found.rows.length > MAX_ROWS) throw tooLong(parsed.rows.length);
  if (found !== undefined) return found;
  const first = parsed.rows.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];
  const seen = first.length > 0 ? `; the first row has ${first.map((cell) => `"${cell.trim()}"`).join(', ')}` : '; the file is empty';
  throw new SpreadsheetError(`No heading row with the column Name (or ID) and the other columns, e.g. Gruppe${seen}.`, 'unreadable');
}

const tooLong = (rows: number) => new SpreadsheetError(`The list has ${rows} rows; at most ${MAX_ROWS} partners can be imported at once.`, 'unreadable');

function sheetFrom(rows: string[][], rowsAbove: number): Omit<Sheet, 'sheetName'> | undefined {
  const index = rows.slice(0, HEADING_SEARCH_ROWS).findIndex(looksLikeHeadingRow);
  if (index < 0) return undefined;
  const data = rows.slice(index + 1);
  while (data.length > 0 && data.at(-1)!.every((cell) => cell.trim() === '')) data.pop();
  return { headings: rows[index]!, rows: data, headingRow: rowsAbove + index + 1 };
}

/** An OpenDocument file names its type uncompressed at the start of the zip. */
function isOpenDocument(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 100)).includes('application/vnd.oasis.opendocument');
}

