import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { IjaLeitfragenBoard } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import type { BoardStreamHandlers, IjaAdapter } from '../src/core/adapter/types.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import type { BoardInput } from '../src/core/schemas/board.js';
import { boardMessages } from '../src/core/i18n/messages/board.js';

/** The board at workshop-festival scale: what each render and each incoming idea costs must not grow with the board. */

const shadow = (el: IjaLeitfragenBoard) => el.shadowRoot!;
const cards = (el: IjaLeitfragenBoard) => [...shadow(el).querySelectorAll<HTMLElement>('li.card')];
const cardById = (el: IjaLeitfragenBoard, id: string) => shadow(el).querySelector<HTMLElement>(`li.card[data-id="${id}"]`);
const active = (el: IjaLeitfragenBoard) => shadow(el).activeElement as HTMLElement | null;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const questions = DEFAULT_BOARD.questions;

function idea(i: number, questionId = questions[i % questions.length]!.id) {
  return { id: `idee-${i}`, questionId, text: `Idee Nummer ${i}`, votes: i % 4, createdAt: new Date(Date.UTC(2027, 2, 4, 12, 0, i)).toISOString() };
}

function boardWith(count: number, questionId?: string): BoardInput {
  return { id: 'gross', title: 'Großes Board', questions, cards: Array.from({ length: count }, (_, i) => idea(i, questionId)) };
}

async function render(template: ReturnType<typeof html>): Promise<IjaLeitfragenBoard> {
  const el = await fixture<IjaLeitfragenBoard>(template);
  await waitUntil(() => el.data.task.status >= 2 && el.currentBoard, 'board did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** A live board over a stub adapter whose event stream the test drives. */
async function liveBoard(count: number, moderator: boolean): Promise<{ el: IjaLeitfragenBoard; send: (card: ReturnType<typeof idea>) => Promise<void> }> {
  let handlers: BoardStreamHandlers | undefined;
  const board = { ...boardWith(count), cards: boardWith(count).cards.map((c) => ({ ...c })) };
  const stub = {
    kind: 'stub',
    writable: true,
    getBoard: async () => ({ data: structuredClone(board), issues: [] }),
    subscribeBoard: (_id: string, h: BoardStreamHandlers) => {
      handlers = h;
      return { close() {} };
    },
  };
  // Every other method the board never calls here (and Lit's own probes, such as `_$litDirective$`, find nothing).
  const adapter = new Proxy(stub, {
    get: (target, key) =>
      key in target ? target[key as keyof typeof target] : typeof key === 'string' && /^[a-z]/.test(key) ? () => Promise.reject(new Error('not used')) : undefined,
  });
  const el = await render(html`<ija-leitfragen-board ?moderator=${moderator} .adapter=${adapter as unknown as IjaAdapter}></ija-leitfragen-board>`);
  await waitUntil(() => handlers, 'no event stream');
  handlers!.onOpen?.();
  if (moderator) await waitUntil(() => shadow(el).querySelector('li.card .menu-toggle'), 'no moderator menus', { timeout: 5000 });
  await el.updateComplete;
  let eventId = 0;
  const send = async (card: ReturnType<typeof idea>) => {
    handlers!.onMessage({ type: 'card-added', data: { type: 'card-added', card }, lastEventId: String(++eventId) });
    await el.updateComplete;
  };
  return { el, send };
}

describe('board at scale', () => {
  // The virtualizer's resize observer may report a harmless "loop completed" note; it is no test failure.
  let onerror: typeof window.onerror;
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    onerror = window.onerror;
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest));
  });
  afterEach(() => {
    window.onerror = onerror;
    window.scrollTo(0, 0);
  });

  it('renders no <option> per idea in the moderator view: their number does not grow with the ideas', async () => {
    const counts = [];
    for (const ideas of [20, 400]) {
      const el = await render(html`<ija-leitfragen-board moderator .board=${boardWith(ideas)}></ija-leitfragen-board>`);
      await waitUntil(() => shadow(el).querySelectorAll('li.card .menu-toggle').length === ideas, 'no moderator menus', { timeout: 5000 });
      counts.push({ options: shadow(el).querySelectorAll('option').length, radios: shadow(el).querySelectorAll('input[type="radio"]').length });
      el.remove();
    }
    // The question chooser's five options, no merge choices (they are in the merge dialog, built when it opens).
    expect(counts).to.deep.equal([
      { options: 5, radios: 0 },
      { options: 5, radios: 0 },
    ]);
  });

  for (const moderator of [false, true]) {
    it(`one incoming idea changes one card and keeps the board's cards array (${moderator ? 'moderator' : 'participant'})`, async () => {
      const { el, send } = await liveBoard(100, moderator);
      const before = cards(el);
      const array = el.currentBoard!.cards;
      const changed = new Set<Node>();
      const observer = new MutationObserver((records) => records.forEach((record) => changed.add(record.target)));
      observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, characterData: true });
      // Every card that renders says its votes: only the new card may render (Lit would also re-render unchanged cards
      // without touching their DOM, so the DOM alone cannot tell).
      const votes = boardMessages.votes;
      let rendered = 0;
      (boardMessages as { votes: typeof votes }).votes = (count) => (rendered++, votes(count));
      try {
        await send(idea(100, questions[0]!.id));
      } finally {
        (boardMessages as { votes: typeof votes }).votes = votes;
      }
      observer.disconnect();
      expect(rendered).to.equal(1);
      const added = cardById(el, 'idee-100')!;
      expect(added).to.exist;
      // The other cards are the same elements, and nothing inside them changed.
      expect(cards(el).filter((li) => li !== added)).to.deep.equal(before);
      const outside = [...changed].filter((node) => !added.contains(node) && node !== added.parentNode);
      expect(outside.map((node) => (node as Element).outerHTML?.slice(0, 80) ?? node.textContent)).to.deep.equal([]);
      // The state grew in place: no copy of the whole board per event.
      expect(el.currentBoard!.cards).to.equal(array);
      expect(el.currentBoard!.cards.length).to.equal(101);
    });
  }

  it('renders a window of a long column, says each card’s place, and keeps up with incoming ideas', async () => {
    const { el, send } = await liveBoard(1000, false);
    await waitUntil(() => cards(el).length > 0, 'no cards rendered', { timeout: 5000 });
    const shown = cards(el);
    expect(shown.length).to.be.below(300);
    // Looked up each time: the virtualiser may recycle the element that shows the first card.
    const first = () => shadow(el).querySelector('li.card[aria-posinset="1"]');
    await waitUntil(() => first(), 'the first card is not rendered', { timeout: 5000 });
    expect(first()!.getAttribute('aria-setsize')).to.equal('200');
    expect(first()!.parentElement!.tagName).to.equal('UL');
    await send(idea(1000, questions[0]!.id));
    await waitUntil(() => first()?.getAttribute('aria-setsize') === '201', 'the column did not grow', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the idea being edited and the focus while a long column scrolls', async () => {
    const board = boardWith(600, questions[0]!.id);
    board.cards[2] = { ...board.cards[2]!, mine: true };
    const el = await render(html`<ija-leitfragen-board .board=${board}></ija-leitfragen-board>`);
    await waitUntil(() => cardById(el, 'idee-2')?.querySelector('.edit'), 'own idea not rendered', { timeout: 5000 });
    expect(cards(el).length).to.be.below(600);
    cardById(el, 'idee-2')!.querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.edit-dialog')!;
    expect(dialog.open).to.equal(true);
    const area = dialog.querySelector('textarea')!;
    expect(active(el)).to.equal(area);
    await expect(el).to.be.accessible();
    await sendKeys({ type: ' und mehr' });

    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => !cardById(el, 'idee-2'), 'the card stayed in the DOM: nothing scrolled away', { timeout: 5000 });
    await frame();
    expect(area.isConnected).to.equal(true);
    expect(active(el)).to.equal(area);
    expect(area.value).to.equal('Idee Nummer 2 und mehr');

    window.scrollTo(0, 0);
    await waitUntil(() => cardById(el, 'idee-2'), 'the card did not come back', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Speichern');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardById(el, 'idee-2')?.querySelector('.card-text')?.textContent === 'Idee Nummer 2 und mehr', 'not saved', { timeout: 5000 });
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    await waitUntil(() => active(el)?.classList.contains('edit'), 'focus not back on the edit button');
    expect(active(el)!.closest('li')!.dataset.id).to.equal('idee-2');
  });

  it('merges by keyboard in the moderator’s one dialog; focus goes to the target’s menu', async () => {
    const el = await render(html`<ija-leitfragen-board moderator .board=${boardWith(3, questions[0]!.id)}></ija-leitfragen-board>`);
    await waitUntil(() => cardById(el, 'idee-2')?.querySelector('.menu-toggle'), 'no menu', { timeout: 5000 });
    cardById(el, 'idee-2')!.querySelector<HTMLButtonElement>('.menu-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const mergeItem = [...cardById(el, 'idee-2')!.querySelectorAll<HTMLButtonElement>('.menu-item')].find((b) => b.textContent!.includes('Zusammenführen'))!;
    mergeItem.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector<HTMLDialogElement>('dialog.board-dialog')?.open, 'no merge dialog');
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.board-dialog')!;
    expect(dialog.querySelectorAll('input[type="radio"]').length).to.equal(2);
    await expect(el).to.be.accessible();
    // Focus is in the dialog: the first choice; Space chooses it, Tab reaches the confirm button.
    expect(dialog.contains(active(el))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Zusammenführen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !cardById(el, 'idee-2'), 'not merged');
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(active(el)).to.equal(cardById(el, 'idee-0')!.querySelector('.menu-toggle'));
  });
});
