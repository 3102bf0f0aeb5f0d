import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { html } from 'lit';
import { importBuilt, npmEntries, prepareServer, renderToString, ROOT } from './server-render.js';
import { inlineAgenda, inlinePartners, inlinePlan, LEFT_OUT } from './page.js';

/**
 * The npm build on a server without a DOM (as Astro, Next, Nuxt or Eleventy run it): every entry imports, and
 * with @lit-labs/ssr the agenda, the plan and the partner list render their content to declarative shadow DOM,
 * on the built-in content and on data given inline, checked as in the browser.
 */

type Core = typeof import('../../src/core/index.js');

/** The markup of one element's shadow root (between its declarative template tags). */
function shadowOf(markup: string): string {
  const start = markup.indexOf('<template shadowroot="open" shadowrootmode="open">');
  assert.ok(start >= 0, `no declarative shadow root in:\n${markup.slice(0, 500)}`);
  return markup.slice(start, markup.lastIndexOf('</template>'));
}

/** The text a reader sees (tags and Lit's comment markers removed, entities of the test data decoded). */
const textOf = (markup: string) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function assertNoLoadingState(markup: string): void {
  assert.doesNotMatch(markup, /class="state loading\b/, 'the server rendered the loading state instead of the content');
}

describe('the npm build in Node, without a DOM', () => {
  for (const entry of npmEntries()) {
    it(`imports ${entry} in a fresh process, and leaves no document or window behind`, async () => {
      const script = `await import(${JSON.stringify(pathToFileURL(join(ROOT, entry)).href)});
        console.log(JSON.stringify([typeof document, typeof window, typeof localStorage]));`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
      assert.deepEqual(JSON.parse(stdout), ['undefined', 'undefined', 'undefined']);
    });
  }
});

describe('the main entry on a server', () => {
  it('looks for CMS placeholders only where there is a page', async () => {
    const main = await importBuilt<typeof import('../../src/index.js')>('dist/index.js');
    assert.doesNotThrow(() => main.upgradePlaceholders());
    assert.doesNotThrow(() => main.watchPlaceholders());
  });
});

describe('server rendering with @lit-labs/ssr', () => {
  let core: Core;

  before(async () => {
    await prepareServer();
    core = await importBuilt<Core>('dist/core/index.js');
  });

  it('renders the agenda of the factsheet, with no data attribute at all', async () => {
    const markup = await renderToString(html`<ija-workshop-agenda></ija-workshop-agenda>`);
    assertNoLoadingState(markup);
    const text = textOf(shadowOf(markup));
    assert.ok(text.includes(core.DEFAULT_AGENDA.title), text.slice(0, 300));
    const first = [...core.DEFAULT_AGENDA.items].sort((a, b) => a.start.localeCompare(b.start))[0]!;
    assert.ok(text.includes(first.title), `the first item "${first.title}" is missing`);
    for (const item of core.DEFAULT_AGENDA.items) assert.ok(text.includes(item.title), `"${item.title}" is missing`);
  });

  it('renders the five points of the plan on the built-in content', async () => {
    const markup = await renderToString(html`<ija-five-point-plan></ija-five-point-plan>`);
    assertNoLoadingState(markup);
    const titles = [...shadowOf(markup).matchAll(/<h3 class="point-title"[^>]*>(?:<!--[^>]*-->)?([^<]+)/g)].map((match) => match[1]);
    assert.deepEqual(titles, core.DEFAULT_PLAN.points.map((point) => point.title));
  });

  it('renders the partner list of an empty network on the built-in content', async () => {
    const markup = await renderToString(html`<ija-partner-map></ija-partner-map>`);
    assertNoLoadingState(markup);
    assert.match(shadowOf(markup), /role="tablist"[\s\S]*class="empty-network"/);
  });

  it('renders data given inline as a property, checked as in the browser: invalid records left out and noted', async () => {
    const markup = await renderToString(html`<ija-workshop-agenda .agenda=${inlineAgenda}></ija-workshop-agenda>
      <ija-five-point-plan .plan=${inlinePlan}></ija-five-point-plan>
      <ija-partner-map .partners=${inlinePartners}></ija-partner-map>`);
    assertNoLoadingState(markup);
    const [agenda, plan, partners] = markup.split(/(?=<ija-(?:five-point-plan|partner-map)\b)/).map((part) => textOf(shadowOf(part)));
    for (const title of [inlineAgenda.title, 'Ankommen und Kaffee', 'Runde der Träger']) assert.ok(agenda!.includes(title), `agenda: "${title}" is missing`);
    for (const title of ['Netzwerk Musterstadt gründen', 'Werkstattgespräch im Frühjahr']) assert.ok(plan!.includes(title), `plan: "${title}" is missing`);
    for (const name of ['Stadtjugendring Musterstadt', 'Jugendmigrationsdienst Musterstadt', 'Jobcenter Musterstadt']) {
      assert.ok(partners!.includes(name), `partners: "${name}" is missing`);
    }
    assert.ok(markup.includes('href="https://jugendring.example"'), 'a valid website is a link');
    for (const left of LEFT_OUT) assert.ok(!markup.includes(left), `"${left}" should have been left out`);
    assert.equal(markup.match(/class="issues-note"/g)?.length, 3, 'each element notes the record it left out');
  });

  it('renders the loading state for data that loads in the browser (`src`, `api`), and wholly invalid data as not ready', async () => {
    for (const template of [
      html`<ija-workshop-agenda src="/programm.json"></ija-workshop-agenda>`,
      html`<ija-five-point-plan api="/api/ija"></ija-five-point-plan>`,
      html`<ija-partner-map .partners=${{ kein: 'Netzwerk' }}></ija-partner-map>`,
    ]) {
      assert.match(shadowOf(await renderToString(template)), /class="state loading\b/);
    }
  });
});
