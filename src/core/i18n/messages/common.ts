import type { Messages } from './types.js';

/**
 * The German `common` texts, built in (the other languages are whole tables in ../locales/). Counts compare with 1
 * (German's one singular), not through `Intl.PluralRules`: an `Intl` object made as the page loads costs 15–30 ms.
 */
export const commonMessages: Messages['common'] = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  empty: 'Noch keine Einträge vorhanden.',
  loadFailed: 'Die Inhalte konnten nicht geladen werden.',
  errorFallback: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie die Internetverbindung.',
  droppedRecords: (count) =>
    count === 1
      ? '1 fehlerhafter Eintrag wurde ausgelassen.'
      : `${count} fehlerhafte Einträge wurden ausgelassen.`,
};
