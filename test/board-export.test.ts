import { expect } from '@open-wc/testing';
import {
  boardToCsv,
  boardToJson,
  boardToMarkdown,
  escapeMarkdown,
  exportTimestamp,
  resultOrder,
  type ExportLabels,
} from '../src/components/ija-leitfragen-board/board-export.js';
import { parseBoard, type Board, type Card } from '../src/core/schemas/board.js';

const LABELS: ExportLabels = {
  title: 'Ergebnisse: Leitfragen',
  question: 'Leitfrage',
  idea: 'Idee',
  votes: 'Stimmen',
  voteCount: (count) => (count === 1 ? '1 Stimme' : `${count} Stimmen`),
  insight: 'Zentrale Erkenntnis',
  yes: 'Ja',
  insightsHeading: 'Zentrale Erkenntnisse',
  merged: 'Zusammengeführt',
  exportedAt: (date) => `Exportiert am ${date}`,
};

const NOW = new Date('2025-03-14T16:30:00Z');

const Q1 = 'Wie kommt das Thema auf die Agenda?';
const Q2 = 'Wo sehen Sie das Thema in 10 Jahren?';

function card(id: string, questionId: string, text: string, votes: number, createdAt: string, extra: Partial<Card> = {}): Card {
  return { id, questionId, text, votes, createdAt, ...extra };
}

const BOARD: Board = {
  id: 'leitfragen',
  title: 'Leitfragen',
  questions: [
    { id: 'q1', text: Q1, hint: 'Wie ist es darauf gekommen?' },
    { id: 'q2', text: Q2 },
    { id: 'q3', text: 'Noch ohne Ideen' },
  ],
  cards: [
    card('a', 'q1', 'Jugendhilfeausschuss einbinden', 2, '2025-03-14T09:00:00+01:00', { mine: true, myVotes: 1 }),
    card('b', 'q1', 'Fördermittel bündeln', 5, '2025-03-14T09:05:00+01:00'),
    card('c', 'q1', 'Partnerschaft mit Schulen', 1, '2025-03-14T09:10:00+01:00', { insight: true }),
    card('d', 'q1', 'Noch verborgen', 9, '2025-03-14T09:15:00+01:00', { hidden: true }),
    // 07:50 UTC is 08:50 in Berlin: older than "a" although the string sorts later.
    card('e', 'q1', 'Gleichstand, aber älter', 2, '2025-03-14T07:50:00Z', { myVotes: 2 }),
    card('f', 'q2', '*fett* # <b>x</b>', 0, '2025-03-14T10:00:00+01:00'),
    card('g', 'q2', '=SUMME(A1)', 3, '2025-03-14T10:05:00+01:00', { insight: true }),
    card('h', 'q2', '- Liste\n1. Punkt', 0, '2025-03-14T10:10:00+01:00'),
    card('i', 'q2', 'Er sagte "Ja"; dann ging es los', 0, '2025-03-14T10:15:00+01:00', { hidden: false, insight: false }),
  ],
  settings: { votesPerPerson: 3, reveal: 'moderated' },
  revealed: true,
};

const ids = (cards: readonly Card[]) => cards.map((c) => c.id);

describe('resultOrder', () => {
  it('puts key insights first, then more votes, then older cards, and leaves hidden cards out', () => {
    const q1 = BOARD.cards.filter((c) => c.questionId === 'q1');
    expect(ids(resultOrder(q1))).to.deep.equal(['c', 'b', 'e', 'a']);
    expect(ids(resultOrder(BOARD.cards.filter((c) => c.questionId === 'q2')))).to.deep.equal(['g', 'f', 'h', 'i']);
  });

  it('ranks several insights by votes among themselves, and breaks full ties by id', () => {
    const at = '2025-03-14T09:00:00Z';
    const cards = [
      card('z', 'q1', 'z', 1, at),
      card('y', 'q1', 'y', 1, at),
      card('x', 'q1', 'x', 0, at, { insight: true }),
      card('w', 'q1', 'w', 4, at, { insight: true }),
    ];
    expect(ids(resultOrder(cards))).to.deep.equal(['w', 'x', 'y', 'z']);
  });

  it('does not change the array it is given', () => {
    const cards = BOARD.cards.slice(0, 3);
    resultOrder(cards);
    expect(ids(cards)).to.deep.equal(['a', 'b', 'c']);
    expect(resultOrder([])).to.deep.equal([]);
  });
});

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['*fett* # <b>x</b>', '\\*fett\\* \\# \\<b\\>x\\</b\\>'],
    ['# Überschrift', '\\# Überschrift'],
    ['_kursiv_ und `code`', '\\_kursiv\\_ und \\`code\\`'],
    ['[Link](javascript:alert(1))', '\\[Link\\](javascript:alert(1))'],
    ['C:\\Pfad', 'C:\\\\Pfad'],
    ['> Zitat', '\\> Zitat'],
    ['- Punkt', '\\- Punkt'],
    ['+ Punkt', '\\+ Punkt'],
    ['-', '\\-'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['1. Schritt', '1\\. Schritt'],
    ['2) Schritt', '2\\) Schritt'],
    ['~~weg~~ | Spalte', '\\~\\~weg\\~\\~ \\| Spalte'],
    ['&amp; und &#35;', '\\&amp; und &\\#35;'],
    ['-5 Grad', '-5 Grad'],
    ['14.03.2025 Treffen', '14.03.2025 Treffen'],
    // Plain text stays readable.
    ['A & B, -5 Grad, 14.03.2025, 3+4=7, E-Mail', 'A & B, -5 Grad, 14.03.2025, 3+4=7, E-Mail'],
    ['Zeile 1\n# Zeile 2\r\n   - Zeile 3', 'Zeile 1\n  \\# Zeile 2\n  \\- Zeile 3'],
  ];
  for (const [input, expected] of cases) {
    it(`keeps ${JSON.stringify(input)} literal`, () => {
      expect(escapeMarkdown(input)).to.equal(expected);
    });
  }
});

describe('boardToMarkdown', () => {
  it('lists the key insights, then each question with its ideas in result order', () => {
    expect(boardToMarkdown(BOARD, LABELS, NOW)).to.equal(
      [
        '# Ergebnisse: Leitfragen',
        '',
        `Exportiert am ${exportTimestamp(NOW)}`,
        '',
        '## Zentrale Erkenntnisse',
        '',
        `- Partnerschaft mit Schulen (1 Stimme; Leitfrage: ${Q1})`,
        `- =SUMME(A1) (3 Stimmen; Leitfrage: ${Q2})`,
        '',
        `## ${Q1}`,
        '',
        '- Partnerschaft mit Schulen (1 Stimme, Zentrale Erkenntnis)',
        '- Fördermittel bündeln (5 Stimmen)',
        '- Gleichstand, aber älter (2 Stimmen)',
        '- Jugendhilfeausschuss einbinden (2 Stimmen)',
        '',
        `## ${Q2}`,
        '',
        '- =SUMME(A1) (3 Stimmen, Zentrale Erkenntnis)',
        '- \\*fett\\* \\# \\<b\\>x\\</b\\> (0 Stimmen)',
        '- \\- Liste',
        '  1\\. Punkt (0 Stimmen)',
        '- Er sagte "Ja"; dann ging es los (0 Stimmen)',
        '',
        '## Noch ohne Ideen',
        '',
      ].join('\n'),
    );
  });

  it('leaves hidden cards out and the insights section away when there are none', () => {
    const board: Board = { ...BOARD, cards: BOARD.cards.filter((c) => c.insight !== true) };
    const markdown = boardToMarkdown(board, LABELS, NOW);
    expect(markdown).not.to.contain('## Zentrale Erkenntnisse');
    expect(markdown).not.to.contain('Noch verborgen');
    expect(markdown).not.to.contain('Zentrale Erkenntnis');
  });

  it('escapes the title, the labels and the questions too', () => {
    const board: Board = { ...BOARD, questions: [{ id: 'q1', text: 'Was kostet <script>? #1' }], cards: [] };
    const labels: ExportLabels = { ...LABELS, title: '# Ergebnis *wichtig*', exportedAt: () => '> 14.03.2025' };
    expect(boardToMarkdown(board, labels, NOW)).to.equal(
      ['# \\# Ergebnis \\*wichtig\\*', '', '\\> 14.03.2025', '', '## Was kostet \\<script\\>? \\#1', ''].join('\n'),
    );
  });

  it('passes the export time to the label as local "YYYY-MM-DD HH:MM"', () => {
    let received = '';
    boardToMarkdown(BOARD, { ...LABELS, exportedAt: (date) => ((received = date), 'x') }, NOW);
    expect(received).to.equal(exportTimestamp(NOW));
    expect(exportTimestamp(new Date(2025, 2, 4, 9, 5))).to.equal('2025-03-04 09:05');
    expect(exportTimestamp(new Date(2025, 11, 31, 23, 59))).to.equal('2025-12-31 23:59');
  });
});

describe('boardToCsv', () => {
  it('writes BOM, quoted semicolon-separated cells and CRLF rows in result order', () => {
    expect(boardToCsv(BOARD, LABELS)).to.equal(
      '\uFEFF' +
        '"Leitfrage";"Idee";"Stimmen";"Zentrale Erkenntnis";"Zusammengeführt"\r\n' +
        `"${Q1}";"Partnerschaft mit Schulen";"1";"Ja";""\r\n` +
        `"${Q1}";"Fördermittel bündeln";"5";"";""\r\n` +
        `"${Q1}";"Gleichstand, aber älter";"2";"";""\r\n` +
        `"${Q1}";"Jugendhilfeausschuss einbinden";"2";"";""\r\n` +
        `"${Q2}";"'=SUMME(A1)";"3";"Ja";""\r\n` +
        `"${Q2}";"*fett* # <b>x</b>";"0";"";""\r\n` +
        `"${Q2}";"'- Liste\n1. Punkt";"0";"";""\r\n` +
        `"${Q2}";"Er sagte ""Ja""; dann ging es los";"0";"";""\r\n`,
    );
  });

  it('writes only the header for a board without visible cards', () => {
    expect(boardToCsv({ ...BOARD, cards: [] }, LABELS)).to.equal('\uFEFF"Leitfrage";"Idee";"Stimmen";"Zentrale Erkenntnis";"Zusammengeführt"\r\n');
  });

  it('puts an apostrophe before every cell a spreadsheet would read as a formula', () => {
    const starts = ['=1+1', '+49 211', '-2', '@SUM(A1)', '\tTab', '\rCR'];
    const board: Board = {
      ...BOARD,
      questions: [{ id: 'q1', text: '=HYPERLINK("http://x")' }],
      cards: starts.map((text, index) => card(`c${index}`, 'q1', text, 0, `2025-03-14T09:0${index}:00Z`)),
    };
    const labels = { ...LABELS, idea: '-Idee', yes: '=Ja' };
    const rows = boardToCsv(board, labels).slice(1).split('\r\n');
    expect(rows[0]).to.equal('"Leitfrage";"\'-Idee";"Stimmen";"Zentrale Erkenntnis";"Zusammengeführt"');
    expect(rows.slice(1, -1)).to.deep.equal(
      starts.map((text) => `"'=HYPERLINK(""http://x"")";"'${text}";"0";"";""`),
    );
    expect(rows.at(-1)).to.equal('');
    const insight = boardToCsv({ ...board, cards: [card('x', 'q1', 'Idee', 1, NOW.toISOString(), { insight: true })] }, labels);
    expect(insight).to.contain('"Idee";"1";"\'=Ja";""\r\n');
  });

  it('marks insights with the insight label when no yes label is given', () => {
    const { yes: _yes, ...labels } = LABELS;
    const csv = boardToCsv({ ...BOARD, cards: [card('x', 'q1', 'Idee', 1, NOW.toISOString(), { insight: true })] }, labels);
    expect(csv).to.contain(`"${Q1}";"Idee";"1";"Zentrale Erkenntnis";""\r\n`);
  });
});

describe('merged ideas in every export', () => {
  const merged: Board = {
    ...BOARD,
    cards: [
      card('m', 'q1', 'Schulen einbinden', 4, '2025-03-14T09:00:00+01:00', {
        insight: true,
        merged: [
          { id: 'x', text: 'Mit Schulen reden' },
          { id: 'y', text: '=Lehrkräfte *fragen*\nzweite Zeile' },
        ],
      }),
    ],
  };

  it('lists them under their idea in Markdown, in the insights and in the question', () => {
    const lines = boardToMarkdown(merged, LABELS, NOW).split('\n');
    const under = ['  - Zusammengeführt: Mit Schulen reden', '  - Zusammengeführt: =Lehrkräfte \\*fragen\\*\n    zweite Zeile'.split('\n')].flat();
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    const insight = at('- Schulen einbinden (4 Stimmen; Leitfrage');
    const inQuestion = at('- Schulen einbinden (4 Stimmen, Zentrale Erkenntnis)');
    expect(insight).to.be.greaterThan(0);
    expect(inQuestion).to.be.greaterThan(insight);
    expect(lines.slice(insight + 1, insight + 4)).to.deep.equal(under);
    expect(lines.slice(inQuestion + 1, inQuestion + 4)).to.deep.equal(under);
  });

  it('puts their texts in the merged column of the CSV, one per line, formula starts defused', () => {
    expect(boardToCsv(merged, LABELS)).to.contain(`"${Q1}";"Schulen einbinden";"4";"Ja";"Mit Schulen reden\n=Lehrkräfte *fragen*\nzweite Zeile"\r\n`);
    const first = { ...merged, cards: [{ ...merged.cards[0]!, merged: [{ id: 'z', text: '=1+1' }] }] };
    expect(boardToCsv(first, LABELS)).to.contain(`;"'=1+1"\r\n`);
  });

  it('keeps them with their idea in the JSON', () => {
    const { data } = parseBoard(JSON.parse(boardToJson(merged, NOW)));
    expect(data.cards[0]!.merged).to.deep.equal(merged.cards[0]!.merged);
  });
});

describe('boardToJson', () => {
  it('reads back with parseBoard without issues, all cards kept but without mine/myVotes', () => {
    const json = boardToJson(BOARD, NOW);
    const raw = JSON.parse(json) as Record<string, unknown>;
    expect(raw['exportedAt']).to.equal('2025-03-14T16:30:00.000Z');
    expect(json).to.contain('\n  "title": "Leitfragen",\n');
    expect(json).not.to.contain('"mine"');
    expect(json).not.to.contain('"myVotes"');

    const { data, issues } = parseBoard(raw);
    expect(issues).to.deep.equal([]);
    const expected: Board = { ...BOARD, cards: BOARD.cards.map(({ mine: _m, myVotes: _v, ...rest }) => rest) };
    expect(data).to.deep.equal(expected);
    expect(data.cards.find((c) => c.id === 'd')).to.include({ hidden: true });
  });

  it('does not change the board it is given', () => {
    const before = structuredClone(BOARD);
    boardToJson(BOARD, NOW);
    expect(BOARD).to.deep.equal(before);
  });
});
