/**
 * Time to first render of a 12-item `<ija-workshop-agenda>` handed its data as `.agenda`:
 * from creating the element until its task is complete, its update is done and one animation
 * frame has started. Default variant, and projector variant in edit mode (more controls).
 *
 * Reading the figures: each sample starts inside an animation-frame callback, so the element is
 * styled, laid out and painted in that frame and `t1` is the next frame's callback. A sample is
 * therefore never shorter than one frame (about 16.7 ms at 60 Hz); work that fits in a frame
 * shows as ~16.7 ms, and only work beyond it (or jitter) raises the figures.
 */

/* The functions passed to page.evaluate run in the browser. */
/* global document, customElements */

export const name = 'agenda';

const ITEMS = 12;
const WARMUP = 5;
const SAMPLES = 30;
/** Waiting for one sample's data and render more than this fails the benchmark. */
const SAMPLE_TIMEOUT_MS = 10_000;

/** Runs in the page: builds the agenda, then times `warmup + samples` first renders. */
async function measure({ items, warmup, samples, variant, editable, timeoutMs }) {
  // The drop-in's exports: its value adapter checks data as the element does (the schemas load on demand).
  const ija = await import('/ija-widgets.js');
  await customElements.whenDefined('ija-workshop-agenda');

  const TYPES = ['welcome', 'intro', 'input', 'presentation', 'practice', 'discussion', 'break', 'closing'];
  const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const agenda = {
    id: 'bench-agenda',
    title: 'Werkstattgespräch Internationale Jugendarbeit',
    date: '2027-03-04',
    items: Array.from({ length: items }, (_, i) => ({
      id: `item-${i + 1}`,
      start: hhmm(9 * 60 + i * 30),
      end: hhmm(9 * 60 + (i + 1) * 30),
      title: `Programmpunkt ${i + 1}`,
      type: TYPES[i % TYPES.length],
      description: `Wir sammeln Erfahrungen aus den Kommunen und besprechen die nächsten Schritte für Punkt ${i + 1}.`,
    })),
  };
  const parsed = await ija.createValueAdapter(agenda).getAgenda(agenda.id);
  if (parsed.issues.length > 0 || parsed.data.items.length !== items) {
    throw new Error(`bench agenda is not valid: ${JSON.stringify(parsed.issues)}`);
  }

  const { frame, withTimeout: bounded, dataRendered } = await import('/bench/bench-helpers.js');
  const withTimeout = (promise, what) => bounded(promise, what, timeoutMs);
  const rendered = (el) => dataRendered(el, 'agenda');

  const once = async () => {
    const t0 = performance.now();
    const el = document.createElement('ija-workshop-agenda');
    if (variant) el.variant = variant;
    el.editable = editable;
    el.agenda = agenda;
    document.body.append(el);
    await withTimeout(rendered(el), 'the first render');
    await frame();
    const t1 = performance.now();
    return { el, ms: t1 - t0 };
  };

  const out = [];
  for (let run = 0; run < warmup + samples; run++) {
    const { el, ms } = await once();
    if (run === warmup) {
      // The first recorded sample must have rendered the whole agenda, not an empty or error state.
      const shown = el.shadowRoot?.querySelectorAll('li.item').length ?? 0;
      if (shown !== items) throw new Error(`expected ${items} li.item in the shadow root, found ${shown}`);
      if (editable && !el.shadowRoot.querySelector('[part="toolbar"]')) throw new Error('edit mode rendered no toolbar');
    }
    if (run >= warmup) out.push(ms);
    el.remove();
    // Let the removal settle so it is not counted in the next sample.
    await frame();
  }
  return out;
}

export async function run({ page, baseUrl }) {
  await page.goto(`${baseUrl}/bench/bench.html`);
  const common = { items: ITEMS, warmup: WARMUP, samples: SAMPLES, timeoutMs: SAMPLE_TIMEOUT_MS };
  const rows = [];
  rows.push({
    label: `agenda: first render, ${ITEMS} items`,
    samples: await page.evaluate(measure, { ...common, variant: undefined, editable: false }),
  });
  // A fresh page, so the second row does not inherit the first one's heap and caches.
  await page.goto(`${baseUrl}/bench/bench.html`);
  rows.push({
    label: `agenda: first render, ${ITEMS} items, projector + editable`,
    samples: await page.evaluate(measure, { ...common, variant: 'projector', editable: true }),
  });
  return rows;
}
