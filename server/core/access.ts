import { ROLES, type Role } from '../repository/repository.js';
import type { Access } from './route.js';

/**
 * How a request's key meets a route's access, shared by the server (server/http/auth.ts, which
 * checks keys against stored hashes) and the in-browser fake (dispatch.ts, which compares them).
 */

/** The key in `Authorization: Bearer <key>`; '' for another scheme or a malformed header, undefined when none was sent. */
export function bearerKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1] : '';
}

/** The roles a route needs a key of (any one of them); undefined for routes anyone may call. */
export function requiredRoles(access: Access): readonly Role[] | undefined {
  if (access === 'editor-or-moderator') return ['editor', 'moderator'];
  return ROLES.includes(access as Role) ? [access as Role] : undefined;
}

/**
 * The roles a sent key is tried against, in order: the needed roles alone; on other routes the
 * moderator's first (it shows more), then any other key of the site (a page signed in for the
 * agenda may also show the board: its key is right, it just gives no board rights).
 */
export function rolesToTry(access: Access): readonly Role[] {
  return requiredRoles(access) ?? ['moderator', ...ROLES.filter((role) => role !== 'moderator')];
}

/** Who a request is, once its key (if any) was checked: the role whose key it sent. */
export interface Caller {
  asModerator: boolean;
  /** The role of the key that was sent and is right; undefined without a key. */
  role?: Role;
}

export function callerOf(role: Role | undefined): Caller {
  return role === undefined ? { asModerator: false } : { asModerator: role === 'moderator', role };
}
