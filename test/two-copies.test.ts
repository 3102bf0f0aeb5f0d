import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { apiBase, newRunId, serverLog } from './helpers/api.js';

type Bundle = typeof import('./helpers/bundle-entry.js');

/** Two independent, self-contained copies of the bundle, as a page with a CMS plugin and a theme might load. */
const loadCopy = (n: number) => import(/* @vite-ignore */ `/__bundle/ija-widgets.js?copy=${n}`) as Promise<Bundle>;

describe('two copies of the bundle on one page', () => {
  it('load without an error; the first copy keeps the tags', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const first = await loadCopy(1);
    const second = await loadCopy(2);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(first.IjaProvider).not.to.equal(second.IjaProvider);
    expect(customElements.get('ija-provider')).to.equal(first.IjaProvider);
    expect(customElements.get('ija-test-widget')).to.equal(first.IjaTestWidget);
  });

  it("share the adapter context: a provider from one copy serves a widget from the other", async () => {
    const second = await loadCopy(2);
    if (!customElements.get('ija-provider-zwei')) customElements.define('ija-provider-zwei', second.IjaProvider);
    const run = newRunId();
    const provider = await fixture(html`<ija-provider-zwei api=${apiBase('ok', run)}></ija-provider-zwei>`);
    const widget = document.createElement('ija-test-widget');
    const loaded = oneEvent(widget, 'ija-load');
    provider.append(widget);
    const { detail } = await loaded;
    expect(detail.source).to.equal('provider');
    expect((await serverLog(run)).requests[0]!.path).to.equal('/plans/fuenf-punkte-plan');
  });
});
