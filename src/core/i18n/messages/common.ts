import type { Messages } from './types.js';

const pluralDe = new Intl.PluralRules('de');

/** The German `common` texts, built in (the other languages are whole tables in ../locales/). */
export const commonMessages: Messages['common'] = {
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
};
