import type { Messages } from './types.js';

/** The German `errors` texts: what happened and what to do, per reason (loaded with the error view). */
export const errorMessages: Messages['errors'] = {
  reasons: {
    offline: 'Dieses Gerät ist gerade nicht mit dem Internet verbunden. Sobald die Verbindung wieder steht, versuchen Sie es bitte erneut.',
    unreachable: 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    timeout: 'Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.',
    'not-allowed': 'Dafür fehlt die Berechtigung. Bitte melden Sie sich an oder bitten Sie die Moderation oder die Verwaltung der Website um die nötigen Rechte.',
    server: 'Der Server hat gerade ein Problem. Bitte versuchen Sie es später erneut.',
    refused: 'Der Server hat die Anfrage abgelehnt.',
    'invalid-data': 'Die Daten haben nicht die Form, die das Widget erwartet, darum wird nichts davon angezeigt. Bitte geben Sie den Betreibern der Website Bescheid.',
    'read-only': 'Diese Datenquelle kann keine Änderungen speichern.',
  },
  blocked: (origin) =>
    `Der Server antwortet nicht, oder er lässt Anfragen von dieser Website nicht zu (CORS). Für die Betreiber der Website: Bitte prüfen Sie, ob der Server läuft und ob „${origin}“ zu seinen erlaubten Ursprüngen (Allowed Origins) gehört.`,
  notFound: (what) => `${what} gibt es auf dem Server nicht (mehr). Vielleicht ist die Kennung oder die Adresse falsch geschrieben: Bitte geben Sie den Betreibern der Website Bescheid.`,
  subjects: {
    agenda: (id) => `Die Tagesordnung „${id}“`,
    board: (id) => `Das Leitfragen-Board „${id}“`,
    plan: (id) => `Den 5-Punkte-Plan „${id}“`,
    file: (url) => `Die Datei „${url}“`,
    partners: 'Die Partnerliste',
    unknown: 'Das Angefragte',
  },
  technicalDetails: 'Technische Angaben',
  unknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  httpStatus: (status) => `Antwort des Servers: ${status}.`,
  retryInSeconds: (seconds) => (seconds === 1 ? 'Bitte in einer Sekunde erneut versuchen.' : `Bitte in ${seconds} Sekunden erneut versuchen.`),
};
