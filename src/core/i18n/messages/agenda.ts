import type { Messages } from './types.js';

/** The German `agenda` texts, built in (the other languages are whole tables in ../locales/). */
export const agendaMessages: Messages['agenda'] = {
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
  changedAnnouncement: 'Der Ablauf wurde geändert.',
  problems: {
    'ends-before-start': 'Endet vor oder mit dem Beginn.',
    overlap: (other) => `Überschneidet sich mit „${other}“.`,
    'out-of-order': 'Steht in den Daten nicht in zeitlicher Reihenfolge.',
    'unknown-type': (type) => `Unbekannte Art „${type}“, wird als Programmpunkt gezeigt.`,
  },
};
