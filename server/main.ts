/**
 * The reference server: `node --import tsx server/main.ts [options]` (see --help).
 * First start: creates the SQLite file, seeds the demo content, prints the moderator and editor keys once.
 */
import type { AddressInfo } from 'node:net';
import { API_PREFIX, buildApp, closeGracefully } from './app.js';
import { parseConfig } from './config.js';
import { ensureKeys, printRotatedKey, rotateKey } from './keys.js';
import { seedDemo } from './store/seed.js';
import { openSqliteStore } from './store/sqlite-store.js';

/** How long open requests may take to finish after SIGTERM before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

const print = (line: string) => console.log(line);

async function main(): Promise<number | undefined> {
  const result = parseConfig(process.argv.slice(2), process.env);
  if ('help' in result) {
    process.stdout.write(result.help);
    return 0;
  }
  if ('error' in result) {
    console.error(`${result.error}\nSee --help.`);
    return 2;
  }
  const { config } = result;
  const store = openSqliteStore(config.db);

  if (config.command.name === 'rotate-key') {
    try {
      printRotatedKey(config.command.role, await rotateKey(store, config.command.role), print);
    } finally {
      store.close();
    }
    return 0;
  }

  const app = buildApp({ store, config });
  try {
    if (store.isEmpty()) {
      seedDemo(store, new Date());
      print(`Demo content seeded into ${config.db}.`);
    }
    await ensureKeys(store, print);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    await closeGracefully(app).catch(() => {});
    return 1;
  }

  const { port } = app.server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  print(`ija-widgets reference server: http://${host}:${port}/`);
  print(`REST API: http://${host}:${port}${API_PREFIX}/ · OpenAPI: http://${host}:${port}/openapi.json`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    print(`${signal}: finishing open requests, then stopping.`);
    const force = setTimeout(() => {
      console.error(`Open requests did not finish within ${SHUTDOWN_GRACE_MS / 1000} s; stopping anyway.`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    closeGracefully(app).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
