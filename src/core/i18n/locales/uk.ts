import type { Messages } from '../messages/types.js';

/**
 * Ukrainian texts of the widgets. Decisions: polite «ви» (lowercase, as in UIs), imperatives in the plural in
 * sentences; buttons use the infinitive («Зберегти», «Завантажити як JSON»). Quotes «…», dash « — », apostrophe ’,
 * no space before the ellipsis («Завантаження…»). Glossary: міжнародна молодіжна робота; ключове запитання
 * (Leitfrage); ідея; голос / проголосувати; головний висновок (zentrale Erkenntnis); модерація / модератор; дошка;
 * партнер; програма дня / пункт програми; крок; самоперевірка; мапа; згода; громада (Kommune); робоча зустріч
 * (Werkstattgespräch). German institutions keep their German name next to a Ukrainian explanation
 * (Jobcenter, IHK, ARGE, JMD), so people recognise them on the building. Generic grammatical gender for people.
 */

const plural = new Intl.PluralRules('uk');
const n = new Intl.NumberFormat('uk').format;
/** HTTP status codes: a plain code, never grouped. */
const code = new Intl.NumberFormat('uk', { useGrouping: false }).format;
const percentOf = new Intl.NumberFormat('uk', { style: 'percent', maximumFractionDigits: 0 }).format;

/** Noun forms by plural category: 1/21 one, 2–4/22 few, 5–20/25 many, fractions other. */
interface Forms {
  one: string;
  few: string;
  many: string;
  other: string;
}

function form(count: number, forms: Forms): string {
  const category = plural.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

/** A number with its noun: «1 голос», «2 голоси», «5 голосів», «1,5 голосу». */
function count(value: number, forms: Forms): string {
  return `${n(value)} ${form(value, forms)}`;
}

const VOTES: Forms = { one: 'голос', few: 'голоси', many: 'голосів', other: 'голосу' };
const PARTNERS: Forms = { one: 'партнер', few: 'партнери', many: 'партнерів', other: 'партнера' };
/** After «з N» (genitive): «з 21 партнера», «з 5 партнерів». */
const OF_PARTNERS: Forms = { one: 'партнера', few: 'партнерів', many: 'партнерів', other: 'партнера' };
const ENTRIES: Forms = { one: 'запис', few: 'записи', many: 'записів', other: 'запису' };
const HOURS: Forms = { one: 'година', few: 'години', many: 'годин', other: 'години' };
const MINUTES: Forms = { one: 'хвилина', few: 'хвилини', many: 'хвилин', other: 'хвилини' };
const CHARACTERS: Forms = { one: 'символ', few: 'символи', many: 'символів', other: 'символу' };
/** Rows of a spreadsheet: «1 рядок», «2 рядки», «5 рядків». */
const ROWS: Forms = { one: 'рядок', few: 'рядки', many: 'рядків', other: 'рядка' };

const messages: Messages = {
  common: {
    loading: 'Завантаження…',
    retry: 'Спробувати ще раз',
    empty: 'Записів поки немає.',
    loadFailed: 'Не вдалося завантажити вміст.',
    errors: {
      network: 'Сервер зараз недоступний. Перевірте, будь ласка, підключення до інтернету.',
      timeout: 'Сервер не відповів вчасно.',
      http: 'Сервер відхилив запит.',
      'invalid-data': 'Дані містять помилки, тому їх не можна показати.',
      'read-only': 'Це джерело даних не може зберігати зміни.',
      unknown: 'Сталася неочікувана помилка.',
    },
    httpStatus: (status) => `Код відповіді сервера: ${code(status)}.`,
    droppedRecords: (dropped) =>
      `Пропущено ${n(dropped)} ${form(dropped, {
        one: 'некоректний запис',
        few: 'некоректні записи',
        many: 'некоректних записів',
        other: 'некоректного запису',
      })}.`,
    retryInSeconds: (seconds) =>
      seconds === 1
        ? 'Спробуйте ще раз через секунду.'
        : `Спробуйте ще раз через ${count(seconds, { one: 'секунду', few: 'секунди', many: 'секунд', other: 'секунди' })}.`,
  },

  agenda: {
    label: 'Програма дня',
    template: 'Шаблон — дату ще не визначено',
    itemTypes: {
      welcome: 'Привітання',
      intro: 'Вступ',
      input: 'Виступ',
      presentation: 'Презентація',
      practice: 'Приклад із практики',
      discussion: 'Обговорення',
      break: 'Перерва',
      closing: 'Завершення',
      other: 'Пункт програми',
    },
    timeRangeSpoken: (start, end) => `з ${start} до ${end}`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${n(rest)} хв`;
      return rest === 0 ? `${n(hours)} год` : `${n(hours)} год ${n(rest)} хв`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return count(rest, MINUTES);
      return rest === 0 ? count(hours, HOURS) : `${count(hours, HOURS)} ${count(rest, MINUTES)}`;
    },
    now: 'Зараз',
    next: 'Далі',
    nowAnnouncement: (title) => `Зараз: ${title}`,
    speaker: 'За участі:',
    showMore: 'Показати більше',
    showLess: 'Показати менше',
    toBoard: 'До ключових запитань',
    addToCalendar: 'Додати в календар',
    calendarWholeDay: 'Увесь день однією подією',
    calendarEachItem: 'Кожен пункт програми окремо',
    calendarFormat: 'Запис у календарі',
    calendarNeedsDate: 'Щойно дату буде визначено, день можна буде додати в календар.',
    problems: {
      'ends-before-start': 'Закінчується раніше за початок або одночасно з ним.',
      overlap: (other) => `Накладається в часі на «${other}».`,
      'out-of-order': 'У даних стоїть не в хронологічному порядку.',
      'unknown-type': (type) => `Невідомий тип «${type}», показано як пункт програми.`,
    },
  },

  partnerMap: {
    label: 'Мережа міжнародної молодіжної роботи',
    categories: {
      vereine: 'Громадські організації',
      jugendarbeit: 'Організації молодіжної роботи',
      politik: 'Політика',
      'schule-beruf': 'Від школи до професії',
    },
    types: {
      staedtepartnerschaft: 'Товариства міст-побратимів',
      jugendring: 'Об’єднання молодіжних організацій міста чи району (Jugendring)',
      'vereine-junger-migrantinnen': 'Об’єднання молоді з міграційним досвідом',
      'migrantinnen-selbstorganisationen': 'Організації мігрантських спільнот',
      'kommunale-jugendarbeit': 'Муніципальні заклади молодіжної роботи',
      'freie-traeger': 'Недержавні організації молодіжної роботи',
      jugendsozialarbeit: 'Організації соціальної роботи з молоддю',
      jugendmigrationsdienst: 'Молодіжні міграційні служби (Jugendmigrationsdienst, JMD)',
      jugendunterkunft: 'Неприбуткові молодіжні хостели',
      jugendhilfeplanung: 'Фахівці з планування послуг для дітей і молоді',
      integrationsbeauftragte: 'Уповноважена особа з питань інтеграції',
      'politik-entscheidung': 'Особи, які ухвалюють політичні рішення (напр., депутати ради)',
      arge: 'ARGE (спільна служба Агентства з праці та громади)',
      jobcenter: 'Jobcenter (центр зайнятості)',
      handwerkskammer: 'Реміснича палата (Handwerkskammer)',
      ihk: 'Торгово-промислова палата (IHK)',
      jugendberufshilfe: 'Підтримка молоді у професійному становленні',
      schulen: 'Школи',
    },
    views: { list: 'Список', map: 'Мапа', gaps: 'Кого ще бракує?', join: 'Долучитися', admin: 'Керування' },
    viewsLabel: 'Вигляд',
    filters: 'Фільтри',
    search: 'Пошук',
    searchHint: 'Назва, тип, місто чи пропозиція',
    category: 'Група',
    type: 'Тип',
    offer: 'Пропозиція',
    all: 'Усі',
    newToIja: 'Лише новачки в міжнародній молодіжній роботі',
    newToIjaBadge: 'Новачок у міжнародній молодіжній роботі',
    resetFilters: 'Скинути фільтри',
    resultCount: (shown, total) =>
      shown === total ? count(total, PARTNERS) : `${n(shown)} з ${count(total, OF_PARTNERS)}`,
    groupCount: (entries) => count(entries, ENTRIES),
    noResults: 'За цими фільтрами партнерів не знайдено.',
    emptyNetwork:
      'Партнерів ще не додано. У розділі «Кого ще бракує?» наведено типи партнерів, яких рекомендовано запросити.',
    website: 'Вебсайт',
    email: 'Ел. пошта',
    phone: 'Телефон',
    offers: 'Пропозиції',
    noLocation: (partners) => `${count(partners, PARTNERS)} без адреси — лише у списку.`,
    showOnMap: 'Показати на мапі',
    showInList: 'Показати у списку',
    map: {
      consentTitle: 'Показати мапу?',
      consentText: (host) =>
        `Мапа завантажує зображення із сервера ${host}, і цей сервіс отримує вашу IP-адресу. Без мапи всі партнери доступні у списку.`,
      consentButton: 'Показати мапу',
    },
  },

  plan: {
    statuses: { open: 'Не розпочато', 'in-progress': 'У роботі', done: 'Виконано' },
    statusLabel: 'Стан',
    stepsProgress: (done, total) =>
      `Виконано ${n(done)} з ${count(total, { one: 'кроку', few: 'кроків', many: 'кроків', other: 'кроку' })}`,
    overall: (percent) => `Загальний прогрес: ${percentOf(percent / 100)}`,
    overallDetail: (done, inProgress, open) =>
      `виконано: ${n(done)}, у роботі: ${n(inProgress)}, не розпочато: ${n(open)}`,
    showSteps: 'Показати кроки',
    hideSteps: 'Сховати кроки',
    stepDone: 'виконано',
    stepOpen: 'не виконано',
    responsible: 'Відповідальні',
    targetDate: 'Виконати до',
    updatedAt: 'Востаннє змінено',
    next: 'Перейти до',
    edit: {
      saving: 'Збереження…',
      saved: 'Збережено.',
      saveFailed: 'Не вдалося зберегти. Зміну не втрачено.',
      downloadJson: 'Завантажити план як JSON',
      downloadHint: 'Без сервера зміни залишаються лише на цій сторінці. Завантажте файл і підключіть його через атрибут src.',
    },
  },

  board: {
    label: 'Дошка ключових запитань',
    questionOf: (index, total) => `Запитання ${n(index)} з ${n(total)}`,
    previous: 'Попереднє запитання',
    next: 'Наступне запитання',
    chooseQuestion: 'Вибрати запитання',
    addIdea: 'Додати ідею',
    ideaLabel: (question) => `Ваша ідея до запитання: ${question}`,
    charactersLeft: (left) =>
      `${plural.select(left) === 'one' ? 'Залишився' : 'Залишилося'} ${count(left, CHARACTERS)}`,
    tooLong: (max) => `Щонайбільше ${count(max, CHARACTERS)}.`,
    emptyIdea: 'Спершу напишіть свою ідею.',
    noIdeas: 'Ідей поки немає.',
    votes: (votes) => count(votes, VOTES),
    vote: (text) => `Проголосувати за «${text}»`,
    unvote: (text) => `Скасувати голос за «${text}»`,
    votesLeft: (left, total) => `У вас залишилося голосів: ${n(left)} з ${n(total)}.`,
    noVotesLeft: 'Усі голоси використано. Скасуйте один голос, щоб проголосувати інакше.',
    yours: 'Ваша ідея',
    edit: (text) => `Редагувати «${text}»`,
    save: 'Зберегти',
    cancel: 'Скасувати',
    remove: (text) => `Видалити «${text}»`,
    sending: 'Надсилання…',
    rejected: (reason) => `Не прийнято: ${reason}`,
    retry: 'Надіслати знову',
    discard: 'Відкинути',
    reasons: {
      locked: 'Дошку заблоковано.',
      cap: 'Усі голоси вже використано.',
      tooLong: 'Текст задовгий.',
      gone: 'Цієї ідеї більше немає.',
      other: 'Сервер відхилив запит.',
    },
    insight: 'Головний висновок',
    hiddenIdea: 'Прихована ідея',
    locked: 'Дошку заблоковано: нові ідеї та голоси більше не приймаються.',
    waitingForReveal: 'Ідеї інших учасників з’являться, щойно модератор їх відкриє.',
    live: 'Підключено в реальному часі',
    connecting: 'Підключення…',
    offline: 'Немає з’єднання — ваші ідеї буде надіслано, щойно воно відновиться.',
    polling: 'Підключено (регулярне оновлення)',
    local: 'Лише на цьому пристрої',
    newIdeas: (ideas) =>
      count(ideas, { one: 'нова ідея', few: 'нові ідеї', many: 'нових ідей', other: 'нової ідеї' }),
    views: { board: 'Дошка', presentation: 'Презентація', results: 'Результати' },
    fullscreen: 'На весь екран',
    moderator: {
      toolbar: 'Модерація',
      reveal: 'Відкрити ідеї',
      lock: 'Заблокувати дошку',
      unlock: 'Розблокувати дошку',
      clear: 'Видалити всі ідеї',
      clearConfirm: 'Справді видалити всі ідеї? Цю дію неможливо скасувати.',
      hide: (text) => `Приховати «${text}»`,
      show: (text) => `Показати «${text}»`,
      markInsight: (text) => `Позначити «${text}» як головний висновок`,
      unmarkInsight: (text) => `Зняти з «${text}» позначку головного висновку`,
      mergeInto: 'Об’єднати з',
      merge: 'Об’єднати',
      noMergeTarget: 'До цього запитання немає інших ідей',
    },
  },

  partnerJoin: {
    title: 'Долучитися до мережі',
    intro: 'Ваша організація хоче долучитися? Надішліть нам запит, і ми з вами зв’яжемося.',
    name: 'Назва організації',
    category: 'Група',
    type: 'Тип організації',
    typeOther: 'Інший тип',
    contactName: 'Контактна особа',
    email: 'Адреса ел. пошти',
    phone: 'Телефон',
    website: 'Вебсайт',
    message: 'Повідомлення',
    address: 'Адреса',
    addressHint: 'Вулиця, поштовий індекс, місто',
    offers: 'Пропозиції',
    offersHint: 'Кілька пропозицій розділяйте комами або пишіть кожну з нового рядка.',
    description: 'Короткий опис',
    publish: 'Публікація',
    publicFields: 'Публічно у списку й на мапі: назва, група, тип, адреса, пропозиції, опис, вебсайт.',
    privateFields: 'Не публікуються: контактна особа, ел. пошта, телефон, повідомлення.',
    publishConsent: 'Ми погоджуємося на публікацію публічних даних у списку й на мапі.',
    optional: '(необов’язково)',
    submit: 'Надіслати запит',
    sending: 'Надсилання…',
    success: 'Дякуємо! Ваш запит отримано.',
    reference: 'Номер вашого запиту:',
    nextSteps:
      'Команда мережі розгляне ваш запит і відповість електронною поштою. Коли вашу організацію приймуть, вона з’явиться у списку й на мапі.',
    failed: 'Не вдалося надіслати запит. Введені дані збережено.',
    fixErrors: (fields) =>
      `Виправте, будь ласка, ${count(fields, { one: 'поле', few: 'поля', many: 'полів', other: 'поля' })}.`,
    errors: {
      required: 'Заповніть це поле.',
      email: 'Введіть дійсну адресу ел. пошти, наприклад name@example.de.',
      url: 'Введіть дійсну вебадресу, наприклад www.example.de.',
      phone: 'Введіть номер телефону цифрами.',
      tooLong: 'Цей текст задовгий.',
      publish: 'Погодьтеся, будь ласка, на публікацію. Без цього ми не можемо додати вашу організацію до списку й мапи.',
    },
    privacy: 'Ваші дані буде використано лише для того, щоб додати вашу організацію до мережі.',
    trap: 'Залиште це поле порожнім',
  },

  partnerAdmin: {
    requestsTitle: 'Запити на приєднання',
    newCount: (requests) => count(requests, { one: 'новий', few: 'нові', many: 'нових', other: 'нового' }),
    noRequests: 'Нових запитів немає.',
    handledTitle: (requests) => `Опрацьовані запити (${n(requests)})`,
    retentionNote: 'Опрацьовані запити сервер видаляє автоматично, коли мине строк зберігання.',
    statuses: { new: 'Новий', accepted: 'Прийнято', declined: 'Відхилено' },
    handled: (status, date) => `${status} ${date}`,
    contact: 'Контакт (не публікується)',
    messageLabel: 'Повідомлення',
    review: 'Перевірити й прийняти',
    decline: 'Відхилити',
    deleteRequest: 'Видалити запит',
    confirmDelete: (name) => `Справді видалити «${name}»? Цю дію неможливо скасувати.`,
    confirmYes: 'Так, видалити',
    cancel: 'Скасувати',
    partnersTitle: (partners) => `Партнери (${n(partners)})`,
    addPartner: 'Додати партнера',
    filterText: 'Пошук у записах',
    staleOnly: (stale) => `Лише не підтверджені понад рік (${n(stale)})`,
    confirmedColumn: 'Востаннє підтверджено',
    neverConfirmed: 'Ще не підтверджено',
    confirmedOn: (date) => `Підтверджено ${date}`,
    edit: 'Редагувати',
    showMore: (more) => `Показати ще ${n(more)}`,
    noPartners: 'Жоден запис не відповідає цьому пошуку.',
    newTitle: 'Новий партнер',
    editTitle: (name) => `Редагування: ${name}`,
    acceptTitle: (name) => `Прийняття запиту: ${name}`,
    requestSummary: (reference, date) => `Запит ${reference} від ${date}`,
    notPublic: 'Ці дані залишаються в команди мережі й не публікуються.',
    activeInIja: 'Уже працює в міжнародній молодіжній роботі',
    confirmedAt: 'Востаннє підтверджено',
    today: 'Підтверджено сьогодні',
    publishConsent: 'Організація погодилася на публікацію.',
    publishMissing:
      'Організація в запиті не погодилася на публікацію. Отримайте її згоду, перш ніж приймати організацію до мережі.',
    save: 'Зберегти',
    acceptSave: 'Прийняти й опублікувати',
    saving: 'Збереження…',
    removePartner: 'Видалити запис',
    saveFailed: 'Не збережено. Введені дані не втрачено.',
    errors: {
      required: 'Заповніть це поле.',
      email: 'Введіть дійсну адресу ел. пошти, наприклад name@example.de.',
      url: 'Введіть дійсну вебадресу, наприклад www.example.de.',
      phone: 'Введіть номер телефону цифрами.',
      tooLong: 'Цей текст задовгий.',
      coordinate: 'Введіть широту й довготу числами, наприклад 51,5136 і 7,4653.',
      date: 'Введіть дату.',
      publish: 'Без згоди на публікацію організацію не можна прийняти.',
    },
    location: 'Розташування',
    locationHint:
      'Клацніть на мапі, перетягніть мітку або введіть координати. З клавіатури: пересуньте мапу клавішами зі стрілками й виберіть «Поставити мітку в центр мапи» або перейдіть до мітки й пересувайте її клавішами зі стрілками.',
    latitude: 'Широта',
    longitude: 'Довгота',
    pinToCenter: 'Поставити мітку в центр мапи',
    removeLocation: 'Видалити розташування',
    mapConsent: (host) => `Мапа завантажує зображення із сервера ${host}, і цей сервіс отримує вашу IP-адресу.`,
    loadMap: 'Завантажити мапу',
    pinLabel: 'Мітка, пересувайте клавішами зі стрілками',
    mapLabel: 'Мапа для вибору розташування',
    findAddress: 'Знайти адресу на мапі',
    geocoderNote: (host) => `Для цього адресу буде надіслано на сервер ${host}.`,
    searching: 'Пошук…',
    noMatches: 'За цією адресою нічого не знайдено. Перевірте написання або поставте мітку на мапі.',
    useResult: 'Застосувати',
    geocoderFailed: 'Сервіс пошуку адрес не відповів. Поставте мітку на мапі.',
    saved: (name) => `«${name}» збережено.`,
    added: (name) => `«${name}» додано.`,
    accepted: (name) => `«${name}» прийнято. Запис тепер публічний.`,
    declined: (name) => `Запит від «${name}» відхилено.`,
    requestDeleted: (name) => `Запит від «${name}» видалено.`,
    partnerDeleted: (name) => `«${name}» видалено.`,
    actionFailed: 'Не вдалося виконати дію.',
    spreadsheetTitle: 'Імпорт і експорт таблиці',
    importIntro:
      'Таблиця з Excel чи LibreOffice (XLSX або CSV) зі стовпцями на кшталт «Назва», «Група», «Тип», «Вулиця», «Поштовий індекс», «Місто». Спершу таблицю лише перевіряють; дані буде записано тільки тоді, коли ви підтвердите імпорт. Найнадійніше: спершу експортуйте дані, відредагуйте таблицю й знову імпортуйте її.',
    chooseFile: 'Вибрати таблицю (XLSX або CSV)',
    checking: 'Перевірка таблиці…',
    reportSummary: (added, changed, unchanged, refused) =>
      `Таблицю перевірено. Нові: ${n(added)}, змінені: ${n(changed)}, без змін: ${n(unchanged)}, з помилками: ${count(
        refused,
        ROWS,
      )}. Ще нічого не збережено.`,
    reportColumns: { row: 'Рядок', name: 'Назва', action: 'Результат', notes: 'Примітки' },
    actions: { add: 'Новий', change: 'Змінено', unchanged: 'Без змін', refuse: 'Не імпортовано' },
    refusedNote: 'Рядки з помилками не імпортуються. Виправте їх у таблиці й імпортуйте таблицю ще раз.',
    writeImport: (rows) => `Підтвердити імпорт (${count(rows, ROWS)})`,
    nothingToImport: 'Таблиця не містить змін.',
    importing: 'Імпорт…',
    imported: (added, changed) => `Імпортовано. Нові: ${n(added)}, змінені: ${n(changed)}.`,
    importFailed: 'Не вдалося обробити таблицю.',
    exportCsv: 'Завантажити як CSV',
    exportXlsx: 'Завантажити як таблицю Excel (XLSX)',
    exportFailed: 'Не вдалося експортувати дані.',
    notAllowed: 'Ключ мережі відсутній або неправильний. Увійдіть за допомогою ключа мережі.',
    readOnly: 'Це джерело даних не може нічого зберігати. Для керування потрібен сервер з інтерфейсом REST.',
  },

  partnerGaps: {
    title: 'Кого ще бракує?',
    intro: 'Цих рекомендованих типів партнерів ще немає в мережі. Це готовий список запрошень на наступну робочу зустріч.',
    allCovered: 'Усі рекомендовані типи партнерів уже є в мережі.',
    present: (present, total) => `представлено ${n(present)} з ${n(total)}`,
    downloadCsv: 'Завантажити як таблицю (CSV)',
    downloadText: 'Завантажити як текст',
    columns: ['Група', 'Тип партнера'],
  },

  agendaEdit: {
    toolbar: 'Редагування програми дня',
    moveUp: (title) => `Перемістити «${title}» вгору`,
    moveDown: (title) => `Перемістити «${title}» вниз`,
    dragHandle: (title) => `Перемістити «${title}» (клавішами зі стрілками або перетягуванням)`,
    remove: (title) => `Видалити «${title}»`,
    durationLabel: 'Тривалість у хвилинах',
    pinLabel: 'Зафіксувати час',
    add: 'Додати пункт програми',
    newTitle: 'Назва',
    newType: 'Тип',
    newDuration: 'Тривалість у хвилинах',
    titleRequired: 'Введіть, будь ласка, назву.',
    undo: 'Скасувати',
    save: 'Зберегти',
    saving: 'Збереження…',
    saved: 'Збережено.',
    saveFailed: 'Не вдалося зберегти. Ваші зміни не втрачено.',
    unsaved: 'Незбережені зміни',
    downloadJson: 'Завантажити JSON',
    downloadHint: 'Без сервера: завантажте файл і підключіть його через атрибут src.',
    moved: (title, position, start) => `«${title}» тепер пункт ${n(position)}, початок о ${start}.`,
    removed: (title) => `«${title}» видалено.`,
    added: (title, start) => `«${title}» додано, початок о ${start}.`,
    undone: 'Останню зміну скасовано.',
  },

  planCheck: {
    title: 'Самоперевірка: на якому етапі наша громада?',
    intro:
      'Дайте відповіді на запитання до кожного пункту. Результат покаже, на якому етапі ви перебуваєте, і запропонує наступні кроки. Нічого не зберігається й не надсилається.',
    answers: { yes: 'Так', partly: 'Частково', no: 'Ні' },
    answered: (answered, total) =>
      `Є відповіді на ${n(answered)} з ${count(total, { one: 'запитання', few: 'запитань', many: 'запитань', other: 'запитання' })}`,
    level: 'Рівень',
    levels: { start: 'На початку', growing: 'На шляху', anchored: 'Закріплено' },
    notAnswered: 'Ще без відповіді',
    nextSteps: 'Наступні кроки',
    overall: (percent) => `Загальний результат: ${percentOf(percent / 100)}`,
    download: 'Завантажити результат',
    compare: 'Порівняти з попереднім результатом',
    compareHint: 'Виберіть файл із результатом, який ви завантажили раніше.',
    comparedWith: (date) => `Порівняння з результатом від ${date}`,
    changes: { up: 'краще, ніж раніше', down: 'гірше, ніж раніше', same: 'без змін', new: 'нова відповідь' },
    readFailed: 'Не вдалося прочитати файл.',
  },

  boardResults: {
    title: 'Результати',
    insights: 'Головні висновки',
    noInsights: 'Головних висновків ще не позначено.',
    exportMarkdown: 'Завантажити як Markdown',
    exportCsv: 'Завантажити як таблицю (CSV)',
    exportJson: 'Завантажити як JSON',
    print: 'Друкувати',
    exportedAt: (date) => `Станом на ${date}`,
    question: 'Запитання',
    idea: 'Ідея',
    votes: 'Голоси',
    insight: 'Головний висновок',
    yes: 'Так',
  },

  partnerMapView: {
    region: 'Мапа партнерів',
    marker: (name, group) => `${name}, ${group}`,
    cluster: (total, names) => {
      const shown = names.slice(0, 3);
      const rest = total - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} та ще ${n(rest)}` : new Intl.ListFormat('uk').format(shown);
      return `${count(total, PARTNERS)}: ${list}. Натисніть Enter, щоб наблизити.`;
    },
    zoomIn: 'Наблизити',
    zoomOut: 'Віддалити',
    loading: 'Мапа завантажується…',
    failed: 'Не вдалося завантажити мапу. Усі партнери є у списку.',
    attribution: 'Дані мапи',
  },
};

export default messages;
