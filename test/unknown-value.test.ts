import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/ija-partner-map/ija-partner-map.js';
import '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import '../src/components/ija-provider/ija-provider.js';
import type { IjaPartnerMap } from '../src/components/ija-partner-map/ija-partner-map.js';

/** A bad value of an attribute with a fixed set of values warns once per element, attribute and value. */

let warnings: string[] = [];
const warn = console.warn;
const ours = () => warnings.filter((w) => w.startsWith('[ija-widgets] <') && w.includes('has no effect'));
/** The warning's code loads on first use: waits until `count` warnings are there, and a little longer for any extra. */
async function warned(count: number): Promise<string[]> {
  await waitUntil(() => ours().length >= count, `expected ${count} warnings, got ${ours().length}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return ours();
}

describe('unknown attribute values', () => {
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('a misspelt pre-filter warns once, naming the element, attribute, value and the values it takes', async () => {
    const el = await fixture<IjaPartnerMap>(html`<ija-partner-map category="Politik"></ija-partner-map>`);
    el.requestUpdate();
    await el.updateComplete;
    el.search = 'Jugend';
    await el.updateComplete;
    expect(await warned(1)).to.deep.equal([
      '[ija-widgets] <ija-partner-map> category="Politik" has no effect; its values are vereine, jugendarbeit, politik, schule-beruf',
    ]);

    // Another bad value warns too (once); a good one does not.
    el.setAttribute('category', 'Sport');
    await el.updateComplete;
    el.setAttribute('category', 'Politik');
    await el.updateComplete;
    el.setAttribute('category', 'politik');
    await el.updateComplete;
    expect(await warned(2)).to.have.length(2);
    expect(ours()[1]).to.contain('category="Sport"');
  });

  it('warns per element instance', async () => {
    await fixture(html`<div><ija-partner-map view="karte"></ija-partner-map><ija-partner-map view="karte"></ija-partner-map></div>`);
    expect(await warned(2)).to.deep.equal([
      '[ija-widgets] <ija-partner-map> view="karte" has no effect; its values are list, map, gaps, join, admin',
      '[ija-widgets] <ija-partner-map> view="karte" has no effect; its values are list, map, gaps, join, admin',
    ]);
  });

  it('checks every element’s enumerated attributes, the provider’s theme and a widget’s own lang', async () => {
    await fixture(html`<div>
      <ija-provider theme="pink"></ija-provider>
      <ija-leitfragen-board view="karten" theme="blau"></ija-leitfragen-board>
      <ija-workshop-agenda variant="beamer"></ija-workshop-agenda>
      <ija-five-point-plan mode="pruefen" persist="session"></ija-five-point-plan>
      <ija-partner-map lang="fr" consent="yes"></ija-partner-map>
    </div>`);
    expect([...(await warned(8))].sort()).to.deep.equal([
      '[ija-widgets] <ija-five-point-plan> mode="pruefen" has no effect; its values are plan, check',
      '[ija-widgets] <ija-five-point-plan> persist="session" has no effect; its values are local',
      '[ija-widgets] <ija-leitfragen-board> theme="blau" has no effect; its values are light, dark, auto',
      '[ija-widgets] <ija-leitfragen-board> view="karten" has no effect; its values are board, presentation, results',
      '[ija-widgets] <ija-partner-map> consent="yes" has no effect; its values are granted',
      '[ija-widgets] <ija-partner-map> lang="fr" has no effect; its values are de, en, tr, ar, uk, pl, de-x-leichte-sprache',
      '[ija-widgets] <ija-provider> theme="pink" has no effect; its values are light, dark, auto',
      '[ija-widgets] <ija-workshop-agenda> variant="beamer" has no effect; its values are default, projector',
    ]);
  });

  it('says nothing about good values, unset attributes or a page language without texts', async () => {
    await fixture(html`<div lang="fr">
      <ija-partner-map category="politik" view="map" theme="dark"></ija-partner-map>
      <ija-workshop-agenda lang="en-GB" variant="projector"></ija-workshop-agenda>
      <ija-leitfragen-board></ija-leitfragen-board>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ours()).to.deep.equal([]);
  });
});
