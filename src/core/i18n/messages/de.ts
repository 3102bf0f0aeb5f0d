import type { Messages } from './types.js';

const plural = new Intl.PluralRules('de');

export const de: Messages = {
  common: {
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
      plural.select(count) === 'one'
        ? '1 fehlerhafter Eintrag wurde ausgelassen.'
        : `${count} fehlerhafte Einträge wurden ausgelassen.`,
    retryInSeconds: (seconds) =>
      plural.select(seconds) === 'one'
        ? 'Bitte in einer Sekunde erneut versuchen.'
        : `Bitte in ${seconds} Sekunden erneut versuchen.`,
  },
  agenda: {
    label: 'Tagesablauf',
    template: 'Vorlage – noch ohne Datum',
    itemTypes: {
      welcome: 'Begrüßung',
      intro: 'Einführung',
      input: 'Input',
      presentation: 'Vorstellung',
      practice: 'Praxisbeispiel',
      discussion: 'Diskussion',
      break: 'Pause',
      closing: 'Abschluss',
      other: 'Programmpunkt',
    },
    timeRangeSpoken: (start, end) => `${start} bis ${end} Uhr`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${rest} Min.`;
      return rest === 0 ? `${hours} Std.` : `${hours} Std. ${rest} Min.`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const h = hours === 1 ? '1 Stunde' : `${hours} Stunden`;
      const m = rest === 1 ? '1 Minute' : `${rest} Minuten`;
      if (hours === 0) return m;
      return rest === 0 ? h : `${h} ${m}`;
    },
    now: 'Jetzt',
    next: 'Als Nächstes',
    nowAnnouncement: (title) => `Jetzt: ${title}`,
    speaker: 'Mit',
    showMore: 'Mehr anzeigen',
    showLess: 'Weniger anzeigen',
    toBoard: 'Zu den Leitfragen',
    addToCalendar: 'In den Kalender',
    calendarWholeDay: 'Ganzer Tag als ein Termin',
    calendarEachItem: 'Jeder Programmpunkt einzeln',
    calendarFormat: 'Kalendereintrag',
    calendarNeedsDate: 'Sobald ein Datum feststeht, lässt sich der Tag in den Kalender übernehmen.',
    problems: {
      'ends-before-start': 'Endet vor oder mit dem Beginn.',
      overlap: (other) => `Überschneidet sich mit „${other}“.`,
      'out-of-order': 'Steht in den Daten nicht in zeitlicher Reihenfolge.',
      'unknown-type': (type) => `Unbekannte Art „${type}“, wird als Programmpunkt gezeigt.`,
    },
    edit: {
      toolbar: 'Tagesablauf bearbeiten',
      moveUp: (title) => `„${title}“ nach oben`,
      moveDown: (title) => `„${title}“ nach unten`,
      dragHandle: (title) => `„${title}“ verschieben (Pfeiltasten oder ziehen)`,
      remove: (title) => `„${title}“ entfernen`,
      durationLabel: 'Dauer in Minuten',
      pinLabel: 'Uhrzeit festhalten',
      add: 'Programmpunkt hinzufügen',
      newTitle: 'Titel',
      newType: 'Art',
      newDuration: 'Dauer in Minuten',
      titleRequired: 'Bitte einen Titel eingeben.',
      undo: 'Rückgängig',
      save: 'Speichern',
      saving: 'Wird gespeichert …',
      saved: 'Gespeichert.',
      saveFailed: 'Speichern fehlgeschlagen. Ihre Änderungen bleiben erhalten.',
      unsaved: 'Ungespeicherte Änderungen',
      downloadJson: 'JSON herunterladen',
      downloadHint: 'Ohne Server: Laden Sie die Datei herunter und binden Sie sie mit src ein.',
      moved: (title, position, start) => `„${title}“ ist jetzt Punkt ${position}, Beginn ${start} Uhr.`,
      removed: (title) => `„${title}“ wurde entfernt.`,
      added: (title, start) => `„${title}“ wurde hinzugefügt, Beginn ${start} Uhr.`,
      undone: 'Letzte Änderung rückgängig gemacht.',
    },
  },
};
