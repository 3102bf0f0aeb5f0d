import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-provider/ija-provider.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import type { Board } from '../src/core/schemas/board.js';
import type { Plan } from '../src/core/schemas/plan.js';
import { captureDownload } from './helpers/download.js';
import { apiBase, newRunId, testAdapter } from './helpers/api.js';

/** Live tests run against the real reference server inside the test run (test/server/reference-server-plugin.mjs). */

const shadow = (el: IjaLeitfragenBoard) => el.shadowRoot!;
/** A node's text, or '' while it is not there yet (so waits retry instead of throwing). */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const question = (el: IjaLeitfragenBoard, id: string) => shadow(el).querySelector<HTMLElement>(`section.question[aria-labelledby="q-${id}"]`)!;
const cardTexts = (el: IjaLeitfragenBoard, questionId: string) =>
  [...question(el, questionId).querySelectorAll('li.card:not(.pending) .card-text')].map((p) => p.textContent);
/** A button by its accessible name's start: its aria-label, or its text. */
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)).startsWith(label))!;
const active = (el: IjaLeitfragenBoard) => shadow(el).activeElement as HTMLElement | null;
const card = (el: IjaLeitfragenBoard, idea: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('li.card')].find((li) => li.querySelector('.card-text')?.textContent === idea)!;

/** Opens an idea's moderator menu (the moderator's code loads on demand). */
async function openMenu(el: IjaLeitfragenBoard, idea: string): Promise<HTMLElement> {
  await waitUntil(() => card(el, idea)?.querySelector('.menu-toggle'), 'no menu button', { timeout: 5000 });
  button(card(el, idea), `Aktionen für: ${idea}`).click();
  await el.updateComplete;
  return card(el, idea).querySelector<HTMLElement>('.menu')!;
}

async function moderatorReady(el: IjaLeitfragenBoard): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('.toolbar'), 'no moderator toolbar', { timeout: 5000 });
  await el.updateComplete;
}

async function render(template: ReturnType<typeof html>): Promise<IjaLeitfragenBoard> {
  const el = await fixture<IjaLeitfragenBoard>(template);
  await waitUntil(() => el.data.task.status >= 2 && el.currentBoard, 'board did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function addIdea(el: IjaLeitfragenBoard, questionId: string, idea: string): Promise<void> {
  const area = question(el, questionId).querySelector('textarea')!;
  area.value = idea;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
  button(question(el, questionId), 'Idee hinzufügen').click();
  await el.updateComplete;
}

function liveBase(run: string): string {
  return `/__ref/${run}/api`;
}

async function keys(run: string): Promise<{ moderator: string; editor: string }> {
  return (await fetch(`/__ref/${run}/__keys`)).json() as Promise<{ moderator: string; editor: string }>;
}

function withKey(run: string, key: string): IjaAdapter {
  return createFetchAdapter({ baseUrl: liveBase(run), headers: () => ({ authorization: `Bearer ${key}` }) });
}

function patchBoard(run: string, key: string, body: object): Promise<Response> {
  return fetch(`${liveBase(run)}/boards/leitfragen`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function serverBoard(run: string): Promise<Board> {
  return (await fetch(`${liveBase(run)}/boards/leitfragen`, { headers: { 'x-ija-client': 'observer-123' } })).json() as Promise<Board>;
}

describe('<ija-leitfragen-board>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('on this device (no backend)', () => {
    it('writes nothing to any storage unless the page asks for it', async () => {
      // What earlier tests in this page left (a backend board's outbox) is not this board's doing.
      localStorage.clear();
      sessionStorage.clear();
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Nur auf diesem Gerät');
      expect([sessionStorage.length, localStorage.length]).to.deep.equal([0, 0]);
      expect(document.cookie).to.equal('');
    });

    it('shows the five guiding questions of the factsheet, one at a time in a narrow column', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      expect(el.currentBoard!.questions).to.have.length(5);
      expect(text(shadow(el).querySelector('.status'))).to.equal('Nur auf diesem Gerät');
      const visible = [...shadow(el).querySelectorAll('section.question')].filter((s) => getComputedStyle(s).display !== 'none');
      expect(visible).to.have.length(1);
      expect(text(visible[0]!.querySelector('h3'))).to.contain(DEFAULT_BOARD.questions[0]!.text);
      // The question's arrows are named for screen readers; the field's visible label is short.
      button(shadow(el), 'Nächste Frage').click();
      await el.updateComplete;
      const next = [...shadow(el).querySelectorAll('section.question')].find((s) => getComputedStyle(s).display !== 'none')!;
      expect(text(next.querySelector('h3'))).to.contain(DEFAULT_BOARD.questions[1]!.text);
      await expect(el).to.be.accessible();
    });

    it('shows a column per question in a wide container', async () => {
      await setViewport({ width: 1400, height: 800 });
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      const visible = [...shadow(el).querySelectorAll('section.question')].filter((s) => getComputedStyle(s).display !== 'none');
      expect(visible).to.have.length(5);
      expect(getComputedStyle(shadow(el).querySelector('.question-nav')!).display).to.equal('none');
    });

    it('adds ideas and votes by keyboard, with a cap of three votes and take-back', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      const area = question(el, 'schnittstellen').querySelector('textarea')!;
      area.focus();
      await sendKeys({ type: 'Jugendberufsagentur einladen' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Jugendberufsagentur einladen']);
      expect(area.value).to.equal('');
      await addIdea(el, 'schnittstellen', 'Runder Tisch mit dem Jobcenter');
      const vote = (i: number) => shadow(el).querySelectorAll<HTMLButtonElement>('li.card button.vote')[i]!;
      for (const i of [0, 0, 1]) {
        vote(i).click();
        await el.updateComplete;
      }
      expect(text(shadow(el).querySelector('.votes-left'))).to.equal('Alle Stimmen vergeben. Nehmen Sie eine zurück, um neu zu wählen.');
      expect(vote(0).disabled).to.equal(true);
      const takeBack = shadow(el).querySelector<HTMLButtonElement>('li.card button.unvote')!;
      takeBack.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.votes-left'))).to.equal('Sie haben noch 1 von 3 Stimmen.');
      expect(localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says why an empty idea is not added, and shows the characters left', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      button(question(el, 'schnittstellen'), 'Idee hinzufügen').click();
      await el.updateComplete;
      const area = question(el, 'schnittstellen').querySelector('textarea')!;
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      expect(text(question(el, 'schnittstellen').querySelector('.error-text'))).to.equal('Bitte schreiben Sie zuerst Ihre Idee.');
      area.value = 'Kurz';
      area.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text(question(el, 'schnittstellen').querySelector('.counter'))).to.equal('Noch 496 Zeichen');
      expect(area.maxLength).to.equal(500);
    });

    it('lets a person edit their own idea, and delete it after a question', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Erster Endwurf');
      const edit = button(shadow(el).querySelector('li.card')!, '„Erster Endwurf“ bearbeiten');
      expect(text(edit)).to.equal('Bearbeiten');
      edit.click();
      await el.updateComplete;
      const area = shadow(el).querySelector<HTMLTextAreaElement>('li.card textarea')!;
      expect(active(el)).to.equal(area);
      area.value = 'Erster Entwurf';
      button(shadow(el).querySelector('li.card')!, 'Speichern').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Erster Entwurf']);
      expect(active(el)?.classList.contains('edit')).to.equal(true);

      button(shadow(el).querySelector('li.card')!, '„Erster Entwurf“ löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('li.card .confirm p'))).to.equal('„Erster Entwurf“ wirklich löschen?');
      expect(text(active(el))).to.equal('Abbrechen');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Erster Entwurf']);
      expect(active(el)?.classList.contains('remove')).to.equal(true);

      button(shadow(el).querySelector('li.card')!, '„Erster Entwurf“ löschen').click();
      await el.updateComplete;
      button(shadow(el).querySelector('li.card')!, 'Ja, löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal([]);
      expect(active(el)?.id).to.equal('q-schnittstellen');
    });

    it('never leaves focus on the page: after editing by keyboard, deleting an idea with others next to it, taking back the last vote', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Erste');
      await addIdea(el, 'schnittstellen', 'Zweite');
      await addIdea(el, 'schnittstellen', 'Dritte');
      const first = card(el, 'Erste');
      button(first, '„Erste“ bearbeiten').click();
      await el.updateComplete;
      expect(active(el)).to.equal(first.querySelector('textarea'));
      // Escape leaves the editor as "Abbrechen" does.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(active(el)).to.equal(button(first, '„Erste“ bearbeiten'));

      // A deleted idea hands focus to the one after it, or before it when it was the last.
      button(card(el, 'Zweite'), '„Zweite“ löschen').click();
      await el.updateComplete;
      button(card(el, 'Zweite'), 'Ja, löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Erste', 'Dritte']);
      expect(active(el)).to.equal(card(el, 'Dritte'));
      button(card(el, 'Dritte'), '„Dritte“ löschen').click();
      await el.updateComplete;
      button(card(el, 'Dritte'), 'Ja, löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(card(el, 'Erste'));
      await expect(el).to.be.accessible();

      // Taking back one's only vote removes the −1 button: focus goes to +1.
      card(el, 'Erste').querySelector<HTMLButtonElement>('button.vote')!.click();
      await el.updateComplete;
      card(el, 'Erste').querySelector<HTMLButtonElement>('button.unvote')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(card(el, 'Erste').querySelector('button.unvote')).to.equal(null);
      expect(active(el)).to.equal(card(el, 'Erste').querySelector('button.vote'));
    });

    it('labels the idea box "Ihre Idee" with the question as its description, on the first screen of a phone', async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      for (const q of DEFAULT_BOARD.questions) {
        const select = shadow(el).querySelector<HTMLSelectElement>('#question-select')!;
        select.value = String(DEFAULT_BOARD.questions.indexOf(q));
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const area = question(el, q.id).querySelector('textarea')!;
        const label = question(el, q.id).querySelector(`label[for="${area.id}"]`)!;
        expect(text(label)).to.equal('Ihre Idee');
        expect(area.getAttribute('aria-describedby')!.split(' ')).to.include(`q-${q.id}`);
        const top = el.getBoundingClientRect().top;
        expect(area.getBoundingClientRect().bottom - top, q.id).to.be.at.most(740);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px and stays usable in forced colours, with a menu and the edit panel open', async () => {
      await setViewport({ width: 320, height: 700 });
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
        await addIdea(el, 'schnittstellen', 'Jugendmigrationsdienstmitarbeitendenfortbildungsprogramm');
        await addIdea(el, 'schnittstellen', 'Kurz');
        await moderatorReady(el);
        await openMenu(el, 'Jugendmigrationsdienstmitarbeitendenfortbildungsprogramm');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
        button(shadow(el), 'Board bearbeiten').click();
        await waitUntil(() => shadow(el).querySelector('#edit-title'), 'edit panel', { timeout: 5000 });
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('prints every question with its ideas and no controls', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'agenda', 'Im Ausschuss berichten');
      await emulateMedia({ media: 'print' });
      try {
        const shown = [...shadow(el).querySelectorAll('section.question')].filter((q) => getComputedStyle(q).display !== 'none');
        expect(shown).to.have.length(5);
        for (const control of shadow(el).querySelectorAll('button, form.add, .toolbar')) {
          expect(getComputedStyle(control).display).to.equal('none');
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('keeps the board in local storage only when the page says so', async () => {
      const el = await render(html`<ija-leitfragen-board persist="local"></ija-leitfragen-board>`);
      await addIdea(el, 'agenda', 'Im Jugendhilfeausschuss vorstellen');
      await el.updateComplete;
      const stored = JSON.parse(localStorage.getItem('ija-widgets:board:leitfragen')!) as Board;
      expect(stored.cards.map((c) => c.text)).to.deep.equal(['Im Jugendhilfeausschuss vorstellen']);
      el.remove();
      const again = await render(html`<ija-leitfragen-board persist="local"></ija-leitfragen-board>`);
      expect(cardTexts(again, 'agenda')).to.deep.equal(['Im Jugendhilfeausschuss vorstellen']);
    });

    it('lets the moderator mark insights, present by votes, and export the results', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Wenig Stimmen');
      await addIdea(el, 'schnittstellen', 'Viele Stimmen');
      shadow(el).querySelectorAll<HTMLButtonElement>('li.card button.vote')[1]!.click();
      await el.updateComplete;
      await moderatorReady(el);
      const menu = await openMenu(el, 'Wenig Stimmen');
      button(menu, 'Als zentrale Erkenntnis markieren').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('li.card.insight') !== null).to.equal(true);
      await expect(el).to.be.accessible();

      button(shadow(el), 'Präsentation').click();
      // The presentation's code is loaded the first time it is shown.
      await waitUntil(() => shadow(el).querySelector('.presentation') !== null, 'presentation shown');
      const shown = [...shadow(el).querySelectorAll('.presentation-cards li .card-text')].map((n) => n.textContent);
      expect(shown).to.deep.equal(['Wenig Stimmen', 'Viele Stimmen']);
      await expect(el).to.be.accessible();

      button(shadow(el), 'Zurück zum Board').click();
      await moderatorReady(el);
      button(shadow(el), 'Ergebnisse').click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.results ul'))).to.contain('Wenig Stimmen');
      const markdown = await captureDownload(() => button(shadow(el), 'Als Markdown herunterladen').click());
      expect(markdown.name).to.equal('leitfragen.md');
      expect(markdown.text).to.contain('Wenig Stimmen');
      await expect(el).to.be.accessible();
    });

    it("gives the moderator one compact menu per idea: a disclosure that Escape closes, focus back on its button", async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Ein Runder Tisch im Rathaus');
      await moderatorReady(el);
      const toggle = button(card(el, 'Ein Runder Tisch im Rathaus'), 'Aktionen für: Ein Runder Tisch im Rathaus');
      expect(text(toggle)).to.equal('⋮ Aktionen');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // No button repeats the idea's text on screen (screen readers get it in the name).
      const onScreen = (b: HTMLElement) => [...b.childNodes].filter((n) => !(n instanceof Element && n.matches('.visually-hidden'))).map((n) => n.textContent).join('');
      expect([...card(el, 'Ein Runder Tisch im Rathaus').querySelectorAll('button')].some((b) => onScreen(b).includes('Runder Tisch'))).to.equal(false);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const menu = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect([...menu.querySelectorAll('button')].map(text)).to.deep.equal(['Als zentrale Erkenntnis markieren', 'Ausblenden', 'Löschen']);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el)).to.equal(toggle);

      // An action closes the menu and leaves focus on its button.
      button(await openMenu(el, 'Ein Runder Tisch im Rathaus'), 'Ausblenden').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(card(el, 'Ein Runder Tisch im Rathaus').querySelector('.tag'))).to.equal('Ausgeblendete Idee');
      expect(active(el)?.classList.contains('menu-toggle')).to.equal(true);
    });

    it('merges an idea into another in a dialog; the merged text stays with it and in every export', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Schulen einbinden');
      await addIdea(el, 'schnittstellen', 'Mit den Schulen reden');
      await addIdea(el, 'agenda', 'Andere Frage');
      await moderatorReady(el);
      button(await openMenu(el, 'Mit den Schulen reden'), 'Zusammenführen mit …').click();
      await el.updateComplete;
      await el.updateComplete;
      const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.board-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text(dialog.querySelector('legend'))).to.equal('Mit welcher Idee soll „Mit den Schulen reden“ zusammengeführt werden?');
      // Only the other ideas on the same question are offered.
      expect([...dialog.querySelectorAll('label.choice')].map(text)).to.deep.equal(['Schulen einbinden']);
      const confirm = button(dialog, 'Zusammenführen');
      expect(confirm.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await el.updateComplete;
      confirm.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).querySelector('dialog') === null).to.equal(true);
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Schulen einbinden']);
      const target = card(el, 'Schulen einbinden');
      expect(text(target.querySelector('.merged'))).to.equal('Zusammengeführt: Mit den Schulen reden');
      expect(active(el)).to.equal(target.querySelector('.menu-toggle'));

      button(shadow(el), 'Ergebnisse').click();
      await waitUntil(() => shadow(el).querySelector('.results'), 'results shown');
      expect(text(shadow(el).querySelector('.results'))).to.contain('Zusammengeführt: Mit den Schulen reden');
      const markdown = await captureDownload(() => button(shadow(el), 'Als Markdown herunterladen').click());
      expect(markdown.text).to.contain('- Schulen einbinden (0 Stimmen)\n  - Zusammengeführt: Mit den Schulen reden');
      const csv = await captureDownload(() => button(shadow(el), 'Als Tabelle (CSV) herunterladen').click());
      expect(csv.text).to.contain('"Schulen einbinden";"0";"";"Mit den Schulen reden"');
      const json = await captureDownload(() => button(shadow(el), 'Als JSON herunterladen').click());
      expect(JSON.stringify(JSON.parse(json.text))).to.contain('"text":"Mit den Schulen reden"');
    });

    it('closes the merge dialog with Escape, nothing merged, focus back on the menu button', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Eins');
      await addIdea(el, 'schnittstellen', 'Zwei');
      await moderatorReady(el);
      button(await openMenu(el, 'Zwei'), 'Zusammenführen mit …').click();
      await el.updateComplete;
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => shadow(el).querySelector('dialog') === null, 'dialog still open');
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Eins', 'Zwei']);
      expect(active(el)).to.equal(card(el, 'Zwei').querySelector('.menu-toggle'));
    });

    it('asks before deleting an idea or all ideas', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Bleibt');
      await addIdea(el, 'schnittstellen', 'Geht');
      await moderatorReady(el);
      button(await openMenu(el, 'Geht'), 'Löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(card(el, 'Geht').querySelector('.menu.confirm p'))).to.equal('„Geht“ wirklich löschen? Das lässt sich nicht rückgängig machen.');
      expect(text(active(el))).to.equal('Abbrechen');
      await expect(el).to.be.accessible();
      button(card(el, 'Geht'), 'Ja, löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Bleibt']);
      expect(active(el)).to.equal(card(el, 'Bleibt').querySelector('.menu-toggle'));

      button(shadow(el), 'Alle Ideen löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('#clear-question'))).to.contain('Wirklich alle Ideen');
      expect(text(active(el))).to.equal('Abbrechen');
      await expect(el).to.be.accessible();
      button(shadow(el), 'Ja, alle löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.currentBoard!.cards).to.deep.equal([]);
      expect(active(el)?.classList.contains('clear-all')).to.equal(true);
    });

    it('presents one question for a projector: ideas by votes with key insights first, keys and a clicker move, no toolbar', async () => {
      const el = await render(html`<ija-leitfragen-board moderator join-url="https://www.musterstadt.de/mitmachen#board={board}"></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Eine Stimme');
      await addIdea(el, 'schnittstellen', 'Zwei Stimmen');
      await addIdea(el, 'schnittstellen', 'Erkenntnis ohne Stimmen');
      await addIdea(el, 'perspektiven', 'Zur zweiten Frage');
      for (const idea of ['Zwei Stimmen', 'Zwei Stimmen', 'Eine Stimme']) {
        card(el, idea).querySelector<HTMLButtonElement>('button.vote')!.click();
        await el.updateComplete;
      }
      await moderatorReady(el);
      button(await openMenu(el, 'Erkenntnis ohne Stimmen'), 'Als zentrale Erkenntnis markieren').click();
      await el.updateComplete;
      button(shadow(el), 'Präsentation').click();
      await waitUntil(() => active(el)?.classList.contains('presentation'), 'focus not in the presentation', { timeout: 5000 });
      expect(shadow(el).querySelector('.toolbar') === null).to.equal(true);
      expect(button(shadow(el), 'Alle Ideen löschen')).to.equal(undefined);
      const shown = () => [...shadow(el).querySelectorAll('.presentation-cards > li > .card-text')].map((n) => n.textContent);
      expect(shown()).to.deep.equal(['Erkenntnis ohne Stimmen', 'Zwei Stimmen', 'Eine Stimme']);
      expect(getComputedStyle(shadow(el).querySelector('.presentation-cards')!).display).to.equal('grid');
      expect(text(shadow(el).querySelector('.join-url'))).to.equal('https://www.musterstadt.de/mitmachen#board=leitfragen');
      await waitUntil(() => shadow(el).querySelector('.presentation-join svg.qr path'), 'no QR code', { timeout: 5000 });
      expect(shadow(el).querySelector('svg.qr')!.getAttribute('aria-label')).to.contain('QR-Code');
      expect(shadow(el).querySelector('svg.qr path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.presentation-question'))).to.equal(DEFAULT_BOARD.questions[1]!.text);
      expect(shown()).to.deep.equal(['Zur zweiten Frage']);
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.presentation-count'))).to.equal('Frage 3 von 5');
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.presentation-count'))).to.equal('Frage 1 von 5');

      button(shadow(el), 'Zurück zum Board').click();
      await moderatorReady(el);
      expect(el.view).to.equal('board');
    });

    it('counts votes in the language\'s plural form in the Markdown export ("1 Stimme", "1 vote")', async () => {
      const board: Board = {
        ...DEFAULT_BOARD,
        cards: [
          { id: 'c1', questionId: 'schnittstellen', text: 'Eine Stimme', votes: 1, createdAt: '2025-03-14T09:00:00Z' },
          { id: 'c2', questionId: 'schnittstellen', text: 'Zwei Stimmen', votes: 2, createdAt: '2025-03-14T09:01:00Z' },
        ],
      };
      const el = await render(html`<ija-leitfragen-board view="results" .board=${board}></ija-leitfragen-board>`);
      await waitUntil(() => shadow(el).querySelector('.results'), 'results shown');
      const markdown = await captureDownload(() => button(shadow(el), 'Als Markdown herunterladen').click());
      expect(markdown.text).to.contain('- Zwei Stimmen (2 Stimmen)\n- Eine Stimme (1 Stimme)\n');
      el.lang = 'en';
      await waitUntil(() => button(shadow(el), 'Download as Markdown'), 'English texts');
      const english = await captureDownload(() => button(shadow(el), 'Download as Markdown').click());
      expect(english.text).to.contain('- Zwei Stimmen (2 votes)\n- Eine Stimme (1 vote)\n');
    });

    it('keeps ideas covered in the presentation until the moderator reveals them', async () => {
      const board: Board = {
        ...DEFAULT_BOARD,
        settings: { reveal: 'moderated', votesPerPerson: 3 },
        cards: [{ id: 'c1', questionId: 'schnittstellen', text: 'Noch verdeckt', votes: 0, createdAt: '2025-03-14T09:00:00Z' }],
      };
      const el = await render(html`<ija-leitfragen-board moderator view="presentation" .board=${board}></ija-leitfragen-board>`);
      await waitUntil(() => shadow(el).querySelector('.presentation'), 'presentation shown');
      expect(text(shadow(el).querySelector('.presentation-covered'))).to.equal('1 Idee – sie erscheint, sobald die Moderation aufdeckt.');
      expect(text(shadow(el).querySelector('.presentation'))).not.to.contain('Noch verdeckt');
      // A board on this device only has no join link.
      expect(shadow(el).querySelector('.presentation-join') === null).to.equal(true);
    });

    it('edits the title, questions and settings of a board, with errors said at the field', async () => {
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Hält die Frage fest');
      await moderatorReady(el);
      const open = button(shadow(el), 'Board bearbeiten');
      open.click();
      await waitUntil(() => shadow(el).querySelector('#edit-title'), 'edit panel', { timeout: 5000 });
      await el.updateComplete;
      expect(open.getAttribute('aria-expanded')).to.equal('true');
      expect(text(active(el))).to.equal('Board bearbeiten');
      const items = () => [...shadow(el).querySelectorAll<HTMLElement>('.question-editor > li')];
      expect(items()).to.have.length(5);
      // A question with ideas stays.
      expect(text(items()[0]!)).to.contain('Hat 1 Idee und bleibt deshalb.');
      const title = shadow(el).querySelector<HTMLInputElement>('#edit-title')!;
      title.value = 'Gruppe 2: Leitfragen';
      title.dispatchEvent(new Event('input'));
      button(shadow(el), 'Frage hinzufügen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(items()).to.have.length(6);
      expect(active(el)?.id).to.equal('edit-q-5');
      button(shadow(el), 'Speichern').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.id).to.equal('edit-q-5');
      expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
      expect(text(shadow(el).querySelector('#error-q5'))).to.equal('Bitte füllen Sie jede Frage aus oder entfernen Sie sie.');
      await expect(el).to.be.accessible();
      const added = shadow(el).querySelector<HTMLTextAreaElement>('#edit-q-5')!;
      added.value = 'Was nehmen wir uns bis zum Sommer vor?';
      added.dispatchEvent(new Event('input'));
      button(shadow(el), 'Frage 6 nach oben').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.getAttribute('aria-label')).to.equal('Frage 5 nach oben');
      const votes = shadow(el).querySelector<HTMLInputElement>('#edit-votes')!;
      votes.value = '5';
      votes.dispatchEvent(new Event('input'));
      shadow(el).querySelectorAll<HTMLInputElement>('input[name="reveal"]')[1]!.click();
      await el.updateComplete;
      button(shadow(el), 'Speichern').click();
      await el.updateComplete;
      await el.updateComplete;
      const board = el.currentBoard!;
      expect(board.title).to.equal('Gruppe 2: Leitfragen');
      expect(board.questions.map((q) => q.text)[4]).to.equal('Was nehmen wir uns bis zum Sommer vor?');
      expect(board.settings).to.deep.equal({ reveal: 'moderated', votesPerPerson: 5 });
      expect(text(shadow(el).querySelector('.votes-left'))).to.equal('Sie haben noch 5 von 5 Stimmen.');
      expect(text(shadow(el).querySelector('.success-text'))).to.equal('Gespeichert.');
      expect(active(el)).to.equal(open);
    });
  });

  describe('live through the reference server', () => {
    it('shows an idea added on one board on another board at once', async () => {
      const run = newRunId();
      const wrapper = await fixture(html`<div>
        <ija-leitfragen-board id="a" api=${liveBase(run)}></ija-leitfragen-board>
        <ija-leitfragen-board id="b" api=${liveBase(run)}></ija-leitfragen-board>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('ija-leitfragen-board')] as IjaLeitfragenBoard[];
      await waitUntil(() => a!.currentBoard && b!.currentBoard, 'boards did not load', { timeout: 5000 });
      await waitUntil(() => text(shadow(b!).querySelector('.status')) === 'Live verbunden', 'b not live', { timeout: 5000 });
      await a!.updateComplete;
      await addIdea(a!, 'schnittstellen', 'Kooperationsvertrag mit der Handwerkskammer');
      await waitUntil(() => cardTexts(b!, 'schnittstellen').includes('Kooperationsvertrag mit der Handwerkskammer'), 'idea did not arrive', {
        timeout: 5000,
      });
      // Both boards are in one tab, so they are one participant: the idea is "mine" on both.
      await waitUntil(() => shadow(a!).querySelector('li.card.mine') !== null, 'own idea not marked', { timeout: 5000 });
      expect(shadow(b!).querySelector('li.card.mine') !== null).to.equal(true);
      await expect(a!).to.be.accessible();
    });

    it('delivers every idea exactly once: through a cut connection, a 500 after storing, and a reload', async () => {
      const run = newRunId();
      const real = createFetchAdapter({ baseUrl: liveBase(run), retries: 0 });
      let failures = 2;
      let loseAnswer = true;
      const flaky: IjaAdapter = Object.assign(Object.create(real) as IjaAdapter, {
        addCard: async (...args: Parameters<IjaAdapter['addCard']>) => {
          if (failures-- > 0) throw new IjaAdapterError('network', 'cut');
          const card = await real.addCard(...args);
          if (loseAnswer) {
            loseAnswer = false;
            throw new IjaAdapterError('http', 'HTTP 500', { status: 500 });
          }
          return card;
        },
      });
      const el = await render(html`<ija-leitfragen-board .adapter=${flaky}></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Gemeinsame Fortbildung für Fachkräfte');
      expect(text(shadow(el).querySelector('li.card.pending'))).to.contain('Wird gesendet');
      await waitUntil(() => cardTexts(el, 'schnittstellen').includes('Gemeinsame Fortbildung für Fachkräfte'), 'not delivered', {
        timeout: 15000,
      });
      await waitUntil(() => shadow(el).querySelector('li.card.pending') === null, 'still shown as sending', { timeout: 3000 });
      const stored = (await serverBoard(run)).cards.filter((c) => c.text === 'Gemeinsame Fortbildung für Fachkräfte');
      expect(stored).to.have.length(1);

      // Offline, then the page is reloaded: the idea waits in the tab's outbox and goes out after.
      el.remove();
      const offline: IjaAdapter = Object.assign(Object.create(real) as IjaAdapter, {
        addCard: async () => {
          throw new IjaAdapterError('network', 'offline');
        },
      });
      const before = await render(html`<ija-leitfragen-board .adapter=${offline}></ija-leitfragen-board>`);
      await addIdea(before, 'agenda', 'Thema in die Jugendhilfeplanung');
      before.remove();
      const after = await render(html`<ija-leitfragen-board .adapter=${real}></ija-leitfragen-board>`);
      await waitUntil(() => cardTexts(after, 'agenda').includes('Thema in die Jugendhilfeplanung'), 'not delivered after reload', {
        timeout: 15000,
      });
      expect((await serverBoard(run)).cards.filter((c) => c.text === 'Thema in die Jugendhilfeplanung')).to.have.length(1);
    }).timeout(40000);

    it('delivers a waiting idea after the board was moved in the page (a CMS tab or accordion)', async () => {
      // The test API's `closed` scenario refuses writes (503) until the test opens it.
      const run = newRunId();
      const el = await render(html`<ija-leitfragen-board .adapter=${testAdapter('closed', run, { retries: 0 })}></ija-leitfragen-board>`);
      await addIdea(el, 'q1', 'Nach dem Umzug ankommen');
      // Refused once; the outbox waits for its next try (the tab's outbox in sessionStorage says so).
      const waiting = () => JSON.parse(sessionStorage.getItem('ija-board-outbox:leitfragen') ?? '[]') as { state: string; attempts: number }[];
      await waitUntil(() => waiting()[0]?.state === 'pending' && waiting()[0]!.attempts === 1, 'not refused', { timeout: 5000 });
      expect(shadow(el).querySelector('li.card.pending') !== null).to.equal(true);
      const elsewhere = await fixture(html`<div></div>`);
      el.remove();
      elsewhere.append(el);
      await fetch(`/__api-log/${run}/open`, { method: 'POST' });
      dispatchEvent(new Event('online'));
      await waitUntil(() => cardTexts(el, 'q1').includes('Nach dem Umzug ankommen'), 'not delivered after the move', { timeout: 8000 });
      const stored = (await (await fetch(`${apiBase('ok', run)}/boards/leitfragen`)).json()) as Board;
      expect(stored.cards.map((c) => c.text)).to.deep.equal(['Nach dem Umzug ankommen']);
    }).timeout(15000);

    it('keeps focus in the board while deleting an idea waits for the server, then on the idea next to it', async () => {
      const run = newRunId();
      const el = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Erste');
      await addIdea(el, 'schnittstellen', 'Zweite');
      await waitUntil(() => shadow(el).querySelectorAll('li.card.mine:not(.pending)').length === 2, 'not stored', { timeout: 5000 });
      const first = card(el, 'Erste');
      button(first, '„Erste“ löschen').click();
      await el.updateComplete;
      button(first, 'Ja, löschen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(button(first, '„Erste“ löschen'));
      await waitUntil(() => !first.isConnected, 'not deleted', { timeout: 5000 });
      await el.updateComplete;
      expect(active(el)).to.equal(card(el, 'Zweite'));
    });

    it('keeps focus on a refused idea sent again, and in the idea box once it is discarded', async () => {
      const run = newRunId();
      const el = await render(html`<ija-leitfragen-board .adapter=${testAdapter('refusewrites', run)}></ija-leitfragen-board>`);
      await addIdea(el, 'q1', 'Abgelehnt');
      await waitUntil(() => shadow(el).querySelector('li.card.rejected'), 'not refused', { timeout: 5000 });
      button(shadow(el).querySelector('li.card.rejected')!, 'Erneut senden').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(shadow(el).querySelector('li.card.pending'));
      await waitUntil(() => shadow(el).querySelector('li.card.rejected'), 'not refused again', { timeout: 5000 });
      button(shadow(el).querySelector('li.card.rejected')!, 'Verwerfen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).querySelector('li.card.pending')).to.equal(null);
      expect(active(el)?.id).to.equal('idea-q1');
    });

    it('keeps a refused idea with the reason (board locked), to send again or discard', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      await fetch(`${liveBase(run)}/boards/leitfragen`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${moderator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ locked: true }),
      });
      const el = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      expect(text(shadow(el).querySelector('.notice'))).to.contain('gesperrt');
      expect(question(el, 'schnittstellen').querySelector('form.add') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('lets the moderator mark, hide and lock with the key', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      const participant = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      await addIdea(participant, 'schnittstellen', 'Netzwerktreffen zweimal im Jahr');
      await waitUntil(() => participant.shadowRoot!.querySelector('li.card.mine'), 'not stored', { timeout: 5000 });
      const provider = await fixture(html`<ija-provider
        .adapter=${createFetchAdapter({ baseUrl: liveBase(run), headers: { authorization: `Bearer ${moderator}` } })}
        ><ija-leitfragen-board moderator></ija-leitfragen-board
      ></ija-provider>`);
      const mod = provider.querySelector('ija-leitfragen-board')!;
      await waitUntil(() => mod.currentBoard?.cards.length === 1, 'moderator board not loaded', { timeout: 5000 });
      await moderatorReady(mod);
      button(await openMenu(mod, 'Netzwerktreffen zweimal im Jahr'), 'Als zentrale Erkenntnis markieren').click();
      await waitUntil(() => participant.shadowRoot!.querySelector('li.card.insight'), 'insight did not reach the participant', { timeout: 5000 });
      button(shadow(mod), 'Board sperren').click();
      await waitUntil(() => participant.currentBoard?.locked === true, 'lock did not reach the participant', { timeout: 5000 });
      await expect(mod).to.be.accessible();
    });

    it('hides other people\'s ideas until the moderator reveals them (moderated reveal)', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      const patch = (body: object) =>
        fetch(`${liveBase(run)}/boards/leitfragen`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${moderator}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      await patch({ settings: { reveal: 'moderated' } });
      const other = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-2' });
      await other.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: 'Geheime Idee' });
      const el = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      expect(text(shadow(el).querySelector('.notice'))).to.contain('sobald die Moderation sie aufdeckt');
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal([]);
      await waitUntil(() => text(shadow(el).querySelector('.status')) === 'Live verbunden', 'not live', { timeout: 5000 });
      await patch({ revealed: true });
      await waitUntil(() => cardTexts(el, 'schnittstellen').includes('Geheime Idee'), 'not revealed', { timeout: 5000 });
    });

    it('falls back to polling when the page\'s adapter has no event stream', async () => {
      const run = newRunId();
      const real = createFetchAdapter({ baseUrl: liveBase(run) });
      const noStream: IjaAdapter = Object.assign(Object.create(real) as IjaAdapter, { subscribeBoard: undefined });
      const el = await render(html`<ija-leitfragen-board .adapter=${noStream}></ija-leitfragen-board>`);
      expect(text(shadow(el).querySelector('.status'))).to.equal('Verbunden (wird regelmäßig aktualisiert)');
      await addIdea(el, 'schnittstellen', 'Per Abfrage');
      await waitUntil(() => cardTexts(el, 'schnittstellen').includes('Per Abfrage'), 'not delivered', { timeout: 5000 });
    });

    it('keeps an idea the server refuses, with the reason, to send again or discard', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      // No event stream: the page does not learn of the lock before it sends.
      const real = createFetchAdapter({ baseUrl: liveBase(run) });
      const noStream: IjaAdapter = Object.assign(Object.create(real) as IjaAdapter, { subscribeBoard: undefined });
      const el = await render(html`<ija-leitfragen-board .adapter=${noStream}></ija-leitfragen-board>`);
      await fetch(`${liveBase(run)}/boards/leitfragen`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${moderator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ locked: true }),
      });
      await addIdea(el, 'schnittstellen', 'Zu spät gekommen');
      await waitUntil(() => shadow(el).querySelector('li.card.rejected') !== null, 'not rejected', { timeout: 8000 });
      const rejected = shadow(el).querySelector('li.card.rejected')!;
      expect(text(rejected)).to.contain('Zu spät gekommen');
      expect(text(rejected)).to.contain('Nicht angenommen: Das Board ist gesperrt.');
      await expect(el).to.be.accessible();
      button(rejected, 'Verwerfen').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('li.card.rejected') === null).to.equal(true);
    });

    it('shows loading and error states accessibly', async () => {
      const loading = await fixture<IjaLeitfragenBoard>(
        html`<ija-leitfragen-board api=${liveBase(newRunId())} board-id="gibt-es-nicht"></ija-leitfragen-board>`,
      );
      await expect(loading).to.be.accessible();
      await waitUntil(() => shadow(loading).querySelector('[role="alert"]') !== null, 'no error shown', { timeout: 5000 });
      expect(text(shadow(loading).querySelector('[role="alert"]'))).to.contain('404');
      await expect(loading).to.be.accessible();
    });

    it('announces new ideas from others together, not one by one', async () => {
      const run = newRunId();
      const el = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      await waitUntil(() => text(shadow(el).querySelector('.status')) === 'Live verbunden', 'not live', { timeout: 5000 });
      const other = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-1' });
      for (const idea of ['Idee eins', 'Idee zwei', 'Idee drei']) {
        await other.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: idea });
      }
      const live = shadow(el).querySelector('[aria-live="polite"]')!;
      await waitUntil(() => live.textContent === '3 neue Ideen', 'no summary announcement', { timeout: 8000 });
    }).timeout(15000);

    it("shows the moderator every idea's text in moderated reveal, also live, before anything is revealed", async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      await patchBoard(run, moderator, { settings: { reveal: 'moderated' } });
      const other = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-3' });
      await other.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: 'Vor dem Aufdecken' });
      const mod = await render(html`<ija-leitfragen-board moderator .adapter=${withKey(run, moderator)}></ija-leitfragen-board>`);
      const participant = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      expect(cardTexts(mod, 'schnittstellen')).to.deep.equal(['Vor dem Aufdecken']);
      expect(cardTexts(participant, 'schnittstellen')).to.deep.equal([]);
      // The moderator's stream carries the key: its snapshot and events keep the texts.
      await waitUntil(() => text(shadow(mod).querySelector('.status')) === 'Live verbunden', 'moderator not live', { timeout: 5000 });
      await waitUntil(() => text(shadow(participant).querySelector('.status')) === 'Live verbunden', 'participant not live', { timeout: 5000 });
      await other.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: 'Während die Moderation zusieht' });
      await waitUntil(() => cardTexts(mod, 'schnittstellen').includes('Während die Moderation zusieht'), 'not live for the moderator', { timeout: 5000 });
      expect(cardTexts(mod, 'schnittstellen')).not.to.include('…');
      await moderatorReady(mod);
      await expect(mod).to.be.accessible();
      button(shadow(mod), 'Ideen aufdecken').click();
      await waitUntil(() => cardTexts(participant, 'schnittstellen').length === 2, 'not revealed to the participant', { timeout: 5000 });
      expect(cardTexts(mod, 'schnittstellen')).to.have.length(2);
    });

    it('keeps one participant per browser and board: the vote cap holds across tabs, own ideas stay editable after reopening', async () => {
      const run = newRunId();
      localStorage.clear();
      const a = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      const b = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      await addIdea(a, 'schnittstellen', 'Meine Idee');
      await waitUntil(() => shadow(a).querySelector('li.card.mine:not(.pending)'), 'not stored', { timeout: 5000 });
      const stored = JSON.parse(localStorage.getItem('ija-widgets:board-client:leitfragen')!) as { id: string; until: number };
      expect(stored.id).to.have.length.greaterThan(8);
      expect(stored.until - Date.now()).to.be.closeTo(30 * 86_400_000, 60_000);
      for (let i = 0; i < 3; i++) {
        card(a, 'Meine Idee').querySelector<HTMLButtonElement>('button.vote')!.click();
        await a.updateComplete;
      }
      await waitUntil(async () => (await serverBoard(run)).cards[0]?.votes === 3, 'votes not stored', { timeout: 5000 });
      // The other tab learns of them when it is looked at again.
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => text(shadow(b).querySelector('.votes-left')).startsWith('Alle Stimmen vergeben'), 'cap not shared', { timeout: 5000 });
      expect(card(b, 'Meine Idee').querySelector<HTMLButtonElement>('button.vote')!.disabled).to.equal(true);
      expect(text(shadow(b).querySelector('.privacy'))).to.contain('bis 30 Tage nach der letzten Nutzung');
      a.remove();
      b.remove();
      const again = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      expect(button(card(again, 'Meine Idee'), '„Meine Idee“ bearbeiten')).not.to.equal(undefined);
      expect(text(shadow(again).querySelector('.votes-left'))).to.equal('Alle Stimmen vergeben. Nehmen Sie eine zurück, um neu zu wählen.');
      await expect(again).to.be.accessible();
    });

    it('creates a board from the five guiding questions, duplicates one for the next group and opens it, each with a join link and QR code', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      await patchBoard(run, moderator, { settings: { reveal: 'moderated', votesPerPerson: 5 } });
      const someone = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-4' });
      await someone.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'agenda', text: 'Bleibt im alten Board' });
      const el = await render(html`<ija-leitfragen-board moderator join-url="/mitmachen.html#board={board}" .adapter=${withKey(run, moderator)}></ija-leitfragen-board>`);
      await moderatorReady(el);
      button(shadow(el), 'Boards verwalten').click();
      await waitUntil(() => shadow(el).querySelector('.board-item[data-board="leitfragen"]'), 'board list', { timeout: 5000 });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.board-item'))).to.contain('5 Fragen · 1 Idee');
      await expect(el).to.be.accessible();

      button(shadow(el), 'Neues Board').click();
      await el.updateComplete;
      await el.updateComplete;
      const title = shadow(el).querySelector<HTMLInputElement>('#new-title')!;
      expect(active(el)).to.equal(title);
      await sendKeys({ type: 'Leitfragen' });
      await el.updateComplete;
      button(shadow(el), 'Board anlegen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('#new-error-id'))).to.equal('Ein Board mit dieser Kennung gibt es schon.');
      expect(active(el)?.id).to.equal('new-id');
      title.value = 'Gruppe 2';
      title.dispatchEvent(new Event('input'));
      await el.updateComplete;
      // The id follows the title until it is edited by hand.
      expect(shadow(el).querySelector<HTMLInputElement>('#new-id')!.value).to.equal('gruppe-2');
      const id = shadow(el).querySelector<HTMLInputElement>('#new-id')!;
      id.value = 'Gruppe 2!';
      id.dispatchEvent(new Event('input'));
      button(shadow(el), 'Board anlegen').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(text(shadow(el).querySelector('#new-error-id'))).to.equal('Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).');
      id.value = 'gruppe-2';
      id.dispatchEvent(new Event('input'));
      button(shadow(el), 'Board anlegen').click();
      await waitUntil(() => shadow(el).querySelector('.board-item[data-board="gruppe-2"] .qr path'), 'new board with its QR code', { timeout: 5000 });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.success-text'))).to.equal('Board „Gruppe 2“ angelegt.');
      expect(shadow(el).querySelector<HTMLInputElement>('#join-gruppe-2')!.value).to.equal(`${location.origin}/mitmachen.html#board=gruppe-2`);
      const created = (await (await fetch(`${liveBase(run)}/boards/gruppe-2`)).json()) as Board;
      expect(created.questions.map((q) => q.text)).to.deep.equal(DEFAULT_BOARD.questions.map((q) => q.text));
      await expect(el).to.be.accessible();

      button(shadow(el), '„Leitfragen für die moderierte Diskussion“ duplizieren').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>('#new-title')!.value).to.equal('Leitfragen für die moderierte Diskussion (Kopie)');
      const copyTitle = shadow(el).querySelector<HTMLInputElement>('#new-title')!;
      copyTitle.value = 'Gruppe 3';
      copyTitle.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>('#new-id')!.value).to.equal('gruppe-3');
      button(shadow(el), 'Board anlegen').click();
      await waitUntil(() => shadow(el).querySelector('.board-item[data-board="gruppe-3"]'), 'copy listed', { timeout: 5000 });
      const copy = (await (await fetch(`${liveBase(run)}/boards/gruppe-3`)).json()) as Board;
      expect(copy.settings).to.deep.equal({ reveal: 'moderated', votesPerPerson: 5 });
      expect(copy.questions).to.have.length(5);
      expect(copy.cards).to.deep.equal([]);

      button(shadow(el), '„Gruppe 3“ öffnen').click();
      await waitUntil(() => el.currentBoard?.id === 'gruppe-3', 'not opened', { timeout: 5000 });
      expect(el.boardId).to.equal('gruppe-3');
      expect(text(shadow(el).querySelector('h2'))).to.equal('Gruppe 3');
    });

    it('opens the board a join link names (#board=<id>)', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      await fetch(`${liveBase(run)}/boards/gruppe-7`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${moderator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'gruppe-7', title: 'Gruppe 7', questions: [{ id: 'q1', text: 'Was brauchen wir?' }] }),
      });
      const clean = `${location.pathname}${location.search}`;
      history.replaceState(null, '', `${clean}#board=gruppe-7`);
      try {
        const el = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
        expect(el.currentBoard!.id).to.equal('gruppe-7');
        location.hash = 'board=leitfragen';
        await waitUntil(() => el.currentBoard?.id === 'leitfragen', 'hash change not followed', { timeout: 5000 });
      } finally {
        history.replaceState(null, '', clean);
      }
    });

    it('turns a key insight into a step of a plan point in one action, from the results', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      const someone = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-5' });
      const idea = await someone.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'agenda', text: 'Jährlicher Bericht im Jugendhilfeausschuss' });
      const el = await render(
        html`<ija-leitfragen-board moderator plan-id="fuenf-punkte-plan" .adapter=${withKey(run, moderator)}></ija-leitfragen-board>`,
      );
      await moderatorReady(el);
      const menu = await openMenu(el, 'Jährlicher Bericht im Jugendhilfeausschuss');
      // Only a key insight goes into the plan.
      expect(button(menu, 'Als Schritt in den Plan')).to.equal(undefined);
      button(menu, 'Als zentrale Erkenntnis markieren').click();
      await waitUntil(() => el.currentBoard?.cards[0]?.insight === true, 'not marked', { timeout: 5000 });
      button(shadow(el), 'Ergebnisse').click();
      await waitUntil(() => shadow(el).querySelector('.results .to-plan'), 'no plan action in the results', { timeout: 5000 });
      const action = shadow(el).querySelector<HTMLButtonElement>('.results .to-plan')!;
      action.click();
      await waitUntil(() => shadow(el).querySelector('dialog input[name="point"]'), 'plan not loaded', { timeout: 5000 });
      const dialog = shadow(el).querySelector('dialog')!;
      expect([...dialog.querySelectorAll('label.choice')].map(text)).to.have.length(5);
      await expect(el).to.be.accessible();
      [...dialog.querySelectorAll('label.choice')].find((l) => text(l) === 'Werkstattgespräche durchführen')!.querySelector('input')!.click();
      await el.updateComplete;
      button(dialog, 'Übernehmen').click();
      await waitUntil(() => shadow(el).querySelector('dialog') === null, 'dialog not closed', { timeout: 5000 });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.success-text'))).to.equal('Als Schritt übernommen in: Werkstattgespräche durchführen');
      expect(active(el)).to.equal(shadow(el).querySelector('.results .to-plan'));
      const plan = (await (await fetch(`${liveBase(run)}/plans/fuenf-punkte-plan`)).json()) as Plan;
      const step = plan.points.find((p) => p.id === 'werkstattgespraeche')!.steps!.at(-1)!;
      expect(step).to.deep.include({ text: 'Jährlicher Bericht im Jugendhilfeausschuss', done: false });
      expect(step.source).to.deep.equal({ boardId: 'leitfragen', cardId: idea.id, text: 'Jährlicher Bericht im Jugendhilfeausschuss' });
    });

    it('says a refused key plainly, and a later success clears it', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      const real = withKey(run, moderator);
      let refuse = true;
      const flaky: IjaAdapter = Object.assign(Object.create(real) as IjaAdapter, {
        updateBoard: async (...args: Parameters<IjaAdapter['updateBoard']>) => {
          if (refuse) {
            refuse = false;
            throw new IjaAdapterError('http', 'HTTP 401', { status: 401 });
          }
          return real.updateBoard(...args);
        },
      });
      const el = await render(html`<ija-leitfragen-board moderator .adapter=${flaky}></ija-leitfragen-board>`);
      await moderatorReady(el);
      button(shadow(el), 'Board sperren').click();
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no message', { timeout: 5000 });
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.equal('Der Moderationsschlüssel fehlt oder passt nicht. Bitte melden Sie sich erneut an.');
      button(shadow(el), 'Board sperren').click();
      await waitUntil(() => el.currentBoard?.locked === true, 'not locked', { timeout: 5000 });
      expect(shadow(el).querySelector('[role="alert"]') === null).to.equal(true);
    });

    it('merges live: the target keeps the merged text on the server and for everyone', async () => {
      const run = newRunId();
      const { moderator } = await keys(run);
      const someone = createFetchAdapter({ baseUrl: liveBase(run), clientId: 'someone-else-6' });
      const into = await someone.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: 'Schulsozialarbeit einbinden' });
      await someone.addCard('leitfragen', { id: crypto.randomUUID(), questionId: 'schnittstellen', text: 'Mit der Schulsozialarbeit reden' });
      const participant = await render(html`<ija-leitfragen-board api=${liveBase(run)}></ija-leitfragen-board>`);
      const el = await render(html`<ija-leitfragen-board moderator .adapter=${withKey(run, moderator)}></ija-leitfragen-board>`);
      await moderatorReady(el);
      button(await openMenu(el, 'Mit der Schulsozialarbeit reden'), 'Zusammenführen mit …').click();
      await waitUntil(() => shadow(el).querySelector('dialog input'), 'no dialog', { timeout: 5000 });
      shadow(el).querySelector<HTMLInputElement>('dialog input')!.click();
      await el.updateComplete;
      button(shadow(el).querySelector('dialog')!, 'Zusammenführen').click();
      await waitUntil(() => cardTexts(el, 'schnittstellen').length === 1, 'not merged', { timeout: 5000 });
      await waitUntil(() => text(card(participant, 'Schulsozialarbeit einbinden')?.querySelector('.merged')).includes('Mit der Schulsozialarbeit reden'), 'merged text not shown to participants', { timeout: 5000 });
      const stored = (await serverBoard(run)).cards.find((c) => c.id === into.id)!;
      expect(stored.merged?.map((m) => m.text)).to.deep.equal(['Mit der Schulsozialarbeit reden']);
    });
  });
});
