// The partner map's pre-filter choices for the generator: the factsheet's groups and recommended types
// (built-in content), or what the chosen data source holds. Only this server's data is read.

import { PARTNER_GROUPS, PARTNER_TYPES } from './einbinden-texte.js';

/**
 * @typedef {{ value: string, count?: number }} Choice
 * @typedef {{ groups: Choice[], types: (Choice & { group?: string })[], offers: Choice[], partners?: number }} Choices
 */

/** @returns {Choices} the built-in content's choices: every group and every recommended type, no offers. */
export function builtInChoices() {
  return {
    groups: PARTNER_GROUPS.map((value) => ({ value })),
    types: PARTNER_TYPES.map(({ id, group }) => ({ value: id, group })),
    offers: [],
  };
}

function counted(values) {
  const counts = new Map();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const byName = (a, b) => a.value.localeCompare(b.value, 'de');

/** @returns {Choices} the groups, types and offers the partners have, with how many have each. */
export function choicesFromPartners(partners) {
  const groups = counted(partners.map((partner) => partner.category));
  const types = counted(partners.map((partner) => partner.type?.trim()));
  const offers = counted(partners.flatMap((partner) => partner.offers ?? []).map((offer) => offer.trim()));
  const recommended = PARTNER_TYPES.filter(({ id }) => types.has(id)).map(({ id, group }) => ({ value: id, group, count: types.get(id) }));
  const known = new Set(PARTNER_TYPES.map(({ id }) => id));
  const others = [...types].filter(([value]) => !known.has(value)).map(([value, count]) => ({ value, count }));
  return {
    groups: PARTNER_GROUPS.filter((value) => groups.has(value)).map((value) => ({ value, count: groups.get(value) })),
    types: [...recommended, ...others.sort(byName)],
    offers: [...offers].map(([value, count]) => ({ value, count })).sort(byName),
    partners: partners.length,
  };
}

/** The partners of a JSON file or a REST interface on this server, through the library's own adapters. */
export async function loadPartners(source, url, signal) {
  const { createFetchAdapter, createStaticAdapter } = await import('/dist/cdn/ija-widgets.js');
  const adapter = source === 'api' ? createFetchAdapter({ baseUrl: url }) : createStaticAdapter(url);
  const { data } = await adapter.getPartners({ signal });
  return data;
}
