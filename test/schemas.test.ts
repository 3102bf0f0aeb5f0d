import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Agenda, Board, countDroppedRecords, Partner, parseAgenda, parseBoard, parsePartners, parsePlan, Plan } from '../src/core/schemas/index.js';
import { CONTRACT_SCHEMAS } from '../src/core/schemas/json-schema.js';
import { IjaAdapterError } from '../src/core/errors.js';

function invalidDataError(run: () => unknown): IjaAdapterError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(IjaAdapterError);
    expect((error as IjaAdapterError).kind).to.equal('invalid-data');
    return error as IjaAdapterError;
  }
  throw new Error('Expected invalid data to be rejected');
}

const partner = (over: Record<string, unknown> = {}) => ({
  id: 'p1',
  name: 'Städtepartnerschaftsverein Musterstadt e. V.',
  category: 'vereine',
  type: 'staedtepartnerschaft',
  location: { lat: 51.5, lng: 7.4 },
  website: 'https://example.org',
  email: 'info@example.org',
  phone: '+49 231 123456',
  activeInIja: false,
  offers: ['Jugendbegegnung'],
  ...over,
});

describe('partner schema', () => {
  it('accepts valid partners, as a document or a bare array', () => {
    expect(parsePartners({ partners: [partner()] }).data[0]!.name).to.contain('Städtepartnerschaft');
    expect(parsePartners([partner(), partner({ id: 'p2', category: 'politik' })]).issues).to.deep.equal([]);
  });

  it('drops invalid partners, keeps the rest, and names each problem by path', () => {
    const { data, issues } = parsePartners({
      partners: [
        partner(),
        partner({ id: 'p2', category: 'sport' }),
        partner({ id: 'p3', website: 'javascript:alert(1)' }),
        partner({ id: 'p4', location: { lat: 200, lng: 7 } }),
        partner({ id: 'p1' }),
        'nonsense',
        partner({ id: 'p5', type: 'eigener Typ' }),
      ],
    });
    // A bad link or position costs only that field; a bad group, id or shape costs the record.
    expect(data.map((p) => p.id)).to.deep.equal(['p1', 'p3', 'p4', 'p5']);
    expect(data[1]).not.to.have.property('website');
    expect(data[2]).not.to.have.property('location');
    expect(issues.map((i) => i.path)).to.deep.equal([
      'partners[2].website',
      'partners[3].location.lat',
      'partners[1].category',
      'partners[4].id',
      'partners[5]',
    ]);
    expect(issues[3]!.message).to.contain('Duplicate id');
    expect(countDroppedRecords(issues)).to.equal(3);
    expect(countDroppedRecords(parsePartners([{ id: 'x' }]).issues)).to.equal(1);
  });

  it('rejects a document that is not a partner list', () => {
    invalidDataError(() => parsePartners({ items: [] }));
    invalidDataError(() => parsePartners('partners'));
  });

  it('trims text and drops unknown fields', () => {
    const { data } = parsePartners([{ ...partner(), name: '  Jugendring  ', secret: 'x' }]);
    expect(data[0]!.name).to.equal('Jugendring');
    expect(data[0]).not.to.have.property('secret');
  });
});

describe('agenda schema', () => {
  const agenda = () => ({
    id: 'tag',
    title: 'Werkstattgespräch',
    date: '2027-03-04',
    items: [
      { id: 'a', start: '10:30', end: '10:45', title: 'Begrüßung', type: 'welcome' },
      { id: 'b', start: '12:30', end: '13:30', title: 'Mittagspause', type: 'break' },
    ],
  });

  it('accepts a valid agenda and fills in the default time zone', () => {
    const { data, issues } = parseAgenda(agenda());
    expect(issues).to.deep.equal([]);
    expect(data.timezone).to.equal('Europe/Berlin');
    expect(data.items).to.have.length(2);
  });

  it('keeps items of unknown type (shown as "other" by the agenda), drops broken items', () => {
    const input = agenda();
    input.items.push(
      { id: 'c', start: '13:30', end: '15:00', title: 'Markt der Möglichkeiten', type: 'marketplace' },
      { id: 'd', start: '25:00', end: '15:00', title: 'Kaputt', type: 'other' },
      { id: 'e', start: '15:00', end: '16:00', title: '', type: 'closing' },
    );
    const { data, issues } = parseAgenda(input);
    expect(data.items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
    expect(issues.map((i) => i.path)).to.deep.equal(['items[3].start', 'items[4].title']);
  });

  it('rejects an agenda whose own fields are invalid, with every path', () => {
    const error = invalidDataError(() => parseAgenda({ ...agenda(), date: '4.3.2027', timezone: 'Mars/Olympus' }));
    expect(error.issues.map((i) => i.path)).to.deep.equal(['date', 'timezone']);
    invalidDataError(() => parseAgenda([agenda()]));
  });
});

describe('board schema', () => {
  const board = () => ({
    id: 'leitfragen',
    title: 'Leitfragen',
    questions: [{ id: 'q1', text: 'Wie kommt das Thema auf die Agenda?' }],
    cards: [
      { id: 'c1', questionId: 'q1', text: 'Jugendhilfeausschuss', votes: 2, createdAt: '2027-03-04T13:45:00+01:00' },
    ],
  });

  it('accepts a valid board', () => {
    expect(parseBoard(board()).issues).to.deep.equal([]);
  });

  it('drops cards with bad fields or an unknown question, keeps the rest', () => {
    const input = board();
    input.cards.push(
      { id: 'c2', questionId: 'q9', text: 'Verwaist', votes: 0, createdAt: '2027-03-04T13:45:00+01:00' },
      { id: 'c3', questionId: 'q1', text: 'x'.repeat(501), votes: 0, createdAt: '2027-03-04T13:45:00+01:00' },
      { id: 'c4', questionId: 'q1', text: 'Negativ', votes: -1, createdAt: '2027-03-04T13:45:00+01:00' },
    );
    const { data, issues } = parseBoard(input);
    expect(data.cards.map((c) => c.id)).to.deep.equal(['c1']);
    expect(issues.map((i) => i.path)).to.deep.equal(['cards[1].questionId', 'cards[2].text', 'cards[3].votes']);
    expect(issues.map((i) => i.record)).to.deep.equal(['cards[1]', 'cards[2]', 'cards[3]']);
  });

  it('rejects a board without a title', () => {
    invalidDataError(() => parseBoard({ ...board(), title: undefined }));
  });
});

describe('plan schema', () => {
  const plan = () => ({
    id: 'plan',
    title: '5-Punkte-Plan',
    points: [
      {
        id: 'netzwerk',
        title: 'Netzwerk',
        summary: 'Alle einbeziehen.',
        status: 'in-progress',
        steps: [
          { id: 's1', text: 'Vereine einladen', done: true },
          { id: 's2', text: 'Kaputt', done: 'ja' },
        ],
      },
      { id: 'x', title: 'Ohne Status', summary: '…' },
    ],
  });

  it('drops invalid steps inside a point and invalid points, keeps the rest', () => {
    const { data, issues } = parsePlan(plan());
    expect(data.points.map((p) => p.id)).to.deep.equal(['netzwerk']);
    expect(data.points[0]!.steps!.map((s) => s.id)).to.deep.equal(['s1']);
    expect(issues.map((i) => i.path)).to.deep.equal(['points[0].steps[1].done', 'points[1].status']);
  });

  it('rejects something that is not a plan', () => {
    invalidDataError(() => parsePlan(null));
    invalidDataError(() => parsePlan({ id: 'plan', points: [] }));
  });
});

describe('published JSON Schemas', () => {
  it('are written for every contract document by `npm run schema`', async () => {
    const names = (await (await fetch('/__schema/index.json')).json()) as string[];
    expect(names.sort()).to.deep.equal(Object.keys(CONTRACT_SCHEMAS).sort());
  });

  it('match the zod schemas the widgets use', async () => {
    for (const [name, schema] of [
      ['partner', Partner],
      ['agenda', Agenda],
      ['board', Board],
      ['plan', Plan],
    ] as const) {
      const file = (await (await fetch(`/__schema/${name}.json`)).json()) as Record<string, unknown>;
      const { $id, title, ...generated } = file;
      expect($id).to.contain(`${name}.json`);
      expect(title).to.equal(name);
      expect(generated).to.deep.equal(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    }
  });

  it('say what the contract requires', async () => {
    const file = (await (await fetch('/__schema/partner.json')).json()) as {
      required: string[];
      properties: { category: { enum: string[] } };
    };
    expect(file.required).to.include.members(['id', 'name', 'category']);
    expect(file.properties.category.enum).to.deep.equal(['vereine', 'jugendarbeit', 'politik', 'schule-beruf']);
  });
});

describe('issue messages', () => {
  it('say in words what was expected', () => {
    const { issues } = parsePartners([
      { id: 'a', name: 'A', category: 'sport' },
      { id: 'b', name: '', category: 'politik' },
      { id: 'c', name: 'C', category: 'politik', location: { lat: 'x', lng: 7 } },
      { id: 'd', name: 'D', category: 'politik', email: 'kein-at' },
      { id: 'e', name: 'E', category: 'politik', location: { lat: 91, lng: 7 } },
      { id: 'f', name: 'x'.repeat(201), category: 'politik' },
    ]);
    expect(issues.map((i) => i.message)).to.deep.equal([
      'Expected number',
      'Expected a valid email',
      'Must be at most 90',
      'Expected one of "vereine", "jugendarbeit", "politik", "schule-beruf"',
      'Needs at least 1 character(s)',
      'Allows at most 200 character(s)',
    ]);
  });
});
