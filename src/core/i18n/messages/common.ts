import type { Messages } from './types.js';

const pluralDe = new Intl.PluralRules('de');

/** The German `common` texts, built in (the other languages are whole tables in ../locales/). */
export const commonMessages: Messages['common'] = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  empty: 'Noch keine Einträge vorhanden.',
  loadFailed: 'Die Inhalte konnten nicht geladen werden.',
  errorFallback: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie die Internetverbindung.',
  droppedRecords: (count) =>
    pluralDe.select(count) === 'one'
      ? '1 fehlerhafter Eintrag wurde ausgelassen.'
      : `${count} fehlerhafte Einträge wurden ausgelassen.`,
};
