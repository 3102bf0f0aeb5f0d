import type { Messages } from '../messages/types.js';

/**
 * Leichte Sprache (German easy-to-read) texts of the widgets. Decisions: address with "Sie"; German quotes „…“; "wir" is
 * the website's owner. No gender star: neutral words (Menschen, Ansprech-Person, Gesprächs-Leitung, Mitglieder), "Partner"
 * for the member organisations, both forms only in "Migrantinnen und Migranten". Glossary: Leitfrage -> Frage, Board ->
 * Pinn-Wand, Moderation -> Gesprächs-Leitung, zentrale Erkenntnis -> wichtiges Ergebnis, Stimme, Idee, Programm-Punkt,
 * Tages-Programm, Schritt, Selbstcheck -> Selbst-Test, Kommune -> Stadt oder Gemeinde, Partnertyp -> Art von Partner.
 * Long compounds get a hyphen (Jugend-Arbeit); names on buildings keep their spelling with a short explanation (Jobcenter,
 * IHK, ARGE). No abbreviations, "Prozent" instead of "%", numbers as digits. Reviewer's checklist: docs/leichte-sprache.md.
 */

const plural = new Intl.PluralRules('de');
const n = new Intl.NumberFormat('de').format;
/** Codes such as HTTP statuses: digits as they are, never grouped. */
const code = new Intl.NumberFormat('de', { useGrouping: false }).format;

/** The noun form for a count; German has the categories "one" and "other" (the rest fall back to "other"). */
function form(count: number, forms: { one: string; other: string }): string {
  const category = plural.select(count);
  return category === 'one' ? forms.one : forms.other;
}

/** A number with its noun, e.g. "1 Stimme", "5 Stimmen". */
const counted = (count: number, one: string, other: string) => `${n(count)} ${form(count, { one, other })}`;

function hoursAndMinutes(minutes: number, joiner: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = counted(hours, 'Stunde', 'Stunden');
  const m = counted(rest, 'Minute', 'Minuten');
  if (hours === 0) return m;
  return rest === 0 ? h : `${h}${joiner}${m}`;
}

const messages: Messages = {
  common: {
    loading: 'Bitte warten …',
    retry: 'Noch einmal versuchen',
    empty: 'Es gibt noch keine Einträge.',
    loadFailed: 'Wir können die Inhalte gerade nicht zeigen.',
    errors: {
      network: 'Wir erreichen den Server gerade nicht. Bitte prüfen Sie: Ist Ihr Gerät mit dem Internet verbunden?',
      timeout: 'Der Server antwortet zu langsam.',
      http: 'Der Server hat die Anfrage abgelehnt.',
      'invalid-data': 'Die Daten haben Fehler. Darum können wir die Daten nicht zeigen.',
      'read-only': 'Sie können hier keine Änderungen speichern.',
      unknown: 'Ein Fehler ist passiert.',
    },
    httpStatus: (status) => `Fehler-Nummer vom Server: ${code(status)}.`,
    droppedRecords: (count) =>
      form(count, {
        one: `${n(count)} Eintrag hat Fehler. Darum fehlt dieser Eintrag hier.`,
        other: `${n(count)} Einträge haben Fehler. Darum fehlen diese Einträge hier.`,
      }),
    retryInSeconds: (seconds) => `Bitte versuchen Sie es in ${counted(seconds, 'Sekunde', 'Sekunden')} noch einmal.`,
  },
  agenda: {
    label: 'Tages-Programm',
    template: 'Vorlage: Das Datum fehlt noch.',
    itemTypes: {
      welcome: 'Begrüßung',
      intro: 'Einführung',
      input: 'Vortrag',
      presentation: 'Vorstellung',
      practice: 'Beispiel-Projekt',
      discussion: 'Gespräch',
      break: 'Pause',
      closing: 'Abschluss',
      other: 'Programm-Punkt',
    },
    timeRangeSpoken: (start, end) => `von ${start} Uhr bis ${end} Uhr`,
    duration: (minutes) => hoursAndMinutes(minutes, ' '),
    durationSpoken: (minutes) => hoursAndMinutes(minutes, ' und '),
    now: 'Jetzt',
    next: 'Als Nächstes',
    nowAnnouncement: (title) => `Jetzt beginnt: ${title}`,
    speaker: 'Mit',
    showMore: 'Mehr zeigen',
    showLess: 'Weniger zeigen',
    toBoard: 'Zu den Fragen',
    addToCalendar: 'In den Kalender',
    calendarWholeDay: 'Der ganze Tag als 1 Termin',
    calendarEachItem: 'Jeder Programm-Punkt als eigener Termin',
    calendarFormat: 'Was soll in Ihren Kalender?',
    calendarNeedsDate: 'Es gibt noch kein Datum. Später können Sie den Tag in Ihren Kalender eintragen.',
    problems: {
      'ends-before-start': 'Das Ende ist zu früh. Das Ende muss nach dem Beginn sein.',
      overlap: (other) => `Zur gleichen Zeit ist auch „${other}“.`,
      'out-of-order': 'Dieser Punkt steht in den Daten an der falschen Stelle. Die Reihenfolge muss nach der Uhrzeit sein.',
      'unknown-type': (type) => `Die Art „${type}“ kennen wir nicht. Wir zeigen diesen Punkt als Programm-Punkt.`,
    },
  },
  partnerMap: {
    label: 'Netzwerk für internationale Jugend-Arbeit',
    categories: {
      vereine: 'Vereine',
      jugendarbeit: 'Jugend-Arbeit',
      politik: 'Politik',
      'schule-beruf': 'Von der Schule in den Beruf',
    },
    types: {
      staedtepartnerschaft: 'Vereine für Städte-Partnerschaften',
      jugendring: 'Stadt-Jugend-Ring oder Kreis-Jugend-Ring',
      'vereine-junger-migrantinnen': 'Vereine von jungen Migrantinnen und Migranten',
      'migrantinnen-selbstorganisationen': 'Organisationen von Migrantinnen und Migranten',
      'kommunale-jugendarbeit': 'Jugend-Arbeit von der Stadt oder Gemeinde',
      'freie-traeger': 'Freie Träger in der Jugend-Arbeit',
      jugendsozialarbeit: 'Jugend-Sozial-Arbeit',
      jugendmigrationsdienst: 'Jugend-Migrations-Dienste (Beratung für junge Eingewanderte)',
      jugendunterkunft: 'Jugend-Herbergen und Jugend-Gäste-Häuser',
      jugendhilfeplanung: 'Jugend-Hilfe-Planung',
      integrationsbeauftragte: 'Beauftragte für Integration',
      'politik-entscheidung': 'Menschen aus der Politik, zum Beispiel im Stadt-Rat',
      arge: 'ARGE (Hilfe bei der Arbeits-Suche)',
      jobcenter: 'Jobcenter (Hilfe bei Arbeit und Geld zum Leben)',
      handwerkskammer: 'Handwerkskammer (Kammer für Berufe im Handwerk)',
      ihk: 'IHK (Kammer für Industrie und Handel)',
      jugendberufshilfe: 'Jugend-Berufs-Hilfe (Hilfe beim Start in den Beruf)',
      schulen: 'Schulen',
    },
    views: { list: 'Liste', map: 'Karte', gaps: 'Wer fehlt noch?', join: 'Mitmachen' },
    viewsLabel: 'Ansicht',
    filters: 'Suche und Filter',
    search: 'Suchen',
    searchHint: 'Name, Art, Ort oder Angebot',
    category: 'Gruppe',
    type: 'Art',
    offer: 'Angebot',
    all: 'Alle',
    newToIja: 'Nur neu in der internationalen Jugend-Arbeit',
    newToIjaBadge: 'Neu in der internationalen Jugend-Arbeit',
    resetFilters: 'Alle Filter löschen',
    resultCount: (shown, total) =>
      shown === total ? counted(total, 'Partner', 'Partner') : `${n(shown)} von ${counted(total, 'Partner', 'Partnern')}`,
    groupCount: (count) => counted(count, 'Eintrag', 'Einträge'),
    noResults: 'Kein Partner passt zu Ihrer Auswahl. Bitte ändern Sie die Filter.',
    emptyNetwork:
      'Es gibt noch keine Partner im Netzwerk. Unter „Wer fehlt noch?“ finden Sie eine Liste: Diese Arten von Partnern sind wichtig für das Netzwerk.',
    website: 'Internet-Seite',
    email: 'E-Mail',
    phone: 'Telefon',
    offers: 'Angebote',
    noLocation: (count) =>
      form(count, {
        one: `Bei ${n(count)} Partner fehlt der Ort. Darum steht dieser Partner nur in der Liste.`,
        other: `Bei ${n(count)} Partnern fehlt der Ort. Darum stehen diese Partner nur in der Liste.`,
      }),
    showOnMap: 'Auf der Karte zeigen',
    showInList: 'In der Liste zeigen',
    map: {
      consentTitle: 'Karte zeigen?',
      consentText: (host) =>
        `Die Bilder für die Karte kommen von einer anderen Internet-Seite: ${host}. Dafür bekommt diese Seite Ihre IP-Adresse. Die IP-Adresse ist die Nummer von Ihrem Internet-Anschluss. Sie können auch die Liste benutzen. Dort finden Sie alle Partner. Bei der Liste bekommt ${host} Ihre IP-Adresse nicht.`,
      consentButton: 'Ja, Karte zeigen',
    },
  },
  plan: {
    statuses: { open: 'Noch offen', 'in-progress': 'In Arbeit', done: 'Fertig' },
    statusLabel: 'Stand',
    stepsProgress: (done, total) => `${n(done)} von ${counted(total, 'Schritt', 'Schritten')} fertig`,
    overall: (percent) => `Insgesamt fertig: ${n(percent)} Prozent`,
    overallDetail: (done, inProgress, open) => `${n(done)} fertig, ${n(inProgress)} in Arbeit, ${n(open)} noch offen`,
    showSteps: 'Schritte zeigen',
    hideSteps: 'Schritte verstecken',
    stepDone: 'fertig',
    stepOpen: 'noch offen',
    responsible: 'Wer kümmert sich?',
    targetDate: 'Fertig bis',
    updatedAt: 'Letzte Änderung',
    next: 'Weiter zu',
    edit: {
      saving: 'Wir speichern …',
      saved: 'Alles gespeichert.',
      saveFailed: 'Das Speichern hat nicht geklappt. Ihre Änderung ist noch da.',
      downloadJson: 'Plan herunterladen (JSON)',
      downloadHint:
        'Es gibt keinen Server zum Speichern. Darum bleiben die Änderungen nur auf dieser Seite. Laden Sie die Datei herunter. Dann binden Sie die Datei mit src in die Internet-Seite ein.',
    },
  },
  board: {
    label: 'Pinn-Wand mit Fragen',
    questionOf: (index, count) => `Frage ${n(index)} von ${n(count)}`,
    previous: 'Frage davor',
    next: 'Nächste Frage',
    chooseQuestion: 'Frage wählen',
    addIdea: 'Idee hinzufügen',
    ideaLabel: (question) => `Ihre Idee zu dieser Frage: ${question}`,
    charactersLeft: (left) =>
      left < 0
        ? `${counted(-left, 'Zeichen', 'Zeichen')} zu viel`
        : `Sie können noch ${counted(left, 'Zeichen', 'Zeichen')} schreiben.`,
    tooLong: (max) => `Ihre Idee ist zu lang. Bitte schreiben Sie höchstens ${counted(max, 'Zeichen', 'Zeichen')}.`,
    emptyIdea: 'Bitte schreiben Sie zuerst Ihre Idee.',
    noIdeas: 'Es gibt noch keine Ideen.',
    votes: (count) => counted(count, 'Stimme', 'Stimmen'),
    vote: (text) => `Für „${text}“ stimmen`,
    unvote: (text) => `Stimme für „${text}“ zurücknehmen`,
    votesLeft: (left, total) => `Sie haben noch ${n(left)} von ${counted(total, 'Stimme', 'Stimmen')}.`,
    noVotesLeft: 'Sie haben alle Stimmen benutzt. Sie möchten neu wählen? Dann nehmen Sie zuerst eine Stimme zurück.',
    yours: 'Ihre Idee',
    edit: (text) => `„${text}“ ändern`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    remove: (text) => `„${text}“ löschen`,
    sending: 'Wir senden …',
    rejected: (reason) => `Das hat nicht geklappt. ${reason}`,
    retry: 'Noch einmal senden',
    discard: 'Löschen',
    reasons: {
      locked: 'Die Pinn-Wand ist gesperrt.',
      cap: 'Sie haben alle Stimmen benutzt.',
      tooLong: 'Der Text ist zu lang.',
      gone: 'Diese Idee gibt es nicht mehr.',
      other: 'Der Server hat die Anfrage abgelehnt.',
    },
    insight: 'Wichtiges Ergebnis',
    hiddenIdea: 'Versteckte Idee',
    locked: 'Die Pinn-Wand ist gesperrt. Sie können keine neuen Ideen schreiben. Sie können auch keine Stimmen geben.',
    waitingForReveal: 'Die Ideen von den anderen sehen Sie später. Die Gesprächs-Leitung zeigt diese Ideen.',
    live: 'Verbunden. Neue Ideen kommen sofort.',
    connecting: 'Bitte warten. Wir verbinden …',
    offline: 'Keine Verbindung. Wir senden Ihre Ideen später. Das passiert, wenn die Verbindung wieder da ist.',
    polling: 'Verbunden. Neue Ideen kommen nach kurzer Zeit.',
    local: 'Nur auf diesem Gerät. Andere Menschen sehen Ihre Ideen nicht.',
    newIdeas: (count) => `${n(count)} ${form(count, { one: 'neue Idee', other: 'neue Ideen' })}`,
    views: { board: 'Pinn-Wand', presentation: 'Präsentation', results: 'Ergebnisse' },
    fullscreen: 'Vollbild',
    moderator: {
      toolbar: 'Gesprächs-Leitung',
      reveal: 'Ideen zeigen',
      lock: 'Pinn-Wand sperren',
      unlock: 'Pinn-Wand entsperren',
      clear: 'Alle Ideen löschen',
      clearConfirm: 'Wollen Sie wirklich alle Ideen löschen? Dann sind die Ideen für immer weg.',
      hide: (text) => `„${text}“ verstecken`,
      show: (text) => `„${text}“ wieder zeigen`,
      markInsight: (text) => `„${text}“ als wichtiges Ergebnis markieren`,
      unmarkInsight: (text) => `Bei „${text}“ die Markierung entfernen`,
      mergeInto: 'Zusammenlegen mit',
      merge: 'Zusammenlegen',
      noMergeTarget: 'Es gibt keine andere Idee zu dieser Frage.',
    },
  },
  partnerJoin: {
    title: 'Im Netzwerk mitmachen',
    intro: 'Ihre Organisation möchte mitmachen? Dann schicken Sie uns eine Anfrage. Wir melden uns bei Ihnen.',
    name: 'Name von Ihrer Organisation',
    category: 'Gruppe',
    type: 'Art von Ihrer Organisation',
    typeOther: 'Andere Art',
    contactName: 'Ansprech-Person',
    email: 'E-Mail-Adresse',
    phone: 'Telefon-Nummer',
    website: 'Internet-Seite',
    message: 'Nachricht',
    address: 'Adresse',
    addressHint: 'Straße, Post-Leitzahl und Ort',
    offers: 'Angebote',
    offersHint:
      'Was bietet Ihre Organisation an? Zum Beispiel: Jugend-Reisen, Beratung. Schreiben Sie ein Komma zwischen die Angebote. Oder schreiben Sie jedes Angebot in eine neue Zeile.',
    description: 'Ein paar Sätze über Ihre Organisation',
    publish: 'Im Internet zeigen',
    publicFields:
      'Diese Angaben zeigen wir in der Liste und auf der Karte: Name, Gruppe, Art, Adresse, Angebote, Beschreibung und Internet-Seite. Alle Menschen können diese Angaben im Internet sehen.',
    privateFields: 'Diese Angaben zeigen wir nicht: Ansprech-Person, E-Mail-Adresse, Telefon-Nummer und Nachricht.',
    publishConsent: 'Ja, wir sind einverstanden. Sie dürfen unsere Angaben in der Liste und auf der Karte zeigen.',
    optional: '(freiwillig)',
    submit: 'Anfrage senden',
    sending: 'Wir senden Ihre Anfrage …',
    success: 'Danke! Ihre Anfrage ist bei uns angekommen.',
    reference: 'Die Nummer von Ihrer Anfrage:',
    nextSteps:
      'So geht es weiter: Das Netzwerk-Team prüft Ihre Anfrage. Dann bekommen Sie von uns eine E-Mail. Ist Ihre Organisation im Netzwerk? Dann steht sie in der Liste und auf der Karte.',
    failed: 'Das Senden hat nicht geklappt. Ihre Angaben sind noch da. Bitte versuchen Sie es noch einmal.',
    fixErrors: (count) => `Bitte verbessern Sie ${counted(count, 'Angabe', 'Angaben')}.`,
    errors: {
      required: 'Bitte füllen Sie dieses Feld aus.',
      email: 'Bitte schreiben Sie eine richtige E-Mail-Adresse. Zum Beispiel: name@beispiel.de',
      url: 'Bitte schreiben Sie eine richtige Internet-Adresse. Zum Beispiel: www.beispiel.de',
      phone: 'Bitte schreiben Sie die Telefon-Nummer mit Zahlen.',
      tooLong: 'Dieser Text ist zu lang. Bitte schreiben Sie weniger.',
      publish: 'Bitte setzen Sie hier einen Haken. Sonst können wir Ihre Organisation nicht in der Liste und auf der Karte zeigen.',
    },
    privacy: 'Wir nutzen Ihre Angaben nur für eine Sache: für die Aufnahme in das Netzwerk.',
    trap: 'Bitte lassen Sie dieses Feld leer.',
  },
  partnerGaps: {
    title: 'Wer fehlt noch?',
    intro:
      'Diese Arten von Partnern fehlen noch im Netzwerk. Laden Sie diese Partner zum nächsten Werkstatt-Gespräch ein. Die Liste hilft Ihnen dabei.',
    allCovered: 'Alle wichtigen Arten von Partnern sind im Netzwerk.',
    present: (count, total) => `${n(count)} von ${n(total)} sind dabei`,
    downloadCsv: 'Als Tabelle herunterladen',
    downloadText: 'Als Text herunterladen',
    columns: ['Gruppe', 'Art von Partner'],
  },
  agendaEdit: {
    toolbar: 'Tages-Programm ändern',
    moveUp: (title) => `„${title}“ nach oben schieben`,
    moveDown: (title) => `„${title}“ nach unten schieben`,
    dragHandle: (title) => `„${title}“ verschieben: mit den Pfeil-Tasten oder mit der Maus`,
    remove: (title) => `„${title}“ löschen`,
    durationLabel: 'Dauer in Minuten',
    pinLabel: 'Uhrzeit bleibt fest',
    add: 'Programm-Punkt hinzufügen',
    newTitle: 'Titel',
    newType: 'Art',
    newDuration: 'Dauer in Minuten',
    titleRequired: 'Bitte schreiben Sie einen Titel.',
    undo: 'Rückgängig machen',
    save: 'Speichern',
    saving: 'Wir speichern …',
    saved: 'Alles gespeichert.',
    saveFailed: 'Das Speichern hat nicht geklappt. Ihre Änderungen sind noch da.',
    unsaved: 'Änderungen noch nicht gespeichert',
    downloadJson: 'JSON-Datei herunterladen',
    downloadHint:
      'Es gibt keinen Server zum Speichern. Laden Sie darum die Datei herunter. Dann binden Sie die Datei mit src in die Internet-Seite ein.',
    moved: (title, position, start) => `„${title}“ ist jetzt Punkt ${n(position)}. Beginn: ${start} Uhr.`,
    removed: (title) => `„${title}“ ist gelöscht.`,
    added: (title, start) => `„${title}“ ist neu im Programm. Beginn: ${start} Uhr.`,
    undone: 'Die letzte Änderung ist rückgängig gemacht.',
  },
  planCheck: {
    title: 'Selbst-Test: Wie weit ist unsere Stadt oder Gemeinde?',
    intro:
      'Beantworten Sie die Fragen zu jedem Punkt. Dann sehen Sie das Ergebnis: So weit sind Sie schon. Und das können Sie als Nächstes tun. Wir speichern Ihre Antworten nicht. Wir senden Ihre Antworten auch nicht weiter.',
    answers: { yes: 'Ja', partly: 'Zum Teil', no: 'Nein' },
    answered: (answered, total) => `${n(answered)} von ${counted(total, 'Frage', 'Fragen')} beantwortet`,
    level: 'Stand',
    levels: { start: 'Am Anfang', growing: 'Auf dem Weg', anchored: 'Gehört fest dazu' },
    notAnswered: 'Noch nicht beantwortet',
    nextSteps: 'Nächste Schritte',
    overall: (percent) => `Ergebnis insgesamt: ${n(percent)} Prozent`,
    download: 'Ergebnis herunterladen',
    compare: 'Mit altem Ergebnis vergleichen',
    compareHint: 'Wählen Sie eine Ergebnis-Datei. Diese Datei haben Sie früher heruntergeladen.',
    comparedWith: (date) => `Vergleich mit Ihrem Ergebnis vom ${date}`,
    changes: { up: 'besser als vorher', down: 'schlechter als vorher', same: 'gleich wie vorher', new: 'neu beantwortet' },
    readFailed: 'Wir können die Datei nicht lesen. Bitte wählen Sie eine andere Datei.',
  },
  boardResults: {
    title: 'Ergebnisse',
    insights: 'Wichtige Ergebnisse',
    noInsights: 'Die Gesprächs-Leitung hat noch keine wichtigen Ergebnisse markiert.',
    exportMarkdown: 'Als Text herunterladen',
    exportCsv: 'Als Tabelle herunterladen',
    exportJson: 'Als JSON-Datei herunterladen',
    print: 'Drucken',
    exportedAt: (date) => `Stand: ${date}`,
    question: 'Frage',
    idea: 'Idee',
    votes: 'Stimmen',
    insight: 'Wichtiges Ergebnis',
    yes: 'Ja',
  },
  partnerMapView: {
    region: 'Karte mit den Partnern',
    marker: (name, group) => `${name} (${group})`,
    cluster: (count, names) => {
      const shown = names.slice(0, 3);
      const rest = count - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} und ${n(rest)} weitere` : new Intl.ListFormat('de').format(shown);
      return `${counted(count, 'Partner', 'Partner')}: ${list}. Drücken Sie die Enter-Taste. Dann wird die Karte größer.`;
    },
    zoomIn: 'Karte größer machen',
    zoomOut: 'Karte kleiner machen',
    loading: 'Bitte warten. Die Karte kommt …',
    failed: 'Wir können die Karte gerade nicht zeigen. In der Liste finden Sie alle Partner.',
    attribution: 'Karten-Daten',
  },
};

export default messages;
