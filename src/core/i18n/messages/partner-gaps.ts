import type { Messages } from './types.js';

/** The German `partnerGaps` texts; registered by the code that is loaded on demand for it. */
export const partnerGapsMessages: Messages['partnerGaps'] = {
  title: 'Wer fehlt noch?',
  intro: 'Diese empfohlenen Partnertypen sind noch nicht im Netzwerk – eine Einladungsliste für das nächste Werkstattgespräch.',
  allCovered: 'Alle empfohlenen Partnertypen sind im Netzwerk vertreten.',
  present: (count, total) => `${count} von ${total} vertreten`,
  downloadCsv: 'Als Tabelle (CSV) herunterladen',
  downloadText: 'Als Text herunterladen',
  columns: ['Gruppe', 'Partnertyp'],
};
