/**
 * `<ija-leitfragen-board>` with 2,000 ideas over the five guiding questions (a long event with many
 * groups, or a board never cleared):
 *
 * - first render: from creating the element (handed its data as `.board`, so a board on this
 *   device) until its task is complete, its update is done and one animation frame has started;
 * - one incoming idea on a rendered live board: the element gets an adapter whose
 *   `subscribeBoard` keeps the element's stream handlers, and the benchmark calls
 *   `handlers.onMessage` with a `card-added` message, as the event stream does. Timed from that call
 *   until `updateComplete` ("script only": validating the event, the new board state, Lit's update)
 *   and until the next animation frame (plus style, layout and paint of the 2,000+ cards).
 *
 * Reading the figures: as in `agenda.bench.mjs`, each sample starts inside an animation-frame
 * callback, so a row that waits for the next frame is never shorter than one frame (about 16.7 ms
 * at 60 Hz). The page is 1280 px wide, so all five question columns are shown (in a narrow
 * container only the chosen question is displayed, the others stay in the DOM unstyled).
 * Incoming ideas come from other people, so the element also schedules its polite "new ideas"
 * announcement (at most every 5 s); the samples wait one frame between them and take a few seconds
 * at most, so that announcement's render falls at most into one sample.
 */

/* The functions passed to page.evaluate run in the browser. */
/* global window, document, customElements */

export const name = 'board';

const IDEAS = 2000;
const RENDER_WARMUP = 3;
const RENDER_SAMPLES = 15;
const EVENT_WARMUP = 3;
const EVENT_SAMPLES = 30;
/** Waiting for one sample's data and render more than this fails the benchmark. */
const SAMPLE_TIMEOUT_MS = 20_000;

/**
 * Runs in the page first: builds the 2,000-idea board (checked with the bundle's `parseBoard`) and
 * keeps it and the helpers for the measurements on `window.__boardBench`.
 */
async function setup({ ideas, timeoutMs }) {
  await import('/ija-widgets.js');
  // Schemas and built-in content come from the data layer (the drop-in loads them on demand).
  const ija = await import('/core.js');
  await customElements.whenDefined('ija-leitfragen-board');

  const WORDS = ['Jugendberufsagentur', 'Städtepartnerschaft', 'Erasmus+', 'Jugendhilfeausschuss', 'Kinder- und Jugendplan des Bundes',
    'Jugendmigrationsdienstmitarbeitende', 'Fachkräfteaustausch', 'Jobcenter', 'Schulsozialarbeit', 'Partnerstadt', 'Förderantrag', 'Begegnung'];
  const questions = ija.DEFAULT_BOARD.questions.map((q) => ({ ...q }));
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
  const raw = {
    id: 'bench-board',
    title: 'Leitfragen – Werkstattgespräch Internationale Jugendarbeit',
    questions,
    cards: Array.from({ length: ideas }, (_, i) => card(i)),
    settings: { votesPerPerson: 3, reveal: 'open' },
  };
  const parsed = ija.parseBoard(raw);
  if (parsed.issues.length > 0 || parsed.data.cards.length !== ideas || parsed.data.questions.length !== 5) {
    throw new Error(`bench board is not valid: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
  }

  const { frame, withTimeout: bounded, dataRendered } = await import('/bench/bench-helpers.js');
  const withTimeout = (promise, what) => bounded(promise, what, timeoutMs);
  /** Waits (bounded) until the element's data task is COMPLETE (2) and its update is done. */
  const rendered = (el) => withTimeout(dataRendered(el, 'board'), 'the board to render');
  const cardCount = (el) => el.shadowRoot?.querySelectorAll('li.card').length ?? 0;

  window.__boardBench = { raw, board: parsed.data, card, frame, withTimeout, rendered, cardCount };
}

/** Runs in the page: `warmup + samples` first renders of the board handed over as `.board`. */
async function measureRender({ warmup, samples }) {
  const { raw, frame, rendered, cardCount } = window.__boardBench;
  const out = [];
  for (let run = 0; run < warmup + samples; run++) {
    await frame();
    const t0 = performance.now();
    const el = document.createElement('ija-leitfragen-board');
    el.board = raw;
    document.body.append(el);
    await rendered(el);
    await frame();
    const t1 = performance.now();
    if (run === warmup && cardCount(el) < 1) throw new Error('the first recorded render shows no li.card');
    if (run >= warmup) out.push(t1 - t0);
    el.remove();
  }
  await frame();
  return out;
}

/** Runs in the page: a live board over a stub adapter; times `warmup + samples` incoming ideas. */
async function measureIncoming({ warmup, samples, ideas }) {
  const { board, card, frame, withTimeout, rendered, cardCount } = window.__boardBench;
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
    getPartners: refuse,
    requestToJoin: refuse,
    listJoinRequests: refuse,
    getAgenda: refuse,
    saveAgenda: refuse,
    addCard: refuse,
    updateCard: refuse,
    vote: refuse,
    updateBoard: refuse,
    deleteCard: refuse,
    mergeCard: refuse,
    clearBoard: refuse,
    getPlan: refuse,
    updatePlanPoint: refuse,
  };
  const el = document.createElement('ija-leitfragen-board');
  el.adapter = adapter;
  document.body.append(el);
  await rendered(el);
  if (!handlers) throw new Error('the element did not subscribe to the board stream');
  handlers.onOpen?.();
  await withTimeout(el.updateComplete, 'the live status');
  const status = el.shadowRoot.querySelector('.status')?.textContent.trim();
  if (cardCount(el) < 1) throw new Error('the live board shows no li.card');

  const full = [];
  const script = [];
  for (let run = 0; run < warmup + samples; run++) {
    const next = card(ideas + run);
    const message = { type: 'card-added', data: { type: 'card-added', card: next }, lastEventId: String(run + 1) };
    await frame();
    const t0 = performance.now();
    handlers.onMessage(message);
    await withTimeout(el.updateComplete, 'the update after an incoming idea');
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    if (!el.shadowRoot.querySelector(`li.card[data-id="${next.id}"]`)) throw new Error(`incoming idea ${next.id} is not shown`);
    if (run >= warmup) {
      script.push(t1 - t0);
      full.push(t2 - t0);
    }
  }
  const shown = el.currentBoard?.cards.length;
  el.remove();
  return { full, script, status, shown };
}

export async function run({ page, baseUrl }) {
  const rows = [];
  await page.goto(`${baseUrl}/bench/bench.html`);
  await page.evaluate(setup, { ideas: IDEAS, timeoutMs: SAMPLE_TIMEOUT_MS });
  rows.push({
    label: `board: initial render, ${IDEAS.toLocaleString('en')} ideas`,
    samples: await page.evaluate(measureRender, { warmup: RENDER_WARMUP, samples: RENDER_SAMPLES }),
  });

  // A fresh page, so the live board does not inherit the first row's heap and caches.
  await page.goto(`${baseUrl}/bench/bench.html`);
  await page.evaluate(setup, { ideas: IDEAS, timeoutMs: SAMPLE_TIMEOUT_MS });
  const incoming = await page.evaluate(measureIncoming, { warmup: EVENT_WARMUP, samples: EVENT_SAMPLES, ideas: IDEAS });
  if (incoming.shown !== IDEAS + EVENT_WARMUP + EVENT_SAMPLES) {
    throw new Error(`expected ${IDEAS + EVENT_WARMUP + EVENT_SAMPLES} ideas after the incoming ones, found ${incoming.shown}`);
  }
  console.log(`  live board status: "${incoming.status}"`);
  rows.push({ label: `board: apply one incoming idea, ${IDEAS.toLocaleString('en')} ideas`, samples: incoming.full });
  rows.push({ label: `board: apply one incoming idea, ${IDEAS.toLocaleString('en')} ideas, script only`, samples: incoming.script });
  return rows;
}
