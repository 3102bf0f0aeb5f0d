import type { Messages } from './types.js';

/** The `agenda` texts in the built-in languages, German and English, side by side. */
export const agendaMessages: { de: Messages['agenda']; en: Messages['agenda'] } = {
  de: {
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
  },
  en: {
    label: 'Programme',
    template: 'Template – no date yet',
    itemTypes: {
      welcome: 'Welcome',
      intro: 'Introduction',
      input: 'Input',
      presentation: 'Presentation',
      practice: 'Practice example',
      discussion: 'Discussion',
      break: 'Break',
      closing: 'Closing',
      other: 'Session',
    },
    timeRangeSpoken: (start, end) => `${start} to ${end}`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${rest} min`;
      return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const h = hours === 1 ? '1 hour' : `${hours} hours`;
      const m = rest === 1 ? '1 minute' : `${rest} minutes`;
      if (hours === 0) return m;
      return rest === 0 ? h : `${h} ${m}`;
    },
    now: 'Now',
    next: 'Next',
    nowAnnouncement: (title) => `Now: ${title}`,
    speaker: 'With',
    showMore: 'Show more',
    showLess: 'Show less',
    toBoard: 'To the guiding questions',
    addToCalendar: 'Add to calendar',
    calendarWholeDay: 'Whole day as one event',
    calendarEachItem: 'Each session as its own event',
    calendarFormat: 'Calendar entry',
    calendarNeedsDate: 'Once a date is set, the day can be added to a calendar.',
    changedAnnouncement: 'The programme has changed.',
    problems: {
      'ends-before-start': 'Ends before or when it starts.',
      overlap: (other) => `Overlaps with “${other}”.`,
      'out-of-order': 'Is not in time order in the data.',
      'unknown-type': (type) => `Unknown type “${type}”, shown as a session.`,
    },
  },
};
