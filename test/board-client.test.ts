import { expect } from '@open-wc/testing';
import { CLIENT_ID_DAYS, participantId } from '../src/components/ija-leitfragen-board/board-client.js';

/** The anonymous participant id: one per browser and board, shared by tabs, gone 30 days after its last use. */

const DAY = 86_400_000;

/** A Storage of its own per test (the interface localStorage has). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

describe('participantId', () => {
  it('keeps one id per board in the browser, and renews its expiry with each use', () => {
    const storage = memoryStorage();
    const now = Date.UTC(2027, 2, 4, 10);
    const first = participantId('leitfragen', storage, now);
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(participantId('leitfragen', storage, now + 5 * DAY)).to.equal(first);
    expect(JSON.parse(storage.getItem('ija-widgets:board-client:leitfragen')!)).to.deep.equal({ id: first, until: now + (5 + CLIENT_ID_DAYS) * DAY });
    expect(participantId('gruppe-2', storage, now)).not.to.equal(first);
    expect(CLIENT_ID_DAYS).to.equal(30);
  });

  it('forgets an id 30 days after its last use, and removes expired ids of other boards', () => {
    const storage = memoryStorage();
    const now = Date.UTC(2027, 2, 4, 10);
    const old = participantId('leitfragen', storage, now);
    participantId('gruppe-2', storage, now);
    storage.setItem('something-else', 'kept');
    const later = now + CLIENT_ID_DAYS * DAY + 1;
    expect(participantId('leitfragen', storage, later)).not.to.equal(old);
    expect(storage.getItem('ija-widgets:board-client:gruppe-2')).to.equal(null);
    expect(storage.getItem('something-else')).to.equal('kept');
  });

  it('replaces a damaged entry, and works without storage (an id for this page only)', () => {
    const storage = memoryStorage();
    storage.setItem('ija-widgets:board-client:leitfragen', '{not json');
    const id = participantId('leitfragen', storage);
    expect(id).to.have.length(36);
    expect(participantId('leitfragen', storage)).to.equal(id);
    storage.setItem('ija-widgets:board-client:leitfragen', JSON.stringify({ id: 'x', until: Date.now() + DAY }));
    expect(participantId('leitfragen', storage)).to.have.length(36);
    expect(participantId('leitfragen', undefined)).to.have.length(36);
    const blocked = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as Storage;
    expect(participantId('leitfragen', blocked)).to.have.length(36);
  });
});
