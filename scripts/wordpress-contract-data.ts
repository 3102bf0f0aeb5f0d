/**
 * Data the WordPress plugin takes from the library and the reference server instead of keeping a second copy in
 * PHP, written into wordpress/ija-widgets/includes/:
 * - contract-vocabulary.json: the partner groups and recommended types by label, the spreadsheet's column headings
 *   (its CSV/XLSX import and export);
 * - contract-defaults.json: the built-in agenda and five-point plan (the factsheet's content), stored on activation
 *   so the "this site" blocks have a document to start from.
 * test/wordpress/rest.test.ts compares the files with these tables: it fails when one changed and the files were not
 * written again.
 *
 *   node --import tsx scripts/wordpress-contract-data.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_AGENDA, DEFAULT_PLAN, PARTNER_CATEGORY_LABELS_DE, RECOMMENDED_PARTNER_TYPES } from '../src/core/defaults/index.js';
import en from '../src/core/i18n/locales/en.js';
import { PARTNER_CATEGORIES } from '../src/core/schemas/partner.js';
import { COLUMN_KEYS, EXPORT_COLUMNS, headingOf } from '../server/spreadsheet/columns.js';

const INCLUDES = resolve(import.meta.dirname, '..', 'wordpress', 'ija-widgets', 'includes');

function partnerVocabulary() {
  return {
    groups: Object.fromEntries(PARTNER_CATEGORIES.map((id) => [id, { de: PARTNER_CATEGORY_LABELS_DE[id], en: en.partnerMap.categories[id] }])),
    types: RECOMMENDED_PARTNER_TYPES.map(({ id, category, label }) => ({ id, category, de: label, en: en.partnerMap.types[id] ?? label })),
    headings: Object.fromEntries(COLUMN_KEYS.map((key) => [key, headingOf(key)])),
    exportColumns: EXPORT_COLUMNS,
  };
}

/** Each file's path and the text it must hold. */
export function contractDataFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [join(INCLUDES, 'contract-vocabulary.json')]: json(partnerVocabulary()),
    [join(INCLUDES, 'contract-defaults.json')]: json({ agenda: DEFAULT_AGENDA, plan: DEFAULT_PLAN }),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [file, text] of Object.entries(contractDataFiles())) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
