import { CARD_TEXT_MAX, MERGED_MAX } from './constants.js';
import { isRecord, type Parsed } from './issues.js';
import type { Board, BoardEvent, BoardSettings, Card, Question } from './board.js';
import {
  field,
  isBoolean,
  isCount,
  isOneOf,
  isPlainId,
  listField,
  objectField,
  optional,
  optionalText,
  plainObject,
  text,
  isTimestamp,
} from './plain-checks.js';

/**
 * The board schemas as plain checks: "certainly valid, and this is what the schema returns", else
 * undefined (then the schema decides and reports). Outside the zod graph, so a live board with plainly
 * valid data and events never loads zod; test/fast-paths.test.ts holds them to the schemas.
 */

const plainQuestion = plainObject<Question>({ id: field(isPlainId), text: text(600), hint: optionalText(1000) });

/** A card as `parseCard` returns it (a write's answer or an event's card). */
export const plainCard = plainObject<Card>({
  id: field(isPlainId),
  questionId: field(isPlainId),
  text: text(CARD_TEXT_MAX),
  votes: field(isCount),
  insight: optional(field(isBoolean)),
  hidden: optional(field(isBoolean)),
  createdAt: field(isTimestamp),
  mine: optional(field(isBoolean)),
  myVotes: optional(field(isCount)),
  merged: optional(listField(plainObject({ id: field(isPlainId), text: text(CARD_TEXT_MAX) }), MERGED_MAX)),
});

const plainSettings = plainObject<Partial<BoardSettings>>({
  votesPerPerson: optional(field((value) => isCount(value) && value >= 1 && value <= 20)),
  reveal: optional(field(isOneOf(['open', 'moderated']))),
});

const plainDocument = plainObject<Board>({
  id: field(isPlainId),
  title: text(200),
  questions: listField(plainQuestion),
  cards: listField(plainCard),
  // The schema fills in the defaults.
  settings: optional(objectField((value) => {
    const settings = plainSettings(value);
    return settings && { votesPerPerson: settings.votesPerPerson ?? 3, reveal: settings.reveal ?? 'open' };
  })),
  locked: optional(field(isBoolean)),
  revealed: optional(field(isBoolean)),
});

/** A board whose questions and cards are all valid, and every card on a question of the board. */
function plainBoardDocument(input: unknown): Board | undefined {
  const board = plainDocument(input);
  if (!board) return undefined;
  const questionIds = new Set(board.questions.map((question) => question.id));
  return board.cards.every((card) => questionIds.has(card.questionId)) ? board : undefined;
}

/** What `parseBoard` returns for a plainly valid board. */
export function plainBoard(input: unknown): Parsed<Board> | undefined {
  const data = plainBoardDocument(input);
  return data && { data, issues: [] };
}

/** One message of the board's event stream, as `parseBoardEvent` returns it. */
export function plainBoardEvent(input: unknown): BoardEvent | undefined {
  if (!isRecord(input)) return undefined;
  const { type } = input;
  if (type === 'card-added' || type === 'card-updated') {
    const card = plainCard(input['card']);
    return card && { type, card };
  }
  if (type === 'card-removed') {
    const { cardId } = input;
    return isPlainId(cardId) ? { type, cardId } : undefined;
  }
  if (type === 'board-updated') {
    const board = plainBoardDocument(input['board']);
    return board && { type, board };
  }
  return undefined;
}
