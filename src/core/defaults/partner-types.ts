import type { PartnerCategory } from '../schemas/partner.js';

/** A kind of organisation the factsheet recommends inviting into the local IJA network. */
export interface PartnerTypeDefinition {
  /** Short, stable kebab-case id; stored in `Partner.type`. */
  id: string;
  category: PartnerCategory;
  /** German label, as named in the factsheet. */
  label: string;
}

/** Headings of the four partner groups. */
export const PARTNER_CATEGORY_LABELS_DE: Record<PartnerCategory, string> = {
  vereine: 'Vereine',
  jugendarbeit: 'Träger der Jugendarbeit',
  politik: 'Politik',
  'schule-beruf': 'Übergang Schule–Beruf',
};

/** The 18 possible municipal partners named in the factsheet, by group and in its order. */
export const RECOMMENDED_PARTNER_TYPES: readonly PartnerTypeDefinition[] = [
  { id: 'staedtepartnerschaft', category: 'vereine', label: 'Städtepartnerschaftsvereine' },
  { id: 'jugendring', category: 'vereine', label: 'Stadt- oder Kreisjugendring' },
  { id: 'vereine-junger-migrantinnen', category: 'vereine', label: 'Vereine junger Migrant*innen' },
  { id: 'migrantinnen-selbstorganisationen', category: 'vereine', label: 'Migrant*innenselbstorganisationen' },

  { id: 'kommunale-jugendarbeit', category: 'jugendarbeit', label: 'Einrichtungen der kommunalen Jugendarbeit' },
  { id: 'freie-traeger', category: 'jugendarbeit', label: 'Freie Träger der Jugendarbeit' },
  { id: 'jugendsozialarbeit', category: 'jugendarbeit', label: 'Träger der Jugendsozialarbeit' },
  { id: 'jugendmigrationsdienst', category: 'jugendarbeit', label: 'Jugendmigrationsdienste' },
  { id: 'jugendunterkunft', category: 'jugendarbeit', label: 'Gemeinnützige Jugendunterkünfte' },
  { id: 'jugendhilfeplanung', category: 'jugendarbeit', label: 'Jugendhilfeplaner*innen' },

  { id: 'integrationsbeauftragte', category: 'politik', label: 'Integrationsbeauftragte*r' },
  {
    id: 'politik-entscheidung',
    category: 'politik',
    label: 'Politische Entscheidungsträger*innen (z. B. Ratsmitglieder)',
  },

  { id: 'arge', category: 'schule-beruf', label: 'ARGE' },
  { id: 'jobcenter', category: 'schule-beruf', label: 'Jobcenter' },
  { id: 'handwerkskammer', category: 'schule-beruf', label: 'Handwerkskammer' },
  { id: 'ihk', category: 'schule-beruf', label: 'Industrie- und Handelskammer' },
  { id: 'jugendberufshilfe', category: 'schule-beruf', label: 'Jugendberufshilfe' },
  { id: 'schulen', category: 'schule-beruf', label: 'Schulen' },
];

/** The recommended partner types of one group, in the factsheet's order. */
export function partnerTypesOf(category: PartnerCategory): PartnerTypeDefinition[] {
  return RECOMMENDED_PARTNER_TYPES.filter((type) => type.category === category);
}
