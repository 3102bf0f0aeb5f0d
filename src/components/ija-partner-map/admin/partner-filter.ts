import type { Partner } from '../../../core/schemas/partner.js';

/** How the admin list narrows the entries: a search over the written fields, and the yearly confirmation. */

/** Entries shown at once; more on request (a city's network can hold thousands). */
export const PAGE_SIZE = 50;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Not confirmed within the last year, or never: the organiser asks these organisations again. */
export function isStale(partner: Partner, now: Date): boolean {
  if (!partner.confirmedAt) return true;
  return now.getTime() - Date.parse(`${partner.confirmedAt}T00:00:00`) > YEAR_MS;
}

/** Lower case without accents, ß as ss: "Süd" and "sud" find each other. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

export function matchesQuery(partner: Partner, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold([partner.name, partner.id, partner.type ?? '', partner.address ?? '', partner.email ?? ''].join(' '));
  return words.every((word) => text.includes(word));
}

/** The median of the partners' positions (robust against one far away), or undefined when none has one. */
export function networkMiddle(partners: readonly Partner[]): { lat: number; lng: number } | undefined {
  const located = partners.flatMap((partner) => (partner.location ? [partner.location] : []));
  if (located.length === 0) return undefined;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { lat: median(located.map((l) => l.lat)), lng: median(located.map((l) => l.lng)) };
}
