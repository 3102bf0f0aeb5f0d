import type { Messages } from './types.js';

/** The `boardResults` texts in German and English; registered by the code that is loaded on demand for it. */
export const boardResultsMessages: { de: Messages['boardResults']; en: Messages['boardResults'] } = {
  de: {
    title: 'Ergebnisse',
    insights: 'Zentrale Erkenntnisse',
    noInsights: 'Noch keine zentralen Erkenntnisse markiert.',
    exportMarkdown: 'Als Markdown herunterladen',
    exportCsv: 'Als Tabelle (CSV) herunterladen',
    exportJson: 'Als JSON herunterladen',
    print: 'Drucken',
    exportedAt: (date) => `Stand: ${date}`,
    question: 'Frage',
    idea: 'Idee',
    votes: 'Stimmen',
    insight: 'Zentrale Erkenntnis',
    yes: 'Ja',
  },
  en: {
    title: 'Results',
    insights: 'Key insights',
    noInsights: 'No key insights marked yet.',
    exportMarkdown: 'Download as Markdown',
    exportCsv: 'Download as a table (CSV)',
    exportJson: 'Download as JSON',
    print: 'Print',
    exportedAt: (date) => `As of ${date}`,
    question: 'Question',
    idea: 'Idea',
    votes: 'Votes',
    insight: 'Key insight',
    yes: 'Yes',
  },
};
