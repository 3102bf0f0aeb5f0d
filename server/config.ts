import type { KeyRole } from './store/store.js';

/** What the reference server does when started: serve, or print a new key and stop. */
export type Command = { name: 'serve' } | { name: 'rotate-key'; role: KeyRole };

export interface Config {
  command: Command;
  port: number;
  host: string;
  /** SQLite file; `:memory:` for a throw-away store. */
  db: string;
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
  publicDir: 'server/public',
  distDir: 'dist',
} as const;

export const HELP = `ija-widgets reference server

Usage:
  node --import tsx server/main.ts [options]
  node --import tsx server/main.ts keys rotate moderator|editor

Options (flag, environment variable, default):
  --port <n>          PORT              ${DEFAULTS.port}
  --host <name>       HOST              ${DEFAULTS.host}
  --db <file>         IJA_DB            ${DEFAULTS.db}
  --cors <origins>    IJA_CORS_ORIGINS  (empty: same origin only) comma-separated, e.g. https://www.musterstadt.de
  --body-limit <n>    IJA_BODY_LIMIT    ${DEFAULTS.bodyLimit} (bytes per request body)
  --write-rate <n>    IJA_WRITE_RATE    ${DEFAULTS.writeRate} (writes per client per minute)
  --public <dir>      IJA_PUBLIC        ${DEFAULTS.publicDir} (demo site, served at /)
  --dist <dir>                          ${DEFAULTS.distDir} (built library, served at /dist/)
  --log               IJA_LOG=1         off (request log; keys are never logged)
  --help                                this text

NODE_ENV=production skips the check of every answer against the contract schemas.

On the first start the server seeds demo content and prints a moderator key and an editor key once.
"keys rotate <role>" replaces a key (the old one stops working) and prints the new one.
`;

type FlagName = 'port' | 'host' | 'db' | 'cors' | 'body-limit' | 'write-rate' | 'public' | 'dist';
const VALUE_FLAGS = new Set<string>(['port', 'host', 'db', 'cors', 'body-limit', 'write-rate', 'public', 'dist']);
const ENV_NAMES: Partial<Record<FlagName, string>> = {
  port: 'PORT',
  host: 'HOST',
  db: 'IJA_DB',
  cors: 'IJA_CORS_ORIGINS',
  'body-limit': 'IJA_BODY_LIMIT',
  'write-rate': 'IJA_WRITE_RATE',
  public: 'IJA_PUBLIC',
};

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

function command(positionals: string[]): Command {
  if (positionals.length === 0) return { name: 'serve' };
  const [group, action, role] = positionals;
  if (group === 'keys' && action === 'rotate' && (role === 'moderator' || role === 'editor') && positionals.length === 3) {
    return { name: 'rotate-key', role };
  }
  throw new ConfigError(`Unknown command "${positionals.join(' ')}" (known: keys rotate moderator|editor)`);
}

/**
 * Reads the configuration from command-line flags (`--port 8080` or `--port=8080`), then environment
 * variables, then defaults. Pure: no I/O, so it is tested with plain arrays and objects.
 */
export function parseConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const flags = new Map<FlagName, string>();
  const positionals: string[] = [];
  let log = env['IJA_LOG'] === '1' || env['IJA_LOG'] === 'true';
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--help' || arg === '-h') return { help: HELP };
      if (arg === '--log') {
        log = true;
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
    const db = raw('db');
    const cors = raw('cors');
    const bodyLimit = raw('body-limit');
    const writeRate = raw('write-rate');
    const publicDir = raw('public');
    const distDir = raw('dist');

    return {
      config: {
        command: command(positionals),
        port: port === undefined ? DEFAULTS.port : integer(port, 'Port', 0, 65_535),
        host: host === undefined ? DEFAULTS.host : nonEmpty(host, 'Host'),
        db: db === undefined ? DEFAULTS.db : nonEmpty(db, 'Database path'),
        corsOrigins: cors === undefined ? [] : origins(cors),
        bodyLimit: bodyLimit === undefined ? DEFAULTS.bodyLimit : integer(bodyLimit, 'Body limit', 1_024, 100 * 1_048_576),
        writeRate: writeRate === undefined ? DEFAULTS.writeRate : integer(writeRate, 'Write rate', 1, 1_000_000),
        publicDir: publicDir === undefined ? DEFAULTS.publicDir : nonEmpty(publicDir, 'Public folder'),
        distDir: distDir === undefined ? DEFAULTS.distDir : nonEmpty(distDir, 'Dist folder'),
        log,
        checkResponses: env['NODE_ENV'] !== 'production',
      },
    };
  } catch (error) {
    if (error instanceof ConfigError) return { error: error.message };
    throw error;
  }
}
