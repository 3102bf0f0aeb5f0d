import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import './helpers/ija-test-widget.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import type { LocalizeController } from '../src/core/i18n/localize-controller.js';
import { matchLocale, registerLocale, type Messages } from '../src/core/i18n/locales.js';
import en from '../src/core/i18n/locales/en.js';

const buttonText = (el: Element) => el.shadowRoot!.querySelector('button')?.textContent?.trim();
const localizeOf = (el: Element) => (el as unknown as { localize: LocalizeController }).localize;

/** A site's own English wording, as it would register it with registerLocale. */
const siteEnglish = (retry: string): Messages => ({ ...en, common: { ...en.common, retry } });

/** The language tables of this page start empty but for German: each test file runs in a page of its own. */
describe('a language the site registers itself', () => {
  // First: English has not been loaded in this page yet, so the site registers while it is on its way.
  it('wins over the built-in English that was loading when the site registered it', async () => {
    expect(matchLocale('en'), 'English is not built in').to.equal(undefined);
    const page = await fixture(html`<div lang="en"></div>`);
    const el = document.createElement('ija-test-widget');
    page.append(el);
    const site = siteEnglish('Have another go');
    registerLocale('en', site);
    await waitUntil(() => buttonText(el) === 'Have another go', 'the site’s English');
    expect(matchLocale('en')!.messages).to.equal(site);
    expect(el.hasAttribute('lang'), 'no own lang once English is shown').to.equal(false);
  });

  it('is shown at once when the site registered it before the widgets', async () => {
    const site = siteEnglish('Once more, please');
    registerLocale('en', site);
    const page = await fixture(html`<div lang="en-US"><ija-test-widget></ija-test-widget></div>`);
    const el = page.querySelector('ija-test-widget') as IjaTestWidget;
    await el.data.task.taskComplete;
    await el.updateComplete;
    expect(buttonText(el)).to.equal('Once more, please');
    expect(localizeOf(el).locale).to.equal('en');
    await nextFrame();
    expect(el.hasAttribute('lang'), 'never marked German').to.equal(false);
    expect(matchLocale('en')!.messages).to.equal(site);
  });
});
