import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { freePort, startServer, tempDir } from './helpers/e2e.js';

/**
 * A crash (SIGKILL) of the real server process during a burst of writes loses no acknowledged write:
 * every card the server answered 201 for is there after a restart on the same database.
 */
describe('crash safety', { timeout: 90_000 }, () => {
  const dirs: { remove: () => Promise<void> }[] = [];
  after(async () => {
    for (const dir of dirs) await dir.remove();
  });

  it('keeps every acknowledged card when the server is killed mid-burst', async () => {
    const dir = await tempDir('ija-crash-');
    dirs.push(dir);
    const db = join(dir.path, 'ija.sqlite');
    const port = await freePort();
    const first = await startServer({ db, dist: dir.path, port });
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      for (let i = 0; !stop && i < 5000; i++) {
        const id = `crash-${worker}-${i}`;
        try {
          const response = await fetch(`${first.url}/api/boards/leitfragen/cards`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-ija-client': `crash-writer-${worker}` },
            body: JSON.stringify({ id, questionId: 'schnittstellen', text: `Idee ${id}` }),
          });
          if (response.status === 201) acknowledged.push(id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const burst = Promise.all([1, 2, 3, 4].map(writer));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await first.stop('SIGKILL');
    stop = true;
    await burst;
    assert.ok(acknowledged.length > 20, `too few writes before the kill: ${acknowledged.length}`);

    const second = await startServer({ db, dist: dir.path, port: await freePort() });
    try {
      const board = (await (await fetch(`${second.url}/api/boards/leitfragen`)).json()) as { cards: { id: string }[] };
      const stored = new Set(board.cards.map((card) => card.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged cards lost`);
      assert.doesNotMatch(second.output(), /Neue Schlüssel/, 'a restart must not create new keys');
    } finally {
      await second.stop();
    }
  });
});
