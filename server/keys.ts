import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ROLES, type Repository, type Role, type SiteId } from './repository/repository.js';

/**
 * Three keys per site: network (partners and join requests, which hold personal data), editor
 * (agendas, plans) and moderator (boards). Only scrypt hashes are stored; a key is shown once,
 * when it is made, and never logged.
 */

const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Longer input is refused before hashing: keys are 43 characters, scrypt on megabytes is a denial of service. */
const MAX_KEY_LENGTH = 256;

/**
 * One scrypt at a time: a flood of wrong keys would otherwise fill libuv's thread pool, which
 * also reads the static files, and stall every page (seen: 8–10 s).
 */
let queue: Promise<unknown> = Promise.resolve();

function derive(key: string, salt: Buffer, length: number): Promise<Buffer> {
  const run = () =>
    new Promise<Buffer>((resolve, reject) => {
      scrypt(key, salt, length, (error, hash) => (error ? reject(error) : resolve(hash)));
    });
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** 32 random bytes, base64url (43 characters, safe in a header and a shell). */
export function createKey(): string {
  return randomBytes(32).toString('base64url');
}

/** `scrypt$<salt>$<hash>`, both base64url, with a fresh random salt. */
export async function hashKey(key: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(key, salt, HASH_BYTES);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Compares in constant time; false for anything malformed rather than throwing. */
export async function verifyKey(key: string, stored: string): Promise<boolean> {
  if (key === '' || key.length > MAX_KEY_LENGTH) return false;
  const [scheme, saltText, hashText, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || saltText === undefined || hashText === undefined || rest.length > 0) return false;
  const salt = Buffer.from(saltText, 'base64url');
  const expected = Buffer.from(hashText, 'base64url');
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await derive(key, salt, expected.length);
  return timingSafeEqual(actual, expected);
}

/** English role name first ("network key: …", as scripts read it), the German beside it. */
const ROLE_LABELS: Record<Role, string> = {
  network: 'Netzwerk (Partner, Beitrittsanfragen)',
  editor: 'Redaktion (Tagesordnung, 5-Punkte-Plan)',
  moderator: 'Moderation (Leitfragen-Board)',
};

export function keyLine(role: Role, key: string): string {
  return `  ${role} key: ${key}   (${ROLE_LABELS[role]})`;
}

/** Replaces the role's key of a site; the old one stops working at once. Returns the new key (to show once). */
export async function rotateKey(repo: Repository, site: SiteId, role: Role, now = new Date()): Promise<string> {
  const key = createKey();
  await repo.setKeyHash(site, role, await hashKey(key), now);
  return key;
}

/**
 * Makes the site's keys that do not exist yet, stores their hashes and prints them once (one line
 * per role). Returns the new keys by role.
 */
export async function ensureKeys(repo: Repository, site: SiteId, print: (line: string) => void): Promise<Partial<Record<Role, string>>> {
  const created: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    if ((await repo.getKeyHash(site, role)) !== undefined) continue;
    const key = createKey();
    // Several processes may start on a new database at once: only the one that stores a key prints it.
    if (!(await repo.addKeyHash(site, role, await hashKey(key), new Date()))) continue;
    if (Object.keys(created).length === 0) {
      print(`New keys for site "${site}": store them safely now, they are not shown again.`);
      print(`Neue Schlüssel für "${site}": jetzt sicher aufbewahren, sie werden nicht noch einmal angezeigt.`);
    }
    print(keyLine(role, key));
    created[role] = key;
  }
  if (Object.keys(created).length > 0) print('Send as / senden als: Authorization: Bearer <key>');
  return created;
}
