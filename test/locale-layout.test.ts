import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/drop-in.js';
import type { IjaElement } from '../src/base/ija-element.js';
import type { LocalizeController } from '../src/core/i18n/localize-controller.js';
import { LOCALES } from '../src/core/i18n/locales.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import type { Board } from '../src/core/schemas/board.js';
import { apiBase, newRunId } from './helpers/api.js';

/**
 * Every language at 320 px, the narrowest phone column: each widget in the states that show its
 * longest texts (edit controls, filters, the join form, the self-check, the moderator's tools). No
 * control may overflow its own box or the widget, and nothing may scroll sideways. Each state is
 * saved as test-results/screens/<language>-<state>.png for a person to look at.
 */

type Widget = IjaElement & { data: { task: { status: number } } };

const LUNCH = new Date('2027-03-04T12:45:00+01:00');
const DAY = { ...DEFAULT_AGENDA, date: '2027-03-04' };
const BOARD: Board = {
  ...DEFAULT_BOARD,
  cards: [
    { id: 'c1', questionId: 'schnittstellen', text: 'Jugendmigrationsdienst und Jobcenter an einen Tisch holen', votes: 4, insight: true, createdAt: '2027-03-04T13:10:00Z', mine: true, myVotes: 1 },
    { id: 'c2', questionId: 'schnittstellen', text: 'Städtepartnerschaftsvereine fragen', votes: 1, createdAt: '2027-03-04T13:12:00Z' },
  ],
};

const STATES: Record<string, () => TemplateResult> = {
  'agenda-lunch': () => html`<ija-workshop-agenda .agenda=${DAY} .now=${LUNCH}></ija-workshop-agenda>`,
  'agenda-edit': () => html`<ija-workshop-agenda editable></ija-workshop-agenda>`,
  'partners-list': () => html`<ija-partner-map src="/test/fixtures/partners.json"></ija-partner-map>`,
  'partners-map-consent': () => html`<ija-partner-map view="map" src="/test/fixtures/partners.json"></ija-partner-map>`,
  'partners-gaps': () => html`<ija-partner-map view="gaps"></ija-partner-map>`,
  'partners-join': () => html`<ija-partner-map join view="join" api=${apiBase('ok', newRunId())}></ija-partner-map>`,
  'plan-edit': () => html`<ija-five-point-plan editable></ija-five-point-plan>`,
  'plan-check': () => html`<ija-five-point-plan mode="check"></ija-five-point-plan>`,
  'board-moderator': () => html`<ija-leitfragen-board moderator .board=${BOARD}></ija-leitfragen-board>`,
  'board-results': () => html`<ija-leitfragen-board moderator view="results" .board=${BOARD}></ija-leitfragen-board>`,
};

const CONTROLS = 'button, a, label, select, input, textarea, summary, legend, [role="tab"], .badge, th, td, h2, h3, h4';

/** Every element matching `selector` in the widget's shadow tree, nested shadow roots included. */
function deepQuery(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const node of root.querySelectorAll('*')) if (node.shadowRoot) found.push(...deepQuery(node.shadowRoot, selector));
  return found;
}

function overflows(widget: HTMLElement): string[] {
  const box = widget.getBoundingClientRect();
  const problems: string[] = [];
  for (const control of deepQuery(widget.shadowRoot!, CONTROLS)) {
    const rect = control.getBoundingClientRect();
    if (rect.width === 0 || control.closest('.visually-hidden') || getComputedStyle(control).position === 'fixed') continue;
    const name = `<${control.localName}${control.className ? ` class="${control.className}"` : ''}> “${control.textContent?.trim().slice(0, 40)}”`;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${name} sticks out of the widget`);
    // Inline boxes have no client width; a block box whose text is wider than itself overflows.
    // A closed <select> shows its chosen option cut to its width (its list shows the whole text): fine once it
    // takes its whole line, as there is no more room to give it.
    const fillsLine = control.localName === 'select' && rect.width >= control.parentElement!.getBoundingClientRect().width - 1;
    if (control.clientWidth > 0 && control.scrollWidth > control.clientWidth + 1 && getComputedStyle(control).overflowX !== 'auto' && !fillsLine) {
      problems.push(`${name} is ${control.scrollWidth - control.clientWidth}px too narrow for its text`);
    }
  }
  return problems;
}

describe('every language at 320 px', () => {
  // The widget fills a phone's whole width (the test page's body margin would add 16 px).
  before(async () => {
    document.body.style.margin = '0';
    await setViewport({ width: 320, height: 900 });
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LOCALES) {
    describe(lang, () => {
      for (const [state, template] of Object.entries(STATES)) {
        it(`${state}: no text overflows its control, nothing scrolls sideways`, async () => {
          const frame = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 320px">${template()}</div>`);
          const widget = frame.firstElementChild as Widget;
          const localize = (widget as unknown as { localize: LocalizeController }).localize;
          await waitUntil(() => widget.data.task.status === 2 && localize.locale === lang, `${state} did not load in ${lang}`, { timeout: 5000 });
          await widget.updateComplete;
          await nextFrame();
          await nextFrame();
          await executeServerCommand('save-screenshot', { name: `${lang}-${state}` });
          expect(overflows(widget)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
          expect(widget.getAttribute('dir') ?? getComputedStyle(widget).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        });
      }
    });
  }
});
