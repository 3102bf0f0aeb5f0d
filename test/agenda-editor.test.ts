import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import type { IjaWorkshopAgenda } from '../src/components/ija-workshop-agenda/ija-workshop-agenda.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import type { Agenda } from '../src/core/schemas/agenda.js';
import type { IjaAdapter } from '../src/core/adapter/types.js';
import type { IjaAgendaChangeEvent } from '../src/core/events.js';

/**
 * Editing the whole agenda (details, every item's fields, insert at a position), the notice of what a
 * change moved before it is saved, and the keyboard, focus and error handling of those forms.
 */

const DAY: Agenda = { ...structuredClone(DEFAULT_AGENDA), id: 'musterstadt', date: '2027-03-04', location: 'Jugendzentrum Musterstadt' };

const shadow = (el: IjaWorkshopAgenda) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IjaWorkshopAgenda, selector: string) => shadow(el).querySelector<T>(selector)!;
const itemEl = (el: IjaWorkshopAgenda, id: string) => $<HTMLLIElement>(el, `li[data-id="${id}"]`);
const ids = (el: IjaWorkshopAgenda) => [...shadow(el).querySelectorAll<HTMLLIElement>('li.item')].map((li) => li.dataset['id']);
const times = (el: IjaWorkshopAgenda, id: string) => [...itemEl(el, id).querySelectorAll('.time time')].map((t) => t.textContent).join('–');
const liveRegion = (el: IjaWorkshopAgenda) => $(el, '[aria-live="polite"]').textContent!.trim();
const focused = (el: IjaWorkshopAgenda) => shadow(el).activeElement as HTMLElement | null;
const button = (el: IjaWorkshopAgenda, text: string, within: ParentNode = shadow(el)) =>
  [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text))!;

async function render(template: ReturnType<typeof html>): Promise<IjaWorkshopAgenda> {
  const el = await fixture<IjaWorkshopAgenda>(template);
  await waitUntil(() => shadow(el).querySelector('.toolbar'), 'edit mode did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Sets a form field as typing would (the value, then input and change). */
function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A backend that keeps what it is given, and counts what it is asked. */
function memoryAdapter(initial: Agenda): IjaAdapter & { saved: Agenda[] } {
  let stored = structuredClone(initial);
  const saved: Agenda[] = [];
  return {
    kind: 'memory',
    writable: true,
    saved,
    getAgenda: async () => ({ data: structuredClone(stored), issues: [] }),
    saveAgenda: async (agenda: Agenda) => {
      saved.push(agenda);
      stored = structuredClone(agenda);
      return { data: structuredClone(stored), issues: [] };
    },
  } as unknown as IjaAdapter & { saved: Agenda[] };
}

describe('<ija-workshop-agenda editable>: the whole agenda', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('the agenda\'s details', () => {
    it('changes title, date, place and the day\'s start; fixed items stay; focus comes back; undo restores', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const toggle = $<HTMLButtonElement>(el, '.details-toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => focused(el)?.id === 'details-title', 'focus did not move into the form');
      expect(($<HTMLInputElement>(el, '#details-dayStart')).value).to.equal('10:30');
      expect(($<HTMLInputElement>(el, '#details-date')).value).to.equal('2027-03-04');
      await expect(el).to.be.accessible();

      type($<HTMLInputElement>(el, '#details-title'), 'Werkstattgespräch Kreis Musterland');
      type($<HTMLInputElement>(el, '#details-date'), '2027-05-12');
      type($<HTMLInputElement>(el, '#details-location'), 'Rathaus, Ratssaal');
      type($<HTMLInputElement>(el, '#details-dayStart'), '10:00');
      const changed = oneEvent<IjaAgendaChangeEvent>(el, 'ija-agenda-change');
      button(el, 'Übernehmen', $(el, '#details-form')).click();
      const { detail } = await changed;
      await el.updateComplete;
      await waitUntil(() => focused(el)?.classList.contains('details-toggle'), 'focus did not return to the toggle');

      expect(detail.agenda).to.include({ title: 'Werkstattgespräch Kreis Musterland', date: '2027-05-12', location: 'Rathaus, Ratssaal' });
      expect($(el, 'h2').textContent).to.equal('Werkstattgespräch Kreis Musterland');
      expect($(el, 'header time').textContent).to.equal('Mittwoch, 12. Mai 2027');
      expect($(el, 'header').textContent).to.contain('Rathaus, Ratssaal');
      expect(times(el, 'begruessung')).to.equal('10:00–10:15');
      expect(times(el, 'mittagspause')).to.equal('12:30–13:30');
      expect(liveRegion(el)).to.contain('Die Angaben zum Tag wurden geändert.');

      button(el, 'Rückgängig').click();
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal(DAY.title);
      expect(times(el, 'begruessung')).to.equal('10:30–10:45');
    });

    it('an empty date makes it a template again; Escape closes the form without a change', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      $<HTMLButtonElement>(el, '.details-toggle').click();
      await el.updateComplete;
      type($<HTMLInputElement>(el, '#details-date'), '');
      button(el, 'Übernehmen', $(el, '#details-form')).click();
      await el.updateComplete;
      expect($(el, '.template').textContent).to.equal('Vorlage – noch ohne Datum');
      expect(el.currentAgenda).not.to.have.property('date');

      $<HTMLButtonElement>(el, '.details-toggle').click();
      await el.updateComplete;
      await waitUntil(() => focused(el)?.id === 'details-title');
      type($<HTMLInputElement>(el, '#details-title'), 'Nicht übernommen');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).querySelector('#details-form')).to.equal(null);
      await waitUntil(() => focused(el)?.classList.contains('details-toggle'), 'focus did not return to the toggle');
      expect($(el, 'h2').textContent).to.equal(DAY.title);
    });

    it('lists what to fix in a summary that takes focus, and keeps what was typed', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      $<HTMLButtonElement>(el, '.details-toggle').click();
      await el.updateComplete;
      type($<HTMLInputElement>(el, '#details-title'), '   ');
      type($<HTMLInputElement>(el, '#details-location'), 'Stadthalle');
      type($<HTMLInputElement>(el, '#details-dayStart'), '');
      button(el, 'Übernehmen', $(el, '#details-form')).click();
      await el.updateComplete;
      const summary = $(el, '#details-form .error-summary');
      await waitUntil(() => focused(el) === summary, 'the summary did not take focus');
      expect(summary.textContent).to.contain('Bitte prüfen Sie diese 2 Angaben');
      expect(summary.textContent).to.contain('Titel der Veranstaltung: Bitte einen Titel eingeben.');
      expect(summary.textContent).to.contain('Beginn des Tages: Bitte eine Uhrzeit eingeben');
      const title = $<HTMLInputElement>(el, '#details-title');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.equal('details-title-error');
      expect($<HTMLInputElement>(el, '#details-location').value).to.equal('Stadthalle');
      expect($(el, 'h2').textContent).to.equal(DAY.title);
      await expect(el).to.be.accessible();

      // Each entry leads to its field.
      summary.querySelector<HTMLAnchorElement>('a')!.click();
      expect(focused(el)).to.equal(title);
    });
  });

  describe('one item', () => {
    it('edits title, type, speaker, description, board and link by keyboard; focus goes in and comes back', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const toggle = itemEl(el, 'praxisbeispiel').querySelector<HTMLButtonElement>('.edit-toggle')!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bearbeiten: Praxisbeispiel');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const form = itemEl(el, 'praxisbeispiel').querySelector<HTMLFormElement>('form')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
      await waitUntil(() => focused(el) === form.querySelector('input[name="title"]'), 'focus did not move to the title');
      expect(form.querySelector('legend')!.textContent).to.equal('„Praxisbeispiel“ bearbeiten');
      // An unfixed item's times follow from the order: no time fields, a hint instead.
      expect(form.querySelector('input[type="time"]')).to.equal(null);
      expect(form.textContent).to.contain('Beginn und Ende ergeben sich aus Reihenfolge und Dauer');
      await expect(el).to.be.accessible();

      (focused(el) as HTMLInputElement).select();
      await sendKeys({ type: 'Praxisbeispiel: Jugendaustausch Musterstadt–Lublin' });
      type(form.querySelector('select[name="type"]')!, 'presentation');
      type(form.querySelector('input[name="speaker"]')!, 'Jugendring Musterstadt');
      type(form.querySelector('textarea[name="description"]')!, 'Zwei Teilnehmende berichten.');
      type(form.querySelector('input[name="boardId"]')!, 'gruppe-2');
      type(form.querySelector('input[name="url"]')!, 'https://example.org/material');
      const changed = oneEvent<IjaAgendaChangeEvent>(el, 'ija-agenda-change');
      form.querySelector<HTMLInputElement>('input[name="url"]')!.focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      await el.updateComplete;

      expect(detail.agenda.items.find((i) => i.id === 'praxisbeispiel')).to.deep.equal({
        id: 'praxisbeispiel',
        start: '12:05',
        end: '12:30',
        title: 'Praxisbeispiel: Jugendaustausch Musterstadt–Lublin',
        type: 'presentation',
        description: 'Zwei Teilnehmende berichten.',
        speaker: 'Jugendring Musterstadt',
        boardId: 'gruppe-2',
        url: 'https://example.org/material',
      });
      const card = itemEl(el, 'praxisbeispiel');
      expect(card.querySelector('.title')!.textContent).to.equal('Praxisbeispiel: Jugendaustausch Musterstadt–Lublin');
      expect(card.querySelector('.type')!.textContent).to.contain('Vorstellung');
      expect(card.querySelector('.speaker')!.textContent).to.equal('Mit Jugendring Musterstadt');
      expect(card.querySelector('.description')!.textContent).to.equal('Zwei Teilnehmende berichten.');
      expect(card.querySelector('form')).to.equal(null);
      await waitUntil(() => focused(el) === card.querySelector('.edit-toggle'), 'focus did not return to „Bearbeiten“');
      expect(liveRegion(el)).to.equal('„Praxisbeispiel: Jugendaustausch Musterstadt–Lublin“ wurde geändert.');
    });

    it('removes the optional texts when they are emptied', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      itemEl(el, 'begruessung').querySelector<HTMLButtonElement>('.edit-toggle')!.click();
      await el.updateComplete;
      const form = itemEl(el, 'begruessung').querySelector<HTMLFormElement>('form')!;
      type(form.querySelector('input[name="speaker"]')!, '');
      type(form.querySelector('textarea[name="description"]')!, ' ');
      button(el, 'Übernehmen', form).click();
      await el.updateComplete;
      const item = el.currentAgenda!.items.find((i) => i.id === 'begruessung')!;
      expect(item).not.to.have.property('speaker');
      expect(item).not.to.have.property('description');
      expect(itemEl(el, 'begruessung').querySelector('.speaker')).to.equal(null);
    });

    it('says what is wrong (empty title, a link that is no web address), keeps what was typed, changes nothing', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      let changes = 0;
      el.addEventListener('ija-agenda-change', () => changes++);
      itemEl(el, 'input').querySelector<HTMLButtonElement>('.edit-toggle')!.click();
      await el.updateComplete;
      const form = itemEl(el, 'input').querySelector<HTMLFormElement>('form')!;
      type(form.querySelector('input[name="title"]')!, '');
      type(form.querySelector('input[name="speaker"]')!, 'Prof. Dr. Beispiel');
      type(form.querySelector('input[name="url"]')!, 'javascript:alert(1)');
      button(el, 'Übernehmen', form).click();
      await el.updateComplete;
      const summary = form.querySelector<HTMLElement>('.error-summary')!;
      await waitUntil(() => focused(el) === summary, 'the summary did not take focus');
      expect([...summary.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Titel: Bitte einen Titel eingeben.',
        'Link zu Material oder Board: Bitte eine vollständige Adresse eingeben, die mit https:// oder http:// beginnt.',
      ]);
      const url = form.querySelector<HTMLInputElement>('input[name="url"]')!;
      expect(url.getAttribute('aria-invalid')).to.equal('true');
      expect(url.getAttribute('aria-describedby')!.split(' ')).to.include(url.id + '-error');
      expect(form.querySelector<HTMLInputElement>('input[name="speaker"]')!.value).to.equal('Prof. Dr. Beispiel');
      expect(url.value).to.equal('javascript:alert(1)');
      expect(changes).to.equal(0);
      await expect(el).to.be.accessible();

      // Fixed, it applies, and the errors go.
      type(form.querySelector('input[name="title"]')!, 'Input: Studien');
      type(url, 'https://example.org/studie.pdf');
      button(el, 'Übernehmen', form).click();
      await el.updateComplete;
      expect(changes).to.equal(1);
      expect(itemEl(el, 'input').querySelector('.title')!.textContent).to.equal('Input: Studien');
      expect(itemEl(el, 'input').querySelector<HTMLAnchorElement>('a.board-link')!.href).to.equal('https://example.org/studie.pdf');
    });

    it('gives a fixed item new times; an end before the start is refused', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      itemEl(el, 'mittagspause').querySelector<HTMLButtonElement>('.edit-toggle')!.click();
      await el.updateComplete;
      const form = itemEl(el, 'mittagspause').querySelector<HTMLFormElement>('form')!;
      const [start, end] = [...form.querySelectorAll<HTMLInputElement>('input[type="time"]')];
      expect([start!.value, end!.value]).to.deep.equal(['12:30', '13:30']);
      type(start!, '13:00');
      type(end!, '12:45');
      button(el, 'Übernehmen', form).click();
      await el.updateComplete;
      expect(form.querySelector('.error-summary')!.textContent).to.contain('Ende: Das Ende muss nach dem Beginn liegen.');
      expect(end!.value).to.equal('12:45');
      expect(times(el, 'mittagspause')).to.equal('12:30–13:30');

      type(start!, '12:00');
      type(end!, '13:00');
      button(el, 'Übernehmen', form).click();
      await el.updateComplete;
      expect(times(el, 'mittagspause')).to.equal('12:00–13:00');
      // The item that no longer fits before lunch moves behind it, and the notice says so.
      expect(ids(el).slice(3, 6)).to.deep.equal(['mittagspause', 'vorstellung-region', 'praxisbeispiel']);
      expect(times(el, 'vorstellung-region')).to.equal('13:00–13:30');
      expect($(el, '.move-notice').textContent).to.contain('„Vorstellung: Angebote und Konzept der Region“ rückt hinter „Mittagspause“ auf 13:00 bis 13:30 Uhr');
    });
  });

  describe('inserting', () => {
    it('puts a new item before the closing by default, at the start, or after a chosen item', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const form = $<HTMLFormElement>(el, '.add-form');
      const after = form.querySelector<HTMLSelectElement>('select[name="after"]')!;
      expect(after.selectedOptions[0]!.textContent).to.equal('Nach „Kaffeepause“');
      expect(form.querySelector('label[for="add-after"]')!.textContent).to.equal('Einfügen');

      type(form.querySelector('input[name="title"]')!, 'Markt der Möglichkeiten');
      button(el, 'Programmpunkt hinzufügen', form).click();
      await el.updateComplete;
      expect(ids(el).slice(-3, -1)).to.deep.equal(['kaffeepause', el.currentAgenda!.items.at(-2)!.id]);
      const added = el.currentAgenda!.items.at(-2)!;
      expect(added).to.include({ title: 'Markt der Möglichkeiten', start: '15:30', end: '16:00' });
      expect(times(el, 'abschluss')).to.equal('16:00–16:30');
      expect(liveRegion(el)).to.contain('„Markt der Möglichkeiten“ wurde hinzugefügt, Beginn 15:30 Uhr.');

      type(form.querySelector('input[name="title"]')!, 'Ankommen und Kaffee');
      type(form.querySelector('input[name="duration"]')!, '15');
      type(after, '');
      button(el, 'Programmpunkt hinzufügen', form).click();
      await el.updateComplete;
      expect(el.currentAgenda!.items[0]).to.include({ title: 'Ankommen und Kaffee', start: '10:30', end: '10:45' });
      expect(times(el, 'begruessung')).to.equal('10:45–11:00');

      type(form.querySelector('input[name="title"]')!, 'Kurze Pause');
      type(form.querySelector('input[name="duration"]')!, '10');
      type(after, 'input');
      button(el, 'Programmpunkt hinzufügen', form).click();
      await el.updateComplete;
      const order = ids(el);
      expect(el.currentAgenda!.items.find((i) => i.id === order[order.indexOf('input') + 1])!.title).to.equal('Kurze Pause');
    });

    it('refuses a duration outside 5 to 600 minutes and keeps the title', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      const form = $<HTMLFormElement>(el, '.add-form');
      type(form.querySelector('input[name="title"]')!, 'Zu lang');
      type(form.querySelector('input[name="duration"]')!, '900');
      button(el, 'Programmpunkt hinzufügen', form).click();
      await el.updateComplete;
      expect(form.querySelector('.error-summary')!.textContent).to.contain('Bitte eine Dauer von 5 bis 600 Minuten eingeben.');
      expect(form.querySelector<HTMLInputElement>('input[name="title"]')!.value).to.equal('Zu lang');
      expect(ids(el)).to.deep.equal(DAY.items.map((i) => i.id));
      await expect(el).to.be.accessible();
    });
  });

  describe('what a change moves', () => {
    it('tells before saving which items moved past lunch and that the day ends later; undo takes it back', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      expect(shadow(el).querySelector('.move-notice')).to.equal(null);
      const duration = itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!;
      type(duration, '45');
      await el.updateComplete;
      const notice = $(el, '.move-notice');
      const lines = [...notice.querySelectorAll('li')].map((li) => li.textContent);
      expect(notice.textContent).to.contain('Diese Änderung verschiebt Zeiten (noch nicht gespeichert)');
      expect(lines[0]).to.equal('„Mittagspause“ bleibt 12:30 bis 13:30 Uhr.');
      expect(lines).to.include('„Praxisbeispiel“ rückt hinter „Mittagspause“ auf 13:30 bis 13:55 Uhr (vorher 12:05 bis 12:30 Uhr).');
      expect(lines).to.include('„Abschluss / Feedback“ jetzt 15:55 bis 16:25 Uhr (vorher 15:30 bis 16:00 Uhr).');
      expect(lines.at(-1)).to.equal('Ende jetzt 16:25 Uhr statt 16:00 Uhr.');
      // Each moved item also shows its earlier time.
      expect(itemEl(el, 'praxisbeispiel').querySelector('.was')!.textContent).to.equal('Vorher 12:05 bis 12:30 Uhr');
      expect(itemEl(el, 'mittagspause').querySelector('.was')).to.equal(null);
      // Said politely, with the change.
      expect($(el, '[aria-live="polite"]').textContent).to.contain('„Mittagspause“ bleibt 12:30 bis 13:30 Uhr.');
      expect(liveRegion(el)).to.contain('Ende jetzt 16:25 Uhr statt 16:00 Uhr.');
      await expect(el).to.be.accessible();

      button(el, 'Rückgängig').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.move-notice')).to.equal(null);
      expect(times(el, 'praxisbeispiel')).to.equal('12:05–12:30');
    });

    it('says nothing for a change that stays before lunch and the planned end', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      type(itemEl(el, 'praxisbeispiel').querySelector<HTMLInputElement>('input[type="number"]')!, '20');
      await el.updateComplete;
      expect(shadow(el).querySelector('.move-notice')).to.equal(null);
    });

    it('measures against the last saved agenda: once saved, the notice goes', async () => {
      const adapter = memoryAdapter(DAY);
      const el = await render(html`<ija-workshop-agenda editable .adapter=${adapter} agenda-id="musterstadt"></ija-workshop-agenda>`);
      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '45');
      await el.updateComplete;
      expect(shadow(el).querySelector('.move-notice')).not.to.equal(null);
      // A second change keeps the first save's reference: both are listed.
      type(itemEl(el, 'begruessung').querySelector<HTMLInputElement>('input[type="number"]')!, '20');
      await el.updateComplete;
      expect($(el, '.move-notice').textContent).to.contain('Ende jetzt 16:55 Uhr statt 16:00 Uhr.');
      button(el, 'Speichern').click();
      await waitUntil(() => $(el, '.save-status').textContent!.includes('Gespeichert.'));
      expect(adapter.saved).to.have.length(1);
      expect(shadow(el).querySelector('.move-notice')).to.equal(null);
      expect(shadow(el).querySelector('.was')).to.equal(null);
      type(itemEl(el, 'abschluss').querySelector<HTMLInputElement>('input[type="number"]')!, '40');
      await el.updateComplete;
      expect($(el, '.move-notice').textContent).to.contain('Ende jetzt 17:05 Uhr statt 16:55 Uhr.');
    });
  });

  describe('focus and typed text are never lost', () => {
    it('an item that moves past lunch keeps focus in its own field; an open form keeps what was typed when items move', async () => {
      const el = await render(html`<ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda>`);
      itemEl(el, 'diskussion').querySelector<HTMLButtonElement>('.edit-toggle')!.click();
      await el.updateComplete;
      type(itemEl(el, 'diskussion').querySelector('input[name="speaker"]')!, 'Moderation: Team Jugendamt');

      const duration = itemEl(el, 'praxisbeispiel').querySelector<HTMLInputElement>('input[type="number"]')!;
      duration.focus();
      type(duration, '40');
      await el.updateComplete;
      expect(ids(el).indexOf('praxisbeispiel')).to.be.greaterThan(ids(el).indexOf('mittagspause'));
      await waitUntil(() => focused(el) === itemEl(el, 'praxisbeispiel').querySelector('input[type="number"]'), 'focus did not follow the item');
      expect((focused(el) as HTMLInputElement).value).to.equal('40');
      // The discussion moved later; its form and what was typed went along.
      expect(itemEl(el, 'diskussion').querySelector<HTMLInputElement>('input[name="speaker"]')!.value).to.equal('Moderation: Team Jugendamt');
    });

    it('keeps unsaved edits when the same agenda loads again (signing in gives a new adapter); another agenda replaces them', async () => {
      const el = await render(html`<ija-workshop-agenda editable .adapter=${memoryAdapter(DAY)} agenda-id="musterstadt"></ija-workshop-agenda>`);
      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '25');
      await el.updateComplete;
      el.adapter = memoryAdapter(DAY);
      await oneEvent(el, 'ija-load');
      await el.updateComplete;
      expect(times(el, 'intro')).to.equal('10:45–11:10');
      expect($(el, '.save-status').textContent).to.contain('Ungespeicherte Änderungen');

      el.adapter = memoryAdapter({ ...DAY, id: 'anderer-tag', title: 'Ein anderer Tag' });
      el.agendaId = 'anderer-tag';
      await oneEvent(el, 'ija-load');
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Ein anderer Tag');
      expect(times(el, 'intro')).to.equal('10:45–11:05');
    });

    it('undo and save stay focusable when there is nothing left to do', async () => {
      const el = await render(html`<ija-workshop-agenda editable .adapter=${memoryAdapter(DAY)} agenda-id="musterstadt"></ija-workshop-agenda>`);
      const undo = button(el, 'Rückgängig');
      expect(undo.getAttribute('aria-disabled')).to.equal('true');
      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '25');
      await el.updateComplete;
      undo.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(undo.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(undo);
      // Nothing more to undo: pressing it again changes nothing.
      await sendKeys({ press: 'Enter' });
      expect(times(el, 'intro')).to.equal('10:45–11:05');

      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '25');
      await el.updateComplete;
      const save = button(el, 'Speichern');
      save.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.save-status').textContent!.includes('Gespeichert.'));
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el)).to.equal(save);
      await expect(el).to.be.accessible();
    });
  });

  describe('fits and reads', () => {
    it('fits 320 px with the forms open, in forced colours too', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px; max-width: 100%"><ija-workshop-agenda editable .agenda=${DAY}></ija-workshop-agenda></div>`);
      const el = wrapper.querySelector('ija-workshop-agenda')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.toolbar'), 'edit mode did not load', { timeout: 5000 });
      $<HTMLButtonElement>(el, '.details-toggle').click();
      itemEl(el, 'mittagspause').querySelector<HTMLButtonElement>('.edit-toggle')!.click();
      await el.updateComplete;
      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '45');
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const control of shadow(el).querySelectorAll<HTMLElement>('input, select, textarea, button')) {
        const box = control.getBoundingClientRect();
        if (box.width > 0) expect(box.right, control.outerHTML.slice(0, 80)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      await expect(el).to.be.accessible();
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(getComputedStyle($(el, '.move-notice')).borderTopStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('speaks English', async () => {
      const el = await render(html`<ija-workshop-agenda lang="en" editable .agenda=${DAY}></ija-workshop-agenda>`);
      await waitUntil(() => $(el, '.details-toggle').textContent!.trim() === 'Edit title, date, place and start', 'English texts');
      type(itemEl(el, 'intro').querySelector<HTMLInputElement>('input[type="number"]')!, '45');
      await el.updateComplete;
      expect($(el, '.move-notice').textContent).to.contain('“Mittagspause” stays 12:30 PM to 1:30 PM.');
      expect($(el, '.move-notice').textContent).to.contain('The day now ends at 4:25 PM instead of 4:00 PM.');
      expect(itemEl(el, 'intro').querySelector('.edit-toggle')!.textContent).to.contain('Edit');
      expect($(el, '.details-toggle').textContent!.trim()).to.equal('Edit title, date, place and start');
    });
  });
});
