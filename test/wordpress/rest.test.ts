/**
 * WordPress as the backend: the plugin's REST routes under `ija/v1` in a real WordPress, called the way the widgets
 * call them (the library's own fetch adapter, WordPress's cookie and `X-WP-Nonce`), and raw where the contract's
 * refusals are checked byte for byte: 400 with the field named and nothing stored, 401/403 on every write, 404, 409,
 * 412, 413, 415, 429, ETag/304, the retention purge, the privacy eraser and uninstalling.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createFetchAdapter, type IjaAdapter } from '../../src/core/index.js';
import { ROUTES } from '../../src/core/adapter/routes.js';
import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { Plan } from '../../src/core/schemas/plan.js';
import type { Partner } from '../../src/core/schemas/partner.js';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from '../../src/core/schemas/json-schema.js';
import * as z from 'zod/mini';
import { exportCsv, exportXlsx } from '../../server/spreadsheet/export.js';
import { readWorkbook } from '../../server/spreadsheet/xlsx.js';
import { parseCsv } from '../../server/spreadsheet/csv.js';
import { planImport } from '../../server/spreadsheet/import-rows.js';
import { contractDataFiles } from '../../scripts/wordpress-contract-data.js';
import { DEFAULT_AGENDA, DEFAULT_PLAN } from '../../src/core/defaults/index.js';
import { startWordPress, wordpressSkip, type WordPressSite, type WordPressUser } from './wordpress-site.js';

const PORT = 8612;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Session {
  cookie: string;
  nonce: string;
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

describe('the WordPress REST API under ija/v1', { skip: wordpressSkip() }, () => {
  let site: WordPressSite;
  const sessions = new Map<string, Session>();

  before(async () => {
    site = await startWordPress({ port: PORT, plugin: 'folder' });
  });
  after(async () => {
    await site?.stop();
  });

  /** Logs in through wp-login.php as a browser would, and asks WordPress for the REST nonce of that session. */
  async function sessionOf(user: WordPressUser): Promise<Session> {
    const known = sessions.get(user.login);
    if (known) return known;
    const login = await fetch(`${site.url}/wp-login.php`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
      body: new URLSearchParams({ log: user.login, pwd: user.password, testcookie: '1', 'wp-submit': 'Anmelden', redirect_to: `${site.url}/wp-admin/` }),
    });
    assert.equal(login.status, 302, `${user.login} logs in`);
    const cookie = login.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .filter((pair) => !pair.endsWith('=deleted') && !pair.startsWith('wordpress_test_cookie'))
      .join('; ');
    const nonce = await (await fetch(`${site.url}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie } })).text();
    assert.match(nonce, /^[0-9a-f]{10}$/, `a REST nonce for ${user.login}`);
    const session = { cookie, nonce };
    sessions.set(user.login, session);
    return session;
  }

  /** The library's fetch adapter against this WordPress, as the plugin's front-end module sets it up. */
  async function adapterAs(user?: WordPressUser): Promise<IjaAdapter> {
    const session = user && (await sessionOf(user));
    return createFetchAdapter({
      baseUrl: site.restUrl(''),
      headers: session ? { 'X-WP-Nonce': session.nonce } : {},
      retries: 0,
      // Node's fetch keeps no cookies: the session's cookie goes with every request, as the browser's would.
      fetch: (url, init) => {
        const headers = new Headers(init?.headers);
        if (session) headers.set('cookie', session.cookie);
        return fetch(url, { ...init, headers });
      },
    });
  }

  /** A raw request: body as JSON (or as given when text or bytes), headers as given. */
  async function call(method: string, path: string, options: { as?: WordPressUser; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      const session = await sessionOf(options.as);
      headers['cookie'] = session.cookie;
      headers['x-wp-nonce'] = session.nonce;
    }
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' || options.body instanceof Uint8Array ? (options.body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(site.restUrl(path), { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : tryJson(text) };
  }

  const partner = (id: string, name = `Partner ${id}`): Partner => ({ id, name, category: 'vereine' });

  const agenda: Agenda = {
    id: 'werkstatt-2026',
    title: 'Werkstattgespräch',
    date: '2026-03-12',
    timezone: 'Europe/Berlin',
    items: [
      { id: 'a', start: '10:30', end: '11:00', title: 'Begrüßung', type: 'welcome' },
      { id: 'b', start: '12:30', end: '13:30', title: 'Mittagspause', type: 'break' },
    ],
  };

  const plan: Plan = {
    id: 'musterstadt',
    title: '5-Punkte-Plan',
    points: [
      { id: 'p1', title: 'Netzwerk', summary: 'Ein Netzwerk aufbauen', status: 'open', steps: [{ id: 's1', text: 'Liste', done: false }] },
      { id: 'p2', title: 'Werkstattgespräche', summary: 'Regelmäßig', status: 'in-progress' },
    ],
  };

  it('reads an empty network with an ETag and answers 304 to If-None-Match', async () => {
    const first = await call('GET', '/partners');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { partners: [] });
    const etag = first.headers.get('etag');
    assert.ok(etag, 'an ETag');
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await call('GET', '/partners', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body, undefined);
  });

  it('refuses every write (and the network reads) logged out with 401 and to a subscriber with 403, in the contract shape', async () => {
    const guarded = Object.entries(ROUTES).filter(
      ([name, route]) => !route.path.startsWith('/boards') && !['partners', 'agenda', 'plan', 'joinRequest'].includes(name),
    );
    assert.ok(guarded.length >= 17);
    for (const [name, route] of guarded) {
      const path = route.path.replace(/\{(\w+)\}/g, 'x');
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const anonymous = await call(route.method, path, { body });
      assert.deepEqual([anonymous.status, anonymous.body], [401, { error: 'unauthorized' }], `${name} logged out`);
      assert.equal(anonymous.headers.get('cache-control'), 'no-store');
      const subscriber = await call(route.method, path, { body, as: site.users.subscriber });
      assert.deepEqual([subscriber.status, subscriber.body], [403, { error: 'forbidden' }], `${name} as a subscriber`);
    }
    // Editors edit agendas and plans, not the network; the network role the reverse.
    assert.equal((await call('POST', '/partners', { body: partner('x'), as: site.users.editor })).status, 403);
    assert.equal((await call('PUT', '/agendas/x', { body: { ...agenda, id: 'x' }, as: site.users.network })).status, 403);
    assert.deepEqual((await call('GET', '/partners')).body, { partners: [] }, 'nothing was stored');
  });

  it('keeps the partner list through the fetch adapter (network role): create, replace, change, delete, 409 on a taken id', async () => {
    const network = await adapterAs(site.users.network);
    assert.deepEqual(await network.createPartner(partner('jugendring', 'Stadtjugendring')), partner('jugendring', 'Stadtjugendring'));
    await assert.rejects(network.createPartner(partner('jugendring')), { status: 409 });
    // Ids are kept exactly: case, spaces and umlauts count (WordPress would slugify a post_name).
    await network.createPartner(partner('JugendRing'));
    await network.createPartner(partner('Schule Süd 1'));
    const replaced = await network.savePartner({ ...partner('jugendring', 'Stadtjugendring e. V.'), offers: ['Beratung'] });
    assert.equal(replaced.name, 'Stadtjugendring e. V.');
    const changed = await network.updatePartner('Schule Süd 1', { activeInIja: true, category: 'schule-beruf' });
    assert.deepEqual(changed, { id: 'Schule Süd 1', name: 'Partner Schule Süd 1', category: 'schule-beruf', activeInIja: true });
    const visitor = await adapterAs();
    assert.deepEqual(
      (await visitor.getPartners()).data.map((p) => p.id),
      ['jugendring', 'JugendRing', 'Schule Süd 1'],
    );
    await network.deletePartner('JugendRing');
    await assert.rejects(network.deletePartner('JugendRing'), { status: 404 });
    const created = await call('PUT', `/partners/${encodeURIComponent('neu')}`, { body: partner('neu'), as: site.users.network });
    assert.equal(created.status, 201, 'PUT of a new id adds it');
    assert.equal((await call('PUT', '/partners/neu', { body: partner('neu'), as: site.users.network })).status, 200);
    assert.equal((await call('DELETE', '/partners/neu', { as: site.users.network })).status, 204);
    assert.deepEqual(
      (await visitor.getPartners()).data.map((p) => p.id),
      ['jugendring', 'Schule Süd 1'],
    );
  });

  it('takes a join request from a visitor (no login, idempotent) and turns it into a partner when the network accepts it', async () => {
    const visitor = await adapterAs();
    const request = { id: 'req-1', name: ' Sportverein Nord ', category: 'vereine' as const, contactName: 'Ana Beispiel', email: 'Ana@Example.org', publish: true };
    assert.deepEqual(await visitor.requestToJoin(request), { id: 'req-1', status: 'received' });
    const repeat = await call('POST', '/partners/requests', { body: request });
    assert.deepEqual([repeat.status, repeat.body], [200, { id: 'req-1', status: 'received' }]);
    assert.equal(repeat.headers.get('cache-control'), 'no-store');

    const network = await adapterAs(site.users.network);
    const listed = await call('GET', '/partners/requests', { as: site.users.network });
    assert.equal(listed.headers.get('cache-control'), 'no-store', 'personal data is not kept, also for a logged-in user');
    const { requests } = await network.listJoinRequests();
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.name, 'Sportverein Nord', 'text is trimmed as the contract does');
    assert.equal(requests[0]!.status, 'new');
    assert.match(requests[0]!.receivedAt, /^\d{4}-\d\d-\d\dT/);

    const accepted = await network.acceptJoinRequest('req-1', partner('sv-nord', 'Sportverein Nord'));
    assert.equal(accepted.request.status, 'accepted');
    assert.equal(accepted.request.partnerId, 'sv-nord');
    assert.ok(accepted.request.handledAt);
    assert.ok((await visitor.getPartners()).data.some((p) => p.id === 'sv-nord'), 'the new partner is listed for visitors');
    const again = await call('POST', '/partners/requests/req-1/accept', { body: { partner: partner('sv-nord-2') }, as: site.users.network });
    assert.deepEqual([again.status, again.body], [409, { error: 'already-accepted' }]);
    assert.equal((await call('POST', '/partners/requests/req-1/decline', { as: site.users.network })).status, 409);

    await visitor.requestToJoin({ ...request, id: 'req-2' });
    await visitor.requestToJoin({ ...request, id: 'req-3' });
    const taken = await call('POST', '/partners/requests/req-2/accept', { body: { partner: partner('sv-nord') }, as: site.users.network });
    assert.deepEqual([taken.status, taken.body], [409, { error: 'id-conflict' }]);
    assert.equal((await network.declineJoinRequest('req-2')).status, 'declined');
    await network.deleteJoinRequest('req-3');
    await assert.rejects(network.deleteJoinRequest('req-3'), { status: 404 });
    assert.deepEqual((await network.listJoinRequests()).requests.map((r) => [r.id, r.status]), [['req-1', 'accepted'], ['req-2', 'declined']]);
  });

  it('starts with the built-in agenda and plan under their default ids (stored on activation, never replaced by it)', async () => {
    for (const [file, text] of Object.entries(contractDataFiles())) {
      assert.equal(readFileSync(file, 'utf8'), text, `${file} is current: node --import tsx scripts/wordpress-contract-data.ts`);
    }
    const visitor = await adapterAs();
    assert.deepEqual((await visitor.getAgenda(DEFAULT_AGENDA.id)).data, DEFAULT_AGENDA);
    assert.deepEqual((await visitor.getPlan(DEFAULT_PLAN.id)).data, { ...DEFAULT_PLAN, version: 1 });
    const editor = await adapterAs(site.users.editor);
    await editor.saveAgenda({ ...DEFAULT_AGENDA, title: 'Unser Werkstattgespräch' });
    await site.php(`do_action( 'ija_widgets_activate' );`);
    assert.equal((await visitor.getAgenda(DEFAULT_AGENDA.id)).data.title, 'Unser Werkstattgespräch', 'activating again keeps the edited agenda');
  });

  it('answers an agenda never saved with 404, saves one for an editor and serves it with an ETag', async () => {
    const visitor = await adapterAs();
    await assert.rejects(visitor.getAgenda(agenda.id), { status: 404 });
    const editor = await adapterAs(site.users.editor);
    const { timezone: _timezone, ...withoutZone } = agenda;
    const saved = await editor.saveAgenda(withoutZone as Agenda);
    assert.deepEqual(saved.data, agenda, 'the time zone is filled in with its default, as the contract says');
    assert.deepEqual((await visitor.getAgenda(agenda.id)).data, agenda);
    const read = await call('GET', `/agendas/${agenda.id}`);
    const again = await call('GET', `/agendas/${agenda.id}`, { headers: { 'if-none-match': read.headers.get('etag')! } });
    assert.equal(again.status, 304);
    await editor.saveAgenda({ ...agenda, title: 'Werkstattgespräch 2' });
    const changed = await call('GET', `/agendas/${agenda.id}`, { headers: { 'if-none-match': read.headers.get('etag')! } });
    assert.equal(changed.status, 200, 'a changed agenda has another ETag');
  });

  it('keeps a plan in versions: If-Match of an old version is a 412 and changes nothing', async () => {
    const editor = await adapterAs(site.users.editor);
    const created = await call('PUT', `/plans/${plan.id}`, { body: { ...plan, version: 42 }, as: site.users.editor });
    assert.equal(created.status, 201);
    assert.equal((created.body as Plan).version, 1, 'the server sets the version');
    const point = await editor.updatePlanPoint(plan.id, 'p1', { status: 'in-progress', responsible: 'Jugendamt' }, { ifVersion: 1 });
    assert.equal(point.status, 'in-progress');
    assert.equal(point.responsible, 'Jugendamt');
    assert.ok(point.updatedAt);
    await assert.rejects(editor.updatePlanPoint(plan.id, 'p1', { status: 'done' }, { ifVersion: 1 }), { status: 412 });
    const stale = await call('PATCH', `/plans/${plan.id}/points/p1`, { body: { status: 'done' }, headers: { 'if-match': '"v1"' }, as: site.users.editor });
    assert.deepEqual([stale.status, stale.body], [412, { error: 'version-conflict' }]);
    const read = await call('GET', `/plans/${plan.id}`);
    assert.equal(read.headers.get('etag'), '"v2"');
    assert.equal((read.body as Plan).points[0]!.status, 'in-progress', 'the refused write changed nothing');
    assert.equal((await call('GET', `/plans/${plan.id}`, { headers: { 'if-none-match': '"v2"' } })).status, 304);

    const removed = await editor.updatePlanPoint(plan.id, 'p1', { responsible: null });
    assert.equal(removed.responsible, undefined, 'null removes the responsible person');
    const added = await editor.addPlanStep(plan.id, 'p1', { id: 's2', text: 'Treffen', position: 0 });
    assert.deepEqual(added.steps?.map((s) => s.id), ['s2', 's1']);
    const repeat = await call('POST', `/plans/${plan.id}/points/p1/steps`, { body: { id: 's2', text: 'Treffen' }, headers: { 'if-match': '"v1"' }, as: site.users.editor });
    assert.equal(repeat.status, 200, 'a repeated step is answered as the first one was');
    const moved = await editor.updatePlanStep(plan.id, 'p1', 's2', { done: true, position: 5 });
    assert.deepEqual(moved.steps?.map((s) => [s.id, s.done]), [['s1', false], ['s2', true]]);
    const deleted = await editor.deletePlanStep(plan.id, 'p1', 's1');
    assert.deepEqual(deleted.steps?.map((s) => s.id), ['s2']);
    await assert.rejects(editor.deletePlanStep(plan.id, 'p1', 's1'), { status: 404 });
    const check = await editor.savePlanCheck(plan.id, { answers: { netzwerk: 'partly' } });
    assert.equal(check.answers['netzwerk'], 'partly');
    const empty = await call('PUT', `/plans/${plan.id}/check`, { body: { answers: {} }, as: site.users.editor });
    assert.deepEqual((empty.body as { answers: unknown }).answers, {}, 'an empty object stays an object');
    const final = await editor.getPlan(plan.id);
    assert.equal(final.data.version, 8);
    assert.deepEqual(final.data.check?.answers, {});
    // A whole plan sent without its self-check keeps the stored one.
    const replaced = await editor.putPlan({ ...plan, title: 'Neu' });
    assert.equal(replaced.data.version, 9);
    assert.deepEqual(replaced.data.check?.answers, {});
  });

  it('keeps every change when editors add steps to one plan at the same moment (the plan is locked while it changes)', async () => {
    const editor = await adapterAs(site.users.editor);
    const ids = Array.from({ length: 16 }, (_, i) => `c${i + 1}`);
    await Promise.all(ids.map((id) => editor.addPlanStep(plan.id, 'p2', { id, text: `Schritt ${id}` })));
    const stored = (await editor.getPlan(plan.id)).data;
    assert.deepEqual(stored.points[1]!.steps?.map((step) => step.id).sort(), [...ids].sort());
    assert.equal(stored.version, 9 + ids.length);
  });

  it('refuses bad and hostile bodies with a clear 4xx naming the field, and stores nothing', async () => {
    const before = await call('GET', '/partners');
    const as = site.users.network;
    const refusals: [string, string, unknown, number, string?][] = [
      ['POST', '/partners', { id: 'a', category: 'vereine' }, 400, 'name'],
      ['POST', '/partners', { id: '   ', name: 'Leer', category: 'vereine' }, 400, 'id'],
      ['POST', '/partners', { id: 'x'.repeat(101), name: 'Lang', category: 'vereine' }, 400, 'id'],
      ['POST', '/partners', { id: 'a', name: 'A', category: 'sport' }, 400, 'category'],
      ['POST', '/partners', { id: 'a', name: 'A', category: 'vereine', website: 'javascript:alert(1)' }, 400, 'website'],
      ['POST', '/partners', { id: 'a', name: 'A', category: 'vereine', location: { lat: 91, lng: 0 } }, 400, 'location.lat'],
      ['POST', '/partners', '{"id":"a","name":"\\ud800","category":"vereine"}', 400, ''],
      ['POST', '/partners', '{"id":"a",', 400, ''],
      ['PUT', '/partners/a', partner('b'), 400, 'id'],
      ['POST', '/partners/requests', { id: 'r', name: 'R', category: 'vereine', contactName: 'C', email: 'keine-adresse' }, 400, 'email'],
      ['POST', '/partners/requests/req-2/accept', { partner: { id: 'z', name: '', category: 'vereine' } }, 400, 'partner.name'],
    ];
    for (const [method, path, body, status, field] of refusals) {
      const answer = await call(method, path, { body, as });
      assert.equal(answer.status, status, `${method} ${path} ${JSON.stringify(body).slice(0, 60)}`);
      const error = answer.body as { error: string; issues: { path: string; message: string }[] };
      assert.equal(error.error, 'invalid');
      assert.ok(error.issues.some((issue) => issue.path === field && issue.message.length > 0), `names ${field}: ${JSON.stringify(error.issues)}`);
    }
    const invalidUtf8 = await fetch(site.restUrl('/partners'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: (await sessionOf(as)).cookie, 'x-wp-nonce': (await sessionOf(as)).nonce },
      body: Buffer.concat([Buffer.from('{"id":"a","name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","category":"vereine"}')]),
    });
    assert.equal(invalidUtf8.status, 400, 'invalid UTF-8');
    const tooLarge = await call('POST', '/partners', { body: { ...partner('big'), description: 'x'.repeat(70_000) }, as });
    assert.deepEqual([tooLarge.status, (tooLarge.body as { error: string }).error], [413, 'too-large']);
    const notJson = await call('POST', '/partners', { body: 'id=a', headers: { 'content-type': 'application/x-www-form-urlencoded' }, as });
    assert.deepEqual([notJson.status, (notJson.body as { error: string }).error], [415, 'unsupported-media-type']);
    assert.equal((await call('DELETE', `/partners/${encodeURIComponent('  ')}`, { as })).status, 404, 'a blank id names nothing');
    const duplicates = await call('PUT', '/agendas/dup', {
      body: { ...agenda, id: 'dup', items: [agenda.items[0], agenda.items[0]] },
      as: site.users.editor,
    });
    assert.deepEqual([duplicates.status, (duplicates.body as { issues: { path: string }[] }).issues[0]!.path], [400, 'items']);
    const zone = await call('PUT', '/agendas/dup', { body: { ...agenda, id: 'dup', timezone: 'Mars/Olympus' }, as: site.users.editor });
    assert.deepEqual([zone.status, (zone.body as { issues: { path: string }[] }).issues[0]!.path], [400, 'timezone']);
    assert.equal((await call('GET', '/agendas/dup')).status, 404, 'no agenda was stored');
    const after = await call('GET', '/partners');
    assert.equal(after.headers.get('etag'), before.headers.get('etag'), 'the partner list did not change');
  });

  it("validates as the library's zod schemas do: the same bodies refused, the same documents kept (trimmed, defaults filled in, unknown fields dropped)", async () => {
    const long = (n: number) => 'x'.repeat(n);
    const cases: [ContractSchemaName, unknown][] = [
      ['partner', partner('a')],
      ['partner', { ...partner('  padded  ', ' Name '), extra: 1, offers: [' a ', 'b'] }],
      ['partner', { ...partner('a'), name: '\u00a0\u3000' }],
      ['partner', { ...partner('a'), name: '\ufeffName\ufeff' }],
      ['partner', { ...partner('a'), name: '\u200b' }],
      ['partner', partner(long(100))],
      ['partner', partner(long(101))],
      ['partner', partner(`${long(99)}😀`)],
      ['partner', { ...partner('a'), location: { lat: 51.5, lng: 7 } }],
      ['partner', { ...partner('a'), location: { lat: '51', lng: 7 } }],
      ['partner', { ...partner('a'), website: 'https://example.org/pfad?q=1' }],
      ['partner', { ...partner('a'), website: ' https://example.org' }],
      ['partner', { ...partner('a'), website: 'https://exa mple.org' }],
      ['partner', { ...partner('a'), email: 'name@example.org' }],
      ['partner', { ...partner('a'), email: 'name@example' }],
      ['partner', { ...partner('a'), phone: '+49 (0)211 / 123-45' }],
      ['partner', { ...partner('a'), confirmedAt: '2024-02-29' }],
      ['partner', { ...partner('a'), confirmedAt: '2025-02-29' }],
      ['partner', { ...partner('a'), offers: Array.from({ length: 51 }, (_, i) => `o${i}`) }],
      ['partner', { ...partner('a'), activeInIja: 'ja' }],
      ['partner', []],
      ['partner-list', { partners: [partner('a'), partner('a')] }],
      ['agenda', agenda],
      ['agenda', { ...agenda, timezone: undefined }],
      ['agenda', { ...agenda, timezone: 'UTC' }],
      ['agenda', { ...agenda, timezone: 'Mars/Olympus' }],
      ['agenda', { ...agenda, timezone: '+02:00' }],
      ['agenda', { ...agenda, timezone: 'Z' }],
      ['agenda', { ...agenda, timezone: 'europe/berlin' }],
      ['agenda', { ...agenda, items: [{ ...agenda.items[0]!, start: '24:00' }] }],
      ['agenda', { ...agenda, items: [{ ...agenda.items[0]!, type: ' eigene Art ' }] }],
      ['agenda', { ...agenda, items: [{ ...agenda.items[0]!, type: long(41) }] }],
      ['plan', plan],
      ['plan', { ...plan, points: [{ ...plan.points[0]!, links: [{ label: 'Nirgends' }] }] }],
      ['plan', { ...plan, points: [{ ...plan.points[0]!, links: [{ label: 'Lücken', target: 'gaps' }] }] }],
      ['plan', { ...plan, version: 1.5 }],
      ['plan', { ...plan, check: { answers: {} } }],
      ['plan', { ...plan, check: { answers: { a: 'vielleicht' } } }],
      ['plan-point-patch', { responsible: null, targetDate: null, title: ' Neu ' }],
      ['plan-point-patch', { responsible: '' }],
      ['new-plan-step', { id: 's', text: 't', position: -1 }],
      ['new-plan-step', { id: 's', text: 't', position: 2 }],
      ['plan-check', { answers: { netzwerk: 'yes', '': 'no' } }],
      ['join-request', { id: 'r', name: 'N', category: 'vereine', contactName: ' C ', email: 'c@example.org', publish: true }],
      ['join-request', { id: 'r', name: 'N', category: 'vereine', contactName: 'C' }],
      ['join-request-acceptance', { partner: partner('p') }],
      ['partner-patch', { name: ' Neu ', location: { lat: 1, lng: 2 } }],
    ];
    const php = JSON.parse(
      await site.php(`
        $cases = json_decode( ${JSON.stringify(JSON.stringify(cases))} );
        echo wp_json_encode( array_map( static function ( $case ) {
          $checked = IjaWidgets\\check_document( $case[1], $case[0] );
          return $checked->ok() ? array( 'ok' => true, 'value' => $checked->value ) : array( 'ok' => false, 'paths' => array_column( $checked->issues, 'path' ) );
        }, $cases ) );
      `),
    ) as { ok: boolean; value?: unknown }[];
    cases.forEach(([name, body], index) => {
      const zod = z.safeParse(CONTRACT_SCHEMAS[name], body);
      const label = `${name} #${index}: ${JSON.stringify(body).slice(0, 80)}`;
      assert.equal(php[index]!.ok, zod.success, label);
      if (zod.success) assert.deepEqual(php[index]!.value, JSON.parse(JSON.stringify(zod.data)), label);
    });
  });

  it('exports the partner list as the reference server does (CSV, XLSX) and imports a sheet: dry run, then written', async () => {
    const network = await adapterAs(site.users.network);
    await network.savePartner({
      ...partner('amt', 'Jugendamt Musterstadt'),
      category: 'jugendarbeit',
      type: 'kommunale-jugendarbeit',
      location: { lat: 51.45, lng: -7 },
      offers: ['Beratung', 'Fahrtkosten'],
      activeInIja: false,
      website: 'https://example.org/a;b',
      description: '=SUMME(1)',
    });
    const existing = (await network.getPartners()).data;
    const exported = new Uint8Array(await (await network.exportPartners('csv')).arrayBuffer());
    assert.equal(Buffer.from(exported).toString('utf8'), Buffer.from(exportCsv(existing)).toString('utf8'), 'byte for byte as the reference server');
    const raw = await call('GET', '/partners/export', { as: site.users.network });
    assert.equal(raw.headers.get('cache-control'), 'no-store');
    assert.match(raw.headers.get('content-disposition') ?? '', /partner\.csv/);

    const sheet = [
      'ID;Name;Gruppe;Art;Unbekannt',
      'amt;Jugendamt der Stadt;Träger der Jugendarbeit;Einrichtungen der kommunalen Jugendarbeit;x',
      ';Neuer Verein;Vereine;;',
      ';Ohne Gruppe;Sport;;',
      'jugendring;Stadtjugendring e. V.;Vereine;;',
      ';Neuer Verein;Vereine;;',
    ].join('\r\n');
    const before = (await call('GET', '/partners')).headers.get('etag');
    const dry = await network.importPartners(new Blob([sheet], { type: 'text/csv' }), { dryRun: true });
    assert.equal((await call('GET', '/partners')).headers.get('etag'), before, 'a dry run writes nothing');
    const { rows } = parseCsv(sheet);
    const reference = planImport(existing, { headings: rows[0]!, rows: rows.slice(1) }).report;
    const summary = (report: typeof dry) => report.rows.map((row) => [row.row, row.action, row.id ?? null]);
    assert.deepEqual(summary(dry), summary(reference), 'the rows are judged as the reference server judges them');
    assert.deepEqual([dry.added, dry.changed, dry.unchanged, dry.refused, dry.written], [1, 1, 1, 2, false]);
    assert.ok(dry.rows[2]!.notes.some((note) => note.includes('Gruppe')), 'the refusal names the column');
    assert.ok(dry.notes?.some((note) => note.includes('Unbekannt')));
    const done = await network.importPartners(new Blob([sheet], { type: 'text/csv' }));
    assert.equal(done.written, true);
    const after = (await network.getPartners()).data;
    assert.equal(after.find((p) => p.id === 'amt')?.name, 'Jugendamt der Stadt');
    assert.equal(after.at(-1)?.id, 'neuer-verein');

    // XLSX both ways: WordPress's workbook reads as the reference server's does, and either imports unchanged.
    const listed = (await network.getPartners()).data;
    const ours = new Uint8Array(await (await network.exportPartners('xlsx')).arrayBuffer());
    const [sheetOfOurs] = await readWorkbook(ours, 100);
    const [sheetOfReference] = await readWorkbook(await exportXlsx(listed), 100);
    assert.equal(sheetOfOurs!.name, 'Partner');
    const shown = (rows: string[][]) => rows.map((row) => row.join('\t').replace(/\t+$/, ''));
    assert.deepEqual(shown(sheetOfOurs!.rows), shown(sheetOfReference!.rows), 'the same cells as the reference server writes');
    for (const workbook of [ours, await exportXlsx(listed)]) {
      const report = await network.importPartners(new Blob([workbook.slice()], { type: XLSX }), { dryRun: true });
      assert.deepEqual([report.unchanged, report.added, report.changed, report.refused], [listed.length, 0, 0, 0], JSON.stringify(report.rows));
    }
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const old = await call('POST', '/partners/import', { body: xls, headers: { 'content-type': 'application/vnd.ms-excel' }, as: site.users.network });
    assert.equal(old.status, 415, 'an old .xls');
    assert.match((old.body as { issues: { message: string }[] }).issues[0]!.message, /\.xls/);
    const headless = await call('POST', '/partners/import', { body: 'a;b\r\n1;2', headers: { 'content-type': 'text/csv' }, as: site.users.network });
    assert.deepEqual([headless.status, (headless.body as { issues: { path: string }[] }).issues[0]!.path], [400, 'file'], 'a CSV without a heading row');
    const broken = await call('POST', '/partners/import', { body: 'PK\u0003\u0004rest', headers: { 'content-type': XLSX }, as: site.users.network });
    assert.equal(broken.status, 400);
    assert.match((broken.body as { issues: { message: string }[] }).issues[0]!.message, /Excel workbook/);
  });

  it('deletes handled join requests after the retention period by its daily cron event', async () => {
    const visitor = await adapterAs();
    const network = await adapterAs(site.users.network);
    const base = { name: 'Alt', category: 'vereine' as const, contactName: 'C', email: 'c@example.org' };
    for (const id of ['old-declined', 'new-declined', 'old-open']) await visitor.requestToJoin({ ...base, id });
    await network.declineJoinRequest('old-declined');
    await network.declineJoinRequest('new-declined');
    const scheduled = await site.php(`echo wp_get_schedule( 'ija_widgets_purge_join_requests' );`);
    assert.equal(scheduled, 'daily');
    // Handled 31 days ago (the default period is 30); the open one was received long ago but is not handled.
    await site.php(`
      $old = time() - 31 * DAY_IN_SECONDS;
      foreach ( array( 'old-declined' ) as $id ) {
        update_post_meta( IjaWidgets\\find_post( 'ija_join_request', $id )->ID, '_ija_handled_at', $old );
      }
      do_action( 'ija_widgets_purge_join_requests' );
    `);
    const left = (await network.listJoinRequests()).requests.map((r) => r.id);
    assert.ok(!left.includes('old-declined'), 'the old handled request is gone');
    assert.ok(left.includes('new-declined') && left.includes('old-open'), 'recent and open requests stay');
  });

  it("exports and erases a requester's join requests through WordPress's privacy tools", async () => {
    const visitor = await adapterAs();
    await visitor.requestToJoin({ id: 'privacy-1', name: 'Datenschutz e. V.', category: 'vereine', contactName: 'Dora', email: 'Dora@Example.org', phone: '0211 123' });
    const exported = JSON.parse(
      await site.php(`echo wp_json_encode( apply_filters( 'wp_privacy_personal_data_exporters', array() )['ija-widgets']['callback']( 'dora@example.org', 1 ) );`),
    ) as { data: { data: { name: string; value: string }[] }[]; done: boolean };
    assert.equal(exported.data.length, 1);
    assert.ok(exported.data[0]!.data.some((item) => item.name === 'phone' && item.value === '0211 123'));
    const erased = JSON.parse(
      await site.php(`echo wp_json_encode( apply_filters( 'wp_privacy_personal_data_erasers', array() )['ija-widgets']['callback']( 'DORA@example.org', 1 ) );`),
    ) as { items_removed: boolean; done: boolean };
    assert.deepEqual([erased.items_removed, erased.done], [true, true]);
    const ids = (await (await adapterAs(site.users.network)).listJoinRequests()).requests.map((r) => r.id);
    assert.ok(!ids.includes('privacy-1'));
  });

  it('limits join requests per address (429 with Retry-After), storing no address', async () => {
    const body = { name: 'Flut', category: 'vereine', contactName: 'F', email: 'f@example.org' };
    let refused: Answer | undefined;
    for (let i = 0; i < 25 && refused === undefined; i++) {
      const answer = await call('POST', '/partners/requests', { body: { ...body, id: `flood-${i}` } });
      if (answer.status === 429) refused = answer;
      else assert.equal(answer.status, 201);
    }
    assert.ok(refused, 'refused within 25 requests');
    assert.deepEqual(refused.body, { error: 'too-many-requests' });
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    const counters = JSON.parse(
      await site.php(`global $wpdb; echo wp_json_encode( $wpdb->get_col( "SELECT CONCAT( option_name, '=', option_value ) FROM {$wpdb->options} WHERE option_name LIKE '%ija\\_join\\_%'" ) );`),
    ) as string[];
    assert.ok(counters.length > 0, 'the counter is a transient');
    assert.ok(counters.every((entry) => !entry.includes('127.0.0.1')), `the address is not stored in clear: ${counters.join(' ')}`);
  });

  it('takes the capabilities, the role and every document away when the plugin is uninstalled', async () => {
    const result = await site.php(`
      get_role( 'author' )->add_cap( 'ija_edit_content' );
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      uninstall_plugin( 'ija-widgets/ija-widgets.php' );
      global $wpdb;
      echo wp_json_encode( array(
        'posts'  => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type LIKE 'ija\\\\_%'" ),
        'meta'   => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '\\\\_ija\\\\_%'" ),
        'editor' => get_role( 'editor' )->has_cap( 'ija_edit_content' ) || get_role( 'author' )->has_cap( 'ija_edit_content' ),
        'admin'  => get_role( 'administrator' )->has_cap( 'ija_manage_network' ),
        'role'   => null !== get_role( 'ija_network' ),
        'option' => get_option( 'ija_widgets', 'gone' ),
      ) );
    `);
    assert.deepEqual(JSON.parse(result), { posts: 0, meta: 0, editor: false, admin: false, role: false, option: 'gone' });
    assert.deepEqual(site.phpErrors(), [], 'no PHP warning or notice from the plugin');
  });
});

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
