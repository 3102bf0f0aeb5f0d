import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import '../src/components/ija-partner-map/ija-partner-map.js';
import type { IjaFivePointPlan } from '../src/components/ija-five-point-plan/ija-five-point-plan.js';
import { DEFAULT_PLAN } from '../src/core/defaults/plan.js';
import type { Plan } from '../src/core/schemas/plan.js';
import type { IjaPlanChangeEvent } from '../src/core/events.js';
import { CHECK_QUESTIONS, createResultFile } from '../src/components/ija-five-point-plan/plan-check.js';
import { keyHeader, newRunId, testAdapter, waitForLog } from './helpers/api.js';

const shadow = (el: IjaFivePointPlan) => el.shadowRoot!;
const point = (el: IjaFivePointPlan, id: string) => shadow(el).querySelector<HTMLLIElement>(`li.point[data-id="${id}"]`)!;
/** A node's text, or '' while it is not there yet (so waits retry instead of throwing). */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a screen reader reads: the text without decorative (aria-hidden) parts. */
const spoken = (node: Element | null) => {
  const copy = node!.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
};
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label))!;

const PLAN: Plan = {
  id: 'plan-musterstadt',
  title: '5-Punkte-Plan der Stadt Musterstadt',
  points: [
    {
      id: 'netzwerk',
      title: 'Lokales Netzwerk',
      summary: 'Alle Interessierten einbeziehen.',
      status: 'in-progress',
      responsible: 'Jugendamt, Fachstelle Jugendarbeit',
      targetDate: '2027-06-30',
      steps: [
        { id: 's1', text: 'Vereine einladen', done: true },
        { id: 's2', text: 'Jobcenter einladen', done: false },
      ],
      links: [{ label: 'Wer fehlt noch?', target: 'gaps' }, { label: 'Factsheet', url: 'https://example.org/factsheet' }],
    },
    { id: 'werkstatt', title: 'Werkstattgespräche', summary: 'Ein Tag im Frühjahr.', status: 'done' },
    { id: 'traeger', title: 'Träger unterstützen', summary: 'Beratung.', status: 'open' },
  ],
};

async function render(template: ReturnType<typeof html>): Promise<IjaFivePointPlan> {
  const el = await fixture<IjaFivePointPlan>(template);
  await waitUntil(() => el.data.task.status >= 2, 'plan did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<ija-five-point-plan>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('shows the factsheet plan with no source: five numbered points, status in words, progress as text', async () => {
    const el = await render(html`<ija-five-point-plan></ija-five-point-plan>`);
    const points = shadow(el).querySelectorAll('ol.points > li');
    expect(points).to.have.length(5);
    expect([...points].map((li) => text(li.querySelector('h3')))).to.deep.equal(DEFAULT_PLAN.points.map((p) => p.title));
    expect(spoken(points[0]!.querySelector('.status'))).to.match(/^Stand: Offen · 0 von \d Schritten erledigt$/);
    expect(text(shadow(el).querySelector('.overall'))).to.contain('Gesamtfortschritt: 0 %');
    expect(shadow(el).querySelector('.overall svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows given data with progress from the checklist, responsible, target date and links', async () => {
    const el = await render(html`<ija-five-point-plan .plan=${PLAN}></ija-five-point-plan>`);
    const network = point(el, 'netzwerk');
    expect(spoken(network.querySelector('.status'))).to.equal('Stand: In Arbeit · 1 von 2 Schritten erledigt');
    const meta = [...network.querySelectorAll('.meta div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(meta).to.deep.equal([
      ['Verantwortlich', 'Jugendamt, Fachstelle Jugendarbeit'],
      ['Ziel bis', '30. Juni 2027'],
    ]);
    // 50 % + 100 % (done, no steps) + 0 % = 50 % overall.
    expect(text(shadow(el).querySelector('.overall'))).to.contain('Gesamtfortschritt: 50 % (1 erledigt, 1 in Arbeit, 1 offen)');
    const link = network.querySelector<HTMLAnchorElement>('.links a')!;
    expect(link.href).to.equal('https://example.org/factsheet');
    expect(link.rel).to.equal('noopener noreferrer');
    // No partner map on the page: the "gaps" link has nowhere to go and is left out.
    expect(text(network.querySelector('.links'))).not.to.contain('Wer fehlt noch?');
    await expect(el).to.be.accessible();
  });

  it('expands a point\'s steps by keyboard, and says for each step whether it is done', async () => {
    const el = await render(html`<ija-five-point-plan .plan=${PLAN}></ija-five-point-plan>`);
    const toggle = point(el, 'netzwerk').querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(point(el, 'netzwerk').querySelector('.steps')!).display).to.equal('none');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const steps = [...point(el, 'netzwerk').querySelectorAll('.steps li')].map(spoken);
    expect(steps).to.deep.equal(['Vereine einladen (erledigt)', 'Jobcenter einladen (offen)']);
    await expect(el).to.be.accessible();
  });

  it('says when the steps are further than the status, also to visitors', async () => {
    const allDone: Plan = { ...PLAN, points: [{ ...PLAN.points[0]!, status: 'open', steps: PLAN.points[0]!.steps!.map((step) => ({ ...step, done: true })) }] };
    const el = await render(html`<ija-five-point-plan .plan=${allDone}></ija-five-point-plan>`);
    expect(spoken(point(el, 'netzwerk').querySelector('.status'))).to.equal('Stand: Offen · 2 von 2 Schritten erledigt · Stand noch nicht angepasst');
  });

  it('leaves out invalid points and invalid details, keeping the rest', async () => {
    const broken = {
      ...PLAN,
      points: [
        { ...PLAN.points[0], links: [{ label: 'Böse', url: 'javascript:alert(1)' }], targetDate: '30.06.2027' },
        { id: 'x', title: 'Ohne Status', summary: '…' },
        PLAN.points[1],
      ],
    };
    const el = await render(html`<ija-five-point-plan .plan=${broken}></ija-five-point-plan>`);
    expect([...shadow(el).querySelectorAll('ol.points > li')].map((li) => li.getAttribute('data-id'))).to.deep.equal(['netzwerk', 'werkstatt']);
    expect(point(el, 'netzwerk').querySelector('.links')).to.equal(null);
    expect(text(shadow(el).querySelector('.issues-note'))).to.equal('1 fehlerhafter Eintrag wurde ausgelassen.');
  });

  it('leads to the partner map\'s gaps on the same page', async () => {
    const wrapper = await fixture(html`<div><ija-five-point-plan .plan=${PLAN}></ija-five-point-plan></div>`);
    const map = document.createElement('ija-partner-map');
    wrapper.append(map);
    const el = wrapper.querySelector('ija-five-point-plan')!;
    await waitUntil(() => el.data.task.status >= 2);
    el.requestUpdate();
    await el.updateComplete;
    button(point(el, 'netzwerk'), 'Wer fehlt noch?').click();
    expect(map.getAttribute('view')).to.equal('gaps');
    expect(document.activeElement).to.equal(map);
  });

  it('leads to a partner map added later inside another element\'s shadow root', async () => {
    const el = await render(html`<ija-five-point-plan .plan=${PLAN}></ija-five-point-plan>`);
    expect(button(point(el, 'netzwerk'), 'Wer fehlt noch?')).to.equal(undefined);
    const block = document.createElement('div');
    const map = document.createElement('ija-partner-map');
    block.attachShadow({ mode: 'open' }).append(map);
    document.body.append(block);
    try {
      await waitUntil(() => button(point(el, 'netzwerk'), 'Wer fehlt noch?'), 'no link to the map added later');
      button(point(el, 'netzwerk'), 'Wer fehlt noch?').click();
      expect(map.getAttribute('view')).to.equal('gaps');
      expect(block.shadowRoot!.activeElement).to.equal(map);
      map.remove();
      await waitUntil(() => !button(point(el, 'netzwerk'), 'Wer fehlt noch?'), 'the link stayed after the map went');
    } finally {
      block.remove();
    }
  });

  describe('editing', () => {
    it('ticks steps and sets statuses by keyboard without a backend, and offers the JSON', async () => {
      const el = await render(html`<ija-five-point-plan editable .plan=${PLAN}></ija-five-point-plan>`);
      button(point(el, 'netzwerk'), 'Schritte anzeigen').click();
      await el.updateComplete;
      const box = point(el, 'netzwerk').querySelectorAll<HTMLInputElement>('.steps input[type="checkbox"]')[1]!;
      box.focus();
      const changed = oneEvent<IjaPlanChangeEvent>(el, 'ija-plan-change');
      await sendKeys({ press: 'Space' });
      const { detail } = await changed;
      expect(detail.pointId).to.equal('netzwerk');
      expect(detail.plan.points[0]!.steps![1]!.done).to.equal(true);
      await el.updateComplete;
      expect(text(point(el, 'netzwerk').querySelector('.status'))).to.contain('2 von 2 Schritten erledigt');

      const select = point(el, 'traeger').querySelector('select')!;
      select.value = 'in-progress';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(spoken(point(el, 'traeger').querySelector('.status'))).to.equal('Stand: In Arbeit');
      expect(shadow(el).querySelector('.save-state')).to.equal(null);
      expect(text(shadow(el).querySelector('.download'))).to.contain('Plan als JSON herunterladen');
      await expect(el).to.be.accessible();
    });

    it('saves each change with PATCH /plans/{id}/points/{pointId}', async () => {
      const run = newRunId();
      // Saving a plan point takes the editor's key (`api` alone sends none).
      const adapter = testAdapter('ok', run, { headers: keyHeader('editor') });
      const el = await render(html`<ija-five-point-plan editable .adapter=${adapter} plan-id="plan-1"></ija-five-point-plan>`);
      const select = point(el, 'netzwerk').querySelector('select')!;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      const log = await waitForLog(run, (l) => l.requests.some((r) => r.method === 'PATCH'));
      const patch = log.requests.find((r) => r.method === 'PATCH')!;
      expect(patch.path).to.equal('/plans/plan-1/points/netzwerk');
      expect(patch.body).to.deep.equal({ status: 'done' });
      await waitUntil(() => text(point(el, 'netzwerk').querySelector('.save-state') ?? document.body) === 'Gespeichert.', 'not saved');
    });

    it('keeps a change whose save failed, says why, and retries', async () => {
      const run = newRunId();
      const adapter = testAdapter('savefails', run, { headers: keyHeader('editor') });
      const el = await render(html`<ija-five-point-plan editable .adapter=${adapter} plan-id="plan-1"></ija-five-point-plan>`);
      const select = point(el, 'netzwerk').querySelector('select')!;
      select.value = 'done';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => point(el, 'netzwerk').querySelector('.save-state .error-text'), 'no failure shown', { timeout: 8000 });
      expect(text(point(el, 'netzwerk').querySelector('.save-state'))).to.contain('Die Änderung bleibt erhalten. Der Server hat gerade ein Problem. Bitte versuchen Sie es später erneut.');
      expect(point(el, 'netzwerk').querySelector('select')!.value).to.equal('done');
      await expect(el).to.be.accessible();
      button(point(el, 'netzwerk'), 'Erneut versuchen').click();
      await waitUntil(() => text(point(el, 'netzwerk').querySelector('.save-state') ?? document.body) === 'Gespeichert.', 'retry did not save', {
        timeout: 8000,
      });
      expect(text(point(el, 'netzwerk').querySelector('.status'))).to.contain('Erledigt');
    }).timeout(20000);
  });

  describe('self-check', () => {
    it('asks questions per point, gives a level and next steps, and is accessible', async () => {
      const el = await render(html`<ija-five-point-plan mode="check"></ija-five-point-plan>`);
      const questions = shadow(el).querySelectorAll('fieldset.question');
      expect(questions.length).to.equal(CHECK_QUESTIONS.length);
      const network = CHECK_QUESTIONS.filter((q) => q.pointId === 'netzwerk');
      for (const question of network) {
        shadow(el).querySelector<HTMLInputElement>(`input[name="${question.id}"][value="yes"]`)!.click();
      }
      await el.updateComplete;
      const result = shadow(el).querySelector('.check-point .result')!;
      expect(text(result)).to.contain('Stand: Verankert');
      expect(shadow(el).querySelector('.check-point .next-steps li')).to.exist;
      expect(text(shadow(el).querySelector('.self-check > p.muted'))).to.equal(`${network.length} von ${CHECK_QUESTIONS.length} Fragen beantwortet`);
      await expect(el).to.be.accessible();
    });

    it('answers by keyboard', async () => {
      const el = await render(html`<ija-five-point-plan mode="check"></ija-five-point-plan>`);
      const first = CHECK_QUESTIONS[0]!;
      const yes = shadow(el).querySelector<HTMLInputElement>(`input[name="${first.id}"][value="yes"]`)!;
      yes.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>(`input[name="${first.id}"][value="partly"]`)!.checked).to.equal(true);
    });

    it('compares with an earlier result file and says what moved', async () => {
      const el = await render(html`<ija-five-point-plan mode="check"></ija-five-point-plan>`);
      const network = CHECK_QUESTIONS.filter((q) => q.pointId === 'netzwerk');
      const earlier = createResultFile('fuenf-punkte-plan', Object.fromEntries(network.map((q) => [q.id, 'no'])), new Date('2026-03-01T12:00:00'));
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([JSON.stringify(earlier)], 'selbstcheck-2026-03-01.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('.compared'), 'no comparison');
      expect(text(shadow(el).querySelector('.compared'))).to.equal('Vergleich mit dem Ergebnis vom 1. März 2026');
      for (const question of network) shadow(el).querySelector<HTMLInputElement>(`input[name="${question.id}"][value="partly"]`)!.click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.check-point .change'))).to.equal('(besser als zuvor)');

      const wrong = new DataTransfer();
      wrong.items.add(new File(['{"kein": "ergebnis"}'], 'foto.json'));
      input.files = wrong.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('.self-check [role="alert"]'), 'no error for a wrong file');
      expect(text(shadow(el).querySelector('.self-check [role="alert"]'))).to.contain('Diese Datei ist kein Ergebnis des Selbstchecks.');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout and print', () => {
    it('is a vertical list in narrow columns (320 px) and a horizontal path in wide ones', async () => {
      await setViewport({ width: 320, height: 700 });
      const narrow = await render(html`<ija-five-point-plan></ija-five-point-plan>`);
      expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
      expect(getComputedStyle(shadow(narrow).querySelector('ol.points')!).gridTemplateColumns.split(' ')).to.have.length(1);
      await setViewport({ width: 1300, height: 700 });
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(shadow(narrow).querySelector('ol.points')!).gridTemplateColumns.split(' ')).to.have.length(5);
    });

    it('prints every step without controls', async () => {
      const el = await render(html`<ija-five-point-plan editable .plan=${PLAN}></ija-five-point-plan>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(point(el, 'netzwerk').querySelector('.steps')!).display).to.equal('grid');
      for (const control of shadow(el).querySelectorAll('button, select')) expect(getComputedStyle(control).display).to.equal('none');
    });
  });
});
