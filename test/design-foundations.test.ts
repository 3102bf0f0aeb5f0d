import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/drop-in.js';
import type { IjaElement } from '../src/base/ija-element.js';

/**
 * The look every widget shares (issue 21, point 5): a padded surface, one spacing and type scale from
 * custom properties, the language its texts are in (so the browser hyphenates German as German), and
 * `heading-level` for its place in the page's outline. Each widget on a light, a tinted and a dark page,
 * in both themes, is axe-clean.
 */

type Widget = IjaElement;

interface Case {
  tag: string;
  /** Attributes that give the widget content with headings at every depth it has. */
  attributes: string;
  /** Its title, if it shows one. */
  title?: string;
  /** A heading one level below the title (or below the labelled section, for the partner map). */
  below: string;
  /** A heading two levels below, where the widget has one. */
  belowBelow?: string;
}

const CASES: Case[] = [
  { tag: 'ija-workshop-agenda', attributes: '', title: '#agenda-title', below: '.title' },
  { tag: 'ija-leitfragen-board', attributes: '', title: '#board-title', below: '.question-title' },
  { tag: 'ija-five-point-plan', attributes: '', title: '#plan-title', below: '.point-title' },
  { tag: 'ija-partner-map', attributes: 'src="/test/fixtures/partners.json"', below: '.group-title', belowBelow: '.partner-name' },
];

const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function show(c: Case, more = '', wrapper = ''): Promise<Widget> {
  const tag = unsafeStatic(c.tag);
  const attributes = unsafeStatic(`${c.attributes} ${more}`);
  const frame = await fixture<HTMLElement>(staticHtml`<div style=${wrapper}><${tag} ${attributes}></${tag}></div>`);
  const el = frame.firstElementChild as Widget;
  await waitUntil(() => el.shadowRoot?.querySelector(c.below), `${c.tag} did not render its content`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const levelOf = (node: HTMLElement) => Number(/^h([1-6])$/.exec(node.localName)?.[1]);

describe('the look every widget shares', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('keeps its text off the edge of its surface: the surface padding, one custom property', async () => {
        const el = await show(c);
        const style = getComputedStyle(el);
        expect([style.paddingBlockStart, style.paddingInlineStart, style.paddingBlockEnd, style.paddingInlineEnd]).to.deep.equal(['16px', '16px', '16px', '16px']);
        const content = $(el, '[part~="base"]').getBoundingClientRect();
        expect(content.left - el.getBoundingClientRect().left).to.equal(16);

        const tight = await show(c, '', '--ija-padding: 0.5rem');
        expect(getComputedStyle(tight).paddingInlineStart).to.equal('8px');
      });

      it('takes its spacing and type sizes from the shared scales', async () => {
        const el = await show(c);
        expect(getComputedStyle($(el, '[part~="base"]')).rowGap).to.equal('12px');
        if (c.title) expect(getComputedStyle($(el, c.title)).fontSize).to.equal('24px');
        expect(getComputedStyle($(el, c.below)).fontSize).to.equal('17.6px');

        const scaled = await show(c, '', '--ija-space: 2rem; --ija-font-size-xl: 2em; --ija-font-size-l: 1.25em');
        expect(getComputedStyle(scaled).paddingInlineStart).to.equal('32px');
        expect(getComputedStyle($(scaled, '[part~="base"]')).rowGap).to.equal('24px');
        if (c.title) expect(getComputedStyle($(scaled, c.title)).fontSize).to.equal('32px');
        expect(getComputedStyle($(scaled, c.below)).fontSize).to.equal('20px');
      });

      it('marks the language its texts are in, so the browser hyphenates them as that language', async () => {
        const pageLang = document.documentElement.lang;
        // A page in a language the widgets have no texts for: they render German and must say so.
        document.documentElement.lang = 'fr';
        try {
          const el = await show(c, '', 'inline-size: 9rem');
          const base = $(el, '[part~="base"]');
          expect(base.lang).to.equal('de');
          const text = $(el, c.below);
          expect(text.matches(':lang(de)'), 'the heading is German').to.be.true;
          expect(getComputedStyle(text).hyphens).to.equal('auto');
          await executeServerCommand('save-screenshot', { name: `hyphens-${c.tag}` });

          // English arrives with its texts (loaded on demand); from then on the widget says it is English.
          const english = await show(c, 'lang="en"');
          await waitUntil(() => $(english, '[part~="base"]').lang === 'en', 'the English widget is not marked English');
        } finally {
          document.documentElement.lang = pageLang;
        }
      });

      it('puts its title at `heading-level` and the headings inside it below that', async () => {
        const at = async (level: string | undefined) => {
          const el = await show(c, level === undefined ? '' : `heading-level="${level}"`);
          return [c.title, c.below, c.belowBelow].map((selector) => (selector ? levelOf($(el, selector)) : undefined));
        };
        // The partner map has no visible title: its labelled section stands at the level, its headings below.
        const expected = (level: number) => [c.title ? level : undefined, Math.min(level + 1, 6), c.belowBelow ? Math.min(level + 2, 6) : undefined];
        expect(await at(undefined), 'default').to.deep.equal(expected(2));
        expect(await at('1')).to.deep.equal(expected(1));
        expect(await at('4')).to.deep.equal(expected(4));
        expect(await at('6'), 'no h7: the deepest headings stay h6').to.deep.equal(expected(6));
        for (const bad of ['0', '7', '2.5', 'drei', '']) expect(await at(bad), `heading-level="${bad}"`).to.deep.equal(expected(2));
      });

      it('follows a change of `heading-level`', async () => {
        const el = await show(c);
        el.setAttribute('heading-level', '3');
        await el.updateComplete;
        expect(levelOf($(el, c.below))).to.equal(4);
      });

      const PAGES = [
        { name: 'a light page', background: '#ffffff', theme: '' },
        { name: 'a tinted page', background: '#eef4ea', theme: '' },
        { name: 'a dark page, theme="dark"', background: '#121417', theme: 'theme="dark"' },
        { name: 'a dark page, theme="auto" and a dark system setting', background: '#121417', theme: 'theme="auto"', dark: true },
      ];
      for (const page of PAGES) {
        it(`is accessible on ${page.name}`, async () => {
          if (page.dark) await emulateMedia({ colorScheme: 'dark' });
          const el = await show(c, page.theme, `background: ${page.background}; padding: 1rem`);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
