import { PARTNER_CATEGORY_LABELS_DE, RECOMMENDED_PARTNER_TYPES } from '../../src/core/defaults/partner-types.js';
import en from '../../src/core/i18n/locales/en.js';
import { PARTNER_CATEGORIES, type PartnerCategory } from '../../src/core/schemas/partner.js';

/**
 * The partner groups and recommended types as a spreadsheet names them: by German label (what the
 * export writes and people type), English label or id. The labels come from the library's tables,
 * so a renamed label changes here too.
 */

/** "Übergang Schule - Beruf", "übergang schule–beruf" and "Übergang Schule-Beruf" are the same label. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const CATEGORY_BY_LABEL = new Map<string, PartnerCategory>(
  PARTNER_CATEGORIES.flatMap((category) => [
    [normalizeLabel(category), category],
    [normalizeLabel(PARTNER_CATEGORY_LABELS_DE[category]), category],
    [normalizeLabel(en.partnerMap.categories[category]), category],
  ]),
);

const TYPE_BY_LABEL = new Map<string, string>(
  RECOMMENDED_PARTNER_TYPES.flatMap((type) => {
    const english = en.partnerMap.types[type.id];
    return [
      [normalizeLabel(type.id), type.id],
      [normalizeLabel(type.label), type.id],
      ...(english === undefined ? [] : [[normalizeLabel(english), type.id] as [string, string]]),
    ];
  }),
);

const TYPE_LABEL_DE = new Map(RECOMMENDED_PARTNER_TYPES.map((type) => [type.id, type.label]));
const TYPE_CATEGORY = new Map(RECOMMENDED_PARTNER_TYPES.map((type) => [type.id, type.category]));

/** The German group labels in the factsheet's order, for notes: "… is not one of Vereine, …". */
export const GROUP_CHOICES = PARTNER_CATEGORIES.map((category) => PARTNER_CATEGORY_LABELS_DE[category]).join(', ');

export function groupFromText(text: string): PartnerCategory | undefined {
  return CATEGORY_BY_LABEL.get(normalizeLabel(text));
}

export function groupLabel(category: PartnerCategory): string {
  return PARTNER_CATEGORY_LABELS_DE[category];
}

/** A recommended type's id when the text names one; any other text is a label of its own, kept as given. */
export function typeFromText(text: string): string {
  return TYPE_BY_LABEL.get(normalizeLabel(text)) ?? text;
}

/** The German label of a recommended type; another type is written as stored. */
export function typeLabel(type: string): string {
  return TYPE_LABEL_DE.get(type) ?? type;
}

/** The group a recommended type belongs to (a row that names only the type needs no group). */
export function groupOfType(type: string): PartnerCategory | undefined {
  return TYPE_CATEGORY.get(type);
}
