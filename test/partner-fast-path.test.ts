import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Partner, parsePartners } from '../src/core/schemas/partner.js';
import { plainlyValidPartner } from '../src/core/schemas/partner-fast-path.js';

/** A partner with every field, valid and trimmed: what a backend usually sends. */
const FULL = {
  id: 'p1',
  name: 'Jugendzentrum Münster-Süd',
  category: 'jugendarbeit',
  type: 'kommunale-jugendarbeit',
  description: 'Offener Treff für Jugendliche; erste Begegnungen im Ausland.',
  address: 'Hauptstraße 1, 48143 Münster',
  location: { lat: 51.96, lng: 7.63 },
  website: 'https://www.muenster.example.de/jz-sued',
  email: 'kontakt@jz-sued.example.de',
  phone: '0251 123456',
  activeInIja: false,
  offers: ['Räume für Begegnungen', 'Jugendaustausch'],
  confirmedAt: '2024-02-29',
};

const MINIMAL = { id: 'p2', name: 'Stadtjugendring', category: 'vereine' };

/** Values that break, bend or test a field: each is tried in every field of a valid partner. */
const AWKWARD: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  ' leading',
  'trailing ',
  'tab\tinside',
  'new\nline',
  '\u00a0nbsp',
  'x'.repeat(101),
  'x'.repeat(121),
  'x'.repeat(201),
  'x'.repeat(301),
  'x'.repeat(2001),
  'lone \uD800 surrogate',
  'pair \uD83D\uDE00 ok',
  'vereine',
  'sport',
  0,
  91,
  -181,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  'true',
  [],
  ['Räume'],
  [' Räume'],
  [''],
  Array.from({ length: 51 }, (_, i) => `Angebot ${i}`),
  Array.from({ length: 50 }, (_, i) => `Angebot ${i}`),
  {},
  { lat: 51, lng: 7 },
  { lat: 51, lng: 7, alt: 3 },
  { lat: '51', lng: 7 },
  { lat: 90, lng: -180 },
  { lat: 90.1, lng: 0 },
  'https://example.org',
  'HTTP://EXAMPLE.ORG/Pfad?x=1#y',
  'http:example.org',
  'https:/example.org',
  'javascript:alert(1)',
  '//example.org',
  'https://exa mple.org',
  'https://example.org ',
  'https://999999999999/',
  'https://1.2.3.4.5/',
  'https://[::1]/',
  'https://example.org:99999/',
  'https://münster.example/',
  'ftp://example.org',
  'info@example.org',
  'kein-at',
  'a..b@example.org',
  '.a@example.org',
  '+49 (231) 123-456',
  '12',
  '+49 231 123456 ext 7',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-1-01',
];

const FIELDS = Object.keys(Partner.shape);

/** The fast path may only say what the schema says: the same partner, fields in the same order. */
function expectAgreement(item: unknown): void {
  const fast = plainlyValidPartner(item);
  if (fast === undefined) return;
  const result = z.safeParse(Partner, item);
  expect(result.success, `the schema refuses what the fast path accepts: ${JSON.stringify(item)}`).to.equal(true);
  expect(JSON.stringify(fast)).to.equal(JSON.stringify(result.data));
  expect(fast).to.deep.equal(result.data);
}

describe('plainlyValidPartner (the fast path of parsePartners)', () => {
  it('accepts plainly valid partners, with the output the schema gives', () => {
    for (const item of [FULL, MINIMAL, { ...FULL, description: '', unknownField: 'left out' }]) {
      expect(plainlyValidPartner(item), JSON.stringify(item)).to.not.equal(undefined);
      expectAgreement(item);
    }
  });

  it('never accepts what the schema refuses, whatever value any field holds', () => {
    let accepted = 0;
    for (const base of [FULL, MINIMAL]) {
      for (const field of [...FIELDS, 'unknownField']) {
        for (const value of AWKWARD) {
          const item = { ...base, [field]: value };
          expectAgreement(item);
          if (plainlyValidPartner(item)) accepted++;
        }
      }
    }
    // It is a fast path, not a refusal of everything: many of these are plainly valid.
    expect(accepted).to.be.greaterThan(200);
  });

  it('leaves anything not plainly valid to the schema (untrimmed text, undefined fields, not an object)', () => {
    expect(plainlyValidPartner({ ...FULL, name: ' Jugendzentrum ' })).to.equal(undefined);
    expect(plainlyValidPartner({ ...FULL, offers: ['Räume '] })).to.equal(undefined);
    expect(plainlyValidPartner({ ...FULL, type: undefined })).to.equal(undefined);
    for (const item of [null, 'p1', [FULL], 42]) expect(plainlyValidPartner(item)).to.equal(undefined);
  });
});

describe('parsePartners on valid partners', () => {
  /** Counts the schema's runs: the partner schema and each of its fields (the per-field check of optional details). */
  function countSchemaRuns(run: () => void): number {
    const schemas = [Partner, ...Object.values(Partner.shape)] as z.core.$ZodType[];
    const originals = schemas.map((schema) => schema._zod.run);
    let runs = 0;
    schemas.forEach((schema, i) => {
      schema._zod.run = (...args) => {
        runs++;
        return originals[i]!.apply(schema._zod, args);
      };
    });
    try {
      run();
    } finally {
      schemas.forEach((schema, i) => (schema._zod.run = originals[i]!));
    }
    return runs;
  }

  it('does not run zod for plainly valid partners, only for the others', () => {
    const many = Array.from({ length: 1_000 }, (_, i) => ({ ...FULL, id: `p${i}` }));
    expect(countSchemaRuns(() => expect(parsePartners(many).data).to.have.length(1_000))).to.equal(0);
    const mixed = [...many.slice(0, 10), { ...FULL, id: 'bad', website: 'javascript:alert(1)' }, { ...FULL, id: ' trimmed ' }];
    expect(countSchemaRuns(() => parsePartners(mixed))).to.be.greaterThan(0);
  });

  it('still leaves out and reports invalid partners beside plainly valid ones, as before', () => {
    const { data, issues } = parsePartners([
      FULL,
      { ...FULL, id: 'p2', website: 'javascript:alert(1)' },
      { ...FULL, id: 'p1' },
      { ...FULL, id: ' p3 ', name: ' Getrimmt ' },
      { ...FULL, id: 'p4', category: 'sport' },
    ]);
    expect(data.map((p) => p.id)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(data[1]).to.not.have.property('website');
    expect(data[2]!.name).to.equal('Getrimmt');
    expect(issues.map((issue) => [issue.path, issue.record])).to.deep.equal([
      ['partners[1].website', ''],
      ['partners[2].id', 'partners[2]'],
      ['partners[4].category', 'partners[4]'],
    ]);
  });
});
