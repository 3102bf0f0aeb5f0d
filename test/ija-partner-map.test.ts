import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaLoadEvent } from '../src/core/events.js';
import type { JoinRequest, Partner } from '../src/core/schemas/partner.js';
import { captureDownload } from './helpers/download.js';
import { apiBase, newRunId, serverLog, waitForLog } from './helpers/api.js';
import { validateJoin } from '../src/components/ija-partner-map/partner-join-form.js';
import { partnerJoinMessages } from '../src/core/i18n/messages/partner-join.js';
import type { Messages } from '../src/core/i18n/messages/types.js';
import { joinReference } from '../src/core/join-reference.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';

const FIXTURE = '/test/fixtures/partners.json';

const shadow = (el: IjaPartnerMap) => el.shadowRoot!;
const names = (el: IjaPartnerMap) => [...shadow(el).querySelectorAll('.partner-name')].map((n) => n.textContent);
const button = (el: IjaPartnerMap, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text)!;
/** An element as a short string, for assertions whose failure message stays readable (and quick). */
const named = (element: Element | null | undefined) =>
  element ? [element.tagName, element.id && `#${element.id}`, element.classList.length ? `.${[...element.classList].join('.')}` : ''].join('') : String(element);
const tab = (el: IjaPartnerMap, view: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${view}`)!;

async function render(template: ReturnType<typeof html>): Promise<IjaPartnerMap> {
  const el = await fixture<IjaPartnerMap>(template);
  await waitUntil(() => el.data.task.status >= 2, 'partners did not load', { timeout: 5000 });
  // Views other than the list load their code the first time they are shown.
  await waitUntil(() => !el.shadowRoot!.querySelector('.state.loading'), 'view code did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function typeSearch(el: IjaPartnerMap, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function tileLog(run: string): Promise<{ count: number; paths: string[] }> {
  return (await fetch(`/__tiles-log/${run}`)).json() as Promise<{ count: number; paths: string[] }>;
}

function tilesFor(run: string): string {
  return `${location.origin}/__tiles/${run}/{z}/{x}/{y}.png`;
}


/** Types into the join form's fields (selects get a change, the others an input). */
function fillJoin(el: IjaPartnerMap, values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    const input = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#join-${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }
}

/** Ticks the consent to publication. */
function checkConsent(el: IjaPartnerMap): void {
  const consent = shadow(el).querySelector<HTMLInputElement>('#join-publish')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change'));
}

function manyPartners(count: number): Partner[] {
  const categories = ['vereine', 'jugendarbeit', 'politik', 'schule-beruf'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `${i % 7 === 0 ? 'Jugendwerk Köln' : 'Verein'} Nr. ${i}`,
    category: categories[i % 4]!,
    description: `Partner Nummer ${i} im Netzwerk, mit Angeboten für Jugendliche im Übergang Schule–Beruf.`,
    location: { lat: 50.5 + (i % 100) / 100, lng: 6.5 + (i % 37) / 20 },
  }));
}

describe('<ija-partner-map>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    localStorage.clear();
  });

  describe('list', () => {
    it('with no data, shows the empty network and the recommended types as a checklist', async () => {
      const el = await render(html`<ija-partner-map></ija-partner-map>`);
      expect(shadow(el).querySelector('.empty-network')!.textContent).to.contain('Noch sind keine Partner*innen');
      await expect(el).to.be.accessible();
      tab(el, 'gaps').click();
      await waitUntil(() => shadow(el).querySelector('.gap-list') !== null, 'gaps shown');
      expect(shadow(el).querySelectorAll('.gap-list li')).to.have.length(18);
      await expect(el).to.be.accessible();
    });

    it('groups partners by category with counts, marks partners new to IJA, and keeps bad ones out', async () => {
      const loaded = oneEvent<IjaLoadEvent>(document.body, 'ija-load');
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      const { detail } = await loaded;
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['partners[5].website', 'partners[7].category']);
      const groups = [...shadow(el).querySelectorAll('.group-title')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
      expect(groups).to.deep.equal([
        'Vereine (3 Einträge)',
        'Träger der Jugendarbeit (2 Einträge)',
        'Politik (1 Eintrag)',
        'Übergang Schule–Beruf (1 Eintrag)',
      ]);
      expect(names(el)).not.to.include('Ohne Gruppe');
      expect(shadow(el).querySelector('.issues-note')!.textContent).to.contain('1 fehlerhafter Eintrag');
      const vjm = shadow(el).querySelector('#partner-vjm')!;
      expect(vjm.querySelector('.badge.new')!.textContent).to.equal('Neu in der internationalen Jugendarbeit');
      expect(vjm.querySelector('.partner-type')!.textContent).to.equal('Vereine junger Migrant*innen');
      await expect(el).to.be.accessible();
    });

    it('links only to web pages, e-mail and phone, with rel="noopener noreferrer" on web links', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(hrefs).to.include.members(['https://jugendring.example', 'mailto:info@jugendring.example', 'tel:+49251123456']);
      expect(hrefs.every((href) => /^(https?:|mailto:|tel:)/.test(href))).to.equal(true);
      const web = shadow(el).querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(web.rel).to.equal('noopener noreferrer');
      expect(shadow(el).querySelector('#partner-ib a')).to.equal(null);
    });

    it('searches ignoring case and diacritics (ü = ue, ß = ss), and announces the count once typing pauses', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      await typeSearch(el, 'muenster');
      expect(names(el)).to.deep.equal(['Stadtjugendring Münster e. V.']);
      expect(shadow(el).querySelector('.result-count')!.textContent).to.equal('1 von 7 Partner*innen');
      await typeSearch(el, 'STRASSENBAHN');
      expect(names(el)).to.deep.equal(['Jugendzentrum Straßenbahn']);
      await typeSearch(el, 'jugendbegegnung musterstadt');
      expect(names(el)).to.deep.equal(['Städtepartnerschaftsverein Musterstadt–Lublin']);
      const live = shadow(el).querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => live.textContent === '1 von 7 Partner*innen', 'count not announced');
      await typeSearch(el, 'gibt es nicht');
      expect(shadow(el).querySelector('.no-results')!.textContent).to.contain('Keine Partner*innen');
      await expect(el).to.be.accessible();
    });

    it('filters by group, type, offer and "new to IJA", and resets', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      const select = (name: string, value: string) => {
        const element = shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
        element.value = value;
        element.dispatchEvent(new Event('change'));
        return el.updateComplete;
      };
      await select('category', 'jugendarbeit');
      expect(names(el)).to.deep.equal(['Jugendmigrationsdienst Essen', 'Jugendzentrum Straßenbahn']);
      await select('category', '');
      await select('offer', 'Jugendbegegnung');
      expect(names(el)).to.have.length(2);
      await select('offer', '');
      await select('type', 'jobcenter');
      expect(names(el)).to.deep.equal(['Jobcenter Musterstadt']);
      await select('type', '');
      shadow(el).querySelector<HTMLInputElement>('input[name="new-to-ija"]')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Verein junger Migrant*innen Dortmund', 'Jugendmigrationsdienst Essen', 'Jobcenter Musterstadt']);
      button(el, 'Filter zurücksetzen').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(7);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="new-to-ija"]')!.checked).to.equal(false);
    });

    it('is pre-filtered by attributes for embeds that show a part of the network', async () => {
      const politik = await render(html`<ija-partner-map src=${FIXTURE} category="politik"></ija-partner-map>`);
      expect(names(politik)).to.deep.equal(['Integrationsbeauftragte der Stadt']);
      const neu = await render(html`<ija-partner-map src=${FIXTURE} new-to-ija search="essen"></ija-partner-map>`);
      expect(names(neu)).to.deep.equal(['Jugendmigrationsdienst Essen']);
      const unknown = await render(html`<ija-partner-map src=${FIXTURE} category="sport"></ija-partner-map>`);
      expect(names(unknown)).to.have.length(7);
    });

    it('keeps only the rows in view in the DOM for 10,000 partners, and still finds them', async () => {
      // The virtualizer's resize observer may report a harmless "loop completed" note; it is no test failure.
      const onerror = window.onerror;
      window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest));
      const el = await render(html`<ija-partner-map .partners=${manyPartners(10_000)}></ija-partner-map>`);
      await waitUntil(() => shadow(el).querySelector('.partner'), 'no rows rendered', { timeout: 5000 });
      const rows = shadow(el).querySelectorAll('.partner').length;
      expect(rows).to.be.greaterThan(0);
      expect(rows).to.be.below(200);
      expect(shadow(el).querySelector('.result-count')!.textContent).to.equal('10000 Partner*innen');
      await typeSearch(el, 'jugendwerk koeln nr. 7000');
      await waitUntil(() => names(el).length === 1, 'search result not rendered', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Jugendwerk Köln Nr. 7000']);
      await expect(el).to.be.accessible();
      window.onerror = onerror;
    });

    it('at 50,000 partners, keeps the rows in view only and indexes the search once: a keystroke normalizes the query, not the partners', async () => {
      const onerror = window.onerror;
      window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest));
      const el = await render(html`<ija-partner-map .partners=${manyPartners(50_000)}></ija-partner-map>`);
      await waitUntil(() => shadow(el).querySelector('.partner'), 'no rows rendered', { timeout: 10000 });
      expect(shadow(el).querySelectorAll('.partner').length).to.be.within(1, 199);
      // Every partner's text has umlauts, so indexing it again would run the Unicode step thousands of times.
      const normalize = String.prototype.normalize;
      let calls = 0;
      String.prototype.normalize = function (this: string, ...args: Parameters<typeof normalize>) {
        calls++;
        return normalize.apply(this, args);
      };
      try {
        for (const text of ['jugendwerk k', 'jugendwerk kö', 'jugendwerk köln nr. 49994']) await typeSearch(el, text);
      } finally {
        String.prototype.normalize = normalize;
      }
      expect(calls).to.be.below(20);
      await waitUntil(() => names(el).length === 1, 'search result not rendered', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Jugendwerk Köln Nr. 49994']);
      window.onerror = onerror;
    });

    it('fits a 320 px column', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('compact and phone-first', () => {
    /** The `.partner` rows in the DOM, by id. */
    const rowIds = (el: IjaPartnerMap) => [...shadow(el).querySelectorAll('.partner')].map((row) => row.id.replace('partner-', ''));
    /** manyPartners' ids in list order: by group, vereine first (i % 4 === 0). */
    const inListOrder = (count: number) => [0, 1, 2, 3].flatMap((g) => Array.from({ length: count }, (_, i) => i).filter((i) => i % 4 === g).map((i) => `p${i}`));
    const isShown = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetWidth > 1;
    /** Nothing in the widget reaches past its right edge. */
    const fitsWidth = (el: IjaPartnerMap) => {
      const right = el.getBoundingClientRect().right + 0.5;
      return el.scrollWidth <= el.clientWidth && [...shadow(el).querySelectorAll('*')].every((n) => n.getBoundingClientRect().right <= right);
    };

    it('shows 20 partners, the count, and 20 more per step, with focus on the first one revealed', async () => {
      const el = await render(html`<ija-partner-map .partners=${manyPartners(120)}></ija-partner-map>`);
      const order = inListOrder(120);
      expect(rowIds(el)).to.deep.equal(order.slice(0, 20));
      expect(shadow(el).querySelector('.shown-count')!.textContent).to.equal('20 von 120 Partner*innen');
      expect(shadow(el).querySelector('.result-count')!.textContent).to.equal('120 Partner*innen');
      await expect(el).to.be.accessible();
      button(el, '20 weitere zeigen').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(order.slice(0, 40));
      expect(shadow(el).activeElement!.id).to.equal(`partner-${order[20]}`);
      expect(shadow(el).querySelector('.shown-count')!.textContent).to.equal('40 von 120 Partner*innen');
      button(el, 'Alle zeigen').click();
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(120);
      expect(shadow(el).querySelector('.list-more')).to.equal(null);
      // A new filter starts again at one step.
      await typeSearch(el, 'verein');
      expect(rowIds(el)).to.have.length(20);
    });

    it('keeps only the rows in view in the DOM when all of 10,000 partners are shown', async () => {
      const onerror = window.onerror;
      window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest));
      const el = await render(html`<ija-partner-map .partners=${manyPartners(10_000)}></ija-partner-map>`);
      expect(shadow(el).querySelectorAll('.partner')).to.have.length(20);
      button(el, 'Alle zeigen').click();
      await waitUntil(() => shadow(el).querySelector('.virtual-list .partner'), 'no virtual rows', { timeout: 5000 });
      const rows = shadow(el).querySelectorAll('.partner').length;
      expect(rows).to.be.within(1, 199);
      expect(shadow(el).querySelector('.list-more')).to.equal(null);
      // The virtualizer measures its rows in the next frames; its harmless note may come then.
      await nextFrame();
      await nextFrame();
      window.onerror = onerror;
    });

    it('shows the rows compact, with the details behind a disclosure that works by keyboard', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      const row = shadow(el).querySelector('#partner-jr')!;
      const toggle = row.querySelector<HTMLButtonElement>('.details-toggle')!;
      const details = row.querySelector<HTMLElement>('.partner-details')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details: Stadtjugendring Münster e. V.');
      expect(isShown(details)).to.equal(false);
      // Collapsed, the rows hold no links: few tab stops on the way through the list.
      expect([...shadow(el).querySelectorAll('.partner a')].filter(isShown)).to.have.length(0);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(details)).to.equal(true);
      expect(details.textContent).to.contain('Hafenstraße 3, 48153 Münster');
      expect(named(shadow(el).activeElement)).to.equal(named(toggle));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('with 120 partners is at most 2,700 px high at 1280 px, and on a 375 × 740 phone shows the first name within 400 px', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await render(html`<ija-partner-map .partners=${manyPartners(120)}></ija-partner-map>`);
      expect(el.getBoundingClientRect().height).to.be.at.most(2700);
      await setViewport({ width: 375, height: 740 });
      await el.updateComplete;
      const first = shadow(el).querySelector('.partner-name')!;
      expect(first.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.at.most(400);
    });

    it('on a phone keeps the tabs on one row and folds the filters into "Filter (n)", selects of one width', async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await render(html`<ija-partner-map src=${FIXTURE} admin category="vereine"></ija-partner-map>`);
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs).to.have.length(4);
      expect(new Set(tabs.map((t) => t.offsetTop)).size).to.equal(1);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!;
      const more = shadow(el).querySelector('.more-filters')!;
      expect(isShown(toggle)).to.equal(true);
      expect(toggle.textContent!.trim()).to.equal('Filter (1)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(more)).to.equal(false);
      expect(isShown(shadow(el).querySelector('input[type="search"]'))).to.equal(true);
      expect(fitsWidth(el)).to.equal(true);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(more)).to.equal(true);
      const widths = [...shadow(el).querySelectorAll<HTMLElement>('select')].map((select) => select.offsetWidth);
      expect(new Set(widths).size).to.equal(1);
      expect(fitsWidth(el)).to.equal(true);
      await expect(el).to.be.accessible();

      await setViewport({ width: 1280, height: 900 });
      await el.updateComplete;
      expect(isShown(toggle)).to.equal(false);
      toggle.click();
      await el.updateComplete;
      expect(isShown(more)).to.equal(true);
      const wide = [...shadow(el).querySelectorAll<HTMLElement>('select')].map((select) => select.offsetWidth);
      expect(new Set(wide).size).to.equal(1);
    });

    it('fits 320 px with a row open, the filters open, and all partners shown', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render(html`<ija-partner-map .partners=${manyPartners(30)}></ija-partner-map>`);
      shadow(el).querySelector<HTMLButtonElement>('.details-toggle')!.click();
      shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
      button(el, 'Alle zeigen').click();
      await el.updateComplete;
      expect(fitsWidth(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('an empty network shows no filters but the 18 recommended types, and the way to join', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render(html`<ija-partner-map .partners=${[]}></ija-partner-map>`);
      expect(shadow(el).querySelector('.filters')).to.equal(null);
      expect(shadow(el).querySelector('.result-count')).to.equal(null);
      expect(shadow(el).querySelectorAll('.empty-network .invite-list li')).to.have.length(18);
      expect(shadow(el).querySelector('.empty-network')!.textContent).to.contain('Handwerkskammer');
      expect(button(el, 'Ihre Organisation eintragen')).to.equal(undefined);
      expect(fitsWidth(el)).to.equal(true);
      await expect(el).to.be.accessible();

      const empty = createFetchAdapter({
        baseUrl: '/empty-network',
        fetch: async () => new Response('{"partners":[]}', { headers: { 'content-type': 'application/json' } }),
      });
      const joinable = await render(html`<ija-partner-map join .adapter=${empty}></ija-partner-map>`);
      expect(shadow(joinable).querySelectorAll('.empty-network .invite-list li')).to.have.length(18);
      button(joinable, 'Ihre Organisation eintragen').click();
      await joinable.updateComplete;
      expect(joinable.view).to.equal('join');
      await expect(joinable).to.be.accessible();
    });

    it('has a skip link past the widget, visible on focus', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button id="before">davor</button>
        <ija-partner-map src=${FIXTURE}></ija-partner-map>
        <button id="after">danach</button>
      </div>`);
      const el = page.querySelector<IjaPartnerMap>('ija-partner-map')!;
      await waitUntil(() => shadow(el).querySelector('.partner'), 'partners not shown', { timeout: 5000 });
      const skip = shadow(el).querySelector<HTMLButtonElement>('.skip-link')!;
      expect(skip.textContent).to.equal('Partnerliste überspringen');
      expect(skip.getBoundingClientRect().width).to.be.at.most(1);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(named(shadow(el).activeElement)).to.equal(named(skip));
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      expect(shadow(el).activeElement!.id).to.equal('partner-map-end');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      expect(shadow(el).querySelector<HTMLElement>('#partner-map-end')!.tabIndex).to.equal(-1);
    });
  });

  describe('views', () => {
    it('switches views with the arrow keys (one tab stop)', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE}></ija-partner-map>`);
      tab(el, 'list').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('map');
      expect(shadow(el).activeElement).to.equal(tab(el, 'map'));
      expect(tab(el, 'map').getAttribute('aria-selected')).to.equal('true');
      expect(tab(el, 'list').tabIndex).to.equal(-1);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.view).to.equal('gaps');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('list');
    });

    it('lists the missing partner types per group and exports them as CSV and text', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE} view="gaps"></ija-partner-map>`);
      const missing = [...shadow(el).querySelectorAll('.gap-list li')].map((li) => li.textContent);
      expect(missing).to.have.length(18 - 7);
      expect(missing).not.to.include('Jobcenter');
      expect(missing).not.to.include('Integrationsbeauftragte*r');
      expect(missing).to.include('Handwerkskammer');
      const csv = await captureDownload(() => button(el, 'Als Tabelle (CSV) herunterladen').click());
      expect(csv.name).to.equal('wer-fehlt-noch.csv');
      expect([...csv.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(csv.text.split('\r\n')[0]).to.equal('"Gruppe";"Partnertyp"');
      expect(csv.text).to.contain('"Übergang Schule–Beruf";"Handwerkskammer"');
      const text = await captureDownload(() => button(el, 'Als Text herunterladen').click());
      expect(text.text).to.contain('- Handwerkskammer');
      await expect(el).to.be.accessible();
    });
  });

  describe('map and consent', () => {
    it('asks before any tile request, names the host, and loads tiles only after consent', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map src=${FIXTURE} view="map" tiles=${tilesFor(run)}></ija-partner-map>`);
      // The panel comes with the map tab (a small sibling file): no map code, no tile request.
      await waitUntil(() => shadow(el).querySelector('.consent-panel'), 'no consent panel');
      const panel = shadow(el).querySelector('.consent-panel')!;
      expect(panel.textContent).to.contain(location.host);
      expect(shadow(el).querySelector('.map-area')!.textContent).to.contain('2 Partner*innen ohne Ortsangabe');
      await expect(el).to.be.accessible();
      await new Promise((r) => setTimeout(r, 300));
      expect((await tileLog(run)).count).to.equal(0);
      expect(performance.getEntriesByType('resource').some((e) => e.name.includes('map-engine'))).to.equal(false);

      button(el, 'Karte laden').click();
      await waitUntil(async () => (await tileLog(run)).count > 0, 'no tiles after consent', { timeout: 5000 });
      expect(el.consent).to.equal('granted');
      expect(localStorage.length).to.equal(0);
      await waitUntil(() => shadow(el).querySelector('.ija-marker, .ija-cluster'), 'no markers');
      await expect(el).to.be.accessible();
    });

    it("shows the site's consent text in place of its own explanation (slot consent), and keeps its button", async () => {
      const run = newRunId();
      const el = await render(
        html`<ija-partner-map src=${FIXTURE} view="map" tiles=${tilesFor(run)}><p slot="consent">Die Karte kommt vom Kachelserver des Kreises.</p></ija-partner-map>`,
      );
      await waitUntil(() => shadow(el).querySelector('.consent-panel'), 'no consent panel');
      const slot = shadow(el).querySelector<HTMLSlotElement>('.consent-panel slot[name="consent"]')!;
      expect(slot.assignedElements().map((p) => p.textContent)).to.deep.equal(['Die Karte kommt vom Kachelserver des Kreises.']);
      // The slot's own explanation (the fallback) is not rendered when the page gives one.
      expect(slot.assignedNodes({ flatten: true })[0]).to.equal(el.querySelector('[slot="consent"]'));
      expect(button(el, 'Karte laden')).to.exist;
      await expect(el).to.be.accessible();
      await new Promise((r) => setTimeout(r, 300));
      expect((await tileLog(run)).count).to.equal(0);

      const plain = await render(html`<ija-partner-map src=${FIXTURE} view="map" tiles=${tilesFor(run)}></ija-partner-map>`);
      await waitUntil(() => shadow(plain).querySelector('.consent-panel'), 'no consent panel');
      const fallback = shadow(plain).querySelector<HTMLSlotElement>('.consent-panel slot[name="consent"]')!;
      expect(fallback.assignedNodes({ flatten: true }).map((node) => node.textContent).join('')).to.contain(location.host);
    });

    it('loads at once when the site has consent (consent="granted"), or when a consent tool says so', async () => {
      const run = newRunId();
      const granted = await render(html`<ija-partner-map src=${FIXTURE} view="map" consent="granted" tiles=${tilesFor(run)}></ija-partner-map>`);
      await waitUntil(async () => (await tileLog(run)).count > 0, 'no tiles with consent="granted"', { timeout: 5000 });
      granted.remove();

      const other = newRunId();
      const el = await render(html`<ija-partner-map src=${FIXTURE} view="map" tiles=${tilesFor(other)}></ija-partner-map>`);
      await waitUntil(() => shadow(el).querySelector('.consent-panel'), 'no consent panel');
      document.dispatchEvent(new CustomEvent('ija-map-consent', { detail: { granted: true } }));
      await waitUntil(async () => (await tileLog(other)).count > 0, 'no tiles after the consent event', { timeout: 5000 });
    });

    it('remembers consent only when the site allows it', async () => {
      const el = await render(
        html`<ija-partner-map src=${FIXTURE} view="map" remember-consent tiles=${tilesFor(newRunId())}></ija-partner-map>`,
      );
      await waitUntil(() => shadow(el).querySelector('.consent-panel'), 'no consent panel');
      button(el, 'Karte laden').click();
      await el.updateComplete;
      expect(localStorage.getItem(`ija-widgets:map-consent:${location.host}`)).to.equal('granted');
      const again = await render(
        html`<ija-partner-map src=${FIXTURE} view="map" remember-consent tiles=${tilesFor(newRunId())}></ija-partner-map>`,
      );
      expect(shadow(again).querySelector('.consent-panel')).to.equal(null);
    });

    it('syncs selection between list and map, by keyboard', async () => {
      const el = await render(html`<ija-partner-map src=${FIXTURE} consent="granted" tiles=${tilesFor(newRunId())}></ija-partner-map>`);
      button(el, 'Jobcenter Musterstadt: Auf der Karte zeigen').click();
      await el.updateComplete;
      expect(el.view).to.equal('map');
      const selected = () => shadow(el).querySelector<HTMLElement>('.ija-marker[aria-current="true"]');
      await waitUntil(selected, 'marker not selected', { timeout: 5000 });
      expect(selected()!.getAttribute('aria-label')).to.contain('Jobcenter Musterstadt');
      expect(shadow(el).querySelector('.selected-partner .partner-name')!.textContent).to.equal('Jobcenter Musterstadt');

      const another = () =>
        [...shadow(el).querySelectorAll<HTMLElement>('.ija-marker')].find((m) => !m.getAttribute('aria-label')!.includes('Jobcenter'));
      await waitUntil(another, 'no other marker in view', { timeout: 5000 });
      const label = another()!.getAttribute('aria-label')!;
      const name = label.slice(0, label.lastIndexOf(' ('));
      another()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).querySelector('.selected-partner .partner-name')!.textContent).to.equal(name);
      const id = el.allPartners.find((p) => p.name === name)!.id;

      button(el, 'In der Liste zeigen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.view).to.equal('list');
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector(`#partner-${id}`));
      expect(shadow(el).querySelector(`#partner-${id}`)!.classList.contains('selected')).to.equal(true);
    });
  });

  describe('focus and scrolling between list and map', () => {
    /** A page where the widget is followed by more content, as in a CMS page. */
    async function longPage(attributes: { consent?: 'granted'; tiles: string }) {
      const page = await fixture<HTMLDivElement>(html`<div>
        <ija-partner-map .partners=${manyPartners(120)} consent=${attributes.consent ?? ''} tiles=${attributes.tiles}></ija-partner-map>
        <div style="block-size: 9000px"></div>
      </div>`);
      const el = page.querySelector<IjaPartnerMap>('ija-partner-map')!;
      await waitUntil(() => shadow(el).querySelector('.partner'), 'partners not shown', { timeout: 5000 });
      button(el, 'Alle zeigen').click();
      await el.updateComplete;
      return el;
    }

    /** Opens the last partner's details far down the page and clicks "show on the map" by keyboard. */
    async function showLastOnMap(el: IjaPartnerMap): Promise<void> {
      const rows = shadow(el).querySelectorAll('.partner');
      const last = rows[rows.length - 1]!;
      last.querySelector<HTMLButtonElement>('.details-toggle')!.click();
      await el.updateComplete;
      const show = last.querySelector<HTMLButtonElement>('.partner-links .link-button')!;
      show.focus();
      expect(window.scrollY).to.be.greaterThan(5000);
      await sendKeys({ press: 'Enter' });
      expect(named(document.activeElement)).not.to.equal('BODY');
      await el.updateComplete;
    }

    const inView = (element: Element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    };

    it('"show on the map" far down the list brings the map into view and focuses "Karte laden" before consent', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await longPage({ tiles: tilesFor(newRunId()) });
      await showLastOnMap(el);
      expect(el.view).to.equal('map');
      await waitUntil(() => shadow(el).querySelector('.consent-panel'), 'no consent panel');
      await el.updateComplete;
      const load = shadow(el).querySelector('.consent-panel .button')!;
      expect(named(shadow(el).activeElement)).to.equal(named(load));
      expect(inView(shadow(el).querySelector('.tabs')!)).to.equal(true);
      expect(inView(load)).to.equal(true);
    });

    it('"show on the map" with consent focuses the map region in view; "Karte laden" never leaves focus on <body>', async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await longPage({ consent: 'granted', tiles: tilesFor(newRunId()) });
      await showLastOnMap(el);
      const region = () => shadow(el).querySelector<HTMLElement>('.map-container[role="region"]');
      await waitUntil(region, 'no map', { timeout: 5000 });
      await el.updateComplete;
      expect(named(shadow(el).activeElement)).to.equal(named(region()));
      expect(region()!.getBoundingClientRect().top).to.be.within(0, window.innerHeight - 100);

      const other = await render(html`<ija-partner-map src=${FIXTURE} view="map" tiles=${tilesFor(newRunId())}></ija-partner-map>`);
      await waitUntil(() => shadow(other).querySelector('.consent-panel'), 'no consent panel');
      button(other, 'Karte laden').focus();
      await sendKeys({ press: 'Enter' });
      await other.updateComplete;
      // The button is gone with the panel; focus waits in the widget until the map is drawn.
      expect(shadow(other).querySelector('.consent-panel')).to.equal(null);
      expect(named(document.activeElement)).to.equal(named(other));
      await waitUntil(() => shadow(other).querySelector('.map-container[role="region"]'), 'no map', { timeout: 5000 });
      await other.updateComplete;
      expect(named(shadow(other).activeElement)).to.equal(named(shadow(other).querySelector('.map-container[role="region"]')));
      expect(named(document.activeElement)).to.equal(named(other));
      await expect(other).to.be.accessible();
    });
  });

  describe('joining the network', () => {
    it('is offered only with join and a backend', async () => {
      expect(tab(await render(html`<ija-partner-map join src=${FIXTURE}></ija-partner-map>`), 'join')).to.equal(null);
      expect(tab(await render(html`<ija-partner-map join api=${apiBase('ok', newRunId())}></ija-partner-map>`), 'join')).to.exist;
    });

    it('checks the form field by field, with a summary that takes the focus', async () => {
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('ok', newRunId())}></ija-partner-map>`);
      const email = shadow(el).querySelector<HTMLInputElement>('#join-email')!;
      email.value = 'kein-at';
      email.dispatchEvent(new Event('input'));
      button(el, 'Anfrage senden').click();
      await waitUntil(() => shadow(el).querySelector('.error-summary'), 'no error summary');
      expect(el.joinErrors.sort()).to.deep.equal(['category', 'contactName', 'email', 'name', 'publish']);
      const summary = shadow(el).querySelector('.error-summary')!;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(summary.textContent).to.contain('Bitte korrigieren Sie 5 Angaben.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).querySelector('#join-email-error')!.textContent).to.contain('gültige E-Mail-Adresse');
      expect(email.value).to.equal('kein-at');
      await expect(el).to.be.accessible();
    });

    it('sends the request to the backend and thanks the sender', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('ok', run)}></ija-partner-map>`);
      const fill = (id: string, value: string) => {
        const input = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(`#join-${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
      };
      fill('name', 'Türkischer Elternverein Musterstadt');
      fill('category', 'vereine');
      fill('type', 'migrantinnen-selbstorganisationen');
      fill('contactName', 'Ayşe Yılmaz');
      fill('email', 'kontakt@elternverein.example');
      fill('website', 'https://elternverein.example');
      checkConsent(el);
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      const log = await waitForLog(run, (l) => l.requests.some((r) => r.method === 'POST'));
      const post = log.requests.find((r) => r.method === 'POST')!;
      expect(post.path).to.equal('/partners/requests');
      const body = post.body as JoinRequest;
      expect(body).to.include({ name: 'Türkischer Elternverein Musterstadt', category: 'vereine', email: 'kontakt@elternverein.example' });
      expect(body.id).to.match(/^[0-9a-f-]{36}$/);
      await waitUntil(() => shadow(el).querySelector('.join-done'), 'no thanks');
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.join-done'));
      await expect(el).to.be.accessible();
    });

    it('sends address, offers as a list, description and consent, with the website completed, and shows the reference', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('ok', run)}></ija-partner-map>`);
      fillJoin(el, {
        name: 'JFV Süd',
        category: 'vereine',
        contactName: 'Kim Beispiel',
        email: 'kim@jfv-sued.example',
        website: 'www.jfv-sued.de',
        address: '  Hauptstraße 5, 12345 Musterstadt ',
        offers: 'Jugendbegegnungen, Fahrten\n\n  Beratung ,',
        description: 'Fußball und Austausch mit Partnervereinen.',
      });
      const address = shadow(el).querySelector('#join-address')!;
      expect(address.getAttribute('aria-describedby')).to.equal('join-address-hint');
      expect(shadow(el).querySelector('#join-address-hint')!.textContent).to.equal('Straße, PLZ, Ort');
      expect(shadow(el).querySelector('.join-public')!.textContent).to.contain('Nicht öffentlich: Ansprechperson, E-Mail, Telefon, Nachricht.');
      checkConsent(el);
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      const log = await waitForLog(run, (l) => l.requests.some((r) => r.method === 'POST'));
      const body = log.requests.find((r) => r.method === 'POST')!.body as JoinRequest;
      expect(body).to.include({
        website: 'https://www.jfv-sued.de',
        address: 'Hauptstraße 5, 12345 Musterstadt',
        description: 'Fußball und Austausch mit Partnervereinen.',
        publish: true,
      });
      expect(body.offers).to.deep.equal(['Jugendbegegnungen', 'Fahrten', 'Beratung']);
      await waitUntil(() => shadow(el).querySelector('.join-done'), 'no receipt');
      const done = shadow(el).querySelector('.join-done')!;
      expect(done.getAttribute('role')).to.equal('status');
      expect(shadow(el).activeElement).to.equal(done);
      expect(shadow(el).querySelector('.join-reference')!.textContent).to.equal(joinReference(body.id));
      expect(joinReference(body.id)).to.match(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
      expect(done.textContent).to.contain('Das Netzwerk-Team prüft Ihre Anfrage und meldet sich per E-Mail.');
      await expect(el).to.be.accessible();
    });

    it('refuses to send without consent to publication, with the error at the checkbox and in the summary', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('ok', run)}></ija-partner-map>`);
      fillJoin(el, { name: 'Jugendhaus Nord', category: 'jugendarbeit', contactName: 'Kim Beispiel', email: 'kim@jugendhaus.example', offers: 'Offener Treff' });
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      await waitUntil(() => shadow(el).querySelector('.error-summary'), 'no error summary');
      expect(el.joinErrors).to.deep.equal(['publish']);
      const summary = shadow(el).querySelector('.error-summary')!;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(summary.querySelector('a')!.getAttribute('href')).to.equal('#join-publish');
      expect(summary.textContent).to.contain('Veröffentlichung: Bitte stimmen Sie der Veröffentlichung zu.');
      const consent = shadow(el).querySelector<HTMLInputElement>('#join-publish')!;
      expect(consent.getAttribute('aria-invalid')).to.equal('true');
      expect(consent.getAttribute('aria-describedby')).to.equal('join-publish-error');
      expect(shadow(el).querySelector<HTMLTextAreaElement>('#join-offers')!.value).to.equal('Offener Treff');
      await expect(el).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await serverLog(run)).requests.filter((r) => r.method === 'POST')).to.have.length(0);
      checkConsent(el);
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      await waitUntil(() => shadow(el).querySelector('.join-done'), 'not sent once consent was given');
    });

    it('completes a website without a scheme, keeps http:// and still refuses javascript:', () => {
      const m = { partnerJoin: partnerJoinMessages } as unknown as Messages;
      const base = { name: 'JFV Süd', category: 'vereine', contactName: 'Kim', email: 'kim@jfv-sued.example', publish: 'true' };
      const website = (typed: string) => validateJoin({ ...base, website: typed }, m, 'id-1');
      expect(website('jfv-sued.de').request!.website).to.equal('https://jfv-sued.de');
      expect(website('www.jfv-sued.de/jugend?x=1').request!.website).to.equal('https://www.jfv-sued.de/jugend?x=1');
      expect(website('http://jfv-sued.de').request!.website).to.equal('http://jfv-sued.de');
      for (const bad of ['javascript:alert(1)', 'mailto:kim@jfv-sued.example', 'kein link']) {
        expect(website(bad).errors.website, bad).to.equal(partnerJoinMessages.errors.url);
      }
      expect(joinReference('1f3a9c2b-0d4e-4f00-8a11-000000000000')).to.equal('1F3A-9C2B');
    });

    it('keeps what was typed when sending fails, and says why', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('savefails', run)}></ija-partner-map>`);
      for (const [id, value] of [
        ['name', 'Jugendhaus Nord'],
        ['contactName', 'Kim Beispiel'],
        ['email', 'kim@jugendhaus.example'],
      ]) {
        const input = shadow(el).querySelector<HTMLInputElement>(`#join-${id}`)!;
        input.value = value!;
        input.dispatchEvent(new Event('input'));
      }
      const category = shadow(el).querySelector<HTMLSelectElement>('#join-category')!;
      category.value = 'jugendarbeit';
      category.dispatchEvent(new Event('change'));
      checkConsent(el);
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      await waitUntil(() => shadow(el).querySelector('.error-text[role="alert"]'), 'no failure shown', { timeout: 8000 });
      expect(shadow(el).querySelector('.error-text')!.textContent).to.contain('Ihre Angaben bleiben erhalten');
      expect(shadow(el).querySelector<HTMLInputElement>('#join-name')!.value).to.equal('Jugendhaus Nord');
      tab(el, 'list').click();
      await el.updateComplete;
      tab(el, 'join').click();
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>('#join-email')!.value).to.equal('kim@jugendhaus.example');
    }).timeout(15000);

    it('quietly drops a request whose spam trap is filled', async () => {
      const run = newRunId();
      const el = await render(html`<ija-partner-map join view="join" api=${apiBase('ok', run)}></ija-partner-map>`);
      const trap = shadow(el).querySelector<HTMLInputElement>('input[name="homepage"]')!;
      expect(trap.tabIndex).to.equal(-1);
      trap.value = 'http://spam.example';
      trap.dispatchEvent(new Event('input'));
      await el.updateComplete;
      button(el, 'Anfrage senden').click();
      await waitUntil(() => shadow(el).querySelector('.join-done'), 'no thanks');
      expect((await serverLog(run)).requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });
  });

  it('shows an error with retry when the source fails', async () => {
    const el = await render(html`<ija-partner-map api=${apiBase('notfound', newRunId())}></ija-partner-map>`);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
    await expect(el).to.be.accessible();
  });
});
