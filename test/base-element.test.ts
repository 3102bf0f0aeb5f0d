import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import './helpers/ija-test-widget.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { defineElement } from '../src/core/define.js';

async function loaded(el: IjaTestWidget): Promise<IjaTestWidget> {
  // The first load may fetch the schemas' module cold from the dev server: more than the default second.
  await waitUntil(() => el.data.task.status >= 2, 'data did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function inErrorState(): Promise<IjaTestWidget> {
  const el = document.createElement('ija-test-widget');
  el.adapter = createDocumentAdapter('test', async () => ({ nonsense: true }));
  const host = await fixture(html`<div></div>`);
  host.append(el);
  await loaded(el);
  return el;
}

describe('base element', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('registers a tag once: a second definition is ignored, not an error', () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('ija-test-widget', Other)).not.to.throw();
    expect(customElements.get('ija-test-widget')).not.to.equal(Other);
  });

  it('fits a 320 px wide column in every state, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const el of [await loaded(await fixture<IjaTestWidget>(html`<ija-test-widget></ija-test-widget>`)), await inErrorState()]) {
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const child of el.shadowRoot!.querySelectorAll('*')) {
        expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(321);
      }
    }
  });

  it('keeps its look under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `* { letter-spacing: 6px; text-transform: uppercase; color: red; }
      button { display: none !important; } div { display: flex !important; } p { margin: 5em; }`;
    document.head.append(style);
    try {
      const el = await inErrorState();
      const button = el.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).display).not.to.equal('none');
      const text = el.shadowRoot!.querySelector('.state-title')!;
      expect(getComputedStyle(text).textTransform).to.equal('none');
      expect(getComputedStyle(text).letterSpacing).to.equal('normal');
      expect(getComputedStyle(text).color).to.equal('rgb(27, 29, 33)');
    } finally {
      style.remove();
    }
  });

  it('follows the system dark mode with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await loaded(await fixture<IjaTestWidget>(html`<ija-test-widget theme="auto"></ija-test-widget>`));
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
  });

  it('stops its animations for visitors who ask for reduced motion', async () => {
    const run = crypto.randomUUID();
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget api=${`/__api/slow/${run}`}></ija-test-widget>`);
    const spinner = el.shadowRoot!.querySelector('.spinner')!;
    expect(parseFloat(getComputedStyle(spinner).animationDuration)).to.be.below(0.001);
    el.remove();
  });

  it('uses system colours in forced-colours mode, also when themed dark', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await inErrorState();
    el.theme = 'dark';
    await el.updateComplete;
    const canvas = document.createElement('div');
    canvas.style.color = 'CanvasText';
    document.body.append(canvas);
    expect(getComputedStyle(el).color).to.equal(getComputedStyle(canvas).color);
    canvas.remove();
    await expect(el).to.be.accessible();
  });

  it('shows a visible focus ring on its controls', async () => {
    const el = await inErrorState();
    const button = el.shadowRoot!.querySelector('button')!;
    const { sendKeys } = await import('@web/test-runner-commands');
    document.body.tabIndex = -1;
    document.body.focus();
    while (el.shadowRoot!.activeElement !== button) await sendKeys({ press: 'Tab' });
    const outline = getComputedStyle(button);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
  });
});
