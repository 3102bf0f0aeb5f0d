import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { KeyRole, Store } from './store/store.js';

/**
 * The moderator key (board actions) and the editor key (agenda and plan writes). Only scrypt hashes
 * are stored; a key is shown once, when it is made, and never logged.
 */

export const KEY_ROLES: readonly KeyRole[] = ['moderator', 'editor'];

const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Longer input is refused before hashing: keys are 43 characters, scrypt on megabytes is a denial of service. */
const MAX_KEY_LENGTH = 256;

function derive(key: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(key, salt, length, (error, hash) => (error ? reject(error) : resolve(hash)));
  });
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

const ROLE_LABELS: Record<KeyRole, string> = {
  moderator: 'Moderationsschlüssel / moderator key (Leitfragen-Board)',
  editor: 'Redaktionsschlüssel / editor key (Tagesordnung, 5-Punkte-Plan / agenda, plan)',
};

/** Replaces the role's key; the old one stops working at once. Returns the new key (to show once). */
export async function rotateKey(store: Store, role: KeyRole): Promise<string> {
  const key = createKey();
  store.setKeyHash(role, await hashKey(key));
  return key;
}

/**
 * On the first start: makes the keys that do not exist yet, stores their hashes and prints them once.
 * Returns the roles whose keys were made.
 */
export async function ensureKeys(store: Store, print: (line: string) => void): Promise<KeyRole[]> {
  const created: KeyRole[] = [];
  for (const role of KEY_ROLES) {
    if (store.getKeyHash(role) !== undefined) continue;
    const key = await rotateKey(store, role);
    if (created.length === 0) {
      print('Neue Schlüssel – jetzt sicher aufbewahren, sie werden nicht noch einmal angezeigt.');
      print('New keys – store them safely now, they are not shown again.');
    }
    print(`  ${ROLE_LABELS[role]}: ${key}`);
    created.push(role);
  }
  if (created.length > 0) {
    print('Senden als / send as: Authorization: Bearer <key>');
  }
  return created;
}

export function printRotatedKey(role: KeyRole, key: string, print: (line: string) => void): void {
  print(`Neuer Schlüssel, der alte gilt nicht mehr / new key, the old one no longer works:`);
  print(`  ${ROLE_LABELS[role]}: ${key}`);
}
