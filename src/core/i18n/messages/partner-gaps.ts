import type { Messages } from './types.js';

/** The `partnerGaps` texts in German and English; registered by the code that is loaded on demand for it. */
export const partnerGapsMessages: { de: Messages['partnerGaps']; en: Messages['partnerGaps'] } = {
  de: {
    title: 'Wer fehlt noch?',
    intro: 'Diese empfohlenen Partnertypen sind noch nicht im Netzwerk – eine Einladungsliste für das nächste Werkstattgespräch.',
    allCovered: 'Alle empfohlenen Partnertypen sind im Netzwerk vertreten.',
    present: (count, total) => `${count} von ${total} vertreten`,
    downloadCsv: 'Als Tabelle (CSV) herunterladen',
    downloadText: 'Als Text herunterladen',
    columns: ['Gruppe', 'Partnertyp'],
  },
  en: {
    title: 'Who is missing?',
    intro: 'These recommended partner types are not in the network yet – an invitation list for the next workshop.',
    allCovered: 'Every recommended partner type is in the network.',
    present: (count, total) => `${count} of ${total} present`,
    downloadCsv: 'Download as a table (CSV)',
    downloadText: 'Download as text',
    columns: ['Group', 'Partner type'],
  },
};
