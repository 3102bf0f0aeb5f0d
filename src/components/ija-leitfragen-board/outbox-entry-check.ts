import { CARD_TEXT_MAX } from '../../core/schemas/constants.js';
import { isRecord } from '../../core/schemas/issues.js';
import {
  field,
  isBoolean,
  isCount,
  isOneOf,
  isPlainId,
  objectField,
  optional,
  plainObject,
  text,
} from '../../core/schemas/plain-checks.js';
import { onDemand } from '../../core/on-demand.js';
import type { OutboxEntry, OutboxOperation } from './board-outbox.js';

/**
 * Stored outbox entries (ideas, votes and edits not yet on the server) read back: the plain checks vouch
 * for the entries this outbox writes; the schema (outbox-entry-schema.ts, with zod) is loaded only for
 * stored entries they cannot vouch for, so a live board never loads zod for its outbox.
 * test/fast-paths.test.ts holds the plain checks to the schema.
 */

const isString = (value: unknown): value is string => typeof value === 'string';

const plainOperation = {
  'add-card': plainObject({
    kind: field(isString),
    boardId: field(isString),
    card: objectField(plainObject({ id: field(isPlainId), questionId: field(isPlainId), text: text(CARD_TEXT_MAX) })),
  }),
  vote: plainObject({
    kind: field(isString),
    boardId: field(isString),
    cardId: field(isString),
    vote: objectField(plainObject({ id: field(isPlainId), value: field(isOneOf([1, -1])) })),
  }),
  'edit-card': plainObject({
    kind: field(isString),
    boardId: field(isString),
    cardId: field(isString),
    patch: objectField(
      plainObject({ text: optional(text(CARD_TEXT_MAX)), insight: optional(field(isBoolean)), hidden: optional(field(isBoolean)) }),
    ),
  }),
} as Record<string, (item: unknown) => OutboxOperation | undefined>;

const plainReason = plainObject({
  status: optional(field(Number.isSafeInteger)),
  error: optional(field(isString)),
});

/** A stored entry as the schema returns it, or undefined when not certain. */
export const plainOutboxEntry = plainObject<OutboxEntry>({
  id: field((value) => isString(value) && value.length > 0),
  operation: objectField((value) => {
    const kind = isRecord(value) ? value['kind'] : undefined;
    return isString(kind) && Object.hasOwn(plainOperation, kind) ? plainOperation[kind]!(value) : undefined;
  }),
  attempts: field(isCount),
  state: field(isOneOf(['pending', 'sending', 'rejected'])),
  reason: optional(objectField(plainReason)),
});

export const outboxEntrySchema = onDemand(() => import('./outbox-entry-schema.js'));

/** The stored entry, by the plain checks or, once loaded, the schema; undefined when it is not a well-formed entry. */
export function readStoredEntry(item: unknown): OutboxEntry | undefined {
  return plainOutboxEntry(item) ?? outboxEntrySchema.value?.parseStoredEntry(item);
}

/** Loads the schema when stored entries (JSON text) hold one the plain checks cannot vouch for. */
export async function prepareStoredEntries(json: string | null): Promise<void> {
  let items: unknown;
  try {
    items = json === null ? [] : JSON.parse(json);
  } catch {
    return;
  }
  if (Array.isArray(items) && !items.every((item) => plainOutboxEntry(item) !== undefined)) await outboxEntrySchema.load();
}
