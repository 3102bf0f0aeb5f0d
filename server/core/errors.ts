/**
 * The contract's error format, `{ "error": "<code>", "issues"?: [{ path, message }] }`, as one
 * class: services throw it, every binding (Fastify, the in-browser fake) answers it the same way.
 */

export interface ErrorIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly issues?: readonly ErrorIssue[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }

  get body(): { error: string; issues?: ErrorIssue[] } {
    return this.issues === undefined ? { error: this.code } : { error: this.code, issues: this.issues.map(({ path, message }) => ({ path, message })) };
  }
}

export const notFound = () => new ApiError(404, 'not-found');

/** The value, or a 404 when there is none. */
export function found<T>(value: T | undefined): T {
  if (value === undefined) throw notFound();
  return value;
}
export const invalid = (issues: readonly ErrorIssue[]) => new ApiError(400, 'invalid', issues);
export const unauthorized = () => new ApiError(401, 'unauthorized', undefined, { 'www-authenticate': 'Bearer' });
export const notYours = () => new ApiError(403, 'not-yours');
export const boardLocked = () => new ApiError(423, 'board-locked');
export const idConflict = () => new ApiError(409, 'id-conflict');
export const voteCap = () => new ApiError(409, 'vote-cap');
export const noVoteToTakeBack = () => new ApiError(409, 'no-vote-to-take-back');
/** A question that still has ideas stays: removing it would delete what participants wrote. */
export const questionInUse = (questionIds: readonly string[]) =>
  new ApiError(
    409,
    'question-in-use',
    questionIds.map((id) => ({ path: 'questions', message: `Question "${id}" still has ideas: move or remove them first` })),
  );
/** A card holds at most this many merged ideas (the contract's limit of `Card.merged`). */
export const mergeLimit = () => new ApiError(409, 'merge-limit');
/** `If-Match` named another version than the stored one: someone changed the document since. */
export const versionConflict = () => new ApiError(412, 'version-conflict');

/** What each status means, for the OpenAPI document. */
export const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid request: `issues` name the fields',
  401: 'Missing or wrong key',
  403: 'Not your card',
  404: 'Unknown id',
  409: 'Conflict: id used for something else, vote cap reached, no vote to take back, the join request is accepted already, a question still has ideas (`question-in-use`), or a card holds too many merged ideas',
  413: 'Body too large',
  412: 'The document changed since the version in If-Match (`version-conflict`): read it again, then write',
  415: 'Not JSON',
  423: 'The board is locked',
  429: 'Too many requests: wait as long as Retry-After says',
};
