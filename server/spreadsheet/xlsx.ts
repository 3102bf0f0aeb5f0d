import type { CellValue } from 'exceljs';
import { loadExcelJs } from './exceljs.js';
import { isoDate } from './values.js';

/**
 * The sheets of an Excel workbook (.xlsx, also as LibreOffice saves it) as rows of cell text: what a
 * person sees in the cell, not how it is stored. Numbers keep their decimal point ("51.4556"), dates
 * are YYYY-MM-DD, booleans ja/nein, rich text is flattened, a formula gives its last result.
 */

export class XlsxError extends Error {}

export interface SheetRows {
  name: string;
  /** Index 0 is the sheet's row 1; empty rows stay, so the row numbers are the sheet's. At most `rowLimit`. */
  rows: string[][];
  /** The number of the sheet's last row with content (more than `rows` has when the limit cut it). */
  rowCount: number;
}

/** Every sheet's first `rowLimit` rows: a long sheet beside the partner list costs no more than the limit. */
export async function readWorkbook(bytes: Uint8Array, rowLimit: number): Promise<SheetRows[]> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs reads through JSZip, which takes an ArrayBuffer of exactly the file.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new XlsxError('The file is not an Excel workbook (.xlsx) that can be read.');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    for (let number = 1; number <= Math.min(sheet.rowCount, rowLimit); number++) {
      const row = sheet.getRow(number);
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
      rows.push(cells);
    }
    return { name: sheet.name, rows, rowCount: sheet.rowCount };
  });
}

/** A cell's value as the text it shows. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('hyperlink' in value) return cellText(value.text as CellValue) || value.hyperlink.replace(/^mailto:/i, '');
  if ('error' in value) return value.error;
  return '';
}
