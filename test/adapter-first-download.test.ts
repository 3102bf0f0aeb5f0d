import { expect } from '@open-wc/testing';
import { onDemandFetchAdapter } from '../src/core/adapter/on-demand-adapter.js';

/**
 * The adapters a widget gets for `api` and `src` load their HTTP code with the first request, each only its own: a page
 * on a server (the demo home page) downloads no file reader. Its own file, so no other test has loaded that code here.
 */

const downloaded = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/src/core/adapter/${file}.`));

describe('on-demand adapters, first download', () => {
  it('an adapter for `api` downloads the REST code, not the static file reader', async () => {
    expect(downloaded('fetch-adapter')).to.equal(false);
    const adapter = onDemandFetchAdapter({ baseUrl: `/__ref/${crypto.randomUUID()}/api`, retries: 0 });
    const { data } = await adapter.getAgenda('werkstattgespraech');
    expect(data.items.length).to.be.greaterThan(0);
    expect(downloaded('fetch-adapter')).to.equal(true);
    expect(downloaded('static-adapter')).to.equal(false);
  });
});
