import { versionConflict } from './errors.js';
import type { Conditions, RouteAnswer } from './route.js';

/**
 * Conditional requests, browser-safe (the in-browser fake uses them too). Reads that widgets poll
 * answer with an `ETag` and `Cache-Control: no-cache` (a browser keeps the answer and asks again
 * with `If-None-Match`), and a matching `If-None-Match` with 304 and no body. Plans carry a stored
 * version ("v7"); agendas and the partner list a hash of the body. Writes to a plan honour
 * `If-Match` (a lost update becomes a 412 instead).
 */

/** The ETag of a plan at a version. */
export const versionTag = (version: number): string => `"v${version}"`;

/**
 * cyrb53: a fast 53-bit string hash (not cryptographic; it only has to tell versions of one document
 * apart). Pure JavaScript, as the fake runs in browsers where SubtleCrypto needs a secure context.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The ETag of a JSON body: its hash and length (as it is sent: JSON.stringify, as Fastify and the fake do). */
export function bodyTag(body: unknown): string {
  const json = JSON.stringify(body);
  return `"h${hash53(json).toString(36)}-${json.length.toString(36)}"`;
}

/** The entity tags of an `If-Match` / `If-None-Match` value; `*` stays `*`. An unquoted tag is taken as if quoted. */
function tagsOf(header: string): { weak: boolean; tag: string }[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const weak = /^W\//.test(part);
      const bare = weak ? part.slice(2) : part;
      return { weak, tag: bare === '*' ? '*' : bare.startsWith('"') ? bare : `"${bare}"` };
    });
}

/** The answer to a read that may be conditional: 304 (no body) when `If-None-Match` names the current tag, else 200. */
export function conditionalRead(body: unknown, etag: string, conditions: Conditions): RouteAnswer {
  const headers = { etag, 'cache-control': 'no-cache' };
  const asked = conditions.ifNoneMatch;
  // If-None-Match compares weakly: W/"x" matches "x".
  if (asked !== undefined && tagsOf(asked).some(({ tag }) => tag === '*' || tag === etag)) return { status: 304, headers };
  return { status: 200, body, headers };
}

/**
 * Refuses a write whose `If-Match` does not name the stored version (412 `version-conflict`); a write
 * without `If-Match` goes through. `current` is undefined when there is no document yet: then only
 * a write without `If-Match` may create it. The comparison is strong: a weak tag never matches.
 */
export function checkIfMatch(conditions: Conditions, current: number | undefined): void {
  const asked = conditions.ifMatch;
  if (asked === undefined) return;
  const tags = tagsOf(asked);
  if (current !== undefined && tags.some(({ weak, tag }) => !weak && (tag === '*' || tag === versionTag(current)))) return;
  throw versionConflict();
}
