import { PARTNER_CATEGORIES } from '../../core/schemas/constants.js';
import type { Partner, PartnerCategory } from '../../core/schemas/partner.js';
import type { PartnerFilter } from './partner-filter.js';

/**
 * Filtering for the partner map, fast enough for 10,000 partners per keystroke:
 * every partner's searchable text is normalized once ({@link buildPartnerIndex}),
 * so a search only normalizes the query and runs `includes` on precomputed strings.
 */

export interface PartnerIndex {
  readonly partners: readonly Partner[];
  readonly haystacks: readonly string[];
}

const GERMAN_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const GERMAN_PATTERN = /[äöüß]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;

const collator = new Intl.Collator('de');

/**
 * Lower case, German transliteration (ä->ae, ö->oe, ü->ue, ß->ss, also upper case forms),
 * other diacritics removed (NFD, é->e), whitespace collapsed, trimmed.
 */
export function normalizeText(text: string): string {
  return (
    text
      // NFC first, so that a decomposed "a + ◌̈" is transliterated like "ä".
      .normalize('NFC')
      // Ä -> ä, ẞ -> ß; the German letters are then transliterated in lower case.
      .toLowerCase()
      .replace(GERMAN_PATTERN, (letter) => GERMAN_LETTERS[letter] ?? letter)
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(WHITESPACE, ' ')
      .trim()
  );
}

/** Normalized offers per partner, kept beside the index so the offer filter does not normalize per keystroke. */
const normalizedOffers = new WeakMap<PartnerIndex, readonly (readonly string[])[]>();

function offersOf(index: PartnerIndex): readonly (readonly string[])[] {
  let offers = normalizedOffers.get(index);
  if (!offers) {
    offers = index.partners.map((partner) => (partner.offers ?? []).map(normalizeText));
    normalizedOffers.set(index, offers);
  }
  return offers;
}

/** Precomputes one normalized haystack per partner: name, type id and label, category label, description, address, offers. */
export function buildPartnerIndex(
  partners: readonly Partner[],
  labels: { type(type: string): string; category(category: PartnerCategory): string },
): PartnerIndex {
  const ownPartners = [...partners];
  const haystacks = ownPartners.map((partner) => {
    const parts: string[] = [partner.name];
    if (partner.type) parts.push(partner.type, labels.type(partner.type));
    parts.push(labels.category(partner.category));
    if (partner.description) parts.push(partner.description);
    if (partner.address) parts.push(partner.address);
    if (partner.offers) parts.push(...partner.offers);
    // Tokens never contain a space, so a match cannot straddle two fields.
    return normalizeText(parts.join(' '));
  });
  const index: PartnerIndex = { partners: ownPartners, haystacks };
  offersOf(index);
  return index;
}

/**
 * Keeps input order. Search: every whitespace-separated token (normalized) must occur as a
 * substring of the haystack, so "muenster" finds "Münster", "Münster" finds "Muenster",
 * "strasse" finds "Straße". Empty/undefined fields do not filter.
 */
export function filterPartners(index: PartnerIndex, filter: PartnerFilter): Partner[] {
  const { category, type, newToIja } = filter;
  const offer = filter.offer ? normalizeText(filter.offer) : '';
  const search = filter.search ? normalizeText(filter.search) : '';
  const tokens = search ? search.split(' ') : [];
  const offers = offer ? offersOf(index) : undefined;
  const { partners, haystacks } = index;

  const result: Partner[] = [];
  for (let i = 0; i < partners.length; i++) {
    const partner = partners[i];
    if (category && partner.category !== category) continue;
    if (type && partner.type !== type) continue;
    if (newToIja && partner.activeInIja !== false) continue;
    if (offers && !offers[i].includes(offer)) continue;
    if (tokens.length > 0) {
      const haystack = haystacks[i];
      if (!tokens.every((token) => haystack.includes(token))) continue;
    }
    result.push(partner);
  }
  return result;
}

/** In PARTNER_CATEGORIES order, including empty groups. */
export function groupByCategory(partners: readonly Partner[]): { category: PartnerCategory; partners: Partner[] }[] {
  const groups = PARTNER_CATEGORIES.map((category) => ({ category, partners: [] as Partner[] }));
  const byCategory = new Map(groups.map((group) => [group.category, group.partners]));
  for (const partner of partners) byCategory.get(partner.category)?.push(partner);
  return groups;
}

/** Distinct non-empty values, deduplicated by normalizeText (first spelling wins), sorted German-style. */
function distinctSorted(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = normalizeText(value);
    if (key && !seen.has(key)) seen.set(key, value.trim());
  }
  return [...seen.values()].sort(collator.compare);
}

/** Distinct offers present, sorted with Intl.Collator('de'). Spellings differing only in case/umlaut form count once. */
export function collectOffers(partners: readonly Partner[]): string[] {
  return distinctSorted(partners.flatMap((partner) => partner.offers ?? []));
}

/** Distinct types present (exact values, as the type filter compares exactly), sorted with Intl.Collator('de'). */
export function collectTypes(partners: readonly Partner[]): string[] {
  const types = new Set<string>();
  for (const partner of partners) if (partner.type) types.add(partner.type);
  return [...types].sort(collator.compare);
}
