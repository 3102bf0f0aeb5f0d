import { fileURLToPath } from 'node:url';

/**
 * The REAL reference server (server/app.ts) inside the test run, on the dev server's own origin:
 *
 *   /__ref/<run-id>/api/...   the REST contract of that run's server (prefix stripped: `/api/...`)
 *   /__ref/<run-id>/__keys    `{ "network": "...", "editor": "...", "moderator": "..." }`, the keys of that run
 *
 * Each run id gets its own app, built on first use, with its own in-memory store (the default site,
 * seeded with the demo content), so tests never share state. Server TypeScript is loaded through tsx (in its own
 * namespace, so the rest of the test runner's module loading is left alone). Every app is closed
 * when the test run ends.
 *
 * Usage in web-test-runner.config.mjs:
 *   const ref = referenceServer();
 *   export default { middleware: [ref.middleware], plugins: [ref.plugin], ... };
 */

const PREFIX = /^\/__ref\/([\w-]{1,100})(\/.*)?$/;

export function referenceServer() {
  /** run id -> Promise<{ app, keys }> */
  const runs = new Map();
  /** The server modules, imported once. */
  let modules;
  let stopped = false;

  async function loadModules() {
    const { register } = await import('tsx/esm/api');
    const api = register({
      namespace: 'ija-reference-server',
      tsconfig: fileURLToPath(new URL('../../server/tsconfig.json', import.meta.url)),
    });
    const load = (path) => api.import(new URL(path, import.meta.url).href, import.meta.url);
    const [app, config, keys, seed, memory, repository] = await Promise.all([
      load('../../server/app.ts'),
      load('../../server/config.ts'),
      load('../../server/keys.ts'),
      load('../../server/seed.ts'),
      load('../../server/repository/memory.ts'),
      load('../../server/repository/repository.ts'),
    ]);
    return { app, config, keys, seed, memory, repository };
  }

  async function createRun() {
    modules ??= loadModules();
    const { app: appModule, config: configModule, keys: keysModule, seed, memory, repository } = await modules;
    const parsed = configModule.parseConfig([], {});
    if (!('config' in parsed)) throw new Error(`Reference server config: ${parsed.error ?? 'help requested'}`);
    // Tests write fast from one client id; no request log on the test runner's console.
    const config = { ...parsed.config, writeRate: 1_000_000, log: false, checkResponses: true };
    const repo = memory.createMemoryRepository();
    const site = repository.DEFAULT_SITE;
    const now = new Date();
    await repo.createSite({ id: site, title: 'Default', createdAt: now.toISOString() });
    await seed.seedDemo(repo, site, now);
    const keys = {};
    for (const role of repository.ROLES) keys[role] = await keysModule.rotateKey(repo, site, role);
    const app = appModule.buildApp({ repo, config, pingMs: 5_000 });
    try {
      await app.ready();
    } catch (error) {
      await appModule.closeGracefully(app).catch(() => undefined);
      throw error;
    }
    return { app, keys, close: () => appModule.closeGracefully(app) };
  }

  function runFor(runId) {
    let run = runs.get(runId);
    if (run === undefined) {
      run = createRun();
      runs.set(runId, run);
      // A failed start is not cached: the next request tries again (and reports the error again).
      run.catch(() => runs.delete(runId));
    }
    return run;
  }

  async function middleware(ctx, next) {
    const match = ctx.path.match(PREFIX);
    if (!match) return next();
    const [, runId, rest = '/'] = match;
    if (stopped) {
      ctx.status = 503;
      ctx.body = { error: 'reference server stopped' };
      return undefined;
    }
    let run;
    try {
      run = await runFor(runId);
    } catch (error) {
      ctx.status = 500;
      ctx.body = { error: 'reference server failed to start', message: String(error?.stack ?? error) };
      return undefined;
    }
    if (rest === '/__keys') {
      ctx.set('cache-control', 'no-store');
      ctx.body = run.keys;
      return undefined;
    }

    // Hand the raw request to Fastify: Koa stays out of the answer (and of event streams).
    const { req, res } = ctx;
    const query = req.url.indexOf('?');
    req.url = rest + (query === -1 ? '' : req.url.slice(query));
    ctx.respond = false;
    // Koa starts every response at 404; Fastify relies on Node's default of 200.
    res.statusCode = 200;
    const done = new Promise((resolve) => {
      if (res.writableEnded || res.destroyed) resolve();
      else res.once('close', resolve);
    });
    run.app.routing(req, res);
    // Upstream middleware runs after this returns; waiting keeps it from touching headers mid-answer.
    await done;
    return undefined;
  }

  const plugin = {
    name: 'ija-reference-server',
    // The server's modules load while the browsers start, not in the first test that asks for a run: under load,
    // compiling them took longer than that test's request timeout.
    serverStart() {
      modules ??= loadModules();
      modules.catch(() => (modules = undefined));
    },
    async serverStop() {
      stopped = true;
      const all = [...runs.values()];
      runs.clear();
      await Promise.all(
        all.map(async (pending) => {
          let run;
          try {
            run = await pending;
          } catch {
            return; // never started (the failing request was answered with the reason)
          }
          await run.close().catch((error) => console.error('[reference-server] closing an app failed:', error));
        }),
      );
    },
  };

  return { middleware, plugin };
}
