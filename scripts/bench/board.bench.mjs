/**
 * `<ija-leitfragen-board>` at workshop-festival scale, in the participant's and in the moderator's view
 * (the one with the most on screen: a menu button per idea), with 250 to 10,000 ideas over the five
 * guiding questions.
 *
 * - initial render: from creating the element (handed its data as `.board`, a board on this device)
 *   until its data task is complete, its update is done, ideas are in the DOM and a forced layout
 *   (`document.body.offsetHeight`) is done: "work" (script + style + layout, what the main thread
 *   spends before the ideas can be painted); then until the next animation frame has started ("frame").
 *   A virtualised column renders its window after measuring, in later frames: the row waits (frame by
 *   frame) until ideas are in the DOM, so that time is counted, not hidden.
 * - one incoming idea on a rendered live board: the element gets an adapter whose `subscribeBoard`
 *   keeps the stream's handlers, and the benchmark calls `handlers.onMessage` with a `card-added`
 *   message, as the event stream does. "work": that call until `updateComplete` plus a forced layout;
 *   "frame": until the next animation frame.
 *
 * Figures: the growth of the cost per idea from 500 to 10,000 ideas (×1.0 is linear, below 1 is
 * better than linear), and how many ideas and `<option>` elements are in the DOM, since a board that
 * renders a window only should say so. Every sample starts inside an animation-frame callback. The
 * page is 1280 px wide, so all five question columns are shown.
 */

/* The functions passed to page.evaluate run in the browser. */
/* global window, document, customElements */

export const name = 'board';

const RENDER_SIZES = [250, 500, 1000, 2000, 5000, 10000];
const INCOMING_SIZES = [2000, 10000];
const VIEWS = ['participant', 'moderator'];
/** Fewer samples where one render takes long: the run stays within minutes even before the fix. */
const renderSamples = (ideas) => (ideas >= 5000 ? 3 : ideas >= 2000 ? 5 : 7);
const RENDER_WARMUP = 1;
const EVENT_WARMUP = 3;
const EVENT_SAMPLES = 20;
/** Waiting for one sample's data and render more than this fails the benchmark. */
const SAMPLE_TIMEOUT_MS = 120_000;

/** Runs in the page first: the board builder (checked by the element itself) and helpers, on `window.__boardBench`. */
async function setup({ timeoutMs }) {
  await import('/ija-widgets.js');
  await customElements.whenDefined('ija-leitfragen-board');
  const { frame, withTimeout: bounded, dataRendered } = await import('/bench/bench-helpers.js');
  const withTimeout = (promise, what) => bounded(promise, what, timeoutMs);
  /** The board an element shows for `input` (its built-in content when none): parsed by the element itself. */
  const shownBoard = async (input) => {
    const el = document.createElement('ija-leitfragen-board');
    if (input) el.board = input;
    document.body.append(el);
    await withTimeout(dataRendered(el, 'board'), 'the board to load');
    const board = el.currentBoard;
    el.remove();
    return board;
  };

  const WORDS = ['Jugendberufsagentur', 'Städtepartnerschaft', 'Erasmus+', 'Jugendhilfeausschuss', 'Kinder- und Jugendplan des Bundes',
    'Jugendmigrationsdienstmitarbeitende', 'Fachkräfteaustausch', 'Jobcenter', 'Schulsozialarbeit', 'Partnerstadt', 'Förderantrag', 'Begegnung'];
  // The factsheet's five guiding questions (the built-in board).
  const questions = (await shownBoard()).questions.map((q) => ({ ...q }));
  const start = Date.parse('2027-03-04T13:30:00+01:00');
  const card = (i) => ({
    id: `idee-${i}`,
    questionId: questions[i % questions.length].id,
    text:
      `Idee ${i}: ${WORDS[i % WORDS.length]} und ${WORDS[(i * 7 + 3) % WORDS.length]} zusammenbringen` +
      (i % 3 === 0 ? ', damit mehr junge Menschen an internationalen Begegnungen teilnehmen können.' : '.'),
    votes: (i * 37) % 11,
    ...(i % 97 === 0 ? { insight: true } : {}),
    ...(i % 211 === 5 ? { hidden: true } : {}),
    createdAt: new Date(start + i * 1500).toISOString(),
  });
  const raw = (ideas) => ({
    id: 'bench-board',
    title: 'Leitfragen – Werkstattgespräch Internationale Jugendarbeit',
    questions,
    cards: Array.from({ length: ideas }, (_, i) => card(i)),
    settings: { votesPerPerson: 3, reveal: 'open' },
  });
  const checked = await shownBoard(raw(500));
  if (checked.cards.length !== 500 || checked.questions.length !== 5) throw new Error('the bench board is not valid');
  const parseBoard = shownBoard;

  const cardCount = (el) => el.shadowRoot?.querySelectorAll('li.card').length ?? 0;
  /**
   * The view is ready: data rendered and, for the moderator, the moderator's code there (the toolbar shown). That
   * code loads in the warm-up; later samples have it at once.
   */
  const ready = async (el) => {
    await withTimeout(dataRendered(el, 'board'), 'the board to render');
    for (let i = 0; i < 100 && el.moderator && !el.shadowRoot.querySelector('.toolbar'); i++) await frame();
    await el.updateComplete;
  };
  /** A virtualised column renders its window after measuring (in the next frames; its code may still be loading): waits for it, up to 10 s. */
  const cardsShown = async (el) => {
    const end = performance.now() + 10_000;
    let frames = 0;
    for (; cardCount(el) === 0 && performance.now() < end; frames++) await frame();
    return frames;
  };
  const optionCount = (el) => el.shadowRoot?.querySelectorAll('option').length ?? 0;

  window.__boardBench = { raw, card, parseBoard, frame, withTimeout, ready, cardCount, cardsShown, optionCount };
}

/** Runs in the page: `warmup + samples` initial renders of a board with `ideas` ideas, in one view. */
async function measureRender({ ideas, moderator, warmup, samples }) {
  const { raw, frame, ready, cardCount, cardsShown, optionCount } = window.__boardBench;
  const data = raw(ideas);
  const work = [];
  const full = [];
  let shown = 0;
  let options = 0;
  let waited = 0;
  for (let run = 0; run < warmup + samples; run++) {
    await frame();
    const t0 = performance.now();
    const el = document.createElement('ija-leitfragen-board');
    el.moderator = moderator;
    el.board = data;
    document.body.append(el);
    await ready(el);
    const frames = await cardsShown(el);
    void document.body.offsetHeight;
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    if (cardCount(el) < 1) throw new Error('the render shows no li.card');
    if (moderator && !el.shadowRoot.querySelector('li.card .menu-toggle')) throw new Error('the moderator view shows no menu');
    if (run >= warmup) {
      work.push(t1 - t0);
      full.push(t2 - t0);
      waited = Math.max(waited, frames);
    }
    shown = cardCount(el);
    options = optionCount(el);
    el.remove();
  }
  await frame();
  return { work, full, shown, options, waited };
}

/** Runs in the page: a live board with `ideas` ideas over a stub adapter; times `warmup + samples` incoming ideas. */
async function measureIncoming({ ideas, moderator, warmup, samples }) {
  const { raw, parseBoard, card, frame, withTimeout, ready, cardCount, cardsShown } = window.__boardBench;
  const board = await parseBoard(raw(ideas));
  let handlers;
  const refuse = () => Promise.reject(new Error('not used in the benchmark'));
  const adapter = {
    kind: 'bench',
    writable: true,
    getBoard: async () => ({ data: structuredClone(board), issues: [] }),
    subscribeBoard: (_boardId, h) => {
      handlers = h;
      return { close() {} };
    },
    ...Object.fromEntries(
      ['getPartners', 'requestToJoin', 'listJoinRequests', 'getAgenda', 'saveAgenda', 'addCard', 'updateCard', 'vote', 'updateBoard',
        'deleteCard', 'mergeCard', 'clearBoard', 'getPlan', 'updatePlanPoint'].map((method) => [method, refuse]),
    ),
  };
  const el = document.createElement('ija-leitfragen-board');
  el.moderator = moderator;
  el.adapter = adapter;
  document.body.append(el);
  await ready(el);
  if (!handlers) throw new Error('the element did not subscribe to the board stream');
  handlers.onOpen?.();
  await withTimeout(el.updateComplete, 'the live status');
  await cardsShown(el);
  if (cardCount(el) < 1) throw new Error('the live board shows no li.card');

  const work = [];
  const full = [];
  for (let run = 0; run < warmup + samples; run++) {
    // Into the first question, at its end (as new ideas arrive); the column shown first is the first question's.
    const next = { ...card(ideas + run * 5), questionId: board.questions[0].id };
    const message = { type: 'card-added', data: { type: 'card-added', card: next }, lastEventId: String(run + 1) };
    await frame();
    const t0 = performance.now();
    handlers.onMessage(message);
    await withTimeout(el.updateComplete, 'the update after an incoming idea');
    void document.body.offsetHeight;
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    if (run >= warmup) {
      work.push(t1 - t0);
      full.push(t2 - t0);
    }
  }
  const shown = el.currentBoard?.cards.length;
  el.remove();
  if (shown !== ideas + warmup + samples) throw new Error(`expected ${ideas + warmup + samples} ideas after the incoming ones, found ${shown}`);
  return { work, full };
}

const median = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const n = (count) => count.toLocaleString('en');

export async function run({ page, baseUrl }) {
  const rows = [];
  const figures = [];
  const fresh = async () => {
    // A fresh page per series, so one series does not inherit another's heap and caches.
    await page.goto(`${baseUrl}/bench/bench.html`);
    await page.evaluate(setup, { timeoutMs: SAMPLE_TIMEOUT_MS });
  };

  for (const view of VIEWS) {
    const moderator = view === 'moderator';
    const medians = new Map();
    for (const ideas of RENDER_SIZES) {
      await fresh();
      const result = await page.evaluate(measureRender, { ideas, moderator, warmup: RENDER_WARMUP, samples: renderSamples(ideas) });
      console.log(
        `  ${view}, ${n(ideas)} ideas: ${n(result.shown)} ideas and ${n(result.options)} <option> elements in the DOM;` +
          ` at most ${result.waited} frame(s) until the first ideas were in the DOM`,
      );
      rows.push({ label: `board (${view}): initial render, ${n(ideas)} ideas, work`, samples: result.work });
      rows.push({ label: `board (${view}): initial render, ${n(ideas)} ideas, frame`, samples: result.full });
      medians.set(ideas, median(result.work));
      figures.push({ label: `board (${view}): ideas / <option> elements in the DOM at ${n(ideas)} ideas`, figure: `${n(result.shown)} / ${n(result.options)}` });
    }
    const growth = medians.get(10000) / 10000 / (medians.get(500) / 500);
    figures.push({ label: `board (${view}): initial render, cost per idea 500→10,000`, figure: `×${growth.toFixed(2)}` });

    const incoming = new Map();
    for (const ideas of INCOMING_SIZES) {
      await fresh();
      const result = await page.evaluate(measureIncoming, { ideas, moderator, warmup: EVENT_WARMUP, samples: EVENT_SAMPLES });
      rows.push({ label: `board (${view}): one incoming idea, ${n(ideas)} ideas, work`, samples: result.work });
      rows.push({ label: `board (${view}): one incoming idea, ${n(ideas)} ideas, frame`, samples: result.full });
      incoming.set(ideas, median(result.work));
    }
    figures.push({ label: `board (${view}): one incoming idea, cost 2,000→10,000 ideas`, figure: `×${(incoming.get(10000) / incoming.get(2000)).toFixed(2)}` });
  }
  return [...rows, ...figures];
}
