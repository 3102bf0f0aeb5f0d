import type { Messages } from './types.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../defaults/partner-types.js';

const pluralDe = new Intl.PluralRules('de');
const pluralEn = new Intl.PluralRules('en');

/** The `partnerMap` texts in the built-in languages, German and English, side by side. */
export const partnerMapMessages: { de: Messages['partnerMap']; en: Messages['partnerMap'] } = {
  de: {
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
        ? `${total} ${pluralDe.select(total) === 'one' ? 'Partner*in' : 'Partner*innen'}`
        : `${shown} von ${total} Partner*innen`,
    groupCount: (count) => (pluralDe.select(count) === 'one' ? '1 Eintrag' : `${count} Einträge`),
    noResults: 'Keine Partner*innen passen zu diesen Filtern.',
    emptyNetwork:
      'Noch sind keine Partner*innen eingetragen. Unter „Wer fehlt noch?“ stehen die Partnertypen, die das Factsheet empfiehlt.',
    website: 'Website',
    email: 'E-Mail',
    phone: 'Telefon',
    offers: 'Angebote',
    noLocation: (count) =>
      pluralDe.select(count) === 'one'
        ? '1 Partner*in ohne Ortsangabe steht nur in der Liste.'
        : `${count} Partner*innen ohne Ortsangabe stehen nur in der Liste.`,
    showOnMap: 'Auf der Karte zeigen',
    showInList: 'In der Liste zeigen',
    map: {
      consentTitle: 'Karte anzeigen?',
      consentText: (host) =>
        `Die Karte lädt Kartenbilder von ${host}. Dabei wird Ihre IP-Adresse an diesen Dienst übermittelt. Ohne Karte finden Sie alle Partner*innen in der Liste.`,
      consentButton: 'Karte laden',
    },
  },
  en: {
    label: 'Network for international youth work',
    categories: {
      vereine: 'Associations',
      jugendarbeit: 'Youth work providers',
      politik: 'Politics',
      'schule-beruf': 'School-to-work transition',
    },
    types: {
      staedtepartnerschaft: 'Town twinning associations',
      jugendring: 'City or district youth council',
      'vereine-junger-migrantinnen': 'Associations of young migrants',
      'migrantinnen-selbstorganisationen': 'Migrant self-organisations',
      'kommunale-jugendarbeit': 'Municipal youth work facilities',
      'freie-traeger': 'Independent youth work providers',
      jugendsozialarbeit: 'Youth social work providers',
      jugendmigrationsdienst: 'Youth migration services',
      jugendunterkunft: 'Non-profit youth hostels',
      jugendhilfeplanung: 'Youth welfare planners',
      integrationsbeauftragte: 'Integration officer',
      'politik-entscheidung': 'Political decision-makers (e.g. council members)',
      arge: 'ARGE (employment agency consortium)',
      jobcenter: 'Job centre',
      handwerkskammer: 'Chamber of crafts',
      ihk: 'Chamber of industry and commerce',
      jugendberufshilfe: 'Youth vocational assistance',
      schulen: 'Schools',
    },
    views: { list: 'List', map: 'Map', gaps: 'Who is missing?', join: 'Join', admin: 'Manage' },
    viewsLabel: 'View',
    filters: 'Filters',
    search: 'Search',
    searchHint: 'Name, type, place or offer',
    category: 'Group',
    type: 'Type',
    offer: 'Offer',
    all: 'All',
    newToIja: 'Only new to international youth work',
    newToIjaBadge: 'New to international youth work',
    resetFilters: 'Reset filters',
    resultCount: (shown, total) =>
      shown === total ? `${total} ${pluralEn.select(total) === 'one' ? 'partner' : 'partners'}` : `${shown} of ${total} partners`,
    groupCount: (count) => (pluralEn.select(count) === 'one' ? '1 entry' : `${count} entries`),
    noResults: 'No partners match these filters.',
    emptyNetwork: 'No partners yet. “Who is missing?” lists the partner types the factsheet recommends.',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    offers: 'Offers',
    noLocation: (count) =>
      pluralEn.select(count) === 'one'
        ? '1 partner without a location is only in the list.'
        : `${count} partners without a location are only in the list.`,
    showOnMap: 'Show on the map',
    showInList: 'Show in the list',
    map: {
      consentTitle: 'Show the map?',
      consentText: (host) =>
        `The map loads map images from ${host}. This sends your IP address to that service. Without the map, the list shows all partners.`,
      consentButton: 'Load the map',
    },
  },
};
