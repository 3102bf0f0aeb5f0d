import type { Messages } from './types.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../defaults/partner-types.js';

/**
 * The German `partnerMap` texts, built in (the other languages are whole tables in ../locales/). Counts compare with 1
 * (German's one singular), not through `Intl.PluralRules`: an `Intl` object made as the page loads costs 15–30 ms.
 */
export const partnerMapMessages: Messages['partnerMap'] = {
  label: 'Netzwerk für internationale Jugendarbeit',
  categories: {
    vereine: 'Vereine',
    jugendarbeit: 'Träger der Jugendarbeit',
    politik: 'Politik',
    'schule-beruf': 'Übergang Schule–Beruf',
  },
  types: Object.fromEntries(RECOMMENDED_PARTNER_TYPES.map((type) => [type.id, type.label])),
  views: { list: 'Liste', map: 'Karte', gaps: 'Wer fehlt noch?', join: 'Mitmachen', admin: 'Verwaltung' },
  viewsLabel: 'Ansicht',
  filters: 'Filter',
  search: 'Suche',
  searchHint: 'Name, Art, Ort oder Angebot',
  category: 'Gruppe',
  type: 'Art',
  offer: 'Angebot',
  all: 'Alle',
  newToIja: 'Nur neu in der internationalen Jugendarbeit',
  newToIjaBadge: 'Neu in der internationalen Jugendarbeit',
  resetFilters: 'Filter zurücksetzen',
  resultCount: (shown, total) =>
    shown === total
      ? `${total} ${total === 1 ? 'Partner*in' : 'Partner*innen'}`
      : `${shown} von ${total} Partner*innen`,
  groupCount: (count) => (count === 1 ? '1 Eintrag' : `${count} Einträge`),
  noResults: 'Keine Partner*innen passen zu diesen Filtern.',
  emptyNetwork:
    'Noch sind keine Partner*innen eingetragen. Diese Partnertypen empfiehlt das Factsheet für ein Netzwerk der internationalen Jugendarbeit. Wen können Sie einladen?',
  website: 'Website',
  email: 'E-Mail',
  phone: 'Telefon',
  offers: 'Angebote',
  noLocation: (count) =>
    count === 1
      ? '1 Partner*in ohne Ortsangabe steht nur in der Liste.'
      : `${count} Partner*innen ohne Ortsangabe stehen nur in der Liste.`,
  showOnMap: 'Auf der Karte zeigen',
  showInList: 'In der Liste zeigen',
  skipList: 'Partnerliste überspringen',
  listEnd: 'Ende der Partnerliste',
  details: 'Details',
  showMore: (count) => `${count} weitere zeigen`,
  showAll: 'Alle zeigen',
  joinInvite: 'Ihre Organisation eintragen',
  map: {
    consentTitle: 'Karte anzeigen?',
    consentText: (host) =>
      `Die Karte lädt Kartenbilder von ${host}. Dabei wird Ihre IP-Adresse an diesen Dienst übermittelt. Ohne Karte finden Sie alle Partner*innen in der Liste.`,
    consentButton: 'Karte laden',
  },
};
