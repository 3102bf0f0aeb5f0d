import type { Partner } from '../../src/core/schemas/partner.js';
import { invalid, ApiError } from '../core/errors.js';
import type { Upload } from '../core/route.js';
import type { Spreadsheets } from '../core/services/network.js';
import { exportCsv, exportXlsx } from './export.js';
import { planImport } from './import-rows.js';
import { readSpreadsheet, SpreadsheetError, XLSX_MEDIA_TYPE } from './read.js';

/**
 * Partner lists in and out of spreadsheets, for the server (exceljs needs Node; the in-browser fake
 * has no spreadsheets). A file that cannot be read as a partner list is answered in the contract's
 * error format: 415 for a kind of file we do not read, 400 with the reason otherwise.
 */

export { exportCsv, exportXlsx } from './export.js';
export { planImport, type ImportPlan, type SheetRowsInput } from './import-rows.js';
export { MAX_ROWS, readSpreadsheet, SPREADSHEET_MEDIA_TYPES, SpreadsheetError, XLSX_MEDIA_TYPE, type Sheet } from './read.js';

export const nodeSpreadsheets: Spreadsheets = {
  async planImport(existing: Partner[], upload: Upload, now: Date) {
    let sheet;
    try {
      sheet = await readSpreadsheet(upload.bytes, upload.contentType);
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      if (error.kind === 'unsupported') throw new ApiError(415, 'unsupported-media-type', [{ path: 'file', message: error.message }]);
      throw invalid([{ path: 'file', message: error.message }]);
    }
    const { report, partners, notes } = planImport(existing, sheet, { now });
    return { report: notes.length > 0 ? { ...report, notes } : report, partners };
  },
  async export(partners: Partner[], format: 'csv' | 'xlsx') {
    if (format === 'xlsx') return { bytes: await exportXlsx(partners), contentType: XLSX_MEDIA_TYPE, extension: 'xlsx' };
    return { bytes: exportCsv(partners), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  },
};
