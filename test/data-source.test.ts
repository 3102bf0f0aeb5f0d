import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/ija-provider/ija-provider.js';
import './helpers/ija-test-widget.js';
import type { IjaTestWidget } from './helpers/ija-test-widget.js';
import { createValueAdapter } from '../src/core/adapter/static-adapter.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { apiBase, newRunId, serverLog, waitForLog } from './helpers/api.js';
import { DEFAULT_PLAN } from '../src/core/defaults/index.js';
import type { IjaErrorEvent, IjaLoadEvent } from '../src/core/events.js';

const FIXTURE = '/test/fixtures/plan.json';

const titles = (el: IjaTestWidget) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

async function loaded(el: IjaTestWidget): Promise<IjaTestWidget> {
  await waitUntil(() => el.data.task.status >= 2, 'data did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('data source resolution', () => {
  it('shows the built-in defaults with no source at all', async () => {
    const el = await loaded(await fixture<IjaTestWidget>(html`<ija-test-widget></ija-test-widget>`));
    expect(el.data.source).to.equal('defaults');
    expect(titles(el)).to.deep.equal(DEFAULT_PLAN.points.map((p) => p.title));
    await expect(el).to.be.accessible();
  });

  it('reads a static JSON file from `src`, and reloads when `src` changes', async () => {
    const el = await loaded(await fixture<IjaTestWidget>(html`<ija-test-widget src=${FIXTURE}></ija-test-widget>`));
    expect(el.data.source).to.equal('static');
    expect(titles(el)).to.deep.equal(['Lokales Netzwerk', 'Werkstattgespräche']);
    const next = oneEvent(el, 'ija-load');
    el.src = '/test/fixtures/plan-partly-invalid.json';
    await next;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Lokales Netzwerk']);
  });

  it('reads inline JSON, and reloads when it is edited', async () => {
    const el = await loaded(
      await fixture<IjaTestWidget>(html`<ija-test-widget>
        <script type="application/json">
          { "id": "inline", "title": "Inline", "points": [{ "id": "a", "title": "Punkt A", "summary": "…", "status": "open" }] }
        </script>
      </ija-test-widget>`),
    );
    expect(el.data.source).to.equal('inline');
    expect(titles(el)).to.deep.equal(['Punkt A']);
    const next = oneEvent(el, 'ija-load');
    el.querySelector('script')!.textContent =
      '{ "id": "inline", "title": "Inline", "points": [{ "id": "b", "title": "Punkt B", "summary": "…", "status": "done" }] }';
    await next;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Punkt B']);
  });

  it('talks REST with `api`', async () => {
    const run = newRunId();
    const el = await loaded(await fixture<IjaTestWidget>(html`<ija-test-widget api=${apiBase('ok', run)} plan-id="p 1"></ija-test-widget>`));
    expect(el.data.source).to.equal('fetch');
    expect(titles(el)).to.deep.equal(['Netzwerk']);
    expect((await serverLog(run)).requests[0]!.path).to.equal('/plans/p%201');
  });

  it('follows the order value > adapter > inline > src > api > provider > defaults', async () => {
    const run = newRunId();
    const el = await fixture<IjaTestWidget>(html`<ija-provider api=${apiBase('ok', run)}>
      <ija-test-widget src=${FIXTURE} api=${apiBase('ok', run)}>
        <script type="application/json">{ "id": "i", "title": "Inline", "points": [] }</script>
      </ija-test-widget>
    </ija-provider>`).then((provider) => provider.querySelector('ija-test-widget')!);
    el.plan = { id: 'v', title: 'Wert', points: [] };
    el.adapter = createValueAdapter({ id: 'a', title: 'Adapter', points: [] });
    const order: string[] = [];
    const steps: (() => void)[] = [
      () => (el.plan = undefined),
      () => (el.adapter = undefined),
      () => el.querySelector('script')!.remove(),
      () => (el.src = undefined),
      () => (el.api = undefined),
      () => el.parentElement!.removeAttribute('api'),
    ];
    await loaded(el);
    order.push(el.data.source);
    for (const step of steps) {
      const next = oneEvent(el, 'ija-load');
      step();
      await next;
      order.push(el.data.source);
    }
    expect(order).to.deep.equal(['value', 'adapter', 'inline', 'static', 'fetch', 'provider', 'defaults']);
  });

  it('drops invalid records, warns with the field path, says so, and reports them in ija-load', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = document.createElement('ija-test-widget');
      el.src = '/test/fixtures/plan-partly-invalid.json';
      const event = oneEvent<IjaLoadEvent>(el, 'ija-load');
      document.body.append(el);
      const { detail, bubbles, composed } = await event;
      await loaded(el);
      expect(bubbles && composed).to.equal(true);
      expect(detail.source).to.equal('static');
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['points[1].status', 'points[2].status']);
      expect(warnings.some((w) => w.includes('<ija-test-widget>') && w.includes('points[2].status'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('.issues-note')!.textContent).to.contain('2 fehlerhafte Einträge');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('shows an error with a retry button when the data is wholly invalid, and retries by keyboard', async () => {
    let calls = 0;
    const adapter = createDocumentAdapter('test', async () =>
      ++calls === 1 ? { title: 'kein Plan' } : { id: 'ok', title: 'Jetzt gültig', points: [] },
    );
    const el = document.createElement('ija-test-widget');
    el.adapter = adapter;
    const failed = oneEvent<IjaErrorEvent>(el, 'ija-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('invalid-data');
    expect(detail.issues.map((i) => i.path)).to.include('id');
    await elementUpdated(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Die Daten haben nicht die Form, die das Widget erwartet');
    await expect(el).to.be.accessible();

    const retry = alert.querySelector('button')!;
    retry.focus();
    const reloaded = oneEvent(el, 'ija-load');
    await sendKeys({ press: 'Enter' });
    await reloaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.empty')).to.exist;
    expect(calls).to.equal(2);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an accessible loading state while waiting', async () => {
    const run = newRunId();
    const el = await fixture<IjaTestWidget>(html`<ija-test-widget api=${apiBase('slow', run)}></ija-test-widget>`);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Wird geladen');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('aborts its request when the element is removed, and loads again when it is put back', async () => {
    const run = newRunId();
    const el = document.createElement('ija-test-widget');
    el.api = apiBase('slow', run);
    document.body.append(el);
    await waitForLog(run, (log) => log.count === 1);
    el.remove();
    expect((await waitForLog(run, (log) => log.aborted === 1)).aborted).to.equal(1);
    el.api = apiBase('ok', run);
    const reloaded = oneEvent(el, 'ija-load');
    document.body.append(el);
    await reloaded;
    el.remove();
  });

  it('does not fire ija-error for a load it aborted itself', async () => {
    const run = newRunId();
    const el = document.createElement('ija-test-widget');
    let errors = 0;
    el.addEventListener('ija-error', () => errors++);
    el.api = apiBase('slow', run);
    document.body.append(el);
    await waitForLog(run, (log) => log.count === 1);
    el.remove();
    await waitForLog(run, (log) => log.aborted === 1);
    expect(errors).to.equal(0);
  });
});

describe('<ija-provider>', () => {
  it('gives widgets inside it its adapter, and they reload when it changes', async () => {
    const runA = newRunId();
    const runB = newRunId();
    const provider = await fixture(html`<ija-provider api=${apiBase('ok', runA)}><ija-test-widget></ija-test-widget></ija-provider>`);
    const el = await loaded(provider.querySelector('ija-test-widget')!);
    expect(el.data.source).to.equal('provider');
    expect((await serverLog(runA)).count).to.equal(1);
    const next = oneEvent(el, 'ija-load');
    provider.setAttribute('api', apiBase('ok', runB));
    await next;
    expect((await serverLog(runB)).count).to.equal(1);
  });

  it('takes an adapter object, and a widget with its own source ignores it', async () => {
    const provider = await fixture<HTMLElement & { adapter: unknown }>(html`<ija-provider>
      <ija-test-widget id="inside"></ija-test-widget>
      <ija-test-widget id="own" src=${FIXTURE}></ija-test-widget>
    </ija-provider>`);
    // First its own load (the built-in content) and its event, so the event awaited next is the provider's.
    const inside = await loaded(provider.querySelector<IjaTestWidget>('#inside')!);
    const next = oneEvent(inside, 'ija-load');
    provider.adapter = createValueAdapter({ id: 'x', title: 'Vom Provider', points: [{ id: 'p', title: 'P', summary: 's', status: 'open' }] });
    await next;
    await inside.updateComplete;
    expect(titles(inside)).to.deep.equal(['P']);
    const own = await loaded(provider.querySelector<IjaTestWidget>('#own')!);
    expect(own.data.source).to.equal('static');
  });

  it('themes the widgets inside it', async () => {
    const provider = await fixture(html`<ija-provider theme="dark"><ija-test-widget></ija-test-widget></ija-provider>`);
    const el = await loaded(provider.querySelector('ija-test-widget')!);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    provider.removeAttribute('theme');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('lets a site set one colour token for all widgets', async () => {
    const provider = await fixture(
      html`<ija-provider style="--ija-color-primary: rgb(0, 90, 40)"><ija-test-widget></ija-test-widget></ija-provider>`,
    );
    const el = await loaded(provider.querySelector('ija-test-widget')!);
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(0, 90, 40)');
  });

  it('falls back to KERN UX tokens where a site uses them', async () => {
    const el = await loaded(
      await fixture<IjaTestWidget>(html`<ija-test-widget style="--kern-color-action-default: rgb(1, 2, 3)"></ija-test-widget>`),
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
