import { IjaAdapterError } from '../errors.js';
import { errorReason } from '../error-reason.js';
import type { Messages } from './messages/types.js';

/** The page's origin, which a server's CORS setting must allow. */
const pageOrigin = (): string => (typeof location === 'undefined' ? '' : location.origin);

/** What happened and what to do, per reason; "not found" names what is not there. */
function reasonText(error: IjaAdapterError, m: Messages): string {
  const texts = m.errors;
  const reason = errorReason(error);
  if (reason === 'blocked') return texts.blocked(pageOrigin());
  // A refusal without a reason of its own (409, 422, …) says its status.
  if (reason === 'refused') return `${texts.reasons.refused} ${texts.httpStatus(error.status ?? 0)}`;
  if (reason !== 'not-found') return texts.reasons[reason];
  const subject = error.subject;
  if (!subject) return texts.notFound(texts.subjects.unknown);
  return texts.notFound(subject.resource === 'partners' ? texts.subjects.partners : texts.subjects[subject.resource](subject.id ?? ''));
}

/** The full description (see `describeError`), with how long the server asked to wait. Needs the `errors` texts. */
export function describeReason(error: unknown, m: Messages): string {
  if (!(error instanceof IjaAdapterError)) return m.errors.unknown;
  const sentences = [reasonText(error, m)];
  if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
    sentences.push(m.errors.retryInSeconds(Math.ceil(error.retryAfterMs / 1000)));
  }
  return sentences.join(' ');
}
