import type { Messages } from './types.js';

/** The German `planCheck` texts; registered by the code that is loaded on demand for it. */
export const planCheckMessages: Messages['planCheck'] = {
  title: 'Selbstcheck: Wo steht unsere Kommune?',
  intro: 'Beantworten Sie die Fragen zu jedem Punkt. Das Ergebnis zeigt den Stand und schlägt nächste Schritte vor.',
  answers: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
  answered: (answered, total) => `${answered} von ${total} Fragen beantwortet`,
  level: 'Stand',
  levels: { start: 'Am Anfang', growing: 'Auf dem Weg', anchored: 'Verankert' },
  notAnswered: 'Noch nicht beantwortet',
  nextSteps: 'Nächste Schritte',
  overall: (percent) => `Gesamtergebnis: ${percent} %`,
  download: 'Als Datei speichern (zum späteren Vergleich)',
  compare: 'Mit früherem Ergebnis vergleichen',
  compareHint: 'Wählen Sie eine früher heruntergeladene Ergebnisdatei.',
  comparedWith: (date) => `Vergleich mit dem Ergebnis vom ${date}`,
  changes: { up: 'besser als zuvor', down: 'schlechter als zuvor', same: 'unverändert', new: 'neu beantwortet' },
  readFailed: 'Die Datei konnte nicht gelesen werden.',
  storedNowhere: 'Ihre Antworten werden nicht gespeichert und nicht gesendet.',
  storedLocally: 'Ihre Antworten werden nur in diesem Browser gespeichert, bis Sie sie löschen.',
  storedOnServer: 'Ihre Antworten werden mit dem Plan gespeichert.',
  clearAnswers: 'Antworten löschen',
  print: 'Ergebnis drucken',
  printedOn: (date) => `Stand: ${date}`,
  yourAnswer: 'Antwort',
};
