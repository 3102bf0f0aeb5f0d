import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import type { IjaWorkshopAgenda } from '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import type { Agenda } from '../src/core/schemas/agenda.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import { newRunId } from './helpers/api.js';

/**
 * Viewers see a saved change without reloading: an agenda from a server is asked for again every
 * 15 seconds while the page is visible, shown in place, and announced; never while editing.
 */

const DAY: Agenda = { ...structuredClone(DEFAULT_AGENDA), id: 'musterstadt', date: '2027-03-04', location: 'Jugendzentrum Musterstadt' };
const POLL = 15_000;

const shadow = (el: IjaWorkshopAgenda) => el.shadowRoot!;
const liveRegion = (el: IjaWorkshopAgenda) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const itemTitle = (el: IjaWorkshopAgenda, id: string) => shadow(el).querySelector(`li[data-id="${id}"] .title`)?.textContent;

/** A server in memory: what it holds can be changed by "another organiser", and it counts reads. */
function server(initial: Agenda, writable = true) {
  const state = { stored: structuredClone(initial), reads: 0 };
  const adapter = {
    kind: 'memory',
    writable,
    getAgenda: async () => {
      state.reads++;
      return { data: structuredClone(state.stored), issues: [] };
    },
    saveAgenda: async (agenda: Agenda) => {
      state.stored = structuredClone(agenda);
      return { data: structuredClone(agenda), issues: [] };
    },
  } as unknown as IjaAdapter;
  return { state, adapter };
}

/** Records the intervals set (and cleared) while a test runs, so a test can run a 15-second tick at once. */
function watchIntervals() {
  const [set, clear] = [window.setInterval, window.clearInterval];
  const started: { tick: () => void; delay: number; id: number }[] = [];
  const cleared = new Set<number>();
  window.setInterval = ((tick: () => void, delay?: number) => {
    const id = set(() => {}, 1e9);
    started.push({ tick, delay: delay ?? 0, id });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) cleared.add(id);
    clear(id);
  }) as typeof window.clearInterval;
  return {
    /** The polls running now. */
    polls: () => started.filter((s) => s.delay === POLL && !cleared.has(s.id)),
    restore() {
      window.setInterval = set;
      window.clearInterval = clear;
    },
  };
}

function setVisibility(state: 'visible' | 'hidden'): void {
  if (state === 'visible') delete (document as { visibilityState?: string }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function render(template: ReturnType<typeof html>): Promise<IjaWorkshopAgenda> {
  const el = await fixture<IjaWorkshopAgenda>(template);
  await waitUntil(() => shadow(el).querySelector('li.item'), 'agenda did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<ija-workshop-agenda>: viewers see saved changes', () => {
  let intervals: ReturnType<typeof watchIntervals>;
  beforeEach(() => {
    intervals = watchIntervals();
  });
  afterEach(() => {
    intervals.restore();
    setVisibility('visible');
  });

  it('asks again every 15 seconds and shows a change in place: focus, scroll and the open description stay; said politely', async () => {
    const { state, adapter } = server(DAY);
    const el = await render(html`<ija-workshop-agenda .adapter=${adapter} agenda-id="musterstadt"></ija-workshop-agenda>`);
    let edits = 0;
    el.addEventListener('ija-agenda-change', () => edits++);
    await waitUntil(() => intervals.polls().length === 1, 'no 15-second poll started');
    const reads = state.reads;

    // Nothing changed: nothing happens.
    intervals.polls()[0]!.tick();
    await waitUntil(() => state.reads === reads + 1);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('');

    // The viewer has opened a long description and is on the calendar button.
    const more = shadow(el).querySelector<HTMLButtonElement>('li[data-id="diskussion"] button.more')!;
    more.click();
    await el.updateComplete;
    const calendarButton = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('In den Kalender'))!;
    calendarButton.focus();
    // What the viewer looks at must not move. (Not `scrollY`: when the title above changes its number of lines, the
    // browser's scroll anchoring changes `scrollY` by that much, precisely so that nothing moves on screen.)
    const onScreen = calendarButton.getBoundingClientRect().top;

    state.stored = {
      ...state.stored,
      title: 'Werkstattgespräch (geändert)',
      items: state.stored.items.map((item) => (item.id === 'praxisbeispiel' ? { ...item, title: 'Praxisbeispiel: Lublin' } : item)),
    };
    intervals.polls()[0]!.tick();
    await waitUntil(() => itemTitle(el, 'praxisbeispiel') === 'Praxisbeispiel: Lublin', 'the change was not shown');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Werkstattgespräch (geändert)');
    expect(liveRegion(el)).to.equal('Der Ablauf wurde geändert.');
    expect(shadow(el).activeElement).to.equal(calendarButton);
    expect(calendarButton.isConnected).to.equal(true);
    expect(calendarButton.getBoundingClientRect().top).to.equal(onScreen);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(edits).to.equal(0);
    expect(el.currentAgenda!.title).to.equal('Werkstattgespräch (geändert)');

    // A second change is said again.
    state.stored = { ...state.stored, location: 'Rathaus' };
    intervals.polls()[0]!.tick();
    await waitUntil(() => shadow(el).querySelector('header')!.textContent!.includes('Rathaus'));
    expect(liveRegion(el)).to.contain('Der Ablauf wurde geändert.');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).not.to.equal('Der Ablauf wurde geändert.');
  });

  it('pauses while the page is hidden, catches up when it is visible again, and stops when removed', async () => {
    const { state, adapter } = server(DAY);
    const el = await render(html`<ija-workshop-agenda .adapter=${adapter} agenda-id="musterstadt"></ija-workshop-agenda>`);
    await waitUntil(() => intervals.polls().length === 1, 'no poll started');
    const reads = state.reads;

    setVisibility('hidden');
    expect(intervals.polls()).to.have.length(0);
    expect(state.reads).to.equal(reads);

    state.stored = { ...state.stored, title: 'Neu, während die Seite verborgen war' };
    setVisibility('visible');
    expect(intervals.polls()).to.have.length(1);
    await waitUntil(() => shadow(el).querySelector('h2')!.textContent === 'Neu, während die Seite verborgen war', 'no catch-up');
    expect(state.reads).to.equal(reads + 1);

    el.remove();
    expect(intervals.polls()).to.have.length(0);
    setVisibility('hidden');
    setVisibility('visible');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.reads).to.equal(reads + 1);
  });

  it('does not ask again for built-in, static or inline content', async () => {
    const sources = [
      html`<ija-workshop-agenda></ija-workshop-agenda>`,
      html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`,
      html`<ija-workshop-agenda .adapter=${server(DAY, false).adapter} agenda-id="musterstadt"></ija-workshop-agenda>`,
    ];
    for (const source of sources) {
      await render(source);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(intervals.polls()).to.have.length(0);
  });

  it('never replaces what an organiser is editing', async () => {
    const { state, adapter } = server(DAY);
    const el = await render(html`<ija-workshop-agenda editable .adapter=${adapter} agenda-id="musterstadt"></ija-workshop-agenda>`);
    await waitUntil(() => shadow(el).querySelector('.toolbar'), 'edit mode did not load');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(intervals.polls()).to.have.length(0);

    // An unsaved change, then edit mode is switched off: the poll runs, but the draft stays.
    const duration = shadow(el).querySelector<HTMLInputElement>('li[data-id="intro"] input[type="number"]')!;
    duration.value = '30';
    duration.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.editable = false;
    await waitUntil(() => intervals.polls().length === 1, 'no poll after edit mode ended');
    state.stored = { ...state.stored, title: 'Von jemand anderem' };
    const reads = state.reads;
    intervals.polls()[0]!.tick();
    await waitUntil(() => state.reads === reads + 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(DAY.title);
    expect(el.currentAgenda!.items.find((i) => i.id === 'intro')!.end).to.equal('11:15');
  });

  it('against the real server: an organiser saves in one element, a viewer\'s element shows it', async () => {
    const run = newRunId();
    const baseUrl = `/__ref/${run}/api`;
    const keys = (await (await fetch(`/__ref/${run}/__keys`)).json()) as { editor: string };
    const organiser = createFetchAdapter({ baseUrl, headers: { authorization: `Bearer ${keys.editor}` }, retries: 0 });
    const viewer = await render(html`<ija-workshop-agenda api=${baseUrl} agenda-id="werkstattgespraech"></ija-workshop-agenda>`);
    const editor = await render(html`<ija-workshop-agenda editable .adapter=${organiser} agenda-id="werkstattgespraech"></ija-workshop-agenda>`);
    await waitUntil(() => intervals.polls().length === 1, 'the viewer does not follow the server');
    await waitUntil(() => shadow(editor).querySelector('.details-toggle'), 'edit mode did not load');

    shadow(editor).querySelector<HTMLButtonElement>('.details-toggle')!.click();
    await editor.updateComplete;
    const title = shadow(editor).querySelector<HTMLInputElement>('#details-title')!;
    title.value = 'Werkstattgespräch Musterstadt – neuer Termin';
    shadow(editor).querySelector<HTMLButtonElement>('#details-form button[type="submit"]')!.click();
    await editor.updateComplete;
    [...shadow(editor).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Speichern')!.click();
    await waitUntil(() => shadow(editor).querySelector('.save-status')!.textContent!.includes('Gespeichert.'), 'not saved', { timeout: 5000 });

    intervals.polls()[0]!.tick();
    await waitUntil(() => shadow(viewer).querySelector('h2')!.textContent === 'Werkstattgespräch Musterstadt – neuer Termin', 'the viewer did not see it', {
      timeout: 5000,
    });
    expect(liveRegion(viewer)).to.equal('Der Ablauf wurde geändert.');
  });
});
