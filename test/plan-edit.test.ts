import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import type { IjaFivePointPlan } from '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { DEFAULT_PLAN } from '../src/core/defaults/plan.js';
import type { IjaPlanChangeEvent } from '../src/core/events.js';
import type { Plan } from '../src/core/schemas/plan.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { newRunId } from './helpers/api.js';

/**
 * Editing the plan against the REAL reference server (test/server/reference-server-plugin.mjs): each test
 * gets its own server with the demo seed (`fuenf-punkte-plan`, the factsheet's plan), and editors with the
 * editor key in separate elements, as two people in two browsers.
 */

const PLAN_ID = 'fuenf-punkte-plan';

interface Server {
  /** An editor's adapter (the editor key); no retries, so failures show at once. */
  editor(): IjaAdapter;
  /** A visitor's adapter (no key). */
  viewer(): IjaAdapter;
  plan(id?: string): Promise<Plan>;
}

async function server(): Promise<Server> {
  const run = newRunId();
  const baseUrl = `/__ref/${run}/api`;
  const keys = (await (await fetch(`/__ref/${run}/__keys`)).json()) as { editor: string };
  const viewer = () => createFetchAdapter({ baseUrl, retries: 0 });
  return {
    editor: () => createFetchAdapter({ baseUrl, retries: 0, headers: { authorization: `Bearer ${keys.editor}` } }),
    viewer,
    plan: async (id = PLAN_ID) => (await viewer().getPlan(id)).data,
  };
}

const shadow = (el: IjaFivePointPlan) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const point = (el: IjaFivePointPlan, id: string) => shadow(el).querySelector<HTMLLIElement>(`li.point[data-id="${id}"]`)!;
const button = (root: ParentNode, label: string) => [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label));
const active = (el: IjaFivePointPlan) => shadow(el).activeElement as HTMLElement | null;

async function loaded(el: IjaFivePointPlan): Promise<IjaFivePointPlan> {
  await waitUntil(() => el.data.task.status >= 2, 'plan did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function editorEl(adapter: IjaAdapter, options: { planId?: string; refresh?: number } = {}): Promise<IjaFivePointPlan> {
  const el = await fixture<IjaFivePointPlan>(
    html`<ija-five-point-plan editable .adapter=${adapter} plan-id=${options.planId ?? PLAN_ID} refresh-seconds=${options.refresh ?? 600}></ija-five-point-plan>`,
  );
  if (options.planId && options.planId !== PLAN_ID) {
    await waitUntil(() => el.data.task.status >= 2, 'no answer', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }
  return loaded(el);
}

/** Waits until the point's changes are saved. */
const saved = (el: IjaFivePointPlan, id: string) =>
  waitUntil(() => text(point(el, id).querySelector('.save-state')) === 'Gespeichert.', `changes of ${id} not saved`, { timeout: 5000 });

async function expandSteps(el: IjaFivePointPlan, id: string): Promise<void> {
  const toggle = point(el, id).querySelector<HTMLButtonElement>('button.toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
}

const stepTexts = (el: IjaFivePointPlan, id: string) => [...point(el, id).querySelectorAll('.steps > li label.check span')].map(text);

function setStatus(el: IjaFivePointPlan, id: string, status: string): void {
  const select = point(el, id).querySelector<HTMLSelectElement>('.status-field select')!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
}

describe('<ija-five-point-plan> editing against the reference server', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('creating plans', () => {
    it('offers to create a plan that does not exist yet, from the factsheet\'s five points', async () => {
      const s = await server();
      const el = await editorEl(s.editor(), { planId: 'plan-nord' });
      await waitUntil(() => shadow(el).querySelector('.create-plan'), 'no offer to create the plan');
      expect(text(shadow(el).querySelector('.create-plan h2'))).to.equal('Diesen Plan gibt es noch nicht.');
      await expect(el).to.be.accessible();
      const title = shadow(el).querySelector<HTMLInputElement>('#plan-title-input')!;
      expect(title.value).to.equal(DEFAULT_PLAN.title);
      title.value = 'Plan für den Stadtteil Nord';
      title.dispatchEvent(new Event('input'));
      title.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).querySelectorAll('li.point').length === 5, 'the new plan is not shown', { timeout: 5000 });
      const stored = await s.plan('plan-nord');
      expect(stored.title).to.equal('Plan für den Stadtteil Nord');
      expect(stored.points.map((p) => p.id)).to.deep.equal(DEFAULT_PLAN.points.map((p) => p.id));
      await waitUntil(() => active(el)?.id === 'plan-title', 'focus did not move to the new plan');
    });

    it('does not offer to create a plan without the right to edit, or without a server', async () => {
      const s = await server();
      const el = await fixture<IjaFivePointPlan>(html`<ija-five-point-plan .adapter=${s.viewer()} plan-id="gibt-es-nicht"></ija-five-point-plan>`);
      await waitUntil(() => el.data.task.status === 3, 'no error');
      await el.updateComplete;
      expect(shadow(el).querySelector('.create-plan')).to.equal(null);
      expect(shadow(el).querySelector('.state.error')).to.exist;
    });

    it('creates a second plan under an id made from its title, and refuses an id in use', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      const open = button(shadow(el), 'Weiteren Plan anlegen')!;
      open.click();
      await el.updateComplete;
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      const title = shadow(el).querySelector<HTMLInputElement>('#new-plan #plan-title-input')!;
      await waitUntil(() => active(el) === title, 'focus is not in the form');
      await sendKeys({ type: 'Fünf Punkte für Süd' });
      await el.updateComplete;
      const id = shadow(el).querySelector<HTMLInputElement>('#plan-id-input')!;
      expect(id.value).to.equal('fuenf-punkte-fuer-sued');
      await expect(el).to.be.accessible();

      // An id in use is refused, not overwritten.
      id.value = PLAN_ID;
      id.dispatchEvent(new Event('input'));
      button(shadow(el), 'Plan anlegen')!.click();
      await waitUntil(() => text(shadow(el).querySelector('#create-error')).includes('schon vergeben'), 'a taken id is not refused');
      expect(id.getAttribute('aria-invalid')).to.equal('true');
      expect((await s.plan()).title).to.equal(DEFAULT_PLAN.title);

      id.value = 'plan-sued';
      id.dispatchEvent(new Event('input'));
      button(shadow(el), 'Plan anlegen')!.click();
      await waitUntil(() => el.planId === 'plan-sued', 'the element did not switch to the new plan', { timeout: 5000 });
      await loaded(el);
      await waitUntil(() => text(shadow(el).querySelector('.plan-title')) === 'Fünf Punkte für Süd', 'new plan not shown');
      expect(text(shadow(el).querySelector('.notice'))).to.equal('Plan „Fünf Punkte für Süd“ angelegt. Einbinden mit plan-id="plan-sued".');
      expect((await s.plan('plan-sued')).points).to.have.length(5);
    });
  });

  describe('a point\'s fields', () => {
    it('sets and removes the responsible person and the target date, edits title and summary', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      const toggle = button(point(el, 'netzwerk'), 'Punkt bearbeiten')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const form = point(el, 'netzwerk').querySelector('form.point-form')!;
      await waitUntil(() => active(el) === form.querySelector('input'), 'focus is not on the title');
      await expect(el).to.be.accessible();
      const field = (name: string) => point(el, 'netzwerk').querySelector('form.point-form')!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}-0`)!;
      field('responsible').value = 'Jugendamt, Fachstelle';
      field('responsible').dispatchEvent(new Event('input'));
      field('targetDate').value = '2027-06-30';
      field('targetDate').dispatchEvent(new Event('input'));
      field('title').value = 'Netzwerk aufbauen';
      field('title').dispatchEvent(new Event('input'));
      button(form, 'Speichern')!.click();
      await el.updateComplete;
      expect(active(el)).to.equal(toggle);
      await saved(el, 'netzwerk');
      let stored = (await s.plan()).points[0]!;
      expect([stored.title, stored.responsible, stored.targetDate]).to.deep.equal(['Netzwerk aufbauen', 'Jugendamt, Fachstelle', '2027-06-30']);
      const meta = [...point(el, 'netzwerk').querySelectorAll('.meta div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
      expect(meta.slice(0, 2)).to.deep.equal(['Verantwortlich: Jugendamt, Fachstelle', 'Ziel bis: 30. Juni 2027']);

      // Empty fields remove both.
      toggle.click();
      await el.updateComplete;
      field('responsible').value = '';
      field('responsible').dispatchEvent(new Event('input'));
      field('targetDate').value = '';
      field('targetDate').dispatchEvent(new Event('input'));
      button(point(el, 'netzwerk').querySelector('form.point-form')!, 'Speichern')!.click();
      await waitUntil(async () => (await s.plan()).points[0]!.responsible === undefined, 'the responsible person stays', { timeout: 5000 });
      stored = (await s.plan()).points[0]!;
      expect(stored.targetDate).to.equal(undefined);
      expect(stored.title).to.equal('Netzwerk aufbauen');
    });

    it('says what is missing and keeps what was typed', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      button(point(el, 'netzwerk'), 'Punkt bearbeiten')!.click();
      await el.updateComplete;
      const form = point(el, 'netzwerk').querySelector('form.point-form')!;
      const title = form.querySelector<HTMLInputElement>('#title-0')!;
      const summary = form.querySelector<HTMLTextAreaElement>('#summary-0')!;
      title.value = '  ';
      title.dispatchEvent(new Event('input'));
      summary.value = 'Neuer Text, der nicht verloren gehen darf.';
      summary.dispatchEvent(new Event('input'));
      button(form, 'Speichern')!.click();
      await el.updateComplete;
      await waitUntil(() => active(el) === title, 'focus is not on the empty field');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(text(shadow(el).getElementById(title.getAttribute('aria-describedby')!))).to.equal('Bitte ausfüllen.');
      expect(summary.value).to.equal('Neuer Text, der nicht verloren gehen darf.');
      await expect(el).to.be.accessible();
    });
  });

  describe('steps', () => {
    it('adds, renames, moves and removes steps by keyboard, each through its own route', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      const original = stepTexts(el, 'netzwerk');
      expect(original).to.have.length(4);

      // Add.
      const add = point(el, 'netzwerk').querySelector<HTMLInputElement>('.add-step input')!;
      add.focus();
      await sendKeys({ type: 'Jugendmigrationsdienst einladen' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(add.value).to.equal('');
      expect(active(el)).to.equal(add);
      expect(stepTexts(el, 'netzwerk').at(-1)).to.equal('Jugendmigrationsdienst einladen');
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps!.at(-1)!.text).to.equal('Jugendmigrationsdienst einladen');

      // Rename the new step.
      const last = () => [...point(el, 'netzwerk').querySelectorAll<HTMLLIElement>('.steps > li')].at(-1)!;
      last().querySelector<HTMLButtonElement>('.rename-button')!.click();
      await el.updateComplete;
      const rename = last().querySelector<HTMLInputElement>('form.rename input')!;
      await waitUntil(() => active(el) === rename, 'focus is not in the rename field');
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' und beteiligen' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(stepTexts(el, 'netzwerk').at(-1)).to.equal('Jugendmigrationsdienst einladen und beteiligen');
      await waitUntil(() => active(el)?.classList.contains('rename-button'), 'focus did not return to the rename button');

      // Move it up twice with the keyboard: focus stays on its "up" button.
      const newId = last().dataset['step']!;
      const upButton = () => point(el, 'netzwerk').querySelector<HTMLButtonElement>(`li[data-step="${newId}"] .up`)!;
      upButton().focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => active(el) === upButton(), 'focus left the moved step');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await waitUntil(() => stepTexts(el, 'netzwerk')[2] === 'Jugendmigrationsdienst einladen und beteiligen', 'not moved');
      expect(text(shadow(el).querySelector('.plan > p[role="status"]'))).to.equal('„Jugendmigrationsdienst einladen und beteiligen“ ist jetzt Schritt 3 von 5.');
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps!.map((step) => step.id).indexOf(newId)).to.equal(2);

      // Remove and undo.
      const remove = point(el, 'netzwerk').querySelector<HTMLButtonElement>(`li[data-step="${newId}"] .remove-button`)!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(stepTexts(el, 'netzwerk')).to.deep.equal(original);
      await waitUntil(() => active(el)?.classList.contains('undo-button'), 'focus is not on undo');
      expect(text(point(el, 'netzwerk').querySelector('.undo'))).to.contain('Schritt „Jugendmigrationsdienst einladen und beteiligen“ entfernt.');
      await expect(el).to.be.accessible();
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps).to.have.length(4);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(stepTexts(el, 'netzwerk')[2]).to.equal('Jugendmigrationsdienst einladen und beteiligen');
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps!.map((step) => step.id).indexOf(newId)).to.equal(2);
    });

    it('refuses an empty step and says so', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      const add = point(el, 'netzwerk').querySelector<HTMLInputElement>('.add-step input')!;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(add.getAttribute('aria-invalid')).to.equal('true');
      expect(text(point(el, 'netzwerk').querySelector('.add-step .error-text'))).to.equal('Bitte ausfüllen.');
      expect(stepTexts(el, 'netzwerk')).to.have.length(4);
    });

    it('offers "erledigt" when all steps are done, and never shows "Offen · 4 von 4" without that offer', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      for (const box of point(el, 'netzwerk').querySelectorAll<HTMLInputElement>('.steps input[type="checkbox"]')) box.click();
      await el.updateComplete;
      const status = text(point(el, 'netzwerk').querySelector('.status'));
      expect(status).to.contain('Offen · 4 von 4 Schritten erledigt · Stand noch nicht angepasst');
      const suggestion = point(el, 'netzwerk').querySelector('.suggestion')!;
      expect(text(suggestion)).to.contain('Alle Schritte sind erledigt.');
      const offer = button(suggestion, 'Stand auf „Erledigt“ setzen')!;
      offer.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(point(el, 'netzwerk').querySelector('.suggestion')).to.equal(null);
      expect(text(point(el, 'netzwerk').querySelector('.status'))).to.match(/Erledigt · 4 von 4 Schritten erledigt$/);
      await waitUntil(() => active(el) === point(el, 'netzwerk').querySelector('.status-field select'), 'focus is not on the status');
      await saved(el, 'netzwerk');
      const stored = (await s.plan()).points[0]!;
      expect(stored.status).to.equal('done');
      expect(stored.steps!.every((step) => step.done)).to.equal(true);
    });

    it('shows where a step came from: a key insight of a board', async () => {
      const plan: Plan = {
        id: 'p',
        title: 'Plan',
        points: [
          {
            id: 'netzwerk',
            title: 'Netzwerk',
            summary: 'Aufbauen.',
            status: 'in-progress',
            steps: [
              { id: 's1', text: 'Stadtjugendring einbinden', done: false, source: { boardId: 'leitfragen', cardId: 'c1', text: 'Den Stadtjugendring früh einbinden' } },
              { id: 's2', text: 'Schulen ansprechen', done: true, source: { boardId: 'gruppe-2', cardId: 'c9', text: 'Schulen ansprechen' } },
            ],
          },
        ],
      };
      for (const editable of [false, true]) {
        const el = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan ?editable=${editable} .plan=${plan}></ija-five-point-plan>`));
        await expandSteps(el, 'netzwerk');
        const sources = [...point(el, 'netzwerk').querySelectorAll('.step-source')].map(text);
        expect(sources).to.deep.equal(['aus dem Leitfragen-Board: ‚Den Stadtjugendring früh einbinden‘', 'aus dem Leitfragen-Board']);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('two editors at once', () => {
    it('keeps both ticks when two editors tick different steps of one point at the same time', async () => {
      const s = await server();
      const [a, b] = [await editorEl(s.editor(), { refresh: 2 }), await editorEl(s.editor(), { refresh: 2 })];
      await expandSteps(a, 'netzwerk');
      await expandSteps(b, 'netzwerk');
      const box = (el: IjaFivePointPlan, index: number) => point(el, 'netzwerk').querySelectorAll<HTMLInputElement>('.steps input[type="checkbox"]')[index]!;
      box(a, 0).click();
      box(b, 1).click();
      await Promise.all([saved(a, 'netzwerk'), saved(b, 'netzwerk')]);
      expect((await s.plan()).points[0]!.steps!.map((step) => step.done)).to.deep.equal([true, true, false, false]);
      // Each sees the other's tick within a look or two, announced politely.
      await waitUntil(() => box(a, 1).checked && box(b, 0).checked, 'the other tick did not arrive', { timeout: 6000 });
      expect(text(a.shadowRoot!.querySelector('.plan > p[role="status"]'))).to.match(/^Inzwischen von anderer Stelle geändert: Lokales Netzwerk/);
    }).timeout(15000);

    it('shows the second editor both versions of the same status, and keeps theirs or mine on request', async () => {
      const s = await server();
      const [a, b] = [await editorEl(s.editor()), await editorEl(s.editor())];
      setStatus(a, 'netzwerk', 'done');
      await saved(a, 'netzwerk');
      const select = point(b, 'netzwerk').querySelector<HTMLSelectElement>('.status-field select')!;
      select.focus();
      setStatus(b, 'netzwerk', 'in-progress');
      await waitUntil(() => point(b, 'netzwerk').querySelector('.conflict'), 'no conflict shown', { timeout: 5000 });
      const conflict = point(b, 'netzwerk').querySelector('.conflict')!;
      expect(text(conflict.querySelector('.versions'))).to.equal('Stand Ihre Fassung: In Arbeit Gespeicherte Fassung: Erledigt');
      await waitUntil(() => active(b) === conflict.querySelector('h4'), 'focus did not move to the conflict');
      // Meanwhile the point shows what is saved.
      expect(select.value).to.equal('done');
      expect((await s.plan()).points[0]!.status).to.equal('done');
      await expect(b).to.be.accessible();

      button(conflict, 'Meine Fassung speichern')!.click();
      await saved(b, 'netzwerk');
      expect((await s.plan()).points[0]!.status).to.equal('in-progress');
      expect(point(b, 'netzwerk').querySelector('.conflict')).to.equal(null);
      expect(active(b)).to.equal(select);

      // Now `a` is behind: its change meets b's, and a takes theirs.
      setStatus(a, 'netzwerk', 'open');
      await waitUntil(() => point(a, 'netzwerk').querySelector('.conflict'), 'no conflict for a', { timeout: 5000 });
      button(point(a, 'netzwerk').querySelector('.conflict')!, 'Gespeicherte Fassung übernehmen')!.click();
      await a.updateComplete;
      expect(point(a, 'netzwerk').querySelector<HTMLSelectElement>('.status-field select')!.value).to.equal('in-progress');
      expect((await s.plan()).points[0]!.status).to.equal('in-progress');
    }).timeout(15000);

    it('sends a field change made on an older version when nobody changed that field meanwhile', async () => {
      const s = await server();
      const [a, b] = [await editorEl(s.editor()), await editorEl(s.editor())];
      await expandSteps(a, 'netzwerk');
      point(a, 'netzwerk').querySelector<HTMLInputElement>('.steps input[type="checkbox"]')!.click();
      await saved(a, 'netzwerk');
      // b saw the plan before that tick; its status is still the one b saw.
      setStatus(b, 'netzwerk', 'in-progress');
      await saved(b, 'netzwerk');
      expect(point(b, 'netzwerk').querySelector('.conflict')).to.equal(null);
      const stored = (await s.plan()).points[0]!;
      expect(stored.status).to.equal('in-progress');
      expect(stored.steps![0]!.done).to.equal(true);
    });

    it('keeps what the second editor typed when both changed the title, and lets them edit it again', async () => {
      const s = await server();
      const [a, b] = [await editorEl(s.editor()), await editorEl(s.editor())];
      const rename = async (el: IjaFivePointPlan, title: string) => {
        button(point(el, 'netzwerk'), 'Punkt bearbeiten')!.click();
        await el.updateComplete;
        const form = point(el, 'netzwerk').querySelector('form.point-form')!;
        const input = form.querySelector<HTMLInputElement>('#title-0')!;
        input.value = title;
        input.dispatchEvent(new Event('input'));
        return form;
      };
      const formB = await rename(b, 'Netzwerk (Fassung B)');
      const formA = await rename(a, 'Netzwerk (Fassung A)');
      button(formA, 'Speichern')!.click();
      await saved(a, 'netzwerk');
      button(formB, 'Speichern')!.click();
      await waitUntil(() => point(b, 'netzwerk').querySelector('.conflict'), 'no conflict shown', { timeout: 5000 });
      expect(text(point(b, 'netzwerk').querySelector('.versions'))).to.equal('Titel Ihre Fassung: Netzwerk (Fassung B) Gespeicherte Fassung: Netzwerk (Fassung A)');
      button(point(b, 'netzwerk').querySelector('.conflict')!, 'Meine Fassung bearbeiten')!.click();
      await b.updateComplete;
      const input = point(b, 'netzwerk').querySelector<HTMLInputElement>('form.point-form #title-0')!;
      expect(input.value).to.equal('Netzwerk (Fassung B)');
      await waitUntil(() => active(b) === input, 'focus is not in the form');
      input.value = 'Netzwerk (A und B)';
      input.dispatchEvent(new Event('input'));
      button(point(b, 'netzwerk').querySelector('form.point-form')!, 'Speichern')!.click();
      await saved(b, 'netzwerk');
      expect((await s.plan()).points[0]!.title).to.equal('Netzwerk (A und B)');
    }).timeout(15000);

    it('never loses a step\'s new text when two editors rename the same step at once: the second chooses', async () => {
      const s = await server();
      const [a, b] = [await editorEl(s.editor()), await editorEl(s.editor())];
      const stepId = (await s.plan()).points[0]!.steps![0]!.id;
      const original = (await s.plan()).points[0]!.steps![0]!.text;
      const startRename = async (el: IjaFivePointPlan, value: string) => {
        await expandSteps(el, 'netzwerk');
        point(el, 'netzwerk').querySelector<HTMLButtonElement>(`li[data-step="${stepId}"] .rename-button`)!.click();
        await el.updateComplete;
        const input = point(el, 'netzwerk').querySelector<HTMLInputElement>('form.rename input')!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
        return point(el, 'netzwerk').querySelector('form.rename')!;
      };
      const [formA, formB] = [await startRename(a, 'Partner einladen (A)'), await startRename(b, 'Partner einladen (B)')];
      // Both save at the same moment: one of them is first, the other meets its text.
      button(formA, 'Speichern')!.click();
      button(formB, 'Speichern')!.click();
      const conflictOf = (el: IjaFivePointPlan) => point(el, 'netzwerk').querySelector(`.conflict[data-step="${stepId}"]`);
      await waitUntil(() => conflictOf(a) || conflictOf(b), 'no conflict shown', { timeout: 5000 });
      const [first, second] = conflictOf(b) ? [a, b] : [b, a];
      const [firstText, secondText] = first === a ? ['Partner einladen (A)', 'Partner einladen (B)'] : ['Partner einladen (B)', 'Partner einladen (A)'];
      await saved(first, 'netzwerk');
      expect(conflictOf(first)).to.equal(null);
      const stored = (await s.plan()).points[0]!.steps![0]!;
      expect(stored.text).to.equal(firstText);
      expect(stored.text).not.to.equal(original);
      // The second editor sees both texts; the list shows what is saved, and their own text is not gone.
      const conflict = conflictOf(second)!;
      expect(text(conflict.querySelector('.versions'))).to.equal(`Text des Schritts Ihre Fassung: ${secondText} Gespeicherte Fassung: ${firstText}`);
      await waitUntil(() => active(second) === conflict.querySelector('h4'), 'focus did not move to the conflict');
      expect(stepTexts(second, 'netzwerk')[0]).to.equal(firstText);
      await expect(second).to.be.accessible();

      // "Edit my version" brings the text back into the rename field; saving it then goes over the saved text.
      button(conflict, 'Meine Fassung bearbeiten')!.click();
      await second.updateComplete;
      const input = point(second, 'netzwerk').querySelector<HTMLInputElement>(`li[data-step="${stepId}"] form.rename input`)!;
      expect(input.value).to.equal(secondText);
      await waitUntil(() => active(second) === input, 'focus is not in the rename field');
      button(point(second, 'netzwerk').querySelector('form.rename')!, 'Speichern')!.click();
      await saved(second, 'netzwerk');
      expect((await s.plan()).points[0]!.steps![0]!.text).to.equal(secondText);

      // Now the first one is behind: renaming again meets the second's text, and "Meine Fassung speichern" sends it.
      const formFirst = await startRename(first, 'Partner einladen (neu)');
      await s.editor().updatePlanStep(PLAN_ID, 'netzwerk', stepId, { text: 'Partner einladen (dritte Stelle)' });
      button(formFirst, 'Speichern')!.click();
      await waitUntil(() => conflictOf(first), 'no conflict for the first editor', { timeout: 5000 });
      expect(text(conflictOf(first)!.querySelector('.versions'))).to.equal('Text des Schritts Ihre Fassung: Partner einladen (neu) Gespeicherte Fassung: Partner einladen (dritte Stelle)');
      button(conflictOf(first)!, 'Meine Fassung speichern')!.click();
      await first.updateComplete;
      await saved(first, 'netzwerk');
      expect(conflictOf(first)).to.equal(null);
      expect((await s.plan()).points[0]!.steps![0]!.text).to.equal('Partner einladen (neu)');
    }).timeout(15000);

    it('saves a rename made after one\'s own tick (the version moved, the text did not) without a conflict', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      const first = point(el, 'netzwerk').querySelector<HTMLLIElement>('.steps > li')!;
      const stepId = first.dataset['step']!;
      first.querySelector<HTMLButtonElement>('.rename-button')!.click();
      await el.updateComplete;
      // A tick of another step while the rename is open moves the plan's version.
      point(el, 'netzwerk').querySelectorAll<HTMLInputElement>('.steps input[type="checkbox"]')[0]!.click();
      await saved(el, 'netzwerk');
      const input = point(el, 'netzwerk').querySelector<HTMLInputElement>('form.rename input')!;
      input.value = 'Partner persönlich einladen';
      input.dispatchEvent(new Event('input'));
      button(point(el, 'netzwerk').querySelector('form.rename')!, 'Speichern')!.click();
      // The tick's "Gespeichert." goes first.
      await el.updateComplete;
      await saved(el, 'netzwerk');
      expect(point(el, 'netzwerk').querySelector('.conflict')).to.equal(null);
      const stored = (await s.plan()).points[0]!.steps!;
      expect(stored.find((step) => step.id === stepId)!.text).to.equal('Partner persönlich einladen');
      expect(stored[1]!.done).to.equal(true);

      // And a tick after a rename of one's own, then a rename again: no conflict either.
      point(el, 'netzwerk').querySelector<HTMLInputElement>(`li[data-step="${stepId}"] input[type="checkbox"]`)!.click();
      await saved(el, 'netzwerk');
      point(el, 'netzwerk').querySelector<HTMLButtonElement>(`li[data-step="${stepId}"] .rename-button`)!.click();
      await el.updateComplete;
      const again = point(el, 'netzwerk').querySelector<HTMLInputElement>('form.rename input')!;
      again.value = 'Partner persönlich einladen und beteiligen';
      again.dispatchEvent(new Event('input'));
      button(point(el, 'netzwerk').querySelector('form.rename')!, 'Speichern')!.click();
      // The tick's "Gespeichert." goes first.
      await el.updateComplete;
      await saved(el, 'netzwerk');
      expect(point(el, 'netzwerk').querySelector('.conflict')).to.equal(null);
      const step = (await s.plan()).points[0]!.steps!.find((candidate) => candidate.id === stepId)!;
      expect(step.text).to.equal('Partner persönlich einladen und beteiligen');
      expect(step.done).to.equal(true);
    });

    it('keeps a new text for a step that someone else removed meanwhile, to add it as a new step', async () => {
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      const first = point(el, 'netzwerk').querySelector<HTMLLIElement>('.steps > li')!;
      const stepId = first.dataset['step']!;
      first.querySelector<HTMLButtonElement>('.rename-button')!.click();
      await el.updateComplete;
      const input = point(el, 'netzwerk').querySelector<HTMLInputElement>('form.rename input')!;
      input.value = 'Alle vier Partnergruppen persönlich einladen';
      input.dispatchEvent(new Event('input'));
      await s.editor().deletePlanStep(PLAN_ID, 'netzwerk', stepId);
      button(point(el, 'netzwerk').querySelector('form.rename')!, 'Speichern')!.click();
      await waitUntil(() => point(el, 'netzwerk').querySelector('.orphan'), 'the text was not kept', { timeout: 5000 });
      expect(text(point(el, 'netzwerk').querySelector('.orphan'))).to.contain('Diesen Schritt hat inzwischen jemand entfernt. Ihr Text ist noch da. Alle vier Partnergruppen persönlich einladen');
      expect(stepTexts(el, 'netzwerk')).to.have.length(3);
      await expect(el).to.be.accessible();
      button(point(el, 'netzwerk').querySelector('.orphan')!, 'Als neuen Schritt anlegen')!.click();
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps!.at(-1)!.text).to.equal('Alle vier Partnergruppen persönlich einladen');
      expect(point(el, 'netzwerk').querySelector('.orphan')).to.equal(null);
    });

    it('keeps a failed step change, says why, and sends it again on request', async () => {
      const s = await server();
      const editor = s.editor();
      let failures = 1;
      const flaky: IjaAdapter = {
        ...editor,
        updatePlanStep: (...args) => (failures-- > 0 ? Promise.reject(new IjaAdapterError('network', 'offline')) : editor.updatePlanStep(...args)),
      };
      const el = await editorEl(flaky);
      await expandSteps(el, 'netzwerk');
      point(el, 'netzwerk').querySelector<HTMLInputElement>('.steps input[type="checkbox"]')!.click();
      await waitUntil(() => point(el, 'netzwerk').querySelector('.save-state .error-text'), 'no failure shown');
      expect(point(el, 'netzwerk').querySelector<HTMLInputElement>('.steps input[type="checkbox"]')!.checked).to.equal(true);
      const retry = button(point(el, 'netzwerk').querySelector('.save-state')!, 'Erneut versuchen')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await saved(el, 'netzwerk');
      expect((await s.plan()).points[0]!.steps![0]!.done).to.equal(true);
    });
  });

  describe('live', () => {
    it('shows other editors\' changes without disturbing a field being edited', async () => {
      const s = await server();
      const el = await editorEl(s.editor(), { refresh: 2 });
      button(point(el, 'netzwerk'), 'Punkt bearbeiten')!.click();
      await el.updateComplete;
      const input = point(el, 'netzwerk').querySelector<HTMLInputElement>('form.point-form #title-0')!;
      input.focus();
      input.value = 'Mein Entwurf';
      input.dispatchEvent(new Event('input'));
      await s.editor().updatePlanPoint(PLAN_ID, 'netzwerk', { status: 'in-progress', responsible: 'Jugendring' });
      await waitUntil(() => text(point(el, 'netzwerk').querySelector('.meta')).includes('Jugendring'), 'the change did not arrive', { timeout: 5000 });
      expect(input.value).to.equal('Mein Entwurf');
      expect(active(el)).to.equal(input);
      expect(text(shadow(el).querySelector('.plan > p[role="status"]'))).to.contain('Lokales Netzwerk');
    }).timeout(10000);

    it('looks for changes only while the page is visible, and not after removal', async () => {
      const s = await server();
      let reads = 0;
      const base = s.viewer();
      const counting: IjaAdapter = { ...base, getPlan: (id, o) => (reads++, base.getPlan(id, o)) };
      const el = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan .adapter=${counting} refresh-seconds="2"></ija-five-point-plan>`));
      expect(reads).to.equal(1);
      await waitUntil(() => reads >= 2, 'no look for changes', { timeout: 4000 });
      const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      const hiddenAt = reads;
      await new Promise((resolve) => setTimeout(resolve, 2600));
      expect(reads).to.equal(hiddenAt);
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => reads > hiddenAt, 'no look after the page showed again', { timeout: 1000 });
      el.remove();
      const removedAt = reads;
      await new Promise((resolve) => setTimeout(resolve, 2600));
      expect(reads).to.equal(removedAt);
    }).timeout(15000);

    it('does not look for changes in built-in or static content', async () => {
      let reads = 0;
      const readOnly: IjaAdapter = {
        ...createFetchAdapter({ baseUrl: '/nowhere' }),
        kind: 'static',
        writable: false,
        getPlan: async () => (reads++, { data: structuredClone(DEFAULT_PLAN), issues: [] }),
      };
      await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan editable .adapter=${readOnly} refresh-seconds="2"></ija-five-point-plan>`));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(reads).to.equal(1);
    }).timeout(8000);
  });

  describe('self-check', () => {
    it('keeps an editor\'s answers with the plan on the server', async () => {
      const s = await server();
      const el = await fixture<IjaFivePointPlan>(html`<ija-five-point-plan editable mode="check" .adapter=${s.editor()}></ija-five-point-plan>`);
      await loaded(el);
      expect(text(shadow(el).querySelector('.self-check > p'))).to.contain('Ihre Antworten werden mit dem Plan gespeichert.');
      shadow(el).querySelector<HTMLInputElement>('input[name="netzwerk-partnergruppen"][value="yes"]')!.click();
      shadow(el).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="partly"]')!.click();
      await waitUntil(() => text(shadow(el).querySelector('.self-check .save-state')) === 'Gespeichert.', 'answers not saved', { timeout: 5000 });
      expect((await s.plan()).check?.answers).to.deep.equal({ 'netzwerk-partnergruppen': 'yes', 'netzwerk-tandems': 'partly' });
      // Another editor's answer to another question is kept too.
      await s.editor().savePlanCheck(PLAN_ID, { answers: { 'netzwerk-partnergruppen': 'yes', 'netzwerk-tandems': 'partly', 'werkstatt-durchgefuehrt': 'yes' } });
      shadow(el).querySelector<HTMLInputElement>('input[name="verankerung-politik"][value="no"]')!.click();
      await waitUntil(async () => (await s.plan()).check?.answers['verankerung-politik'] === 'no', 'second answer not saved', { timeout: 5000 });
      expect((await s.plan()).check?.answers['werkstatt-durchgefuehrt']).to.equal('yes');

      const again = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan mode="check" .adapter=${s.viewer()}></ija-five-point-plan>`));
      expect(shadow(again).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="partly"]')!.checked).to.equal(true);
      expect(text(shadow(again).querySelector('.self-check > p.muted'))).to.equal('4 von 20 Fragen beantwortet');
    }).timeout(10000);

    it('keeps answers in this browser only when the site says persist="local"', async () => {
      localStorage.clear();
      const plain = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan mode="check"></ija-five-point-plan>`));
      expect(text(shadow(plain).querySelector('.self-check > p'))).to.contain('Ihre Antworten werden nicht gespeichert und nicht gesendet.');
      shadow(plain).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="yes"]')!.click();
      expect(localStorage.length).to.equal(0);

      const local = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan mode="check" persist="local"></ija-five-point-plan>`));
      shadow(local).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="no"]')!.click();
      expect(JSON.parse(localStorage.getItem('ija-plan-check:fuenf-punkte-plan')!).answers).to.deep.equal({ 'netzwerk-tandems': 'no' });
      const reloaded = await loaded(await fixture<IjaFivePointPlan>(html`<ija-five-point-plan mode="check" persist="local"></ija-five-point-plan>`));
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="no"]')!.checked).to.equal(true);
      button(shadow(reloaded), 'Antworten löschen')!.click();
      expect(localStorage.getItem('ija-plan-check:fuenf-punkte-plan')).to.equal(null);
      await expect(reloaded).to.be.accessible();
    });

    it('prints the result alone: the page around it is hidden for the print, and shown again afterwards', async () => {
      const wrapper = await fixture(html`<div><p id="around">Seiteninhalt</p><section><ija-five-point-plan mode="check"></ija-five-point-plan></section></div>`);
      const el = await loaded(wrapper.querySelector('ija-five-point-plan')!);
      shadow(el).querySelector<HTMLInputElement>('input[name="netzwerk-tandems"][value="yes"]')!.click();
      await el.updateComplete;
      const original = window.print;
      let during: { sheets: number; marked: boolean; around: boolean } | undefined;
      window.print = () => {
        during = {
          sheets: document.adoptedStyleSheets.length,
          marked: el.hasAttribute('data-ija-print') && el.parentElement!.hasAttribute('data-ija-print'),
          around: wrapper.querySelector('#around')!.hasAttribute('data-ija-print'),
        };
      };
      const before = document.adoptedStyleSheets.length;
      try {
        button(shadow(el), 'Ergebnis drucken')!.click();
      } finally {
        window.print = original;
      }
      expect(during).to.deep.equal({ sheets: before + 1, marked: true, around: false });
      const rules = [...document.adoptedStyleSheets.at(-1)!.cssRules].map((rule) => rule.cssText).join(' ');
      expect(rules).to.match(/body \*?:not\(\[data-ija-print\]\) \{ display: none !important; \}/);
      // In print the chosen answer is written out instead of the radio buttons.
      const answer = shadow(el).querySelector('fieldset.question:nth-of-type(4) .print-answer');
      expect(text(answer)).to.equal('Antwort: Ja');
      window.dispatchEvent(new Event('afterprint'));
      expect(document.adoptedStyleSheets.length).to.equal(before);
      expect(el.hasAttribute('data-ija-print')).to.equal(false);
    });
  });

  describe('layout', () => {
    it('fits 320 px with a point\'s form, its steps and a conflict open, and stays accessible', async () => {
      await setViewport({ width: 320, height: 800 });
      const s = await server();
      const el = await editorEl(s.editor());
      await expandSteps(el, 'netzwerk');
      button(point(el, 'netzwerk'), 'Punkt bearbeiten')!.click();
      await el.updateComplete;
      point(el, 'netzwerk').querySelector<HTMLButtonElement>('.steps .rename-button')!.click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('reports each change as ija-plan-change, never for a change from the server', async () => {
      const s = await server();
      const el = await editorEl(s.editor(), { refresh: 2 });
      let events = 0;
      el.addEventListener('ija-plan-change', () => events++);
      await s.editor().updatePlanPoint(PLAN_ID, 'netzwerk', { status: 'done' });
      await waitUntil(() => text(point(el, 'netzwerk').querySelector('.status')).startsWith('Erledigt') || text(point(el, 'netzwerk').querySelector('.status')).includes('Erledigt'), 'no update', { timeout: 5000 });
      expect(events).to.equal(0);
      const changed = oneEvent<IjaPlanChangeEvent>(el, 'ija-plan-change');
      setStatus(el, 'netzwerk', 'in-progress');
      expect((await changed).detail.plan.points[0]!.status).to.equal('in-progress');
    }).timeout(8000);
  });
});
