import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import { IjaProvider } from '../src/components/ija-provider/ija-provider.js';
import type { IjaWorkshopAgenda } from '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import type { Agenda } from '../src/core/schemas/agenda.js';
import type { IjaAgendaChangeEvent } from '../src/core/events.js';
import { captureDownload } from './helpers/download.js';
import { apiBase, keyHeader, newRunId, serverLog, testAdapter, waitForLog } from './helpers/api.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';

/** The template day on a Thursday in March 2027 (Berlin: UTC+1). */
const DAY: Agenda = { ...structuredClone(DEFAULT_AGENDA), id: 'musterstadt', date: '2027-03-04', location: 'Jugendzentrum Musterstadt' };

const shadow = (el: IjaWorkshopAgenda) => el.shadowRoot!;
const items = (el: IjaWorkshopAgenda) => [...shadow(el).querySelectorAll<HTMLLIElement>('li.item')];
const ids = (el: IjaWorkshopAgenda) => items(el).map((li) => li.dataset['id']);
const itemEl = (el: IjaWorkshopAgenda, id: string) => shadow(el).querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
const startOf = (el: IjaWorkshopAgenda, id: string) => itemEl(el, id).querySelector('time')!.textContent;
const liveRegion = (el: IjaWorkshopAgenda) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

async function render(template: ReturnType<typeof html>): Promise<IjaWorkshopAgenda> {
  const el = await fixture<IjaWorkshopAgenda>(template);
  await waitUntil(() => el.data.task.status >= 2, 'agenda did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}


describe('<ija-workshop-agenda>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('emulate-timezone', { timezoneId: '' });
  });

  describe('showing', () => {
    it('says when a day has no items yet, and offers no calendar entry for it', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${{ ...DAY, items: [] }}></ija-workshop-agenda>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('.empty-items')!.textContent).to.contain('Noch keine Einträge');
      expect([...root.querySelectorAll('button')].some((b) => b.textContent!.includes('In den Kalender'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the factsheet template day with no source: 10:30 to 16:00, lunch, no date and no "now"', async () => {
      const el = await render(html`<ija-workshop-agenda></ija-workshop-agenda>`);
      expect(el.data.source).to.equal('defaults');
      expect(ids(el)).to.deep.equal(DEFAULT_AGENDA.items.map((i) => i.id));
      expect(startOf(el, 'begruessung')).to.equal('10:30');
      expect(shadow(el).querySelector('.template')!.textContent).to.equal('Vorlage – noch ohne Datum');
      expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
      expect(shadow(el).querySelector('.calendar')!.textContent).to.contain('Sobald ein Datum feststeht');
      await expect(el).to.be.accessible();
    });

    it('shows a real day with a long German date, place, times a screen reader reads, durations and types', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
      const header = shadow(el).querySelector('header')!;
      expect(header.querySelector('h2')!.textContent).to.equal(DAY.title);
      expect(header.querySelector('time')!.textContent).to.equal('Donnerstag, 4. März 2027');
      expect(header.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-04');
      expect(header.textContent).to.contain('Jugendzentrum Musterstadt');
      const lunch = itemEl(el, 'mittagspause');
      expect([...lunch.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2027-03-04T12:30',
        '2027-03-04T13:30',
      ]);
      expect(lunch.textContent).to.contain('12:30 bis 13:30 Uhr');
      expect(lunch.textContent).to.contain('1 Std.');
      expect(lunch.textContent).to.contain('1 Stunde');
      expect(lunch.querySelector('.type')!.textContent).to.contain('Pause');
      expect(lunch.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(itemEl(el, 'diskussion').textContent).to.contain('1 Std. 45 Min.');
      await expect(el).to.be.accessible();
    });

    it('expands a long description with a button that says whether it is open', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
      const discussion = itemEl(el, 'diskussion');
      const button = discussion.querySelector<HTMLButtonElement>('button.more')!;
      expect(discussion.querySelector('.description')!.classList.contains('clamped')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(discussion.querySelector('.description')!.classList.contains('clamped')).to.equal(false);
    });

    it('reads the agenda from a backend with api and agenda-id', async () => {
      const run = newRunId();
      const el = await render(html`<ija-workshop-agenda api=${apiBase('ok', run)} agenda-id="tag-1"></ija-workshop-agenda>`);
      expect(ids(el)).to.deep.equal(['a']);
      expect((await serverLog(run)).requests[0]!.path).to.equal('/agendas/tag-1');
    });

    it('speaks English when the page does', async () => {
      const el = await render(html`<ija-workshop-agenda lang="en" .agenda=${DAY}></ija-workshop-agenda>`);
      await waitUntil(() => shadow(el).querySelector('header time')!.textContent === 'Thursday, March 4, 2027', 'English date');
      expect(itemEl(el, 'mittagspause').textContent).to.contain('12:30 PM to 1:30 PM');
      expect(itemEl(el, 'mittagspause').querySelector('.type')!.textContent).to.contain('Break');
    });

    it('writes its times as the language does, and keeps them the times of its own zone', async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
      try {
        const el = await render(html`<ija-workshop-agenda lang="en-GB" .agenda=${DAY}></ija-workshop-agenda>`);
        // British English writes the 24-hour clock as German does: wait for English before reading it.
        await waitUntil(() => itemEl(el, 'mittagspause').querySelector('.type')!.textContent!.includes('Break'), 'English texts');
        expect(itemEl(el, 'mittagspause').querySelector('.time')!.textContent).to.contain('12:30–13:30');
        const times = () => itemEl(el, 'mittagspause').querySelector('.time')!.textContent!;
        el.setAttribute('lang', 'en-US');
        await waitUntil(() => times().includes('12:30 PM–1:30 PM'), times());
        // A wider time column, so the range stays on one line beside the card.
        expect(shadow(el).querySelector('.items')!.classList.contains('long-times')).to.equal(true);
        el.setAttribute('lang', 'de');
        await waitUntil(() => times().includes('12:30–13:30'), times());
        expect(itemEl(el, 'mittagspause').querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-04T12:30');
      } finally {
        await executeServerCommand('emulate-timezone', { timezoneId: '' });
      }
    });

    it('links a discussion to the board with that id on the same page', async () => {
      const board = document.createElement('ija-leitfragen-board');
      board.id = 'brett';
      board.setAttribute('board-id', 'leitfragen');
      document.body.append(board);
      try {
        const el = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
        const link = itemEl(el, 'diskussion').querySelector<HTMLAnchorElement>('a.board-link')!;
        expect(link.getAttribute('href')).to.equal('#brett');
        expect(link.textContent).to.equal('Zu den Leitfragen');
      } finally {
        board.remove();
      }
    });

    it('links to a board added later, or inside another element\'s shadow root, and drops the link when it goes', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
      const link = () => itemEl(el, 'diskussion').querySelector<HTMLElement>('.board-link');
      expect(link()).to.equal(null);
      // A CMS block with its own shadow root, added after the agenda, holds the board (without an id).
      const block = document.createElement('div');
      const board = document.createElement('ija-leitfragen-board');
      board.boardId = 'leitfragen';
      block.attachShadow({ mode: 'open' }).append(board);
      document.body.append(block);
      try {
        await waitUntil(() => link(), 'no link to the board added later');
        expect(link()!.localName).to.equal('button');
        expect(link()!.textContent!.trim()).to.equal('Zu den Leitfragen');
        await expect(el).to.be.accessible();
        link()!.click();
        expect(block.shadowRoot!.activeElement).to.equal(board);
        board.remove();
        await waitUntil(() => link() === null, 'the link stayed after the board went');
      } finally {
        block.remove();
      }
    });

    it('links within its provider first: the board with that id beside it, not the one in another provider', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ija-provider id="a"><ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda><ija-leitfragen-board id="brett-a"></ija-leitfragen-board></ija-provider>
        <ija-provider id="b"><ija-leitfragen-board id="brett-b"></ija-leitfragen-board></ija-provider>
      </div>`);
      const el = wrapper.querySelector('ija-workshop-agenda')!;
      await waitUntil(() => el.data.task.status >= 2, 'agenda did not load', { timeout: 5000 });
      await el.updateComplete;
      expect(itemEl(el, 'diskussion').querySelector('a.board-link')!.getAttribute('href')).to.equal('#brett-a');
      wrapper.querySelector('#brett-a')!.remove();
      await el.updateComplete;
      expect(itemEl(el, 'diskussion').querySelector('.board-link')).to.equal(null);
    });

    it('links within a provider defined after its widgets (a CMS that loads the provider last)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ija-leitfragen-board id="brett-seite"></ija-leitfragen-board>
        <ija-late-provider><ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda><ija-leitfragen-board id="brett-innen"></ija-leitfragen-board></ija-late-provider>
      </div>`);
      const el = wrapper.querySelector('ija-workshop-agenda')!;
      await waitUntil(() => el.data.task.status >= 2, 'agenda did not load', { timeout: 5000 });
      await el.updateComplete;
      const href = () => itemEl(el, 'diskussion').querySelector('a.board-link')?.getAttribute('href');
      // Until the provider is defined, every widget is the page's: the first board on the page.
      expect(href()).to.equal('#brett-seite');
      customElements.define('ija-late-provider', class extends IjaProvider {});
      await waitUntil(() => href() === '#brett-innen', `links to ${href()}, not to the board beside it`);
    });

    it('fits a 280 px column as a compact list, and a wide one as a proportional timeline', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda></div>`);
      const el = wrapper.querySelector('ija-workshop-agenda')!;
      await waitUntil(() => el.data.task.status >= 2);
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(getComputedStyle(items(el)[0]!).gridTemplateColumns.split(' ')).to.have.length(1);
      await expect(el).to.be.accessible();

      wrapper.style.width = '900px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(items(el)[0]!).gridTemplateColumns.split(' ')).to.have.length(2);
      const cardHeight = (id: string) => itemEl(el, id).querySelector('.card')!.getBoundingClientRect().height;
      expect(cardHeight('diskussion')).to.be.greaterThan(cardHeight('mittagspause'));
      expect(cardHeight('mittagspause')).to.be.greaterThan(cardHeight('kaffeepause'));
    });

    it('is large on a projector, with current and next prominent', async () => {
      const el = await render(html`<ija-workshop-agenda variant="projector" .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      const size = (id: string) => parseFloat(getComputedStyle(itemEl(el, id).querySelector('.title')!).fontSize);
      const plain = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
      expect(size('mittagspause')).to.be.greaterThan(parseFloat(getComputedStyle(itemEl(plain, 'mittagspause').querySelector('.title')!).fontSize) * 1.2);
      expect(getComputedStyle(itemEl(el, 'input').querySelector('.description')!).display).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('keeps the running item in view on a projector', async () => {
      await setViewport({ width: 800, height: 300 });
      const el = await render(html`<ija-workshop-agenda variant="projector" .agenda=${DAY} .now=${new Date('2027-03-04T09:35:00Z')}></ija-workshop-agenda>`);
      el.now = new Date('2027-03-04T14:35:00Z');
      await el.updateComplete;
      const closing = itemEl(el, 'abschluss');
      await waitUntil(() => {
        const box = closing.getBoundingClientRect();
        return box.top >= 0 && box.top < 300;
      }, 'the current item was not scrolled into view', { timeout: 3000 });
      window.scrollTo(0, 0);
    });

    it('brings the running item into view on a phone once, when the agenda is on screen, never taking the page elsewhere', async () => {
      await setViewport({ width: 375, height: 600 });
      window.scrollTo(0, 0);
      // The page must be at its top, at the phone's size, before the agenda renders (the projector test before this
      // one scrolls smoothly, which can still be under way on a busy machine).
      await waitUntil(() => {
        window.scrollTo(0, 0);
        return window.innerHeight === 600 && window.scrollY === 0;
      }, 'the page is not at its top at phone size', { timeout: 3000 });
      const onDay = new Date('2027-03-04T14:35:00Z');
      try {
        const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${onDay}></ija-workshop-agenda>`);
        const box = itemEl(el, 'abschluss').getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(601); // 'nearest' puts it at the bottom edge, with subpixels
        expect(window.scrollY).to.be.greaterThan(0);
        // Later renders (each minute) leave the page where the visitor put it.
        window.scrollTo(0, 0);
        el.now = new Date('2027-03-04T14:36:00Z');
        await el.updateComplete;
        expect(window.scrollY).to.equal(0);

        // A running item already on screen (the day's first): the page does not move at all.
        el.remove();
        const early = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-04T09:35:00Z')}></ija-workshop-agenda>`);
        expect(early.shadowRoot!.querySelector('[aria-current="time"]'), 'an item runs at 09:35').to.exist;
        expect(window.scrollY).to.equal(0);
        early.remove();

        // An agenda further down the page, not on screen: the page stays where it is.
        const page = await fixture(html`<div><div style="block-size: 3000px"></div><ija-workshop-agenda .agenda=${DAY} .now=${onDay}></ija-workshop-agenda></div>`);
        const below = page.querySelector('ija-workshop-agenda')!;
        await waitUntil(() => below.data.task.status >= 2, 'agenda did not load', { timeout: 5000 });
        await below.updateComplete;
        expect(itemEl(below, 'abschluss').getAttribute('aria-current')).to.equal('time');
        expect(window.scrollY).to.equal(0);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('forces no layout in its first render when no item is running (every day but the workshop\'s)', async () => {
      const measure = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect')!;
      let measured = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.localName === 'ija-workshop-agenda') measured++;
        return measure.value.call(this);
      };
      try {
        const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-05T11:45:00Z')}></ija-workshop-agenda>`);
        expect(items(el).length).to.be.greaterThan(0);
        expect(shadow(el).querySelector('[aria-current="time"]')).to.equal(null);
        expect(measured).to.equal(0);
      } finally {
        Object.defineProperty(Element.prototype, 'getBoundingClientRect', measure);
      }
    });

    it('prints a normal day on one A4 page', async () => {
      await render(html`<ija-workshop-agenda editable .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      expect(await executeServerCommand('print-page-count')).to.equal(1);
    });

    it('prints black on white without controls', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      await emulateMedia({ media: 'print' });
      const current = shadow(el).querySelector('[aria-current] .card')!;
      expect(getComputedStyle(current).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(current).boxShadow).to.equal('none');
      for (const button of shadow(el).querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.calendar')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.card')!).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(shadow(el).querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
    });
  });

  describe('every state is accessible', () => {
    it('while loading', async () => {
      const el = await fixture<IjaWorkshopAgenda>(
        html`<ija-workshop-agenda .adapter=${createDocumentAdapter('test', () => new Promise(() => {}))}></ija-workshop-agenda>`,
      );
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Wird geladen');
      await expect(el).to.be.accessible();
    });

    it('in English, dark, on the day, in edit mode', async () => {
      const el = await render(
        html`<ija-workshop-agenda lang="en" theme="dark" editable .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`,
      );
      await waitUntil(() => itemEl(el, 'mittagspause').textContent!.includes('Break'), 'English texts');
      await expect(el).to.be.accessible();
    });

    it('in forced colours, with the current item still marked', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
        const card = shadow(el).querySelector('[aria-current] .card')!;
        expect(getComputedStyle(card).outlineStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });
  });

  describe('bad data', () => {
    it('renders items out of order, overlapping, ending before they start or of unknown type, sorted by start, and warns', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const agenda = {
          id: 'wirr',
          title: 'Durcheinander',
          date: '2027-03-04',
          items: [
            { id: 'c', start: '13:00', end: '14:00', title: 'Markt der Möglichkeiten', type: 'marketplace' },
            { id: 'a', start: '10:00', end: '11:00', title: 'Start', type: 'welcome' },
            { id: 'b', start: '10:30', end: '10:15', title: 'Verdreht', type: 'input' },
            { id: 'd', start: '13:30', end: '15:00', title: 'Überlappt', type: 'discussion' },
            { id: 'x', start: 'mittags', end: '15:00', title: 'Kaputt', type: 'other' },
          ],
        };
        const el = await render(html`<ija-workshop-agenda .agenda=${agenda}></ija-workshop-agenda>`);
        expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
        expect(itemEl(el, 'c').querySelector('.type')!.textContent).to.contain('Programmpunkt');
        expect(shadow(el).querySelector('.issues-note')!.textContent).to.contain('1 fehlerhafter Eintrag');
        expect(warnings.some((w) => w.includes('items[4].start'))).to.equal(true);
        expect(warnings.some((w) => w.includes('"b"') && w.includes('Endet vor'))).to.equal(true);
        expect(warnings.some((w) => w.includes('"d"') && w.includes('Überschneidet sich mit „Markt der Möglichkeiten“'))).to.equal(true);
        expect(warnings.some((w) => w.includes('"c"') && w.includes('marketplace'))).to.equal(true);
        expect(shadow(el).querySelector('.problem')).to.equal(null);

        el.editable = true;
        await el.updateComplete;
        expect(itemEl(el, 'b').querySelector('.problem')!.textContent).to.contain('Endet vor');
        expect(itemEl(el, 'd').querySelector('.problem')!.textContent).to.contain('Überschneidet');
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('shows an error with retry for a wholly invalid agenda', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${{ title: 'ohne id', items: 'keine' }}></ija-workshop-agenda>`);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Die Daten haben nicht die Form, die das Widget erwartet');
      await expect(el).to.be.accessible();
    });
  });

  describe('on the day', () => {
    it('marks the current and the next item in the agenda time zone, with a now line', async () => {
      // 11:45 UTC is 12:45 in Berlin: lunch.
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      const current = shadow(el).querySelectorAll('[aria-current="time"]');
      expect(current).to.have.length(1);
      expect((current[0] as HTMLElement).dataset['id']).to.equal('mittagspause');
      expect(current[0]!.querySelector('.badge.now')!.textContent).to.equal('Jetzt');
      expect(itemEl(el, 'diskussion').querySelector('.badge.next')!.textContent).to.equal('Als Nächstes');
      const line = current[0]!.querySelector<HTMLElement>('.now-line')!;
      expect(line.style.getPropertyValue('--_progress')).to.equal('25.00%');
      await expect(el).to.be.accessible();
    });

    it('is the same for a visitor in another time zone', async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
      expect(new Date('2027-03-04T11:45:00Z').getHours()).to.equal(6);
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      expect(shadow(el).querySelector<HTMLElement>('[aria-current="time"]')!.dataset['id']).to.equal('mittagspause');
    });

    it('follows daylight saving time on the day it changes', async () => {
      // 28 March 2027: clocks go forward at 02:00; 08:35 UTC is 10:35 in Berlin.
      const el = await render(
        html`<ija-workshop-agenda .agenda=${{ ...DAY, date: '2027-03-28' }} .now=${new Date('2027-03-28T08:35:00Z')}></ija-workshop-agenda>`,
      );
      expect(shadow(el).querySelector<HTMLElement>('[aria-current="time"]')!.dataset['id']).to.equal('begruessung');
    });

    it('marks nothing the day before, the day after, or on a template', async () => {
      for (const now of ['2027-03-03T11:45:00Z', '2027-03-05T11:45:00Z']) {
        const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date(now)}></ija-workshop-agenda>`);
        expect(shadow(el).querySelector('[aria-current], .badge')).to.equal(null);
      }
      const template = await render(html`<ija-workshop-agenda .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      expect(shadow(template).querySelector('[aria-current], .badge')).to.equal(null);
    });

    it('announces politely only when the current item changes', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY} .now=${new Date('2027-03-04T11:45:00Z')}></ija-workshop-agenda>`);
      expect(liveRegion(el)).to.equal('');
      el.now = new Date('2027-03-04T11:50:00Z');
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('');
      el.now = new Date('2027-03-04T12:31:00Z');
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('Jetzt: Moderierte Diskussion in Kleingruppen mit Leitfragen');
    });

    it('re-renders at each full minute of the real clock', async () => {
      const scheduled: { callback: () => void; delay: number }[] = [];
      const original = window.setTimeout;
      window.setTimeout = ((callback: () => void, delay?: number) => {
        scheduled.push({ callback, delay: delay ?? 0 });
        return original(() => {}, 0);
      }) as typeof window.setTimeout;
      let el: IjaWorkshopAgenda;
      try {
        el = document.createElement('ija-workshop-agenda');
        el.agenda = DAY;
        document.body.append(el);
      } finally {
        window.setTimeout = original;
      }
      const tick = scheduled.find((call) => call.delay > 0 && call.delay <= 60_000)!;
      const expected = 60_000 - (Date.now() % 60_000);
      expect(Math.abs(tick.delay - expected)).to.be.below(250);
      await el.updateComplete;
      tick.callback();
      expect(el.isUpdatePending).to.equal(true);
      el.remove();
    });
  });

  describe('export', () => {
    it('downloads the day as one calendar event, or each item, that a calendar parser reads', async () => {
      const el = await render(html`<ija-workshop-agenda .agenda=${DAY}></ija-workshop-agenda>`);
      const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('In den Kalender'))!;
      const day = await captureDownload(() => button.click());
      expect(day.name).to.match(/\.ics$/);
      expect(day.type).to.contain('text/calendar');
      const dayEvents = new ICAL.Component(ICAL.parse(day.text)).getAllSubcomponents('vevent');
      expect(dayEvents).to.have.length(1);

      shadow(el).querySelector<HTMLInputElement>('input[value="items"]')!.click();
      await el.updateComplete;
      const each = await captureDownload(() => button.click());
      const events = new ICAL.Component(ICAL.parse(each.text)).getAllSubcomponents('vevent');
      expect(events.map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(DAY.items.map((i) => i.title));
    });

    it('adds schema.org Event data to the page when asked', async () => {
      const el = await render(html`<ija-workshop-agenda structured-data .agenda=${DAY}></ija-workshop-agenda>`);
      // Its code is loaded once a page asks for structured data.
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]') !== null, 'no JSON-LD');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!) as { '@type': string; startDate: string; subEvent: unknown[] };
      expect(data['@type']).to.equal('Event');
      expect(data.startDate).to.equal('2027-03-04T10:30:00+01:00');
      expect(data.subEvent).to.have.length(DAY.items.length);
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });
  });

  describe('editing', () => {
    it('moves an item with the keyboard; later items shift, lunch keeps its time, focus stays', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      let changes = 0;
      el.addEventListener('ija-agenda-change', () => changes++);
      const handle = itemEl(el, 'input').querySelector<HTMLButtonElement>('.handle')!;
      handle.focus();
      const changed = oneEvent<IjaAgendaChangeEvent>(el, 'ija-agenda-change');
      await sendKeys({ press: 'ArrowUp' });
      const { detail } = await changed;
      await el.updateComplete;
      expect(ids(el).slice(0, 3)).to.deep.equal(['begruessung', 'input', 'intro']);
      expect(startOf(el, 'input')).to.equal('10:45');
      expect(startOf(el, 'intro')).to.equal('11:15');
      expect(startOf(el, 'mittagspause')).to.equal('12:30');
      expect(detail.agenda.items.find((i) => i.id === 'input')!.start).to.equal('10:45');
      expect(shadow(el).activeElement).to.equal(itemEl(el, 'input').querySelector('.handle'));
      expect(liveRegion(el)).to.equal('„Input: wissenschaftliche Erkenntnisse“ ist jetzt Punkt 2, Beginn 10:45 Uhr.');
      expect(changes).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('moves an item by drag and drop', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const data = new DataTransfer();
      itemEl(el, 'praxisbeispiel').dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
      itemEl(el, 'intro').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(ids(el).slice(0, 3)).to.deep.equal(['begruessung', 'praxisbeispiel', 'intro']);
    });

    it('changes a duration, shifting later items, and undoes it', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const input = itemEl(el, 'begruessung').querySelector<HTMLInputElement>('input[type="number"]')!;
      input.value = '25';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(startOf(el, 'intro')).to.equal('10:55');
      const undo = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Rückgängig')!;
      expect(undo.disabled).to.equal(false);
      undo.click();
      await el.updateComplete;
      expect(startOf(el, 'intro')).to.equal('10:45');
      expect(liveRegion(el)).to.equal('Letzte Änderung rückgängig gemacht.');
    });

    it('adds an item, keeping what was typed and saying why when the title is missing', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const form = shadow(el).querySelector<HTMLFormElement>('.add-form')!;
      const title = form.querySelector<HTMLInputElement>('input[name="title"]')!;
      const duration = form.querySelector<HTMLInputElement>('input[name="duration"]')!;
      duration.value = '45';
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).querySelector('#add-error')!.textContent).to.equal('Bitte einen Titel eingeben.');
      expect(duration.value).to.equal('45');
      await expect(el).to.be.accessible();

      title.value = 'Ausklang am Buffet';
      form.querySelector<HTMLSelectElement>('select')!.value = 'break';
      // New items go before the closing by default; this one is chosen to go after it.
      form.querySelector<HTMLSelectElement>('select[name="after"]')!.value = 'abschluss';
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      const last = items(el).at(-1)!;
      expect(last.textContent).to.contain('Ausklang am Buffet');
      expect(last.querySelector('time')!.textContent).to.equal('16:00');
      expect(last.querySelectorAll('time')[1]!.textContent).to.equal('16:45');
      expect(shadow(el).querySelector('#add-error')).to.equal(null);
    });

    it('removes an item and the later ones move up', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      itemEl(el, 'intro').querySelector<HTMLButtonElement>('.remove')!.click();
      await el.updateComplete;
      expect(ids(el)).not.to.include('intro');
      expect(startOf(el, 'input')).to.equal('10:45');
    });

    it('offers the JSON file for the site when there is no backend', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      itemEl(el, 'intro').querySelector<HTMLButtonElement>('.remove')!.click();
      await el.updateComplete;
      const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('JSON herunterladen'))!;
      const file = await captureDownload(() => button.click());
      expect(file.name).to.equal('musterstadt.json');
      expect((JSON.parse(file.text) as Agenda).items.map((i) => i.id)).not.to.include('intro');
    });

    it('saves through the backend (PUT /agendas/{id})', async () => {
      const run = newRunId();
      // Saving an agenda takes the editor's key (`api` alone sends none).
      const adapter = testAdapter('ok', run, { headers: keyHeader('editor') });
      const el = await render(html`<ija-workshop-agenda editable .adapter=${adapter} agenda-id="tag-1"></ija-workshop-agenda>`);
      const input = itemEl(el, 'a').querySelector<HTMLInputElement>('input[type="number"]')!;
      input.value = '30';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shadow(el).querySelector('.save-status')!.textContent).to.contain('Ungespeicherte Änderungen');
      const save = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Speichern')!;
      save.click();
      const log = await waitForLog(run, (l) => l.requests.some((r) => r.method === 'PUT'));
      const put = log.requests.find((r) => r.method === 'PUT')!;
      expect(put.path).to.equal('/agendas/tag-1');
      expect((put.body as Agenda).items[0]!.end).to.equal('11:00');
      await waitUntil(() => shadow(el).querySelector('.save-status')!.textContent!.includes('Gespeichert.'));
    });

    it('keeps the edits when saving fails, says why, and retries', async () => {
      const run = newRunId();
      const adapter = testAdapter('savefails', run, { headers: keyHeader('editor') });
      const el = await render(html`<ija-workshop-agenda editable .adapter=${adapter} agenda-id="tag-1"></ija-workshop-agenda>`);
      const input = itemEl(el, 'a').querySelector<HTMLInputElement>('input[type="number"]')!;
      input.value = '40';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Speichern')!.click();
      await waitUntil(() => shadow(el).querySelector('.save-status')!.textContent!.includes('fehlgeschlagen'), 'no failure shown', {
        timeout: 8000,
      });
      expect(shadow(el).querySelector('.save-status')!.textContent).to.contain('Der Server hat gerade ein Problem.');
      expect(itemEl(el, 'a').querySelectorAll('time')[1]!.textContent).to.equal('11:10');
      await expect(el).to.be.accessible();
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Erneut versuchen')!.click();
      await waitUntil(() => shadow(el).querySelector('.save-status')!.textContent!.includes('Gespeichert.'), 'not saved', {
        timeout: 8000,
      });
      expect(itemEl(el, 'a').querySelectorAll('time')[1]!.textContent).to.equal('11:10');
    }).timeout(20000);

    it('fires no change event when a script sets the agenda', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      let changes = 0;
      el.addEventListener('ija-agenda-change', () => changes++);
      el.agenda = { ...DAY, title: 'Neu' };
      await waitUntil(() => shadow(el).querySelector('h2')!.textContent === 'Neu');
      expect(changes).to.equal(0);
    });
  });
});
