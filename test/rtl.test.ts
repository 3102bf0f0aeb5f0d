import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaWorkshopAgenda } from '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaFivePointPlan } from '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';
import { createPartnerMap, leafletCss, type MapPartner, type PartnerMapHandle } from '../src/components/ija-partner-map/map/map-engine.js';
import type { Board } from '../src/core/schemas/board.js';
import type { Plan } from '../src/core/schemas/plan.js';
import type { Partner } from '../src/core/schemas/partner.js';
import { apiBase, newRunId } from './helpers/api.js';

/**
 * Right to left: every widget inside `<div dir="rtl" lang="ar">` mirrors (direction inherited through
 * CSS, nothing set on the widget), compared with the same widget left to right.
 */

type Dir = 'ltr' | 'rtl';
type Widget = IjaWorkshopAgenda | IjaLeitfragenBoard | IjaFivePointPlan | IjaPartnerMap;

const LANG: Record<Dir, string> = { ltr: 'de', rtl: 'ar' };
const shadow = (el: Element) => el.shadowRoot!;
const box = (el: Element) => el.getBoundingClientRect();

/** The widget `tag` inside a box of the given direction and width, loaded and laid out. */
async function inBox<T extends Widget>(dir: Dir, tag: string, width: number, setup: (el: T) => void = () => {}): Promise<T> {
  const page = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${LANG[dir]} style="inline-size: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  setup(el);
  page.append(el);
  await waitUntil(() => el.data.task.status >= 2 && !shadow(el).querySelector('.state.loading'), `${tag} did not load`, { timeout: 5000 });
  await el.updateComplete;
  await nextFrame();
  expect(getComputedStyle(el).direction, 'the widget inherits the direction').to.equal(dir);
  return el;
}

/** The on-screen box of the first `char` in the element's text. */
function glyph(el: Element, char: string): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(char);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + char.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${char}" is not in ${el.outerHTML.slice(0, 80)}`);
}

/** The box of an element's text itself (not of the element, which fills the line). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

describe('right to left', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('<ija-workshop-agenda>', () => {
    const firstItem = (el: IjaWorkshopAgenda) => shadow(el).querySelector('.item')!;

    it('puts the time column and the rail on the right, and the time on the left of the title left to right', async () => {
      const ltr = await inBox<IjaWorkshopAgenda>('ltr', 'ija-workshop-agenda', 720);
      const rtl = await inBox<IjaWorkshopAgenda>('rtl', 'ija-workshop-agenda', 720);
      for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
        const time = box(firstItem(el).querySelector('.time')!);
        const title = box(firstItem(el).querySelector('.title')!);
        const card = firstItem(el).querySelector('.card')!;
        const style = getComputedStyle(card);
        if (dir === 'ltr') {
          expect(time.right, 'LTR: time before the title').to.be.at.most(title.left);
          expect(parseFloat(style.borderLeftWidth)).to.be.greaterThan(parseFloat(style.borderRightWidth));
        } else {
          expect(time.left, 'RTL: time right of the title').to.be.at.least(title.right);
          expect(parseFloat(style.borderRightWidth), 'RTL: the rail is on the right').to.be.greaterThan(parseFloat(style.borderLeftWidth));
        }
      }
      await expect(rtl).to.be.accessible();
    });

    it('keeps a German description readable: its question mark at the end, lined up on the right', async () => {
      const el = await inBox<IjaWorkshopAgenda>('rtl', 'ija-workshop-agenda', 720);
      const description = firstItem(el).querySelector('.description')!;
      expect(description.textContent!.trim()).to.match(/^Willkommen.*\?$/);
      // Left to right inside: the "?" follows its last word (a right-to-left paragraph would put it at the line's far left).
      expect(glyph(description, 'eröffnen').right).to.be.at.most(glyph(description, '?').left + 0.5);
      // Its last line ends at the right edge: lined up on the right like the rest of the widget.
      expect(Math.abs(glyph(description, '?').right - box(description).right), 'lined up on the right').to.be.below(2);
    });
  });

  describe('<ija-leitfragen-board>', () => {
    const SHORT: Board = {
      id: 'kurz',
      title: 'Kurz',
      questions: [
        { id: 'q1', text: 'Eins?' },
        { id: 'q2', text: 'Zwei?' },
      ],
      cards: [{ id: 'c1', questionId: 'q1', text: 'Eine Idee', votes: 1, createdAt: '2026-03-04T10:00:00Z' }],
    };
    const columns = (el: IjaLeitfragenBoard) => [...shadow(el).querySelectorAll<HTMLElement>('section.question')];
    const nav = (el: IjaLeitfragenBoard) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.question-nav button')];

    it('lays the columns out from the right at a wide width: question 1 on the right', async () => {
      await setViewport({ width: 1400, height: 800 });
      const ltr = await inBox<IjaLeitfragenBoard>('ltr', 'ija-leitfragen-board', 1200);
      const rtl = await inBox<IjaLeitfragenBoard>('rtl', 'ija-leitfragen-board', 1200);
      const [l1, l2] = columns(ltr).map(box);
      const [r1, r2] = columns(rtl).map(box);
      expect(l2!.top, 'columns side by side').to.equal(l1!.top);
      expect(r2!.top, 'columns side by side').to.equal(r1!.top);
      expect(l1!.x).to.be.lessThan(l2!.x);
      expect(r1!.x, 'RTL: question 1 right of question 2').to.be.greaterThan(r2!.x);
      await expect(rtl).to.be.accessible();
    });

    it('puts "previous question" on the right and "next question" on the left', async () => {
      const ltr = await inBox<IjaLeitfragenBoard>('ltr', 'ija-leitfragen-board', 600, (el) => (el.board = SHORT));
      const rtl = await inBox<IjaLeitfragenBoard>('rtl', 'ija-leitfragen-board', 600, (el) => (el.board = SHORT));
      const [lPrevious, lNext] = nav(ltr).map(box);
      const [rPrevious, rNext] = nav(rtl).map(box);
      expect(rPrevious!.top, 'on one line').to.equal(rNext!.top);
      expect(lPrevious!.right).to.be.at.most(lNext!.left);
      expect(rPrevious!.left, 'RTL: previous on the right').to.be.at.least(rNext!.right);
      await expect(rtl).to.be.accessible();
    });

    it('writes a vote as "+1", sign first, in right-to-left text too', async () => {
      const el = await inBox<IjaLeitfragenBoard>('rtl', 'ija-leitfragen-board', 600, (b) => (b.board = SHORT));
      const vote = shadow(el).querySelector('.icon-button.vote')!;
      expect(glyph(vote, '+').left).to.be.lessThan(glyph(vote, '1').left);
    });
  });

  describe('<ija-five-point-plan>', () => {
    const PLAN: Plan = {
      id: 'halb',
      title: '5-Punkte-Plan der Stadt',
      points: [
        { id: 'eins', title: 'Netzwerk', summary: 'Alle einbeziehen.', status: 'in-progress' },
        { id: 'zwei', title: 'Werkstatt', summary: 'Im Frühjahr.', status: 'open' },
      ],
    };
    const withPlan = (el: IjaFivePointPlan) => (el.plan = PLAN);

    it('fills the progress bar from the right, point 1 first', async () => {
      const ltr = await inBox<IjaFivePointPlan>('ltr', 'ija-five-point-plan', 700, withPlan);
      const rtl = await inBox<IjaFivePointPlan>('rtl', 'ija-five-point-plan', 700, withPlan);
      for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
        const bar = box(shadow(el).querySelector('.bar')!);
        // Point 1 is half done: its fill covers a quarter of the bar, at the bar's start.
        const fill = box(shadow(el).querySelector('.bar-value')!);
        expect(fill.width).to.be.within(bar.width * 0.2, bar.width * 0.3);
        if (dir === 'ltr') expect(fill.left - bar.left).to.be.below(1);
        else expect(bar.right - fill.right, 'RTL: anchored on the right').to.be.below(1);
      }
      await expect(rtl).to.be.accessible();
    });

    it('lays the points out as a path from the right at a wide width, and keeps "5-Punkte-Plan" in order', async () => {
      await setViewport({ width: 1200, height: 800 });
      const rtl = await inBox<IjaFivePointPlan>('rtl', 'ija-five-point-plan', 1000, withPlan);
      const [first, second] = [...shadow(rtl).querySelectorAll('.point')].map(box);
      expect(first!.top).to.equal(second!.top);
      expect(first!.x, 'RTL: point 1 right of point 2').to.be.greaterThan(second!.x);
      const title = shadow(rtl).querySelector('.plan-title')!;
      expect(glyph(title, '5').left, 'the 5 stays in front of "-Punkte"').to.be.lessThan(glyph(title, 'P').left);
      expect(Math.abs(textBox(title).right - box(title).right), 'lined up on the right').to.be.below(2);
    });
  });

  describe('<ija-partner-map>', () => {
    const FIXTURE = '/test/fixtures/partners.json';
    const tab = (el: IjaPartnerMap, view: string) => shadow(el).querySelector<HTMLButtonElement>(`#tab-${view}`)!;
    const tiles = () => `${location.origin}/__tiles/${newRunId()}/{z}/{x}/{y}.png`;

    it('aligns the list on the right, keeps names and phone numbers in order', async () => {
      const ltr = await inBox<IjaPartnerMap>('ltr', 'ija-partner-map', 600, (el) => el.setAttribute('src', FIXTURE));
      const rtl = await inBox<IjaPartnerMap>('rtl', 'ija-partner-map', 600, (el) => el.setAttribute('src', FIXTURE));
      for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
        const row = shadow(el).querySelector('.partner')!;
        expect(getComputedStyle(row).textAlign).to.equal('start');
        const name = row.querySelector('.partner-name')!;
        expect(name.textContent).to.equal('Stadtjugendring Münster e. V.');
        const text = textBox(name);
        const edge = dir === 'ltr' ? Math.abs(text.left - box(name).left) : Math.abs(text.right - box(name).right);
        expect(edge, `${dir}: the name starts at the row's start side`).to.be.below(2);
        // The name reads left to right, its final full stop at the end, in both directions.
        expect(glyph(name, 'S').left).to.be.lessThan(glyph(name, 'V.').left);
        // The phone number is among the details, which open on demand.
        row.querySelector<HTMLButtonElement>('.details-toggle')!.click();
        await el.updateComplete;
        const phone = row.querySelector('a[href^="tel:"]')!;
        expect(phone.textContent).to.equal('+49 251 123456');
        expect(glyph(phone, '+').left, `${dir}: "+49" comes first`).to.be.lessThan(glyph(phone, '123456').left);
      }
      await expect(rtl).to.be.accessible();
    });

    it('moves between the view tabs with the arrow that points to the next tab on screen', async () => {
      const el = await inBox<IjaPartnerMap>('rtl', 'ija-partner-map', 600, (map) => map.setAttribute('src', FIXTURE));
      expect(box(tab(el, 'map')).right, 'the map tab is left of the list tab').to.be.at.most(box(tab(el, 'list')).left);
      tab(el, 'list').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.view).to.equal('map');
      expect(shadow(el).activeElement).to.equal(tab(el, 'map'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('list');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view, 'ArrowRight from the first tab wraps to the last').to.equal('gaps');
      // Up and down do not move between tabs.
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.view).to.equal('gaps');
    });

    it('keeps the arrow keys as they are left to right', async () => {
      const el = await inBox<IjaPartnerMap>('ltr', 'ija-partner-map', 600, (map) => map.setAttribute('src', FIXTURE));
      tab(el, 'list').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.view).to.equal('gaps');
    });

    it('puts the zoom buttons on the right side of the map', async () => {
      const open = (el: IjaPartnerMap) => {
        el.setAttribute('src', FIXTURE);
        el.setAttribute('view', 'map');
        el.setAttribute('consent', 'granted');
        el.setAttribute('tiles', tiles());
      };
      const ltr = await inBox<IjaPartnerMap>('ltr', 'ija-partner-map', 600, open);
      const rtl = await inBox<IjaPartnerMap>('rtl', 'ija-partner-map', 600, open);
      for (const el of [ltr, rtl]) await waitUntil(() => shadow(el).querySelector('.ija-marker, .ija-cluster'), 'no markers', { timeout: 5000 });
      for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
        const map = box(shadow(el).querySelector('.map-container')!);
        const [zoomIn, zoomOut] = [...shadow(el).querySelectorAll('.map-toolbar button')].map(box);
        if (dir === 'ltr') {
          expect(zoomIn!.left - map.left).to.be.below(1);
          expect(zoomIn!.right).to.be.at.most(zoomOut!.left);
        } else {
          expect(map.right - zoomIn!.right, 'RTL: zoom in at the right edge').to.be.below(1);
          expect(zoomIn!.left, 'RTL: zoom in right of zoom out').to.be.at.least(zoomOut!.right);
        }
      }
      await expect(rtl).to.be.accessible();
    });

    it('shows the gaps and the join form right to left', async () => {
      const gaps = await inBox<IjaPartnerMap>('rtl', 'ija-partner-map', 600, (el) => {
        el.partners = [] as Partner[];
        el.setAttribute('view', 'gaps');
      });
      const list = shadow(gaps).querySelector('.gap-list')!;
      expect(box(list).right - box(list.querySelector('li')!).right, 'the list is indented from the right').to.be.above(10);
      await expect(gaps).to.be.accessible();

      const join = await inBox<IjaPartnerMap>('rtl', 'ija-partner-map', 700, (el) => {
        el.join = true;
        el.setAttribute('view', 'join');
        el.setAttribute('api', apiBase('ok', newRunId()));
      });
      await waitUntil(() => shadow(join).querySelector('.join-grid'), 'join form shown');
      const [first, second] = [...shadow(join).querySelectorAll('.join-grid > .join-field')].map(box);
      expect(first!.top, 'two columns').to.equal(second!.top);
      expect(first!.x, 'RTL: the first field on the right').to.be.greaterThan(second!.x);
      for (const field of ['email', 'phone', 'website']) {
        expect(getComputedStyle(shadow(join).querySelector(`#join-${field}`)!).direction, `${field} is typed left to right`).to.equal('ltr');
      }
      await expect(join).to.be.accessible();
    });
  });

  describe('map engine', () => {
    let current: { host: HTMLElement; handle: PartnerMapHandle } | undefined;
    afterEach(() => {
      current?.handle.destroy();
      current?.host.remove();
      current = undefined;
    });

    /** Four partners in one row, west to east; Tab goes through markers in the DOM order. */
    function markersInOrder(dir: Dir): string[] {
      const host = document.createElement('div');
      host.dir = dir;
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = leafletCss;
      const container = document.createElement('div');
      container.style.cssText = 'width: 600px; height: 300px';
      root.append(style, container);
      const row: MapPartner[] = ['West', 'Mitte-West', 'Mitte-Ost', 'Ost'].map((name, i) => ({ id: name, name, lat: 51.5, lng: 6.2 + i * 0.8, group: 'Vereine' }));
      const handle = createPartnerMap({
        container,
        tileUrl: `/__tiles/${newRunId()}/{z}/{x}/{y}.png`,
        labels: { map: 'Karte', marker: (p) => p.name, cluster: (count) => `${count}`, zoomIn: '+', zoomOut: '-' },
        onSelect: () => {},
      });
      current = { host, handle };
      handle.setPartners(row);
      return [...root.querySelectorAll('.ija-marker')].map((marker) => marker.getAttribute('aria-label')!);
    }

    it('orders the markers of a row from right to left for Tab', () => {
      expect(markersInOrder('ltr')).to.deep.equal(['West', 'Mitte-West', 'Mitte-Ost', 'Ost']);
      current!.handle.destroy();
      current!.host.remove();
      expect(markersInOrder('rtl')).to.deep.equal(['Ost', 'Mitte-Ost', 'Mitte-West', 'West']);
    });
  });
});
