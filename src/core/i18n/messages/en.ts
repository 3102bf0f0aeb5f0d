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
  partnerMap: {
    label: 'Network for international youth work',
    categories: {
      vereine: 'Associations',
      jugendarbeit: 'Youth work providers',
      politik: 'Politics',
      'schule-beruf': 'School-to-work transition',
    },
    types: {
      staedtepartnerschaft: 'Town twinning associations',
      jugendring: 'City or district youth council',
      'vereine-junger-migrantinnen': 'Associations of young migrants',
      'migrantinnen-selbstorganisationen': 'Migrant self-organisations',
      'kommunale-jugendarbeit': 'Municipal youth work facilities',
      'freie-traeger': 'Independent youth work providers',
      jugendsozialarbeit: 'Youth social work providers',
      jugendmigrationsdienst: 'Youth migration services',
      jugendunterkunft: 'Non-profit youth hostels',
      jugendhilfeplanung: 'Youth welfare planners',
      integrationsbeauftragte: 'Integration officer',
      'politik-entscheidung': 'Political decision-makers (e.g. council members)',
      arge: 'ARGE (employment agency consortium)',
      jobcenter: 'Job centre',
      handwerkskammer: 'Chamber of crafts',
      ihk: 'Chamber of industry and commerce',
      jugendberufshilfe: 'Youth vocational assistance',
      schulen: 'Schools',
    },
    views: { list: 'List', map: 'Map', gaps: 'Who is missing?', join: 'Join' },
    viewsLabel: 'View',
    filters: 'Filters',
    search: 'Search',
    searchHint: 'Name, type, place or offer',
    category: 'Group',
    type: 'Type',
    offer: 'Offer',
    all: 'All',
    newToIja: 'Only new to international youth work',
    newToIjaBadge: 'New to international youth work',
    resetFilters: 'Reset filters',
    resultCount: (shown, total) =>
      shown === total ? `${total} ${plural.select(total) === 'one' ? 'partner' : 'partners'}` : `${shown} of ${total} partners`,
    groupCount: (count) => (plural.select(count) === 'one' ? '1 entry' : `${count} entries`),
    noResults: 'No partners match these filters.',
    emptyNetwork: 'No partners yet. “Who is missing?” lists the partner types the factsheet recommends.',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    offers: 'Offers',
    noLocation: (count) =>
      plural.select(count) === 'one'
        ? '1 partner without a location is only in the list.'
        : `${count} partners without a location are only in the list.`,
    showOnMap: 'Show on the map',
    showInList: 'Show in the list',
    map: {
      region: 'Map of the partners',
      marker: (name, group) => `${name} (${group})`,
      cluster: (count, names) => {
        const shown = names.slice(0, 3);
        const rest = count - shown.length;
        const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : new Intl.ListFormat('en').format(shown);
        return `${count} partners: ${list}. Press Enter to zoom in.`;
      },
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      consentTitle: 'Show the map?',
      consentText: (host) =>
        `The map loads map images from ${host}. This sends your IP address to that service. Without the map, the list shows all partners.`,
      consentButton: 'Load the map',
      loading: 'Loading the map …',
      failed: 'The map could not be loaded. The list shows all partners.',
      attribution: 'Map data',
    },
    gaps: {
      title: 'Who is missing?',
      intro: 'These recommended partner types are not in the network yet – an invitation list for the next workshop.',
      allCovered: 'Every recommended partner type is in the network.',
      present: (count, total) => `${count} of ${total} present`,
      downloadCsv: 'Download as a table (CSV)',
      downloadText: 'Download as text',
      columns: ['Group', 'Partner type'],
    },
    join: {
      title: 'Join the network',
      intro: 'Would your organisation like to join? Send us a request and we will get in touch.',
      name: 'Name of the organisation',
      category: 'Group',
      type: 'Type of organisation',
      typeOther: 'Other type',
      contactName: 'Contact person',
      email: 'Email address',
      phone: 'Phone',
      website: 'Website',
      message: 'Message',
      optional: '(optional)',
      submit: 'Send request',
      sending: 'Sending …',
      success: 'Thank you! Your request has arrived. We will get in touch.',
      failed: 'The request could not be sent. What you entered is kept.',
      fixErrors: (count) => (plural.select(count) === 'one' ? 'Please correct 1 field.' : `Please correct ${count} fields.`),
      errors: {
        required: 'Please fill this in.',
        email: 'Please enter a valid email address, e.g. name@example.org.',
        url: 'Please enter a web address starting with https://.',
        phone: 'Please enter a phone number in digits.',
        tooLong: 'This text is too long.',
      },
      privacy: 'Your details are only used to add you to the network.',
      trap: 'Please leave this field empty',
    },
  },
};
