import type { Messages } from './types.js';
import { RECOMMENDED_PARTNER_TYPES } from '../../defaults/partner-types.js';

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
  partnerMap: {
    label: 'Netzwerk für internationale Jugendarbeit',
    categories: {
      vereine: 'Vereine',
      jugendarbeit: 'Träger der Jugendarbeit',
      politik: 'Politik',
      'schule-beruf': 'Übergang Schule–Beruf',
    },
    types: Object.fromEntries(RECOMMENDED_PARTNER_TYPES.map((type) => [type.id, type.label])),
    views: { list: 'Liste', map: 'Karte', gaps: 'Wer fehlt noch?', join: 'Mitmachen' },
    viewsLabel: 'Ansicht',
    filters: 'Filter',
    search: 'Suche',
    searchHint: 'Name, Art, Ort oder Angebot',
    category: 'Gruppe',
    type: 'Art',
    offer: 'Angebot',
    all: 'Alle',
    newToIja: 'Nur neu in der internationalen Jugendarbeit',
    newToIjaBadge: 'Neu in der internationalen Jugendarbeit',
    resetFilters: 'Filter zurücksetzen',
    resultCount: (shown, total) =>
      shown === total
        ? `${total} ${plural.select(total) === 'one' ? 'Partner*in' : 'Partner*innen'}`
        : `${shown} von ${total} Partner*innen`,
    groupCount: (count) => (plural.select(count) === 'one' ? '1 Eintrag' : `${count} Einträge`),
    noResults: 'Keine Partner*innen passen zu diesen Filtern.',
    emptyNetwork:
      'Noch sind keine Partner*innen eingetragen. Unter „Wer fehlt noch?“ stehen die Partnertypen, die das Factsheet empfiehlt.',
    website: 'Website',
    email: 'E-Mail',
    phone: 'Telefon',
    offers: 'Angebote',
    noLocation: (count) =>
      plural.select(count) === 'one'
        ? '1 Partner*in ohne Ortsangabe steht nur in der Liste.'
        : `${count} Partner*innen ohne Ortsangabe stehen nur in der Liste.`,
    showOnMap: 'Auf der Karte zeigen',
    showInList: 'In der Liste zeigen',
    map: {
      region: 'Karte der Partner*innen',
      marker: (name, group) => `${name} (${group})`,
      cluster: (count, names) => {
        const shown = names.slice(0, 3);
        const rest = count - shown.length;
        const list = rest > 0 ? `${shown.join(', ')} und ${rest} weitere` : new Intl.ListFormat('de').format(shown);
        return `${count} Partner*innen: ${list}. Vergrößern mit der Eingabetaste.`;
      },
      zoomIn: 'Karte vergrößern',
      zoomOut: 'Karte verkleinern',
      consentTitle: 'Karte anzeigen?',
      consentText: (host) =>
        `Die Karte lädt Kartenbilder von ${host}. Dabei wird Ihre IP-Adresse an diesen Dienst übermittelt. Ohne Karte finden Sie alle Partner*innen in der Liste.`,
      consentButton: 'Karte laden',
      loading: 'Karte wird geladen …',
      failed: 'Die Karte konnte nicht geladen werden. Die Liste zeigt alle Partner*innen.',
      attribution: 'Kartendaten',
    },
    gaps: {
      title: 'Wer fehlt noch?',
      intro: 'Diese empfohlenen Partnertypen sind noch nicht im Netzwerk – eine Einladungsliste für das nächste Werkstattgespräch.',
      allCovered: 'Alle empfohlenen Partnertypen sind im Netzwerk vertreten.',
      present: (count, total) => `${count} von ${total} vertreten`,
      downloadCsv: 'Als Tabelle (CSV) herunterladen',
      downloadText: 'Als Text herunterladen',
      columns: ['Gruppe', 'Partnertyp'],
    },
    join: {
      title: 'Mitmachen im Netzwerk',
      intro: 'Ihre Organisation möchte mitmachen? Schicken Sie uns eine Anfrage. Wir melden uns bei Ihnen.',
      name: 'Name der Organisation',
      category: 'Gruppe',
      type: 'Art der Organisation',
      typeOther: 'Andere Art',
      contactName: 'Ansprechperson',
      email: 'E-Mail-Adresse',
      phone: 'Telefon',
      website: 'Website',
      message: 'Nachricht',
      optional: '(freiwillig)',
      submit: 'Anfrage senden',
      sending: 'Wird gesendet …',
      success: 'Danke! Ihre Anfrage ist angekommen. Wir melden uns bei Ihnen.',
      failed: 'Die Anfrage konnte nicht gesendet werden. Ihre Angaben bleiben erhalten.',
      fixErrors: (count) =>
        plural.select(count) === 'one' ? 'Bitte korrigieren Sie 1 Angabe.' : `Bitte korrigieren Sie ${count} Angaben.`,
      errors: {
        required: 'Bitte ausfüllen.',
        email: 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.',
        url: 'Bitte eine Web-Adresse mit https:// eingeben.',
        phone: 'Bitte eine Telefonnummer aus Ziffern eingeben.',
        tooLong: 'Dieser Text ist zu lang.',
      },
      privacy: 'Ihre Angaben werden nur für die Aufnahme ins Netzwerk verwendet.',
      trap: 'Dieses Feld bitte leer lassen',
    },
  },
  plan: {
    statuses: { open: 'Offen', 'in-progress': 'In Arbeit', done: 'Erledigt' },
    statusLabel: 'Stand',
    stepsProgress: (done, total) => `${done} von ${total} ${total === 1 ? 'Schritt' : 'Schritten'} erledigt`,
    overall: (percent) => `Gesamtfortschritt: ${percent} %`,
    overallDetail: (done, inProgress, open) => `${done} erledigt, ${inProgress} in Arbeit, ${open} offen`,
    showSteps: 'Schritte anzeigen',
    hideSteps: 'Schritte ausblenden',
    stepDone: 'erledigt',
    stepOpen: 'offen',
    responsible: 'Verantwortlich',
    targetDate: 'Ziel bis',
    updatedAt: 'Zuletzt geändert',
    next: 'Weiter zu',
    edit: {
      saving: 'Wird gespeichert …',
      saved: 'Gespeichert.',
      saveFailed: 'Speichern fehlgeschlagen. Die Änderung bleibt erhalten.',
      downloadJson: 'Plan als JSON herunterladen',
      downloadHint: 'Ohne Server bleiben Änderungen auf dieser Seite. Laden Sie die Datei herunter und binden Sie sie mit src ein.',
    },
    check: {
      title: 'Selbstcheck: Wo steht unsere Kommune?',
      intro: 'Beantworten Sie die Fragen zu jedem Punkt. Das Ergebnis zeigt den Stand und schlägt nächste Schritte vor. Nichts wird gespeichert oder gesendet.',
      answers: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
      answered: (answered, total) => `${answered} von ${total} Fragen beantwortet`,
      level: 'Stand',
      notAnswered: 'Noch nicht beantwortet',
      nextSteps: 'Nächste Schritte',
      overall: (percent) => `Gesamtergebnis: ${percent} %`,
      download: 'Ergebnis herunterladen',
      compare: 'Mit früherem Ergebnis vergleichen',
      compareHint: 'Wählen Sie eine früher heruntergeladene Ergebnisdatei.',
      comparedWith: (date) => `Vergleich mit dem Ergebnis vom ${date}`,
      changes: { up: 'besser als zuvor', down: 'schlechter als zuvor', same: 'unverändert', new: 'neu beantwortet' },
      readFailed: 'Die Datei konnte nicht gelesen werden.',
    },
  },
};
