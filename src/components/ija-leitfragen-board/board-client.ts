import type { IjaAdapter } from '../../core/adapter/types.js';

const CLIENT_KEY = 'ija-widgets:board-client';

/**
 * The anonymous participant's id: random, no personal data, kept for this browser tab only
 * (sessionStorage, so a reload still knows which ideas are one's own; strictly necessary).
 */
export function participantId(storage: Storage | undefined = globalThis.sessionStorage): string {
  try {
    const known = storage?.getItem(CLIENT_KEY);
    if (known) return known;
    const id = crypto.randomUUID();
    storage?.setItem(CLIENT_KEY, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

/** The page's adapter, with this participant's id on every board request and event stream. */
export function asParticipant(adapter: IjaAdapter, clientId: string): IjaAdapter {
  // Object.create keeps every other method and property of the page's adapter, also on classes.
  const overrides: Partial<IjaAdapter> = {
    getBoard: (id, o) => adapter.getBoard(id, { ...o, clientId }),
    addCard: (id, card, o) => adapter.addCard(id, card, { ...o, clientId }),
    updateCard: (id, cardId, patch, o) => adapter.updateCard(id, cardId, patch, { ...o, clientId }),
    deleteCard: (id, cardId, o) => adapter.deleteCard(id, cardId, { ...o, clientId }),
    vote: (id, cardId, vote, o) => adapter.vote(id, cardId, vote, { ...o, clientId }),
    subscribeBoard: adapter.subscribeBoard
      ? (id, handlers, o) => adapter.subscribeBoard!(id, handlers, { ...o, clientId })
      : undefined,
  };
  return Object.assign(Object.create(adapter) as IjaAdapter, overrides);
}
