/**
 * `<ija-partner-map>` with 10,000 partners handed over as `.partners` (synthetic NRW data, the same
 * for every run: a seeded PRNG). Three rows:
 *
 * 1. Initial render: from creating the element until its task is complete, its update is done,
 *    the first `.partner` row is in the shadow DOM, and one more animation frame has started.
 * 2. Search keystroke → updated list: a query typed into the search field one character at a time;
 *    per keystroke, from dispatching `input` until `updateComplete` resolved and the next animation
 *    frame started (so the style, layout and paint of the new rows are included). When the list
 *    switches from plain (< 200 results) back to virtualized, the clock runs on, frame by frame,
 *    until the new virtualizer's first rows are in the DOM.
 * 3. Search keystroke, script only: the same keystrokes, timed only until `updateComplete` resolved
 *    (filtering, Lit's render and the virtualizer's synchronous layout pass; no style/layout/paint).
 *
 * Reading the figures: samples of rows 1 and 2 start inside an animation-frame callback and end in
 * a later frame's callback, so they are quantised to frames (about 16.7 ms at 60 Hz): a keystroke
 * that fits in one frame shows as ~16.7 ms, one that spills over as ~33 ms. Row 3 is not quantised;
 * row 2 minus row 3 is roughly what style, layout, ResizeObserver rounds and paint cost.
 */

/* The functions passed to page.evaluate run in the browser. */
/* global document, customElements */

export const name = 'partner-map';

const PARTNERS = 10_000;
const SEED = 0x1a2b3c4d;
const RENDER_WARMUP = 3;
const RENDER_SAMPLES = 15;
/** Keystrokes not recorded at the start of a keystroke row. */
const KEY_WARMUP = 5;
/**
 * Typed one character at a time, the field cleared after each (the clear is a keystroke too):
 * 22 + 21 + 8 + 16 + 21 characters and 5 clears = 93 keystrokes, 88 of them recorded.
 */
const QUERIES = ['jugendzentrum muenster', 'jugendzentrum münster', 'muenster', 'jugendtreff köln', 'Jugendzentrum Münster'];
/** The query after which the result is checked; it must be one of QUERIES. */
const CHECK_QUERY = 'muenster';
/** Waiting for one render or keystroke more than this fails the benchmark. */
const SAMPLE_TIMEOUT_MS = 10_000;
/** Animation frames to wait, at most, for the virtualizer's first rows. */
const MAX_FRAMES_FOR_ROWS = 120;
/** Fewer `.partner` elements than this in the DOM: only the rows in view are rendered. */
const MAX_ROWS_IN_DOM = 300;

const COUNT_LABEL = PARTNERS.toLocaleString('en-US');

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

/** 10,000 partners in the shape of src/core/schemas/partner.ts, deterministic for a seed. */
function makePartners(count, seed = SEED) {
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

/** Runs in the page: times `warmup + samples` initial renders of the whole 10,000-partner element. */
async function measureRender({ partners, warmup, samples, timeoutMs, maxFrames, maxRows }) {
  await import('/ija-widgets.js');
  // Schemas and built-in content come from the data layer (the drop-in loads them on demand).
  const ija = await import('/core.js');
  await customElements.whenDefined('ija-partner-map');
  const parsed = ija.parsePartners(partners);
  if (parsed.issues.length > 0 || parsed.data.length !== partners.length) {
    throw new Error(`bench partners are not valid: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
  }

  const { frame, withTimeout: bounded, dataRendered } = await import('/bench/bench-helpers.js');
  const withTimeout = (promise, what) => bounded(promise, what, timeoutMs);

  /** Waits (bounded) until the data task is COMPLETE (2), the update is done and a `.partner` row exists. */
  const rendered = async (el) => {
    await dataRendered(el, 'partner');
    for (let i = 0; i < maxFrames && !el.shadowRoot?.querySelector('.partner'); i++) await frame();
    if (!el.shadowRoot?.querySelector('.partner')) throw new Error(`no .partner row after ${maxFrames} frames`);
  };

  const once = async () => {
    const t0 = performance.now();
    const el = document.createElement('ija-partner-map');
    el.partners = partners;
    document.body.append(el);
    await withTimeout(rendered(el), 'the first render');
    await frame();
    const t1 = performance.now();
    return { el, ms: t1 - t0 };
  };

  const out = [];
  for (let run = 0; run < warmup + samples; run++) {
    const { el, ms } = await once();
    // Every sample: a virtualized list, not all 10,000 rows (nor an empty or error state).
    const rows = el.shadowRoot.querySelectorAll('.partner').length;
    if (rows === 0 || rows >= maxRows) throw new Error(`expected 1–${maxRows - 1} .partner elements in the DOM, found ${rows}`);
    if (run === warmup && (el.allPartners.length !== partners.length || el.filteredPartners.length !== partners.length)) {
      throw new Error(`expected ${partners.length} partners, element has ${el.allPartners.length} (${el.filteredPartners.length} shown)`);
    }
    if (run >= warmup) out.push(ms);
    el.remove();
    // Let the removal settle so it is not counted in the next sample.
    await frame();
  }
  return out;
}

/**
 * Runs in the page: renders one element, then types `queries` into its search field one character
 * at a time (clearing the field after each query) and times every keystroke after `warmup`.
 * `waitForFrame`: stop the clock at the next animation frame after `updateComplete` (style, layout
 * and paint of the new rows included), else at `updateComplete`.
 */
async function measureKeystrokes({ partners, queries, checkQuery, warmup, waitForFrame, timeoutMs, maxFrames }) {
  await import('/ija-widgets.js');
  await customElements.whenDefined('ija-partner-map');

  const { frame, withTimeout: bounded, dataRendered } = await import('/bench/bench-helpers.js');
  const withTimeout = (promise, what) => bounded(promise, what, timeoutMs);

  const el = document.createElement('ija-partner-map');
  el.partners = partners;
  document.body.append(el);
  await withTimeout(
    (async () => {
      await dataRendered(el, 'partner');
      for (let i = 0; i < maxFrames && !el.shadowRoot?.querySelector('.partner'); i++) await frame();
    })(),
    'the first render',
  );
  const input = el.shadowRoot?.querySelector('input[type="search"]');
  if (!input) throw new Error('no search input in the shadow root');
  if (!el.shadowRoot.querySelector('.partner')) throw new Error(`no .partner row after ${maxFrames} frames`);
  // Settle (virtualizer measurements, first paint) before the first keystroke.
  for (let i = 0; i < 5; i++) await frame();

  /** After the check query: every shown partner matches Münster/Muenster, and the DOM shows only them. */
  const check = () => {
    const filtered = el.filteredPartners;
    const matches = (text) => /m(ü|ue)nster/i.test(text ?? '');
    if (filtered.length === 0) throw new Error(`"${checkQuery}" found no partners`);
    if (filtered.length >= partners.length) throw new Error(`"${checkQuery}" did not filter (${filtered.length} partners)`);
    const wrong = filtered.find((p) => !matches(p.name) && !matches(p.address) && !matches(p.description));
    if (wrong) throw new Error(`"${checkQuery}" kept ${wrong.id} (${wrong.name}, ${wrong.address})`);
    const names = new Set(filtered.map((p) => p.name));
    const ids = new Set(filtered.map((p) => `partner-${p.id}`));
    const rows = [...el.shadowRoot.querySelectorAll('.partner')];
    if (rows.length === 0) throw new Error(`"${checkQuery}": no .partner rows in the DOM`);
    const stray = rows.find((row) => !ids.has(row.id) || !names.has(row.querySelector('.partner-name')?.textContent?.trim() ?? ''));
    if (stray) throw new Error(`"${checkQuery}": the list shows ${stray.id}, which is not in filteredPartners`);
    return { filtered: filtered.length, rows: rows.length };
  };

  // Every keystroke: the field's value after it (each prefix of a query, then '' to clear it).
  const values = queries.flatMap((query) => [...Array.from(query, (_, i) => query.slice(0, i + 1)), '']);
  const out = [];
  let checked;
  for (let key = 0; key < values.length; key++) {
    // Each keystroke starts inside an animation-frame callback, with the previous one settled.
    await frame();
    const t0 = performance.now();
    input.value = values[key];
    input.dispatchEvent(new Event('input'));
    await withTimeout(el.updateComplete, `the update after keystroke ${key + 1}`);
    if (waitForFrame) {
      await frame();
      // From a short plain list (< 200 rows) back to the virtualized one, the new virtualizer renders
      // its first rows only after it has measured its host: wait (bounded) until they are there.
      const expectRows = el.filteredPartners.length > 0;
      for (let i = 0; i < maxFrames && expectRows && !el.shadowRoot.querySelector('.partner'); i++) await frame();
      if (expectRows && !el.shadowRoot.querySelector('.partner')) throw new Error(`no .partner row ${maxFrames} frames after keystroke ${key + 1}`);
    }
    const t1 = performance.now();
    if (key >= warmup) out.push(t1 - t0);
    if (!checked && values[key] === checkQuery && values[key + 1] === '') checked = check();
    // Let the virtualizer's measurement rounds finish so they do not fall into the next sample.
    await frame();
  }
  if (!checked) throw new Error(`the check query "${checkQuery}" was never typed`);
  return out;
}

export async function run({ page, baseUrl }) {
  const partners = makePartners(PARTNERS);
  const common = { partners, timeoutMs: SAMPLE_TIMEOUT_MS, maxFrames: MAX_FRAMES_FOR_ROWS };
  const keys = { ...common, queries: QUERIES, checkQuery: CHECK_QUERY, warmup: KEY_WARMUP };
  const rows = [];

  await page.goto(`${baseUrl}/bench/bench.html`);
  rows.push({
    label: `partner-map: initial render, ${COUNT_LABEL} partners`,
    samples: await page.evaluate(measureRender, { ...common, warmup: RENDER_WARMUP, samples: RENDER_SAMPLES, maxRows: MAX_ROWS_IN_DOM }),
  });
  // A fresh page per row, so no row inherits another one's heap and caches.
  await page.goto(`${baseUrl}/bench/bench.html`);
  rows.push({
    label: `partner-map: search keystroke → updated list, ${COUNT_LABEL} partners`,
    samples: await page.evaluate(measureKeystrokes, { ...keys, waitForFrame: true }),
  });
  await page.goto(`${baseUrl}/bench/bench.html`);
  rows.push({
    label: `partner-map: search keystroke, script only, ${COUNT_LABEL} partners`,
    samples: await page.evaluate(measureKeystrokes, { ...keys, waitForFrame: false }),
  });
  return rows;
}
