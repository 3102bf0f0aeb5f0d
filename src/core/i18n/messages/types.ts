import type { IjaErrorReason, IjaErrorSubject } from '../../errors.js';
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
    /** Said for any failure while the texts per reason (`errors`) cannot be loaded: that is a connection problem. */
    errorFallback: string;
    /** Said when some records were dropped as invalid, the rest shown. */
    droppedRecords: (count: number) => string;
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
    /** Said politely when a newer saved version of the agenda is shown (viewers see edits without reloading). */
    changedAnnouncement: string;
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
    /** The per-item disclosure button; the item's title follows it for screen readers. */
    edit: string;
    editLegend: (title: string) => string;
    /** Opens the form for the agenda's title, date, place and start. */
    editDetails: string;
    detailsLegend: string;
    agendaTitle: string;
    date: string;
    dateHint: string;
    location: string;
    dayStart: string;
    dayStartHint: string;
    speaker: string;
    description: string;
    start: string;
    end: string;
    /** For an item without a fixed time: its times follow from order and duration. */
    timesHint: string;
    boardId: string;
    boardHint: string;
    url: string;
    urlHint: string;
    apply: string;
    cancel: string;
    /** The add form's "insert after" select. */
    position: string;
    atStart: string;
    after: (title: string) => string;
    /** Heads the list of invalid fields. */
    errorSummary: (count: number) => string;
    durationInvalid: (min: number, max: number) => string;
    timeRequired: string;
    endBeforeStart: string;
    dateInvalid: string;
    urlInvalid: string;
    updated: (title: string) => string;
    detailsUpdated: string;
    /** The notice before saving when items move past a fixed item or the day ends later; ranges are spoken ranges. */
    noticeTitle: string;
    noticeKept: (title: string, range: string) => string;
    /** An item's new times with its earlier ones, for `noticeMoved` and `noticeMovedPast`. */
    noticeTimes: (range: string, before: string) => string;
    noticeMoved: (title: string, times: string) => string;
    noticeMovedPast: (title: string, fixed: string, times: string) => string;
    noticeEnd: (end: string, before: string) => string;
    noticeUndo: string;
    /** Under an item whose times changed since the last save. */
    previously: (range: string) => string;
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
    /** The skip link at the start of the widget, to its end. */
    skipList: string;
    /** Where the skip link lands (shown when focused). */
    listEnd: string;
    /** The disclosure of a partner's details (its name follows for screen readers). */
    details: string;
    /** Reveals the next step of the list. */
    showMore: (count: number) => string;
    showAll: string;
    /** Under the recommended types when the network is empty and joining is offered. */
    joinInvite: string;
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
    /** Where a step came from: a board's key insight (`text`: the idea as it was taken over). */
    fromBoard: (text: string) => string;
    /** The same, for a step whose text is the idea's own. */
    fromBoardSame: string;
    /** After the status when the steps say otherwise (all done but not "done"; steps open on a "done" point). */
    statusBehind: string;
    /** Polite announcements when another editor's change arrives. */
    liveUpdated: string;
    livePointsUpdated: (points: string) => string;
    /** The editor (editable): loaded with the plan's texts, used by the code loaded on demand. */
    edit: {
      saving: string;
      saved: string;
      saveFailed: string;
      downloadJson: string;
      downloadHint: string;
      discard: string;
      /** Why another status is suggested. */
      allStepsDone: string;
      someStepsDone: string;
      stepsOpen: string;
      setStatus: (status: string) => string;
      editPoint: string;
      title: string;
      summary: string;
      responsibleHint: string;
      targetDateHint: string;
      save: string;
      cancel: string;
      missing: string;
      tooLong: (max: number) => string;
      newStep: string;
      addStep: string;
      moveUp: (step: string) => string;
      moveDown: (step: string) => string;
      rename: (step: string) => string;
      remove: (step: string) => string;
      stepText: string;
      moved: (step: string, position: number, total: number) => string;
      removed: (step: string) => string;
      undo: string;
      stepGone: string;
      addAsNew: string;
      /** Two editors changed the same fields of a point. */
      conflictTitle: string;
      conflictText: string;
      yours: string;
      theirs: string;
      keepMine: string;
      takeTheirs: string;
      editMine: string;
      empty: string;
      pointGone: string;
      /** Creating plans. */
      missingPlan: string;
      createIntro: string;
      planTitle: string;
      create: string;
      creating: string;
      createFailed: string;
      newPlan: string;
      planId: string;
      planIdHint: string;
      idTaken: string;
      idInvalid: string;
      created: (title: string, id: string) => string;
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
    /** Where the answers are kept (a server, this browser, nowhere). */
    storedNowhere: string;
    storedLocally: string;
    storedOnServer: string;
    clearAnswers: string;
    print: string;
    printedOn: (date: string) => string;
    yourAnswer: string;
  };
  board: {
    label: string;
    questionOf: (index: number, count: number) => string;
    previous: string;
    next: string;
    chooseQuestion: string;
    addIdea: string;
    charactersLeft: (left: number) => string;
    tooLong: (max: number) => string;
    emptyIdea: string;
    noIdeas: string;
    votes: (count: number) => string;
    vote: (text: string) => string;
    unvote: (text: string) => string;
    votesLeft: (left: number, total: number) => string;
    noVotesLeft: string;
    /** The mark of one's own idea, and the short visible label of the idea box (the question is its description). */
    yours: string;
    edit: (text: string) => string;
    /** Visible on the button whose name is `edit(text)`. */
    editShort: string;
    save: string;
    cancel: string;
    remove: (text: string) => string;
    /** Visible on the button whose name is `remove(text)`. */
    removeShort: string;
    removeConfirm: (text: string) => string;
    yesRemove: string;
    /** Before the texts of ideas merged into this one. */
    merged: string;
    /** What a board with a server keeps in the browser, and how long. */
    privacy: (days: number) => string;
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
    fullscreen: string;
  };
  /** The board's texts that arrive with its code loaded on demand: results, presentation, moderation, managing boards. */
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
    /** Column and label for the texts of ideas merged into an idea. */
    merged: string;
    views: { board: string; presentation: string; results: string };
    present: {
      exitFullscreen: string;
      back: string;
      keys: string;
      join: string;
      notRevealed: (count: number) => string;
    };
    moderator: {
      toolbar: string;
      reveal: string;
      lock: string;
      unlock: string;
      clear: string;
      clearConfirm: string;
      yesClear: string;
      /** The name of an idea's menu button (its visible text is `actionsShort`). */
      actions: (text: string) => string;
      actionsShort: string;
      markInsight: string;
      unmarkInsight: string;
      hide: string;
      show: string;
      mergeInto: string;
      remove: string;
      removeConfirm: (text: string) => string;
      yesRemove: string;
      mergeTitle: string;
      mergeChoose: (text: string) => string;
      mergeExplain: string;
      mergeConfirm: string;
      noMergeTarget: string;
      merged: string;
      toPlan: string;
      toPlanTitle: string;
      toPlanChoose: string;
      toPlanConfirm: string;
      toPlanDone: (point: string) => string;
      planLoading: string;
      keyRefused: string;
    };
    manage: {
      edit: string;
      boards: string;
      share: string;
      heading: string;
      editHeading: string;
      listFailed: string;
      summary: (questions: number, ideas: number) => string;
      current: string;
      /** Names of the buttons on each board; their visible texts are `openShort`, `duplicateShort` and `share`. */
      open: (title: string) => string;
      openShort: string;
      duplicate: (title: string) => string;
      duplicateShort: string;
      shareOf: (title: string) => string;
      newBoard: string;
      duplicateHeading: (title: string) => string;
      copyTitle: (title: string) => string;
      title: string;
      id: string;
      idHint: string;
      questionsFrom: string;
      fromDefaults: string;
      fromOwn: string;
      ownQuestions: string;
      questions: string;
      question: (n: number) => string;
      hint: string;
      addQuestion: string;
      moveUp: (n: number) => string;
      moveDown: (n: number) => string;
      removeQuestion: (n: number) => string;
      inUse: (ideas: number) => string;
      reveal: string;
      revealOpen: string;
      revealModerated: string;
      votesPerPerson: string;
      locked: string;
      save: string;
      create: string;
      cancel: string;
      saving: string;
      saved: string;
      created: (title: string) => string;
      joinLink: string;
      copy: string;
      copied: string;
      qr: (title: string) => string;
      errors: { title: string; id: string; idTaken: string; question: string; noQuestions: string; inUse: string; votes: string };
    };
  };
  /**
   * What went wrong and what to do, per reason (`errorReason`). German arrives on demand with the error view
   * (base/error-view.ts); where even that cannot load, `common.errorFallback` is said.
   */
  errors: {
    reasons: Record<Exclude<IjaErrorReason, 'not-found' | 'blocked'>, string>;
    /** A cross-origin request that failed while online; `origin` is the page's, which the server must allow. */
    blocked: (origin: string) => string;
    /** `what`: one of `subjects`, at the start of the sentence. */
    notFound: (what: string) => string;
    subjects: Record<Exclude<IjaErrorSubject['resource'], 'partners'>, (id: string) => string> & { partners: string; unknown: string };
    /** The summary of the status and address, for whoever looks after the site. */
    technicalDetails: string;
    /** Anything thrown that is not an adapter error. */
    unknown: string;
    httpStatus: (status: number) => string;
    retryInSeconds: (seconds: number) => string;
  };
}
