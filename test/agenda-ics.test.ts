import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { agendaToIcs, icsFileName } from '../src/components/ija-workshop-agenda/agenda-ics.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import type { Agenda, AgendaItem } from '../src/core/schemas/agenda.js';

const NOW = new Date('2027-02-01T12:00:00Z');

function agendaOn(date: string, timezone = 'Europe/Berlin', items?: AgendaItem[]): Agenda {
  return {
    ...structuredClone(DEFAULT_AGENDA),
    id: 'ws-musterstadt',
    title: 'Werkstattgespräch Musterstadt',
    date,
    timezone,
    location: 'Rathaus Musterstadt, Saal 2',
    ...(items ? { items } : {}),
  };
}

/** Parses an .ics text, registering its VTIMEZONEs so that TZID times resolve. */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function startIso(event: ICAL.Event): string {
  return event.startDate.toJSDate().toISOString();
}

function endIso(event: ICAL.Event): string {
  return event.endDate.toJSDate().toISOString();
}

function text(event: ICAL.Event, name: string): unknown {
  return event.component.getFirstPropertyValue(name);
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).to.be.true;
  return ics.slice(0, -2).split('\r\n');
}

describe('agenda-ics', () => {
  afterEach(() => {
    if (ICAL.TimezoneService.has('Europe/Berlin')) ICAL.TimezoneService.remove('Europe/Berlin');
  });

  describe('calendar', () => {
    it('writes the calendar properties and a Europe/Berlin VTIMEZONE', () => {
      const ics = agendaToIcs(agendaOn('2027-03-04'), { mode: 'items', now: NOW });
      const { calendar } = parse(ics);
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//ija-widgets//Werkstattgespraech//DE');
      expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');

      const lines = physicalLines(ics);
      expect(lines).to.include.members([
        'TZID:Europe/Berlin',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'DTSTART:19700329T020000',
        'DTSTART:19701025T030000',
        'DTSTART;TZID=Europe/Berlin:20270304T103000',
        'DTEND;TZID=Europe/Berlin:20270304T104500',
        'DTSTAMP:20270201T120000Z',
      ]);
      const zone = calendar.getFirstSubcomponent('vtimezone')!;
      const daylight = zone.getFirstSubcomponent('daylight')!;
      const standard = zone.getFirstSubcomponent('standard')!;
      expect(daylight.getFirstProperty('tzoffsetfrom')!.toICALString()).to.equal('TZOFFSETFROM:+0100');
      expect(daylight.getFirstProperty('tzoffsetto')!.toICALString()).to.equal('TZOFFSETTO:+0200');
      expect(daylight.getFirstPropertyValue('tzname')).to.equal('CEST');
      expect(standard.getFirstProperty('tzoffsetfrom')!.toICALString()).to.equal('TZOFFSETFROM:+0200');
      expect(standard.getFirstProperty('tzoffsetto')!.toICALString()).to.equal('TZOFFSETTO:+0100');
      expect(standard.getFirstPropertyValue('tzname')).to.equal('CET');
    });

    it('ends every line with CRLF and has no bare CR or LF', () => {
      const ics = agendaToIcs(agendaOn('2027-03-04'), { mode: 'items', now: NOW });
      expect(ics.endsWith('\r\n')).to.be.true;
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('throws for a template without a date', () => {
      expect(() => agendaToIcs(DEFAULT_AGENDA, { mode: 'items' })).to.throw(Error);
      expect(() => agendaToIcs(DEFAULT_AGENDA, { mode: 'day' })).to.throw(Error);
    });

    it('keeps UIDs stable between two exports', () => {
      const agenda = agendaOn('2027-03-04');
      const first = parse(agendaToIcs(agenda, { mode: 'items', now: NOW })).events.map((e) => e.uid);
      const second = parse(agendaToIcs(agenda, { mode: 'items', now: new Date() })).events.map((e) => e.uid);
      expect(first).to.deep.equal(second);
      expect(first[0]).to.equal('ws-musterstadt-begruessung@ija-widgets');
      expect(new Set(first).size).to.equal(first.length);
      const day1 = parse(agendaToIcs(agenda, { mode: 'day', now: NOW })).events[0]!.uid;
      const day2 = parse(agendaToIcs(agenda, { mode: 'day' })).events[0]!.uid;
      expect(day1).to.equal('ws-musterstadt@ija-widgets');
      expect(day2).to.equal(day1);
    });

    it('defaults DTSTAMP to now, in UTC', () => {
      const before = Math.floor(Date.now() / 1000) * 1000;
      const { events } = parse(agendaToIcs(agendaOn('2027-03-04'), { mode: 'day' }));
      const stamp = (text(events[0]!, 'dtstamp') as ICAL.Time);
      expect(stamp.zone).to.equal(ICAL.Timezone.utcTimezone);
      expect(stamp.toJSDate().getTime()).to.be.within(before, Date.now());
    });
  });

  describe('items mode', () => {
    it('writes one VEVENT per valid item, breaks included, sorted by start', () => {
      const agenda = agendaOn('2027-03-04');
      agenda.items.reverse();
      agenda.items.push(
        { id: 'empty', start: '17:00', end: '17:00', title: 'Leer', type: 'other' },
        { id: 'backwards', start: '18:00', end: '17:30', title: 'Rückwärts', type: 'other' },
      );
      const { events } = parse(agendaToIcs(agenda, { mode: 'items', now: NOW }));
      expect(events.map((e) => e.summary)).to.deep.equal(DEFAULT_AGENDA.items.map((item) => item.title));
      expect(events.map((e) => text(e, 'transp'))).to.deep.equal(
        DEFAULT_AGENDA.items.map((item) => (item.type === 'break' ? 'TRANSPARENT' : 'OPAQUE')),
      );
      expect(events.filter((e) => text(e, 'transp') === 'TRANSPARENT').map((e) => e.summary)).to.deep.equal([
        'Mittagspause',
        'Kaffeepause',
      ]);
      expect(events.map((e) => e.location)).to.satisfy((all: string[]) =>
        all.every((l) => l === 'Rathaus Musterstadt, Saal 2'),
      );
      expect(startIso(events[0]!)).to.equal('2027-03-04T09:30:00.000Z');
      expect(endIso(events.at(-1)!)).to.equal('2027-03-04T15:00:00.000Z');
    });

    it('writes speaker and description, and the URL when given', () => {
      const { events } = parse(
        agendaToIcs(agendaOn('2027-03-04'), { mode: 'items', now: NOW, url: 'https://example.org/agenda?x=1,2' }),
      );
      const welcome = events[0]!;
      expect(welcome.description).to.equal(
        `${DEFAULT_AGENDA.items[0]!.speaker}\n${DEFAULT_AGENDA.items[0]!.description}`,
      );
      expect(text(welcome, 'url')).to.equal('https://example.org/agenda?x=1,2');
      const lunch = events.find((e) => e.summary === 'Mittagspause')!;
      expect(lunch.description).to.equal(null);
    });

    it('omits LOCATION and URL when not set', () => {
      const agenda = agendaOn('2027-03-04');
      delete agenda.location;
      const ics = agendaToIcs(agenda, { mode: 'items', now: NOW });
      expect(ics).not.to.contain('LOCATION');
      expect(ics).not.to.contain('URL:');
    });
  });

  describe('day mode', () => {
    it('writes one event from the first start to the last end, listing the programme', () => {
      const agenda = agendaOn('2027-03-04');
      agenda.items.reverse();
      agenda.items.push({ id: 'broken', start: '18:00', end: '09:00', title: 'Kaputt', type: 'other' });
      const { events } = parse(agendaToIcs(agenda, { mode: 'day', now: NOW, url: 'https://example.org/' }));
      expect(events).to.have.length(1);
      const day = events[0]!;
      expect(day.summary).to.equal('Werkstattgespräch Musterstadt');
      expect(startIso(day)).to.equal('2027-03-04T09:30:00.000Z');
      expect(endIso(day)).to.equal('2027-03-04T15:00:00.000Z');
      expect(day.location).to.equal('Rathaus Musterstadt, Saal 2');
      expect(text(day, 'url')).to.equal('https://example.org/');
      const lines = day.description.split('\n');
      expect(lines).to.deep.equal(DEFAULT_AGENDA.items.map((item) => `${item.start}–${item.end} ${item.title}`));
      expect(lines[0]).to.equal('10:30–10:45 Begrüßung');
      expect(lines).to.include('12:30–13:30 Mittagspause');
      expect(lines).to.include('15:15–15:30 Kaffeepause');
    });

    it('uses the earliest start and latest end even when items overlap', () => {
      const items: AgendaItem[] = [
        { id: 'a', start: '09:00', end: '17:00', title: 'Lang', type: 'other' },
        { id: 'b', start: '10:00', end: '11:00', title: 'Kurz', type: 'input' },
      ];
      const { events } = parse(agendaToIcs(agendaOn('2027-03-04', 'Europe/Berlin', items), { mode: 'day', now: NOW }));
      expect(startIso(events[0]!)).to.equal('2027-03-04T08:00:00.000Z');
      expect(endIso(events[0]!)).to.equal('2027-03-04T16:00:00.000Z');
    });
  });

  describe('without timed items', () => {
    it('exports the day as an all-day event in both modes', () => {
      const items: AgendaItem[] = [{ id: 'x', start: '12:00', end: '12:00', title: 'Leer', type: 'other' }];
      for (const mode of ['items', 'day'] as const) {
        const { events } = parse(agendaToIcs(agendaOn('2027-03-04', 'Europe/Berlin', items), { mode, now: NOW }));
        expect(events).to.have.length(1);
        expect(events[0]!.uid).to.equal('ws-musterstadt@ija-widgets');
        expect(events[0]!.startDate.isDate).to.be.true;
        expect(events[0]!.startDate.toString()).to.equal('2027-03-04');
        expect(events[0]!.endDate.toString()).to.equal('2027-03-05');
        expect(events[0]!.description).to.equal(null);
      }
    });
  });

  describe('time zones', () => {
    const cases: [string, string][] = [
      ['2027-03-27', '2027-03-27T09:30:00.000Z'], // CET
      ['2027-03-28', '2027-03-28T08:30:00.000Z'], // switch day, after 02:00: CEST
      ['2027-10-30', '2027-10-30T08:30:00.000Z'], // CEST
      ['2027-10-31', '2027-10-31T09:30:00.000Z'], // CET again
    ];
    for (const [date, expected] of cases) {
      it(`Europe/Berlin ${date} 10:30 is ${expected}`, () => {
        const ics = agendaToIcs(agendaOn(date), { mode: 'items', now: NOW });
        expect(ics).to.contain(`DTSTART;TZID=Europe/Berlin:${date.replace(/-/g, '')}T103000`);
        const { events } = parse(ics);
        expect(events[0]!.startDate.zone!.tzid).to.equal('Europe/Berlin');
        expect(startIso(events[0]!)).to.equal(expected);
        const day = parse(agendaToIcs(agendaOn(date), { mode: 'day', now: NOW })).events[0]!;
        expect(startIso(day)).to.equal(expected);
      });
    }

    it('converts America/New_York to UTC without a VTIMEZONE', () => {
      const ics = agendaToIcs(agendaOn('2027-07-01', 'America/New_York'), { mode: 'items', now: NOW });
      expect(ics).not.to.contain('VTIMEZONE');
      expect(ics).to.contain('DTSTART:20270701T143000Z\r\n');
      const { events } = parse(ics);
      expect(startIso(events[0]!)).to.equal('2027-07-01T14:30:00.000Z');
      expect(endIso(events.at(-1)!)).to.equal('2027-07-01T20:00:00.000Z');
      const winter = parse(agendaToIcs(agendaOn('2027-01-15', 'America/New_York'), { mode: 'day', now: NOW }));
      expect(startIso(winter.events[0]!)).to.equal('2027-01-15T15:30:00.000Z');
    });

    it('converts other zones correctly across their DST change', () => {
      const before = parse(agendaToIcs(agendaOn('2027-03-27', 'Europe/London'), { mode: 'day', now: NOW }));
      const after = parse(agendaToIcs(agendaOn('2027-03-28', 'Europe/London'), { mode: 'day', now: NOW }));
      expect(startIso(before.events[0]!)).to.equal('2027-03-27T10:30:00.000Z');
      expect(startIso(after.events[0]!)).to.equal('2027-03-28T09:30:00.000Z');
      const early: AgendaItem[] = [{ id: 'x', start: '00:30', end: '04:00', title: 'Nacht', type: 'other' }];
      // US switch on 2027-03-14 at 02:00: 00:30 EST (-5), 04:00 EDT (-4).
      const ny = parse(agendaToIcs(agendaOn('2027-03-14', 'America/New_York', early), { mode: 'items', now: NOW }));
      expect(startIso(ny.events[0]!)).to.equal('2027-03-14T05:30:00.000Z');
      expect(endIso(ny.events[0]!)).to.equal('2027-03-14T08:00:00.000Z');
      const tokyo = parse(agendaToIcs(agendaOn('2027-07-01', 'Asia/Tokyo'), { mode: 'day', now: NOW }));
      expect(startIso(tokyo.events[0]!)).to.equal('2027-07-01T01:30:00.000Z');
    });
  });

  describe('text', () => {
    it('escapes TEXT values so that they round-trip', () => {
      const title = 'Ziele; Wege, Mittel \\ Ergebnisse';
      const description = 'Erste Zeile; mit Komma, Backslash \\ und\nzweite Zeile\n\ndritte';
      const items: AgendaItem[] = [
        { id: 'a', start: '10:00', end: '11:00', title, type: 'input', speaker: 'Dr. A, B; C', description },
      ];
      const agenda = { ...agendaOn('2027-03-04', 'Europe/Berlin', items), location: 'Saal 1, 2. OG; Eingang \\ Süd' };
      const ics = agendaToIcs(agenda, { mode: 'items', now: NOW });
      expect(ics).to.contain('SUMMARY:Ziele\\; Wege\\, Mittel \\\\ Ergebnisse\r\n');
      const event = parse(ics).events[0]!;
      expect(event.summary).to.equal(title);
      expect(event.description).to.equal(`Dr. A, B; C\n${description}`);
      expect(event.location).to.equal('Saal 1, 2. OG; Eingang \\ Süd');
      const day = parse(agendaToIcs({ ...agenda, title }, { mode: 'day', now: NOW })).events[0]!;
      expect(day.summary).to.equal(title);
      expect(day.description).to.equal(`10:00–11:00 ${title}`);
    });

    it('folds lines at 75 UTF-8 octets without splitting characters', () => {
      const title = 'Übergänge für Jugendliche – Förderung, Öffnung und Größe äöüß 🌍 '.repeat(6).trim();
      const description = 'ÄÖÜ'.repeat(100) + '\n' + '🙂é'.repeat(50) + ' ' + 'x'.repeat(200);
      const items: AgendaItem[] = [{ id: 'a', start: '10:00', end: '11:00', title, type: 'input', description }];
      const agenda = agendaOn('2027-03-04', 'Europe/Berlin', items);
      const encoder = new TextEncoder();
      for (const mode of ['items', 'day'] as const) {
        const ics = agendaToIcs({ ...agenda, title }, { mode, now: NOW });
        const lines = physicalLines(ics);
        expect(lines.some((line) => line.startsWith(' '))).to.be.true;
        for (const line of lines) {
          expect(encoder.encode(line).length, line).to.be.at.most(75);
          // A split surrogate pair would be a lone surrogate.
          expect(line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        const unfolded = ics.replace(/\r\n /g, '');
        expect(unfolded).to.contain(`SUMMARY:${title.replace(/,/g, '\\,')}\r\n`);
        const event = parse(ics).events[0]!;
        expect(event.summary).to.equal(title);
        if (mode === 'items') expect(event.description).to.equal(description);
      }
    });
  });

  describe('icsFileName', () => {
    it('transliterates umlauts and appends the date', () => {
      expect(icsFileName(agendaOn('2027-03-04'))).to.equal('werkstattgespraech-musterstadt-2027-03-04.ics');
      expect(icsFileName({ ...agendaOn('2027-03-04'), title: 'Größe & Übermut: Öffnung für alle!' })).to.equal(
        'groesse-uebermut-oeffnung-fuer-alle-2027-03-04.ics',
      );
      expect(icsFileName({ ...agendaOn('2027-03-04'), title: 'Café Straße' })).to.equal('cafe-strasse-2027-03-04.ics');
    });

    it('is plain ASCII and leaves out the date of a template', () => {
      const name = icsFileName(DEFAULT_AGENDA);
      expect(name).to.match(/^[a-z0-9-]+\.ics$/);
      expect(name.startsWith('werkstattgespraech-mehr-internationale-jugendarbeit')).to.be.true;
      expect(icsFileName({ ...agendaOn('2027-03-04'), title: '🌍🌍' })).to.equal('ws-musterstadt-2027-03-04.ics');
    });
  });
});
