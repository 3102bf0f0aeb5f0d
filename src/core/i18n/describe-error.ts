import { IjaAdapterError } from '../errors.js';
import type { Messages } from './messages/types.js';

/** One or two sentences for a visitor: what happened, and what the server said when it matters. */
export function describeError(error: unknown, m: Messages): string {
  if (!(error instanceof IjaAdapterError)) return m.common.errors.unknown;
  const sentences = [m.common.errors[error.kind]];
  if (error.kind === 'http' && error.status !== undefined) sentences.push(m.common.httpStatus(error.status));
  if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
    sentences.push(m.common.retryInSeconds(Math.ceil(error.retryAfterMs / 1000)));
  }
  return sentences.join(' ');
}
