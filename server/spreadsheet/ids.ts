import { ID_MAX } from '../../src/core/schemas/fields.js';

/**
 * Ids for partners a spreadsheet adds: the name as a readable slug ("Stadtjugendring Musterstadt" →
 * "stadtjugendring-musterstadt"), with "-2", "-3" … when it is taken.
 */

const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A new id from the name, not in `taken`; the caller adds it to `taken`. A name without latin letters gives "partner". */
export function newIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = slugOf(name) || 'partner';
  for (let number = 1; ; number++) {
    const suffix = number === 1 ? '' : `-${number}`;
    const id = `${slug.slice(0, ID_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
