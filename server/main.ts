/**
 * The reference server: `ija-server [options]` (in a checkout: `node --import tsx server/main.ts`; see --help).
 * First start: creates the default site and prints its three keys once; `--demo` seeds the demo content.
 */
import type { AddressInfo } from 'node:net';
import { API_PREFIX, buildApp, closeGracefully } from './app.js';
import { defaultFolders, parseConfig, type Config } from './config.js';
import { ensureKeys, keyLine, rotateKey } from './keys.js';
import { describeStore, openRepository } from './repository/open.js';
import { DEFAULT_SITE, type Repository } from './repository/repository.js';
import { seedDemo } from './seed.js';

/** How long open requests may take to finish after SIGTERM before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

const print = (line: string) => console.log(line);

/** The default site exists from the first start on; `--demo` fills it when it is empty. */
async function prepareDefaultSite(repo: Repository, config: Config): Promise<void> {
  await repo.createSite({ id: DEFAULT_SITE, title: 'Default', createdAt: new Date().toISOString() });
  if (config.demo && (await repo.isEmpty(DEFAULT_SITE))) {
    await seedDemo(repo, DEFAULT_SITE, new Date());
    print(`Demo content seeded into ${describeStore(config.db)}.`);
  }
  await ensureKeys(repo, DEFAULT_SITE, print);
}

/** The commands that change something and stop: sites and keys. */
async function runCommand(repo: Repository, config: Config): Promise<number> {
  const { command } = config;
  switch (command.name) {
    case 'rotate-key':
      if ((await repo.getSite(command.site)) === undefined) {
        console.error(`Unknown site "${command.site}" (see: sites list)`);
        return 2;
      }
      print(`New key for site "${command.site}", the old one no longer works:`);
      print(keyLine(command.role, await rotateKey(repo, command.site, command.role)));
      return 0;
    case 'create-site':
      if (!(await repo.createSite({ id: command.site, title: command.title, createdAt: new Date().toISOString() }))) {
        console.error(`Site "${command.site}" exists already; rotate its keys with: keys rotate <role> --site ${command.site}`);
        return 2;
      }
      print(`Site "${command.site}" created. Its API: ${`/sites/${command.site}/api`}`);
      await ensureKeys(repo, command.site, print);
      return 0;
    case 'list-sites':
      for (const site of await repo.listSites()) print(`${site.id}\t${site.id === DEFAULT_SITE ? API_PREFIX : `/sites/${site.id}/api`}\t${site.title}`);
      return 0;
    case 'serve':
    case 'backup':
      return 0;
  }
}

/** Copies the SQLite store without opening it as a repository (which would migrate and write). */
async function backup(db: string, file: string): Promise<number> {
  if (/^postgres(ql)?:\/\//.test(db) || db === 'memory' || db === ':memory:') {
    console.error(`"backup" copies an SQLite file; back up ${describeStore(db)} with pg_dump --format=custom (docs/betrieb.md).`);
    return 2;
  }
  try {
    // Loaded when used, like the SQLite store itself (open.ts): a PostgreSQL server needs no better-sqlite3.
    const { backupSqlite } = await import('./sqlite-backup.js');
    const { pages } = await backupSqlite(db, file);
    print(`Backup of ${db} written to ${file} (${pages} pages, integrity checked).`);
    return 0;
  } catch (error) {
    console.error(`Could not back up ${db}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function main(): Promise<number | undefined> {
  // Beside this file: server/ in a checkout, the package folder once installed (main.js, public/, dist/).
  const result = parseConfig(process.argv.slice(2), process.env, defaultFolders(import.meta.dirname));
  if ('help' in result) {
    process.stdout.write(result.help);
    return 0;
  }
  if ('error' in result) {
    console.error(`${result.error}\nSee --help.`);
    return 2;
  }
  const { config } = result;
  if (config.command.name === 'backup') return backup(config.db, config.command.file);
  let repo: Repository;
  try {
    repo = await openRepository(config.db);
  } catch (error) {
    console.error(`Could not open the store ${describeStore(config.db)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  if (config.command.name !== 'serve') {
    try {
      await prepareDefaultSite(repo, { ...config, demo: false });
      return await runCommand(repo, config);
    } finally {
      await repo.close();
    }
  }

  const app = buildApp({ repo, config });
  try {
    await prepareDefaultSite(repo, config);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    await closeGracefully(app).catch(() => {});
    return 1;
  }

  const { port } = app.server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  print(`ija-widgets reference server (${repo.kind}): http://${host}:${port}/`);
  print(`REST API: http://${host}:${port}${API_PREFIX}/ · other sites: /sites/<site>/api/ · OpenAPI: http://${host}:${port}/openapi.json`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // With --log every line is JSON, these too.
    const say = config.log ? (line: string) => app.log.info(line) : print;
    say(`${signal}: finishing open requests, then stopping.`);
    const force = setTimeout(() => {
      if (config.log) app.log.error('open requests did not finish in time; stopping anyway');
      else console.error(`Open requests did not finish within ${SHUTDOWN_GRACE_MS / 1000} s; stopping anyway.`);
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
