import type { Messages } from './messages/types.js';

type Describe = (error: unknown, m: Messages) => string;

let describeFully: Describe | undefined;

/** Hands over the texts per reason (describe-reason.ts): the error view does, once its code is there. */
export function useReasonTexts(describe: Describe): void {
  describeFully = describe;
}

/**
 * One or two sentences for a visitor: what happened and what to do. Until the error view's code is there (it loads
 * when something fails), one sentence for all: it fails to arrive only when the connection does.
 */
export function describeError(error: unknown, m: Messages): string {
  return describeFully?.(error, m) ?? m.common.errorFallback;
}
