import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/ija-partner-map/ija-partner-map.js';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaWorkshopAgenda } from '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaFivePointPlan } from '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import { DEFAULT_PLAN } from '../src/core/defaults/plan.js';
import type { IjaErrorEvent, IjaEvent, IjaPlanChangeEvent } from '../src/core/events.js';
import { newRunId } from './helpers/api.js';

/**
 * The events a site builds on, through the elements' public face only: `ija-load` once the data is on screen,
 * `ija-error` for a failed save with its operation, and the typed events for what a person does (cancelable
 * where a site may stop the action), never for a change a script made.
 */

const PARTNERS = '/test/fixtures/partners.json';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonIn = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label || text(b).startsWith(`${label}:`) || text(b).startsWith(label))!;
const refused = (status: number, error?: string) => new IjaAdapterError('http', `HTTP ${status}`, { status, details: error ? { error } : undefined });

/** An adapter that can store (so the widget takes the writing path), from the methods a test gives it. */
const memoryAdapter = (methods: Partial<Record<keyof IjaAdapter, unknown>>): IjaAdapter => ({ kind: 'memory', writable: true, ...methods }) as unknown as IjaAdapter;

/** Every event of a type that reaches the document, in order. */
function record<E extends Event>(type: string): { events: E[]; stop(): void } {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** Cancels every event of a type that reaches the document while `run` lasts. */
async function cancelling(type: string, run: () => Promise<void>): Promise<number> {
  let cancelled = 0;
  const cancel = (event: Event) => {
    event.preventDefault();
    cancelled++;
  };
  document.addEventListener(type, cancel);
  try {
    await run();
  } finally {
    document.removeEventListener(type, cancel);
  }
  return cancelled;
}

async function ready<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, selector: string): Promise<T> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `${el.localName}: ${selector} did not render`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('events', () => {
  describe('ija-load', () => {
    it('fires once the partners are rendered: a listener finds their names in the shadow DOM', async () => {
      const el = document.createElement('ija-partner-map');
      el.src = PARTNERS;
      let seen: string[] = [];
      el.addEventListener('ija-load', () => (seen = [...el.shadowRoot!.querySelectorAll('.partner-name')].map(text)));
      const loaded = oneEvent(el, 'ija-load');
      document.body.append(el);
      try {
        const event = await loaded;
        // The fixture has two invalid records: left out, the rest shown.
        expect(event.detail.source).to.equal('static');
        expect(event.detail.issues).to.have.length(2);
        expect(seen).to.have.length.greaterThan(2);
        expect(seen).to.include('Stadtjugendring Münster e. V.');
      } finally {
        el.remove();
      }
    });

    it('fires once the agenda is rendered: its titles are in the shadow DOM, also for data set as a property', async () => {
      const el = document.createElement('ija-workshop-agenda');
      el.agenda = { ...structuredClone(DEFAULT_AGENDA), id: 'tag', title: 'Werkstattgespräch Musterstadt' };
      let seen = '';
      el.addEventListener('ija-load', () => (seen = text(el.shadowRoot!.querySelector('ol.items'))));
      const loaded = oneEvent(el, 'ija-load');
      document.body.append(el);
      try {
        expect((await loaded).detail.source).to.equal('value');
        for (const item of DEFAULT_AGENDA.items) expect(seen).to.contain(item.title);
      } finally {
        el.remove();
      }
    });
  });

  describe('ija-error for a failed save, with its operation', () => {
    it('agenda: says save-agenda once, and the edited agenda stays', async () => {
      const agenda = { ...structuredClone(DEFAULT_AGENDA), id: 'tag' };
      const adapter = memoryAdapter({
        getAgenda: async () => ({ data: structuredClone(agenda), issues: [] }),
        saveAgenda: () => Promise.reject(refused(403)),
      });
      const el = await ready(await fixture<IjaWorkshopAgenda>(html`<ija-workshop-agenda editable agenda-id="tag" .adapter=${adapter}></ija-workshop-agenda>`), '.toolbar');
      const errors = record<IjaErrorEvent>('ija-error');
      try {
        const duration = el.shadowRoot!.querySelector<HTMLInputElement>('li[data-id="intro"] input[type="number"]')!;
        duration.value = '45';
        duration.dispatchEvent(new Event('input', { bubbles: true }));
        duration.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        const failed = oneEvent(el, 'ija-error');
        const save = buttonIn(el.shadowRoot!, 'Speichern');
        save.focus();
        await sendKeys({ press: 'Enter' });
        const { detail } = await failed;
        expect(detail).to.deep.include({ operation: 'save-agenda', source: 'adapter' });
        expect(detail.error).to.be.instanceOf(IjaAdapterError);
        expect(detail.error.status).to.equal(403);
        await el.updateComplete;
        expect(errors.events).to.have.length(1);
        expect(el.shadowRoot!.querySelector<HTMLInputElement>('li[data-id="intro"] input[type="number"]')!.value).to.equal('45');
      } finally {
        errors.stop();
      }
    });

    it('board: a refused idea says add-idea once, after quiet retries of transient failures; its text stays', async () => {
      let attempts = 0;
      const adapter = memoryAdapter({
        getBoard: async () => ({ data: structuredClone(DEFAULT_BOARD), issues: [] }),
        addCard: () => {
          attempts++;
          // Two transient failures are retried without a word; then the server refuses.
          return Promise.reject(attempts <= 2 ? new IjaAdapterError('http', 'HTTP 503', { status: 503, retryAfterMs: 10 }) : refused(423, 'board-locked'));
        },
      });
      const el = await ready(await fixture<IjaLeitfragenBoard>(html`<ija-leitfragen-board board-id=${`events-${newRunId()}`} .adapter=${adapter}></ija-leitfragen-board>`), 'textarea');
      const errors = record<IjaErrorEvent>('ija-error');
      try {
        const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
        area.focus();
        await sendKeys({ type: 'Jugendberufsagentur einladen' });
        await sendKeys({ press: 'Tab' });
        const failed = oneEvent(el, 'ija-error');
        await sendKeys({ press: 'Enter' });
        const { detail } = await failed;
        expect(detail.operation).to.equal('add-idea');
        expect(detail.error.status).to.equal(423);
        expect(attempts).to.equal(3);
        await waitUntil(() => el.shadowRoot!.querySelector('li.card.rejected'), 'the refused idea is not shown');
        expect(text(el.shadowRoot!.querySelector('li.card.rejected .card-text'))).to.equal('Jugendberufsagentur einladen');
        expect(errors.events).to.have.length(1);
      } finally {
        errors.stop();
      }
    });

    it('plan: a step that cannot be saved says save-plan; the step stays with a retry', async () => {
      const adapter = memoryAdapter({
        getPlan: async () => ({ data: structuredClone(DEFAULT_PLAN), issues: [] }),
        addPlanStep: () => Promise.reject(refused(500)),
      });
      const el = await ready(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan editable refresh-seconds="600" .adapter=${adapter}></ija-five-point-plan>`), '.add-step input');
      const point = el.shadowRoot!.querySelector('li.point[data-id="netzwerk"]')!;
      point.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;
      const failed = oneEvent(el, 'ija-error');
      point.querySelector<HTMLInputElement>('.add-step input')!.focus();
      await sendKeys({ type: 'Jobcenter einladen' });
      await sendKeys({ press: 'Enter' });
      const { detail } = await failed;
      expect(detail.operation).to.equal('save-plan');
      expect(detail.error.status).to.equal(500);
      await el.updateComplete;
      expect(text(point.querySelector('.steps'))).to.contain('Jobcenter einladen');
      expect(buttonIn(point.querySelector('.save-state')!, 'Erneut versuchen')).to.exist;
    });

    it('partner map: a join request that fails says send-join-request; what was typed stays', async () => {
      const adapter = memoryAdapter({
        getPartners: async () => ({ data: [], issues: [] }),
        requestToJoin: () => Promise.reject(refused(500)),
      });
      const el = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map join view="join" .adapter=${adapter}></ija-partner-map>`), '#join-name');
      fillJoin(el);
      await el.updateComplete;
      const failed = oneEvent(el, 'ija-error');
      buttonIn(el.shadowRoot!, 'Anfrage senden').click();
      expect((await failed).detail.operation).to.equal('send-join-request');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#join-name')!.value).to.equal('Jugendfeuerwehr Musterstadt');
      expect(el.shadowRoot!.querySelector('.join-done')).to.equal(null);
    });

    it('partner admin: a partner that cannot be saved says save-partner; the form stays', async () => {
      const adapter = memoryAdapter({
        getPartners: async () => ({ data: [], issues: [] }),
        listJoinRequests: async () => ({ requests: [] }),
        createPartner: () => Promise.reject(refused(403)),
      });
      const el = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map admin view="admin" .adapter=${adapter}></ija-partner-map>`), '#admin-add');
      el.shadowRoot!.querySelector<HTMLButtonElement>('#admin-add')!.click();
      await ready(el, '#pf-name');
      for (const [selector, value] of [['#pf-name', 'Neuer Träger'], ['#pf-category', 'jugendarbeit']] as const) {
        const field = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
        field.value = value;
        field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
        await el.updateComplete;
      }
      const failed = oneEvent(el, 'ija-error');
      buttonIn(el.shadowRoot!, 'Speichern').click();
      expect((await failed).detail.operation).to.equal('save-partner');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#pf-name')!.value).to.equal('Neuer Träger');
    });
  });

  describe('what a person does on the board', () => {
    const boardEl = async () => ready(await fixture<IjaLeitfragenBoard>(html`<ija-leitfragen-board></ija-leitfragen-board>`), 'textarea');
    const area = (el: IjaLeitfragenBoard) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('section.question textarea')!;
    const cards = (el: IjaLeitfragenBoard) => [...el.shadowRoot!.querySelectorAll('li.card .card-text')].map(text);

    async function typeIdea(el: IjaLeitfragenBoard, idea: string): Promise<void> {
      area(el).focus();
      await sendKeys({ type: idea });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }

    it('ija-idea-add says which idea goes to which question, before it is added', async () => {
      const el = await boardEl();
      const questionId = DEFAULT_BOARD.questions[0]!.id;
      let shownWhenFired: string[] | undefined;
      el.addEventListener('ija-idea-add', () => (shownWhenFired = cards(el)));
      const adding = oneEvent(el, 'ija-idea-add');
      await typeIdea(el, 'Jugendberufsagentur einladen');
      const event = await adding;
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.include({ boardId: DEFAULT_BOARD.id, questionId, text: 'Jugendberufsagentur einladen' });
      expect(event.detail.cardId).to.match(/^[0-9a-f-]{36}$/);
      expect(shownWhenFired).to.deep.equal([]);
      expect(cards(el)).to.deep.equal(['Jugendberufsagentur einladen']);
      expect(el.shadowRoot!.querySelector(`li.card[data-id="${event.detail.cardId}"]`)).to.exist;
    });

    it('a cancelled ija-idea-add adds nothing and keeps the text in the box', async () => {
      const el = await boardEl();
      const cancelled = await cancelling('ija-idea-add', () => typeIdea(el, 'Runder Tisch mit dem Jobcenter'));
      expect(cancelled).to.equal(1);
      expect(cards(el)).to.deep.equal([]);
      expect(area(el).value).to.equal('Runder Tisch mit dem Jobcenter');
    });

    it('ija-vote fires for a vote and for taking it back; a cancelled vote counts nothing', async () => {
      const el = await boardEl();
      await typeIdea(el, 'Schulsozialarbeit fragen');
      const cardId = el.shadowRoot!.querySelector<HTMLElement>('li.card')!.dataset['id'];
      const votes = () => text(el.shadowRoot!.querySelector('li.card .vote-count'));
      const before = votes();

      const cancelled = await cancelling('ija-vote', async () => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('li.card button.vote')!.click();
        await el.updateComplete;
      });
      expect(cancelled).to.equal(1);
      expect(votes()).to.equal(before);

      const voting = oneEvent(el, 'ija-vote');
      const vote = el.shadowRoot!.querySelector<HTMLButtonElement>('li.card button.vote')!;
      vote.focus();
      await sendKeys({ press: 'Enter' });
      const event = await voting;
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ boardId: DEFAULT_BOARD.id, cardId, value: 1 });
      await el.updateComplete;
      expect(votes()).not.to.equal(before);

      const takingBack = oneEvent(el, 'ija-vote');
      el.shadowRoot!.querySelector<HTMLButtonElement>('li.card button.unvote')!.click();
      expect((await takingBack).detail.value).to.equal(-1);
      await el.updateComplete;
      expect(votes()).to.equal(before);
    });

    it('ija-view-change when the moderator switches views, not when a script sets view', async () => {
      const el = await ready(await fixture<IjaLeitfragenBoard>(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`), '.toolbar');
      const changes = record<IjaEvent<{ view: string; previous: string }>>('ija-view-change');
      try {
        el.view = 'results';
        await el.updateComplete;
        el.view = 'board';
        await el.updateComplete;
        expect(changes.events).to.have.length(0);
        const changed = oneEvent(el, 'ija-view-change');
        const results = buttonIn(el.shadowRoot!.querySelector('.toolbar')!, 'Ergebnisse');
        results.focus();
        await sendKeys({ press: 'Enter' });
        const event = await changed;
        expect(event.cancelable).to.equal(false);
        expect(event.detail).to.deep.equal({ view: 'results', previous: 'board' });
        expect(el.view).to.equal('results');
        expect(changes.events).to.have.length(1);
      } finally {
        changes.stop();
      }
    });
  });

  describe('what a person does on the partner map', () => {
    const tiles = () => `${location.origin}/__tiles/${newRunId()}/{z}/{x}/{y}.png`;

    it('ija-view-change for the tabs by keyboard, not for view set by script', async () => {
      const el = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map src=${PARTNERS} tiles=${tiles()}></ija-partner-map>`), '.partner-name');
      const changes = record<IjaEvent<{ view: string; previous: string }>>('ija-view-change');
      try {
        el.view = 'gaps';
        await el.updateComplete;
        el.setAttribute('view', 'list');
        await el.updateComplete;
        expect(changes.events).to.have.length(0);
        const changed = oneEvent(el, 'ija-view-change');
        el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-list')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        expect((await changed).detail).to.deep.equal({ view: 'map', previous: 'list' });
        expect(el.view).to.equal('map');
      } finally {
        changes.stop();
      }
    });

    it('ija-map-consent-grant when the visitor agrees (cancelable: the map stays closed); not for consent set by script or a consent tool', async () => {
      const el = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map src=${PARTNERS} view="map" tiles=${tiles()}></ija-partner-map>`), '.consent-panel');
      const grants = record<IjaEvent<{ tiles: string; host: string }>>('ija-map-consent-grant');
      try {
        const cancelled = await cancelling('ija-map-consent-grant', async () => {
          buttonIn(el.shadowRoot!, 'Karte laden').click();
          await el.updateComplete;
        });
        expect(cancelled).to.equal(1);
        expect(el.consent).to.equal(undefined);
        expect(el.shadowRoot!.querySelector('.consent-panel')).to.exist;

        const granting = oneEvent(el, 'ija-map-consent-grant');
        const agree = buttonIn(el.shadowRoot!, 'Karte laden');
        agree.focus();
        await sendKeys({ press: 'Enter' });
        const event = await granting;
        expect(event.cancelable).to.equal(true);
        expect(event.detail).to.deep.equal({ tiles: el.tiles, host: location.host });
        expect(el.consent).to.equal('granted');
        expect(grants.events).to.have.length(2);

        const other = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map src=${PARTNERS} view="map" tiles=${tiles()}></ija-partner-map>`), '.consent-panel');
        document.dispatchEvent(new CustomEvent('ija-map-consent', { detail: { granted: true } }));
        other.consent = 'granted';
        await other.updateComplete;
        expect(grants.events).to.have.length(2);
      } finally {
        grants.stop();
      }
    });

    it('ija-join-request carries the checked request before it is sent; cancelled, nothing is sent and the form keeps what was typed', async () => {
      const sent: unknown[] = [];
      const adapter = memoryAdapter({
        getPartners: async () => ({ data: [], issues: [] }),
        requestToJoin: async (request: { id: string }) => (sent.push(request), { id: request.id, status: 'new' }),
      });
      const el = await ready(await fixture<IjaPartnerMap>(html`<ija-partner-map join view="join" .adapter=${adapter}></ija-partner-map>`), '#join-name');
      fillJoin(el);
      await el.updateComplete;
      const cancelled = await cancelling('ija-join-request', async () => {
        buttonIn(el.shadowRoot!, 'Anfrage senden').click();
        await waitUntil(() => !buttonIn(el.shadowRoot!, 'Anfrage senden').disabled);
        await el.updateComplete;
      });
      expect(cancelled).to.equal(1);
      expect(sent).to.have.length(0);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#join-name')!.value).to.equal('Jugendfeuerwehr Musterstadt');
      expect(el.shadowRoot!.querySelector('.join-done')).to.equal(null);

      const requesting = oneEvent(el, 'ija-join-request');
      buttonIn(el.shadowRoot!, 'Anfrage senden').click();
      const event = await requesting;
      expect(event.cancelable).to.equal(true);
      expect(event.detail.request).to.deep.include({ name: 'Jugendfeuerwehr Musterstadt', category: 'vereine', email: 'jugend@feuerwehr.example', publish: true });
      await waitUntil(() => el.shadowRoot!.querySelector('.join-done'), 'no thanks');
      expect(sent).to.deep.equal([event.detail.request]);
    });
  });

  describe('what a person does in the plan', () => {
    it('ija-plan-change says what changed: a step added, ticked, a point\'s status', async () => {
      const el = await ready(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan editable></ija-five-point-plan>`), '.add-step input');
      const point = el.shadowRoot!.querySelector('li.point[data-id="netzwerk"]')!;
      point.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;

      const added = oneEvent(el, 'ija-plan-change');
      point.querySelector<HTMLInputElement>('.add-step input')!.focus();
      await sendKeys({ type: 'Jobcenter einladen' });
      await sendKeys({ press: 'Enter' });
      const add = (await added) as IjaPlanChangeEvent;
      expect(add.cancelable).to.equal(false);
      expect(add.detail).to.deep.include({ pointId: 'netzwerk', change: 'add-step' });
      const step = add.detail.plan.points[0]!.steps!.at(-1)!;
      expect(step).to.deep.include({ id: add.detail.stepId, text: 'Jobcenter einladen' });

      const ticked = oneEvent(el, 'ija-plan-change');
      point.querySelector<HTMLInputElement>('.steps input[type="checkbox"]')!.click();
      const tick = (await ticked).detail;
      expect(tick).to.deep.include({ pointId: 'netzwerk', change: 'tick-step', stepId: DEFAULT_PLAN.points[0]!.steps![0]!.id });
      expect(tick.plan.points[0]!.steps![0]!.done).to.equal(!DEFAULT_PLAN.points[0]!.steps![0]!.done);

      const edited = oneEvent(el, 'ija-plan-change');
      const status = point.querySelector<HTMLSelectElement>('.status-field select')!;
      status.value = status.value === 'done' ? 'open' : 'done';
      status.dispatchEvent(new Event('change'));
      expect((await edited).detail).to.deep.include({ pointId: 'netzwerk', change: 'edit-point', fields: ['status'] });
    });
  });
});

/** Fills the join form's required fields as a person would, the publication consent ticked. */
function fillJoin(el: IjaPartnerMap): void {
  const values: Record<string, string> = {
    name: 'Jugendfeuerwehr Musterstadt',
    category: 'vereine',
    contactName: 'Kim Beispiel',
    email: 'jugend@feuerwehr.example',
  };
  for (const [id, value] of Object.entries(values)) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#join-${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  const consent = el.shadowRoot!.querySelector<HTMLInputElement>('#join-publish')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change'));
}
