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
  /** normalizeText of each partner's searchable fields ("ueckendorf"). */
  readonly haystacks: readonly string[];
}

/**
 * Letters that NFD does not take apart, spelled as people type them without the key: the German ones as
 * their usual transliteration (ä -> ae), Turkish dotless ı, Polish ł and a few more as their base letter.
 * The middle dot of Leichte Sprache ("Jugend·zentrum") is dropped, so the word is found as one.
 */
const LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', '·': '' };
const LETTER_PATTERN = /[äöüßıłøđæœ·]/g;
/** After normalizeText, "ae", "oe", "ue" fold to their first letter: ä = ae = a, in data and query alike. */
const DIGRAPHS = /([aou])e/g;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;

/** Made on first sort, not when the module loads: the first `Intl` object of a page costs 15–30 ms of a cold start. */
let collator: Intl.Collator | undefined;
const compareGerman = (a: string, b: string): number => (collator ??= new Intl.Collator('de')).compare(a, b);

/** Anything but printable ASCII and ASCII white space: only text with such characters needs the Unicode steps (NFC, transliteration, NFD). */
const NOT_PLAIN_ASCII = /[^ -~\t\n\v\f\r]/;
/** White space that collapsing would change: a run of two, or anything but a plain space. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/**
 * Lower case, German transliteration (ä->ae, ö->oe, ü->ue, ß->ss, also upper case forms), ı->i, ł->l,
 * other diacritics removed (NFD, é->e), whitespace collapsed, trimmed.
 * Each step runs only where it can change something: 50,000 partners are indexed in one go.
 */
export function normalizeText(text: string): string {
  let out = text;
  if (NOT_PLAIN_ASCII.test(out)) {
    // NFC first, so that a decomposed "a + ◌̈" is transliterated like "ä".
    // Ä -> ä, ẞ -> ß; the German letters are then transliterated in lower case.
    out = out.normalize('NFC').toLowerCase().replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter);
    if (NOT_PLAIN_ASCII.test(out)) out = out.normalize('NFD').replace(COMBINING_MARKS, '');
  } else {
    out = out.toLowerCase();
  }
  if (UNCOLLAPSED.test(out)) out = out.replace(WHITESPACE, ' ');
  return out.trim();
}

/**
 * A normalized text with "ae", "oe", "ue" folded to "a", "o", "u", so that "uckendorf" (typed without the
 * umlaut) finds "Ückendorf" ("ueckendorf") and "Munster" finds "Muenster". Folding both sides keeps the
 * match symmetric; a query that starts inside such a pair ("erwache" in "Feuerwache") still matches the
 * unfolded haystack.
 */
export function foldText(normalized: string): string {
  return normalized.replace(DIGRAPHS, '$1');
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

/**
 * The haystacks folded ({@link foldText}: "uckendorf"), kept beside the index like the offers. Made on the
 * first search, not with the index: the first render of 50,000 partners does not wait for it.
 */
const foldedHaystacks = new WeakMap<PartnerIndex, readonly string[]>();

function foldedOf(index: PartnerIndex): readonly string[] {
  let folded = foldedHaystacks.get(index);
  if (!folded) {
    folded = index.haystacks.map(foldText);
    foldedHaystacks.set(index, folded);
  }
  return folded;
}

/** normalizeText for values that repeat across partners (labels, offers): each distinct value once. */
function memoNormalize(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = normalizeText(text)));
    return out;
  };
}

/**
 * Precomputes one normalized haystack per partner: name, type id and label, category label, description, address,
 * offers; and the normalized offers for the offer filter. Built once per data set, in one pass.
 */
export function buildPartnerIndex(
  partners: readonly Partner[],
  labels: { type(type: string): string; category(category: PartnerCategory): string },
): PartnerIndex {
  const ownPartners = [...partners];
  const shared = memoNormalize();
  const haystacks: string[] = [];
  const offers: (readonly string[])[] = [];
  for (const partner of ownPartners) {
    const partnerOffers = partner.offers?.map(shared) ?? [];
    const parts: string[] = [normalizeText(partner.name)];
    if (partner.type) parts.push(shared(partner.type), shared(labels.type(partner.type)));
    parts.push(shared(labels.category(partner.category)));
    if (partner.description) parts.push(normalizeText(partner.description));
    if (partner.address) parts.push(normalizeText(partner.address));
    parts.push(...partnerOffers);
    // Tokens never contain a space, so a match cannot straddle two fields.
    haystacks.push(parts.filter((part) => part !== '').join(' '));
    offers.push(partnerOffers);
  }
  const index: PartnerIndex = { partners: ownPartners, haystacks };
  normalizedOffers.set(index, offers);
  return index;
}

/**
 * Keeps input order. Search: every whitespace-separated token (normalized) must occur as a
 * substring of the haystack, or folded in the folded haystack, so "muenster", "munster" and "MÜNSTER"
 * find "Münster", "Münster" finds "Muenster", "strasse" finds "Straße". Empty/undefined fields do not filter.
 */
export function filterPartners(index: PartnerIndex, filter: PartnerFilter): Partner[] {
  const { category, type, newToIja } = filter;
  const offer = filter.offer ? normalizeText(filter.offer) : '';
  const search = filter.search ? normalizeText(filter.search) : '';
  const tokens = search ? search.split(' ') : [];
  const foldedTokens = tokens.map(foldText);
  const offers = offer ? offersOf(index) : undefined;
  const { partners, haystacks } = index;
  const folded = tokens.length > 0 ? foldedOf(index) : haystacks;

  const result: Partner[] = [];
  for (let i = 0; i < partners.length; i++) {
    const partner = partners[i];
    if (category && partner.category !== category) continue;
    if (type && partner.type !== type) continue;
    if (newToIja && partner.activeInIja !== false) continue;
    if (offers && !offers[i].includes(offer)) continue;
    if (tokens.length > 0) {
      const haystack = haystacks[i];
      const foldedHaystack = folded[i];
      if (!tokens.every((token, k) => haystack.includes(token) || foldedHaystack.includes(foldedTokens[k]))) continue;
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
  const spellings = new Set<string>();
  for (const value of values) {
    // A spelling met before has its key already: normalize each spelling once, not each occurrence.
    if (spellings.has(value)) continue;
    spellings.add(value);
    const key = normalizeText(value);
    if (key && !seen.has(key)) seen.set(key, value.trim());
  }
  return [...seen.values()].sort(compareGerman);
}

/** Distinct offers present, sorted with Intl.Collator('de'). Spellings differing only in case/umlaut form count once. */
export function collectOffers(partners: readonly Partner[]): string[] {
  return distinctSorted(partners.flatMap((partner) => partner.offers ?? []));
}

/** Distinct types present (exact values, as the type filter compares exactly), sorted with Intl.Collator('de'). */
export function collectTypes(partners: readonly Partner[]): string[] {
  const types = new Set<string>();
  for (const partner of partners) if (partner.type) types.add(partner.type);
  return [...types].sort(compareGerman);
}
