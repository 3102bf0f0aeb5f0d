import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/drop-in.js';
import { upgradePlaceholder } from '../src/placeholders.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';

const FIXTURE = new URL('./fixtures/partners.json', import.meta.url).pathname;

describe('CMS placeholder mode', () => {
  it('turns a placeholder into its element, data-* into attributes, keeping id, class and lang', async function () {
    // The fixture's invalid records load the schemas (zod) on demand: the dev server's first build of them is slow under load.
    this.timeout(20_000);
    const wrapper = await fixture(html`<div>
      <div data-ija="partner-map" data-src=${FIXTURE} data-category="politik" data-new-to-ija="" id="netz" class="cms-box" lang="en" style="color: red">
        <p>Das Partnernetz wird geladen …</p>
      </div>
    </div>`);
    await waitUntil(() => wrapper.querySelector('ija-partner-map') !== null, 'placeholder not upgraded');
    const el = wrapper.querySelector('ija-partner-map') as IjaPartnerMap;
    expect(wrapper.querySelector('[data-ija]')).to.equal(null);
    expect(el.getAttribute('src')).to.equal(FIXTURE);
    expect(el.category).to.equal('politik');
    expect(el.newToIja).to.equal(true);
    expect([el.id, el.className, el.lang]).to.deep.equal(['netz', 'cms-box', 'en']);
    expect(el.hasAttribute('style')).to.equal(false);
    expect(el.querySelector('p')!.textContent).to.contain('Das Partnernetz');
    // The fixture holds invalid records: the schemas load once the plain checks decline it, after the answer.
    await waitUntil(() => el.allPartners.length > 0, 'partners did not load', { timeout: 15_000 });
  });

  it('upgrades placeholders added later, nested ones inside a provider too', async () => {
    const host = await fixture(html`<div></div>`);
    const provider = document.createElement('div');
    provider.dataset['ija'] = 'provider';
    provider.dataset['api'] = '/api/ija';
    provider.innerHTML = '<div data-ija="five-point-plan" data-mode="check"></div>';
    host.append(provider);
    await waitUntil(() => host.querySelector('ija-provider ija-five-point-plan') !== null, 'later placeholders not upgraded');
    expect(host.querySelector('ija-provider')!.getAttribute('api')).to.equal('/api/ija');
    expect(host.querySelector('ija-five-point-plan')!.getAttribute('mode')).to.equal('check');
  });

  it('leaves an unknown name alone and warns once', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const placeholder = await fixture<HTMLDivElement>(html`<div data-ija="kalender"><p>Kalender</p></div>`);
      expect(upgradePlaceholder(placeholder)).to.equal(undefined);
      expect(upgradePlaceholder(placeholder)).to.equal(undefined);
      expect(placeholder.isConnected).to.equal(true);
      expect(warnings.filter((w) => String(w).includes('kalender'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
