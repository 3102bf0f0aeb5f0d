import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from './repository/repository.js';

/** What the reference server does when started: serve, or print a new key and stop. */
export type Command =
  | { name: 'serve' }
  | { name: 'rotate-key'; role: Role; site: string }
  | { name: 'create-site'; site: string; title: string }
  | { name: 'list-sites' }
  | { name: 'backup'; file: string };

export interface Config {
  command: Command;
  port: number;
  host: string;
  /** The store: an SQLite file (`:memory:` for a throw-away one), or a `postgres://` URL. */
  db: string;
  /** Seed the Musterstadt demo into an empty default site (`npm start`). */
  demo: boolean;
  /** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
  trustProxy: boolean | number | string;
  /** Time to receive a whole request (headers and body); slow senders are cut off after it. */
  requestTimeoutMs: number;
  /** Open event streams per client id (or per address without one). */
  maxStreamsPerClient: number;
  /** Days an accepted or declined join request is kept before it is deleted (personal data). */
  requestRetentionDays: number;
  /** Origins (scheme://host[:port]) allowed to call the API from other sites; empty: same origin only. */
  corsOrigins: string[];
  /** Largest request body in bytes (413 beyond). */
  bodyLimit: number;
  /** Writes per client (X-Ija-Client, else IP address) per minute (429 beyond). */
  writeRate: number;
  /** Folder of the demo site, served at `/`. */
  publicDir: string;
  /** Folder of the built library, served at `/dist/`. */
  distDir: string;
  /** Request log on stdout (keys and client ids are never written). */
  log: boolean;
  /** Checks every answer against the contract schemas (off with NODE_ENV=production). */
  checkResponses: boolean;
}

export type ConfigResult = { config: Config } | { help: string } | { error: string };

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  db: 'data/ija.sqlite',
  bodyLimit: 65_536,
  writeRate: 120,
  requestTimeoutMs: 30_000,
  maxStreamsPerClient: 8,
  requestRetentionDays: 30,
  publicDir: 'server/public',
  distDir: 'dist',
} as const;

/** Where the demo site and the built library are served from unless --public / --dist say otherwise. */
export interface Folders {
  publicDir: string;
  distDir: string;
}

/**
 * The installed package (server-dist/: main.js beside public/ and dist/) serves what it ships, wherever
 * it is started from; in a checkout (`serverDir` = server/, no dist/ beside it) the defaults stay
 * relative to the working folder, the checkout's root for `npm start`.
 */
export function defaultFolders(serverDir: string): Folders {
  const shipped = { publicDir: join(serverDir, 'public'), distDir: join(serverDir, 'dist') };
  return existsSync(shipped.publicDir) && existsSync(shipped.distDir) ? shipped : { publicDir: DEFAULTS.publicDir, distDir: DEFAULTS.distDir };
}

export const HELP = `ija-widgets reference server

Usage:
  ija-server [options]                         serve (node --import tsx server/main.ts in a checkout)
  ija-server sites create <site> [<title>]     add a site and print its three keys
  ija-server sites list                        list the sites
  ija-server keys rotate <role> [--site <id>]  replace a key: network, editor or moderator
  ija-server backup <file> [--db <file>]       copy the SQLite store while it runs (PostgreSQL: pg_dump)

Options (flag, environment variable, default):
  --port <n>          PORT              ${DEFAULTS.port}
  --host <name>       HOST              ${DEFAULTS.host}
  --db <file|url>     IJA_DB, DATABASE_URL  ${DEFAULTS.db} (an SQLite file, or postgres://user:pass@host/db)
  --demo              IJA_DEMO=1        off (seed the Musterstadt demo into an empty default site)
  --trust-proxy <v>   IJA_TRUST_PROXY   off (true, a hop count, or the proxy addresses, e.g. 127.0.0.1)
  --request-timeout <ms> IJA_REQUEST_TIMEOUT ${DEFAULTS.requestTimeoutMs} (to receive a whole request)
  --max-streams <n>   IJA_MAX_STREAMS   ${DEFAULTS.maxStreamsPerClient} (open event streams per client)
  --request-retention-days <n> IJA_REQUEST_RETENTION_DAYS ${DEFAULTS.requestRetentionDays} (accepted or declined join requests are deleted after it)
  --site <id>                           default (the site "keys rotate" acts on)
  --cors <origins>    IJA_CORS_ORIGINS  (empty: same origin only) comma-separated, e.g. https://www.musterstadt.de
  --body-limit <n>    IJA_BODY_LIMIT    ${DEFAULTS.bodyLimit} (bytes per request body)
  --write-rate <n>    IJA_WRITE_RATE    ${DEFAULTS.writeRate} (writes per client per minute)
  --public <dir>      IJA_PUBLIC        public/ of the package, ${DEFAULTS.publicDir} in a checkout (demo site, at /)
  --dist <dir>                          dist/ of the package, ${DEFAULTS.distDir} in a checkout (built library, at /dist/)
  --log               IJA_LOG=1         off (request log; keys are never logged)
  --help                                this text

NODE_ENV=production skips the check of every answer against the contract schemas.

On the first start the server creates the default site (answering at /api) and prints its network,
editor and moderator keys once; other sites answer at /sites/<site>/api. A new store starts empty;
--demo (used by npm start) seeds the demo content into it.
"keys rotate <role>" replaces a key (the old one stops working) and prints the new one.
"backup <file>" writes a consistent copy of the SQLite store given by --db, also while servers use it.
`;

type FlagName =
  | 'port'
  | 'host'
  | 'db'
  | 'cors'
  | 'body-limit'
  | 'write-rate'
  | 'public'
  | 'dist'
  | 'trust-proxy'
  | 'request-timeout'
  | 'max-streams'
  | 'request-retention-days'
  | 'site';
const VALUE_FLAGS = new Set<string>([
  'port',
  'host',
  'db',
  'cors',
  'body-limit',
  'write-rate',
  'public',
  'dist',
  'trust-proxy',
  'request-timeout',
  'max-streams',
  'request-retention-days',
  'site',
]);
const ENV_NAMES: Partial<Record<FlagName, string>> = {
  port: 'PORT',
  host: 'HOST',
  db: 'IJA_DB',
  cors: 'IJA_CORS_ORIGINS',
  'body-limit': 'IJA_BODY_LIMIT',
  'write-rate': 'IJA_WRITE_RATE',
  public: 'IJA_PUBLIC',
  'trust-proxy': 'IJA_TRUST_PROXY',
  'request-timeout': 'IJA_REQUEST_TIMEOUT',
  'max-streams': 'IJA_MAX_STREAMS',
  'request-retention-days': 'IJA_REQUEST_RETENTION_DAYS',
};

const ROLE_NAMES = ['network', 'editor', 'moderator'] as const;
/** Site ids appear in URLs (`/sites/<site>/api`): lower-case letters, digits and dashes. */
const SITE_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

class ConfigError extends Error {}

function integer(raw: string, what: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${what} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** An origin exactly as browsers send it in the `Origin` header (no path, no trailing slash). */
function origins(raw: string): string[] {
  const list = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return list.map((item) => {
    let origin: string | undefined;
    try {
      const url = new URL(item);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined || origin !== item.replace(/\/$/, '')) {
      throw new ConfigError(`--cors expects origins like https://www.example.de (no path, no "*"), got "${item}"`);
    }
    return origin;
  });
}

function nonEmpty(raw: string, what: string): string {
  if (raw.trim() === '') throw new ConfigError(`${what} must not be empty`);
  return raw;
}

function siteId(raw: string): string {
  if (!SITE_ID.test(raw)) throw new ConfigError(`A site id is 1 to 64 lower-case letters, digits and dashes, got "${raw}"`);
  return raw;
}

function command(positionals: string[], site: string): Command {
  if (positionals.length === 0) return { name: 'serve' };
  const [group, action, ...rest] = positionals;
  if (group === 'keys' && action === 'rotate' && rest.length === 1 && (ROLE_NAMES as readonly string[]).includes(rest[0]!)) {
    return { name: 'rotate-key', role: rest[0] as Role, site };
  }
  if (group === 'sites' && action === 'create' && rest.length >= 1 && rest.length <= 2) {
    const title = (rest[1] ?? rest[0]!).trim();
    if (title === '') throw new ConfigError('A site title must not be empty');
    return { name: 'create-site', site: siteId(rest[0]!), title };
  }
  if (group === 'sites' && action === 'list' && rest.length === 0) return { name: 'list-sites' };
  if (group === 'backup' && action !== undefined && rest.length === 0) return { name: 'backup', file: nonEmpty(action, 'Backup file') };
  throw new ConfigError(
    `Unknown command "${positionals.join(' ')}" (known: keys rotate network|editor|moderator, sites create <site> [<title>], sites list, backup <file>)`,
  );
}

/** Fastify's trustProxy from text: true/false, a hop count, or addresses. */
function trustProxy(raw: string): boolean | number | string {
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * Reads the configuration from command-line flags (`--port 8080` or `--port=8080`), then environment
 * variables, then defaults (`folders`: see `defaultFolders`). Pure: no I/O, so it is tested with plain
 * arrays and objects.
 */
export function parseConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  folders: Folders = { publicDir: DEFAULTS.publicDir, distDir: DEFAULTS.distDir },
): ConfigResult {
  const flags = new Map<FlagName, string>();
  const positionals: string[] = [];
  let log = env['IJA_LOG'] === '1' || env['IJA_LOG'] === 'true';
  let demo = env['IJA_DEMO'] === '1' || env['IJA_DEMO'] === 'true';
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--help' || arg === '-h') return { help: HELP };
      if (arg === '--log') {
        log = true;
        continue;
      }
      if (arg === '--demo') {
        demo = true;
        continue;
      }
      if (!arg.startsWith('--')) {
        positionals.push(arg);
        continue;
      }
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (!VALUE_FLAGS.has(name)) throw new ConfigError(`Unknown option "${arg}" (see --help)`);
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new ConfigError(`Option --${name} needs a value`);
        i++;
      }
      flags.set(name as FlagName, value);
    }

    const raw = (name: FlagName): string | undefined => {
      const envName = ENV_NAMES[name];
      return flags.get(name) ?? (envName === undefined ? undefined : env[envName]);
    };
    const port = raw('port');
    const host = raw('host');
    const db = raw('db') ?? env['DATABASE_URL'];
    const cors = raw('cors');
    const bodyLimit = raw('body-limit');
    const writeRate = raw('write-rate');
    const publicDir = raw('public');
    const distDir = raw('dist');
    const proxy = raw('trust-proxy');
    const requestTimeout = raw('request-timeout');
    const maxStreams = raw('max-streams');
    const retention = raw('request-retention-days');
    const site = raw('site');

    return {
      config: {
        command: command(positionals, site === undefined ? 'default' : siteId(site)),
        port: port === undefined ? DEFAULTS.port : integer(port, 'Port', 0, 65_535),
        host: host === undefined ? DEFAULTS.host : nonEmpty(host, 'Host'),
        db: db === undefined ? DEFAULTS.db : nonEmpty(db, 'Database path'),
        demo,
        trustProxy: proxy === undefined ? false : trustProxy(proxy),
        requestTimeoutMs: requestTimeout === undefined ? DEFAULTS.requestTimeoutMs : integer(requestTimeout, 'Request timeout', 1_000, 600_000),
        maxStreamsPerClient: maxStreams === undefined ? DEFAULTS.maxStreamsPerClient : integer(maxStreams, 'Max streams', 1, 10_000),
        requestRetentionDays: retention === undefined ? DEFAULTS.requestRetentionDays : integer(retention, 'Request retention days', 1, 3_650),
        corsOrigins: cors === undefined ? [] : origins(cors),
        bodyLimit: bodyLimit === undefined ? DEFAULTS.bodyLimit : integer(bodyLimit, 'Body limit', 1_024, 100 * 1_048_576),
        writeRate: writeRate === undefined ? DEFAULTS.writeRate : integer(writeRate, 'Write rate', 1, 1_000_000),
        publicDir: publicDir === undefined ? folders.publicDir : nonEmpty(publicDir, 'Public folder'),
        distDir: distDir === undefined ? folders.distDir : nonEmpty(distDir, 'Dist folder'),
        log,
        checkResponses: env['NODE_ENV'] !== 'production',
      },
    };
  } catch (error) {
    if (error instanceof ConfigError) return { error: error.message };
    throw error;
  }
}
