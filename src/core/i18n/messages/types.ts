import type { IjaErrorKind } from '../../errors.js';
import type { AgendaItemType } from '../../schemas/agenda.js';
import type { PartnerCategory } from '../../schemas/partner.js';
import type { PointStatus } from '../../schemas/plan.js';

/**
 * Every text the widgets show, per locale. A locale table must implement all of it, so a
 * missing key fails the type check. Functions take counts or values (plural forms, numbers).
 */
export interface Messages {
  common: {
    loading: string;
    retry: string;
    empty: string;
    /** Heading of the error state. */
    loadFailed: string;
    errors: Record<IjaErrorKind, string> & { unknown: string };
    httpStatus: (status: number) => string;
    /** Said when some records were dropped as invalid, the rest shown. */
    droppedRecords: (count: number) => string;
    retryInSeconds: (seconds: number) => string;
  };
  agenda: {
    /** Names the widget's region. */
    label: string;
    /** Shown when the agenda has no date yet. */
    template: string;
    itemTypes: Record<AgendaItemType, string>;
    /** Read with each item, e.g. "10:30 bis 10:45 Uhr". */
    timeRangeSpoken: (start: string, end: string) => string;
    duration: (minutes: number) => string;
    durationSpoken: (minutes: number) => string;
    now: string;
    next: string;
    nowAnnouncement: (title: string) => string;
    speaker: string;
    showMore: string;
    showLess: string;
    toBoard: string;
    addToCalendar: string;
    calendarWholeDay: string;
    calendarEachItem: string;
    calendarFormat: string;
    calendarNeedsDate: string;
    problems: {
      'ends-before-start': string;
      overlap: (other: string) => string;
      'out-of-order': string;
      'unknown-type': (type: string) => string;
    };
  };
  agendaEdit: {
    toolbar: string;
    moveUp: (title: string) => string;
    moveDown: (title: string) => string;
    dragHandle: (title: string) => string;
    remove: (title: string) => string;
    durationLabel: string;
    pinLabel: string;
    add: string;
    newTitle: string;
    newType: string;
    newDuration: string;
    titleRequired: string;
    undo: string;
    save: string;
    saving: string;
    saved: string;
    saveFailed: string;
    unsaved: string;
    downloadJson: string;
    downloadHint: string;
    moved: (title: string, position: number, start: string) => string;
    removed: (title: string) => string;
    added: (title: string, start: string) => string;
    undone: string;
  };
  partnerMap: {
    label: string;
    categories: Record<PartnerCategory, string>;
    /** Labels of the recommended partner types by id; unknown types are shown as given. */
    types: Record<string, string>;
    views: { list: string; map: string; gaps: string; join: string; admin: string };
    viewsLabel: string;
    filters: string;
    search: string;
    searchHint: string;
    category: string;
    type: string;
    offer: string;
    all: string;
    newToIja: string;
    newToIjaBadge: string;
    resetFilters: string;
    resultCount: (shown: number, total: number) => string;
    groupCount: (count: number) => string;
    noResults: string;
    emptyNetwork: string;
    website: string;
    email: string;
    phone: string;
    offers: string;
    noLocation: (count: number) => string;
    showOnMap: string;
    showInList: string;
    map: {
      consentTitle: string;
      consentText: (host: string) => string;
      consentButton: string;
    };
  };
  /** The map once the visitor agreed to load it. */
  partnerMapView: {
    region: string;
    marker: (name: string, group: string) => string;
    cluster: (count: number, names: string[]) => string;
    zoomIn: string;
    zoomOut: string;
    loading: string;
    failed: string;
    attribution: string;
  };
  partnerGaps: {
    title: string;
    intro: string;
    allCovered: string;
    present: (count: number, total: number) => string;
    downloadCsv: string;
    downloadText: string;
    columns: [string, string];
  };
  partnerJoin: {
    title: string;
    intro: string;
    name: string;
    category: string;
    type: string;
    typeOther: string;
    contactName: string;
    email: string;
    phone: string;
    website: string;
    message: string;
    address: string;
    /** What an address consists of, under its label ("Straße, PLZ, Ort"). */
    addressHint: string;
    offers: string;
    /** How to write several offers (separated by commas or lines). */
    offersHint: string;
    description: string;
    /** The group of the consent checkbox, also its name in the error summary. */
    publish: string;
    /** Which fields the list and the map show, and which stay with the network team. */
    publicFields: string;
    privateFields: string;
    /** The consent checkbox's label. */
    publishConsent: string;
    optional: string;
    submit: string;
    sending: string;
    success: string;
    /** Before the short reference on the receipt. */
    reference: string;
    /** What happens after sending. */
    nextSteps: string;
    failed: string;
    fixErrors: (count: number) => string;
    errors: { required: string; email: string; url: string; phone: string; tooLong: string; publish: string };
    privacy: string;
    trap: string;
  };
  /** The admin mode of the partner map (network key): join requests, partners, spreadsheets. */
  partnerAdmin: {
    requestsTitle: string;
    /** After the requests heading, e.g. "2 neu". */
    newCount: (count: number) => string;
    noRequests: string;
    handledTitle: (count: number) => string;
    retentionNote: string;
    statuses: { new: string; accepted: string; declined: string };
    handled: (status: string, date: string) => string;
    contact: string;
    messageLabel: string;
    review: string;
    decline: string;
    deleteRequest: string;
    confirmDelete: (name: string) => string;
    confirmYes: string;
    cancel: string;
    partnersTitle: (count: number) => string;
    addPartner: string;
    filterText: string;
    staleOnly: (count: number) => string;
    confirmedColumn: string;
    neverConfirmed: string;
    confirmedOn: (date: string) => string;
    edit: string;
    showMore: (count: number) => string;
    noPartners: string;
    /** Form headings. */
    newTitle: string;
    editTitle: (name: string) => string;
    acceptTitle: (name: string) => string;
    requestSummary: (reference: string, date: string) => string;
    notPublic: string;
    activeInIja: string;
    confirmedAt: string;
    today: string;
    publishConsent: string;
    publishMissing: string;
    save: string;
    acceptSave: string;
    saving: string;
    removePartner: string;
    saveFailed: string;
    errors: { required: string; email: string; url: string; phone: string; tooLong: string; coordinate: string; date: string; publish: string };
    location: string;
    locationHint: string;
    latitude: string;
    longitude: string;
    pinToCenter: string;
    removeLocation: string;
    mapConsent: (host: string) => string;
    loadMap: string;
    pinLabel: string;
    mapLabel: string;
    findAddress: string;
    geocoderNote: (host: string) => string;
    searching: string;
    noMatches: string;
    useResult: string;
    geocoderFailed: string;
    /** Announcements after an action. */
    saved: (name: string) => string;
    added: (name: string) => string;
    accepted: (name: string) => string;
    declined: (name: string) => string;
    requestDeleted: (name: string) => string;
    partnerDeleted: (name: string) => string;
    actionFailed: string;
    spreadsheetTitle: string;
    importIntro: string;
    chooseFile: string;
    checking: string;
    reportSummary: (added: number, changed: number, unchanged: number, refused: number) => string;
    reportColumns: { row: string; name: string; action: string; notes: string };
    actions: { add: string; change: string; unchanged: string; refuse: string };
    refusedNote: string;
    writeImport: (count: number) => string;
    nothingToImport: string;
    importing: string;
    imported: (added: number, changed: number) => string;
    importFailed: string;
    exportCsv: string;
    exportXlsx: string;
    exportFailed: string;
    notAllowed: string;
    readOnly: string;
  };
  plan: {
    statuses: Record<PointStatus, string>;
    statusLabel: string;
    stepsProgress: (done: number, total: number) => string;
    overall: (percent: number) => string;
    overallDetail: (done: number, inProgress: number, open: number) => string;
    showSteps: string;
    hideSteps: string;
    stepDone: string;
    stepOpen: string;
    responsible: string;
    targetDate: string;
    updatedAt: string;
    next: string;
    edit: {
      saving: string;
      saved: string;
      saveFailed: string;
      downloadJson: string;
      downloadHint: string;
    };
  };
  planCheck: {
    title: string;
    intro: string;
    answers: { yes: string; partly: string; no: string };
    answered: (answered: number, total: number) => string;
    level: string;
    /** The self-check's levels, lowest first. */
    levels: { start: string; growing: string; anchored: string };
    notAnswered: string;
    nextSteps: string;
    overall: (percent: number) => string;
    download: string;
    compare: string;
    compareHint: string;
    comparedWith: (date: string) => string;
    changes: { up: string; down: string; same: string; new: string };
    readFailed: string;
  };
  board: {
    label: string;
    questionOf: (index: number, count: number) => string;
    previous: string;
    next: string;
    chooseQuestion: string;
    addIdea: string;
    ideaLabel: (question: string) => string;
    charactersLeft: (left: number) => string;
    tooLong: (max: number) => string;
    emptyIdea: string;
    noIdeas: string;
    votes: (count: number) => string;
    vote: (text: string) => string;
    unvote: (text: string) => string;
    votesLeft: (left: number, total: number) => string;
    noVotesLeft: string;
    yours: string;
    edit: (text: string) => string;
    save: string;
    cancel: string;
    remove: (text: string) => string;
    sending: string;
    rejected: (reason: string) => string;
    retry: string;
    discard: string;
    reasons: { locked: string; cap: string; tooLong: string; gone: string; other: string };
    insight: string;
    hiddenIdea: string;
    locked: string;
    waitingForReveal: string;
    live: string;
    connecting: string;
    offline: string;
    polling: string;
    local: string;
    newIdeas: (count: number) => string;
    views: { board: string; presentation: string; results: string };
    fullscreen: string;
    moderator: {
      toolbar: string;
      reveal: string;
      lock: string;
      unlock: string;
      clear: string;
      clearConfirm: string;
      hide: (text: string) => string;
      show: (text: string) => string;
      markInsight: (text: string) => string;
      unmarkInsight: (text: string) => string;
      mergeInto: string;
      merge: string;
      noMergeTarget: string;
    };
  };
  boardResults: {
    title: string;
    insights: string;
    noInsights: string;
    exportMarkdown: string;
    exportCsv: string;
    exportJson: string;
    print: string;
    exportedAt: (date: string) => string;
    question: string;
    idea: string;
    votes: string;
    insight: string;
    yes: string;
  };
}
