import type * as ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first workbook rather than at server start: it takes about 180 ms to load
 * and most servers never see a spreadsheet. It is CommonJS: Node hands it over as the default export.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const loaded = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return loaded.default ?? loaded;
}
