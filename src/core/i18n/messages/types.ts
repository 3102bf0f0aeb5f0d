import type { IjaErrorKind } from '../../errors.js';

/**
 * Every text the widgets show, per locale. A locale table must implement all of it, so a
 * missing key fails the type check. Functions take counts or values (plural forms, numbers).
 */
export interface Messages {
  common: {
    loading: string;
    retry: string;
    empty: string;
    /** Heading of the error state. */
    loadFailed: string;
    errors: Record<IjaErrorKind, string> & { unknown: string };
    httpStatus: (status: number) => string;
    /** Said when some records were dropped as invalid, the rest shown. */
    droppedRecords: (count: number) => string;
    retryInSeconds: (seconds: number) => string;
  };
}
