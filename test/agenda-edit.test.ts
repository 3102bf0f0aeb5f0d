import { expect } from '@open-wc/testing';
import { parseAgenda, type Agenda, type AgendaItem } from '../src/core/schemas/agenda.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import { findProblems, sortedItems } from '../src/components/ija-workshop-agenda/agenda-time.js';
import { deepFreeze, item } from './helpers/agenda-items.js';
import {
  addItem,
  dayStartOf,
  MAX_DURATION,
  MIN_DURATION,
  moveItem,
  reflow,
  removeItem,
  setDuration,
  setDayStart,
  setPinned,
  setPinnedTimes,
  timeChanges,
  UndoStack,
  updateDetails,
  updateItem,
} from '../src/components/ija-workshop-agenda/agenda-edit.js';


/** "id start-end" per item in start order: short to read, exact to compare. */
const plan = (agenda: Agenda | readonly AgendaItem[]) =>
  ('items' in agenda ? agenda.items : agenda).map((i) => `${i.id} ${i.start}-${i.end}`);

/** A fresh, deep-frozen copy of the template: any write to it throws. */
const template = (): Agenda => deepFreeze(structuredClone(DEFAULT_AGENDA));

const SNAPSHOT = structuredClone(DEFAULT_AGENDA);

/** Every edit keeps the day valid and free of problems. */
function expectConsistent(agenda: Agenda): void {
  expect(findProblems(agenda.items)).to.deep.equal([]);
  expect(parseAgenda(agenda).issues).to.deep.equal([]);
  expect(sortedItems(agenda.items).map((i) => i.id)).to.deep.equal(agenda.items.map((i) => i.id));
}

describe('agenda-edit', () => {
  afterEach(() => {
    // The shared default must never be touched by an edit.
    expect(DEFAULT_AGENDA).to.deep.equal(SNAPSHOT);
  });

  describe('reflow', () => {
    it('lays unpinned items back to back from the day start', () => {
      const items = deepFreeze([item('a', '09:00', '09:20'), item('b', '12:00', '12:45'), item('c', '08:00', '08:10')]);
      expect(plan(reflow(items, 600))).to.deep.equal(['a 10:00-10:20', 'b 10:20-11:05', 'c 11:05-11:15']);
    });

    it('leaves the template as it is', () => {
      const agenda = template();
      expect(plan(reflow(agenda.items, 630))).to.deep.equal(plan(DEFAULT_AGENDA));
    });

    it('keeps pinned items and their objects', () => {
      const lunch = item('lunch', '12:30', '13:30', { pinned: true });
      const items = deepFreeze([item('a', '10:00', '11:00'), lunch, item('b', '14:00', '15:00')]);
      const result = reflow(items, 600);
      expect(plan(result)).to.deep.equal(['a 10:00-11:00', 'lunch 12:30-13:30', 'b 13:30-14:30']);
      expect(result[1]).to.equal(lunch);
    });

    it('keeps unchanged items as they are and copies changed ones', () => {
      const items = deepFreeze([item('a', '10:00', '11:00'), item('b', '11:30', '12:00')]);
      const result = reflow(items, 600);
      expect(result[0]).to.equal(items[0]);
      expect(result[1]).not.to.equal(items[1]);
      expect(result[1]).to.deep.equal({ ...items[1], start: '11:00', end: '11:30' });
    });

    it('moves an item that would overlap a pinned item to its end', () => {
      const items = [item('a', '10:00', '12:00'), item('b', '00:00', '01:00'), item('lunch', '12:30', '13:30', { pinned: true })];
      expect(plan(reflow(items, 600))).to.deep.equal(['a 10:00-12:00', 'lunch 12:30-13:30', 'b 13:30-14:30']);
    });

    it('keeps an item listed after a pinned item after it, even if it would fit before', () => {
      const items = [item('a', '10:00', '10:30'), item('lunch', '12:30', '13:30', { pinned: true }), item('b', '00:00', '00:30')];
      expect(plan(reflow(items, 600))).to.deep.equal(['a 10:00-10:30', 'lunch 12:30-13:30', 'b 13:30-14:00']);
    });

    it('jumps over several pinned items in a row', () => {
      const items = [
        item('x', '00:00', '00:30'),
        item('p1', '12:00', '12:30', { pinned: true }),
        item('p2', '12:30', '13:00', { pinned: true }),
      ];
      expect(plan(reflow(items, 705))).to.deep.equal(['p1 12:00-12:30', 'p2 12:30-13:00', 'x 13:00-13:30']);
    });

    it('clamps durations and repairs broken items', () => {
      const items = [item('short', '10:00', '10:02'), item('broken', '11:00', '10:00'), item('zero', '11:00', '11:00')];
      expect(plan(reflow(items, 600))).to.deep.equal(['short 10:00-10:05', 'broken 10:05-10:10', 'zero 10:10-10:15']);
      expect(MIN_DURATION).to.equal(5);
      expect(MAX_DURATION).to.equal(600);
    });

    it('clamps a very long item to the maximum', () => {
      const items = [item('long', '00:00', '23:00'), item('next', '23:00', '23:30')];
      expect(plan(reflow(items, 0))).to.deep.equal(['long 00:00-10:00', 'next 10:00-10:30']);
    });

    it('clamps times past the end of the day', () => {
      const items = [item('a', '00:00', '01:00'), item('b', '00:00', '01:00')];
      expect(plan(reflow(items, 23 * 60))).to.deep.equal(['a 23:00-23:59', 'b 23:59-23:59']);
    });
  });

  describe('moveItem', () => {
    it('moves an item up', () => {
      const result = moveItem(template(), 'input', 0);
      expect(plan(result).slice(0, 6)).to.deep.equal([
        'input 10:30-11:00',
        'begruessung 11:00-11:15',
        'intro 11:15-11:35',
        'vorstellung-region 11:35-12:05',
        'praxisbeispiel 12:05-12:30',
        'mittagspause 12:30-13:30',
      ]);
      expect(plan(result).slice(6)).to.deep.equal(plan(DEFAULT_AGENDA).slice(6));
      expectConsistent(result);
    });

    it('moves an item down', () => {
      const result = moveItem(template(), 'begruessung', 2);
      expect(plan(result).slice(0, 4)).to.deep.equal([
        'intro 10:30-10:50',
        'input 10:50-11:20',
        'begruessung 11:20-11:35',
        'vorstellung-region 11:35-12:05',
      ]);
      expectConsistent(result);
    });

    it('moves an item past lunch; lunch keeps its time', () => {
      const result = moveItem(template(), 'input', 5);
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-11:05',
        'vorstellung-region 11:05-11:35',
        'praxisbeispiel 11:35-12:00',
        'mittagspause 12:30-13:30',
        'input 13:30-14:00',
        'diskussion 14:00-15:45',
        'kaffeepause 15:45-16:00',
        'abschluss 16:00-16:30',
      ]);
      expectConsistent(result);
    });

    it('moves an afternoon item before lunch; what no longer fits moves after lunch', () => {
      const result = moveItem(template(), 'kaffeepause', 2);
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-11:05',
        'kaffeepause 11:05-11:20',
        'input 11:20-11:50',
        'vorstellung-region 11:50-12:20',
        'mittagspause 12:30-13:30',
        'praxisbeispiel 13:30-13:55',
        'diskussion 13:55-15:40',
        'abschluss 15:40-16:10',
      ]);
      expectConsistent(result);
    });

    it('clamps the index to the list', () => {
      expect(plan(moveItem(template(), 'abschluss', -3))[0]).to.equal('abschluss 10:30-11:00');
      expect(plan(moveItem(template(), 'begruessung', 99)).at(-1)).to.equal('begruessung 16:00-16:15');
    });

    it('does not move a pinned item', () => {
      const agenda = template();
      expect(moveItem(agenda, 'mittagspause', 0)).to.equal(agenda);
    });

    it('returns the agenda for an unknown id', () => {
      const agenda = template();
      expect(moveItem(agenda, 'nope', 0)).to.equal(agenda);
    });

    it('keeps the day start even when the first item moves away', () => {
      const agenda: Agenda = deepFreeze({
        ...structuredClone(DEFAULT_AGENDA),
        items: [item('a', '09:00', '09:30'), item('b', '09:30', '10:00')],
      });
      expect(plan(moveItem(agenda, 'a', 1))).to.deep.equal(['b 09:00-09:30', 'a 09:30-10:00']);
    });
  });

  describe('setDuration', () => {
    it('shifts later items', () => {
      const result = setDuration(template(), 'intro', 25);
      // praxisbeispiel no longer fits before lunch and moves after it.
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-11:10',
        'input 11:10-11:40',
        'vorstellung-region 11:40-12:10',
        'mittagspause 12:30-13:30',
        'praxisbeispiel 13:30-13:55',
        'diskussion 13:55-15:40',
        'kaffeepause 15:40-15:55',
        'abschluss 15:55-16:25',
      ]);
      expectConsistent(result);
    });

    it('moves an item extended across lunch to after lunch', () => {
      const result = setDuration(template(), 'praxisbeispiel', 40);
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-11:05',
        'input 11:05-11:35',
        'vorstellung-region 11:35-12:05',
        'mittagspause 12:30-13:30',
        'praxisbeispiel 13:30-14:10',
        'diskussion 14:10-15:55',
        'kaffeepause 15:55-16:10',
        'abschluss 16:10-16:40',
      ]);
      expectConsistent(result);
    });

    it('moves later items up when an item gets shorter; lunch stays', () => {
      const result = setDuration(template(), 'intro', 10);
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-10:55',
        'input 10:55-11:25',
        'vorstellung-region 11:25-11:55',
        'praxisbeispiel 11:55-12:20',
        'mittagspause 12:30-13:30',
        'diskussion 13:30-15:15',
        'kaffeepause 15:15-15:30',
        'abschluss 15:30-16:00',
      ]);
    });

    it('clamps the duration', () => {
      expect(plan(setDuration(template(), 'begruessung', 1))[0]).to.equal('begruessung 10:30-10:35');
      const long = setDuration(template(), 'abschluss', 10_000);
      expect(long.items.find((i) => i.id === 'abschluss')).to.include({ start: '15:30', end: '23:59' });
      // Ten hours from 10:30 would cross lunch, so the item moves after it.
      const first = setDuration(template(), 'begruessung', 10_000);
      expect(first.items.find((i) => i.id === 'begruessung')).to.include({ start: '13:30', end: '23:30' });
    });

    it('changes only the end of a pinned item; the afternoon follows', () => {
      const longer = setDuration(template(), 'mittagspause', 90);
      expect(plan(longer).slice(4)).to.deep.equal([
        'praxisbeispiel 12:05-12:30',
        'mittagspause 12:30-14:00',
        'diskussion 14:00-15:45',
        'kaffeepause 15:45-16:00',
        'abschluss 16:00-16:30',
      ]);
      expect(longer.items.find((i) => i.id === 'mittagspause')!.pinned).to.equal(true);
      const shorter = setDuration(template(), 'mittagspause', 45);
      expect(plan(shorter).slice(5)).to.deep.equal([
        'mittagspause 12:30-13:15',
        'diskussion 13:15-15:00',
        'kaffeepause 15:00-15:15',
        'abschluss 15:15-15:45',
      ]);
      expectConsistent(longer);
      expectConsistent(shorter);
    });

    it('returns the agenda for an unknown id', () => {
      const agenda = template();
      expect(setDuration(agenda, 'nope', 30)).to.equal(agenda);
    });
  });

  describe('addItem', () => {
    it('inserts after the given item and makes room', () => {
      const result = addItem(template(), { title: 'Neu', type: 'other', duration: 20, afterId: 'intro' });
      const added = result.items[2]!;
      expect(added).to.deep.equal({ id: added.id, start: '11:05', end: '11:25', title: 'Neu', type: 'other' });
      expect(added.id).to.match(/^item-[0-9a-f]{8}$/);
      expect(plan(result).slice(3)).to.deep.equal([
        'input 11:25-11:55',
        'vorstellung-region 11:55-12:25',
        'mittagspause 12:30-13:30',
        'praxisbeispiel 13:30-13:55',
        'diskussion 13:55-15:40',
        'kaffeepause 15:40-15:55',
        'abschluss 15:55-16:25',
      ]);
      expectConsistent(result);
    });

    it('appends without afterId (or an unknown one)', () => {
      for (const afterId of [undefined, 'nope']) {
        const result = addItem(template(), { title: 'Ausklang', type: 'closing', duration: 20, afterId });
        expect(result.items).to.have.length(10);
        expect(result.items.at(-1)).to.include({ start: '16:00', end: '16:20', title: 'Ausklang' });
      }
    });

    it('inserts at the start with afterId null; the day keeps its start', () => {
      const result = addItem(template(), { title: 'Ankommen', type: 'other', duration: 15, afterId: null });
      expect(result.items[0]).to.include({ title: 'Ankommen', start: '10:30', end: '10:45' });
      expect(plan(result).slice(1, 3)).to.deep.equal(['begruessung 10:45-11:00', 'intro 11:00-11:20']);
      expectConsistent(result);
    });

    it('starts an empty agenda at 10:30', () => {
      const empty: Agenda = deepFreeze({ ...structuredClone(DEFAULT_AGENDA), items: [] });
      const result = addItem(empty, { title: 'Start', type: 'welcome', duration: 15 });
      expect(plan(result)).to.deep.equal([`${result.items[0]!.id} 10:30-10:45`]);
    });

    it('clamps the duration', () => {
      const result = addItem(template(), { title: 'Kurz', type: 'other', duration: 0 });
      expect(result.items.at(-1)).to.include({ start: '16:00', end: '16:05' });
    });

    it('gives every new item its own id', () => {
      let agenda = template();
      for (let n = 0; n < 20; n++) agenda = addItem(agenda, { title: `T${n}`, type: 'other', duration: 5 });
      expect(new Set(agenda.items.map((i) => i.id)).size).to.equal(29);
    });
  });

  describe('removeItem', () => {
    it('moves later unpinned items up', () => {
      const result = removeItem(template(), 'intro');
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'input 10:45-11:15',
        'vorstellung-region 11:15-11:45',
        'praxisbeispiel 11:45-12:10',
        'mittagspause 12:30-13:30',
        'diskussion 13:30-15:15',
        'kaffeepause 15:15-15:30',
        'abschluss 15:30-16:00',
      ]);
      expectConsistent(result);
    });

    it('keeps the day start when the first item goes', () => {
      expect(plan(removeItem(template(), 'begruessung'))[0]).to.equal('intro 10:30-10:50');
    });

    it('moves the afternoon up when an afternoon item goes', () => {
      expect(plan(removeItem(template(), 'diskussion')).slice(6)).to.deep.equal([
        'kaffeepause 13:30-13:45',
        'abschluss 13:45-14:15',
      ]);
    });

    it('returns the agenda for an unknown id', () => {
      const agenda = template();
      expect(removeItem(agenda, 'nope')).to.equal(agenda);
    });
  });

  describe('setPinned', () => {
    it('pins an item without moving anything', () => {
      const agenda = template();
      const result = setPinned(agenda, 'intro', true);
      expect(result.items.find((i) => i.id === 'intro')!.pinned).to.equal(true);
      expect(plan(result)).to.deep.equal(plan(agenda));
      expect(result.items[0]).to.equal(agenda.items[0]);
    });

    it('unpinning removes the field', () => {
      const result = setPinned(template(), 'mittagspause', false);
      const lunch = result.items.find((i) => i.id === 'mittagspause')!;
      expect('pinned' in lunch).to.equal(false);
      expect(lunch).to.include({ start: '12:30', end: '13:30' });
    });

    it('returns the agenda when nothing changes or the id is unknown', () => {
      const agenda = template();
      expect(setPinned(agenda, 'mittagspause', true)).to.equal(agenda);
      expect(setPinned(agenda, 'intro', false)).to.equal(agenda);
      expect(setPinned(agenda, 'nope', true)).to.equal(agenda);
    });

    it('a pinned item then stays put when others move', () => {
      const pinned = setPinned(template(), 'diskussion', true);
      const result = setDuration(pinned, 'praxisbeispiel', 40);
      expect(result.items.find((i) => i.id === 'diskussion')).to.include({ start: '13:30', end: '15:15' });
      expect(result.items.find((i) => i.id === 'praxisbeispiel')).to.include({ start: '15:15', end: '15:55' });
      expectConsistent(result);
    });
  });

  describe('updateItem', () => {
    it('changes texts without moving anything', () => {
      const agenda = template();
      const result = updateItem(agenda, 'intro', { title: 'Neuer Titel', type: 'input', speaker: 'Jana' });
      expect(result.items[1]).to.deep.equal({ ...agenda.items[1], title: 'Neuer Titel', type: 'input', speaker: 'Jana' });
      expect(plan(result)).to.deep.equal(plan(agenda));
      expect(result.items[0]).to.equal(agenda.items[0]);
    });

    it('empty optional texts remove the field', () => {
      const result = updateItem(template(), 'begruessung', { speaker: '', description: '  ' });
      expect(result.items[0]).to.deep.equal({ id: 'begruessung', start: '10:30', end: '10:45', title: 'Begrüßung', type: 'welcome' });
    });

    it('ignores an empty title or type, which the schema requires', () => {
      const agenda = template();
      expect(updateItem(agenda, 'intro', { title: ' ', type: '' })).to.equal(agenda);
    });

    it('returns the agenda when nothing changes or the id is unknown', () => {
      const agenda = template();
      expect(updateItem(agenda, 'intro', {})).to.equal(agenda);
      expect(updateItem(agenda, 'intro', { title: agenda.items[1]!.title })).to.equal(agenda);
      expect(updateItem(agenda, 'mittagspause', { speaker: '' })).to.equal(agenda);
      expect(updateItem(agenda, 'nope', { title: 'x' })).to.equal(agenda);
    });
  });

  describe('updateItem: links', () => {
    it('sets and removes a board and a URL', () => {
      const agenda = template();
      const linked = updateItem(agenda, 'praxisbeispiel', { boardId: 'gruppe-2', url: 'https://example.org/film' });
      expect(linked.items[4]).to.include({ boardId: 'gruppe-2', url: 'https://example.org/film' });
      const unlinked = updateItem(linked, 'praxisbeispiel', { boardId: '', url: ' ' });
      expect(unlinked.items[4]).to.deep.equal(agenda.items[4]);
      expectConsistent(unlinked);
    });
  });

  describe('setPinnedTimes', () => {
    it('moves a fixed item; what no longer fits before it moves behind it', () => {
      const result = setPinnedTimes(template(), 'mittagspause', '12:00', '13:00');
      expect(plan(result)).to.deep.equal([
        'begruessung 10:30-10:45',
        'intro 10:45-11:05',
        'input 11:05-11:35',
        'mittagspause 12:00-13:00',
        'vorstellung-region 13:00-13:30',
        'praxisbeispiel 13:30-13:55',
        'diskussion 13:55-15:40',
        'kaffeepause 15:40-15:55',
        'abschluss 15:55-16:25',
      ]);
      expectConsistent(result);
    });

    it('moves a fixed item later; the items before it keep their times', () => {
      const result = setPinnedTimes(template(), 'mittagspause', '12:45', '13:30');
      expect(plan(result).slice(4, 7)).to.deep.equal(['praxisbeispiel 12:05-12:30', 'mittagspause 12:45-13:30', 'diskussion 13:30-15:15']);
      expectConsistent(result);
    });

    it('keeps the end after the start and leaves unfixed items, unknown ids and unchanged times alone', () => {
      expect(setPinnedTimes(template(), 'mittagspause', '13:00', '12:00').items.find((i) => i.id === 'mittagspause')).to.include({
        start: '13:00',
        end: '13:05',
      });
      const agenda = template();
      expect(setPinnedTimes(agenda, 'intro', '09:00', '10:00')).to.equal(agenda);
      expect(setPinnedTimes(agenda, 'nope', '09:00', '10:00')).to.equal(agenda);
      expect(setPinnedTimes(agenda, 'mittagspause', '12:30', '13:30')).to.equal(agenda);
    });
  });

  describe('setDayStart', () => {
    it('moves the unfixed items with the start; lunch stays', () => {
      const agenda = template();
      expect(dayStartOf(agenda)).to.equal(630);
      const earlier = setDayStart(agenda, 600);
      expect(plan(earlier).slice(0, 2)).to.deep.equal(['begruessung 10:00-10:15', 'intro 10:15-10:35']);
      expect(plan(earlier)).to.include('mittagspause 12:30-13:30');
      expect(plan(earlier).at(-1)).to.equal('abschluss 15:30-16:00');
      const later = setDayStart(agenda, 660);
      expect(plan(later)).to.include('vorstellung-region 13:30-14:00');
      expect(plan(later).at(-1)).to.equal('abschluss 16:25-16:55');
      expectConsistent(earlier);
      expectConsistent(later);
      expect(setDayStart(agenda, 630)).to.equal(agenda);
    });
  });

  describe('updateDetails', () => {
    it('changes title, date and place; empty date and place remove them; an empty title is ignored', () => {
      const agenda = template();
      const dated = updateDetails(agenda, { title: ' Werkstatt ', date: '2027-05-12', location: 'Rathaus' });
      expect(dated).to.include({ title: 'Werkstatt', date: '2027-05-12', location: 'Rathaus' });
      expect(dated.items).to.equal(agenda.items);
      const template2 = updateDetails(dated, { title: '', date: '', location: '' });
      expect(template2.title).to.equal('Werkstatt');
      expect(template2).not.to.have.property('date');
      expect(template2).not.to.have.property('location');
      expect(parseAgenda(template2).issues).to.deep.equal([]);
      expect(updateDetails(agenda, { title: agenda.title })).to.equal(agenda);
    });
  });

  describe('timeChanges', () => {
    it('names what moved past lunch, the lunch that stayed, and the later end', () => {
      const before = template();
      const after = setDuration(before, 'intro', 45);
      const changes = timeChanges(before, after);
      expect(changes.notable).to.equal(true);
      expect(changes.kept.map((i) => i.id)).to.deep.equal(['mittagspause']);
      expect(changes.moved.map((c) => `${c.item.id} ${c.before.start}->${c.item.start}${c.across ? ` past ${c.across.id}` : ''}`)).to.deep.equal([
        'intro 10:45->10:45',
        'input 11:05->11:30',
        'vorstellung-region 11:35->12:00',
        'praxisbeispiel 12:05->13:30 past mittagspause',
        'diskussion 13:30->13:55',
        'kaffeepause 15:15->15:40',
        'abschluss 15:30->15:55',
      ]);
      expect(changes.end).to.deep.equal({ before: 960, after: 985 });
    });

    it('is not notable when everything stays before lunch and the day ends on time or earlier', () => {
      const before = template();
      const shorter = timeChanges(before, setDuration(before, 'intro', 10));
      expect(shorter.notable).to.equal(false);
      // The afternoon starts after lunch as before, so the day ends as planned.
      expect(shorter.end).to.equal(undefined);
      expect(shorter.moved.map((c) => c.item.id)).to.deep.equal(['intro', 'input', 'vorstellung-region', 'praxisbeispiel']);
      const same = timeChanges(before, before);
      expect(same).to.deep.equal({ moved: [], kept: [], notable: false });
      // Within the morning only: not notable.
      expect(timeChanges(before, setDuration(before, 'praxisbeispiel', 20)).notable).to.equal(false);
    });

    it('is notable when an item moves before a fixed one, and ignores added and removed items', () => {
      const before = template();
      const moved = moveItem(before, 'kaffeepause', 1);
      const changes = timeChanges(before, moved);
      expect(changes.notable).to.equal(true);
      expect(changes.moved.find((c) => c.item.id === 'kaffeepause')!.across!.id).to.equal('mittagspause');
      const added = addItem(before, { title: 'Neu', type: 'other', duration: 0, afterId: 'abschluss' });
      expect(timeChanges(before, added).moved).to.deep.equal([]);
      expect(timeChanges(before, removeItem(before, 'abschluss')).moved).to.deep.equal([]);
    });
  });

  describe('UndoStack', () => {
    it('undoes the latest state first', () => {
      const stack = new UndoStack<string>();
      expect(stack.canUndo).to.equal(false);
      expect(stack.undo()).to.equal(undefined);
      stack.push('a');
      stack.push('b');
      expect(stack.canUndo).to.equal(true);
      expect(stack.undo()).to.equal('b');
      expect(stack.undo()).to.equal('a');
      expect(stack.canUndo).to.equal(false);
      expect(stack.undo()).to.equal(undefined);
    });

    it('keeps 20 states by default, dropping the oldest', () => {
      const stack = new UndoStack<number>();
      for (let n = 1; n <= 25; n++) stack.push(n);
      const undone: number[] = [];
      while (stack.canUndo) undone.push(stack.undo()!);
      expect(undone).to.deep.equal(Array.from({ length: 20 }, (_, i) => 25 - i));
    });

    it('respects a custom limit', () => {
      const stack = new UndoStack<number>(3);
      [1, 2, 3, 4, 5].forEach((n) => stack.push(n));
      expect([stack.undo(), stack.undo(), stack.undo(), stack.undo()]).to.deep.equal([5, 4, 3, undefined]);
    });

    it('clears', () => {
      const stack = new UndoStack<number>();
      stack.push(1);
      stack.clear();
      expect(stack.canUndo).to.equal(false);
      expect(stack.undo()).to.equal(undefined);
    });

    it('restores agendas edit by edit', () => {
      const stack = new UndoStack<Agenda>();
      const start = template();
      stack.push(start);
      const moved = moveItem(start, 'input', 5);
      stack.push(moved);
      removeItem(moved, 'intro');
      expect(stack.undo()).to.equal(moved);
      expect(stack.undo()).to.equal(start);
    });
  });

  describe('immutability', () => {
    it('no edit writes to its (deep-frozen) input', () => {
      const agenda = template();
      expect(() => {
        reflow(agenda.items, 600);
        moveItem(agenda, 'input', 6);
        moveItem(agenda, 'kaffeepause', 0);
        setDuration(agenda, 'praxisbeispiel', 90);
        setDuration(agenda, 'mittagspause', 30);
        addItem(agenda, { title: 'Neu', type: 'other', duration: 30, afterId: 'input' });
        removeItem(agenda, 'begruessung');
        removeItem(agenda, 'mittagspause');
        setPinned(agenda, 'mittagspause', false);
        setPinned(agenda, 'intro', true);
        updateItem(agenda, 'begruessung', { speaker: '', title: 'Hallo', boardId: 'b', url: 'https://example.org' });
        setPinnedTimes(agenda, 'mittagspause', '12:00', '13:00');
        setDayStart(agenda, 540);
        updateDetails(agenda, { title: 'Neu', date: '2027-01-01', location: '' });
        timeChanges(agenda, setDuration(agenda, 'intro', 60));
      }).not.to.throw();
      expect(agenda).to.deep.equal(DEFAULT_AGENDA);
    });

    it('returns new agendas and item arrays', () => {
      const agenda = template();
      const result = setDuration(agenda, 'intro', 25);
      expect(result).not.to.equal(agenda);
      expect(result.items).not.to.equal(agenda.items);
      expect(result.title).to.equal(agenda.title);
    });
  });
});
