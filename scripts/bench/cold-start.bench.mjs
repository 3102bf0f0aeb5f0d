/**
 * Cold start: how long a visitor waits for the agenda on its built-in content, against the same DOM written by hand.
 *
 * - `pages/agenda-drop-in.html`: the drop-in and `<ija-workshop-agenda>`, as a webmaster includes it.
 * - `pages/agenda-by-hand.html`: the agenda's rendered shadow DOM and styles written into the page (declarative shadow
 *   DOM), no script: the limit. The benchmark writes it from the element's own render first, so it stays the same DOM.
 * - `pages/agenda-lit-floor.html`: a Lit element that renders that same DOM as one static string (no data, no logic):
 *   the floor of any Lit element on this machine, printed beside the drop-in so a ratio goal can be judged against it.
 *
 * Each sample is a page load, the pages interleaved (`PAIRS=n` sets how many rounds, 15 by default): "cold" in a fresh browser context (empty cache), "warm" as a
 * reload in a context that loaded the page before (code cached). A sample is the time from navigation start to the first
 * animation frame in which the agenda's items are in the DOM (so they are painted in that frame).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/* The functions passed to page.evaluate and addInitScript run in the browser. */
/* global window, document, requestAnimationFrame */

export const name = 'cold-start';

const PAIRS = Number(process.env.PAIRS) || 15;
const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');
const BY_HAND = 'agenda-by-hand.html';
const LIT_FLOOR = 'agenda-lit-floor.html';

/** Records `window.__contentAt`: the first frame with the agenda's items. */
function probe() {
  const check = () => {
    if (document.getElementById('agenda')?.shadowRoot?.querySelector('ol.items li')) {
      window.__contentAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The element's rendered shadow DOM and styles, without Lit's markers. */
function renderedAgenda() {
  const root = document.getElementById('agenda').shadowRoot;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  return { css, markup };
}

async function writeByHandPage(newPage, baseUrl) {
  const page = await newPage();
  await page.goto(`${baseUrl}/bench/agenda-drop-in.html`);
  await page.waitForFunction(() => document.getElementById('agenda')?.shadowRoot?.querySelector('ol.items li'));
  const { css, markup } = await page.evaluate(renderedAgenda);
  const html = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tagesablauf (by hand)</title>
    <!-- Written by scripts/bench/cold-start.bench.mjs from the element's render: the same DOM, no script. -->
  </head>
  <body>
    <h1>Werkstattgespräch</h1>
    <div id="agenda"><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>
  </body>
</html>
`;
  writeFileSync(join(PAGES, BY_HAND), html);
  await writeLitFloorPage({ css, markup });
}

/** The Lit floor: Lit (production build, minified) rendering the agenda's DOM as one static string. */
async function writeLitFloorPage({ css, markup }) {
  const entry = `import { LitElement, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
class Floor extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() { return unsafeHTML(${JSON.stringify(markup)}); }
}
customElements.define('ija-workshop-agenda', Floor);
`;
  await build({
    stdin: { contents: entry, resolveDir: PAGES, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    conditions: ['production'],
    outfile: join(PAGES, 'agenda-lit-floor.js'),
    logLevel: 'warning',
  });
  const html = readFileSync(join(PAGES, 'agenda-drop-in.html'), 'utf8')
    .replace('<title>Tagesablauf (drop-in)</title>', '<title>Tagesablauf (Lit floor)</title>')
    .replace(/<!--.*?-->/, '<!-- Written by scripts/bench/cold-start.bench.mjs: Lit rendering the agenda\'s DOM as a static string. -->')
    .replace('src="/ija-widgets.js"', 'src="/bench/agenda-lit-floor.js"');
  writeFileSync(join(PAGES, LIT_FLOOR), html);
}

async function load(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__contentAt !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(() => window.__contentAt);
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const ratio = (a, b) => `×${(median(a) / median(b)).toFixed(2)} (medians ${median(a).toFixed(0)} / ${median(b).toFixed(0)} ms)`;

export async function run({ baseUrl, newPage }) {
  await writeByHandPage(newPage, baseUrl);
  const urls = { dropIn: `${baseUrl}/bench/agenda-drop-in.html`, byHand: `${baseUrl}/bench/${BY_HAND}`, litFloor: `${baseUrl}/bench/${LIT_FLOOR}` };
  const cold = { dropIn: [], byHand: [], litFloor: [] };
  const warm = { dropIn: [], byHand: [], litFloor: [] };
  const warmPages = {};
  for (const kind of Object.keys(urls)) {
    warmPages[kind] = await newPage();
    await warmPages[kind].addInitScript(probe);
    await load(warmPages[kind], urls[kind]);
  }
  for (let i = 0; i < PAIRS; i++) {
    for (const kind of Object.keys(urls)) {
      const page = await newPage();
      await page.addInitScript(probe);
      cold[kind].push(await load(page, urls[kind]));
      await page.context().close();
      warm[kind].push(await load(warmPages[kind], urls[kind]));
    }
  }
  return [
    { label: 'cold start: agenda, drop-in, cold cache', samples: cold.dropIn },
    { label: 'cold start: agenda, by hand, cold cache', samples: cold.byHand },
    { label: 'cold start: agenda, drop-in, code cached', samples: warm.dropIn },
    { label: 'cold start: agenda, by hand, cached', samples: warm.byHand },
    { label: 'cold start: Lit floor, cold cache', samples: cold.litFloor },
    { label: 'cold start: Lit floor, cached', samples: warm.litFloor },
    { label: 'cold start: agenda drop-in / by hand, cold (goal ≤ ×1.5)', figure: ratio(cold.dropIn, cold.byHand) },
    { label: 'cold start: agenda drop-in / by hand, cached (goal ≤ ×1.2)', figure: ratio(warm.dropIn, warm.byHand) },
    { label: 'cold start: Lit floor / by hand, cold', figure: ratio(cold.litFloor, cold.byHand) },
    { label: 'cold start: Lit floor / by hand, cached', figure: ratio(warm.litFloor, warm.byHand) },
  ];
}
