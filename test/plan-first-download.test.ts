import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import type { IjaFivePointPlan } from '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import { newRunId } from './helpers/api.js';

/**
 * A plan shown from a server (the demo home page's) downloads no editing code with its data: the session's code comes
 * when the first look for changes is due. Its own file, so no other test has loaded that code into this page before.
 */

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sessionDownloaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/plan-session.'));

describe('ija-five-point-plan, first download', () => {
  it('loads the editing session only when the first look for changes is due, and then shows other editors\' changes', async () => {
    const run = newRunId();
    const baseUrl = `/__ref/${run}/api`;
    const keys = (await (await fetch(`/__ref/${run}/__keys`)).json()) as { editor: string };
    const el = await fixture<IjaFivePointPlan>(
      html`<ija-five-point-plan .adapter=${createFetchAdapter({ baseUrl, retries: 0 })} refresh-seconds="2"></ija-five-point-plan>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('li.point'), 'plan did not render', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sessionDownloaded(), 'plan-session downloaded with the data').to.equal(false);
    await expect(el).to.be.accessible();

    const editor = createFetchAdapter({ baseUrl, retries: 0, headers: { authorization: `Bearer ${keys.editor}` } });
    await editor.updatePlanPoint('fuenf-punkte-plan', 'netzwerk', { responsible: 'Jugendring' });
    const point = () => el.shadowRoot!.querySelector('li.point[data-id="netzwerk"]');
    await waitUntil(() => text(point()?.querySelector('.meta')).includes('Jugendring'), 'the change did not arrive', { timeout: 6000 });
    expect(sessionDownloaded()).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('.plan > p[role="status"]'))).to.contain('Lokales Netzwerk');
  }).timeout(12000);
});
