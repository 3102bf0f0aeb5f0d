import type { IjaAdapter } from '../../core/adapter/types.js';

const CLIENT_PREFIX = 'ija-widgets:board-client:';

/** How long an anonymous id is kept after its last use (said in the widget's privacy note and the README). */
export const CLIENT_ID_DAYS = 30;
const DAY_MS = 86_400_000;

function storageOf(): Storage | undefined {
  try {
    // Reading the property throws where storage is blocked (sandboxed iframes, some privacy settings).
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The anonymous participant's id for one board: random, no personal data, kept in this browser
 * (localStorage, shared by its tabs, so the vote cap holds across tabs and one's own ideas stay
 * editable after reopening the link) until `CLIENT_ID_DAYS` days after its last use; expired ids of
 * any board are removed. Without storage, an id for this page only.
 */
export function participantId(boardId: string, storage: Storage | undefined = storageOf(), now = Date.now()): string {
  const read = (key: string): { id?: unknown; until?: unknown } => {
    try {
      return (JSON.parse(storage!.getItem(key) ?? '{}') as object | null) ?? {};
    } catch {
      return {};
    }
  };
  try {
    if (!storage) throw new Error('no storage');
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith(CLIENT_PREFIX) && !(Number(read(key).until) > now)) storage.removeItem(key);
    }
    const key = CLIENT_PREFIX + boardId;
    const { id } = read(key);
    const kept = typeof id === 'string' && id.length >= 8 ? id : crypto.randomUUID();
    storage.setItem(key, JSON.stringify({ id: kept, until: now + CLIENT_ID_DAYS * DAY_MS }));
    return kept;
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
