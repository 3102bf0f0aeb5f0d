import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import './helpers/ija-test-widget.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import type { LocalizeController } from '../src/core/i18n/localize-controller.js';
import { matchLocale, registerLocale } from '../src/core/i18n/locales.js';
import { describeError } from '../src/core/i18n/describe-error.js';
// The error view hands its full texts per reason to describeError (as it does when a widget shows an error).
import '../src/base/error-view.js';
import { de } from '../src/core/i18n/messages/de.js';
import en from '../src/core/i18n/locales/en.js';
import { IjaAdapterError } from '../src/core/errors.js';

const buttonText = (el: IjaTestWidget) => el.shadowRoot!.querySelector('button')?.textContent?.trim();
const localizeOf = (el: IjaTestWidget) => (el as unknown as { localize: LocalizeController }).localize;

async function settle(el: IjaTestWidget) {
  await nextFrame();
  await el.updateComplete;
}

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-US'));

  it('is German by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget></ija-test-widget>`);
    await el.data.task.taskComplete;
    await settle(el);
    expect(buttonText(el)).to.equal('Erneut versuchen');
    expect(localizeOf(el).locale).to.equal('de');
  });

  it('follows <html lang>, then a nearer ancestor, then the element itself, and changes live', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const wrapper = await fixture(html`<div><section><ija-test-widget></ija-test-widget></section></div>`);
    const el = wrapper.querySelector('ija-test-widget')!;
    await el.data.task.taskComplete;
    await waitUntil(() => buttonText(el) === 'Try again', 'English texts');

    wrapper.setAttribute('lang', 'de-AT');
    await settle(el);
    expect(buttonText(el)).to.equal('Erneut versuchen');
    expect(localizeOf(el).lang).to.equal('de-AT');

    el.setAttribute('lang', 'en');
    await settle(el);
    expect(buttonText(el)).to.equal('Try again');

    el.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'de');
    await settle(el);
    expect(buttonText(el)).to.equal('Erneut versuchen');
  });

  it('finds lang across shadow roots (a widget inside another component)', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('ija-test-widget');
    root.append(el);
    await el.data.task.taskComplete;
    await waitUntil(() => buttonText(el) === 'Try again', 'English texts');
  });

  it('falls back to German for an unknown language, says so once in the console, and marks itself German', async () => {
    const notes: string[] = [];
    const info = console.info;
    console.info = (message: string) => notes.push(message);
    try {
      const page = await fixture(html`<div lang="fr-FR"><ija-test-widget></ija-test-widget><ija-test-widget></ija-test-widget></div>`);
      const [first, second] = page.querySelectorAll('ija-test-widget');
      await waitUntil(() => first!.getAttribute('lang') === 'de' && second!.getAttribute('lang') === 'de', 'marked as German');
      expect(localizeOf(first as IjaTestWidget).locale).to.equal('de');
      expect(localizeOf(first as IjaTestWidget).lang).to.equal('fr-FR');
      page.setAttribute('lang', 'en');
      await waitUntil(() => !first!.hasAttribute('lang'), 'takes back its own lang');
    } finally {
      console.info = info;
    }
    expect(notes).to.have.length(1);
    expect(notes[0]).to.contain('"fr-FR"');
  });

  it('prefers the most specific registered table (de-x-leichte-sprache before de)', () => {
    registerLocale('de-x-test', { ...de, common: { ...de.common, retry: 'Noch mal' } });
    expect(matchLocale('de-x-test')!.messages.common.retry).to.equal('Noch mal');
    expect(matchLocale('de-CH')!.code).to.equal('de');
    expect(matchLocale('fr')).to.equal(undefined);
  });

  it('formats dates and numbers with Intl in the element language', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget lang="de-DE"></ija-test-widget>`);
    const date = new Date(Date.UTC(2027, 2, 4, 12));
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeZone: 'Europe/Berlin' };
    expect(localizeOf(el).formatDate(date, options)).to.equal('Donnerstag, 4. März 2027');
    expect(localizeOf(el).formatNumber(1234.5)).to.equal('1.234,5');
    el.setAttribute('lang', 'en');
    await waitUntil(() => localizeOf(el).formatDate(date, options) === 'Thursday, March 4, 2027', 'English dates');
    expect(localizeOf(el).formatList(['A', 'B', 'C'])).to.equal('A, B, and C');
  });
});

describe('messages', () => {
  it('have the same keys in German and English', () => {
    const keys = (table: object): string[] =>
      Object.entries(table).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value as object).map((k) => `${key}.${k}`) : [key],
      );
    expect(keys(en)).to.deep.equal(keys(de));
  });

  it('use plural forms', () => {
    expect(de.common.droppedRecords(1)).to.equal('1 fehlerhafter Eintrag wurde ausgelassen.');
    expect(de.common.droppedRecords(3)).to.equal('3 fehlerhafte Einträge wurden ausgelassen.');
    expect(en.common.droppedRecords(1)).to.equal('1 faulty entry was left out.');
    expect(en.common.droppedRecords(2)).to.equal('2 faulty entries were left out.');
  });

  it('turn adapter errors into sentences', () => {
    expect(describeError(new IjaAdapterError('timeout', 'x'), de)).to.equal('Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.');
    expect(describeError(new IjaAdapterError('http', 'x', { status: 429, retryAfterMs: 30_000 }), en)).to.equal(
      'The server refused the request. Server response: 429. Please try again in 30 seconds.',
    );
    expect(describeError(new Error('?'), de)).to.equal(de.errors.unknown);
  });
});
