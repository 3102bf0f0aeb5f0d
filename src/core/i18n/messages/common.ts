import type { Messages } from './types.js';

const pluralDe = new Intl.PluralRules('de');
const pluralEn = new Intl.PluralRules('en');

/** The `common` texts in the built-in languages, German and English, side by side. */
export const commonMessages: { de: Messages['common']; en: Messages['common'] } = {
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    empty: 'Noch keine Einträge vorhanden.',
    loadFailed: 'Die Inhalte konnten nicht geladen werden.',
    errors: {
      network: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie die Internetverbindung.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      http: 'Der Server hat die Anfrage abgelehnt.',
      'invalid-data': 'Die Daten sind fehlerhaft und können nicht angezeigt werden.',
      'read-only': 'Diese Datenquelle kann keine Änderungen speichern.',
      unknown: 'Ein unerwarteter Fehler ist aufgetreten.',
    },
    httpStatus: (status) => `Antwort des Servers: ${status}.`,
    droppedRecords: (count) =>
      pluralDe.select(count) === 'one'
        ? '1 fehlerhafter Eintrag wurde ausgelassen.'
        : `${count} fehlerhafte Einträge wurden ausgelassen.`,
    retryInSeconds: (seconds) =>
      pluralDe.select(seconds) === 'one'
        ? 'Bitte in einer Sekunde erneut versuchen.'
        : `Bitte in ${seconds} Sekunden erneut versuchen.`,
  },
  en: {
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
      pluralEn.select(count) === 'one' ? '1 faulty entry was left out.' : `${count} faulty entries were left out.`,
    retryInSeconds: (seconds) =>
      pluralEn.select(seconds) === 'one' ? 'Please try again in one second.' : `Please try again in ${seconds} seconds.`,
  },
};
