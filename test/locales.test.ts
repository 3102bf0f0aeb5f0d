import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import './helpers/ija-test-widget.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import type { LocalizeController } from '../src/core/i18n/localize-controller.js';
import { LOCALES, matchLocale } from '../src/core/i18n/locales.js';
import type { Messages } from '../src/core/i18n/messages/types.js';
import { de } from '../src/core/i18n/messages/de.js';
import { RECOMMENDED_PARTNER_TYPES } from '../src/core/defaults/partner-types.js';
import tr from '../src/core/i18n/locales/tr.js';
import ar from '../src/core/i18n/locales/ar.js';
import uk from '../src/core/i18n/locales/uk.js';
import pl from '../src/core/i18n/locales/pl.js';
import leichteSprache from '../src/core/i18n/locales/de-x-leichte-sprache.js';
import en from '../src/core/i18n/locales/en.js';
import { formatClock } from '../src/components/ija-workshop-agenda/agenda-time.js';

const TABLES: Record<string, Messages> = { de, en, tr, ar, uk, pl, 'de-x-leichte-sprache': leichteSprache };

const buttonText = (el: Element) => el.shadowRoot!.querySelector('button')?.textContent?.trim();
const localizeOf = (el: Element) => (el as unknown as { localize: LocalizeController }).localize;

/** Every leaf of a table: strings as they are, functions called with sample values of the right kind. */
function leaves(table: object, path = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'function') return [[at, (value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGS[at] ?? [3, 7, 2]))]];
    if (Array.isArray(value) || typeof value !== 'object') return [[at, value]];
    return leaves(value as object, at);
  });
}
// Counts for most functions (a quoted text or name shows a number as well); a list where one is asked.
const SAMPLE_ARGS: Record<string, unknown[]> = {
  'partnerMapView.cluster': [3, ['Jugendring', 'Jobcenter', 'IHK']],
  'partnerAdmin.reportSummary': [3, 7, 2, 1],
};
/** The fixed texts of a table (not what its functions return). */
const fixedTexts = (table: object, path = ''): [string, string][] =>
  Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') return [[at, value]];
    return value && typeof value === 'object' ? fixedTexts(value as object, at) : [];
  });
const keysOf = (table: object) => leaves(table).map(([key]) => key);

/**
 * How many different noun forms whole numbers take: Turkish keeps the singular after a number
 * ("5 oy"); Polish and Ukrainian have one/few/many; Arabic six categories, of which zero may be
 * said like "other".
 */
const DISTINCT_FORMS: Record<string, number> = { de: 2, en: 2, 'de-x-leichte-sprache': 2, tr: 1, pl: 3, uk: 3, ar: 5 };

describe('locale tables', () => {
  it('cover every language the widgets offer', () => {
    expect(Object.keys(TABLES).sort()).to.deep.equal([...LOCALES].sort());
  });

  for (const [code, table] of Object.entries(TABLES)) {
    describe(code, () => {
      it('has every key of the German table, and no other', () => {
        expect(keysOf(table).sort()).to.deep.equal(keysOf(de).sort());
      });

      it('says something for every key (no empty text, no placeholder left over)', () => {
        for (const [key, value] of leaves(table)) {
          const texts = Array.isArray(value) ? value : [value];
          for (const text of texts) {
            expect(text, key).to.be.a('string').and.not.equal('');
            expect(String(text), key).not.to.match(/undefined|NaN|\$\{|TODO/);
          }
        }
      });

      it('names all 18 recommended partner types', () => {
        expect(Object.keys(table.partnerMap.types).sort()).to.deep.equal(RECOMMENDED_PARTNER_TYPES.map((type) => type.id).sort());
      });

      it('is translated, not copied (single words such as "Board" or "Jobcenter" may stay)', () => {
        if (code.startsWith('de')) return;
        const german = new Map(fixedTexts(de));
        const copied = fixedTexts(table).filter(([key, value]) => value.includes(' ') && value === german.get(key));
        expect(copied.map(([key]) => key)).to.deep.equal([]);
      });

      it('uses a different form for each plural category of its language', () => {
        const rules = new Intl.PluralRules(code.startsWith('de') ? 'de' : code);
        // One integer per category the language has for whole numbers (0..200 covers them all).
        const samples = new Map<string, number>();
        for (let count = 0; count <= 200; count++) {
          const category = rules.select(count);
          if (!samples.has(category)) samples.set(category, count);
        }
        const forms = (say: (count: number) => string) =>
          [...samples.values()].map((count) => say(count).replace(new RegExp(`(?<![\\d.,])${count}(?![\\d.,])`, 'g'), '#'));
        for (const [name, say] of [
          ['board.votes', table.board.votes],
          ['common.droppedRecords', table.common.droppedRecords],
          ['partnerMap.groupCount', table.partnerMap.groupCount],
          ['board.newIdeas', table.board.newIdeas],
        ] as const) {
          const written = forms(say);
          expect(new Set(written).size, `${name}: ${written.join(' | ')}`).to.be.at.least(DISTINCT_FORMS[code]!);
          for (const count of samples.values()) {
            const text = say(count);
            if (count > 2) expect(text, name).to.contain(String(count));
          }
        }
      });
    });
  }

  it('writes the Polish, Ukrainian and Arabic forms a native speaker expects', () => {
    const plForms = [1, 2, 5, 22, 25, 112].map((count) => pl.board.votes(count).replace(/\d+/, '#'));
    expect(plForms[1]).to.equal(plForms[3]); // 2 and 22: the "few" form
    expect(plForms[2]).to.equal(plForms[4]); // 5, 25, 112: the "many" form
    expect(plForms[2]).to.equal(plForms[5]);
    expect(plForms[0]).not.to.equal(plForms[1]);
    const ukForms = [1, 21, 2, 24, 5, 11].map((count) => uk.board.votes(count).replace(/\d+/, '#'));
    expect(ukForms[0]).to.equal(ukForms[1]); // 1 and 21: "one"
    expect(ukForms[2]).to.equal(ukForms[3]); // 2 and 24: "few"
    expect(ukForms[4]).to.equal(ukForms[5]); // 5 and 11: "many"
    expect(new Set([ukForms[0], ukForms[2], ukForms[4]]).size).to.equal(3);
    const arForms = [1, 2, 3, 11].map((count) => ar.board.votes(count).replace(/\d+/, '#'));
    expect(new Set(arForms).size, arForms.join(' | ')).to.equal(4);
  });
});

async function settled(el: Element) {
  await nextFrame();
  await (el as IjaTestWidget).updateComplete;
}

describe('languages loaded on demand', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-US'));

  // First in this page: no widget has shown English before it.
  it('loads English too: German first, the host marked German meanwhile, then English with the host’s lang taken back', async () => {
    expect(matchLocale('en'), 'English is not built in').to.equal(undefined);
    const page = await fixture(html`<div lang="en-GB"></div>`);
    const el = document.createElement('ija-test-widget');
    // Which language the widget shows, loading or loaded.
    const shown = () => {
      const text = el.shadowRoot?.textContent ?? '';
      if (text.includes(en.common.loading) || text.includes(en.common.retry)) return 'en';
      return text.includes(de.common.loading) || text.includes(de.common.retry) ? 'de' : undefined;
    };
    const seen: [string | null, string | undefined][] = [];
    const observer = new MutationObserver(() => seen.push([el.getAttribute('lang'), shown()]));
    observer.observe(el, { attributes: true, attributeFilter: ['lang'] });
    page.append(el);
    await el.updateComplete;
    // The first render cannot have the table yet: it arrives with a later task.
    expect(shown()).to.equal('de');
    try {
      await waitUntil(() => buttonText(el) === en.common.retry && !el.hasAttribute('lang'), 'English texts, own lang taken back');
    } finally {
      observer.disconnect();
    }
    expect(seen).to.deep.equal([
      ['de', 'de'],
      [null, 'en'],
    ]);
    expect(localizeOf(el).locale).to.equal('en');
    expect(localizeOf(el).lang).to.equal('en-GB');
    expect(matchLocale('en')!.messages).to.equal(en);
  });

  it('shows Turkish once its table arrived, and changes live to Polish and back to German', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget lang="tr"></ija-test-widget>`);
    await el.data.task.taskComplete;
    await waitUntil(() => buttonText(el) === tr.common.retry, 'Turkish texts');
    expect(localizeOf(el).locale).to.equal('tr');
    el.setAttribute('lang', 'pl-PL');
    await waitUntil(() => buttonText(el) === pl.common.retry, 'Polish texts');
    el.setAttribute('lang', 'de');
    await settled(el);
    expect(buttonText(el)).to.equal('Erneut versuchen');
  });

  it('knows Leichte Sprache by its private-use tag, and German stays its fallback', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget lang="de-x-leichte-sprache"></ija-test-widget>`);
    await el.data.task.taskComplete;
    await waitUntil(() => localizeOf(el).locale === 'de-x-leichte-sprache', 'Leichte Sprache');
    expect(buttonText(el)).to.equal(leichteSprache.common.retry);
    expect(matchLocale('de-x-leichte-sprache')!.messages).to.equal(leichteSprache);
  });

  it('finds a language by its longest prefix and does not call a language it offers unknown', async () => {
    const notes: unknown[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args);
    try {
      const page = await fixture(html`<div><ija-test-widget lang="uk-UA"></ija-test-widget><ija-test-widget lang="ar-SY"></ija-test-widget></div>`);
      const [ukrainian, arabic] = page.querySelectorAll('ija-test-widget');
      await waitUntil(() => localizeOf(ukrainian!).locale === 'uk' && localizeOf(arabic!).locale === 'ar', 'tables by prefix');
      expect(ukrainian!.hasAttribute('lang') && ukrainian!.getAttribute('lang')).to.equal('uk-UA');
    } finally {
      console.info = info;
    }
    expect(notes).to.deep.equal([]);
  });

  it('formats times and dates in the language, the time as written in the agenda', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget lang="en-US"></ija-test-widget>`);
    await waitUntil(() => localizeOf(el).locale === 'en', 'English texts');
    expect(formatClock('13:30', localizeOf(el).intlLocale)).to.equal('1:30 PM');
    el.setAttribute('lang', 'de');
    await settled(el);
    expect(formatClock('13:30', localizeOf(el).intlLocale)).to.equal('13:30');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => localizeOf(el).locale === 'ar');
    expect(formatClock('13:30', localizeOf(el).intlLocale)).to.equal(new Intl.DateTimeFormat('ar', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, 13, 30)));
    el.setAttribute('lang', 'uk');
    await waitUntil(() => localizeOf(el).locale === 'uk');
    expect(localizeOf(el).formatDate(new Date(Date.UTC(2027, 2, 4, 12)), { dateStyle: 'long', timeZone: 'UTC' })).to.equal('4 березня 2027 р.');
  });
});

describe('direction', () => {
  it('is right to left for Arabic when the page gave no dir, and left to right again for German', async () => {
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget lang="ar"></ija-test-widget>`);
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'dir=rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('section') ?? el).direction).to.equal('rtl');
    el.setAttribute('lang', 'de');
    await settled(el);
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('takes the page’s dir for the widget’s language, and ignores a dir that belongs to another language', async () => {
    const page = await fixture(html`<div lang="ar" dir="rtl"><ija-test-widget></ija-test-widget><div dir="ltr" lang="en"><ija-test-widget lang="ar"></ija-test-widget></div></div>`);
    const [inherits, inGermanBox] = page.querySelectorAll('ija-test-widget');
    await waitUntil(() => localizeOf(inherits!).locale === 'ar');
    await settled(inherits!);
    expect(inherits!.hasAttribute('dir'), 'inherits rtl, needs no own dir').to.equal(false);
    expect(getComputedStyle(inherits!).direction).to.equal('rtl');
    expect(inGermanBox!.getAttribute('dir')).to.equal('rtl');
  });

  it('sets ltr for a German widget inside an Arabic page, and never touches a dir the page wrote on the element', async () => {
    const page = await fixture(html`<div lang="ar" dir="rtl"><ija-test-widget lang="de"></ija-test-widget><ija-test-widget lang="ar" dir="ltr"></ija-test-widget></div>`);
    const [german, pinned] = page.querySelectorAll('ija-test-widget');
    await settled(german!);
    expect(german!.getAttribute('dir')).to.equal('ltr');
    await waitUntil(() => localizeOf(pinned!).locale === 'ar');
    await settled(pinned!);
    expect(pinned!.getAttribute('dir')).to.equal('ltr');
    pinned!.setAttribute('lang', 'de');
    await settled(pinned!);
    expect(pinned!.getAttribute('dir')).to.equal('ltr');
  });
});
