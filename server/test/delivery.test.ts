import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ALL_ROUTES } from '../core/routes/index.js';
import { HASHED_CHUNK, IMMUTABLE, REVALIDATE } from '../http/static-files.js';
import { DEFAULT_SITE, ROLES, type SiteId } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID } from '../seed.js';
import { apiPath, call, startTestServer, type TestServer } from './helpers/test-server.js';

/**
 * What the reference server sends over the wire (issue #20): answers compressed by Accept-Encoding
 * (and the event stream never), the drop-in's hashed chunks cached as immutable and every other file
 * revalidated, and the polled reads answered 304 per resource, per site and for every caller alike.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const OTHER_SITE = 'nachbarstadt';
/** Larger than the compression threshold (1 KB), repetitive like real code. */
const SCRIPT = `export const texts = [${Array.from({ length: 200 }, (_, i) => `'Idee ${i}'`).join(', ')}];\n`;
const PAGE = `<!doctype html><html lang="de"><title>Demo</title>${'<p>Internationale Jugendarbeit</p>'.repeat(60)}</html>\n`;
const STYLE = `${Array.from({ length: 60 }, (_, i) => `.block-${i} { margin: 0 auto; }`).join('\n')}\n`;
const HASHED_FILE = 'ija-widgets-board-live-Cy1m_-Ab.js';

interface WireAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, not decoded. */
  body: Buffer;
}

/** A GET as sent, with nothing added (fetch would add its own Accept-Encoding and decode the answer). */
function get(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<WireAnswer> {
  return new Promise((done, fail) => {
    const sent = request(`${server.base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    });
    sent.setTimeout(10_000, () => sent.destroy(new Error(`GET ${path}: no answer within 10 s`)));
    sent.on('error', fail);
    sent.end();
  });
}

function decoded(answer: WireAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  assert.equal(encoding, undefined, `unexpected Content-Encoding ${encoding}`);
  return answer.body.toString('utf8');
}

let server: TestServer;
before(async () => {
  server = await startTestServer({ sites: [{ id: OTHER_SITE, title: 'Nachbarstadt', seed: true }] });
  const publicDir = join(server.distDir, '..', 'public');
  await mkdir(join(server.distDir, 'cdn'));
  await mkdir(join(server.distDir, 'schema'));
  await Promise.all([
    writeFile(join(publicDir, 'tagesablauf.html'), PAGE),
    writeFile(join(publicDir, 'site.css'), STYLE),
    writeFile(join(server.distDir, 'cdn', 'ija-widgets.js'), SCRIPT),
    writeFile(join(server.distDir, 'cdn', HASHED_FILE), SCRIPT),
    writeFile(join(server.distDir, 'cdn', 'ija-widgets-loader.js'), SCRIPT),
    writeFile(join(server.distDir, 'schema', 'partner-list.json'), JSON.stringify({ title: 'Partner', description: STYLE })),
  ]);
});
after(() => server.close());

describe('compression by Accept-Encoding', () => {
  const compressible = [
    ['the partner list', apiPath('partners')],
    ['a script', '/dist/cdn/ija-widgets.js'],
    ['a page', '/tagesablauf.html'],
    ['the style sheet', '/site.css'],
    ['the OpenAPI document', '/openapi.json'],
  ] as const;

  for (const [what, path] of compressible) {
    it(`sends ${what} as brotli or gzip when asked, as it is when not, with the same content`, async () => {
      const plain = await get(server, path);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding: sent as it is');
      assert.ok(plain.body.length > 1024, `${path} is above the threshold (${plain.body.length} bytes)`);

      for (const [accept, expected] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['gzip, deflate, br, zstd', 'br'],
        ['br;q=0, gzip', 'gzip'],
      ] as const) {
        const packed = await get(server, path, { 'accept-encoding': accept });
        assert.equal(packed.status, 200);
        assert.equal(packed.headers['content-encoding'], expected, `${path} with ${accept}`);
        assert.match(String(packed.headers['vary']), /accept-encoding/i);
        assert.ok(packed.body.length < plain.body.length / 2, `${path} ${expected}: ${packed.body.length} of ${plain.body.length} bytes`);
        assert.equal(decoded(packed), plain.body.toString('utf8'));
      }
      const identity = await get(server, path, { 'accept-encoding': 'identity' });
      assert.equal(identity.headers['content-encoding'], undefined);
      assert.deepEqual(identity.body, plain.body);
    });
  }

  it('sends small bodies as they are', async () => {
    const health = await get(server, '/healthz', { 'accept-encoding': 'br, gzip' });
    assert.equal(health.status, 200);
    assert.equal(health.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(health.body.toString('utf8')), { status: 'ok' });
  });

  it('does not compress or buffer the event stream: an event arrives at once', async () => {
    const board = (await call(server, 'GET', apiPath('board', { id: DEMO_BOARD_ID }))).body as { questions: { id: string }[] };
    const stream = await new Promise<{ headers: IncomingHttpHeaders; next: (text: string) => Promise<string>; close: () => void }>((done, fail) => {
      const sent = request(`${server.base}${apiPath('boardEvents', { id: DEMO_BOARD_ID })}`, { headers: { 'accept-encoding': 'br, gzip', accept: 'text/event-stream' } }, (response) => {
        let received = '';
        const waiting: { text: string; resolve: (all: string) => void }[] = [];
        response.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          for (const wait of waiting.filter((w) => received.includes(w.text))) wait.resolve(received);
        });
        done({
          headers: response.headers,
          next: (text) =>
            new Promise((resolveText, failText) => {
              if (received.includes(text)) return resolveText(received);
              const timer = setTimeout(() => failText(new Error(`"${text}" did not arrive within 2 s; have ${JSON.stringify(received.slice(-300))}`)), 2_000);
              waiting.push({ text, resolve: (all) => (clearTimeout(timer), resolveText(all)) });
            }),
          close: () => sent.destroy(),
        });
      });
      sent.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(error)));
      sent.end();
    });
    try {
      assert.match(String(stream.headers['content-type']), /^text\/event-stream/);
      assert.equal(stream.headers['content-encoding'], undefined);
      await stream.next('retry:');
      const text = `Unkomprimiert ${Date.now()}`;
      const added = await call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }), {
        client: 'delivery-client-01',
        body: { id: `delivery-${Date.now()}`, questionId: board.questions[0]!.id, text },
      });
      assert.equal(added.status, 201, added.text);
      // Within 2 s, while the stream stays open: a compressor would hold a small event back.
      await stream.next(text);
    } finally {
      stream.close();
    }
  });
});

describe('caching of files', () => {
  it('keeps the hashed drop-in chunks for a year without asking, also on a 304', async () => {
    const chunk = await get(server, `/dist/cdn/${HASHED_FILE}`, { 'accept-encoding': 'br' });
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers['cache-control'], IMMUTABLE);
    assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
    const again = await get(server, `/dist/cdn/${HASHED_FILE}`, { 'if-none-match': String(chunk.headers['etag']) });
    assert.equal(again.status, 304);
    assert.equal(again.headers['cache-control'], IMMUTABLE);
  });

  for (const path of ['/dist/cdn/ija-widgets.js', '/dist/cdn/ija-widgets-loader.js', '/', '/tagesablauf.html', '/site.css', '/dist/schema/partner-list.json']) {
    it(`has browsers ask again for ${path} (no-cache), and answers an unchanged one 304 without a body`, async () => {
      const first = await get(server, path, { 'accept-encoding': 'br, gzip' });
      assert.equal(first.status, 200);
      assert.equal(first.headers['cache-control'], REVALIDATE);
      assert.equal(REVALIDATE, 'no-cache');
      assert.ok(first.headers['etag'], 'an ETag');
      assert.ok(first.headers['last-modified'], 'a Last-Modified');
      const conditions: Record<string, string>[] = [{ 'if-none-match': String(first.headers['etag']) }, { 'if-modified-since': String(first.headers['last-modified']) }];
      for (const condition of conditions) {
        const again = await get(server, path, { 'accept-encoding': 'br, gzip', ...condition });
        assert.equal(again.status, 304, JSON.stringify(condition));
        assert.equal(again.body.length, 0);
        assert.equal(again.headers['cache-control'], REVALIDATE);
      }
    });
  }

  it('takes as hashed exactly the chunk names rollup writes', async () => {
    const { default: config } = (await import(join(ROOT, 'rollup.config.js'))) as {
      default: { input: Record<string, string>; output: { entryFileNames: string; chunkFileNames: string } };
    };
    // Change these in rollup.config.js, and HASHED_CHUNK (server/http/static-files.ts) must follow.
    assert.deepEqual(Object.keys(config.input), ['ija-widgets']);
    assert.equal(config.output.entryFileNames, '[name].js');
    assert.equal(config.output.chunkFileNames, 'ija-widgets-[name]-[hash].js');
    assert.equal(HASHED_CHUNK.test('ija-widgets.js'), false);
    assert.equal(HASHED_CHUNK.test('ija-widgets-agenda-time--H7gQ9Nd.js'), true, 'a hash may start with "-"');
    assert.equal(HASHED_CHUNK.test('ija-widgets-partner-map.js'), false, 'no hash, no year');
  });

  it('finds every chunk of the built drop-in hashed and the entry not', { skip: existsSync(join(ROOT, 'dist', 'cdn', 'ija-widgets.js')) ? false : 'no build (npm run build)' }, async () => {
    const scripts = (await readdir(join(ROOT, 'dist', 'cdn'))).filter((name) => name.endsWith('.js'));
    assert.ok(scripts.length > 1);
    for (const name of scripts) assert.equal(HASHED_CHUNK.test(name), name !== 'ija-widgets.js', name);
  });
});

describe('conditional reads of the partner list, agendas and plans', () => {
  const reads = (site: SiteId) => ({
    partners: apiPath('partners', {}, site),
    agenda: apiPath('agenda', { id: DEMO_AGENDA_ID }, site),
    plan: apiPath('plan', { id: DEMO_PLAN_ID }, site),
  });

  it('answers the same body and ETag to every caller, with or without a key, so one tag per URL is right', async () => {
    const polled = ALL_ROUTES.filter((route) => route.etag).map((route) => route.name);
    assert.deepEqual(polled.sort(), ['agenda', 'partners', 'plan'], 'a new polled read: check here that its body is the same for every caller');
    for (const path of Object.values(reads(DEFAULT_SITE))) {
      const anonymous = await call(server, 'GET', path);
      assert.equal(anonymous.status, 200);
      for (const role of ROLES) {
        const withKey = await call(server, 'GET', path, { key: server.keys[DEFAULT_SITE]![role] });
        assert.equal(withKey.status, 200, `${path} with the ${role} key`);
        assert.equal(withKey.text, anonymous.text, `${path}: the ${role} key sees the same body`);
        assert.equal(withKey.headers.get('etag'), anonymous.headers.get('etag'), `${path}: the ${role} key gets the same tag`);
      }
    }
  });

  it('keeps the ETag on a compressed answer and answers it 304 without a body, compressed or not', async () => {
    for (const path of Object.values(reads(DEFAULT_SITE))) {
      const plain = await get(server, path);
      const packed = await get(server, path, { 'accept-encoding': 'br' });
      assert.ok(plain.headers['etag']);
      assert.equal(packed.headers['etag'], plain.headers['etag'], path);
      for (const accept of [{}, { 'accept-encoding': 'br, gzip' }] as Record<string, string>[]) {
        const again = await get(server, path, { ...accept, 'if-none-match': String(packed.headers['etag']) });
        assert.equal(again.status, 304, path);
        assert.equal(again.body.length, 0);
        assert.equal(again.headers['content-encoding'], undefined);
        assert.equal(again.headers['etag'], plain.headers['etag']);
      }
    }
  });

  it('gives each site its own tags: a write to one site changes its tag and leaves the other site 304', async () => {
    const here = reads(DEFAULT_SITE);
    const there = reads(OTHER_SITE);
    const tagOf = async (path: string) => (await call(server, 'GET', path)).headers.get('etag')!;
    const before: Record<string, { here: string; there: string }> = {};
    for (const name of Object.keys(here) as (keyof typeof here)[]) before[name] = { here: await tagOf(here[name]), there: await tagOf(there[name]) };

    const keys = server.keys[OTHER_SITE]!;
    const writes = [
      call(server, 'POST', apiPath('createPartner', {}, OTHER_SITE), { key: keys.network, body: { id: 'nur-dort', name: 'Verein nur in der Nachbarstadt', category: 'vereine' } }),
      call(server, 'PATCH', apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: 'netzwerk' }, OTHER_SITE), { key: keys.editor, body: { status: 'done' } }),
      (async () => {
        const agenda = (await call(server, 'GET', there.agenda)).body as Record<string, unknown>;
        return call(server, 'PUT', apiPath('saveAgenda', { id: DEMO_AGENDA_ID }, OTHER_SITE), { key: keys.editor, body: { ...agenda, title: 'Werkstattgespräch Nachbarstadt' } });
      })(),
    ];
    for (const write of await Promise.all(writes)) assert.ok([200, 201].includes(write.status), write.text);

    for (const name of Object.keys(here) as (keyof typeof here)[]) {
      const changed = await get(server, there[name], { 'if-none-match': before[name]!.there });
      assert.equal(changed.status, 200, `${name} of ${OTHER_SITE}: changed, so a full answer`);
      assert.notEqual(changed.headers['etag'], before[name]!.there, `${name} of ${OTHER_SITE}: a new tag`);
      const unchanged = await get(server, here[name], { 'if-none-match': before[name]!.here });
      assert.equal(unchanged.status, 304, `${name} of ${DEFAULT_SITE}: untouched by the other site's write`);
      // The partner list's and the agenda's tags hash the body, so different bodies have different tags
      // on any site; a plan's tag is its version ("v2" here, "v1" there), which names a state of one URL.
      assert.notEqual(changed.headers['etag'], unchanged.headers['etag'], `${name}: the sites' different bodies have different tags`);
      const crossed = await get(server, there[name], { 'if-none-match': String(unchanged.headers['etag']) });
      assert.equal(crossed.status, 200, `${name}: the other site's tag does not answer 304 here`);
    }
  });
});
