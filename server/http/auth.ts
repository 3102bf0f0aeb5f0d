import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError, unauthorized } from '../core/errors.js';
import type { Access } from '../core/route.js';
import { verifyKey } from '../keys.js';
import { bearerKey, callerOf, requiredRoles, rolesToTry, type Caller } from '../core/access.js';
import type { Repository, Role, SiteId } from '../repository/repository.js';
import { WindowLimiter } from './limits.js';

/** Wrong keys per IP address per minute before further tries are refused unhashed (429). */
export const KEY_FAILURES_PER_MINUTE = 10;

/**
 * Who the request is, for one route's access: a role's key is checked against the site's stored
 * hash (a verified key is remembered, scrypt is slow on purpose); any other key is counted per IP
 * address before it is hashed and, past the limit, refused unhashed (429).
 */
export class KeyCheck {
  readonly #repo: Repository;
  readonly #verified = new Map<string, true>();
  readonly #failures = new WindowLimiter(KEY_FAILURES_PER_MINUTE, 60_000);

  constructor(repo: Repository) {
    this.#repo = repo;
  }

  /** Answers whose key the request sent (and whether it acts as the moderator); throws 401/429 where the access is not met. */
  async resolve(request: FastifyRequest, site: SiteId, access: Access): Promise<Caller> {
    const key = bearerKey(request.headers.authorization);
    if (key === undefined) {
      if (requiredRoles(access) !== undefined) throw unauthorized();
      return callerOf(undefined);
    }
    const digest = createHash('sha256').update(key).digest('base64url');
    const candidates: { role: Role; stored: string; memo: string }[] = [];
    for (const role of rolesToTry(access)) {
      const stored = await this.#repo.getKeyHash(site, role);
      if (stored === undefined) continue;
      const memo = `${site}\0${role}\0${stored}\0${digest}`;
      // A key verified before is known without hashing.
      if (this.#verified.has(memo)) return callerOf(role);
      candidates.push({ role, stored, memo });
    }
    // Any other key is counted before it is hashed: concurrent wrong keys cannot all get past the
    // limit while the first ones are still hashing. A key that turns out right is not held against the address.
    const wait = this.#failures.hit(request.ip);
    if (wait > 0) throw new ApiError(429, 'too-many-requests', undefined, { 'retry-after': String(wait) });
    for (const { role, stored, memo } of candidates) {
      if (key && (await verifyKey(key, stored))) {
        this.#failures.forgive(request.ip);
        if (this.#verified.size >= 256) this.#verified.clear();
        this.#verified.set(memo, true);
        return callerOf(role);
      }
    }
    throw unauthorized();
  }
}
