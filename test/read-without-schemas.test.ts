import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import { fastPaths, validators } from '../src/core/schemas/validators.js';
import { newRunId, testAdapter } from './helpers/api.js';

/**
 * Plainly valid data from a real HTTP server is checked by the plain checks alone: zod and the schemas are
 * not even downloaded. Doubtful data still gets the schemas' full check and readable issues. This file
 * imports nothing that imports zod, so any zod module the page fetched was loaded by the code under test.
 */

/** Modules of zod or the schemas this page has fetched. */
const schemaModulesFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/zod\/|\/schemas\/(?:index|fields|parse|partner|agenda|board|plan)\.[jt]s/.test(url));

const shadow = (el: Element) => el.shadowRoot!;
const cardTexts = (el: IjaLeitfragenBoard) => [...shadow(el).querySelectorAll('li.card')].map((card) => card.textContent ?? '');

describe('reading without the schemas', () => {
  it('reads valid partners, agenda, board and plan through the fetch adapter without loading the schemas', async () => {
    const adapter = testAdapter('ok', newRunId());
    const [partners, agenda, board, plan] = await Promise.all([
      adapter.getPartners(),
      adapter.getAgenda('tag-1'),
      adapter.getBoard('leitfragen'),
      adapter.getPlan('plan-1'),
    ]);
    expect(partners).to.deep.include({ issues: [] });
    expect(partners.data.map((partner) => partner.id)).to.deep.equal(['p1', 'p2']);
    expect([agenda.data.title, agenda.data.timezone, agenda.data.items.length]).to.deep.equal(['Werkstattgespräch Musterstadt', 'Europe/Berlin', 1]);
    expect(board.data.questions.map((question) => question.id)).to.deep.equal(['q1']);
    expect(plan.data.points.map((point) => point.id)).to.deep.equal(['netzwerk']);
    expect(fastPaths.value !== undefined, 'the plain checks did the work').to.equal(true);
    // (Booleans: chai would describe a loaded module, zod's schemas and all, at length.)
    expect(validators.value === undefined, 'the schemas stay unloaded').to.equal(true);
    expect(schemaModulesFetched()).to.deep.equal([]);
  });

  it('keeps a live board (its events and its outbox) off the schemas', async function () {
    this.timeout(30_000);
    const run = newRunId();
    // Generous waits: the machine running the suite may be busy; a live board is normally there in well under a second.
    const el = await fixture<IjaLeitfragenBoard>(html`<ija-leitfragen-board api=${`/__ref/${run}/api`}></ija-leitfragen-board>`);
    await waitUntil(() => shadow(el).querySelector('.status')?.textContent?.trim() === 'Live verbunden', 'not live', { timeout: 10_000 });
    // Another participant's idea arrives as an event.
    const response = await fetch(`/__ref/${run}/api/boards/leitfragen/cards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ija-client': 'another-participant' },
      body: JSON.stringify({ id: 'from-another', questionId: 'schnittstellen', text: 'Die Handwerkskammer fragen' }),
    });
    expect(response.status).to.equal(201);
    await waitUntil(() => cardTexts(el).some((text) => text.includes('Die Handwerkskammer fragen')), 'event not applied', { timeout: 10_000 });
    expect(validators.value === undefined).to.equal(true);
    expect(schemaModulesFetched()).to.deep.equal([]);
  });

  it('still checks a broken answer with the schemas and reports the same issues', async () => {
    const { data, issues } = await testAdapter('invalidpartner', newRunId()).getPartners();
    expect(data.map((partner) => partner.id)).to.deep.equal(['p1', 'p2']);
    expect(issues).to.deep.equal([
      { path: 'partners[2].category', message: 'Expected one of "vereine", "jugendarbeit", "politik", "schule-beruf"', record: 'partners[2]' },
    ]);
    expect(validators.value !== undefined).to.equal(true);
    expect(schemaModulesFetched()).not.to.deep.equal([]);
  });
});
