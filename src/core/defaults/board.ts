import { DEFAULT_IDS } from '../schemas/constants.js';
import type { Board } from '../schemas/board.js';

/** The five guiding questions for the moderated small-group discussion; no cards yet. */
export const DEFAULT_BOARD: Board = {
  id: DEFAULT_IDS.board,
  title: 'Leitfragen für die moderierte Diskussion',
  questions: [
    {
      id: 'schnittstellen',
      text: 'Wie können relevante Schnittstellen identifiziert werden?',
      hint: 'Welche regionalen Bündnisse sind sinnvoll oder erfolgreich? (regionales und kommunales Zusammenspiel)',
    },
    {
      id: 'perspektiven',
      text: 'Wie können sich die Perspektiven der Geschäftspolitikfelder der unterschiedlichen Akteur*innen annähern, um Mobilitätsangebote zu realisieren?',
      hint: 'Welchen Beitrag leisten Mobilitätsprojekte, der auch mit den Zielen der jeweiligen Geschäftspolitik übereinstimmt?',
    },
    {
      id: 'agenda',
      text: 'Wie kommt das Thema auf die Agenda?',
      hint: 'Wenn es schon auf der Agenda ist: Wie ist es darauf gekommen? Welche Probleme gab es dabei? Welche Rahmenbedingungen müssen gegebenenfalls geändert werden?',
    },
    {
      id: 'mobilitaetsangebote',
      text: 'Wie organisiere ich Mobilitätsangebote?',
      hint: 'Welche Instrumente des SGB werden jeweils genutzt? Was sind die Gelingensbedingungen? Wie kann es finanziert werden? Welche Programme gibt es, und wie können sie nutzbar gemacht werden? Wie macht man die Erfolge nach außen sichtbar?',
    },
    {
      id: 'perspektive-10-jahre',
      text: 'Wo sehen Sie das Thema perspektivisch in Ihrer Organisation in 10 Jahren?',
    },
  ],
  cards: [],
};
