/**
 * `<ija-partner-map>` at 1,000 / 10,000 / 50,000 partners handed over as `.partners` (synthetic NRW data,
 * the same on every run: scripts/bench/partner-data.mjs). Per size:
 *
 * 1. Initial render, rendered: from creating the element and setting the data until the first partner rows
 *    are in the shadow DOM and a forced layout is done (checking the data, indexing the search, Lit's render,
 *    the virtualizer's first rows, style and layout). A virtualizer places its rows once it has measured its
 *    host, which can take one frame: that wait is part of what a person waits for, so it is in.
 * 2. Initial render, to the next frame: the same start, until the next animation frame after (1).
 * 3. Search keystroke, rendered: a query typed one character at a time (the field cleared after each); per
 *    keystroke, from the `input` event until the update is done, the list's rows are in the DOM (the
 *    virtualizer's microtasks included: the clock stops in a task after them) and a forced layout is done.
 * 4. Search keystroke, to the next frame.
 *
 * Then figures: how cost grows from 1,000 to 50,000 partners (a linear cost shows "per partner ×1.0").
 * Rows 2 and 4 are quantised to frames (about 16.7 ms); rows 1 and 3 are the work.
 */

/* The functions passed to page.evaluate run in the browser. */
/* global document, customElements */

import { makePartners } from './partner-data.mjs';

export const name = 'partner-map';

const SIZES = [1_000, 10_000, 50_000];
const RENDER_WARMUP = 2;
const RENDER_SAMPLES = 10;
/** Keystrokes not recorded at the start of a keystroke row. */
const KEY_WARMUP = 5;
/**
 * Typed one character at a time, the field cleared after each (the clear is a keystroke too):
 * 22 + 21 + 8 + 16 + 21 characters and 5 clears = 93 keystrokes, 88 of them recorded.
 */
const QUERIES = ['jugendzentrum muenster', 'jugendzentrum münster', 'muenster', 'jugendtreff köln', 'Jugendzentrum Münster'];
/** The query after which the result is checked; it must be one of QUERIES. */
const CHECK_QUERY = 'muenster';
/** Waiting for one render or keystroke more than this fails the benchmark. */
const SAMPLE_TIMEOUT_MS = 20_000;
/** Fewer `.partner` elements than this in the DOM: only the rows in view are rendered. */
const MAX_ROWS_IN_DOM = 300;

const count = (n) => n.toLocaleString('en-US');

/**
 * Runs in the page: times `warmup + samples` initial renders, each `{ rendered, frame }` in ms, and counts
 * the `.partner` rows in the DOM.
 */
async function measureRender({ partners, warmup, samples, timeoutMs, maxRows }) {
  const ija = await import('/ija-widgets.js');
  await customElements.whenDefined('ija-partner-map');
  const parsed = await ija.createValueAdapter(partners).getPartners();
  if (parsed.issues.length > 0 || parsed.data.length !== partners.length) {
    throw new Error(`bench partners are not valid: ${JSON.stringify(parsed.issues.slice(0, 5))}`);
  }
  const { frame, withTimeout, rowsRendered } = await import('/bench/bench-helpers.js');

  const once = async () => {
    await frame();
    const t0 = performance.now();
    const el = document.createElement('ija-partner-map');
    el.partners = partners;
    document.body.append(el);
    const t1 = await withTimeout(rowsRendered(el), 'the first rows', timeoutMs);
    await frame();
    const t2 = performance.now();
    return { el, rendered: t1 - t0, frame: t2 - t0 };
  };

  const out = { rendered: [], frame: [], rows: 0 };
  for (let run = 0; run < warmup + samples; run++) {
    const { el, rendered, frame: toFrame } = await once();
    // Every sample: a virtualized list, not every row (nor an empty or error state).
    const rows = el.shadowRoot.querySelectorAll('.partner').length;
    if (rows === 0 || rows >= maxRows) throw new Error(`expected 1–${maxRows - 1} .partner elements in the DOM, found ${rows}`);
    if (run === warmup && el.filteredPartners.length !== partners.length) {
      throw new Error(`expected ${partners.length} partners shown, found ${el.filteredPartners.length}`);
    }
    if (run >= warmup) {
      out.rendered.push(rendered);
      out.frame.push(toFrame);
      out.rows = Math.max(out.rows, rows);
    }
    el.remove();
    // Let the removal settle so it is not counted in the next sample.
    await frame();
  }
  return out;
}

/**
 * Runs in the page: renders one element, then types `queries` into its search field one character at a
 * time (clearing the field after each query); per keystroke after `warmup`: `{ rendered, frame }` in ms.
 */
async function measureKeystrokes({ partners, queries, checkQuery, warmup, timeoutMs }) {
  await import('/ija-widgets.js');
  await customElements.whenDefined('ija-partner-map');
  const { frame, withTimeout, rowsRendered, afterMicrotasks, forceLayout } = await import('/bench/bench-helpers.js');

  const el = document.createElement('ija-partner-map');
  el.partners = partners;
  document.body.append(el);
  await withTimeout(rowsRendered(el), 'the first render', timeoutMs);
  const input = el.shadowRoot.querySelector('input[type="search"]');
  if (!input) throw new Error('no search input in the shadow root');
  // Settle (virtualizer measurements, first paint) before the first keystroke.
  for (let i = 0; i < 5; i++) await frame();

  /** After the check query: every shown partner matches Münster/Muenster, and the DOM shows only them. */
  const check = () => {
    const filtered = el.filteredPartners;
    const matches = (text) => /m(ü|ue)nster/i.test(text ?? '');
    if (filtered.length === 0) throw new Error(`"${checkQuery}" found no partners`);
    if (filtered.length >= partners.length) throw new Error(`"${checkQuery}" did not filter (${filtered.length} partners)`);
    const wrong = filtered.find((p) => !matches(p.name) && !matches(p.address) && !matches(p.description));
    if (wrong) throw new Error(`"${checkQuery}" kept ${wrong.id} (${wrong.name}, ${wrong.address})`);
    const ids = new Set(filtered.map((p) => `partner-${p.id}`));
    const rows = [...el.shadowRoot.querySelectorAll('.partner')];
    if (rows.length === 0) throw new Error(`"${checkQuery}": no .partner rows in the DOM`);
    const stray = rows.find((row) => !ids.has(row.id));
    if (stray) throw new Error(`"${checkQuery}": the list shows ${stray.id}, which is not in filteredPartners`);
  };

  // Every keystroke: the field's value after it (each prefix of a query, then '' to clear it).
  const values = queries.flatMap((query) => [...Array.from(query, (_, i) => query.slice(0, i + 1)), '']);
  const out = { rendered: [], frame: [] };
  let checked = false;
  for (let key = 0; key < values.length; key++) {
    // Each keystroke starts inside an animation-frame callback, with the previous one settled.
    await frame();
    const t0 = performance.now();
    input.value = values[key];
    input.dispatchEvent(new Event('input'));
    await withTimeout(el.updateComplete, `the update after keystroke ${key + 1}`, timeoutMs);
    await afterMicrotasks();
    // From a short plain list back to a virtualized one, the new virtualizer places its rows after measuring.
    const t1 = el.filteredPartners.length > 0 ? await withTimeout(rowsRendered(el), `rows after keystroke ${key + 1}`, timeoutMs) : forceLayout(el);
    await frame();
    const t2 = performance.now();
    if (key >= warmup) {
      out.rendered.push(t1 - t0);
      out.frame.push(t2 - t0);
    }
    if (!checked && values[key] === checkQuery && values[key + 1] === '') {
      check();
      checked = true;
    }
    // Let the virtualizer's measurement rounds finish so they do not fall into the next sample.
    await frame();
  }
  if (!checked) throw new Error(`the check query "${checkQuery}" was never typed`);
  return out;
}

const median = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** "×7.9 (per partner ×0.16)": how the median grows from the smallest to the largest size. */
function growth(small, large, sizeRatio) {
  const ratio = median(large) / median(small);
  return `×${ratio.toFixed(1)} (per partner ×${(ratio / sizeRatio).toFixed(2)})`;
}

export async function run({ page, baseUrl }) {
  const rows = [];
  const figures = [];
  const measured = [];
  for (const size of SIZES) {
    const partners = makePartners(size);
    const common = { partners, timeoutMs: SAMPLE_TIMEOUT_MS };
    // A fresh page per row, so no row inherits another one's heap and caches.
    await page.goto(`${baseUrl}/bench/bench.html`);
    const render = await page.evaluate(measureRender, { ...common, warmup: RENDER_WARMUP, samples: RENDER_SAMPLES, maxRows: MAX_ROWS_IN_DOM });
    await page.goto(`${baseUrl}/bench/bench.html`);
    const keys = await page.evaluate(measureKeystrokes, { ...common, queries: QUERIES, checkQuery: CHECK_QUERY, warmup: KEY_WARMUP });
    const label = `${count(size)} partners`;
    rows.push(
      { label: `partner-map: initial render, rendered (script+style+layout), ${label}`, samples: render.rendered },
      { label: `partner-map: initial render, to next frame, ${label}`, samples: render.frame },
      { label: `partner-map: search keystroke, rendered (script+style+layout), ${label}`, samples: keys.rendered },
      { label: `partner-map: search keystroke, to next frame, ${label}`, samples: keys.frame },
    );
    figures.push({ label: `partner-map: .partner rows in the DOM, ${label}`, figure: String(render.rows) });
    measured.push({ size, render, keys });
  }
  const [first, last] = [measured[0], measured.at(-1)];
  const span = `${count(first.size)}→${count(last.size)} partners (×${last.size / first.size})`;
  figures.push(
    { label: `partner-map: initial render growth, ${span}`, figure: growth(first.render.rendered, last.render.rendered, last.size / first.size) },
    { label: `partner-map: keystroke growth, ${span}`, figure: growth(first.keys.rendered, last.keys.rendered, last.size / first.size) },
  );
  return [...rows, ...figures];
}
