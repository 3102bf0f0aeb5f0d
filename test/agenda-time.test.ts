import { expect } from '@open-wc/testing';
import type { Agenda, AgendaItem } from '../src/core/schemas/agenda.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import {
  dayBounds,
  durationOf,
  findProblems,
  formatClock,
  fromMinutes,
  hasDayPeriod,
  msUntilNextMinute,
  nowState,
  sortedItems,
  toMinutes,
  wallClock,
} from '../src/components/ija-workshop-agenda/agenda-time.js';
import { deepFreeze, item } from './helpers/agenda-items.js';


const ids = (items: readonly AgendaItem[]) => items.map((i) => i.id);

/** The template, held on a day with a DST change in Berlin (28 March 2027). */
const dstDay: Agenda = deepFreeze({ ...structuredClone(DEFAULT_AGENDA), date: '2027-03-28' });

describe('agenda-time', () => {
  describe('formatClock', () => {
    it('builds no Intl.DateTimeFormat for a German agenda (first: nothing cached yet; it costs 15–30 ms of a cold start)', () => {
      const original = Intl.DateTimeFormat;
      let built = 0;
      Intl.DateTimeFormat = new Proxy(original, { construct: (target, args) => (built++, Reflect.construct(target, args)) });
      try {
        for (const item of DEFAULT_AGENDA.items) formatClock(item.start, 'de-DE');
        hasDayPeriod('de-DE');
      } finally {
        Intl.DateTimeFormat = original;
      }
      expect(built).to.equal(0);
    });

    const viaIntl = (tag: string, minutes: number) =>
      new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(minutes * 60_000);

    it('writes every minute of the day as Intl does, for the languages formatted without Intl', () => {
      for (const tag of ['de', 'de-DE', 'de-AT', 'de-CH', 'de-LI', 'de-LU', 'de-BE', 'pl', 'pl-PL', 'tr', 'tr-TR', 'uk', 'uk-UA']) {
        const intl = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
        for (let minutes = 0; minutes < 24 * 60; minutes++) {
          const expected = intl.format(minutes * 60_000);
          if (formatClock(fromMinutes(minutes), tag) !== expected) expect(formatClock(fromMinutes(minutes), tag), `${tag} ${minutes}`).to.equal(expected);
        }
        expect(hasDayPeriod(tag), tag).to.equal(intl.resolvedOptions().hour12 === true);
      }
    });

    it('goes through Intl for the rest: English, Arabic, a 12-hour region, an hour-cycle extension', () => {
      for (const tag of ['en', 'ar', 'tr-CY', 'de-u-hc-h12']) {
        expect(formatClock('13:30', tag), tag).to.equal(viaIntl(tag, 13 * 60 + 30));
        expect(hasDayPeriod(tag), tag).to.equal(true);
      }
    });

  });

  describe('toMinutes / fromMinutes', () => {
    it('converts "HH:MM" to minutes since midnight', () => {
      expect(toMinutes('00:00')).to.equal(0);
      expect(toMinutes('10:30')).to.equal(630);
      expect(toMinutes('23:59')).to.equal(1439);
    });

    it('converts minutes back, zero-padded', () => {
      expect(fromMinutes(0)).to.equal('00:00');
      expect(fromMinutes(65)).to.equal('01:05');
      expect(fromMinutes(630)).to.equal('10:30');
      expect(fromMinutes(1439)).to.equal('23:59');
    });

    it('rounds to whole minutes', () => {
      expect(fromMinutes(630.4)).to.equal('10:30');
      expect(fromMinutes(630.5)).to.equal('10:31');
      expect(fromMinutes(629.6)).to.equal('10:30');
    });

    it('clamps to the day', () => {
      expect(fromMinutes(-10)).to.equal('00:00');
      expect(fromMinutes(1440)).to.equal('23:59');
      expect(fromMinutes(5000)).to.equal('23:59');
    });

    it('round-trips every minute of the day', () => {
      for (let m = 0; m < 1440; m++) expect(toMinutes(fromMinutes(m))).to.equal(m);
    });
  });

  describe('durationOf', () => {
    it('is end minus start, zero or negative for broken items', () => {
      expect(durationOf({ start: '10:30', end: '10:45' })).to.equal(15);
      expect(durationOf({ start: '10:30', end: '10:30' })).to.equal(0);
      expect(durationOf({ start: '11:00', end: '10:30' })).to.equal(-30);
    });
  });

  describe('sortedItems', () => {
    it('sorts by start, then end, without changing the input', () => {
      const items = deepFreeze([item('c', '12:00', '13:00'), item('b', '10:00', '11:00'), item('a', '10:00', '10:30')]);
      expect(ids(sortedItems(items))).to.deep.equal(['a', 'b', 'c']);
      expect(ids(items)).to.deep.equal(['c', 'b', 'a']);
    });

    it('is stable for equal times', () => {
      const items = [item('x', '10:00', '11:00'), item('y', '09:00', '09:30'), item('z', '10:00', '11:00'), item('w', '10:00', '11:00')];
      expect(ids(sortedItems(items))).to.deep.equal(['y', 'x', 'z', 'w']);
    });

    it('returns a new array', () => {
      const items = [item('a', '10:00', '11:00')];
      expect(sortedItems(items)).not.to.equal(items);
    });
  });

  describe('findProblems', () => {
    it('finds nothing in the default agenda', () => {
      expect(findProblems(DEFAULT_AGENDA.items)).to.deep.equal([]);
      expect(findProblems([])).to.deep.equal([]);
    });

    it('reports an item that ends before (or when) it starts', () => {
      const items = [item('a', '10:00', '09:00'), item('b', '11:00', '11:00')];
      expect(findProblems(items)).to.deep.equal([
        { itemId: 'a', kind: 'ends-before-start' },
        { itemId: 'b', kind: 'ends-before-start' },
      ]);
    });

    it('reports an item listed before an item that starts later', () => {
      const items = [item('a', '11:00', '12:00'), item('b', '10:00', '11:00')];
      expect(findProblems(items)).to.deep.equal([{ itemId: 'b', kind: 'out-of-order', otherId: 'a' }]);
    });

    it('reports overlaps against the earlier item', () => {
      const items = [item('a', '10:00', '11:00'), item('b', '10:30', '11:30'), item('c', '11:30', '12:00')];
      expect(findProblems(items)).to.deep.equal([{ itemId: 'b', kind: 'overlap', otherId: 'a' }]);
    });

    it('reports items with the same start as overlapping', () => {
      const items = [item('a', '10:00', '11:00'), item('b', '10:00', '10:30')];
      // In start order b (shorter) comes first, so a overlaps b.
      expect(findProblems(items)).to.deep.equal([
        { itemId: 'a', kind: 'overlap', otherId: 'b' },
      ]);
    });

    it('finds overlaps in start order even when the list is out of order', () => {
      const items = [item('b', '10:30', '11:30'), item('a', '10:00', '11:00')];
      expect(findProblems(items)).to.deep.equal([
        { itemId: 'b', kind: 'overlap', otherId: 'a' },
        { itemId: 'a', kind: 'out-of-order', otherId: 'b' },
      ]);
    });

    it('ignores broken items for overlaps', () => {
      const items = [item('a', '10:00', '09:00'), item('b', '09:30', '10:30'), item('c', '10:30', '10:00')];
      expect(findProblems(items)).to.deep.equal([
        { itemId: 'a', kind: 'ends-before-start' },
        { itemId: 'b', kind: 'out-of-order', otherId: 'a' },
        { itemId: 'c', kind: 'ends-before-start' },
      ]);
    });

    it('reports an item that overlaps a long item several places earlier', () => {
      const items = [item('long', '10:00', '12:00'), item('x', '10:00', '10:30'), item('y', '11:00', '11:30')];
      const problems = findProblems(items);
      expect(problems).to.deep.include({ itemId: 'y', kind: 'overlap', otherId: 'long' });
    });

    it('reports unknown types', () => {
      const items = [item('a', '10:00', '11:00', { type: 'lecture' }), item('b', '11:00', '12:00', { type: 'break' })];
      expect(findProblems(items)).to.deep.equal([{ itemId: 'a', kind: 'unknown-type' }]);
    });

    it('orders problems by position in the list, then kind', () => {
      const items = [
        item('a', '10:00', '11:00'),
        item('b', '09:00', '08:00', { type: 'nope' }),
        item('c', '10:30', '11:30', { type: 'nope' }),
      ];
      expect(findProblems(items)).to.deep.equal([
        { itemId: 'b', kind: 'out-of-order', otherId: 'a' },
        { itemId: 'b', kind: 'ends-before-start' },
        { itemId: 'b', kind: 'unknown-type' },
        { itemId: 'c', kind: 'overlap', otherId: 'a' },
        { itemId: 'c', kind: 'unknown-type' },
      ]);
    });

    it('does not change its input', () => {
      const items = deepFreeze([item('b', '10:30', '11:30'), item('a', '10:00', '09:00')]);
      expect(() => findProblems(items)).not.to.throw();
    });
  });

  describe('wallClock', () => {
    it('gives Berlin time on both sides of the spring DST change', () => {
      expect(wallClock(new Date('2027-03-27T09:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2027-03-27', minutes: 630 });
      expect(wallClock(new Date('2027-03-28T08:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2027-03-28', minutes: 630 });
    });

    it('gives Berlin time on both sides of the autumn DST change', () => {
      expect(wallClock(new Date('2027-10-30T08:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2027-10-30', minutes: 630 });
      expect(wallClock(new Date('2027-10-31T09:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2027-10-31', minutes: 630 });
    });

    it('handles the changeover hour itself', () => {
      // 01:00Z on 28 March 2027 is 03:00 CEST; one minute before it was 01:59 CET.
      expect(wallClock(new Date('2027-03-28T00:59:00Z'), 'Europe/Berlin').minutes).to.equal(119);
      expect(wallClock(new Date('2027-03-28T01:00:00Z'), 'Europe/Berlin').minutes).to.equal(180);
    });

    it('differs from UTC for the same instant', () => {
      const instant = new Date('2027-03-28T08:30:00Z');
      expect(wallClock(instant, 'UTC')).to.deep.equal({ date: '2027-03-28', minutes: 510 });
      expect(wallClock(instant, 'America/New_York')).to.deep.equal({ date: '2027-03-28', minutes: 270 });
    });

    it('changes the date where the zone is already past midnight', () => {
      const instant = new Date('2027-03-27T23:30:00Z');
      expect(wallClock(instant, 'UTC').date).to.equal('2027-03-27');
      expect(wallClock(instant, 'Europe/Berlin')).to.deep.equal({ date: '2027-03-28', minutes: 30 });
    });

    it('shows midnight as 0, not 24 (h23)', () => {
      expect(wallClock(new Date('2027-01-01T23:00:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2027-01-02', minutes: 0 });
    });

    it('includes seconds as a fraction', () => {
      const { minutes } = wallClock(new Date('2027-03-28T08:30:30.600Z'), 'Europe/Berlin');
      expect(minutes).to.be.closeTo(630 + 30.6 / 60, 1e-9);
    });
  });

  describe('nowState', () => {
    const at = (iso: string) => nowState(dstDay, new Date(iso));

    it('is empty on the day before', () => {
      expect(at('2027-03-27T09:30:00Z')).to.deep.equal({});
    });

    it('before the first item: only the next item and the time', () => {
      expect(at('2027-03-28T07:00:00Z')).to.deep.equal({ minutes: 540, next: 'begruessung' });
    });

    it('during an item: current and next', () => {
      expect(at('2027-03-28T08:50:00Z')).to.deep.equal({ minutes: 650, current: 'intro', next: 'input' });
    });

    it('during lunch: lunch is current, the discussion is next', () => {
      expect(at('2027-03-28T11:00:00Z')).to.deep.equal({ minutes: 780, current: 'mittagspause', next: 'diskussion' });
    });

    it('exactly at a boundary the new item has begun', () => {
      expect(at('2027-03-28T09:05:00Z')).to.deep.equal({ minutes: 665, current: 'input', next: 'vorstellung-region' });
      expect(at('2027-03-28T08:30:00Z')).to.deep.equal({ minutes: 630, current: 'begruessung', next: 'intro' });
    });

    it('a second before the end the old item is still current', () => {
      const state = at('2027-03-28T09:04:59Z');
      expect(state.current).to.equal('intro');
      expect(state.next).to.equal('input');
    });

    it('during the last item there is no next', () => {
      expect(at('2027-03-28T13:45:00Z')).to.deep.equal({ minutes: 945, current: 'abschluss' });
    });

    it('after the last item: only the time', () => {
      expect(at('2027-03-28T14:30:00Z')).to.deep.equal({ minutes: 990 });
      expect(at('2027-03-28T14:00:00Z')).to.deep.equal({ minutes: 960 });
    });

    it('is empty on the day after', () => {
      expect(at('2027-03-29T08:30:00Z')).to.deep.equal({});
    });

    it('is empty for a template without date', () => {
      expect(nowState(DEFAULT_AGENDA, new Date('2027-03-28T08:50:00Z'))).to.deep.equal({});
    });

    it('uses the agenda time zone, not the visitor’s or UTC', () => {
      // 08:30Z is 10:30 in Berlin in summer time but 09:30 on the day before the change.
      expect(at('2027-03-28T08:30:00Z').current).to.equal('begruessung');
      const dayBefore = { ...dstDay, date: '2027-03-27' };
      expect(nowState(dayBefore, new Date('2027-03-27T08:30:00Z'))).to.deep.equal({ minutes: 570, next: 'begruessung' });
      expect(nowState(dayBefore, new Date('2027-03-27T09:30:00Z')).current).to.equal('begruessung');
      const newYork = { ...dstDay, timezone: 'America/New_York' };
      expect(nowState(newYork, new Date('2027-03-28T14:30:00Z'))).to.deep.equal({ minutes: 630, current: 'begruessung', next: 'intro' });
    });

    it('ignores broken items and prefers the item that started last', () => {
      const agenda: Agenda = {
        ...dstDay,
        items: [item('day', '10:00', '16:00'), item('talk', '11:00', '12:00'), item('broken', '11:30', '11:00'), item('later', '12:00', '12:30')],
      };
      // 11:45 Berlin
      expect(nowState(agenda, new Date('2027-03-28T09:45:00Z'))).to.deep.equal({ minutes: 705, current: 'talk', next: 'later' });
      // 11:15 Berlin: the broken item (11:30) is still next in start order
      expect(nowState(agenda, new Date('2027-03-28T09:15:00Z')).next).to.equal('broken');
    });

    it('gives the time for an agenda without items', () => {
      expect(nowState({ ...dstDay, items: [] }, new Date('2027-03-28T08:30:00Z'))).to.deep.equal({ minutes: 630 });
    });
  });

  describe('msUntilNextMinute', () => {
    it('counts to the next full minute', () => {
      expect(msUntilNextMinute(new Date('2027-03-28T08:30:15.250Z'))).to.equal(44_750);
      expect(msUntilNextMinute(new Date('2027-03-28T08:30:59.999Z'))).to.equal(1);
    });

    it('is a whole minute exactly on the minute', () => {
      expect(msUntilNextMinute(new Date('2027-03-28T08:30:00.000Z'))).to.equal(60_000);
    });

    it('works before 1970', () => {
      expect(msUntilNextMinute(new Date(-1))).to.equal(1);
      expect(msUntilNextMinute(new Date(-60_000))).to.equal(60_000);
    });
  });

  describe('dayBounds', () => {
    it('spans the template day', () => {
      expect(dayBounds(DEFAULT_AGENDA.items)).to.deep.equal({ start: 630, end: 960 });
    });

    it('ignores broken items', () => {
      const items = [item('a', '08:00', '07:00'), item('b', '10:00', '11:00'), item('c', '23:00', '12:00'), item('d', '09:00', '09:30')];
      expect(dayBounds(items)).to.deep.equal({ start: 540, end: 660 });
    });

    it('is undefined without valid items', () => {
      expect(dayBounds([])).to.equal(undefined);
      expect(dayBounds([item('a', '10:00', '10:00')])).to.equal(undefined);
    });
  });
});
