import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseAgenda, parseBoard, parseBoardEvent, parseCard, parsePartners, parsePlan, parsePlanPoint } from '../src/core/schemas/index.js';
import * as fast from '../src/core/schemas/fast-paths.js';
import { DATE_PATTERN, EMAIL_PATTERN, TIMESTAMP_PATTERN } from '../src/core/schemas/plain-checks.js';
import { DEFAULT_AGENDA } from '../src/core/defaults/agenda.js';
import { DEFAULT_BOARD } from '../src/core/defaults/board.js';
import { DEFAULT_PLAN } from '../src/core/defaults/plan.js';
import { plainOutboxEntry } from '../src/components/ija-leitfragen-board/outbox-entry-check.js';
import { parseStoredEntry } from '../src/components/ija-leitfragen-board/outbox-entry-schema.js';

/** A partner list with one invalid website and one invalid category: the schema drops or reports them. */
const partnersFixture: unknown = await (await fetch('/test/fixtures/partners.json')).json();
/** The same list as the schema keeps it: all valid. */
const validPartners = parsePartners(partnersFixture).data;
const planFixture: unknown = await (await fetch('/test/fixtures/plan.json')).json();

/**
 * Each fast path answers only "certainly valid, and this is what the schema returns": over valid
 * documents and many broken variants of them, whatever it accepts the schema accepts whole (no record
 * dropped, no issue) and returns deep-equal. (The partner record's own fast path: partner-fast-path.test.ts.)
 */

const NOW = '2027-03-04T10:31:00.000Z';

const FULL_AGENDA = {
  id: 'tag-1',
  title: 'Werkstattgespräch Musterstadt',
  date: '2028-02-29',
  timezone: 'America/New_York',
  location: 'Rathaus, Saal 2',
  items: [
    { id: 'a', start: '10:30', end: '10:45', title: 'Begrüßung', type: 'welcome', speaker: 'Bürgermeisterin', pinned: true },
    { id: 'b', start: '10:45', end: '12:30', title: 'Austausch', type: 'Eigene Art', description: 'Kleingruppen', boardId: 'leitfragen', url: 'https://example.org/board' },
  ],
};

const CARD = {
  id: 'c1',
  questionId: 'q1',
  text: 'Jugendzentren einbeziehen',
  votes: 2,
  insight: true,
  hidden: false,
  createdAt: NOW,
  mine: true,
  myVotes: 1,
  merged: [{ id: 'c0', text: 'Jugendtreffs fragen' }],
};

const FULL_BOARD = {
  id: 'leitfragen',
  title: 'Leitfragen',
  questions: [
    { id: 'q1', text: 'Wie können relevante Schnittstellen identifiziert werden?', hint: 'Ämter, Vereine' },
    { id: 'q2', text: 'Wer fehlt noch?' },
  ],
  cards: [CARD, { id: 'c2', questionId: 'q2', text: 'Die Schulen', votes: 0, createdAt: '2027-03-04T11:31:00+01:00' }],
  settings: { votesPerPerson: 5, reveal: 'moderated' },
  locked: false,
  revealed: true,
};

const POINT = {
  id: 'netzwerk',
  title: 'Lokales Netzwerk',
  summary: 'Alle Interessierten einbeziehen.',
  status: 'in-progress',
  steps: [
    { id: 's1', text: 'Partner einladen', done: true, source: { boardId: 'leitfragen', cardId: 'c1', text: 'Jugendzentren einbeziehen' } },
    { id: 's2', text: 'Treffen planen', done: false },
  ],
  links: [
    { label: 'Lücken im Netzwerk', target: 'gaps' },
    { label: 'Leitfaden', url: 'https://example.org/leitfaden' },
  ],
  responsible: 'Jugendamt',
  targetDate: '2027-06-30',
  updatedAt: NOW,
};

const FULL_PLAN = {
  id: 'plan-1',
  title: 'Unser 5-Punkte-Plan',
  points: [POINT, { id: 'werkstatt', title: 'Werkstattgespräche', summary: 'Im Frühjahr.', status: 'open' }],
  version: 7,
  check: { answers: { q1: 'yes', q2: 'partly', 'eine-frage': 'no' }, updatedAt: NOW },
};

/** Values that break, bend or test a field: each replaces every value of a valid document in turn. */
const AWKWARD: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  ' leading',
  'trailing ',
  '\u00a0',
  'x'.repeat(41),
  'x'.repeat(101),
  'x'.repeat(201),
  'x'.repeat(501),
  'x'.repeat(601),
  'x'.repeat(2001),
  'lone \uD800 surrogate',
  'pair \uD83D\uDE00 ok',
  'welcome',
  'q2',
  'c1',
  'gaps',
  'open',
  'moderated',
  'partly',
  'card-added',
  '10:30',
  '24:00',
  '9:30',
  '2027-02-29',
  '2028-02-29',
  '2027-3-4',
  NOW,
  '2027-03-04T10:31Z',
  '2027-03-04T10:31:00',
  '2027-03-04T10:31:00+25:00',
  'Europe/Berlin',
  'Mars/Olympus',
  'https://example.org',
  'javascript:alert(1)',
  'HTTP://EXAMPLE.ORG/a b',
  0,
  1,
  -1,
  2.5,
  21,
  Number.MAX_SAFE_INTEGER + 1,
  Number.NaN,
  true,
  false,
  'true',
  [],
  [{}],
  {},
  { id: 'x' },
];

type Json = unknown;

/** Every path to a value in a document (object keys and array indexes). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
  }
  return [];
}

function withValue(document: Json, path: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): Json {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

/** The document with one value changed: each awkward value, left out, an unknown key beside it, a list item twice. */
function variants(document: Json): Json[] {
  const out: Json[] = [document, null, [], 'x', {}];
  for (const path of [[], ...paths(document)]) {
    if (path.length > 0) {
      for (const value of AWKWARD) out.push(withValue(document, path, (parent, key) => void (parent[key] = value)));
      out.push(
        withValue(document, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        }),
      );
      out.push(
        withValue(document, path, (parent, key) => {
          if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
        }),
      );
    }
    out.push(
      withValue(document, [...path, '__extra'], (parent) => {
        if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) parent['unknownField'] = 'x';
      }),
    );
  }
  return out;
}

/** What the schema returns when it takes the document whole (nothing dropped, no issue), else undefined. */
function wholly<T>(parse: (input: unknown) => { data: T; issues: unknown[] } | T, input: unknown, documents: boolean): T | undefined {
  try {
    const result = parse(input);
    if (!documents) return result as T;
    const { data, issues } = result as { data: T; issues: unknown[] };
    return issues.length === 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

interface Case {
  name: string;
  /** Valid data; the broken variants are made from the first ones (`vary`, default 1: the one with every field). */
  valid: Json[];
  vary?: number;
  plain: (input: unknown) => unknown;
  parse: (input: unknown) => unknown;
  /** `parse` returns `{ data, issues }`. */
  documents: boolean;
}

const CASES: Case[] = [
  { name: 'partner list', valid: [{ partners: validPartners }, validPartners], plain: fast.plainPartnerList, parse: parsePartners, documents: true },
  { name: 'agenda', valid: [FULL_AGENDA, DEFAULT_AGENDA, { id: 'x', title: 'Ohne Zeitzone', items: [] }], plain: fast.plainAgenda, parse: parseAgenda, documents: true },
  { name: 'board', valid: [FULL_BOARD, DEFAULT_BOARD], plain: fast.plainBoard, parse: parseBoard, documents: true },
  { name: 'card', valid: [CARD], plain: fast.plainCard, parse: parseCard, documents: false },
  {
    name: 'board event',
    valid: [
      { type: 'card-added', card: CARD },
      { type: 'card-updated', card: CARD },
      { type: 'card-removed', cardId: 'c1' },
      { type: 'board-updated', board: FULL_BOARD },
    ],
    vary: 4,
    plain: fast.plainBoardEvent,
    parse: parseBoardEvent,
    documents: false,
  },
  { name: 'plan', valid: [FULL_PLAN, DEFAULT_PLAN, planFixture], plain: fast.plainPlan, parse: parsePlan, documents: true },
  { name: 'plan point', valid: [POINT], plain: fast.plainPlanPoint, parse: parsePlanPoint, documents: false },
  {
    name: 'stored outbox entry',
    valid: [
      { id: 'c1', operation: { kind: 'add-card', boardId: 'b', card: { id: 'c1', questionId: 'q1', text: 'Idee' } }, attempts: 0, state: 'pending' },
      { id: 'v1', operation: { kind: 'vote', boardId: 'b', cardId: 'c1', vote: { id: 'v1', value: -1 } }, attempts: 3, state: 'rejected', reason: { status: 409, error: 'vote-cap' } },
      { id: 'edit:c1:x', operation: { kind: 'edit-card', boardId: 'b', cardId: 'c1', patch: { text: 'Neu', hidden: true } }, attempts: 1, state: 'sending', reason: {} },
    ],
    vary: 3,
    plain: plainOutboxEntry,
    parse: parseStoredEntry,
    documents: false,
  },
];

describe('fast paths', () => {
  it("copy zod's own patterns exactly", () => {
    expect(EMAIL_PATTERN.source).to.equal(z.regexes.email.source);
    expect(DATE_PATTERN.source).to.equal(z.regexes.date.source);
    expect(TIMESTAMP_PATTERN.source).to.equal(z.regexes.datetime({ offset: true }).source);
  });

  it('leave a list with a broken record to the schema', () => {
    expect(parsePartners(partnersFixture).issues).to.have.length(2);
    expect(fast.plainPartnerList(partnersFixture)).to.equal(undefined);
  });

  for (const { name, valid, vary = 1, plain, parse, documents } of CASES) {
    it(`${name}: vouches for valid data with what the schema returns`, () => {
      for (const input of valid) {
        const expected = wholly(parse, input, documents);
        expect(expected, 'the schema takes the fixture').not.to.equal(undefined);
        expect(plain(input)).to.deep.equal(documents ? { data: expected, issues: [] } : expected);
      }
    });

    it(`${name}: never vouches for what the schema refuses or changes, over many broken variants`, function () {
      this.timeout(30_000);
      let declined = 0;
      let checked = 0;
      for (const input of valid.slice(0, vary).flatMap(variants)) {
        const answer = plain(input);
        checked++;
        if (answer === undefined) {
          declined++;
          continue;
        }
        const expected = wholly(parse, input, documents);
        expect(expected, `the schema takes ${JSON.stringify(input)}`).not.to.equal(undefined);
        expect(answer, JSON.stringify(input)).to.deep.equal(documents ? { data: expected, issues: [] } : expected);
      }
      // The variants do test something: most of them are broken.
      expect(declined).to.be.greaterThan(checked / 2);
    });
  }

  it('are outside the zod graph: nothing they import at run time imports zod or the schemas', async () => {
    const seen = new Set<string>();
    const walk = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      // The dev server answers with the module as the browser runs it (type-only imports gone); `import()`s
      // (code loaded on demand, such as the schemas when a check declines) are not followed.
      const code = await (await fetch(url)).text();
      const imports = [...code.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map((match) => new URL(match[1]!, new URL(url, location.href)).pathname);
      for (const next of imports) {
        expect(next, `${url} imports ${next}`).not.to.match(/zod|\/schemas\/(?:index|fields|parse|partner|agenda|board|plan)\.[jt]s$/);
        await walk(next);
      }
    };
    await walk('/src/core/schemas/fast-paths.ts');
    await walk('/src/components/ija-leitfragen-board/outbox-entry-check.ts');
    expect(seen.size).to.be.greaterThan(5);
  });
});
