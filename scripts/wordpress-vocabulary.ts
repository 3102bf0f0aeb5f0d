/**
 * The partner vocabulary the WordPress plugin's spreadsheet import and export need, taken from the library's and
 * the reference server's own tables (group and type labels, column headings), so PHP does not keep a second copy:
 * written to wordpress/ija-widgets/includes/contract-vocabulary.json, which test/wordpress/rest.test.ts compares
 * with these tables (it fails when one of them changes and the file was not written again).
 *
 *   node --import tsx scripts/wordpress-vocabulary.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTNER_CATEGORY_LABELS_DE, RECOMMENDED_PARTNER_TYPES } from '../src/core/defaults/partner-types.js';
import en from '../src/core/i18n/locales/en.js';
import { PARTNER_CATEGORIES } from '../src/core/schemas/partner.js';
import { COLUMN_KEYS, EXPORT_COLUMNS, headingOf } from '../server/spreadsheet/columns.js';

export const VOCABULARY_FILE = resolve(import.meta.dirname, '..', 'wordpress', 'ija-widgets', 'includes', 'contract-vocabulary.json');

export function partnerVocabulary() {
  return {
    groups: Object.fromEntries(PARTNER_CATEGORIES.map((id) => [id, { de: PARTNER_CATEGORY_LABELS_DE[id], en: en.partnerMap.categories[id] }])),
    types: RECOMMENDED_PARTNER_TYPES.map(({ id, category, label }) => ({ id, category, de: label, en: en.partnerMap.types[id] ?? label })),
    headings: Object.fromEntries(COLUMN_KEYS.map((key) => [key, headingOf(key)])),
    exportColumns: EXPORT_COLUMNS,
  };
}

export const vocabularyJson = () => `${JSON.stringify(partnerVocabulary(), null, 2)}\n`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(VOCABULARY_FILE, vocabularyJson());
  console.log(`wrote ${VOCABULARY_FILE}`);
}
