import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-provider/ija-provider.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import { createFetchAdapter } from '../src/core/adapter/fetch-adapter.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import type { Board } from '../src/core/schemas/board.js';
import { captureDownload } from './helpers/download.js';
import { newRunId } from './helpers/api.js';

/** Live tests run against the real reference server inside the test run (test/server/reference-server-plugin.mjs). */

const shadow = (el: IjaLeitfragenBoard) => el.shadowRoot!;
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const question = (el: IjaLeitfragenBoard, id: string) => shadow(el).querySelector<HTMLElement>(`section.question[aria-labelledby="q-${id}"]`)!;
const cardTexts = (el: IjaLeitfragenBoard, questionId: string) =>
  [...question(el, questionId).querySelectorAll('li.card:not(.pending) .card-text')].map((p) => p.textContent);
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label))!;

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
      localStorage.clear();
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

    it('lets a person edit and delete their own idea', async () => {
      const el = await render(html`<ija-leitfragen-board></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Erster Endwurf');
      button(shadow(el).querySelector('li.card')!, '„Erster Endwurf“ bearbeiten').click();
      await el.updateComplete;
      const area = shadow(el).querySelector<HTMLTextAreaElement>('li.card textarea')!;
      area.value = 'Erster Entwurf';
      button(shadow(el).querySelector('li.card')!, 'Speichern').click();
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal(['Erster Entwurf']);
      button(shadow(el).querySelector('li.card')!, '„Erster Entwurf“ löschen').click();
      await el.updateComplete;
      expect(cardTexts(el, 'schnittstellen')).to.deep.equal([]);
    });

    it('fits 320 px and stays usable in forced colours', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await render(html`<ija-leitfragen-board moderator></ija-leitfragen-board>`);
      await addIdea(el, 'schnittstellen', 'Jugendmigrationsdienstmitarbeitendenfortbildungsprogramm');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
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
      button(shadow(el).querySelectorAll('li.card')[0]!, '„Wenig Stimmen“ als zentrale Erkenntnis markieren').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('li.card.insight') !== null).to.equal(true);
      await expect(el).to.be.accessible();

      button(shadow(el), 'Präsentation').click();
      // The presentation's code is loaded the first time it is shown.
      await waitUntil(() => shadow(el).querySelector('.presentation') !== null, 'presentation shown');
      const shown = [...shadow(el).querySelectorAll('.presentation-cards li .card-text')].map((n) => n.textContent);
      expect(shown).to.deep.equal(['Wenig Stimmen', 'Viele Stimmen']);
      await expect(el).to.be.accessible();

      button(shadow(el), 'Ergebnisse').click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.results ul'))).to.contain('Wenig Stimmen');
      const markdown = await captureDownload(() => button(shadow(el), 'Als Markdown herunterladen').click());
      expect(markdown.name).to.equal('leitfragen.md');
      expect(markdown.text).to.contain('Wenig Stimmen');
      await expect(el).to.be.accessible();
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
      await mod.updateComplete;
      button(shadow(mod).querySelector('li.card')!, '„Netzwerktreffen zweimal im Jahr“ als zentrale Erkenntnis').click();
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
  });
});
