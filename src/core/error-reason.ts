import type { IjaAdapterError, IjaErrorReason } from './errors.js';

/** What happened, for the visitor's message (a function, not a getter: the first download does without it). */
export function errorReason(error: IjaAdapterError): IjaErrorReason {
  if (error.kind === 'network') return error.offline ? 'offline' : error.crossOrigin ? 'blocked' : 'unreachable';
  if (error.kind !== 'http') return error.kind;
  const status = error.status ?? 0;
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'not-allowed';
  return status >= 500 ? 'server' : 'refused';
}
