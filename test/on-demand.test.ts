import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { importAgain, onDemand } from '../src/core/on-demand.js';
import { renderOnDemand, stateStyles } from '../src/base/states.js';
import { de } from '../src/core/i18n/messages/de.js';
import { IjaAdapterError } from '../src/core/errors.js';

/** A part loaded on demand whose first download fails (the venue's Wi-Fi dropped), the second works. */
let attempts = 0;
const flakyPart = onDemand(async () => {
  attempts++;
  if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return { label: 'Teil geladen' };
});

class OnDemandHost extends LitElement {
  static override styles = stateStyles;
  override render() {
    return renderOnDemand(de, this, flakyPart, (part) => html`<p class="part">${part.label}</p>`);
  }
}
customElements.define('ija-on-demand-host', OnDemandHost);

describe('code loaded on demand', () => {
  it('shows loading, then an error with retry when the download fails, then the part after retry', async () => {
    const el = await fixture<OnDemandHost>(html`<ija-on-demand-host></ija-on-demand-host>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.state.error') !== null, 'no error state');
    expect(flakyPart.error instanceof IjaAdapterError && flakyPart.error.kind === 'network').to.equal(true);
    expect(el.shadowRoot!.querySelector('.state.error')!.textContent).to.contain('nicht erreichbar');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.state.error button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.part') !== null, 'not loaded after retry');
    expect(el.shadowRoot!.querySelector('.part')!.textContent).to.equal('Teil geladen');
    expect(attempts).to.equal(2);
  });

  it('loads once for every caller', async () => {
    let loads = 0;
    const part = onDemand(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(loads).to.equal(1);
    expect(part.value).to.equal(a);
  });
});

describe('importAgain', () => {
  it('imports the file again under a fresh query when the import failed (Chromium keeps a failed import)', async () => {
    const url = new URL('../src/core/join-reference.ts', import.meta.url).href;
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
    };
    const module = await importAgain<typeof import('../src/core/join-reference.js')>(failing);
    expect(calls).to.equal(1);
    expect(module.joinReference('1f3a9c2b-0000')).to.equal('1F3A-9C2B');
  });

  it('passes the error on when it names no file, and when the second try fails too', async () => {
    const plain = new TypeError('Importing a module script failed.');
    expect(await importAgain(() => Promise.reject(plain)).catch((error: unknown) => error)).to.equal(plain);
    const missing = `${location.origin}/does-not-exist-${Date.now()}.js`;
    const error = await importAgain(() => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${missing}`))).catch((e: unknown) => e);
    expect(String(error)).to.contain('does-not-exist');
  });
});
