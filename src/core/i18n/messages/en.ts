import type { Messages } from './types.js';

const plural = new Intl.PluralRules('en');

export const en: Messages = {
  common: {
    loading: 'Loading …',
    retry: 'Try again',
    empty: 'No entries yet.',
    loadFailed: 'The content could not be loaded.',
    errors: {
      network: 'The server cannot be reached right now. Please check the internet connection.',
      timeout: 'The server did not answer in time.',
      http: 'The server refused the request.',
      'invalid-data': 'The data is faulty and cannot be shown.',
      'read-only': 'This data source cannot save changes.',
      unknown: 'An unexpected error occurred.',
    },
    httpStatus: (status) => `Server response: ${status}.`,
    droppedRecords: (count) =>
      plural.select(count) === 'one' ? '1 faulty entry was left out.' : `${count} faulty entries were left out.`,
    retryInSeconds: (seconds) =>
      plural.select(seconds) === 'one' ? 'Please try again in one second.' : `Please try again in ${seconds} seconds.`,
  },
  agenda: {
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
    problems: {
      'ends-before-start': 'Ends before or when it starts.',
      overlap: (other) => `Overlaps with “${other}”.`,
      'out-of-order': 'Is not in time order in the data.',
      'unknown-type': (type) => `Unknown type “${type}”, shown as a session.`,
    },
    edit: {
      toolbar: 'Edit the programme',
      moveUp: (title) => `Move “${title}” up`,
      moveDown: (title) => `Move “${title}” down`,
      dragHandle: (title) => `Move “${title}” (arrow keys or drag)`,
      remove: (title) => `Remove “${title}”`,
      durationLabel: 'Duration in minutes',
      pinLabel: 'Keep this time',
      add: 'Add session',
      newTitle: 'Title',
      newType: 'Type',
      newDuration: 'Duration in minutes',
      titleRequired: 'Please enter a title.',
      undo: 'Undo',
      save: 'Save',
      saving: 'Saving …',
      saved: 'Saved.',
      saveFailed: 'Saving failed. Your changes are kept.',
      unsaved: 'Unsaved changes',
      downloadJson: 'Download JSON',
      downloadHint: 'Without a server: download the file and embed it with src.',
      moved: (title, position, start) => `“${title}” is now item ${position}, starting ${start}.`,
      removed: (title) => `“${title}” was removed.`,
      added: (title, start) => `“${title}” was added, starting ${start}.`,
      undone: 'Last change undone.',
    },
  },
};
