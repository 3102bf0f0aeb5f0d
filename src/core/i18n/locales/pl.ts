import type { Messages } from '../messages/types.js';

/**
 * Polish texts of the widgets. Decisions: the reader is addressed in the 2nd person singular, as gov.pl does
 * (imperatives: Zapisz, Wyślij; courtesy capitals Twój/Tobą), never Pan/Pani; statuses and notices are impersonal.
 * Quotes „…”, ellipsis "…" without a space, percent "60%". Glossary: internationale Jugendarbeit = międzynarodowa
 * praca z młodzieżą, Leitfrage = pytanie przewodnie, Board = tablica, Idee = pomysł, Stimme = głos, zentrale
 * Erkenntnis = kluczowy wniosek, Moderation = moderacja / osoba moderująca, Partner*innen = partnerzy, Programmpunkt =
 * punkt programu, Schritt = krok, Selbstcheck = samoocena, Karte = mapa, Kommune = gmina, Anfrage = zgłoszenie.
 * German institutions (Jobcenter, ARGE, IHK, Jugendmigrationsdienst …) keep their German name with a Polish gloss.
 */

const plural = new Intl.PluralRules('pl');
const n = new Intl.NumberFormat('pl').format;

/** Noun forms for the Polish plural categories: 1 głos, 2 głosy, 5 głosów, 1,5 głosu. */
interface Forms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const pick = (count: number, forms: Forms): string => {
  const category = plural.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
};

/** The number (locale-formatted) followed by the matching noun form. */
const counted = (count: number, forms: Forms): string => `${n(count)} ${pick(count, forms)}`;

/** Genitive after "z" ("3 z 5 głosów", "0 z 1 głosu", "z 1,5 głosu"): singular for one and fractions. */
const ofTotal = (total: number, singular: string, pluralForm: string): string => {
  const category = plural.select(total);
  return `${n(total)} ${category === 'one' || category === 'other' ? singular : pluralForm}`;
};

const VOTES: Forms = { one: 'głos', few: 'głosy', many: 'głosów', other: 'głosu' };
const CHARACTERS: Forms = { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' };
const HOURS: Forms = { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' };
const MINUTES: Forms = { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' };
const SECONDS: Forms = { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' };
const ENTRIES: Forms = { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' };
const FAULTY_ENTRIES: Forms = { one: 'błędny wpis', few: 'błędne wpisy', many: 'błędnych wpisów', other: 'błędnego wpisu' };
const FIELDS: Forms = { one: 'pole', few: 'pola', many: 'pól', other: 'pola' };
const NEW_IDEAS: Forms = { one: 'nowy pomysł', few: 'nowe pomysły', many: 'nowych pomysłów', other: 'nowego pomysłu' };
/** Agrees with "zgłoszenie" (neuter): 1 nowe, 2 nowe, 5 nowych. */
const NEW_REQUESTS: Forms = { one: 'nowe', few: 'nowe', many: 'nowych', other: 'nowego' };
const ROWS: Forms = { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' };
/** Masculine-personal noun: with 2–4 the usual construction is the genitive ("dwóch partnerów"). */
const PARTNERS: Forms = { one: 'partner', few: 'partnerów', many: 'partnerów', other: 'partnera' };

const messages: Messages = {
  common: {
    loading: 'Wczytywanie…',
    retry: 'Spróbuj ponownie',
    empty: 'Nie ma jeszcze żadnych wpisów.',
    loadFailed: 'Nie udało się wczytać treści.',
    errors: {
      network: 'Serwer jest w tej chwili niedostępny. Sprawdź połączenie z internetem.',
      timeout: 'Serwer nie odpowiedział na czas.',
      http: 'Serwer odrzucił żądanie.',
      'invalid-data': 'Dane są błędne i nie można ich wyświetlić.',
      'read-only': 'To źródło danych nie pozwala zapisywać zmian.',
      unknown: 'Wystąpił nieoczekiwany błąd.',
    },
    httpStatus: (status) => `Odpowiedź serwera: ${String(status)}.`,
    droppedRecords: (count) => `Pominięto ${counted(count, FAULTY_ENTRIES)}.`,
    retryInSeconds: (seconds) =>
      plural.select(seconds) === 'one'
        ? 'Spróbuj ponownie za sekundę.'
        : `Spróbuj ponownie za ${counted(seconds, SECONDS)}.`,
  },
  agenda: {
    label: 'Program dnia',
    template: 'Szablon – bez daty',
    itemTypes: {
      welcome: 'Powitanie',
      intro: 'Wprowadzenie',
      input: 'Wystąpienie',
      presentation: 'Prezentacja',
      practice: 'Przykład z praktyki',
      discussion: 'Dyskusja',
      break: 'Przerwa',
      closing: 'Zakończenie',
      other: 'Punkt programu',
    },
    timeRangeSpoken: (start, end) => `od ${start} do ${end}`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${n(rest)} min`;
      return rest === 0 ? `${n(hours)} godz.` : `${n(hours)} godz. ${n(rest)} min`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return counted(rest, MINUTES);
      return rest === 0 ? counted(hours, HOURS) : `${counted(hours, HOURS)} ${counted(rest, MINUTES)}`;
    },
    now: 'Teraz',
    next: 'Następny',
    nowAnnouncement: (title) => `Teraz: ${title}`,
    speaker: 'Z udziałem:',
    showMore: 'Pokaż więcej',
    showLess: 'Pokaż mniej',
    toBoard: 'Do pytań przewodnich',
    addToCalendar: 'Dodaj do kalendarza',
    calendarWholeDay: 'Cały dzień jako jedno wydarzenie',
    calendarEachItem: 'Każdy punkt programu osobno',
    calendarFormat: 'Wpis w kalendarzu',
    calendarNeedsDate: 'Gdy termin zostanie ustalony, będzie można dodać ten dzień do kalendarza.',
    problems: {
      'ends-before-start': 'Godzina zakończenia nie jest późniejsza niż godzina rozpoczęcia.',
      overlap: (other) => `Nakłada się na „${other}”.`,
      'out-of-order': 'W danych nie występuje w kolejności chronologicznej.',
      'unknown-type': (type) => `Nieznany rodzaj „${type}” – wyświetlany jako punkt programu.`,
    },
  },
  agendaEdit: {
    toolbar: 'Edycja programu dnia',
    moveUp: (title) => `Przesuń „${title}” w górę`,
    moveDown: (title) => `Przesuń „${title}” w dół`,
    dragHandle: (title) => `Przesuń „${title}” (strzałkami lub przeciągając)`,
    remove: (title) => `Usuń „${title}”`,
    durationLabel: 'Czas trwania w minutach',
    pinLabel: 'Stała godzina',
    add: 'Dodaj punkt programu',
    newTitle: 'Tytuł',
    newType: 'Rodzaj',
    newDuration: 'Czas trwania w minutach',
    titleRequired: 'Wpisz tytuł.',
    undo: 'Cofnij',
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    saved: 'Zapisano.',
    saveFailed: 'Nie udało się zapisać. Twoje zmiany nie zostały utracone.',
    unsaved: 'Niezapisane zmiany',
    downloadJson: 'Pobierz JSON',
    downloadHint: 'Bez serwera: pobierz plik i osadź go na stronie za pomocą atrybutu src.',
    moved: (title, position, start) => `„${title}” jest teraz punktem ${n(position)}, początek o ${start}.`,
    removed: (title) => `Usunięto „${title}”.`,
    added: (title, start) => `Dodano „${title}”, początek o ${start}.`,
    undone: 'Cofnięto ostatnią zmianę.',
  },
  partnerMap: {
    label: 'Sieć międzynarodowej pracy z młodzieżą',
    categories: {
      vereine: 'Stowarzyszenia',
      jugendarbeit: 'Organizacje pracy z młodzieżą',
      politik: 'Polityka',
      'schule-beruf': 'Przejście ze szkoły do pracy',
    },
    types: {
      staedtepartnerschaft: 'Stowarzyszenia miast partnerskich',
      jugendring: 'Jugendring miejski lub powiatowy (zrzeszenie organizacji młodzieżowych)',
      'vereine-junger-migrantinnen': 'Stowarzyszenia młodych migrantów i migrantek',
      'migrantinnen-selbstorganisationen': 'Organizacje migranckie',
      'kommunale-jugendarbeit': 'Gminne placówki pracy z młodzieżą',
      'freie-traeger': 'Organizacje pozarządowe pracujące z młodzieżą',
      jugendsozialarbeit: 'Organizacje prowadzące pracę socjalną z młodzieżą',
      jugendmigrationsdienst: 'Jugendmigrationsdienst (poradnie dla młodych migrantów)',
      jugendunterkunft: 'Niekomercyjne schroniska i domy młodzieżowe',
      jugendhilfeplanung: 'Osoby planujące pomoc dzieciom i młodzieży',
      integrationsbeauftragte: 'Pełnomocnik ds. integracji (Integrationsbeauftragte)',
      'politik-entscheidung': 'Decydenci polityczni (np. radni i radne)',
      arge: 'ARGE (wspólna instytucja urzędu pracy i gminy)',
      jobcenter: 'Jobcenter (urząd ds. świadczeń i pośrednictwa pracy)',
      handwerkskammer: 'Izba rzemieślnicza (Handwerkskammer)',
      ihk: 'Izba Przemysłowo-Handlowa (IHK)',
      jugendberufshilfe: 'Wsparcie zawodowe młodzieży (Jugendberufshilfe)',
      schulen: 'Szkoły',
    },
    views: { list: 'Lista', map: 'Mapa', gaps: 'Kogo brakuje?', join: 'Dołącz', admin: 'Zarządzanie' },
    viewsLabel: 'Widok',
    filters: 'Filtry',
    search: 'Szukaj',
    searchHint: 'Nazwa, rodzaj, miejscowość lub oferta',
    category: 'Grupa',
    type: 'Rodzaj',
    offer: 'Oferta',
    all: 'Wszystkie',
    newToIja: 'Tylko nowi w międzynarodowej pracy z młodzieżą',
    newToIjaBadge: 'Od niedawna w międzynarodowej pracy z młodzieżą',
    resetFilters: 'Wyczyść filtry',
    resultCount: (shown, total) =>
      shown === total ? counted(total, PARTNERS) : `${n(shown)} z ${ofTotal(total, 'partnera', 'partnerów')}`,
    groupCount: (count) => counted(count, ENTRIES),
    noResults: 'Brak partnerów pasujących do wybranych filtrów.',
    emptyNetwork:
      'Nie ma jeszcze żadnych partnerów. W zakładce „Kogo brakuje?” znajdziesz rodzaje partnerów zalecane w materiale informacyjnym (Factsheet).',
    website: 'Strona internetowa',
    email: 'E-mail',
    phone: 'Telefon',
    offers: 'Oferta',
    noLocation: (count) => `${counted(count, PARTNERS)} bez podanej lokalizacji figuruje tylko na liście.`,
    showOnMap: 'Pokaż na mapie',
    showInList: 'Pokaż na liście',
    map: {
      consentTitle: 'Pokazać mapę?',
      consentText: (host) =>
        `Mapa pobiera obrazy z serwisu ${host}. Twój adres IP zostanie przy tym przekazany temu serwisowi. Bez mapy wszystkich partnerów znajdziesz na liście.`,
      consentButton: 'Wczytaj mapę',
    },
  },
  partnerMapView: {
    region: 'Mapa partnerów',
    marker: (name, group) => `${name} (${group})`,
    cluster: (count, names) => {
      const shown = names.slice(0, 3);
      const rest = count - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} i jeszcze ${n(rest)}` : new Intl.ListFormat('pl').format(shown);
      return `${counted(count, PARTNERS)}: ${list}. Naciśnij Enter, aby przybliżyć.`;
    },
    zoomIn: 'Przybliż mapę',
    zoomOut: 'Oddal mapę',
    loading: 'Wczytywanie mapy…',
    failed: 'Nie udało się wczytać mapy. Wszyscy partnerzy są widoczni na liście.',
    attribution: 'Dane mapy',
  },
  partnerGaps: {
    title: 'Kogo brakuje?',
    intro:
      'Tych zalecanych rodzajów partnerów nie ma jeszcze w sieci – to gotowa lista zaproszeń na kolejne spotkanie warsztatowe.',
    allCovered: 'Wszystkie zalecane rodzaje partnerów są już w sieci.',
    present: (count, total) => `w sieci: ${n(count)} z ${n(total)}`,
    downloadCsv: 'Pobierz jako tabelę (CSV)',
    downloadText: 'Pobierz jako tekst',
    columns: ['Grupa', 'Rodzaj partnera'],
  },
  partnerJoin: {
    title: 'Dołącz do sieci',
    intro: 'Twoja organizacja chce dołączyć? Wyślij nam zgłoszenie – skontaktujemy się z Tobą.',
    name: 'Nazwa organizacji',
    category: 'Grupa',
    type: 'Rodzaj organizacji',
    typeOther: 'Inny rodzaj',
    contactName: 'Osoba do kontaktu',
    email: 'Adres e-mail',
    phone: 'Telefon',
    website: 'Strona internetowa',
    message: 'Wiadomość',
    address: 'Adres',
    addressHint: 'Ulica, kod pocztowy, miejscowość',
    offers: 'Oferta',
    offersHint: 'Kilka pozycji oddziel przecinkami albo wpisz każdą w osobnym wierszu.',
    description: 'Krótki opis',
    publish: 'Publikacja',
    publicFields: 'Publicznie na liście i mapie: nazwa, grupa, rodzaj, adres, oferta, opis, strona internetowa.',
    privateFields: 'Niepublicznie: osoba do kontaktu, e-mail, telefon, wiadomość.',
    publishConsent: 'Zgadzamy się na publikację danych publicznych na liście i mapie.',
    optional: '(opcjonalnie)',
    submit: 'Wyślij zgłoszenie',
    sending: 'Wysyłanie…',
    success: 'Dziękujemy! Twoje zgłoszenie do nas dotarło.',
    reference: 'Numer Twojego zgłoszenia:',
    nextSteps:
      'Zespół sieci sprawdzi Twoje zgłoszenie i odpowie e-mailem. Gdy Twoja organizacja zostanie przyjęta, pojawi się na liście i na mapie.',
    failed: 'Nie udało się wysłać zgłoszenia. Wpisane dane nie zostały utracone.',
    fixErrors: (count) => `Popraw ${counted(count, FIELDS)}.`,
    errors: {
      required: 'Uzupełnij to pole.',
      email: 'Wpisz poprawny adres e-mail, np. imie@przyklad.pl.',
      url: 'Wpisz poprawny adres strony, np. www.przyklad.pl.',
      phone: 'Wpisz numer telefonu złożony z cyfr.',
      tooLong: 'Ten tekst jest za długi.',
      publish: 'Zaznacz zgodę na publikację. Bez niej nie możemy dodać Twojej organizacji do listy i mapy.',
    },
    privacy: 'Podane dane wykorzystamy wyłącznie w celu przyjęcia Twojej organizacji do sieci.',
    trap: 'Pozostaw to pole puste',
  },
  partnerAdmin: {
    requestsTitle: 'Zgłoszenia do sieci',
    newCount: (count) => counted(count, NEW_REQUESTS),
    noRequests: 'Brak nowych zgłoszeń.',
    handledTitle: (count) => `Rozpatrzone zgłoszenia (${n(count)})`,
    retentionNote: 'Serwer automatycznie usuwa rozpatrzone zgłoszenia po upływie okresu przechowywania.',
    statuses: { new: 'Nowe', accepted: 'Przyjęte', declined: 'Odrzucone' },
    handled: (status, date) => `${status} ${date}`,
    contact: 'Kontakt (niepubliczny)',
    messageLabel: 'Wiadomość',
    review: 'Sprawdź i przyjmij',
    decline: 'Odrzuć',
    deleteRequest: 'Usuń zgłoszenie',
    confirmDelete: (name) => `Czy na pewno usunąć „${name}”? Tej operacji nie można cofnąć.`,
    confirmYes: 'Tak, usuń',
    cancel: 'Anuluj',
    partnersTitle: (count) => `Partnerzy (${n(count)})`,
    addPartner: 'Dodaj partnera',
    filterText: 'Przeszukaj wpisy',
    staleOnly: (count) => `Tylko niepotwierdzone od ponad roku (${n(count)})`,
    confirmedColumn: 'Ostatnie potwierdzenie',
    neverConfirmed: 'Brak potwierdzenia',
    confirmedOn: (date) => `Potwierdzono ${date}`,
    edit: 'Edytuj',
    showMore: (count) => `Pokaż jeszcze ${n(count)}`,
    noPartners: 'Brak wpisów pasujących do wyszukiwania.',
    newTitle: 'Nowy partner',
    editTitle: (name) => `Edycja: ${name}`,
    acceptTitle: (name) => `Przyjęcie zgłoszenia: ${name}`,
    requestSummary: (reference, date) => `Zgłoszenie ${reference} z dnia ${date}`,
    notPublic: 'Te dane pozostają u zespołu sieci i nie są publikowane.',
    activeInIja: 'Już działa w międzynarodowej pracy z młodzieżą',
    confirmedAt: 'Ostatnie potwierdzenie',
    today: 'Potwierdzono dzisiaj',
    publishConsent: 'Organizacja zgodziła się na publikację.',
    publishMissing:
      'Organizacja nie zgodziła się w zgłoszeniu na publikację. Uzyskaj jej zgodę, zanim przyjmiesz ją do sieci.',
    save: 'Zapisz',
    acceptSave: 'Przyjmij i opublikuj',
    saving: 'Zapisywanie…',
    removePartner: 'Usuń wpis',
    saveFailed: 'Nie zapisano. Wpisane dane nie zostały utracone.',
    errors: {
      required: 'Uzupełnij to pole.',
      email: 'Wpisz poprawny adres e-mail, np. imie@przyklad.pl.',
      url: 'Wpisz poprawny adres strony, np. www.przyklad.pl.',
      phone: 'Wpisz numer telefonu złożony z cyfr.',
      tooLong: 'Ten tekst jest za długi.',
      coordinate: 'Wpisz szerokość i długość geograficzną jako liczby, np. 51,5136 i 7,4653.',
      date: 'Wpisz datę.',
      publish: 'Bez zgody na publikację nie można przyjąć organizacji.',
    },
    location: 'Lokalizacja',
    locationHint:
      'Kliknij mapę, przeciągnij pinezkę albo wpisz współrzędne. Z klawiatury: przesuń mapę strzałkami i wybierz „Przenieś pinezkę na środek mapy” albo ustaw fokus na pinezce i przesuwaj ją strzałkami.',
    latitude: 'Szerokość geograficzna',
    longitude: 'Długość geograficzna',
    pinToCenter: 'Przenieś pinezkę na środek mapy',
    removeLocation: 'Usuń lokalizację',
    mapConsent: (host) =>
      `Mapa pobiera obrazy z serwisu ${host}. Twój adres IP zostanie przy tym przekazany temu serwisowi.`,
    loadMap: 'Wczytaj mapę',
    pinLabel: 'Pinezka, przesuwaj strzałkami',
    mapLabel: 'Mapa do ustawiania lokalizacji',
    findAddress: 'Znajdź adres na mapie',
    geocoderNote: (host) => `W tym celu adres zostanie wysłany do serwisu ${host}.`,
    searching: 'Wyszukiwanie…',
    noMatches: 'Nie znaleziono tego adresu. Sprawdź pisownię albo ustaw pinezkę na mapie.',
    useResult: 'Użyj',
    geocoderFailed: 'Wyszukiwarka adresów nie odpowiedziała. Ustaw pinezkę na mapie.',
    saved: (name) => `Zapisano „${name}”.`,
    added: (name) => `Dodano „${name}”.`,
    accepted: (name) => `Przyjęto „${name}”. Wpis jest teraz publiczny.`,
    declined: (name) => `Odrzucono zgłoszenie od „${name}”.`,
    requestDeleted: (name) => `Usunięto zgłoszenie od „${name}”.`,
    partnerDeleted: (name) => `Usunięto „${name}”.`,
    actionFailed: 'Nie udało się wykonać tej operacji.',
    spreadsheetTitle: 'Import i eksport tabeli',
    importIntro:
      'Tabela z Excela lub LibreOffice (XLSX albo CSV) z kolumnami takimi jak Nazwa, Grupa, Rodzaj, Ulica, Kod pocztowy, Miejscowość. Najpierw jest tylko sprawdzana; dane zostaną zapisane dopiero wtedy, gdy potwierdzisz import. Najbezpieczniej: najpierw wyeksportuj dane, edytuj tabelę, a potem zaimportuj ją ponownie.',
    chooseFile: 'Wybierz tabelę (XLSX lub CSV)',
    checking: 'Sprawdzanie tabeli…',
    reportSummary: (added, changed, unchanged, refused) =>
      `Sprawdzono tabelę. Nowe: ${n(added)}, zmienione: ${n(changed)}, bez zmian: ${n(unchanged)}, z błędami: ${counted(
        refused,
        ROWS,
      )}. Nic jeszcze nie zostało zapisane.`,
    reportColumns: { row: 'Wiersz', name: 'Nazwa', action: 'Wynik', notes: 'Uwagi' },
    actions: { add: 'Nowy', change: 'Zmieniony', unchanged: 'Bez zmian', refuse: 'Nie zaimportowano' },
    refusedNote: 'Wiersze z błędami nie zostaną zaimportowane. Popraw je w tabeli i zaimportuj tabelę ponownie.',
    writeImport: (count) => `Potwierdź import (${counted(count, ROWS)})`,
    nothingToImport: 'Tabela nie wprowadza żadnych zmian.',
    importing: 'Importowanie…',
    imported: (added, changed) => `Zaimportowano. Nowe: ${n(added)}, zmienione: ${n(changed)}.`,
    importFailed: 'Nie udało się przetworzyć tabeli.',
    exportCsv: 'Pobierz jako CSV',
    exportXlsx: 'Pobierz jako arkusz Excel (XLSX)',
    exportFailed: 'Eksport się nie powiódł.',
    notAllowed: 'Brak klucza sieci albo klucz jest nieprawidłowy. Zaloguj się kluczem sieci.',
    readOnly: 'To źródło danych nie może niczego zapisać. Do zarządzania potrzebny jest serwer z interfejsem REST.',
  },
  plan: {
    statuses: { open: 'Nierozpoczęte', 'in-progress': 'W toku', done: 'Zakończone' },
    statusLabel: 'Status',
    stepsProgress: (done, total) => `Wykonano ${n(done)} z ${ofTotal(total, 'kroku', 'kroków')}`,
    overall: (percent) => `Postęp ogółem: ${n(percent)}%`,
    overallDetail: (done, inProgress, open) =>
      `zakończone: ${n(done)}, w toku: ${n(inProgress)}, nierozpoczęte: ${n(open)}`,
    showSteps: 'Pokaż kroki',
    hideSteps: 'Ukryj kroki',
    stepDone: 'wykonany',
    stepOpen: 'niewykonany',
    responsible: 'Odpowiada',
    targetDate: 'Termin realizacji',
    updatedAt: 'Ostatnia zmiana',
    next: 'Przejdź do',
    edit: {
      saving: 'Zapisywanie…',
      saved: 'Zapisano.',
      saveFailed: 'Nie udało się zapisać. Zmiana nie została utracona.',
      downloadJson: 'Pobierz plan jako JSON',
      downloadHint:
        'Bez serwera zmiany zostają tylko na tej stronie. Pobierz plik i osadź go na stronie za pomocą atrybutu src.',
    },
  },
  planCheck: {
    title: 'Samoocena: na jakim etapie jest nasza gmina?',
    intro:
      'Odpowiedz na pytania dotyczące każdego punktu. Wynik pokaże aktualny stan i podpowie kolejne kroki. Nic nie jest zapisywane ani wysyłane.',
    answers: { yes: 'Tak', partly: 'Częściowo', no: 'Nie' },
    answered: (answered, total) => `Odpowiedziano na ${n(answered)} z ${ofTotal(total, 'pytania', 'pytań')}`,
    level: 'Poziom',
    levels: { start: 'Na początku', growing: 'W drodze', anchored: 'Ugruntowane' },
    notAnswered: 'Brak odpowiedzi',
    nextSteps: 'Kolejne kroki',
    overall: (percent) => `Wynik ogólny: ${n(percent)}%`,
    download: 'Pobierz wynik',
    compare: 'Porównaj z wcześniejszym wynikiem',
    compareHint: 'Wybierz wcześniej pobrany plik z wynikiem.',
    comparedWith: (date) => `Porównanie z wynikiem z dnia ${date}`,
    changes: { up: 'lepiej niż poprzednio', down: 'gorzej niż poprzednio', same: 'bez zmian', new: 'nowa odpowiedź' },
    readFailed: 'Nie udało się odczytać pliku.',
  },
  board: {
    label: 'Tablica pytań przewodnich',
    questionOf: (index, count) => `Pytanie ${n(index)} z ${n(count)}`,
    previous: 'Poprzednie pytanie',
    next: 'Następne pytanie',
    chooseQuestion: 'Wybierz pytanie',
    addIdea: 'Dodaj pomysł',
    ideaLabel: (question) => `Twój pomysł do pytania: ${question}`,
    charactersLeft: (left) => {
      const verb = { one: 'Pozostał', few: 'Pozostały', many: 'Pozostało', other: 'Pozostało' };
      return `${pick(left, verb)} ${counted(left, CHARACTERS)}`;
    },
    tooLong: (max) => `Maksymalnie ${counted(max, CHARACTERS)}.`,
    emptyIdea: 'Najpierw wpisz swój pomysł.',
    noIdeas: 'Nie ma jeszcze pomysłów.',
    votes: (count) => counted(count, VOTES),
    vote: (text) => `Zagłosuj na „${text}”`,
    unvote: (text) => `Wycofaj głos na „${text}”`,
    votesLeft: (left, total) => `Masz jeszcze ${n(left)} z ${ofTotal(total, 'głosu', 'głosów')}.`,
    noVotesLeft: 'Wszystkie głosy zostały oddane. Wycofaj jeden głos, aby zagłosować inaczej.',
    yours: 'Twój pomysł',
    edit: (text) => `Edytuj „${text}”`,
    save: 'Zapisz',
    cancel: 'Anuluj',
    remove: (text) => `Usuń „${text}”`,
    sending: 'Wysyłanie…',
    rejected: (reason) => `Nie przyjęto: ${reason}`,
    retry: 'Wyślij ponownie',
    discard: 'Odrzuć',
    reasons: {
      locked: 'Tablica jest zablokowana.',
      cap: 'Wszystkie głosy zostały już oddane.',
      tooLong: 'Tekst jest za długi.',
      gone: 'Ten pomysł już nie istnieje.',
      other: 'Serwer odrzucił żądanie.',
    },
    insight: 'Kluczowy wniosek',
    hiddenIdea: 'Ukryty pomysł',
    locked: 'Tablica jest zablokowana: nie można już dodawać pomysłów ani głosować.',
    waitingForReveal: 'Pomysły innych osób pojawią się, gdy osoba moderująca je odsłoni.',
    live: 'Połączono na żywo',
    connecting: 'Łączenie…',
    offline: 'Brak połączenia – Twoje pomysły zostaną wysłane, gdy połączenie wróci.',
    polling: 'Połączono (regularne odświeżanie)',
    local: 'Tylko na tym urządzeniu',
    newIdeas: (count) => counted(count, NEW_IDEAS),
    views: { board: 'Tablica', presentation: 'Prezentacja', results: 'Wyniki' },
    fullscreen: 'Pełny ekran',
    moderator: {
      toolbar: 'Moderacja',
      reveal: 'Odsłoń pomysły',
      lock: 'Zablokuj tablicę',
      unlock: 'Odblokuj tablicę',
      clear: 'Usuń wszystkie pomysły',
      clearConfirm: 'Czy na pewno usunąć wszystkie pomysły? Tej operacji nie można cofnąć.',
      hide: (text) => `Ukryj „${text}”`,
      show: (text) => `Pokaż „${text}”`,
      markInsight: (text) => `Oznacz „${text}” jako kluczowy wniosek`,
      unmarkInsight: (text) => `Cofnij oznaczenie „${text}” jako kluczowego wniosku`,
      mergeInto: 'Połącz z',
      merge: 'Połącz',
      noMergeTarget: 'Brak innych pomysłów do tego pytania',
    },
  },
  boardResults: {
    title: 'Wyniki',
    insights: 'Kluczowe wnioski',
    noInsights: 'Nie oznaczono jeszcze kluczowych wniosków.',
    exportMarkdown: 'Pobierz jako Markdown',
    exportCsv: 'Pobierz jako tabelę (CSV)',
    exportJson: 'Pobierz jako JSON',
    print: 'Drukuj',
    exportedAt: (date) => `Stan na ${date}`,
    question: 'Pytanie',
    idea: 'Pomysł',
    votes: 'Głosy',
    insight: 'Kluczowy wniosek',
    yes: 'Tak',
  },
};

export default messages;
