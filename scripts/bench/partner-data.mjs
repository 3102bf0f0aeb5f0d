/**
 * Synthetic NRW partners for the partner-map benchmark (and profiling): realistic names, addresses,
 * offers and links, deterministic (a seeded PRNG), every one valid for the partner schema.
 */

const SEED = 0x1a2b3c4d;

/** Deterministic 32-bit PRNG (mulberry32): the same partners on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** NRW cities (name, postcode prefix, area code, centre); every centre lies inside lat 50.3–52.5, lng 5.9–9.4. */
const CITIES = [
  { city: 'Münster', plz: '481', area: '0251', lat: 51.962, lng: 7.626, weight: 8 },
  { city: 'Köln', plz: '506', area: '0221', lat: 50.938, lng: 6.96, weight: 6 },
  { city: 'Düsseldorf', plz: '402', area: '0211', lat: 51.227, lng: 6.774, weight: 4 },
  { city: 'Dortmund', plz: '441', area: '0231', lat: 51.514, lng: 7.468, weight: 4 },
  { city: 'Essen', plz: '451', area: '0201', lat: 51.456, lng: 7.012, weight: 3 },
  { city: 'Duisburg', plz: '470', area: '0203', lat: 51.435, lng: 6.762, weight: 3 },
  { city: 'Bochum', plz: '447', area: '0234', lat: 51.482, lng: 7.216, weight: 2 },
  { city: 'Wuppertal', plz: '421', area: '0202', lat: 51.256, lng: 7.151, weight: 2 },
  { city: 'Bielefeld', plz: '336', area: '0521', lat: 52.021, lng: 8.535, weight: 2 },
  { city: 'Bonn', plz: '531', area: '0228', lat: 50.737, lng: 7.098, weight: 2 },
  { city: 'Mönchengladbach', plz: '410', area: '02161', lat: 51.185, lng: 6.442, weight: 2 },
  { city: 'Gelsenkirchen', plz: '458', area: '0209', lat: 51.518, lng: 7.086, weight: 2 },
  { city: 'Aachen', plz: '520', area: '0241', lat: 50.776, lng: 6.084, weight: 2 },
  { city: 'Krefeld', plz: '477', area: '02151', lat: 51.339, lng: 6.585, weight: 1 },
  { city: 'Oberhausen', plz: '460', area: '0208', lat: 51.496, lng: 6.864, weight: 1 },
  { city: 'Hagen', plz: '580', area: '02331', lat: 51.367, lng: 7.463, weight: 1 },
  { city: 'Hamm', plz: '590', area: '02381', lat: 51.68, lng: 7.815, weight: 1 },
  { city: 'Mülheim an der Ruhr', plz: '454', area: '0208', lat: 51.427, lng: 6.883, weight: 1 },
  { city: 'Paderborn', plz: '331', area: '05251', lat: 51.718, lng: 8.757, weight: 1 },
  { city: 'Siegen', plz: '570', area: '0271', lat: 50.875, lng: 8.024, weight: 1 },
  { city: 'Gütersloh', plz: '333', area: '05241', lat: 51.906, lng: 8.385, weight: 1 },
  { city: 'Minden', plz: '324', area: '0571', lat: 52.289, lng: 8.916, weight: 1 },
  { city: 'Höxter', plz: '376', area: '05271', lat: 51.774, lng: 9.381, weight: 1 },
];

/** Recommended partner type ids (src/core/defaults/partner-types.ts) with realistic name stems. */
const TYPES = [
  { id: 'staedtepartnerschaft', category: 'vereine', stems: ['Städtepartnerschaftsverein', 'Freundeskreis Partnerstädte'] },
  { id: 'jugendring', category: 'vereine', stems: ['Stadtjugendring', 'Kreisjugendring'] },
  { id: 'vereine-junger-migrantinnen', category: 'vereine', stems: ['Junge Stimmen', 'Jugendverein Brücke'] },
  { id: 'migrantinnen-selbstorganisationen', category: 'vereine', stems: ['Kulturverein Miteinander', 'Deutsch-Türkischer Elternverein'] },
  { id: 'kommunale-jugendarbeit', category: 'jugendarbeit', stems: ['Jugendzentrum', 'Jugendtreff', 'Offene Tür'] },
  { id: 'freie-traeger', category: 'jugendarbeit', stems: ['Jugendzentrum', 'Jugendwerkstatt', 'Kinder- und Jugendhaus'] },
  { id: 'jugendsozialarbeit', category: 'jugendarbeit', stems: ['Mobile Jugendarbeit', 'Streetwork'] },
  { id: 'jugendmigrationsdienst', category: 'jugendarbeit', stems: ['Jugendmigrationsdienst'] },
  { id: 'jugendunterkunft', category: 'jugendarbeit', stems: ['Jugendherberge', 'Jugendgästehaus'] },
  { id: 'jugendhilfeplanung', category: 'jugendarbeit', stems: ['Jugendhilfeplanung'] },
  { id: 'integrationsbeauftragte', category: 'politik', stems: ['Integrationsbüro', 'Kommunales Integrationszentrum'] },
  { id: 'politik-entscheidung', category: 'politik', stems: ['Jugendhilfeausschuss', 'Ratsfraktion Jugend'] },
  { id: 'arge', category: 'schule-beruf', stems: ['ARGE'] },
  { id: 'jobcenter', category: 'schule-beruf', stems: ['Jobcenter'] },
  { id: 'handwerkskammer', category: 'schule-beruf', stems: ['Handwerkskammer', 'Bildungszentrum des Handwerks'] },
  { id: 'ihk', category: 'schule-beruf', stems: ['IHK-Ausbildungsbüro'] },
  { id: 'jugendberufshilfe', category: 'schule-beruf', stems: ['Jugendberufshilfe', 'Jugendberufsagentur'] },
  { id: 'schulen', category: 'schule-beruf', stems: ['Gesamtschule', 'Berufskolleg', 'Realschule', 'Gymnasium'] },
];

const DISTRICTS = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Altstadt', 'Innenstadt', 'Hafen', 'Am Ring', 'Kreuzviertel'];
const STREETS = ['Hauptstraße', 'Schulstraße', 'Bahnhofstraße', 'Gartenstraße', 'Lindenallee', 'Am Mühlenbach', 'Kirchplatz', 'Königsweg', 'Grüner Weg', 'Rosenstraße'];
const OFFERS = [
  'Räume für Begegnungen',
  'Jugendaustausch',
  'Fachkräfteaustausch',
  'Übernachtung',
  'Beratung zu Fördermitteln',
  'Sprachanimation',
  'Workcamps',
  'Dolmetschen',
  'Öffentlichkeitsarbeit',
  'Praktikumsplätze im Ausland',
  'Bewerbungstraining',
  'Kontakte in Partnerstädte',
];
const DESCRIPTIONS = [
  (d, c) => `Offener Treff für Jugendliche in ${c}-${d}; wir möchten gemeinsam mit Partnern erste Begegnungen im Ausland ermöglichen.`,
  (d, c) => `Wir begleiten junge Menschen aus ${c} beim Übergang von der Schule in den Beruf und öffnen Türen für Praktika in Europa.`,
  (d, c) => `Seit über zwanzig Jahren pflegen wir Kontakte zu Partnerstädten und laden Jugendgruppen nach ${c} ein.`,
  (d, c) => `Beratung, Räume und Übernachtungsmöglichkeiten für internationale Jugendbegegnungen in ${c}-${d}.`,
  (d, c) => `Junge Geflüchtete und Zugewanderte in ${c} finden bei uns Unterstützung, Sprachkurse und Gleichaltrige.`,
  (d, c) => `Wir fördern Mehrsprachigkeit und interkulturelles Lernen an Schulen in ${c} und möchten Austausche ausbauen.`,
];

/** `count` partners in the shape of src/core/schemas/partner.ts, the same for the same count and seed. */
export function makePartners(count, seed = SEED) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const cityPool = CITIES.flatMap((city) => Array.from({ length: city.weight }, () => city));
  const jitter = (spread) => (random() - 0.5) * 2 * spread;
  const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
  const slug = (text) =>
    text
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');

  return Array.from({ length: count }, (_, i) => {
    const number = 1000 + i;
    const type = pick(TYPES);
    const place = pick(cityPool);
    const district = pick(DISTRICTS);
    const name = `${pick(type.stems)} ${district} ${number}`;
    const partner = {
      id: `p-${String(i + 1).padStart(5, '0')}`,
      name,
      category: type.category,
      type: type.id,
      description: pick(DESCRIPTIONS)(district, place.city),
      address: `${pick(STREETS)} ${1 + Math.floor(random() * 120)}, ${place.plz}${String(Math.floor(random() * 100)).padStart(2, '0')} ${place.city}`,
      location: {
        lat: Number(clamp(place.lat + jitter(0.06), 50.3, 52.5).toFixed(5)),
        lng: Number(clamp(place.lng + jitter(0.09), 5.9, 9.4).toFixed(5)),
      },
      activeInIja: random() < 0.6,
    };
    const offerCount = Math.floor(random() * 4);
    if (offerCount > 0) {
      const offers = new Set();
      while (offers.size < offerCount) offers.add(pick(OFFERS));
      partner.offers = [...offers];
    }
    if (random() < 0.5) partner.website = `https://www.${slug(place.city)}.example.de/${slug(name)}`;
    if (random() < 0.4) partner.email = `kontakt-${number}@${slug(place.city)}.example.de`;
    if (random() < 0.3) partner.phone = `${place.area} ${100000 + Math.floor(random() * 900000)}`;
    return partner;
  });
}
