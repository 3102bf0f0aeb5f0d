import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import type { JoinRequest, Partner } from '../src/core/schemas/partner.js';
import { joinReference } from '../src/core/join-reference.js';
import { isStale, matchesQuery, networkMiddle } from '../src/components/ija-partner-map/admin/partner-filter.js';
import { parseCoordinate, partnerId, validatePartner, valuesFromRequest } from '../src/components/ija-partner-map/admin/partner-form.js';
import { de } from '../src/core/i18n/messages/de.js';
import { captureDownload } from './helpers/download.js';
import { newRunId } from './helpers/api.js';

/**
 * The admin mode of <ija-partner-map> against the REAL reference server (test/server/reference-server-plugin.mjs:
 * a fresh in-memory server with the Musterstadt demo per run, its keys at /__ref/<run>/__keys).
 */

interface Server {
  run: string;
  network: IjaAdapter;
  person: IjaAdapter;
}

async function server(key?: string): Promise<Server> {
  const run = newRunId();
  const baseUrl = `/__ref/${run}/api`;
  const keys = (await (await fetch(`/__ref/${run}/__keys`)).json()) as { network: string; editor: string };
  const network = createFetchAdapter({ baseUrl, retries: 0, headers: { authorization: `Bearer ${key ?? keys.network}` } });
  return { run, network, person: createFetchAdapter({ baseUrl, retries: 0 }) };
}

const shadow = (el: IjaPartnerMap) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IjaPartnerMap, selector: string) => shadow(el).querySelector<T & Element>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (el: IjaPartnerMap, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name || text(b).startsWith(`${name}:`));

async function until<T>(what: string, find: () => T | null | undefined, timeout = 5000): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(() => (found = find()) !== null && found !== undefined, `timed out waiting for ${what}`, { timeout });
  return found!;
}

/** The widget in admin view with the server's network key; resolves once the requests are listed. */
async function adminWidget(s: Server, extra = html``): Promise<IjaPartnerMap> {
  const el = await fixture<IjaPartnerMap>(html`<div>${extra}<ija-partner-map admin view="admin" .adapter=${s.network}></ija-partner-map></div>`)
    .then((wrapper) => wrapper.querySelector('ija-partner-map')!);
  await until('the requests heading', () => $(el, '#admin-requests-title[tabindex]') ?? $(el, '.admin [role="alert"]'));
  await el.updateComplete;
  return el;
}

function joinRequest(name: string, extra: Partial<JoinRequest> = {}): JoinRequest {
  return {
    id: crypto.randomUUID(),
    name,
    category: 'vereine',
    type: 'vereine-junger-migrantinnen',
    contactName: 'Aylin Beispiel',
    email: 'aylin@example.org',
    address: 'Marktplatz 2, 45000 Musterstadt',
    offers: ['Jugendbegegnung', 'Workcamp'],
    description: 'Junge Menschen aus vielen Ländern.',
    publish: true,
    ...extra,
  };
}

async function typeInto(el: IjaPartnerMap, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
  await el.updateComplete;
}

async function click(el: IjaPartnerMap, button: Element | null | undefined): Promise<void> {
  expect(button, 'button').to.exist;
  (button as HTMLElement).click();
  await el.updateComplete;
}

describe('<ija-partner-map> admin mode: helpers', () => {
  it('makes readable ids that are not taken', () => {
    expect(partnerId('Jugendring Süd e. V.', new Set())).to.equal('jugendring-sued-e-v');
    expect(partnerId('Straße', new Set(['strasse']))).to.equal('strasse-2');
    expect(partnerId('!!!', new Set())).to.equal('partner');
  });

  it('reads coordinates with a decimal comma or point', () => {
    expect(parseCoordinate('51,5136')).to.equal(51.5136);
    expect(parseCoordinate(' -7.46 ')).to.equal(-7.46);
    expect(parseCoordinate('51°')).to.equal(undefined);
    expect(parseCoordinate('')).to.equal(undefined);
  });

  it('finds entries without umlauts and knows which were not confirmed for a year', () => {
    const partner: Partner = { id: 'a', name: 'Jugendzentrum Südviertel', category: 'jugendarbeit', address: 'Große Straße 1' };
    expect(matchesQuery(partner, 'sudviertel')).to.equal(true);
    expect(matchesQuery(partner, 'GROSSE strasse')).to.equal(true);
    expect(matchesQuery(partner, 'nord')).to.equal(false);
    const now = new Date('2026-12-03T10:00:00');
    expect(isStale(partner, now)).to.equal(true);
    expect(isStale({ ...partner, confirmedAt: '2026-01-10' }, now)).to.equal(false);
    expect(isStale({ ...partner, confirmedAt: '2025-11-30' }, now)).to.equal(true);
  });

  it('puts the map of a new entry where the network is', () => {
    const at = (lat: number, lng: number): Partner => ({ id: `${lat}`, name: 'x', category: 'vereine', location: { lat, lng } });
    expect(networkMiddle([at(51.4, 7.1), at(51.5, 7.2), at(48.1, 11.5), { id: 'n', name: 'n', category: 'vereine' }])).to.deep.equal({ lat: 51.4, lng: 7.2 });
    expect(networkMiddle([])).to.equal(undefined);
  });

  it('keeps contact data out of the entry made from a request, and needs consent to accept', () => {
    const request = { ...joinRequest('Verein X', { phone: '0123 456', publish: false }), receivedAt: new Date().toISOString(), status: 'new' as const };
    const values = valuesFromRequest(request);
    expect(values.email).to.equal(undefined);
    expect(values.phone).to.equal(undefined);
    expect(values.offers).to.equal('Jugendbegegnung\nWorkcamp');
    expect(validatePartner(values, 'verein-x', de, true).errors).to.have.keys(['publish']);
    const { partner } = validatePartner({ ...values, publish: 'true', lat: '51,5', lng: '7,2' }, 'verein-x', de, true);
    expect(partner).to.deep.include({ id: 'verein-x', name: 'Verein X', location: { lat: 51.5, lng: 7.2 } });
    expect(partner).not.to.have.property('email');
  });

  it('names every wrong field, coordinates included', () => {
    const { partner, errors } = validatePartner({ name: ' ', category: '', website: 'javascript:alert(1)', lat: '95', lng: 'x' }, 'p', de, false);
    expect(partner).to.equal(undefined);
    expect(errors).to.include({ name: de.partnerAdmin.errors.required, category: de.partnerAdmin.errors.required });
    expect(errors.website).to.equal(de.partnerAdmin.errors.url);
    expect(errors.lat).to.equal(de.partnerAdmin.errors.coordinate);
    expect(errors.lng).to.equal(de.partnerAdmin.errors.coordinate);
  });
});

describe('<ija-partner-map> admin mode', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('offers the admin view only with admin, and says when the source cannot store anything', async () => {
    const plain = await fixture<IjaPartnerMap>(html`<ija-partner-map></ija-partner-map>`);
    await plain.updateComplete;
    expect($(plain, '#tab-admin')).to.equal(null);
    const el = await fixture<IjaPartnerMap>(html`<ija-partner-map admin view="admin"></ija-partner-map>`);
    const note = await until('the read-only note', () => [...shadow(el).querySelectorAll('.admin p')].find((p) => text(p).includes('kann nichts speichern')));
    expect(text($(el, '#tab-admin'))).to.equal('Verwaltung');
    expect(note).to.exist;
    await expect(el).to.be.accessible();
  });

  it('refuses a wrong key before anything is shown, with a retry', async () => {
    const s = await server('wrong-key');
    const el = await fixture<IjaPartnerMap>(html`<ija-partner-map admin view="admin" .adapter=${s.network}></ija-partner-map>`);
    const alert = await until('the error state', () => $(el, '.state.error'));
    expect(text(alert)).to.contain('401');
    expect($(el, '.admin')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the key is missing when the inbox is refused', async () => {
    const s = await server();
    // The public list loads; the requests need the key.
    const el = await adminWidget({ ...s, network: { ...s.network, listJoinRequests: () => s.person.listJoinRequests() } });
    const alert = await until('the alert', () => $(el, '.admin [role="alert"]'));
    expect(text(alert)).to.contain('Netzwerk-Schlüssel fehlt oder ist falsch');
    await expect(el).to.be.accessible();
  });

  it('lists new requests with a count, the reference and the contact, and keeps handled ones apart', async () => {
    const s = await server();
    const first = joinRequest('Jugendtreff Nord');
    const second = joinRequest('Sportverein Süd', { message: 'Wir haben eine Partnerstadt in Polen.' });
    await s.person.requestToJoin(first);
    await s.person.requestToJoin(second);
    await s.network.declineJoinRequest(second.id);
    const el = await adminWidget(s);
    expect(text($(el, '#admin-requests-title'))).to.equal('Beitrittsanfragen 1 neu');
    const requests = [...shadow(el).querySelectorAll('.request')];
    expect(requests).to.have.length(2);
    expect(text(requests[0]!)).to.contain('Jugendtreff Nord').and.contain(joinReference(first.id)).and.contain('aylin@example.org');
    expect(text($(el, '.handled summary'))).to.equal('Bearbeitete Anfragen (1)');
    expect(text(requests[1]!)).to.contain('Abgelehnt am');
    await expect(el).to.be.accessible();
  });

  it('accepts a request as a completed entry: prefilled, with a position, then public', async () => {
    const s = await server();
    const request = joinRequest('Verein junger Migrant*innen Musterstadt');
    await s.person.requestToJoin(request);
    const el = await adminWidget(s);
    await click(el, buttonNamed(el, 'Prüfen und aufnehmen'));
    expect(shadow(el).activeElement).to.equal($(el, '#pf-title'));
    expect(text($(el, '#pf-title'))).to.equal('Anfrage aufnehmen: Verein junger Migrant*innen Musterstadt');
    expect($<HTMLInputElement>(el, '#pf-name')!.value).to.equal(request.name);
    expect($<HTMLInputElement>(el, '#pf-address')!.value).to.equal(request.address);
    expect($<HTMLTextAreaElement>(el, '#pf-offers')!.value).to.equal('Jugendbegegnung\nWorkcamp');
    expect($<HTMLInputElement>(el, '#pf-email')!.value).to.equal('');
    expect(text($(el, '.request-box'))).to.contain('aylin@example.org').and.contain(joinReference(request.id));
    expect($<HTMLInputElement>(el, '#pf-publish')!.checked).to.equal(true);
    await typeInto(el, '#pf-lat', '51,4821');
    await typeInto(el, '#pf-lng', '7,2166');
    await expect(el).to.be.accessible();

    await click(el, buttonNamed(el, 'Aufnehmen und veröffentlichen'));
    await until('the focus on the new entry', () => (shadow(el).activeElement?.id === 'admin-edit-verein-junger-migrant-innen-musterstadt' ? true : undefined));
    expect($(el, '.admin-partners li')!.querySelector('button')!.id).to.equal('admin-edit-verein-junger-migrant-innen-musterstadt');
    await until('the announcement', () => [...shadow(el).querySelectorAll('[role="status"]')].find((s) => text(s).includes('aufgenommen')));
    const entry = (await s.person.getPartners()).data.find((p) => p.name === request.name);
    expect(entry).to.deep.include({ id: 'verein-junger-migrant-innen-musterstadt', location: { lat: 51.4821, lng: 7.2166 }, offers: request.offers });
    expect(entry).not.to.have.property('email');
    expect(el.allPartners.some((p) => p.id === entry!.id)).to.equal(true);
    expect((await s.network.listJoinRequests()).requests[0]).to.include({ status: 'accepted', partnerId: entry!.id });
  });

  it('keeps what was typed and names the fields when the entry is not valid', async () => {
    const s = await server();
    const before = (await s.person.getPartners()).data.length;
    const el = await adminWidget(s);
    await click(el, $(el, '#admin-add'));
    await typeInto(el, '#pf-website', 'javascript:alert(1)');
    await click(el, buttonNamed(el, 'Speichern'));
    const summary = $(el, '.error-summary')!;
    expect(shadow(el).activeElement).to.equal(summary);
    expect(text(summary)).to.contain('Name der Organisation: Bitte ausfüllen.').and.contain('Website: Bitte eine gültige Web-Adresse');
    expect($<HTMLInputElement>(el, '#pf-website')!.value).to.equal('javascript:alert(1)');
    await expect(el).to.be.accessible();
    expect((await s.person.getPartners()).data).to.have.length(before);
  });

  it('keeps the form when saving fails, with the reason', async () => {
    const s = await server();
    const el = await adminWidget(s);
    await click(el, $(el, '#admin-add'));
    await typeInto(el, '#pf-name', 'Neuer Träger');
    await typeInto(el, '#pf-category', 'jugendarbeit');
    el.adapter = { ...s.network, createPartner: () => Promise.reject(new Error('offline')) };
    await el.updateComplete;
    await click(el, buttonNamed(el, 'Speichern'));
    const failure = await until('the failure', () => $(el, '.admin-form > [role="alert"]'));
    expect(text(failure)).to.contain('Nicht gespeichert. Ihre Eingaben bleiben erhalten.');
    expect($<HTMLInputElement>(el, '#pf-name')!.value).to.equal('Neuer Träger');
  });

  it('adds, edits and removes an entry (after a confirmation)', async () => {
    const s = await server();
    const el = await adminWidget(s);
    await click(el, $(el, '#admin-add'));
    await typeInto(el, '#pf-name', 'Jugendkunstschule Nord');
    await typeInto(el, '#pf-category', 'jugendarbeit');
    await typeInto(el, '#pf-website', 'www.jks-nord.de');
    await click(el, buttonNamed(el, 'Speichern'));
    const edit = await until('the new entry', () => $(el, '#admin-edit-jugendkunstschule-nord'));
    expect((await s.person.getPartners()).data.find((p) => p.id === 'jugendkunstschule-nord')).to.deep.include({
      website: 'https://www.jks-nord.de',
      confirmedAt: new Date().toLocaleDateString('sv'),
    });

    await click(el, edit);
    await typeInto(el, '#pf-description', 'Kunst und Begegnung');
    await click(el, buttonNamed(el, 'Speichern'));
    await until('the focus back on the entry', () => (shadow(el).activeElement?.id === 'admin-edit-jugendkunstschule-nord' ? true : undefined));
    expect((await s.person.getPartners()).data.find((p) => p.id === 'jugendkunstschule-nord')?.description).to.equal('Kunst und Begegnung');

    await click(el, $(el, '#admin-edit-jugendkunstschule-nord'));
    await click(el, $(el, '#pf-remove'));
    expect(text(shadow(el).activeElement)).to.contain('wirklich löschen');
    await expect(el).to.be.accessible();
    await click(el, buttonNamed(el, 'Ja, löschen'));
    await until('the entry gone', () => ($(el, '#admin-edit-jugendkunstschule-nord') ? undefined : true));
    expect((await s.person.getPartners()).data.some((p) => p.id === 'jugendkunstschule-nord')).to.equal(false);
  });

  it('declines and deletes requests', async () => {
    const s = await server();
    const request = joinRequest('Irgendein Verein');
    await s.person.requestToJoin(request);
    const el = await adminWidget(s);
    await click(el, buttonNamed(el, 'Ablehnen'));
    await until('the request handled', () => (text($(el, '#admin-requests-title')).endsWith('0 neu') ? true : undefined));
    expect((await s.network.listJoinRequests()).requests[0]!.status).to.equal('declined');
    $<HTMLDetailsElement>(el, '.handled')!.open = true;
    await click(el, buttonNamed(el, 'Anfrage löschen'));
    await click(el, buttonNamed(el, 'Ja, löschen'));
    await until('the request gone', () => ($(el, '.request') ? undefined : true));
    expect((await s.network.listJoinRequests()).requests).to.deep.equal([]);
  });

  it('filters entries by text and by a confirmation older than a year', async () => {
    const s = await server();
    const all = (await s.person.getPartners()).data;
    const [first, second] = all;
    await s.network.updatePartner(first!.id, { confirmedAt: new Date().toLocaleDateString('sv') });
    await s.network.updatePartner(second!.id, { confirmedAt: '2020-01-01' });
    const el = await adminWidget(s);
    const rows = () => shadow(el).querySelectorAll('.admin-partners li').length;
    expect(rows()).to.equal(Math.min(50, all.length));
    const stale = all.filter((p) => p.id !== first!.id && (!p.confirmedAt || isStale(p, new Date()))).length;
    expect(text($(el, '#admin-stale')!.closest('label'))).to.contain(`(${stale})`);
    $<HTMLInputElement>(el, '#admin-stale')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector(`#admin-edit-${CSS.escape(first!.id)}`)).to.equal(null);
    expect(text(shadow(el).querySelector(`#admin-edit-${CSS.escape(second!.id)}`)!.closest('li'))).to.contain('Bestätigt am');
    await typeInto(el, '#admin-query', second!.name.slice(0, 8).toUpperCase());
    expect(shadow(el).querySelector(`#admin-edit-${CSS.escape(second!.id)}`)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('imports a spreadsheet after showing the dry run, and exports what it imports', async () => {
    const s = await server();
    const before = (await s.person.getPartners()).data.length;
    const el = await adminWidget(s);
    const csv = 'Name;Gruppe;Art;Ort;Breitengrad;Längengrad\nJugendfarm Ost;Träger der Jugendarbeit;;Musterstadt;51,5;7,3\n;Vereine;;;;\n';
    const input = $<HTMLInputElement>(el, '#admin-import-file')!;
    const files = new DataTransfer();
    files.items.add(new File([csv], 'partner.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const report = await until('the report', () => $(el, '.import-report'));
    expect(shadow(el).activeElement).to.equal(report);
    expect(text(report)).to.contain('1 neu').and.contain('1 Zeile mit Fehlern').and.contain('Noch ist nichts gespeichert');
    const cells = [...report.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
    expect(cells[0]!.slice(0, 3)).to.deep.equal(['2', 'Jugendfarm Ost', 'Neu']);
    expect(cells[1]![2]).to.equal('Nicht übernommen');
    await expect(el).to.be.accessible();
    expect((await s.person.getPartners()).data).to.have.length(before);

    await click(el, buttonNamed(el, 'Import bestätigen (1 Zeile)'));
    await until('the import done', () => [...shadow(el).querySelectorAll('[role="status"]')].find((n) => text(n).includes('Importiert: 1 neu')));
    expect((await s.person.getPartners()).data).to.have.length(before + 1);
    expect(el.allPartners).to.have.length(before + 1);

    const file = await captureDownload(() => buttonNamed(el, 'Als CSV herunterladen')!.click());
    expect(file.name).to.match(/^partner-\d{4}-\d\d-\d\d\.csv$/);
    expect(file.text).to.contain('Jugendfarm Ost');
    const xlsx = await captureDownload(() => buttonNamed(el, 'Als Excel-Tabelle (XLSX) herunterladen')!.click());
    expect(xlsx.name).to.match(/\.xlsx$/);
    expect(xlsx.bytes.length).to.be.greaterThan(1000);
  });

  it('shows why a file could not be read, and nothing is written', async () => {
    const s = await server();
    const el = await adminWidget(s);
    const input = $<HTMLInputElement>(el, '#admin-import-file')!;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([137, 80, 78, 71, 0, 1, 2])], 'bild.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const alert = await until('the alert', () => $(el, '.admin-section [role="alert"]'));
    expect(text(alert)).to.contain('Die Tabelle konnte nicht verarbeitet werden');
  });

  it('looks the address up only when asked, through the site geocoder, and sets the position', async () => {
    const s = await server();
    const request = joinRequest('Jugendtreff Hauptstraße', { address: 'Hauptstraße 1, Musterstadt' });
    await s.person.requestToJoin(request);
    const el = await adminWidget(s);
    el.geocoder = '/__geocoder/search';
    await el.updateComplete;
    await click(el, buttonNamed(el, 'Prüfen und aufnehmen'));
    expect(text($(el, '#pf-geocoder-note'))).to.equal(`Die Adresse wird dafür an ${location.hostname} gesendet.`);
    await click(el, buttonNamed(el, 'Adresse auf der Karte suchen'));
    const use = await until('a result', () => $(el, '.geocoder-results button'));
    const last = (await (await fetch('/__geocoder/last')).json()) as { query: Record<string, string> };
    expect(last.query['q']).to.equal('Hauptstraße 1, Musterstadt');
    await expect(el).to.be.accessible();
    await click(el, use);
    expect($<HTMLInputElement>(el, '#pf-lat')!.value).to.not.equal('');
    expect(parseCoordinate($<HTMLInputElement>(el, '#pf-lat')!.value)).to.be.within(50, 53);
  });

  it('runs the whole journey by keyboard at 320 px: a request arrives, is accepted with a pin from the map, and is public', async () => {
    await setViewport({ width: 320, height: 640 });
    const s = await server();
    const request = joinRequest('Mädchentreff Ost', { address: 'Oststraße 5, Musterstadt' });
    await s.person.requestToJoin(request);
    const el = await fixture<IjaPartnerMap>(
      html`<ija-partner-map admin tiles="/__tiles/${s.run}/{z}/{x}/{y}.png" .adapter=${s.network}></ija-partner-map>`,
    );
    await until('the list', () => $(el, '#tab-list'));
    expect(el.scrollWidth).to.be.at.most(320);

    /** Tab until the focused element satisfies `is` (at most 80 steps). */
    const tabTo = async (what: string, is: (node: Element) => boolean) => {
      for (let i = 0; i < 80; i++) {
        const active = shadow(el).activeElement;
        if (active && is(active)) return active;
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      }
      throw new Error(`could not tab to ${what}`);
    };
    $(el, '#tab-list')!.focus();
    await sendKeys({ press: 'End' });
    await until('the admin view', () => $(el, '#admin-requests-title[tabindex]'));
    expect(shadow(el).activeElement?.id).to.equal('tab-admin');
    await expect(el).to.be.accessible();

    await tabTo('the review button', (node) => text(node).startsWith('Prüfen und aufnehmen'));
    await sendKeys({ press: 'Enter' });
    await until('the form', () => (shadow(el).activeElement?.id === 'pf-title' ? true : undefined));
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();

    await tabTo('the load map button', (node) => text(node) === 'Karte laden');
    await sendKeys({ press: 'Enter' });
    const pinButton = await until('the map ready', () => {
      const b = buttonNamed(el, 'Stecknadel in die Kartenmitte');
      return b && !b.disabled ? b : undefined;
    });
    await tabTo('the map', (node) => node.classList.contains('map-container'));
    await sendKeys({ press: 'ArrowRight' });
    await tabTo('the pin button', (node) => node === pinButton);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const lat = parseCoordinate($<HTMLInputElement>(el, '#pf-lat')!.value);
    const lng = parseCoordinate($<HTMLInputElement>(el, '#pf-lng')!.value);
    expect(lat).to.be.a('number');
    expect(lng).to.be.a('number');
    await expect(el).to.be.accessible();

    await tabTo('the accept button', (node) => text(node) === 'Aufnehmen und veröffentlichen');
    await sendKeys({ press: 'Enter' });
    await until('the overview, on the new entry', () => (shadow(el).activeElement?.id === 'admin-edit-maedchentreff-ost' ? true : undefined));
    await expect(el).to.be.accessible();

    const entry = (await s.person.getPartners()).data.find((p) => p.name === 'Mädchentreff Ost');
    expect(entry?.location).to.deep.equal({ lat, lng });
    // The public list shows it: the visitor's view of the same network.
    const visitor = await fixture<IjaPartnerMap>(html`<ija-partner-map api="/__ref/${s.run}/api"></ija-partner-map>`);
    // The list shows 20 partners at first: the visitor asks for all of them.
    (await until('"Alle zeigen"', () => buttonNamed(visitor, 'Alle zeigen'))).click();
    await until('the public entry', () =>
      [...shadow(visitor).querySelectorAll('.partner-name')].find((n) => text(n) === 'Mädchentreff Ost'),
    );
  });
});
