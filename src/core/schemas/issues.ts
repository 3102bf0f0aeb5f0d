/** What parsing reports, without zod: widgets show these while the schemas stay in their own chunk. */

/** One problem found in data: where (a path like `partners[3].category`) and what. */
export interface DataIssue {
  path: string;
  message: string;
  /**
   * The record that was left out because of it (e.g. `partners[3]`); empty when nothing was left out
   * but the field itself (an invalid optional link, say), or for the document as a whole.
   */
  record: string;
}

/** How many records were left out (one record can have several issues). */
export function countDroppedRecords(issues: readonly DataIssue[]): number {
  return new Set(issues.filter((issue) => issue.record !== '').map((issue) => issue.record)).size;
}

/** Data that passed the schema, with the records that did not (and were dropped). */
export interface Parsed<T> {
  data: T;
  issues: DataIssue[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
