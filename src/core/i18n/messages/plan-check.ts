import type { Messages } from './types.js';

/** The `planCheck` texts in German and English; registered by the code that is loaded on demand for it. */
export const planCheckMessages: { de: Messages['planCheck']; en: Messages['planCheck'] } = {
  de: {
    title: 'Selbstcheck: Wo steht unsere Kommune?',
    intro: 'Beantworten Sie die Fragen zu jedem Punkt. Das Ergebnis zeigt den Stand und schlägt nächste Schritte vor. Nichts wird gespeichert oder gesendet.',
    answers: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
    answered: (answered, total) => `${answered} von ${total} Fragen beantwortet`,
    level: 'Stand',
    levels: { start: 'Am Anfang', growing: 'Auf dem Weg', anchored: 'Verankert' },
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
  en: {
    title: 'Self-check: where does our municipality stand?',
    intro: 'Answer the questions for each point. The result shows where you stand and suggests next steps. Nothing is stored or sent.',
    answers: { yes: 'Yes', partly: 'Partly', no: 'No' },
    answered: (answered, total) => `${answered} of ${total} questions answered`,
    level: 'Level',
    levels: { start: 'Getting started', growing: 'On the way', anchored: 'Anchored' },
    notAnswered: 'Not answered yet',
    nextSteps: 'Next steps',
    overall: (percent) => `Overall result: ${percent}%`,
    download: 'Download the result',
    compare: 'Compare with an earlier result',
    compareHint: 'Choose a result file you downloaded before.',
    comparedWith: (date) => `Compared with the result of ${date}`,
    changes: { up: 'better than before', down: 'worse than before', same: 'unchanged', new: 'newly answered' },
    readFailed: 'The file could not be read.',
  },
};
