import type { Messages } from '../messages/types.js';

/**
 * Arabic texts of the widgets. Decisions: Modern Standard Arabic in a polite, plain register; the reader is
 * addressed without gendered forms: requests as «يُرجى» + verbal noun, buttons as verbal nouns (حفظ، إرسال), the
 * unvocalised suffix ـك (فكرتك، لديك) instead of masculine or feminine imperatives.
 * Quotes «…» with the quoted user text (titles, ideas, names, hosts — often German) in an FSI isolate.
 * Glossary: internationale Jugendarbeit = العمل الشبابي الدولي; Leitfrage = سؤال توجيهي; Idee = فكرة; Stimme = صوت;
 * zentrale Erkenntnis = استنتاج رئيسي; Moderation = إدارة الجلسة; Board = اللوحة; Partner*in = جهة شريكة;
 * Programmpunkt = فقرة; Schritt = خطوة; Selbstcheck = تقييم ذاتي; Karte = الخريطة; Werkstattgespräch = ورشة حوار.
 * German institutions keep their German name in brackets (Jobcenter, ARGE, IHK …), as they read on the building.
 */

const plural = new Intl.PluralRules('ar');
const n = new Intl.NumberFormat('ar').format;
/** Percentages come as whole numbers (42 for 42 %). */
const percentFormat = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format;
const pct = (value: number) => percentFormat(value / 100);
/** HTTP status codes are codes, not amounts: no digit grouping. */
const code = new Intl.NumberFormat('ar', { useGrouping: false }).format;

/** The six Arabic plural forms of a phrase; `#` stands for the formatted number. */
type Forms = Record<Intl.LDMLPluralRule, string>;
const count = (value: number, forms: Forms) => forms[plural.select(value)].replace('#', n(value));

/** Keeps user text (often German) from reordering the Arabic around it. */
const iso = (text: string) => `\u2068${text}\u2069`;
const q = (text: string) => `«${iso(text)}»`;

const messages: Messages = {
  common: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    empty: 'لا توجد إدخالات بعد.',
    loadFailed: 'تعذّر تحميل المحتوى.',
    errors: {
      network: 'لا يمكن الوصول إلى الخادم حاليًا. يُرجى التحقق من الاتصال بالإنترنت.',
      timeout: 'لم يردّ الخادم في الوقت المحدد.',
      http: 'رفض الخادم الطلب.',
      'invalid-data': 'البيانات غير صحيحة ولا يمكن عرضها.',
      'read-only': 'لا يمكن حفظ التغييرات في مصدر البيانات هذا.',
      unknown: 'حدث خطأ غير متوقع.',
    },
    httpStatus: (status) => `رمز ردّ الخادم: ${code(status)}.`,
    droppedRecords: (dropped) =>
      count(dropped, {
        zero: 'لم يُستبعد أي إدخال.',
        one: 'لم يُعرض إدخال واحد لأنه غير صالح.',
        two: 'لم يُعرض إدخالان لأنهما غير صالحين.',
        few: 'لم تُعرض # إدخالات لأنها غير صالحة.',
        many: 'لم يُعرض # إدخالًا لأنها غير صالحة.',
        other: 'لم يُعرض # إدخال لأنها غير صالحة.',
      }),
    retryInSeconds: (seconds) =>
      count(seconds, {
        zero: 'يُرجى المحاولة مرة أخرى الآن.',
        one: 'يُرجى المحاولة مرة أخرى بعد ثانية واحدة.',
        two: 'يُرجى المحاولة مرة أخرى بعد ثانيتين.',
        few: 'يُرجى المحاولة مرة أخرى بعد # ثوانٍ.',
        many: 'يُرجى المحاولة مرة أخرى بعد # ثانية.',
        other: 'يُرجى المحاولة مرة أخرى بعد # ثانية.',
      }),
  },

  agenda: {
    label: 'برنامج اليوم',
    template: 'نموذج – لم يُحدَّد التاريخ بعد',
    itemTypes: {
      welcome: 'ترحيب',
      intro: 'مقدمة',
      input: 'مداخلة',
      presentation: 'عرض تعريفي',
      practice: 'مثال عملي',
      discussion: 'نقاش',
      break: 'استراحة',
      closing: 'ختام',
      other: 'فقرة',
    },
    timeRangeSpoken: (start, end) => `من ${start} إلى ${end}`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${n(rest)} د`;
      return rest === 0 ? `${n(hours)} س` : `${n(hours)} س ${n(rest)} د`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const h = count(hours, {
        zero: '# ساعة',
        one: 'ساعة واحدة',
        two: 'ساعتان',
        few: '# ساعات',
        many: '# ساعة',
        other: '# ساعة',
      });
      const m = count(rest, {
        zero: '# دقيقة',
        one: 'دقيقة واحدة',
        two: 'دقيقتان',
        few: '# دقائق',
        many: '# دقيقة',
        other: '# دقيقة',
      });
      if (hours === 0) return m;
      return rest === 0 ? h : `${h} و${m}`;
    },
    now: 'الآن',
    next: 'التالي',
    nowAnnouncement: (title) => `الآن: ${iso(title)}`,
    speaker: 'مع',
    showMore: 'عرض المزيد',
    showLess: 'عرض أقل',
    toBoard: 'إلى الأسئلة التوجيهية',
    addToCalendar: 'إضافة إلى التقويم',
    calendarWholeDay: 'اليوم كله كموعد واحد',
    calendarEachItem: 'كل فقرة كموعد مستقل',
    calendarFormat: 'طريقة الإضافة إلى التقويم',
    calendarNeedsDate: 'يمكن إضافة اليوم إلى التقويم حين يُحدَّد التاريخ.',
    problems: {
      'ends-before-start': 'وقت الانتهاء ليس بعد وقت البدء.',
      overlap: (other) => `تتداخل زمنيًا مع ${q(other)}.`,
      'out-of-order': 'ليست في ترتيبها الزمني الصحيح في البيانات.',
      'unknown-type': (type) => `النوع ${q(type)} غير معروف، لذا تُعرض كفقرة عامة.`,
    },
  },

  partnerMap: {
    label: 'شبكة العمل الشبابي الدولي',
    categories: {
      vereine: 'الجمعيات',
      jugendarbeit: 'جهات العمل الشبابي',
      politik: 'السياسة',
      'schule-beruf': 'الانتقال من المدرسة إلى العمل',
    },
    types: {
      staedtepartnerschaft: 'جمعيات توأمة المدن',
      jugendring: 'اتحاد الجمعيات الشبابية المحلي (Jugendring)',
      'vereine-junger-migrantinnen': 'جمعيات الشابات والشباب من أصول مهاجرة',
      'migrantinnen-selbstorganisationen': 'منظمات ذاتية للمهاجرات والمهاجرين',
      'kommunale-jugendarbeit': 'مرافق العمل الشبابي التابعة للبلدية',
      'freie-traeger': 'جهات أهلية مستقلة للعمل الشبابي',
      jugendsozialarbeit: 'جهات العمل الاجتماعي مع الشباب',
      jugendmigrationsdienst: 'خدمات الهجرة للشباب (JMD)',
      jugendunterkunft: 'بيوت الشباب غير الربحية',
      jugendhilfeplanung: 'مسؤولات ومسؤولو تخطيط رعاية الشباب',
      integrationsbeauftragte: 'مفوَّض/ة شؤون الاندماج',
      'politik-entscheidung': 'صنّاع القرار السياسي (مثل أعضاء المجلس البلدي)',
      arge: 'تجمّع وكالة العمل والبلدية (ARGE)',
      jobcenter: 'مركز التوظيف (Jobcenter)',
      handwerkskammer: 'غرفة الحِرف (Handwerkskammer)',
      ihk: 'غرفة الصناعة والتجارة (IHK)',
      jugendberufshilfe: 'المساعدة المهنية للشباب',
      schulen: 'المدارس',
    },
    views: { list: 'القائمة', map: 'الخريطة', gaps: 'من ينقصنا؟', join: 'الانضمام', admin: 'الإدارة' },
    viewsLabel: 'طريقة العرض',
    filters: 'التصفية',
    search: 'بحث',
    searchHint: 'الاسم أو النوع أو المكان أو النشاط',
    category: 'المجموعة',
    type: 'النوع',
    offer: 'النشاط',
    all: 'الكل',
    newToIja: 'الجديدة في العمل الشبابي الدولي فقط',
    newToIjaBadge: 'جديدة في العمل الشبابي الدولي',
    resetFilters: 'مسح التصفية',
    resultCount: (shown, total) =>
      shown === total
        ? count(total, {
            zero: 'لا توجد جهات شريكة',
            one: 'جهة شريكة واحدة',
            two: 'جهتان شريكتان',
            few: '# جهات شريكة',
            many: '# جهة شريكة',
            other: '# جهة شريكة',
          })
        : `${n(shown)} من أصل ${count(total, {
            zero: '# جهة شريكة',
            one: 'جهة شريكة واحدة',
            two: 'جهتين شريكتين',
            few: '# جهات شريكة',
            many: '# جهة شريكة',
            other: '# جهة شريكة',
          })}`,
    groupCount: (entries) =>
      count(entries, {
        zero: 'لا إدخالات',
        one: 'إدخال واحد',
        two: 'إدخالان',
        few: '# إدخالات',
        many: '# إدخالًا',
        other: '# إدخال',
      }),
    noResults: 'لا توجد جهات شريكة تطابق معايير التصفية هذه.',
    emptyNetwork:
      'لم تُسجَّل أي جهة شريكة بعد. يعرض قسم «من ينقصنا؟» أنواع الجهات الشريكة التي توصي بها ورقة المعلومات (Factsheet).',
    website: 'الموقع الإلكتروني',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    offers: 'الأنشطة',
    noLocation: (missing) =>
      count(missing, {
        zero: 'لكل الجهات الشريكة بيانات موقع.',
        one: 'جهة شريكة واحدة بلا بيانات موقع، لذا تظهر في القائمة فقط.',
        two: 'جهتان شريكتان بلا بيانات موقع، لذا تظهران في القائمة فقط.',
        few: '# جهات شريكة بلا بيانات موقع، لذا تظهر في القائمة فقط.',
        many: '# جهة شريكة بلا بيانات موقع، لذا تظهر في القائمة فقط.',
        other: '# جهة شريكة بلا بيانات موقع، لذا تظهر في القائمة فقط.',
      }),
    showOnMap: 'عرض على الخريطة',
    showInList: 'عرض في القائمة',
    map: {
      consentTitle: 'عرض الخريطة؟',
      consentText: (host) =>
        `تُحمِّل الخريطة صورها من ${iso(host)}، وبذلك يُرسَل عنوان IP الخاص بك إلى هذه الخدمة. وتعرض القائمة جميع الجهات الشريكة حتى دون الخريطة.`,
      consentButton: 'تحميل الخريطة',
    },
  },

  plan: {
    statuses: { open: 'لم يبدأ بعد', 'in-progress': 'قيد التنفيذ', done: 'مكتمل' },
    statusLabel: 'الحالة',
    stepsProgress: (done, total) =>
      count(done, {
        zero: 'لم تُنجَز أي خطوة',
        one: 'أُنجزت خطوة واحدة',
        two: 'أُنجزت خطوتان',
        few: 'أُنجزت # خطوات',
        many: 'أُنجزت # خطوة',
        other: 'أُنجزت # خطوة',
      }) + ` من أصل ${n(total)}`,
    overall: (percent) => `التقدم الإجمالي: ${pct(percent)}`,
    overallDetail: (done, inProgress, open) =>
      `${n(done)} مكتمل، ${n(inProgress)} قيد التنفيذ، ${n(open)} لم يبدأ بعد`,
    showSteps: 'عرض الخطوات',
    hideSteps: 'إخفاء الخطوات',
    stepDone: 'منجزة',
    stepOpen: 'غير منجزة',
    responsible: 'المسؤولية',
    targetDate: 'الموعد المستهدف',
    updatedAt: 'آخر تعديل',
    next: 'الانتقال إلى',
    edit: {
      saving: 'جارٍ الحفظ…',
      saved: 'تم الحفظ.',
      saveFailed: 'تعذّر الحفظ. لن يضيع التغيير.',
      downloadJson: 'تنزيل الخطة بصيغة JSON',
      downloadHint: 'بدون خادم تبقى التغييرات في هذه الصفحة فقط. يمكنك تنزيل الملف وتضمينه في الصفحة عبر src.',
    },
  },

  board: {
    label: 'لوحة الأسئلة التوجيهية',
    questionOf: (index, total) => `السؤال ${n(index)} من ${n(total)}`,
    previous: 'السؤال السابق',
    next: 'السؤال التالي',
    chooseQuestion: 'اختيار السؤال',
    addIdea: 'إضافة فكرة',
    ideaLabel: (question) => `فكرتك حول: ${iso(question)}`,
    charactersLeft: (left) =>
      count(left, {
        zero: 'لم يتبقَّ أي حرف',
        one: 'يتبقى حرف واحد',
        two: 'يتبقى حرفان',
        few: 'يتبقى # أحرف',
        many: 'يتبقى # حرفًا',
        other: 'يتبقى # حرف',
      }),
    tooLong: (max) =>
      `الحد الأقصى: ${count(max, {
        zero: '# حرف',
        one: 'حرف واحد',
        two: 'حرفان',
        few: '# أحرف',
        many: '# حرفًا',
        other: '# حرف',
      })}.`,
    emptyIdea: 'يُرجى كتابة فكرتك أولًا.',
    noIdeas: 'لا توجد أفكار بعد.',
    votes: (votes) =>
      count(votes, {
        zero: 'لا أصوات',
        one: 'صوت واحد',
        two: 'صوتان',
        few: '# أصوات',
        many: '# صوتًا',
        other: '# صوت',
      }),
    vote: (text) => `التصويت لفكرة ${q(text)}`,
    unvote: (text) => `سحب صوتك من فكرة ${q(text)}`,
    votesLeft: (left, total) =>
      count(left, {
        zero: 'لم يتبقَّ لك أي صوت',
        one: 'تبقّى لك صوت واحد',
        two: 'تبقّى لك صوتان',
        few: 'تبقّى لك # أصوات',
        many: 'تبقّى لك # صوتًا',
        other: 'تبقّى لك # صوت',
      }) + ` من أصل ${n(total)}.`,
    noVotesLeft: 'لقد استخدمت جميع أصواتك. لإعادة التصويت يمكنك سحب أحد أصواتك أولًا.',
    yours: 'فكرتك',
    edit: (text) => `تعديل ${q(text)}`,
    save: 'حفظ',
    cancel: 'إلغاء',
    remove: (text) => `حذف ${q(text)}`,
    sending: 'جارٍ الإرسال…',
    rejected: (reason) => `لم يتم القبول: ${reason}`,
    retry: 'إعادة الإرسال',
    discard: 'تجاهل',
    reasons: {
      locked: 'اللوحة مقفلة.',
      cap: 'استُخدمت جميع الأصوات.',
      tooLong: 'النص طويل جدًا.',
      gone: 'هذه الفكرة لم تعد موجودة.',
      other: 'رفض الخادم الطلب.',
    },
    insight: 'استنتاج رئيسي',
    hiddenIdea: 'فكرة مخفية',
    locked: 'اللوحة مقفلة: لا يمكن إضافة أفكار أو أصوات جديدة.',
    waitingForReveal: 'تظهر أفكار الآخرين عندما تكشفها إدارة الجلسة.',
    live: 'متصل مباشرة',
    connecting: 'جارٍ الاتصال…',
    offline: 'لا يوجد اتصال – ستُرسَل أفكارك عند عودة الاتصال.',
    polling: 'متصل (يُحدَّث بانتظام)',
    local: 'على هذا الجهاز فقط',
    newIdeas: (ideas) =>
      count(ideas, {
        zero: 'لا أفكار جديدة',
        one: 'فكرة جديدة واحدة',
        two: 'فكرتان جديدتان',
        few: '# أفكار جديدة',
        many: '# فكرة جديدة',
        other: '# فكرة جديدة',
      }),
    views: { board: 'اللوحة', presentation: 'العرض التقديمي', results: 'النتائج' },
    fullscreen: 'ملء الشاشة',
    moderator: {
      toolbar: 'إدارة الجلسة',
      reveal: 'كشف الأفكار',
      lock: 'قفل اللوحة',
      unlock: 'فتح اللوحة',
      clear: 'حذف كل الأفكار',
      clearConfirm: 'هل تريد حقًا حذف كل الأفكار؟ لا يمكن التراجع عن ذلك.',
      hide: (text) => `إخفاء ${q(text)}`,
      show: (text) => `إظهار ${q(text)}`,
      markInsight: (text) => `تحديد ${q(text)} كاستنتاج رئيسي`,
      unmarkInsight: (text) => `إلغاء تحديد ${q(text)} كاستنتاج رئيسي`,
      mergeInto: 'دمج مع',
      merge: 'دمج',
      noMergeTarget: 'لا توجد فكرة أخرى لهذا السؤال',
    },
  },

  partnerJoin: {
    title: 'الانضمام إلى الشبكة',
    intro: 'هل ترغب مؤسستك في الانضمام إلى الشبكة؟ يمكنك إرسال طلب إلينا، وسنتواصل معك.',
    name: 'اسم المؤسسة',
    category: 'المجموعة',
    type: 'نوع المؤسسة',
    typeOther: 'نوع آخر',
    contactName: 'مسؤول/ة التواصل',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    website: 'الموقع الإلكتروني',
    message: 'الرسالة',
    address: 'العنوان',
    addressHint: 'الشارع، الرمز البريدي، المدينة',
    offers: 'الأنشطة',
    offersHint: 'يُرجى الفصل بين الأنشطة بفاصلة أو بسطر جديد.',
    description: 'وصف موجز',
    publish: 'النشر',
    publicFields: 'يظهر للعموم في القائمة وعلى الخريطة: الاسم، المجموعة، النوع، العنوان، الأنشطة، الوصف، الموقع الإلكتروني.',
    privateFields: 'لا يظهر للعموم: مسؤول/ة التواصل، البريد الإلكتروني، الهاتف، الرسالة.',
    publishConsent: 'نوافق على نشر البيانات العامة في القائمة وعلى الخريطة.',
    optional: '(اختياري)',
    submit: 'إرسال الطلب',
    sending: 'جارٍ الإرسال…',
    success: 'شكرًا لك! وصلنا طلبك.',
    reference: 'رقم طلبك:',
    nextSteps:
      'سيراجع فريق الشبكة طلبك ويردّ عليك بالبريد الإلكتروني. وبعد قبول مؤسستك تظهر في القائمة وعلى الخريطة.',
    failed: 'تعذّر إرسال الطلب. البيانات التي أدخلتها لن تضيع.',
    fixErrors: (fields) =>
      count(fields, {
        zero: 'لا توجد حقول تحتاج إلى تصحيح.',
        one: 'يُرجى تصحيح حقل واحد.',
        two: 'يُرجى تصحيح حقلين.',
        few: 'يُرجى تصحيح # حقول.',
        many: 'يُرجى تصحيح # حقلًا.',
        other: 'يُرجى تصحيح # حقل.',
      }),
    errors: {
      required: 'يُرجى ملء هذا الحقل.',
      email: `يُرجى إدخال بريد إلكتروني صحيح، مثل ${iso('name@beispiel.de')}.`,
      url: `يُرجى إدخال عنوان موقع صحيح، مثل ${iso('www.beispiel.de')}.`,
      phone: 'يُرجى إدخال رقم هاتف بالأرقام.',
      tooLong: 'هذا النص طويل جدًا.',
      publish: 'يُرجى الموافقة على النشر، إذ لا يمكن إضافة مؤسستك إلى القائمة والخريطة من دونها.',
    },
    privacy: 'لا تُستخدم بياناتك إلا لإضافة مؤسستك إلى الشبكة.',
    trap: 'يُرجى ترك هذا الحقل فارغًا',
  },

  partnerAdmin: {
    requestsTitle: 'طلبات الانضمام',
    newCount: (requests) =>
      count(requests, {
        zero: 'لا طلبات جديدة',
        one: 'طلب جديد واحد',
        two: 'طلبان جديدان',
        few: '# طلبات جديدة',
        many: '# طلبًا جديدًا',
        other: '# طلب جديد',
      }),
    noRequests: 'لا توجد طلبات جديدة.',
    handledTitle: (requests) => `الطلبات المعالَجة (${n(requests)})`,
    retentionNote: 'يحذف الخادم الطلبات المعالَجة تلقائيًا بعد انتهاء مدة الاحتفاظ بها.',
    statuses: { new: 'جديد', accepted: 'مقبول', declined: 'مرفوض' },
    handled: (status, date) => `${status} بتاريخ ${date}`,
    contact: 'بيانات التواصل (لا تُنشر)',
    messageLabel: 'الرسالة',
    review: 'مراجعة وقبول',
    decline: 'رفض',
    deleteRequest: 'حذف الطلب',
    confirmDelete: (name) => `هل تريد حقًا حذف ${q(name)}؟ لا يمكن التراجع عن ذلك.`,
    confirmYes: 'تأكيد الحذف',
    cancel: 'إلغاء',
    partnersTitle: (partners) => `الجهات الشريكة (${n(partners)})`,
    addPartner: 'إضافة جهة شريكة',
    filterText: 'البحث في الإدخالات',
    staleOnly: (stale) => `الإدخالات غير المؤكَّدة منذ أكثر من عام فقط (${n(stale)})`,
    confirmedColumn: 'آخر تأكيد',
    neverConfirmed: 'لم يُؤكَّد قط',
    confirmedOn: (date) => `تاريخ التأكيد: ${date}`,
    edit: 'تعديل',
    showMore: (more) =>
      count(more, {
        zero: 'عرض المزيد',
        one: 'عرض إدخال آخر',
        two: 'عرض إدخالين آخرين',
        few: 'عرض # إدخالات أخرى',
        many: 'عرض # إدخالًا آخر',
        other: 'عرض # إدخال آخر',
      }),
    noPartners: 'لا توجد إدخالات تطابق هذا البحث.',
    newTitle: 'جهة شريكة جديدة',
    editTitle: (name) => `تعديل: ${iso(name)}`,
    acceptTitle: (name) => `قبول الطلب: ${iso(name)}`,
    requestSummary: (reference, date) => `الطلب رقم ${iso(reference)} بتاريخ ${date}`,
    notPublic: 'تبقى هذه البيانات لدى فريق الشبكة ولا تُنشر.',
    activeInIja: 'ناشطة بالفعل في العمل الشبابي الدولي',
    confirmedAt: 'تاريخ آخر تأكيد',
    today: 'تم التأكيد اليوم',
    publishConsent: 'وافقت المؤسسة على النشر.',
    publishMissing: 'لم توافق المؤسسة على النشر في طلبها. يُرجى الحصول على موافقتها قبل قبولها.',
    save: 'حفظ',
    acceptSave: 'قبول ونشر',
    saving: 'جارٍ الحفظ…',
    removePartner: 'حذف الإدخال',
    saveFailed: 'تعذّر الحفظ. البيانات التي أدخلتها لن تضيع.',
    errors: {
      required: 'يُرجى ملء هذا الحقل.',
      email: `يُرجى إدخال بريد إلكتروني صحيح، مثل ${iso('name@beispiel.de')}.`,
      url: `يُرجى إدخال عنوان موقع صحيح، مثل ${iso('www.beispiel.de')}.`,
      phone: 'يُرجى إدخال رقم هاتف بالأرقام.',
      tooLong: 'هذا النص طويل جدًا.',
      coordinate: `يُرجى إدخال خط العرض وخط الطول أرقامًا، مثل ${iso('51.5136')} و${iso('7.4653')}.`,
      date: 'يُرجى إدخال تاريخ.',
      publish: 'لا يمكن قبول المؤسسة دون موافقتها على النشر.',
    },
    location: 'الموقع',
    locationHint:
      'يمكن النقر على الخريطة أو سحب الدبوس أو إدخال الإحداثيات. باستخدام لوحة المفاتيح: تحريك الخريطة بمفاتيح الأسهم ثم اختيار «وضع الدبوس في وسط الخريطة»، أو الانتقال إلى الدبوس وتحريكه بمفاتيح الأسهم.',
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    pinToCenter: 'وضع الدبوس في وسط الخريطة',
    removeLocation: 'إزالة الموقع',
    mapConsent: (host) => `تُحمِّل الخريطة صورها من ${iso(host)}، وبذلك يُرسَل عنوان IP الخاص بك إلى هذه الخدمة.`,
    loadMap: 'تحميل الخريطة',
    pinLabel: 'الدبوس، يمكن تحريكه بمفاتيح الأسهم',
    mapLabel: 'خريطة لتحديد الموقع',
    findAddress: 'البحث عن العنوان على الخريطة',
    geocoderNote: (host) => `لهذا الغرض يُرسَل العنوان إلى ${iso(host)}.`,
    searching: 'جارٍ البحث…',
    noMatches: 'لم يُعثر على شيء لهذا العنوان. يُرجى التحقق من الكتابة أو وضع الدبوس على الخريطة.',
    useResult: 'استخدام',
    geocoderFailed: 'لم تستجب خدمة البحث عن العناوين. يُرجى وضع الدبوس على الخريطة.',
    saved: (name) => `تم حفظ ${q(name)}.`,
    added: (name) => `تمت إضافة ${q(name)}.`,
    accepted: (name) => `تم قبول ${q(name)}. الإدخال منشور الآن للعموم.`,
    declined: (name) => `تم رفض طلب ${q(name)}.`,
    requestDeleted: (name) => `تم حذف طلب ${q(name)}.`,
    partnerDeleted: (name) => `تم حذف ${q(name)}.`,
    actionFailed: 'لم تنجح العملية.',
    spreadsheetTitle: 'استيراد جدول وتصديره',
    importIntro:
      'جدول من Excel أو LibreOffice (بصيغة XLSX أو CSV) بأعمدة مثل الاسم والمجموعة والنوع والشارع والرمز البريدي والمدينة. يُفحص الجدول أولًا فقط، ولا يُكتب أي شيء قبل تأكيد الاستيراد. الطريقة الأكثر أمانًا: التصدير أولًا، ثم التعديل في الجدول، ثم الاستيراد من جديد.',
    chooseFile: 'اختيار جدول (XLSX أو CSV)',
    checking: 'جارٍ فحص الجدول…',
    reportSummary: (added, changed, unchanged, refused) =>
      `نتيجة الفحص: ${n(added)} جديد، ${n(changed)} معدَّل، ${n(unchanged)} دون تغيير، ${count(refused, {
        zero: 'لا صفوف فيها أخطاء',
        one: 'صف واحد فيه أخطاء',
        two: 'صفان فيهما أخطاء',
        few: '# صفوف فيها أخطاء',
        many: '# صفًا فيها أخطاء',
        other: '# صف فيها أخطاء',
      })}. لم يُحفظ أي شيء بعد.`,
    reportColumns: { row: 'الصف', name: 'الاسم', action: 'النتيجة', notes: 'ملاحظات' },
    actions: { add: 'جديد', change: 'معدَّل', unchanged: 'دون تغيير', refuse: 'لم يُستورد' },
    refusedNote: 'لا تُستورد الصفوف التي فيها أخطاء. يُرجى تصحيحها في الجدول ثم استيراد الجدول مرة أخرى.',
    writeImport: (rows) =>
      `تأكيد الاستيراد (${count(rows, {
        zero: '# صف',
        one: 'صف واحد',
        two: 'صفان',
        few: '# صفوف',
        many: '# صفًا',
        other: '# صف',
      })})`,
    nothingToImport: 'لا يتضمن الجدول أي تغييرات.',
    importing: 'جارٍ الاستيراد…',
    imported: (added, changed) => `تم الاستيراد: ${n(added)} جديد، ${n(changed)} معدَّل.`,
    importFailed: 'تعذّرت معالجة الجدول.',
    exportCsv: 'تنزيل بصيغة CSV',
    exportXlsx: 'تنزيل كجدول Excel (XLSX)',
    exportFailed: 'لم ينجح التصدير.',
    notAllowed: 'مفتاح الشبكة مفقود أو غير صحيح. يُرجى تسجيل الدخول بمفتاح الشبكة.',
    readOnly: 'لا يمكن حفظ أي شيء في مصدر البيانات هذا. تحتاج الإدارة إلى خادم يوفّر واجهة REST.',
  },

  partnerGaps: {
    title: 'من ينقصنا؟',
    intro:
      'هذه الأنواع الموصى بها من الجهات الشريكة ليست في الشبكة بعد – ويمكن اعتمادها قائمةً للدعوات إلى ورشة الحوار القادمة.',
    allCovered: 'جميع أنواع الجهات الشريكة الموصى بها ممثَّلة في الشبكة.',
    present: (present, total) => `${n(present)} من ${n(total)} ممثَّلة`,
    downloadCsv: 'تنزيل كجدول (CSV)',
    downloadText: 'تنزيل كنص',
    columns: ['المجموعة', 'نوع الجهة الشريكة'],
  },

  agendaEdit: {
    toolbar: 'تعديل برنامج اليوم',
    moveUp: (title) => `نقل ${q(title)} إلى الأعلى`,
    moveDown: (title) => `نقل ${q(title)} إلى الأسفل`,
    dragHandle: (title) => `نقل ${q(title)} (بمفاتيح الأسهم أو بالسحب)`,
    remove: (title) => `إزالة ${q(title)}`,
    durationLabel: 'المدة بالدقائق',
    pinLabel: 'تثبيت الوقت',
    add: 'إضافة فقرة',
    newTitle: 'العنوان',
    newType: 'النوع',
    newDuration: 'المدة بالدقائق',
    titleRequired: 'يُرجى إدخال عنوان.',
    undo: 'تراجع',
    save: 'حفظ',
    saving: 'جارٍ الحفظ…',
    saved: 'تم الحفظ.',
    saveFailed: 'تعذّر الحفظ. لن تضيع تغييراتك.',
    unsaved: 'تغييرات غير محفوظة',
    downloadJson: 'تنزيل بصيغة JSON',
    downloadHint: 'في حال عدم وجود خادم: يمكنك تنزيل الملف وتضمينه في الصفحة عبر src.',
    moved: (title, position, start) => `${q(title)} هي الآن الفقرة ${n(position)}، وتبدأ الساعة ${start}.`,
    removed: (title) => `تمت إزالة ${q(title)}.`,
    added: (title, start) => `تمت إضافة ${q(title)}، وتبدأ الساعة ${start}.`,
    undone: 'تم التراجع عن آخر تغيير.',
  },

  planCheck: {
    title: 'تقييم ذاتي: أين تقف بلديتنا؟',
    intro:
      'يُرجى الإجابة عن الأسئلة الخاصة بكل نقطة. تُظهر النتيجة الوضع الحالي وتقترح الخطوات التالية. لا يُحفظ أي شيء ولا يُرسَل.',
    answers: { yes: 'نعم', partly: 'جزئيًا', no: 'لا' },
    answered: (answered, total) =>
      count(answered, {
        zero: 'لم تتم الإجابة عن أي سؤال',
        one: 'تمت الإجابة عن سؤال واحد',
        two: 'تمت الإجابة عن سؤالين',
        few: 'تمت الإجابة عن # أسئلة',
        many: 'تمت الإجابة عن # سؤالًا',
        other: 'تمت الإجابة عن # سؤال',
      }) + ` من أصل ${n(total)}`,
    level: 'المستوى',
    levels: { start: 'في البداية', growing: 'قيد التقدّم', anchored: 'راسخ مؤسسيًا' },
    notAnswered: 'لم تتم الإجابة بعد',
    nextSteps: 'الخطوات التالية',
    overall: (percent) => `النتيجة الإجمالية: ${pct(percent)}`,
    download: 'تنزيل النتيجة',
    compare: 'مقارنة بنتيجة سابقة',
    compareHint: 'يُرجى اختيار ملف نتيجة نزّلته سابقًا.',
    comparedWith: (date) => `مقارنة بالنتيجة بتاريخ ${date}`,
    changes: { up: 'أفضل من السابق', down: 'أسوأ من السابق', same: 'دون تغيير', new: 'إجابة جديدة' },
    readFailed: 'تعذّرت قراءة الملف.',
  },

  boardResults: {
    title: 'النتائج',
    insights: 'الاستنتاجات الرئيسية',
    noInsights: 'لم يُحدَّد أي استنتاج رئيسي بعد.',
    exportMarkdown: 'تنزيل بصيغة Markdown',
    exportCsv: 'تنزيل كجدول (CSV)',
    exportJson: 'تنزيل بصيغة JSON',
    print: 'طباعة',
    exportedAt: (date) => `حتى تاريخ: ${date}`,
    question: 'السؤال',
    idea: 'الفكرة',
    votes: 'الأصوات',
    insight: 'استنتاج رئيسي',
    yes: 'نعم',
  },

  partnerMapView: {
    region: 'خريطة الجهات الشريكة',
    marker: (name, group) => `${iso(name)} (${group})`,
    cluster: (total, names) => {
      const shown = names.slice(0, 3).map(iso);
      const rest = total - shown.length;
      const list =
        rest > 0
          ? `${shown.join('، ')} ${count(rest, {
              zero: 'و# جهة أخرى',
              one: 'وجهة أخرى',
              two: 'وجهتان أخريان',
              few: 'و# جهات أخرى',
              many: 'و# جهة أخرى',
              other: 'و# جهة أخرى',
            })}`
          : new Intl.ListFormat('ar').format(shown);
      // The number the marker shows starts its name (WCAG 2.5.3), so no dual without a digit here.
      const heading = `${n(total)} – عدد الجهات الشريكة هنا`;
      return `${heading}: ${list}. يمكن التكبير بمفتاح الإدخال (Enter).`;
    },
    zoomIn: 'تكبير الخريطة',
    zoomOut: 'تصغير الخريطة',
    loading: 'جارٍ تحميل الخريطة…',
    failed: 'تعذّر تحميل الخريطة. تعرض القائمة جميع الجهات الشريكة.',
    attribution: 'بيانات الخريطة',
  },
};

export default messages;
