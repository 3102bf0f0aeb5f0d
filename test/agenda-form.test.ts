import { expect, fixture, html } from '@open-wc/testing';
import { checkAddForm, checkDetailsForm, checkItemForm, isDuration, isWebUrl, readForm } from '../src/components/ija-workshop-agenda/agenda-form.js';

/** The checks behind the agenda's forms: codes per field, nothing typed is changed. */
describe('agenda-form', () => {
  const v = (value: string, bad = false) => ({ value, bad });

  it('reads named fields trimmed, leaves out disabled ones, and notes input the browser could not read', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="title" value="  Begrüßung " />
      <input name="speaker" value="Jana" disabled />
      <input name="date" type="date" />
    </form>`);
    expect(readForm(form, ['title', 'speaker', 'date', 'missing'])).to.deep.equal({ title: v('Begrüßung'), date: v('') });
  });

  it('item form: a title; start and end of a fixed item in order; a web address as link', () => {
    expect(checkItemForm({ title: v('Input'), url: v('') })).to.deep.equal([]);
    expect(checkItemForm({ title: v(''), url: v('javascript:alert(1)') })).to.deep.equal([
      { field: 'title', problem: 'required' },
      { field: 'url', problem: 'url' },
    ]);
    expect(checkItemForm({ title: v('Pause'), start: v('13:00'), end: v('12:45') })).to.deep.equal([{ field: 'end', problem: 'end-before-start' }]);
    expect(checkItemForm({ title: v('Pause'), start: v('13:00'), end: v('13:00') })).to.deep.equal([{ field: 'end', problem: 'end-before-start' }]);
    expect(checkItemForm({ title: v('Pause'), start: v(''), end: v('13:00') })).to.deep.equal([{ field: 'start', problem: 'time' }]);
    expect(checkItemForm({ title: v('Pause'), start: v('12:30'), end: v('13:30') })).to.deep.equal([]);
  });

  it('details form: a title, a whole date or none, the day\'s start', () => {
    expect(checkDetailsForm({ title: v('Tag'), date: v(''), dayStart: v('10:00') })).to.deep.equal([]);
    expect(checkDetailsForm({ title: v(' '), date: v('', true), dayStart: v('') })).to.deep.equal([
      { field: 'title', problem: 'required' },
      { field: 'date', problem: 'date' },
      { field: 'dayStart', problem: 'time' },
    ]);
  });

  it('add form: a title and a whole number of minutes from 5 to 600', () => {
    expect(checkAddForm({ title: v('Neu'), duration: v('30') })).to.deep.equal([]);
    for (const duration of ['', '4', '601', '12.5', 'abc']) {
      expect(checkAddForm({ title: v('Neu'), duration: v(duration) }), duration).to.deep.equal([{ field: 'duration', problem: 'duration' }]);
    }
    expect(isDuration('600')).to.equal(true);
    expect(isWebUrl('https://example.org')).to.equal(true);
    expect(isWebUrl('mailto:a@b.de')).to.equal(false);
    expect(isWebUrl('example.org')).to.equal(false);
  });
});
