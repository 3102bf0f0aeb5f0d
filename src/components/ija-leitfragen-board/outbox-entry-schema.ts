import * as z from 'zod/mini';
import { CardPatch, NewCard, NewVote } from '../../core/schemas/board.js';
import type { OutboxEntry } from './board-outbox.js';

/** The outbox's stored entries as a schema: loaded only for stored entries the plain checks cannot vouch for. */

const StoredOperation = z.union([
  z.object({ kind: z.literal('add-card'), boardId: z.string(), card: NewCard }),
  z.object({ kind: z.literal('vote'), boardId: z.string(), cardId: z.string(), vote: NewVote }),
  z.object({ kind: z.literal('edit-card'), boardId: z.string(), cardId: z.string(), patch: CardPatch }),
]);

const StoredEntry = z.object({
  id: z.string().check(z.minLength(1)),
  operation: StoredOperation,
  attempts: z.int().check(z.gte(0)),
  state: z.enum(['pending', 'sending', 'rejected']),
  reason: z.optional(z.object({ status: z.optional(z.int()), error: z.optional(z.string()) })),
});

/** The entry as stored, or undefined when it is not a well-formed entry. */
export function parseStoredEntry(item: unknown): OutboxEntry | undefined {
  const result = z.safeParse(StoredEntry, item);
  return result.success ? result.data : undefined;
}
