import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROUTES, type RouteName } from '../../src/core/adapter/routes.js';
import type { Agenda } from '../../src/core/schemas/agenda.js';
import type { Board, Card } from '../../src/core/schemas/board.js';
import type { Partner } from '../../src/core/schemas/partner.js';
import type { Plan } from '../../src/core/schemas/plan.js';
import { ALL_ROUTES } from '../core/routes/index.js';
import { DEFAULT_SITE, type Role, type SiteId } from '../repository/repository.js';
import { DEMO_AGENDA_ID, DEMO_BOARD_ID, DEMO_PLAN_ID } from '../seed.js';
import { apiPath, assertContractError, call, openStream, rawRequest, startTestServer, type Answer, type TestServer } from './helpers/test-server.js';

/**
 * Sites and roles: every site (a municipality, a youth ring) has its own partners, agendas, boards,
 * plans and keys under `/sites/<site>/api`; the network key reads join requests (personal data),
 * the editor key writes agendas and plans, the moderator key moderates boards.
 */

const RING = 'jugendring';
const EMPTY = 'leer';
const SITES = [
  { id: RING, title: 'Jugendring Musterkreis', seed: true },
  { id: EMPTY, title: 'Noch leer' },
];
const QUESTION = 'schnittstellen';

let uniq = 0;
const fresh = (prefix: string) => `${prefix}-${process.pid}-${++uniq}`;
const client = () => fresh('client');

const joinRequest = (email = 'robin@jugendkunstschule.example') => ({
  id: fresh('join'),
  name: 'Jugendkunstschule Musterstadt',
  category: 'jugendarbeit',
  contactName: 'Robin Beispiel',
  email,
});

async function ok(answer: Promise<Answer>, status = 200): Promise<Answer> {
  const done = await answer;
  assert.equal(done.status, status, done.text);
  return done;
}

/** What one site holds, read over HTTP with its own keys. */
async function readSite(server: TestServer, site: SiteId) {
  const keys = server.keys[site]!;
  return {
    partners: ((await ok(call(server, 'GET', apiPath('partners', {}, site)))).body as { partners: Partner[] }).partners,
    board: (await ok(call(server, 'GET', apiPath('board', { id: DEMO_BOARD_ID }, site), { key: keys.moderator }))).body as Board,
    agenda: (await ok(call(server, 'GET', apiPath('agenda', { id: DEMO_AGENDA_ID }, site)))).body as Agenda,
    plan: (await ok(call(server, 'GET', apiPath('plan', { id: DEMO_PLAN_ID }, site)))).body as Plan,
    requests: ((await ok(call(server, 'GET', apiPath('joinRequests', {}, site), { key: keys.network }))).body as { requests: { id: string }[] }).requests,
  };
}

async function addCard(server: TestServer, site: SiteId, who: string, text = 'Eine Idee'): Promise<Card> {
  const answer = await ok(
    call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }, site), { client: who, body: { id: fresh('card'), questionId: QUESTION, text } }),
    201,
  );
  return answer.body as Card;
}

describe('sites', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ sites: SITES });
  });
  after(() => server.close());

  it('answer an unknown site with 404 on every route, whatever the key', async () => {
    const key = server.keys[DEFAULT_SITE]!.moderator;
    for (const route of ALL_ROUTES) {
      const path = apiPath(route.name, { id: DEMO_BOARD_ID, cardId: 'karte', pointId: 'netzwerk' }, 'gibt-es-nicht');
      const method = ROUTES[route.name].method;
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      for (const options of [{}, { key }, { client: client() }]) {
        const answer = await call(server, method, path, { ...options, body });
        assertContractError(answer, 404, 'not-found');
      }
    }
    // A site id that cannot be one, and a site's API without a route.
    // (Sent raw: fetch would resolve the dot segment before sending.)
    const dots = await rawRequest(server, 'GET /sites/%2E%2E/api/partners HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    assertContractError(dots, 404, 'not-found');
    assertContractError(await call(server, 'GET', `/sites/${'x'.repeat(300)}/api/partners`), 404, 'not-found');
    assertContractError(await call(server, 'GET', `/sites/${RING}/api/gibt-es-nicht`), 404, 'not-found');
  });

  it('are seeded on their own: an empty site has no partners and no board', async () => {
    const partners = await ok(call(server, 'GET', apiPath('partners', {}, EMPTY)));
    assert.deepEqual(partners.body, { partners: [] });
    assertContractError(await call(server, 'GET', apiPath('board', { id: DEMO_BOARD_ID }, EMPTY)), 404, 'not-found');
    assertContractError(await call(server, 'GET', apiPath('agenda', { id: DEMO_AGENDA_ID }, EMPTY)), 404, 'not-found');
    assertContractError(await call(server, 'GET', apiPath('plan', { id: DEMO_PLAN_ID }, EMPTY)), 404, 'not-found');
    const requests = await ok(call(server, 'GET', apiPath('joinRequests', {}, EMPTY), { key: server.keys[EMPTY]!.network }));
    assert.deepEqual(requests.body, { requests: [] });
  });

  it('keep their data apart: what is written on one site is not seen on another', async () => {
    const ringPartner: Partner = { id: 'jugendring-kreis', name: 'Kreisjugendring Musterkreis', category: 'jugendarbeit' };
    await server.repo.replacePartners(RING, [ringPartner]);
    const defaultBefore = await readSite(server, DEFAULT_SITE);
    const ring = server.keys[RING]!;

    const defaultStream = await openStream(server, `${apiPath('boardEvents', { id: DEMO_BOARD_ID })}?client=${client()}`);
    const ringStream = await openStream(server, `${apiPath('boardEvents', { id: DEMO_BOARD_ID }, RING)}?client=${client()}`);
    try {
      assert.equal((await defaultStream.next()).event.type, 'board-updated');
      assert.equal((await ringStream.next()).event.type, 'board-updated');

      // Writes on the youth ring's site, through its API.
      const ringCard = await addCard(server, RING, client(), 'Nur im Jugendring');
      const join = joinRequest('kontakt@jugendring.example');
      await ok(call(server, 'POST', apiPath('joinRequest', {}, RING), { body: join }), 201);
      const ringAgenda = (await readSite(server, RING)).agenda;
      await ok(call(server, 'PUT', apiPath('saveAgenda', { id: DEMO_AGENDA_ID }, RING), { key: ring.editor, body: { ...ringAgenda, title: 'Jugendring-Werkstatt' } }));
      const pointId = defaultBefore.plan.points[0]!.id;
      await ok(call(server, 'PATCH', apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId }, RING), { key: ring.editor, body: { status: 'done' } }));
      await ok(call(server, 'PATCH', apiPath('updateBoard', { id: DEMO_BOARD_ID }, RING), { key: ring.moderator, body: { title: 'Leitfragen im Jugendring' } }));

      const ringNow = await readSite(server, RING);
      assert.deepEqual(ringNow.partners, [ringPartner]);
      assert.ok(ringNow.board.cards.some((card) => card.id === ringCard.id));
      assert.equal(ringNow.board.title, 'Leitfragen im Jugendring');
      assert.deepEqual(ringNow.requests.map((request) => request.id), [join.id]);
      assert.equal(ringNow.agenda.title, 'Jugendring-Werkstatt');
      assert.equal(ringNow.plan.points[0]!.status, 'done');
      // The default site is as it was.
      assert.deepEqual(await readSite(server, DEFAULT_SITE), defaultBefore);

      // A live viewer of the default site's board hears nothing of the other site's board.
      const ringEvent = await ringStream.next();
      assert.equal(ringEvent.event.type === 'card-added' && ringEvent.event.card.id, ringCard.id);
      const defaultCard = await addCard(server, DEFAULT_SITE, client(), 'Nur in Musterstadt');
      const defaultEvent = await defaultStream.next();
      assert.equal(defaultEvent.event.type === 'card-added' && defaultEvent.event.card.id, defaultCard.id);
      assert.equal(defaultEvent.id, '1', 'the default board\'s own event log');
      const ringAfter = await readSite(server, RING);
      assert.ok(!ringAfter.board.cards.some((card) => card.id === defaultCard.id));

      // The same card id may exist on both sites.
      const sameId = fresh('card');
      for (const site of [DEFAULT_SITE, RING]) {
        await ok(call(server, 'POST', apiPath('addCard', { id: DEMO_BOARD_ID }, site), { client: client(), body: { id: sameId, questionId: QUESTION, text: site } }), 201);
      }
      for (const site of [DEFAULT_SITE, RING]) {
        assert.equal((await readSite(server, site)).board.cards.find((card) => card.id === sameId)?.text, site);
      }
    } finally {
      defaultStream.close();
      ringStream.close();
    }
  });
});

describe('keys per site', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ sites: SITES });
  });
  after(() => server.close());

  /** A call that needs `role`'s key, on `site`. */
  async function asRole(site: SiteId, role: Role, key: string): Promise<Answer> {
    switch (role) {
      case 'network':
        return call(server, 'GET', apiPath('joinRequests', {}, site), { key });
      case 'editor':
        return call(server, 'PATCH', apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: 'netzwerk' }, site), { key, body: { status: 'in-progress' } });
      case 'moderator':
        return call(server, 'PATCH', apiPath('updateBoard', { id: DEMO_BOARD_ID }, site), { key, body: { locked: false } });
    }
  }

  it('a key of one site is 401 on another; each site\'s own key works', async () => {
    const before = { default: await readSite(server, DEFAULT_SITE), ring: await readSite(server, RING) };
    for (const role of ['network', 'editor', 'moderator'] as const) {
      const own = { default: server.keys[DEFAULT_SITE]![role], ring: server.keys[RING]![role] };
      assert.notEqual(own.default, own.ring);
      assertContractError(await asRole(RING, role, own.default), 401, 'unauthorized');
      assertContractError(await asRole(DEFAULT_SITE, role, own.ring), 401, 'unauthorized');
    }
    // Nothing was written by the refused calls.
    assert.deepEqual(await readSite(server, DEFAULT_SITE), before.default);
    assert.deepEqual(await readSite(server, RING), before.ring);
    // A foreign key on a public read is refused too: a key that is sent must be right.
    const foreign = await call(server, 'GET', apiPath('board', { id: DEMO_BOARD_ID }, RING), { key: server.keys[DEFAULT_SITE]!.moderator });
    assertContractError(foreign, 401, 'unauthorized');

    for (const role of ['network', 'editor', 'moderator'] as const) {
      for (const site of [DEFAULT_SITE, RING]) assert.equal((await asRole(site, role, server.keys[site]![role])).status, 200, `${site} ${role}`);
    }
  });
});

for (const site of [DEFAULT_SITE, RING]) {
  describe(`roles on ${site === DEFAULT_SITE ? 'the default site' : 'another site'}`, () => {
    let server: TestServer;
    let keys: Record<Role, string>;
    before(async () => {
      server = await startTestServer({ sites: SITES });
      keys = server.keys[site]!;
    });
    after(() => server.close());

    it('the network key reads join requests; the moderator and editor keys get 401', async () => {
      const join = joinRequest();
      await ok(call(server, 'POST', apiPath('joinRequest', {}, site), { body: join }), 201);
      const list = await ok(call(server, 'GET', apiPath('joinRequests', {}, site), { key: keys.network }));
      assert.deepEqual(
        (list.body as { requests: { id: string; email: string }[] }).requests.map((request) => [request.id, request.email]),
        [[join.id, join.email]],
      );
      for (const key of [keys.moderator, keys.editor, undefined]) {
        assertContractError(await call(server, 'GET', apiPath('joinRequests', {}, site), { key }), 401, 'unauthorized');
      }
    });

    it('the editor key saves agendas and plans; the moderator key does not', async () => {
      const before = await readSite(server, site);
      const agendaPath = apiPath('saveAgenda', { id: DEMO_AGENDA_ID }, site);
      const pointPath = apiPath('updatePlanPoint', { id: DEMO_PLAN_ID, pointId: before.plan.points[1]!.id }, site);
      const agenda = { ...before.agenda, title: 'Von der Moderation geändert' };

      assertContractError(await call(server, 'PUT', agendaPath, { key: keys.moderator, body: agenda }), 401, 'unauthorized');
      assertContractError(await call(server, 'PATCH', pointPath, { key: keys.moderator, body: { status: 'done' } }), 401, 'unauthorized');
      assertContractError(await call(server, 'PUT', agendaPath, { body: agenda }), 401, 'unauthorized');
      assert.deepEqual(await readSite(server, site), before);

      const saved = await ok(call(server, 'PUT', agendaPath, { key: keys.editor, body: { ...agenda, title: 'Von der Redaktion geändert' } }));
      assert.equal((saved.body as Agenda).title, 'Von der Redaktion geändert');
      const point = await ok(call(server, 'PATCH', pointPath, { key: keys.editor, body: { status: 'done' } }));
      assert.equal((point.body as { status: string }).status, 'done');
      const after = await readSite(server, site);
      assert.equal(after.agenda.title, 'Von der Redaktion geändert');
      assert.equal(after.plan.points[1]!.status, 'done');
    });

    it('the moderator key moderates boards; the editor key does not (401)', async () => {
      const author = client();
      const card = await addCard(server, site, author, 'Zu moderieren');
      const other = await addCard(server, site, client(), 'Zusammenführen');
      const before = await readSite(server, site);
      const board = (name: RouteName, params: Record<string, string> = {}) => apiPath(name, { id: DEMO_BOARD_ID, ...params }, site);
      const attempts: [string, string, unknown?][] = [
        ['PATCH', board('updateBoard'), { locked: true }],
        ['POST', board('mergeCard', { cardId: other.id }), { into: card.id }],
        ['DELETE', board('clearBoard')],
      ];
      for (const [method, path, body] of attempts) {
        assertContractError(await call(server, method, path, { key: keys.editor, body }), 401, 'unauthorized');
      }
      // Hiding a card is moderation too, also for a page that sends a client id along with the editor key.
      const hide = await call(server, 'PATCH', board('updateCard', { cardId: card.id }), { key: keys.editor, client: client(), body: { hidden: true } });
      assertContractError(hide, 401, 'unauthorized');
      assert.deepEqual(await readSite(server, site), before);

      await ok(call(server, 'PATCH', board('updateCard', { cardId: card.id }), { key: keys.moderator, body: { hidden: true, insight: true } }));
      await ok(call(server, 'POST', board('mergeCard', { cardId: other.id }), { key: keys.moderator, body: { into: card.id } }));
      await ok(call(server, 'PATCH', board('updateBoard'), { key: keys.moderator, body: { locked: true } }));
      let now = (await readSite(server, site)).board;
      assert.equal(now.locked, true);
      assert.deepEqual(
        now.cards.filter((c) => c.id === card.id || c.id === other.id).map((c) => [c.id, c.hidden, c.insight]),
        [[card.id, true, true]],
      );
      await ok(call(server, 'DELETE', board('clearBoard'), { key: keys.moderator }));
      now = (await readSite(server, site)).board;
      assert.deepEqual(now.cards, []);
    });
  });
}

describe('an applicant\'s e-mail', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ sites: SITES });
  });
  after(() => server.close());

  for (const site of [DEFAULT_SITE, RING]) {
    it(`never reaches a facilitator with the moderator key (${site})`, async () => {
      const email = `geheim.${fresh('x')}@bewerbung.example`;
      const contactName = 'Kim Vertraulich';
      await ok(call(server, 'POST', apiPath('joinRequest', {}, site), { body: { ...joinRequest(email), contactName, phone: '+49 201 555 0100' } }), 201);
      const { moderator, network } = server.keys[site]!;
      // The network key does see it (so the search below looks for the right thing).
      const forNetwork = await ok(call(server, 'GET', apiPath('joinRequests', {}, site), { key: network }));
      assert.ok(forNetwork.text.includes(email) && forNetwork.text.includes(contactName));

      const seen: string[] = [];
      const card = await addCard(server, site, client(), 'Eine Idee');
      const reads: [string, string, unknown?][] = [];
      for (const route of ALL_ROUTES) {
        if (ROUTES[route.name].method !== 'GET' || route.name === 'boardEvents') continue;
        reads.push(['GET', apiPath(route.name, { id: idFor(route.name) }, site)]);
      }
      reads.push(
        ['PATCH', apiPath('updateBoard', { id: DEMO_BOARD_ID }, site), { locked: false }],
        ['PATCH', apiPath('updateCard', { id: DEMO_BOARD_ID, cardId: card.id }, site), { insight: true }],
        ['GET', '/openapi.json'],
        ['GET', '/healthz'],
        ['GET', '/readyz'],
      );
      for (const [method, path, body] of reads) {
        const answer = await call(server, method, path, { key: moderator, body });
        seen.push(`${method} ${path} → ${answer.status}\n${[...answer.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${answer.text}`);
      }
      const stream = await openStream(server, apiPath('boardEvents', { id: DEMO_BOARD_ID }, site), { authorization: `Bearer ${moderator}` });
      try {
        seen.push(JSON.stringify(await stream.next()));
      } finally {
        stream.close();
      }

      assert.ok(seen.some((text) => text.includes('Eine Idee')), 'the moderator reads the board');
      assert.ok(seen.some((text) => text.startsWith(`GET ${apiPath('joinRequests', {}, site)} → 401`)), 'the moderator key may not list join requests');
      for (const text of seen) {
        for (const secret of [email, email.split('@')[0]!, contactName, '555 0100']) {
          assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `"${secret}" shown to the moderator in:\n${text.slice(0, 500)}`);
        }
      }
    });
  }
});

function idFor(name: RouteName): string {
  if (name === 'agenda') return DEMO_AGENDA_ID;
  if (name === 'plan') return DEMO_PLAN_ID;
  return DEMO_BOARD_ID;
}
