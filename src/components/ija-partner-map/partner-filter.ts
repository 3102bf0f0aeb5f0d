import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import type { PartnerCategory } from '../../core/schemas/partner.js';

/** What the partner list shows: set by the visitor's filter form or by the element's attributes. */
export interface PartnerFilter {
  category?: PartnerCategory;
  /** Exact partner.type. */
  type?: string;
  /** One of partner.offers (compared after normalizeText). */
  offer?: string;
  /** Only partners new to international youth work (activeInIja === false). */
  newToIja?: boolean;
  search?: string;
}

function isPartnerCategory(value: string): value is PartnerCategory {
  return (PARTNER_CATEGORIES as readonly string[]).includes(value);
}

/** Filter from element attributes: unknown category values are ignored (returns undefined for that field); 'new-to-ija' present -> newToIja true. */
export function filterFromAttributes(attrs: {
  category?: string | null;
  type?: string | null;
  offer?: string | null;
  search?: string | null;
  newToIja?: boolean;
}): PartnerFilter {
  const filter: PartnerFilter = {};
  const category = attrs.category?.trim();
  if (category && isPartnerCategory(category)) filter.category = category;
  const type = attrs.type?.trim();
  if (type) filter.type = type;
  if (attrs.offer?.trim()) filter.offer = attrs.offer;
  if (attrs.search?.trim()) filter.search = attrs.search;
  if (attrs.newToIja) filter.newToIja = true;
  return filter;
}
