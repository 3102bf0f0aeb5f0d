import type { Messages } from './types.js';

const plural = new Intl.PluralRules('en');

export const en: Messages = {
  common: {
    loading: 'Loading …',
    retry: 'Try again',
    empty: 'No entries yet.',
    loadFailed: 'The content could not be loaded.',
    errors: {
      network: 'The server cannot be reached right now. Please check the internet connection.',
      timeout: 'The server did not answer in time.',
      http: 'The server refused the request.',
      'invalid-data': 'The data is faulty and cannot be shown.',
      'read-only': 'This data source cannot save changes.',
      unknown: 'An unexpected error occurred.',
    },
    httpStatus: (status) => `Server response: ${status}.`,
    droppedRecords: (count) =>
      plural.select(count) === 'one' ? '1 faulty entry was left out.' : `${count} faulty entries were left out.`,
    retryInSeconds: (seconds) =>
      plural.select(seconds) === 'one' ? 'Please try again in one second.' : `Please try again in ${seconds} seconds.`,
  },
};
