import { expect } from '@open-wc/testing';
import {
  buildPartnerIndex,
  collectOffers,
  collectTypes,
  filterPartners,
  groupByCategory,
  normalizeText,
  type PartnerIndex,
} from '../src/components/ija-partner-map/partner-search.js';
import { filterFromAttributes } from '../src/components/ija-partner-map/partner-filter.js';
import { PARTNER_CATEGORY_LABELS_DE, RECOMMENDED_PARTNER_TYPES } from '../src/core/defaults/partner-types.js';
import { PARTNER_CATEGORIES, type Partner, type PartnerCategory } from '../src/core/schemas/partner.js';

const LABELS = {
  type: (type: string) => RECOMMENDED_PARTNER_TYPES.find((def) => def.id === type)?.label ?? type,
  category: (category: PartnerCategory) => PARTNER_CATEGORY_LABELS_DE[category],
};

const PARTNERS: Partner[] = [
  {
    id: 'p1',
    name: 'Städtepartnerschaftsverein Münster',
    category: 'vereine',
    type: 'staedtepartnerschaft',
    address: 'Hauptstraße 1, 48143 Münster',
    activeInIja: true,
    offers: ['Gastfamilien', 'Übersetzung'],
  },
  {
    id: 'p2',
    name: 'Jugendzentrum Muenster-Ost',
    category: 'jugendarbeit',
    type: 'kommunale-jugendarbeit',
    description: 'Offene Tür mit Café',
    address: 'Ringstrasse 5, Muenster',
    activeInIja: false,
    offers: ['Räume', 'Workshops'],
  },
  {
    id: 'p3',
    name: 'Jobcenter Köln',
    category: 'schule-beruf',
    type: 'jobcenter',
    address: 'Luxemburger Str. 121, Köln',
    activeInIja: false,
  },
  {
    id: 'p4',
    name: 'Integrationsrat',
    category: 'politik',
    type: 'Beirat',
    description: 'Berät den Rat in Fragen der Integration',
    offers: ['Kontakte', 'räume '],
  },
  {
    id: 'p5',
    name: 'Kreisjugendring Kleve',
    category: 'vereine',
    type: 'jugendring',
    activeInIja: false,
    offers: ['Workshops', 'Ärztliche Beratung'],
  },
];

const ids = (partners: readonly Partner[]) => partners.map((partner) => partner.id);

describe('normalizeText', () => {
  it('transliterates German umlauts in both cases', () => {
    expect(normalizeText('Ä ä Ö ö Ü ü')).to.equal('ae ae oe oe ue ue');
    expect(normalizeText('ÄRZTE')).to.equal('aerzte');
    expect(normalizeText('Münster')).to.equal(normalizeText('MUENSTER'));
  });

  it('maps ß and capital ẞ to ss', () => {
    expect(normalizeText('Straße')).to.equal('strasse');
    expect(normalizeText('STRAẞE')).to.equal('strasse');
    expect(normalizeText('Strasse')).to.equal('strasse');
  });

  it('removes other diacritics', () => {
    expect(normalizeText('Café Éclair Señor Lódź')).to.equal('cafe eclair senor lodz');
    expect(normalizeText('naïve façade')).to.equal('naive facade');
  });

  it('handles decomposed umlauts like composed ones', () => {
    expect(normalizeText('Mu\u0308nster')).to.equal('muenster');
  });

  it('collapses and trims whitespace', () => {
    expect(normalizeText('  Haus \t der\n\n Jugend  ')).to.equal('haus der jugend');
    expect(normalizeText('\u00a0a\u00a0 b ')).to.equal('a b');
    expect(normalizeText('   ')).to.equal('');
  });
});

describe('buildPartnerIndex', () => {
  it('builds one haystack per partner from all searchable fields', () => {
    const index = buildPartnerIndex(PARTNERS, LABELS);
    expect(index.partners).to.deep.equal(PARTNERS);
    expect(index.haystacks).to.have.length(PARTNERS.length);
    const [first] = index.haystacks;
    expect(first).to.include('staedtepartnerschaftsverein muenster');
    expect(first).to.include('staedtepartnerschaft');
    expect(first).to.include('staedtepartnerschaftsvereine'); // type label
    expect(first).to.include('vereine'); // category label
    expect(first).to.include('hauptstrasse 1');
    expect(first).to.include('uebersetzung');
    expect(index.haystacks[1]).to.include('traeger der jugendarbeit');
    expect(index.haystacks[1]).to.include('offene tuer mit cafe');
  });

  it('does not change when the input array is mutated later', () => {
    const partners = [...PARTNERS];
    const index = buildPartnerIndex(partners, LABELS);
    partners.pop();
    expect(index.partners).to.have.length(PARTNERS.length);
  });
});

/** How often `String.prototype.normalize` (the costly Unicode step of normalizeText) runs during `run`. */
function countUnicodeSteps(run: () => void): number {
  const original = String.prototype.normalize;
  let calls = 0;
  String.prototype.normalize = function (this: string, ...args: Parameters<typeof original>) {
    calls++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    String.prototype.normalize = original;
  }
  return calls;
}

describe('buildPartnerIndex cost', () => {
  /** Plain ASCII names and descriptions; the labels and offers with umlauts repeat across partners. */
  const partners = (count: number): Partner[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      name: `Verein ${i}`,
      category: 'jugendarbeit',
      type: 'kommunale-jugendarbeit',
      description: 'Offener Treff',
      offers: ['Räume', 'Übersetzung'],
    }));

  it('runs the Unicode steps once per distinct label and offer, not once per partner', () => {
    const few = countUnicodeSteps(() => buildPartnerIndex(partners(10), LABELS));
    expect(few).to.be.greaterThan(0);
    expect(countUnicodeSteps(() => buildPartnerIndex(partners(1_000), LABELS))).to.equal(few);
  });

  it('indexes the same text as before: each field normalized, joined by spaces', () => {
    const [haystack] = buildPartnerIndex(partners(1), LABELS).haystacks;
    expect(haystack).to.equal(
      ['Verein 0', 'kommunale-jugendarbeit', LABELS.type('kommunale-jugendarbeit'), LABELS.category('jugendarbeit'), 'Offener Treff', 'Räume', 'Übersetzung']
        .map(normalizeText)
        .join(' '),
    );
  });
});

describe('filterPartners', () => {
  let index: PartnerIndex;
  beforeEach(() => {
    index = buildPartnerIndex(PARTNERS, LABELS);
  });

  it('returns all partners in order for an empty filter', () => {
    expect(ids(filterPartners(index, {}))).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(ids(filterPartners(index, { search: '  ', type: '', offer: '', newToIja: false }))).to.deep.equal([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
    ]);
  });

  it('finds umlauts both ways', () => {
    expect(ids(filterPartners(index, { search: 'muenster' }))).to.deep.equal(['p1', 'p2']);
    expect(ids(filterPartners(index, { search: 'Münster' }))).to.deep.equal(['p1', 'p2']);
    expect(ids(filterPartners(index, { search: 'MÜNSTER' }))).to.deep.equal(['p1', 'p2']);
    expect(ids(filterPartners(index, { search: 'koeln' }))).to.deep.equal(['p3']);
    expect(ids(filterPartners(index, { search: 'strasse' }))).to.deep.equal(['p1', 'p2']);
    expect(ids(filterPartners(index, { search: 'Straße' }))).to.deep.equal(['p1', 'p2']);
    expect(ids(filterPartners(index, { search: 'cafe' }))).to.deep.equal(['p2']);
  });

  it('requires every token, in any order and any field', () => {
    expect(ids(filterPartners(index, { search: 'münster jugend' }))).to.deep.equal(['p2']);
    expect(ids(filterPartners(index, { search: '  ost   JUGENDZENTRUM ' }))).to.deep.equal(['p2']);
    expect(ids(filterPartners(index, { search: 'münster köln' }))).to.deep.equal([]);
    // type label and category label are searchable
    expect(ids(filterPartners(index, { search: 'übergang jobcenter' }))).to.deep.equal(['p3']);
    expect(ids(filterPartners(index, { search: 'kommunalen' }))).to.deep.equal(['p2']);
    // offers are searchable
    expect(ids(filterPartners(index, { search: 'gastfam' }))).to.deep.equal(['p1']);
  });

  it('filters by category', () => {
    expect(ids(filterPartners(index, { category: 'vereine' }))).to.deep.equal(['p1', 'p5']);
    expect(ids(filterPartners(index, { category: 'politik' }))).to.deep.equal(['p4']);
  });

  it('filters by exact type', () => {
    expect(ids(filterPartners(index, { type: 'jugendring' }))).to.deep.equal(['p5']);
    expect(ids(filterPartners(index, { type: 'Beirat' }))).to.deep.equal(['p4']);
    expect(ids(filterPartners(index, { type: 'beirat' }))).to.deep.equal([]);
    expect(ids(filterPartners(index, { type: 'jugend' }))).to.deep.equal([]);
  });

  it('filters by offer after normalization', () => {
    expect(ids(filterPartners(index, { offer: 'Workshops' }))).to.deep.equal(['p2', 'p5']);
    expect(ids(filterPartners(index, { offer: 'raeume' }))).to.deep.equal(['p2', 'p4']);
    expect(ids(filterPartners(index, { offer: ' RÄUME' }))).to.deep.equal(['p2', 'p4']);
    // whole offers only, not substrings
    expect(ids(filterPartners(index, { offer: 'Work' }))).to.deep.equal([]);
  });

  it('filters partners new to international youth work', () => {
    expect(ids(filterPartners(index, { newToIja: true }))).to.deep.equal(['p2', 'p3', 'p5']);
  });

  it('combines all fields', () => {
    expect(ids(filterPartners(index, { newToIja: true, offer: 'workshops' }))).to.deep.equal(['p2', 'p5']);
    expect(ids(filterPartners(index, { newToIja: true, offer: 'workshops', category: 'vereine' }))).to.deep.equal([
      'p5',
    ]);
    expect(
      ids(filterPartners(index, { newToIja: true, offer: 'workshops', category: 'jugendarbeit', search: 'münster' })),
    ).to.deep.equal(['p2']);
    expect(
      ids(filterPartners(index, { type: 'kommunale-jugendarbeit', category: 'jugendarbeit', search: 'kleve' })),
    ).to.deep.equal([]);
    expect(ids(filterPartners(index, { category: 'politik', newToIja: true }))).to.deep.equal([]);
  });

  it('keeps the input order and returns a new array', () => {
    const reversed = buildPartnerIndex([...PARTNERS].reverse(), LABELS);
    expect(ids(filterPartners(reversed, { search: 'münster' }))).to.deep.equal(['p2', 'p1']);
    const all = filterPartners(index, {});
    all.pop();
    expect(index.partners).to.have.length(PARTNERS.length);
  });

  it('works on an index built by hand', () => {
    const handmade: PartnerIndex = {
      partners: PARTNERS.slice(0, 2),
      haystacks: ['eins', 'zwei'],
    };
    expect(ids(filterPartners(handmade, { search: 'zwei' }))).to.deep.equal(['p2']);
    expect(ids(filterPartners(handmade, { offer: 'räume' }))).to.deep.equal(['p2']);
  });
});

describe('groupByCategory', () => {
  it('groups in PARTNER_CATEGORIES order and keeps empty groups', () => {
    const groups = groupByCategory([PARTNERS[4], PARTNERS[2], PARTNERS[0]]);
    expect(groups.map((group) => group.category)).to.deep.equal([...PARTNER_CATEGORIES]);
    expect(groups.map((group) => ids(group.partners))).to.deep.equal([['p5', 'p1'], [], [], ['p3']]);
  });

  it('returns four empty groups for no partners', () => {
    const groups = groupByCategory([]);
    expect(groups).to.have.length(4);
    for (const group of groups) expect(group.partners).to.deep.equal([]);
  });
});

describe('collectOffers and collectTypes', () => {
  it('collects distinct offers sorted German-style', () => {
    // "Ärztliche Beratung" sorts with A, before "Gastfamilien"; "räume " is the same offer as "Räume".
    expect(collectOffers(PARTNERS)).to.deep.equal([
      'Ärztliche Beratung',
      'Gastfamilien',
      'Kontakte',
      'Räume',
      'Übersetzung',
      'Workshops',
    ]);
  });

  it('sorts Ä with A rather than after Z', () => {
    const partners: Partner[] = ['Zelt', 'Ärger', 'Apfel', 'Bus', 'Äpfel'].map((offer, i) => ({
      id: `o${i}`,
      name: offer,
      category: 'vereine',
      offers: [offer],
      type: offer,
    }));
    expect(collectOffers(partners)).to.deep.equal(['Apfel', 'Äpfel', 'Ärger', 'Bus', 'Zelt']);
    expect(collectTypes(partners)).to.deep.equal(['Apfel', 'Äpfel', 'Ärger', 'Bus', 'Zelt']);
  });

  it('collects distinct exact types, skipping partners without one', () => {
    const partners: Partner[] = [...PARTNERS, { id: 'p6', name: 'Ohne Typ', category: 'politik' }, PARTNERS[4]];
    expect(collectTypes(partners)).to.deep.equal([
      'Beirat',
      'jobcenter',
      'jugendring',
      'kommunale-jugendarbeit',
      'staedtepartnerschaft',
    ]);
    expect(collectTypes([])).to.deep.equal([]);
    expect(collectOffers([])).to.deep.equal([]);
  });
});

describe('filterFromAttributes', () => {
  it('maps attributes to a filter', () => {
    expect(
      filterFromAttributes({
        category: 'schule-beruf',
        type: 'jobcenter',
        offer: 'Räume',
        search: 'köln',
        newToIja: true,
      }),
    ).to.deep.equal({ category: 'schule-beruf', type: 'jobcenter', offer: 'Räume', search: 'köln', newToIja: true });
  });

  it('ignores an unknown category', () => {
    const filter = filterFromAttributes({ category: 'sport', type: 'jugendring' });
    expect(filter.category).to.equal(undefined);
    expect(filter).to.deep.equal({ type: 'jugendring' });
    expect(filterFromAttributes({ category: 'Vereine' }).category).to.equal(undefined);
  });

  it('treats missing, null and blank attributes as no filter', () => {
    expect(filterFromAttributes({})).to.deep.equal({});
    expect(
      filterFromAttributes({ category: null, type: null, offer: null, search: null, newToIja: false }),
    ).to.deep.equal({});
    expect(filterFromAttributes({ category: '', type: ' ', offer: '', search: '   ' })).to.deep.equal({});
  });

  it('produces a filter that filterPartners understands', () => {
    const index = buildPartnerIndex(PARTNERS, LABELS);
    const filter = filterFromAttributes({ category: 'nonsense', search: 'münster', newToIja: true });
    expect(ids(filterPartners(index, filter))).to.deep.equal(['p2']);
  });
});

describe('filterPartners at scale (10,000 partners)', () => {
  const CITIES = ['Münster', 'Köln', 'Düsseldorf', 'Essen', 'Bielefeld'];
  const TYPE_IDS = RECOMMENDED_PARTNER_TYPES.map((def) => def.id);
  const OFFERS = ['Räume', 'Workshops', 'Übersetzung', 'Gastfamilien'];

  function syntheticPartners(count: number): Partner[] {
    return Array.from({ length: count }, (_, i): Partner => {
      const def = RECOMMENDED_PARTNER_TYPES[i % TYPE_IDS.length];
      return {
        id: `s${i}`,
        name: `Partner ${i} ${CITIES[i % CITIES.length]}`,
        category: def.category,
        type: def.id,
        description: i % 10 === 0 ? 'Erfahrung mit Straßenfesten' : 'Ein Partner im Netzwerk',
        address: `Marktplatz ${i}, ${CITIES[i % CITIES.length]}`,
        activeInIja: i % 2 === 0,
        offers: [OFFERS[i % OFFERS.length]],
      };
    });
  }

  const partners = syntheticPartners(10_000);
  const index = buildPartnerIndex(partners, LABELS);
  const expectCount = (filter: Parameters<typeof filterPartners>[1], expected: number) =>
    expect(filterPartners(index, filter)).to.have.length(expected);

  it('returns correct counts for typical searches', () => {
    expectCount({}, 10_000);
    expectCount({ search: 'muenster' }, 2_000);
    expectCount({ search: 'KÖLN' }, 2_000);
    expectCount({ search: 'strassenfest' }, 1_000);
    expectCount({ search: 'strassenfest muenster' }, 1_000); // i % 10 === 0 implies Münster
    expectCount({ search: 'strassenfest koeln' }, 0);
    expectCount({ search: 'no such partner' }, 0);
    expectCount({ newToIja: true }, 5_000);
    expectCount({ offer: 'raeume' }, 2_500);
    expectCount({ type: 'jobcenter' }, partners.filter((p) => p.type === 'jobcenter').length);
    expectCount({ category: 'politik' }, partners.filter((p) => p.category === 'politik').length);
  });

  it('agrees with a naive filter on a combined query', () => {
    const expected = partners.filter(
      (p) =>
        p.category === 'jugendarbeit' &&
        p.activeInIja === false &&
        p.offers?.includes('Workshops') &&
        p.address?.includes('Düsseldorf') &&
        p.id.includes('1'), // the token "1" matches the number in name and address
    );
    const result = filterPartners(index, {
      category: 'jugendarbeit',
      newToIja: true,
      offer: 'workshops',
      search: 'duesseldorf partner 1',
    });
    expect(ids(result)).to.deep.equal(ids(expected));
    expect(result.length).to.be.greaterThan(0);
  });
});

describe('search without diacritics, in the alphabets of all seven languages', () => {
  /** The partners whose name the query finds, by name. */
  function find(names: string[], query: string): string[] {
    const partners = names.map((name, i): Partner => ({ id: `n${i}`, name, category: 'vereine' }));
    return filterPartners(buildPartnerIndex(partners, LABELS), { search: query }).map((partner) => partner.name);
  }

  it('German: ä = a = ae, ö = o = oe, ü = u = ue, ß = ss, any case, both ways', () => {
    const names = ['Jugendhaus Ückendorf', 'Südviertel-Treff', 'Hafenstraße 3', 'Übernachtung & Frühstück', 'Kulturverein Muenster'];
    for (const query of ['uckendorf', 'UCKENDORF', 'Ueckendorf', 'ückendorf']) expect(find(names, query)).to.deep.equal(['Jugendhaus Ückendorf']);
    expect(find(names, 'sudviertel')).to.deep.equal(['Südviertel-Treff']);
    expect(find(names, 'strasse')).to.deep.equal(['Hafenstraße 3']);
    expect(find(names, 'ubernachtung fruhstuck')).to.deep.equal(['Übernachtung & Frühstück']);
    // The other way: data typed without the umlaut, query with it or without the e.
    expect(find(names, 'Münster')).to.deep.equal(['Kulturverein Muenster']);
    expect(find(names, 'munster')).to.deep.equal(['Kulturverein Muenster']);
  });

  it('keeps matching a query that starts inside an "ae", "oe" or "ue" of the data', () => {
    expect(find(['Jugendfeuerwehr Altstadt'], 'erwehr')).to.deep.equal(['Jugendfeuerwehr Altstadt']);
  });

  it('English: case and accents of loanwords', () => {
    expect(find(['Youth Café Riverside', 'Naïve Art Club'], 'CAFE')).to.deep.equal(['Youth Café Riverside']);
    expect(find(['Youth Café Riverside', 'Naïve Art Club'], 'naive art')).to.deep.equal(['Naïve Art Club']);
  });

  it('Turkish: ğ = g, ç = c, ş = s, ö, ü, ı and İ = i', () => {
    const names = ['Ümraniye Gençlik Derneği', 'Kadıköy Kültür Evi', 'İstanbul Dostluk Çevresi', 'Beşiktaş Spor'];
    expect(find(names, 'umraniye')).to.deep.equal(['Ümraniye Gençlik Derneği']);
    expect(find(names, 'genclik dernegi')).to.deep.equal(['Ümraniye Gençlik Derneği']);
    expect(find(names, 'kadikoy kultur')).to.deep.equal(['Kadıköy Kültür Evi']);
    expect(find(names, 'ISTANBUL cevresi')).to.deep.equal(['İstanbul Dostluk Çevresi']);
    expect(find(names, 'istanbul')).to.deep.equal(['İstanbul Dostluk Çevresi']);
    expect(find(names, 'besiktas')).to.deep.equal(['Beşiktaş Spor']);
  });

  it('Arabic: as written, with or without hamza on alif and short vowel marks', () => {
    const names = ['جمعية الشباب العربي', 'أصدقاء المدينة'];
    expect(find(names, 'الشباب')).to.deep.equal(['جمعية الشباب العربي']);
    expect(find(names, 'اصدقاء')).to.deep.equal(['أصدقاء المدينة']);
    expect(find(names, 'الشَّبَاب')).to.deep.equal(['جمعية الشباب العربي']);
  });

  it('Ukrainian: Cyrillic as written, any case', () => {
    const names = ['Молодіжний центр Київ', 'Українська громада Дортмунд'];
    expect(find(names, 'київ')).to.deep.equal(['Молодіжний центр Київ']);
    expect(find(names, 'МОЛОДІЖНИЙ')).to.deep.equal(['Молодіжний центр Київ']);
    expect(find(names, 'громада дортмунд')).to.deep.equal(['Українська громада Дортмунд']);
    expect(find(names, 'dortmund')).to.deep.equal([]);
  });

  it('Polish: ł = l, ą ę ó ś ź ż ń ć without their marks', () => {
    const names = ['Towarzystwo Przyjaźni Łódź', 'Młodzież Gdańsk', 'Żółć i Spółka', 'Więź Częstochowa'];
    expect(find(names, 'lodz przyjazni')).to.deep.equal(['Towarzystwo Przyjaźni Łódź']);
    expect(find(names, 'mlodziez gdansk')).to.deep.equal(['Młodzież Gdańsk']);
    expect(find(names, 'zolc spolka')).to.deep.equal(['Żółć i Spółka']);
    expect(find(names, 'WIEZ CZESTOCHOWA')).to.deep.equal(['Więź Częstochowa']);
  });

  it('Leichte Sprache: a word split by the middle dot is found whole, and the parts too', () => {
    const names = ['Jugend·zentrum Ückendorf', 'Über·nachtung für Gruppen'];
    expect(find(names, 'jugendzentrum')).to.deep.equal(['Jugend·zentrum Ückendorf']);
    expect(find(names, 'zentrum')).to.deep.equal(['Jugend·zentrum Ückendorf']);
    expect(find(names, 'ubernachtung')).to.deep.equal(['Über·nachtung für Gruppen']);
  });
});
