/**
 * A stand-in Nominatim for the geocoder tests, mounted in web-test-runner's dev server.
 *
 *   /__geocoder/search?q=…   answers by what q contains (see answer() below)
 *   /__geocoder/last         { query, headers } of the last search request seen (null before the first)
 *
 * Test files run one after another (concurrency 1), and each test reads /__geocoder/last right after
 * its own search, so one slot is enough.
 */

/** Two hits in the Musterstadt area, as Nominatim sends them: coordinates as strings. */
const HAUPTSTRASSE = [
  {
    place_id: 1,
    lat: '51.5136123',
    lon: '7.4653456',
    display_name: 'Hauptstraße 1, Altstadt, Musterstadt, Nordrhein-Westfalen, 44135, Deutschland',
    category: 'building',
    type: 'house',
  },
  {
    place_id: 2,
    lat: '51.4201',
    lon: '7.5102',
    display_name: 'Hauptstraße 1, Musterdorf, Musterstadt, Nordrhein-Westfalen, 44267, Deutschland',
    category: 'building',
    type: 'house',
  },
];

/** One good item (numbers, as some Nominatim-compatible services send them), then only bad ones. */
const TEILWEISE = [
  { lat: 51.96, lon: 7.626, display_name: 'Teilweise 1, Münster, Deutschland' },
  { lat: 'abc', lon: '7.1', display_name: 'Keine Zahl' },
  { lat: '95', lon: '7.1', display_name: 'Breite außerhalb' },
  { lat: '51.1', lon: '-181', display_name: 'Länge außerhalb' },
  { lat: '', lon: '7.1', display_name: 'Leere Breite' },
  { lat: '51.1', lon: '7.1' },
  { lat: '51.1', lon: '7.1', display_name: 42 },
  null,
  'Hauptstraße',
];

const SLOW_MS = 3000;

let last = null;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, status, body) {
  ctx.status = status;
  ctx.set('content-type', 'application/json; charset=utf-8');
  ctx.set('cache-control', 'no-store');
  ctx.body = JSON.stringify(body);
}

async function answer(ctx, q) {
  if (q.includes('Hauptstraße 1')) return json(ctx, 200, HAUPTSTRASSE);
  if (q.includes('teilweise')) return json(ctx, 200, TEILWEISE);
  if (q.includes('kaputt')) return json(ctx, 200, { error: 'x' });
  if (q.includes('fehler')) return json(ctx, 500, { error: 'internal' });
  if (q.includes('html')) {
    ctx.set('content-type', 'text/html; charset=utf-8');
    ctx.body = '<!doctype html><title>Wartung</title>';
    return undefined;
  }
  if (q.includes('langsam')) {
    await sleep(SLOW_MS);
    return json(ctx, 200, HAUPTSTRASSE);
  }
  // "leer" and everything else: no match.
  return json(ctx, 200, []);
}

export function geocoderMiddleware() {
  return async function geocoder(ctx, next) {
    if (ctx.path === '/__geocoder/last') return json(ctx, 200, last);
    if (ctx.path !== '/__geocoder/search') return next();
    last = { query: { ...ctx.query }, headers: { ...ctx.headers } };
    return answer(ctx, typeof ctx.query.q === 'string' ? ctx.query.q : '');
  };
}
