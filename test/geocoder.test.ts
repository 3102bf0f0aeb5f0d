import { expect } from '@open-wc/testing';
import { geocode, geocoderHost } from '../src/components/ija-partner-map/admin/geocoder.js';
import { IjaAdapterError } from '../src/core/errors.js';

/** The stand-in Nominatim of test/server/geocoder-middleware.mjs. */
const ENDPOINT = '/__geocoder/search';

interface LastRequest {
  query: Record<string, string>;
  headers: Record<string, string>;
}

async function lastRequest(): Promise<LastRequest | null> {
  return (await fetch('/__geocoder/last', { cache: 'no-store' })).json() as Promise<LastRequest | null>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('geocoder', () => {
  afterEach(() => {
    document.cookie = 'ija-geocoder-test=; path=/; max-age=0';
  });

  it('turns the answer into results (string coordinates become numbers)', async () => {
    const results = await geocode(ENDPOINT, 'Hauptstraße 1, Musterstadt');
    expect(results).to.deep.equal([
      {
        label: 'Hauptstraße 1, Altstadt, Musterstadt, Nordrhein-Westfalen, 44135, Deutschland',
        lat: 51.5136123,
        lng: 7.4653456,
      },
      { label: 'Hauptstraße 1, Musterdorf, Musterstadt, Nordrhein-Westfalen, 44267, Deutschland', lat: 51.4201, lng: 7.5102 },
    ]);
  });

  it('sends q, format=jsonv2, limit and accept-language (defaults 5 and de)', async () => {
    await geocode(ENDPOINT, '  Hauptstraße 1 & Co, Musterstadt  ');
    const last = await lastRequest();
    expect(last?.query).to.deep.equal({
      q: 'Hauptstraße 1 & Co, Musterstadt',
      format: 'jsonv2',
      limit: '5',
      'accept-language': 'de',
    });

    await geocode(ENDPOINT, 'Hauptstraße 1', { limit: 3, language: 'tr' });
    expect((await lastRequest())?.query).to.deep.equal({ q: 'Hauptstraße 1', format: 'jsonv2', limit: '3', 'accept-language': 'tr' });
  });

  it('appends to a query the endpoint already has and leaves a fragment out', async () => {
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      await geocode(`${ENDPOINT}?key=abc#karte`, 'Hauptstraße 1');
    } finally {
      window.fetch = original;
    }
    expect(fetched).to.have.length(1);
    expect(fetched[0]).not.to.include('#');
    expect(fetched[0].startsWith(`${location.origin}${ENDPOINT}?key=abc&q=`)).to.equal(true);
    expect((await lastRequest())?.query).to.deep.equal({
      key: 'abc',
      q: 'Hauptstraße 1',
      format: 'jsonv2',
      limit: '5',
      'accept-language': 'de',
    });
  });

  it('sends no cookie and no referrer', async () => {
    document.cookie = 'ija-geocoder-test=geheim; path=/';
    expect(document.cookie).to.include('ija-geocoder-test=geheim');
    // The same request with the page's credentials would carry the cookie (the check below means something).
    await fetch(`${ENDPOINT}?q=leer`, { credentials: 'same-origin' });
    expect((await lastRequest())?.headers.cookie).to.include('ija-geocoder-test=geheim');

    await geocode(ENDPOINT, 'Hauptstraße 1');
    const { headers } = (await lastRequest())!;
    expect(headers).not.to.have.property('cookie');
    expect(headers).not.to.have.property('authorization');
    expect(headers).not.to.have.property('referer');
    expect(headers.accept).to.equal('application/json');
  });

  it('makes no request for an empty query', async () => {
    await geocode(ENDPOINT, 'leer, vorher');
    const entries = performance.getEntriesByType('resource').length;
    expect(await geocode(ENDPOINT, '')).to.deep.equal([]);
    expect(await geocode(ENDPOINT, '  \n ')).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(entries);
    expect((await lastRequest())?.query.q).to.equal('leer, vorher');
  });

  it('returns [] when nothing matches', async () => {
    expect(await geocode(ENDPOINT, 'leer')).to.deep.equal([]);
  });

  it('drops invalid items and keeps the valid ones (numbers too)', async () => {
    expect(await geocode(ENDPOINT, 'teilweise')).to.deep.equal([{ label: 'Teilweise 1, Münster, Deutschland', lat: 51.96, lng: 7.626 }]);
  });

  it('rejects an answer that is not an array as invalid-data', async () => {
    const error = await rejection(geocode(ENDPOINT, 'kaputt'));
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('invalid-data');
    expect((error as IjaAdapterError).details).to.deep.equal({ error: 'x' });
  });

  it('rejects an answer that is not JSON as invalid-data', async () => {
    const error = await rejection(geocode(ENDPOINT, 'html'));
    expect((error as IjaAdapterError).kind).to.equal('invalid-data');
  });

  it('rejects a 500 as http with the status', async () => {
    const error = await rejection(geocode(ENDPOINT, 'fehler'));
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('http');
    expect((error as IjaAdapterError).status).to.equal(500);
    expect((error as IjaAdapterError).transient).to.equal(true);
  });

  it('rejects an unreachable server as network', async () => {
    const error = await rejection(geocode('http://127.0.0.1:9/search', 'Hauptstraße 1'));
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('network');
  });

  it('throws for an endpoint that is not http(s), before any request', async () => {
    for (const endpoint of ['javascript:alert(1)', 'data:application/json,[]', 'ftp://geocoder.example.org/search', 'http://', '', ' ']) {
      const error = await rejection(geocode(endpoint, 'Hauptstraße 1'));
      expect(error, endpoint).to.be.instanceOf(TypeError);
    }
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const search = geocode(ENDPOINT, 'langsam', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(search);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');

    const before = performance.getEntriesByType('resource').length;
    const early = await rejection(geocode(ENDPOINT, 'Hauptstraße 1', { signal: AbortSignal.abort() }));
    expect((early as DOMException).name).to.equal('AbortError');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('gives up after 10 seconds as timeout', async () => {
    // The server answers "langsam" after 3 s; the geocoder's 10 s timer runs 100 ms here.
    const original = window.setTimeout;
    const delays: (number | undefined)[] = [];
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      delays.push(delay);
      return original(handler, delay === 10_000 ? 100 : delay, ...args);
    }) as typeof window.setTimeout;
    let error: unknown;
    try {
      error = await rejection(geocode(ENDPOINT, 'langsam'));
    } finally {
      window.setTimeout = original;
    }
    expect(delays).to.include(10_000);
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('timeout');
  });

  it('geocoderHost names the host the addresses go to', () => {
    expect(geocoderHost('https://geocoder.example.org/search')).to.equal('geocoder.example.org');
    expect(geocoderHost('https://nominatim.example.org:8443/search?key=1#x')).to.equal('nominatim.example.org');
    expect(geocoderHost('/__geocoder/search')).to.equal(location.hostname);
    expect(geocoderHost('javascript:alert(1)')).to.equal('');
    expect(geocoderHost('')).to.equal('');
  });
});
