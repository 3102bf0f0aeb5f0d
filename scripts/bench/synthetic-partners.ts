/**
 * Synthetic partners in North Rhine-Westphalia for the server benchmarks: deterministic (a seeded
 * PRNG, so every run measures the same list), valid against the contract, covering all four
 * categories, with the fields a real entry has (address, location, contact, offers).
 */
import { partnerTypesOf } from '../../src/core/defaults/partner-types.js';
import { PARTNER_CATEGORIES, parsePartners, type Partner, type PartnerCategory } from '../../src/core/schemas/partner.js';

/** Mulberry32: a small seeded PRNG, so every run benchmarks the same list. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Towns in North Rhine-Westphalia: name, postcode, centre, telephone area code. */
const TOWNS: readonly [name: string, postcode: string, lat: number, lng: number, area: string][] = [
  ['Münster', '48143', 51.9607, 7.6261, '0251'],
  ['Dortmund', '44135', 51.5136, 7.4653, '0231'],
  ['Essen', '45127', 51.4556, 7.0116, '0201'],
  ['Duisburg', '47051', 51.4344, 6.7623, '0203'],
  ['Bochum', '44787', 51.4818, 7.2162, '0234'],
  ['Köln', '50667', 50.9375, 6.9603, '0221'],
  ['Düsseldorf', '40213', 51.2277, 6.7735, '0211'],
  ['Bielefeld', '33602', 52.0302, 8.5325, '0521'],
  ['Bonn', '53111', 50.7374, 7.0982, '0228'],
  ['Wuppertal', '42103', 51.2562, 7.1508, '0202'],
  ['Gelsenkirchen', '45879', 51.5177, 7.0857, '0209'],
  ['Aachen', '52062', 50.7753, 6.0839, '0241'],
  ['Paderborn', '33098', 51.7189, 8.7575, '05251'],
  ['Siegen', '57072', 50.8748, 8.0243, '0271'],
  ['Hamm', '59065', 51.6739, 7.815, '02381'],
  ['Soest', '59494', 51.5711, 8.1057, '02921'],
  ['Detmold', '32756', 51.9383, 8.8792, '05231'],
  ['Krefeld', '47798', 51.3388, 6.5853, '02151'],
  ['Mönchengladbach', '41061', 51.1805, 6.4428, '02161'],
  ['Oberhausen', '46045', 51.4963, 6.8638, '0208'],
  ['Hagen', '58095', 51.3671, 7.4633, '02331'],
  ['Recklinghausen', '45657', 51.6141, 7.1979, '02361'],
  ['Gütersloh', '33330', 51.9032, 8.3858, '05241'],
  ['Minden', '32423', 52.2894, 8.9167, '0571'],
  ['Arnsberg', '59821', 51.3967, 8.0644, '02931'],
  ['Herford', '32052', 52.1146, 8.6734, '05221'],
  ['Coesfeld', '48653', 51.9459, 7.1675, '02541'],
  ['Borken', '46325', 51.844, 6.858, '02861'],
  ['Wesel', '46483', 51.658, 6.617, '0281'],
  ['Lüdenscheid', '58507', 51.2198, 7.6273, '02351'],
];
const QUARTERS = ['Altstadt', 'Nordviertel', 'Südstadt', 'Kreuzviertel', 'Hafenviertel', 'Ostend', 'Westfeld', 'Am Bahnhof'];
const STREETS = ['Hauptstraße', 'Kirchplatz', 'Schulstraße', 'Lindenallee', 'Am Markt', 'Bahnhofstraße', 'Gartenweg', 'Jahnstraße', 'Mühlenweg', 'Rathausplatz'];
const TWIN_TOWNS = ['Lille', 'Krakau', 'Leeds', 'Tours', 'Danzig', 'Rijeka', 'Izmir', 'Haifa', 'Dnipro', 'Valencia', 'Brünn', 'Tampere'];
const OFFERS = ['Jugendbegegnung', 'Fachkräfteaustausch', 'Workcamp', 'Freiwilligendienst', 'Sprachkurs', 'Praktikum im Ausland', 'Beratung zu Förderprogrammen'];

const NAMES: Record<string, (town: string, quarter: string, twin: string) => string> = {
  staedtepartnerschaft: (town, _quarter, twin) => `Partnerschaftsverein ${town}–${twin}`,
  jugendring: (town) => `Stadtjugendring ${town}`,
  'vereine-junger-migrantinnen': (town, quarter) => `Junge Stimmen ${town}-${quarter} e. V.`,
  'migrantinnen-selbstorganisationen': (town, _quarter, twin) => `Kulturverein ${town}–${twin} e. V.`,
  'kommunale-jugendarbeit': (town, quarter) => `Jugendzentrum ${quarter} ${town}`,
  'freie-traeger': (town, quarter) => `Jugendwerk ${town}-${quarter}`,
  jugendsozialarbeit: (town, quarter) => `Jugendsozialarbeit ${town}-${quarter}`,
  jugendmigrationsdienst: (town) => `Jugendmigrationsdienst ${town}`,
  jugendunterkunft: (town) => `Jugendgästehaus ${town}`,
  jugendhilfeplanung: (town) => `Jugendhilfeplanung im Jugendamt ${town}`,
  integrationsbeauftragte: (town) => `Integrationsbeauftragte der Stadt ${town}`,
  'politik-entscheidung': (town) => `Jugendhilfeausschuss der Stadt ${town}`,
  arge: (town) => `Arbeitsgemeinschaft Jugend und Beruf ${town}`,
  jobcenter: (town) => `Jobcenter ${town}`,
  handwerkskammer: (town) => `Handwerkskammer, Bildungszentrum ${town}`,
  ihk: (town) => `IHK-Ausbildungsberatung ${town}`,
  jugendberufshilfe: (town, quarter) => `Jugendberufshilfe ${town}-${quarter}`,
  schulen: (town, quarter) => `Gesamtschule ${town}-${quarter}`,
};

const DESCRIPTIONS: Record<PartnerCategory, string> = {
  vereine: 'Verein mit Kontakten ins Ausland, der Begegnungen für junge Menschen mitgestalten möchte.',
  jugendarbeit: 'Träger der Jugendarbeit mit Angeboten für Jugendliche, die bisher selten ins Ausland gekommen sind.',
  politik: 'Bringt internationale Jugendarbeit in Rat und Ausschüsse und unterstützt bei Förderanträgen.',
  'schule-beruf': 'Begleitet junge Menschen im Übergang von der Schule in Ausbildung und Beruf.',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

export function syntheticPartners(count: number): Partner[] {
  const random = randomFrom(20_240_611);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const partners: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const category = PARTNER_CATEGORIES[i % PARTNER_CATEGORIES.length]!;
    const type = pick(partnerTypesOf(category)).id;
    const [town, postcode, lat, lng, area] = pick(TOWNS);
    const quarter = pick(QUARTERS);
    const name = (NAMES[type] ?? ((t: string) => `Partner ${t}`))(town, quarter, pick(TWIN_TOWNS));
    const host = `${slug(name)}-${i + 1}`;
    const offers = OFFERS.filter(() => random() < 0.35);
    partners.push({
      id: `bench-p-${String(i + 1).padStart(3, '0')}`,
      name,
      category,
      type,
      description: DESCRIPTIONS[category],
      address: `${pick(STREETS)} ${1 + Math.floor(random() * 120)}, ${postcode} ${town}`,
      location: { lat: Math.round((lat + (random() - 0.5) * 0.06) * 1e4) / 1e4, lng: Math.round((lng + (random() - 0.5) * 0.08) * 1e4) / 1e4 },
      website: `https://${host}.example`,
      email: `kontakt@${host}.example`,
      phone: `+49 ${area.slice(1)} ${100_000 + Math.floor(random() * 900_000)}`,
      activeInIja: random() < 0.5,
      ...(offers.length > 0 ? { offers } : {}),
    });
  }
  const { data, issues } = parsePartners({ partners });
  if (issues.length > 0 || data.length !== count) {
    const detail = issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ');
    throw new Error(`Synthetic partners are invalid (${data.length} of ${count} kept): ${detail}`);
  }
  const categories = new Set(data.map((partner) => partner.category));
  if (categories.size !== PARTNER_CATEGORIES.length) throw new Error('Synthetic partners do not cover all four categories');
  return data;
}
