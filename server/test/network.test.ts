import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import type { ImportReport, JoinRequest, JoinRequestAccepted, JoinRequestList, Partner, PartnerList, StoredJoinRequest } from '../../src/core/schemas/partner.js';
import { XLSX_MEDIA_TYPE } from '../core/routes/partners.js';
import { purgeHandledRequests } from '../http/retention.js';
import { DEFAULT_SITE, type Role } from '../repository/repository.js';
import { apiPath, assertContractError, call, issuePaths, NOW, startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { skipReason, STORE_KINDS } from './helpers/stores.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const readFixture = async (name: string) => new Uint8Array(await readFile(new URL(name, FIXTURES)));

/** A spreadsheet sent as the body, as the admin mode's file upload sends it. */
async function upload(server: TestServer, key: string, bytes: Uint8Array, type: string, dryRun: boolean): Promise<Answer> {
  const response = await fetch(`${server.base}${apiPath('importPartners')}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': type },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? text : JSON.parse(text), text };
}

/**
 * The network, maintained through the API: partners added, changed and removed with the network key,
 * join requests accepted (becoming a partner), declined and deleted; on every store.
 */

let uniq = 0;
const fresh = (prefix: string) => `${prefix}-${process.pid}-${++uniq}`;

function partner(overrides: Partial<Partner> = {}): Partner {
  return { id: fresh('partner'), name: `Jugendförderverein Süd ${uniq}`, category: 'vereine', ...overrides };
}

function joinRequest(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    id: fresh('request'),
    name: 'Kulturverein Ölmühle e. V.',
    category: 'vereine',
    contactName: 'Alex Beispiel',
    email: 'alex@oelmuehle.example',
    address: 'Mühlenweg 3, 45457 Musterstadt',
    offers: ['Austausch', 'Workcamps'],
    description: 'Theater und Musik mit Jugendlichen aus aller Welt.',
    publish: true,
    ...overrides,
  };
}

for (const kind of STORE_KINDS) {
  const skip = skipReason(kind);
  describe(`the network through the API (${kind})`, { skip }, () => {
    let server: TestServer;
    const keys = () => server.keys[DEFAULT_SITE]!;
    const as = (role: Role) => keys()[role];
    const partners = async () => ((await call(server, 'GET', apiPath('partners'))).body as PartnerList).partners;
    const requests = async () => ((await call(server, 'GET', apiPath('joinRequests'), { key: as('network') })).body as JoinRequestList).requests;

    before(async () => {
      // Each refused try below comes from an address of its own: wrong keys are limited per address.
      server = await startTestServer({ store: kind, config: { trustProxy: true } });
    });
    after(() => server.close());

    it('refuses every network route without the network key (the editor and moderator keys too), and changes nothing', async () => {
      const before = { partners: await partners(), requests: await requests() };
      const somebody = before.partners[0]!;
      const routes: [string, string, unknown?][] = [
        ['POST', apiPath('createPartner'), partner()],
        ['PUT', apiPath('savePartner', { id: somebody.id }), { ...somebody, name: 'Übernommen' }],
        ['PATCH', apiPath('patchPartner', { id: somebody.id }), { name: 'Übernommen' }],
        ['DELETE', apiPath('deletePartner', { id: somebody.id })],
        ['GET', apiPath('joinRequests')],
        ['POST', apiPath('acceptJoinRequest', { id: 'any' }), { partner: partner() }],
        ['POST', apiPath('declineJoinRequest', { id: 'any' })],
        ['DELETE', apiPath('deleteJoinRequest', { id: 'any' })],
        ['GET', apiPath('exportPartners')],
      ];
      let address = 0;
      for (const [method, path, body] of routes) {
        for (const key of [undefined, as('editor'), as('moderator'), 'wrong-key-wrong-key']) {
          const answer = await call(server, method, path, { body, key, headers: { 'x-forwarded-for': `10.0.0.${++address}` } });
          assertContractError(answer, 401, 'unauthorized');
        }
      }
      assert.deepEqual({ partners: await partners(), requests: await requests() }, before);
    });

    it('adds a partner at the end, refuses its id a second time, replaces it in place, and removes it', async () => {
      const added = partner({ offers: ['Jugendaustausch'], location: { lat: 51.45, lng: 7.01 } });
      const created = await call(server, 'POST', apiPath('createPartner'), { key: as('network'), body: added });
      assert.equal(created.status, 201);
      assert.deepEqual(created.body, added);
      assert.deepEqual((await partners()).at(-1), added);
      assertContractError(await call(server, 'POST', apiPath('createPartner'), { key: as('network'), body: added }), 409, 'id-conflict');

      const first = (await partners())[0]!;
      const renamed = { ...first, name: 'Stadtjugendring Musterstadt (neu)' };
      const replaced = await call(server, 'PUT', apiPath('savePartner', { id: first.id }), { key: as('network'), body: renamed });
      assert.equal(replaced.status, 200);
      assert.deepEqual((await partners())[0], renamed, 'a replaced partner keeps its place');

      const newcomer = partner();
      const put = await call(server, 'PUT', apiPath('savePartner', { id: newcomer.id }), { key: as('network'), body: newcomer });
      assert.equal(put.status, 201, 'PUT under a new id adds the partner');

      const patched = await call(server, 'PATCH', apiPath('patchPartner', { id: added.id }), {
        key: as('network'),
        body: { phone: '+49 209 123456', confirmedAt: '2027-01-31' },
      });
      assert.equal(patched.status, 200);
      assert.deepEqual(patched.body, { ...added, phone: '+49 209 123456', confirmedAt: '2027-01-31' });

      assert.equal((await call(server, 'DELETE', apiPath('deletePartner', { id: added.id }), { key: as('network') })).status, 204);
      assert.ok(!(await partners()).some((p) => p.id === added.id));
      assertContractError(await call(server, 'DELETE', apiPath('deletePartner', { id: added.id }), { key: as('network') }), 404, 'not-found');
      assertContractError(await call(server, 'PATCH', apiPath('patchPartner', { id: added.id }), { key: as('network'), body: {} }), 404, 'not-found');
    });

    it('refuses bad partners with the fields named, and writes nothing', async () => {
      const before = await partners();
      const somebody = before[1]!;
      assert.deepEqual(issuePaths(await call(server, 'POST', apiPath('createPartner'), { key: as('network'), body: { ...partner(), category: 'sport' } })), ['category']);
      assert.deepEqual(issuePaths(await call(server, 'POST', apiPath('createPartner'), { key: as('network'), body: { ...partner(), id: '   ' } })), ['id']);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', apiPath('patchPartner', { id: somebody.id }), { key: as('network'), body: { email: 'keine-mail' } })), ['email']);
      assert.deepEqual(issuePaths(await call(server, 'PATCH', apiPath('patchPartner', { id: somebody.id }), { key: as('network'), body: { website: 'javascript:alert(1)' } })), ['website']);
      assert.deepEqual(issuePaths(await call(server, 'PUT', apiPath('savePartner', { id: somebody.id }), { key: as('network'), body: { ...somebody, id: 'anders' } })), ['id']);
      assert.deepEqual(await partners(), before);
    });

    it('a join request becomes a partner: received as new, accepted with the completed entry, on the map; once', async () => {
      const request = joinRequest();
      const sent = await call(server, 'POST', apiPath('joinRequest'), { body: request });
      assert.equal(sent.status, 201);
      const received = (await requests()).find((r) => r.id === request.id)!;
      assert.deepEqual(received, { ...request, receivedAt: NOW.toISOString(), status: 'new' });

      const entry: Partner = {
        id: fresh('oelmuehle'),
        name: request.name,
        category: request.category,
        address: request.address!,
        offers: request.offers!,
        description: request.description!,
        location: { lat: 51.4556, lng: 7.0116 },
        activeInIja: false,
      };
      const accepted = await call(server, 'POST', apiPath('acceptJoinRequest', { id: request.id }), { key: as('network'), body: { partner: entry } });
      assert.equal(accepted.status, 200, accepted.text);
      const answer = accepted.body as JoinRequestAccepted;
      assert.deepEqual(answer.partner, entry);
      assert.equal(answer.request.status, 'accepted');
      assert.equal(answer.request.partnerId, entry.id);
      assert.equal(answer.request.handledAt, NOW.toISOString());
      assert.deepEqual((await partners()).at(-1), entry, 'the partner is in the public list');

      assertContractError(await call(server, 'POST', apiPath('acceptJoinRequest', { id: request.id }), { key: as('network'), body: { partner: { ...entry, id: fresh('again') } } }), 409, 'already-accepted');
      assertContractError(await call(server, 'POST', apiPath('declineJoinRequest', { id: request.id }), { key: as('network') }), 409, 'already-accepted');
      assert.equal((await partners()).filter((p) => p.name === request.name).length, 1);
    });

    it('refuses an acceptance with a bad or taken entry and leaves the request new', async () => {
      const request = joinRequest();
      await call(server, 'POST', apiPath('joinRequest'), { body: request });
      const before = await partners();
      const accept = (body: unknown) => call(server, 'POST', apiPath('acceptJoinRequest', { id: request.id }), { key: as('network'), body });
      assert.deepEqual(issuePaths(await accept({ partner: { ...partner(), email: 'keine-mail' } })), ['partner.email']);
      assert.deepEqual(issuePaths(await accept({})), ['partner']);
      assertContractError(await accept({ partner: { ...partner(), id: before[0]!.id } }), 409, 'id-conflict');
      assertContractError(await call(server, 'POST', apiPath('acceptJoinRequest', { id: 'gibt-es-nicht' }), { key: as('network'), body: { partner: partner() } }), 404, 'not-found');
      assert.deepEqual(await partners(), before);
      assert.equal((await requests()).find((r) => r.id === request.id)?.status, 'new');
    });

    it('declines and deletes requests', async () => {
      const declined = joinRequest();
      const deleted = joinRequest();
      await call(server, 'POST', apiPath('joinRequest'), { body: declined });
      await call(server, 'POST', apiPath('joinRequest'), { body: deleted });
      const answer = await call(server, 'POST', apiPath('declineJoinRequest', { id: declined.id }), { key: as('network') });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { ...declined, receivedAt: NOW.toISOString(), status: 'declined', handledAt: NOW.toISOString() } satisfies StoredJoinRequest);
      assert.equal((await call(server, 'DELETE', apiPath('deleteJoinRequest', { id: deleted.id }), { key: as('network') })).status, 204);
      assert.ok(!(await requests()).some((r) => r.id === deleted.id));
      assertContractError(await call(server, 'DELETE', apiPath('deleteJoinRequest', { id: deleted.id }), { key: as('network') }), 404, 'not-found');
    });

    it('imports a German Excel CSV: the dry run reports and writes nothing, the import writes the rows, umlauts intact', async () => {
      const before = await partners();
      const csv = await readFixture('partner-excel-de.csv');
      const dry = await upload(server, as('network'), csv, 'text/csv', true);
      assert.equal(dry.status, 200, dry.text);
      const dryReport = dry.body as ImportReport;
      assert.equal(dryReport.dryRun, true);
      assert.equal(dryReport.written, false);
      assert.equal(dryReport.added, 3);
      assert.deepEqual(await partners(), before, 'a dry run writes nothing');

      const done = await upload(server, as('network'), csv, 'application/vnd.ms-excel', false);
      const report = done.body as ImportReport;
      assert.equal(report.written, true);
      assert.equal(report.added, 3);
      const names = (await partners()).map((p) => p.name);
      for (const name of ['Jugendförderverein Süd e. V.', 'Berufskolleg Am Weißen Stein', 'Städtepartnerschaftsverein Musterstadt–Évreux']) {
        assert.ok(names.includes(name), `${name} in ${names.slice(-3).join(' | ')}`);
      }
      assert.deepEqual((await partners()).slice(0, before.length), before, 'the partners there before stay as they were, in order');
      const again = (await upload(server, as('network'), csv, 'text/csv', true)).body as ImportReport;
      assert.equal(again.unchanged, 3, 'importing the same file twice changes nothing the second time');
    });

    it('refuses bad rows with their reasons; they are never written, the good row only when the import is confirmed', async () => {
      const before = await partners();
      const csv = await readFixture('partner-bad-rows.csv');
      const dry = (await upload(server, as('network'), csv, 'text/csv', true)).body as ImportReport;
      assert.equal(dry.refused, 4);
      assert.equal(dry.added, 1);
      for (const row of dry.rows.filter((r) => r.action === 'refuse')) assert.ok(row.notes.length > 0, JSON.stringify(row));
      assert.deepEqual(await partners(), before);
      const done = (await upload(server, as('network'), csv, 'text/csv', false)).body as ImportReport;
      assert.equal(done.written, true);
      const after = await partners();
      assert.equal(after.length, before.length + 1);
      assert.equal(after.at(-1)!.name, 'Gute Zeile');
    });

    it('imports the second sheet of a workbook whose first sheet is instructions', async () => {
      const xlsx = await readFixture('partner-two-sheets.xlsx');
      const report = (await upload(server, as('network'), xlsx, XLSX_MEDIA_TYPE, true)).body as ImportReport;
      assert.ok(report.added + report.changed > 0, JSON.stringify(report));
      assert.equal(report.refused, 0, JSON.stringify(report.rows.filter((r) => r.action === 'refuse')));
    });

    it('exports CSV and XLSX that import back unchanged', async () => {
      const count = (await partners()).length;
      for (const format of ['csv', 'xlsx'] as const) {
        const response = await fetch(`${server.base}${apiPath('exportPartners')}?format=${format}`, { headers: { authorization: `Bearer ${as('network')}` } });
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="partner\\.${format}"`));
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (format === 'csv') assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'CSV with a BOM, for Excel');
        const type = format === 'csv' ? 'text/csv' : XLSX_MEDIA_TYPE;
        const report = (await upload(server, as('network'), bytes, type, true)).body as ImportReport;
        assert.equal(report.unchanged, count, `${format}: ${JSON.stringify(report.rows.filter((r) => r.action !== 'unchanged').slice(0, 3))}`);
        assert.equal(report.added + report.changed + report.refused, 0);
      }
      assertContractError(await call(server, 'GET', `${apiPath('exportPartners')}?format=pdf`, { key: as('network') }), 400, 'invalid');
    });

    it('refuses what is no partner list (JSON, a PDF) with a reason, and writes nothing', async () => {
      const before = await partners();
      assertContractError(await call(server, 'POST', apiPath('importPartners'), { key: as('network'), body: { partners: [] } }), 415, 'unsupported-media-type');
      const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
      const notCsv = await upload(server, as('network'), pdf, 'application/octet-stream', false);
      assertContractError(notCsv, 400, 'invalid');
      assert.match(JSON.stringify(notCsv.body), /No heading row with the column Name/);
      assertContractError(await upload(server, as('network'), pdf, 'application/pdf', false), 415, 'unsupported-media-type');
      assertContractError(await upload(server, as('network'), new Uint8Array(), 'text/csv', false), 400, 'invalid');
      assert.deepEqual(await partners(), before);
    });

    it('deletes handled requests after the retention period, and keeps new ones', async () => {
      const handled = joinRequest();
      const waiting = joinRequest();
      await call(server, 'POST', apiPath('joinRequest'), { body: handled });
      await call(server, 'POST', apiPath('joinRequest'), { body: waiting });
      await call(server, 'POST', apiPath('declineJoinRequest', { id: handled.id }), { key: as('network') });
      const day = 24 * 3_600_000;
      assert.equal(await purgeHandledRequests(server.repo, 30, new Date(NOW.getTime() + 29 * day)), 0);
      assert.ok((await requests()).some((r) => r.id === handled.id), 'kept within the 30 days');
      assert.ok((await purgeHandledRequests(server.repo, 30, new Date(NOW.getTime() + 31 * day))) >= 1);
      const left = await requests();
      assert.ok(!left.some((r) => r.id === handled.id), 'deleted after 30 days');
      assert.ok(left.some((r) => r.id === waiting.id), 'a request nobody answered yet stays');
    });
  });
}
