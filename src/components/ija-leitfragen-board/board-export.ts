import type { Board, Card, Question } from '../../core/schemas/board.js';

/** Results of the board for the closing round: Markdown (protocol), CSV (spreadsheet), JSON (backup). */

export interface ExportLabels {
  /** Document title, e.g. "Ergebnisse: Leitfragen" (Markdown heading). */
  title: string;
  /** Column header / label for the guiding question, e.g. "Leitfrage". */
  question: string;
  /** Column header for the idea, e.g. "Idee". */
  idea: string;
  /** Column header of the vote counts, e.g. "Stimmen". */
  votes: string;
  /** A count of votes in the language's plural form, e.g. "1 Stimme", "3 Stimmen". */
  voteCount: (count: number) => string;
  /** Column header, and the mark of a key insight in a question's list, e.g. "Zentrale Erkenntnis". */
  insight: string;
  /** The cell of a key insight in the CSV insight column, e.g. "Ja" (others stay empty); default: `insight`. */
  yes?: string;
  /** Heading of the key insights section, e.g. "Zentrale Erkenntnisse". */
  insightsHeading: string;
  /** Column header, and the label before the texts of ideas merged into an idea, e.g. "Zusammengeführt"; default "Merged". */
  merged?: string;
  /** The line under the title; gets the export time as local "YYYY-MM-DD HH:MM" (readable in any language). */
  exportedAt: (date: string) => string;
}

/** Local date and time as "YYYY-MM-DD HH:MM" (the participants' clock, unambiguous in every locale). */
export function exportTimestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

function time(card: Card): number {
  const parsed = Date.parse(card.createdAt);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** Cards of one question for the results view: key insights first, then by votes (desc), then oldest first; hidden cards left out. */
export function resultOrder(cards: readonly Card[]): Card[] {
  return cards
    .filter((card) => card.hidden !== true)
    .sort(
      (a, b) =>
        Number(b.insight === true) - Number(a.insight === true) ||
        b.votes - a.votes ||
        time(a) - time(b) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Each question with its visible cards in result order (cards of unknown questions are left out). */
function resultsByQuestion(board: Board): { question: Question; cards: Card[] }[] {
  return board.questions.map((question) => ({
    question,
    cards: resultOrder(board.cards.filter((card) => card.questionId === question.id)),
  }));
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Characters that are markup anywhere in a line (CommonMark/GFM); a backslash makes them literal. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#]/g;
/** An entity reference such as `&amp;` or `&#35;` would be decoded: escape its ampersand. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** A bullet list item ("- ", "+ "; "* " is escaped anyway). */
const BULLET_MARKER = /^([-+])(?=\s|$)/;
/** A line of only - or = (and spaces): a setext heading underline or a thematic break. */
const RULE_LINE = /^([-=])(?=[-=\s]*$)/;
/** An ordered list item: "1. " or "1) " (not "14.03.2025"). */
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Text that stays text in Markdown: ASCII punctuation that could be markup gets a backslash
 * (valid for any ASCII punctuation in CommonMark), and line-start markers are defused per line.
 * Line breaks become continuation lines of the list item (indented by two spaces).
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trimStart()
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(ENTITY, '\\&')
        .replace(BULLET_MARKER, '\\$1')
        .replace(RULE_LINE, '\\$1')
        .replace(ORDERED_MARKER, '$1\\$2'),
    )
    .join('\n  ');
}

const mergedLabel = (labels: ExportLabels) => labels.merged ?? 'Merged';

/** The texts of the ideas merged into a card, as indented list items under it (none: no lines). */
function mergedLines(card: Card, labels: ExportLabels): string[] {
  return (card.merged ?? []).map((idea) => `  - ${escapeMarkdown(mergedLabel(labels))}: ${escapeMarkdown(idea.text).replaceAll('\n  ', '\n    ')}`);
}

/**
 * "# title", the exported-at line, "## insightsHeading" listing the key insights with their question
 * (left out when there are none), then "## question" per question with "- idea (3 Stimmen)" lines in
 * result order (key insights marked). Hidden cards are left out. LF line ends, final newline.
 */
export function boardToMarkdown(board: Board, labels: ExportLabels, now: Date): string {
  const lines = [`# ${escapeMarkdown(labels.title)}`, '', escapeMarkdown(labels.exportedAt(exportTimestamp(now)))];
  const results = resultsByQuestion(board);

  const insights = results.flatMap(({ question, cards }) =>
    cards.filter((card) => card.insight === true).map((card) => ({ question, card })),
  );
  if (insights.length > 0) {
    lines.push('', `## ${escapeMarkdown(labels.insightsHeading)}`, '');
    for (const { question, card } of insights) {
      lines.push(
        `- ${escapeMarkdown(card.text)} (${labels.voteCount(card.votes)}; ${escapeMarkdown(labels.question)}: ${escapeMarkdown(question.text)})`,
        ...mergedLines(card, labels),
      );
    }
  }

  for (const { question, cards } of results) {
    lines.push('', `## ${escapeMarkdown(question.text)}`);
    if (cards.length > 0) lines.push('');
    for (const card of cards) {
      const insight = card.insight === true ? `, ${escapeMarkdown(labels.insight)}` : '';
      lines.push(`- ${escapeMarkdown(card.text)} (${labels.voteCount(card.votes)}${insight})`, ...mergedLines(card, labels));
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Leading characters that make spreadsheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(';') + CRLF;
}

/**
 * CSV for German spreadsheet users: UTF-8 BOM, semicolon separator, every cell quoted ("" escapes
 * quotes), CRLF line ends (also after the last row). Header row: question; idea; votes; insight; merged.
 * One row per visible card, questions in board order, cards in result order; the insight column holds
 * `labels.yes` (default `labels.insight`) or stays empty; the merged column holds the texts of the ideas
 * merged into the card, one per line. Cells starting with = + - @ tab or CR get a leading apostrophe.
 */
export function boardToCsv(board: Board, labels: ExportLabels): string {
  let csv = BOM + csvRow([labels.question, labels.idea, labels.votes, labels.insight, mergedLabel(labels)]);
  for (const { question, cards } of resultsByQuestion(board)) {
    for (const card of cards) {
      csv += csvRow([
        question.text,
        card.text,
        String(card.votes),
        card.insight === true ? (labels.yes ?? labels.insight) : '',
        (card.merged ?? []).map((idea) => idea.text).join('\n'),
      ]);
    }
  }
  return csv;
}

// ---------------------------------------------------------------------------------------------
// JSON

/**
 * The whole board (hidden cards included, merged ideas' texts with the idea they went into; without the per-client `mine`/`myVotes`) plus `exportedAt`,
 * pretty-printed; `parseBoard` reads it back (it ignores `exportedAt`).
 */
export function boardToJson(board: Board, now: Date): string {
  const cards = board.cards.map(({ mine: _mine, myVotes: _myVotes, ...card }) => card);
  return JSON.stringify({ ...board, cards, exportedAt: now.toISOString() }, null, 2) + '\n';
}
