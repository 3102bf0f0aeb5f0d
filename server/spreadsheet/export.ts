import type { CellValue, Style } from 'exceljs';
import type { Partner } from '../../src/core/schemas/partner.js';
import { EXPORT_COLUMNS, headingOf } from './columns.js';
import { writeCsv } from './csv.js';
import { loadExcelJs } from './exceljs.js';
import { partnerCells, type ExportColumn } from './partner-cells.js';

/**
 * The partner list as a spreadsheet to edit and import again: CSV as German Excel opens it (UTF-8
 * with a byte order mark, semicolons, CRLF) and an Excel workbook. Every exported row imports back
 * as unchanged.
 */

const COLUMNS = EXPORT_COLUMNS as readonly ExportColumn[];

/** Without the mark, Excel reads UTF-8 as Windows-1252 and the umlauts break. */
const UTF8_BOM = '\uFEFF';

export function exportCsv(partners: readonly Partner[]): Uint8Array {
  const rows = [COLUMNS.map(headingOf), ...partners.map((partner) => rowOf(partner))];
  const numbers = new Set([COLUMNS.indexOf('lat'), COLUMNS.indexOf('lng')]);
  return new TextEncoder().encode(UTF8_BOM + writeCsv(rows, { delimiter: ';', plainColumns: numbers }));
}

function rowOf(partner: Partner): string[] {
  const cells = partnerCells(partner);
  return COLUMNS.map((column) => cells[column]);
}

/** Column widths in characters: wide where the text is long, narrow for yes/no and coordinates. */
const WIDTHS: Readonly<Record<ExportColumn, number>> = {
  id: 16,
  name: 40,
  group: 24,
  type: 32,
  description: 60,
  address: 40,
  website: 36,
  email: 32,
  phone: 20,
  offers: 40,
  newToIja: 14,
  lat: 12,
  lng: 12,
  confirmed: 16,
};

/** How the typed cells show: a German date, coordinates to at least four places. */
const STYLES: Partial<Record<ExportColumn, Partial<Style>>> = {
  confirmed: { numFmt: 'dd.mm.yyyy' },
  lat: { numFmt: '0.0000##' },
  lng: { numFmt: '0.0000##' },
};

export async function exportXlsx(partners: readonly Partner[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('Partner', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: headingOf(column), key: column, width: WIDTHS[column], style: STYLES[column] }));
  sheet.getRow(1).font = { bold: true };
  for (const partner of partners) {
    // Cells are text (an id or phone number stays as written), except coordinates (numbers) and the date.
    const cells: Record<string, CellValue> = partnerCells(partner);
    if (partner.location !== undefined) Object.assign(cells, { lat: partner.location.lat, lng: partner.location.lng });
    if (partner.confirmedAt !== undefined) cells['confirmed'] = new Date(`${partner.confirmedAt}T00:00:00Z`);
    sheet.addRow(cells);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
