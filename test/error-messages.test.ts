import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './helpers/ija-test-widget.js';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import { apiBase, newRunId, serverLog } from './helpers/api.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { errorReason } from '../src/core/error-reason.js';
import { networkError } from '../src/core/adapter/network-error.js';
import { describeReason } from '../src/core/i18n/describe-reason.js';
import { de } from '../src/core/i18n/messages/de.js';

/**
 * Each cause of a failed load says what happened and what to do, against the real test API
 * (test/server/test-api-middleware.mjs): in German and in English, axe clean, the technical detail folded away.
 */

const alertOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.state.error');
/** The visible message: the error state without its folded technical details. */
const messageOf = (el: Element) => alertOf(el)!.querySelector('p:not(.state-title)')!.textContent!.replace(/\s+/g, ' ').trim();

async function failed(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => alertOf(el), 'no error state', { timeout: 8000 });
  // The texts per reason are loaded before the error state shows; the details come with them.
  await waitUntil(() => alertOf(el)!.querySelector('details.technical'), 'no technical details');
  return el;
}

/** A server on another origin: the page is on localhost, 127.0.0.1 is another origin, and the test API sends no CORS headers. */
const otherOrigin = (scenario: string, run = newRunId()) => `http://127.0.0.1:${location.port}${apiBase(scenario, run)}`;

interface Cause {
  name: string;
  template: (lang: string) => ReturnType<typeof html>;
  de: RegExp;
  en: RegExp;
}

const CAUSES: Cause[] = [
  {
    name: 'refused by the CORS setting of another origin (or that server is down)',
    template: (lang) => html`<ija-test-widget lang=${lang} api=${otherOrigin('ok')}></ija-test-widget>`,
    de: new RegExp(`antwortet nicht, oder er lässt Anfragen von dieser Website nicht zu \\(CORS\\).*„${location.origin}“ zu seinen erlaubten Ursprüngen`),
    en: new RegExp(`does not answer, or it does not accept requests from this website \\(CORS\\).*"${location.origin}" is among its allowed origins`),
  },
  {
    name: 'not found (404): names the agenda',
    template: (lang) => html`<ija-workshop-agenda lang=${lang} api=${apiBase('ok', newRunId())} agenda-id="gibt-es-nicht"></ija-workshop-agenda>`,
    de: /^Die Tagesordnung „gibt-es-nicht“ gibt es auf dem Server nicht \(mehr\)\./,
    en: /^The agenda "gibt-es-nicht" does not exist on the server \(any more\)\./,
  },
  {
    name: 'not found (404): names the plan',
    template: (lang) => html`<ija-test-widget lang=${lang} plan-id="alt" api=${apiBase('notfound', newRunId())}></ija-test-widget>`,
    de: /^Den 5-Punkte-Plan „alt“ gibt es auf dem Server nicht/,
    en: /^The five-point plan "alt" does not exist on the server/,
  },
  {
    name: 'not found (404): names the static file',
    template: (lang) => html`<ija-test-widget lang=${lang} src="/__api/notfound/file/plan.json"></ija-test-widget>`,
    de: new RegExp(`^Die Datei „${location.origin}/__api/notfound/file/plan\\.json“ gibt es auf dem Server nicht`),
    en: new RegExp(`^The file "${location.origin}/__api/notfound/file/plan\\.json" does not exist on the server`),
  },
  {
    name: 'not allowed (401)',
    template: (lang) => html`<ija-test-widget lang=${lang} api=${apiBase('unauthorized', newRunId())}></ija-test-widget>`,
    de: /^Dafür fehlt die Berechtigung\. Bitte melden Sie sich an/,
    en: /^You are not allowed to do this\. Please sign in/,
  },
  {
    name: 'not allowed (403)',
    template: (lang) => html`<ija-test-widget lang=${lang} api=${apiBase('forbidden', newRunId())}></ija-test-widget>`,
    de: /^Dafür fehlt die Berechtigung\./,
    en: /^You are not allowed to do this\./,
  },
  {
    name: 'server error (503, after the retries)',
    template: (lang) => html`<ija-test-widget lang=${lang} api=${apiBase('unavailable', newRunId())}></ija-test-widget>`,
    de: /^Der Server hat gerade ein Problem\. Bitte versuchen Sie es später erneut\.$/,
    en: /^The server has a problem right now\. Please try again later\.$/,
  },
  {
    name: 'bad data (malformed JSON)',
    template: (lang) => html`<ija-test-widget lang=${lang} api=${apiBase('malformed', newRunId())}></ija-test-widget>`,
    de: /^Die Daten haben nicht die Form, die das Widget erwartet, darum wird nichts davon angezeigt\./,
    en: /^The data is not in the form the widget expects, so none of it is shown\./,
  },
];

describe('error messages per cause', () => {
  for (const cause of CAUSES) {
    it(`${cause.name}: says what happened and what to do, in German and English, with a retry`, async () => {
      for (const lang of ['de', 'en'] as const) {
        const el = await failed(cause.template(lang));
        expect(messageOf(el), lang).to.match(cause[lang]);
        expect(alertOf(el)!.getAttribute('role')).to.equal('alert');
        expect(alertOf(el)!.querySelector('button[part="retry-button"]')).to.exist;
        await expect(el).to.be.accessible();
      }
    });
  }

  it('the CORS case is a real refusal: the other origin answered, the browser withheld the answer', async () => {
    const run = newRunId();
    const el = await failed(html`<ija-test-widget api=${otherOrigin('ok', run)}></ija-test-widget>`);
    expect(messageOf(el)).to.contain('(CORS)');
    expect((await serverLog(run)).count).to.be.greaterThan(0);
  });

  it('keeps the status and the address in folded technical details', async () => {
    const run = newRunId();
    const el = await failed(html`<ija-test-widget api=${apiBase('unavailable', run)}></ija-test-widget>`);
    const details = alertOf(el)!.querySelector<HTMLDetailsElement>('details.technical')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Technische Angaben');
    expect(details.textContent).to.contain(`HTTP 503 from ${location.origin}${apiBase('unavailable', run)}/plans/fuenf-punkte-plan`);
    expect(messageOf(el)).not.to.contain('503');
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('shows the status in the details also when the adapter\'s own message leaves it out', async () => {
    const adapter = { getPlan: () => Promise.reject(new IjaAdapterError('http', 'Not Found', { status: 404 })) };
    const el = await failed(html`<ija-test-widget .adapter=${adapter}></ija-test-widget>`);
    expect(alertOf(el)!.querySelector('details.technical')!.textContent).to.contain('HTTP 404: Not Found');
  });

  it('says the device is offline when it is, and not the server', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget api=${apiBase('ok', newRunId())}></ija-test-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('ol'), 'no plan');
    // The browser's offline emulation would also cut the test runner's own connection: the device says it is offline
    // and the server drops every connection (its `dropall` scenario).
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      el.lang = 'en';
      el.api = apiBase('dropall', newRunId());
      await waitUntil(() => alertOf(el), 'no error state', { timeout: 8000 });
      expect(messageOf(el)).to.equal('This device is not connected to the internet right now. Please try again once the connection is back.');
      el.lang = 'de';
      await waitUntil(() => messageOf(el).startsWith('Dieses Gerät'), 'not in German');
      expect(messageOf(el)).to.match(/^Dieses Gerät ist gerade nicht mit dem Internet verbunden\./);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('a request to the page’s own server that gets no answer: unreachable, with no CORS talk', () => {
    const error = networkError('Could not reach /api/ija/partners', { url: '/api/ija/partners' });
    expect(errorReason(error)).to.equal('unreachable');
    expect(describeReason(error, de)).to.equal('Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.');
  });

  it('a refusal without a reason of its own (409) keeps the status in its sentence', () => {
    const error = new IjaAdapterError('http', 'HTTP 409', { status: 409 });
    expect(errorReason(error)).to.equal('refused');
    expect(describeReason(error, de)).to.equal('Der Server hat die Anfrage abgelehnt. Antwort des Servers: 409.');
  });
});
