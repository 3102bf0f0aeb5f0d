import { DEFAULT_IDS } from '../schemas/constants.js';
import type { Agenda } from '../schemas/agenda.js';

/**
 * The suggested course of a Werkstattgespräch (10:30–16:00, lunch 12:30–13:30).
 * A template: it has no date, so the agenda shows no "now".
 */
export const DEFAULT_AGENDA: Agenda = {
  id: DEFAULT_IDS.agenda,
  title: 'Werkstattgespräch: Mehr internationale Jugendarbeit in unserer Kommune',
  timezone: 'Europe/Berlin',
  items: [
    {
      id: 'begruessung',
      start: '10:30',
      end: '10:45',
      title: 'Begrüßung',
      type: 'welcome',
      speaker: 'Schirmherr*in aus der Region',
      description:
        'Willkommen und Anlass des Tages: Wie kann unsere Kommune ihre Tätigkeiten in der internationalen Jugendarbeit stärken und allen jungen Menschen Zugänge eröffnen?',
    },
    {
      id: 'intro',
      start: '10:45',
      end: '11:05',
      title: 'Intro: Landesinteresse / Mobilitätsstrategie',
      type: 'intro',
      description:
        'Warum das Land NRW mehr internationale Jugendarbeit will und wie grenzüberschreitende Mobilität junger Menschen gefördert werden soll.',
    },
    {
      id: 'input',
      start: '11:05',
      end: '11:35',
      title: 'Input: wissenschaftliche Erkenntnisse',
      type: 'input',
      description:
        'Studien bestätigen das große Lernpotenzial grenzüberschreitender Mobilität gerade für benachteiligte junge Menschen. Im Mittelpunkt: der Anspruch bildungsbenachteiligter junger Menschen im Übergang von der Schule in den Beruf auf Teilhabe an Mobilitätsangeboten.',
    },
    {
      id: 'vorstellung-region',
      start: '11:35',
      end: '12:05',
      title: 'Vorstellung: Angebote und Konzept der Region',
      type: 'presentation',
      description:
        'Welche Angebote der internationalen Jugendarbeit gibt es in der Region schon, und welches Konzept verfolgen die Akteur*innen vor Ort?',
    },
    {
      id: 'praxisbeispiel',
      start: '12:05',
      end: '12:30',
      title: 'Praxisbeispiel',
      type: 'practice',
      description:
        'Ein gelungenes Projekt wird vorgestellt – zum Beispiel als Film, Theaterstück oder an einer Stellwand.',
    },
    {
      id: 'mittagspause',
      start: '12:30',
      end: '13:30',
      title: 'Mittagspause',
      type: 'break',
      pinned: true,
    },
    {
      id: 'diskussion',
      start: '13:30',
      end: '15:15',
      title: 'Moderierte Diskussion in Kleingruppen mit Leitfragen',
      type: 'discussion',
      description:
        'In kleinen Gruppen sammeln die Teilnehmenden zu den Leitfragen Ideen: Schnittstellen und regionale Bündnisse, gemeinsame Ziele der Akteur*innen, der Weg auf die Agenda, Organisation und Finanzierung von Mobilitätsangeboten und die Perspektive in zehn Jahren.',
      boardId: 'leitfragen',
    },
    {
      id: 'kaffeepause',
      start: '15:15',
      end: '15:30',
      title: 'Kaffeepause',
      type: 'break',
    },
    {
      id: 'abschluss',
      start: '15:30',
      end: '16:00',
      title: 'Abschluss / Feedback',
      type: 'closing',
      description:
        'Rückmeldungen zum Tag und die zentralen Erkenntnisse aus den Kleingruppen: Was nehmen wir mit, und wie geht es weiter?',
    },
  ],
};
