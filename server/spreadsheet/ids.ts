import { ID_MAX } from '../../src/core/schemas/fields.js';
import { freeSlug } from '../../src/core/slug.js';

/**
 * Ids for partners a spreadsheet adds: the name as a readable slug ("Stadtjugendring Musterstadt" →
 * "stadtjugendring-musterstadt"), with "-2", "-3" … when it is taken.
 */

/** A new id from the name, not in `taken`; the caller adds it to `taken`. A name without latin letters gives "partner". */
export function newIdFor(name: string, taken: ReadonlySet<string>): string {
  return freeSlug(name, taken, 'partner', ID_MAX);
}
