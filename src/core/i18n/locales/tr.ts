import type { Messages } from '../messages/types.js';

/** Turkish has the plural categories one and other; a noun after a number stays singular in both ("1 oy", "5 oy"). */
const plural = new Intl.PluralRules('tr');
const n = new Intl.NumberFormat('tr').format;

/** Picks the form for the count's plural category; `#` stands for the formatted number. */
const count = (value: number, forms: { one: string; other: string }): string =>
  (plural.select(value) === 'one' ? forms.one : forms.other).replace('#', n(value));

/** The last word of a whole number as read aloud decides its suffix (üç -> 3’ü, altı -> 6’sı, kırk -> 40’ı, bin -> 1.000’i). */
const UNIT_SUFFIX = ['', 'i', 'si', 'ü', 'ü', 'i', 'sı', 'si', 'i', 'u'];
const TEN_SUFFIX = ['', 'u', 'si', 'u', 'ı', 'si', 'ı', 'i', 'i', 'ı'];

/** A number with the third-person possessive ending, as in "5 adımdan 2’si". */
function possessive(value: number): string {
  const whole = Math.abs(Math.trunc(value));
  let suffix: string;
  if (whole === 0) suffix = 'ı';
  else if (whole % 10 !== 0) suffix = UNIT_SUFFIX[whole % 10]!;
  else if (whole % 100 !== 0) suffix = TEN_SUFFIX[(whole % 100) / 10]!;
  else if (whole % 1000 !== 0) suffix = 'ü';
  else if (whole % 1_000_000 !== 0) suffix = 'i';
  else if (whole % 1_000_000_000 !== 0) suffix = 'u';
  else suffix = 'ı';
  return `${n(value)}’${suffix}`;
}

/**
 * Turkish texts of the widgets. Decisions: the reader is addressed formally ("siz": "deneyin", "fikriniz"); buttons,
 * tabs and menu items use the short bare imperative usual in Turkish interfaces ("Kaydet", "Oy ver").
 * Quotes are “…”, ellipsis without a space ("Yükleniyor…"), percent before the number ("%50").
 * User texts and times are never suffixed: a noun carries the ending (“…” fikrini sil, “…” ile çakışıyor).
 * Glossary: uluslararası gençlik çalışması, kılavuz soru, fikir, oy / oy hakkı, temel çıkarım, moderasyon / moderatör,
 * pano, ortak / ağ, oturum (programme item), madde (plan point), adım, öz değerlendirme, harita, çalıştay.
 * German institutions keep their German name with a Turkish explanation (Jobcenter, IHK, ARGE, Jugendring …).
 */
const messages: Messages = {
  common: {
    loading: 'Yükleniyor…',
    retry: 'Tekrar dene',
    empty: 'Henüz kayıt yok.',
    loadFailed: 'İçerik yüklenemedi.',
    errors: {
      network: 'Sunucuya şu anda ulaşılamıyor. Lütfen internet bağlantınızı kontrol edin.',
      timeout: 'Sunucu zamanında yanıt vermedi.',
      http: 'Sunucu isteği reddetti.',
      'invalid-data': 'Veriler hatalı olduğu için gösterilemiyor.',
      'read-only': 'Bu veri kaynağı değişiklikleri kaydedemiyor.',
      unknown: 'Beklenmeyen bir hata oluştu.',
    },
    httpStatus: (status) => `Sunucunun yanıt kodu: ${String(status)}.`,
    droppedRecords: (dropped) =>
      count(dropped, {
        one: '# kayıt hatalı olduğu için gösterilmiyor.',
        other: '# kayıt hatalı olduğu için gösterilmiyor.',
      }),
    retryInSeconds: (seconds) =>
      count(seconds, {
        one: 'Lütfen bir saniye sonra tekrar deneyin.',
        other: 'Lütfen # saniye sonra tekrar deneyin.',
      }),
  },
  agenda: {
    label: 'Program akışı',
    template: 'Şablon – henüz tarih yok',
    itemTypes: {
      welcome: 'Karşılama',
      intro: 'Giriş',
      input: 'Kısa sunum',
      presentation: 'Tanıtım',
      practice: 'Uygulama örneği',
      discussion: 'Tartışma',
      break: 'Ara',
      closing: 'Kapanış',
      other: 'Oturum',
    },
    timeRangeSpoken: (start, end) => `saat ${start} ile ${end} arası`,
    duration: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${n(rest)} dk.`;
      return rest === 0 ? `${n(hours)} sa.` : `${n(hours)} sa. ${n(rest)} dk.`;
    },
    durationSpoken: (minutes) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      const h = count(hours, { one: '# saat', other: '# saat' });
      const m = count(rest, { one: '# dakika', other: '# dakika' });
      if (hours === 0) return m;
      return rest === 0 ? h : `${h} ${m}`;
    },
    now: 'Şimdi',
    next: 'Sıradaki',
    nowAnnouncement: (title) => `Şimdi: ${title}`,
    speaker: 'Konuşmacı:',
    showMore: 'Daha fazla göster',
    showLess: 'Daha az göster',
    toBoard: 'Kılavuz sorulara git',
    addToCalendar: 'Takvime ekle',
    calendarWholeDay: 'Tüm gün tek etkinlik olarak',
    calendarEachItem: 'Her oturum ayrı etkinlik olarak',
    calendarFormat: 'Takvim kaydı',
    calendarNeedsDate: 'Tarih belli olunca günün programını takviminize ekleyebilirsiniz.',
    problems: {
      'ends-before-start': 'Başladığı saatte ya da daha önce bitiyor.',
      overlap: (other) => `“${other}” ile çakışıyor.`,
      'out-of-order': 'Verilerde saat sırasına göre yer almıyor.',
      'unknown-type': (type) => `Bilinmeyen tür (“${type}”), oturum olarak gösteriliyor.`,
    },
  },
  partnerMap: {
    label: 'Uluslararası gençlik çalışması ağı',
    categories: {
      vereine: 'Dernekler',
      jugendarbeit: 'Gençlik çalışması kuruluşları',
      politik: 'Siyaset',
      'schule-beruf': 'Okuldan mesleğe geçiş',
    },
    types: {
      staedtepartnerschaft: 'Kardeş şehir dernekleri',
      jugendring: 'Şehir veya bölge gençlik birliği (Stadt-/Kreisjugendring)',
      'vereine-junger-migrantinnen': 'Genç göçmenlerin dernekleri',
      'migrantinnen-selbstorganisationen': 'Göçmen öz örgütleri',
      'kommunale-jugendarbeit': 'Belediyeye bağlı gençlik çalışması kurumları',
      'freie-traeger': 'Bağımsız gençlik çalışması kuruluşları (freie Träger)',
      jugendsozialarbeit: 'Gençlere yönelik sosyal hizmet kuruluşları (Jugendsozialarbeit)',
      jugendmigrationsdienst: 'Jugendmigrationsdienste (genç göçmenlere danışmanlık)',
      jugendunterkunft: 'Kâr amacı gütmeyen gençlik konukevleri',
      jugendhilfeplanung: 'Gençlik yardımı planlamacıları (Jugendhilfeplanung)',
      integrationsbeauftragte: 'Uyum sorumlusu (Integrationsbeauftragte*r)',
      'politik-entscheidung': 'Siyasi karar vericiler (ör. belediye meclisi üyeleri)',
      arge: 'ARGE (iş ajansı ile belediyenin ortak kurumu)',
      jobcenter: 'Jobcenter (iş ve sosyal yardım kurumu)',
      handwerkskammer: 'Handwerkskammer (Esnaf ve Sanatkârlar Odası)',
      ihk: 'IHK (Sanayi ve Ticaret Odası)',
      jugendberufshilfe: 'Gençlere meslek edinme desteği (Jugendberufshilfe)',
      schulen: 'Okullar',
    },
    views: { list: 'Liste', map: 'Harita', gaps: 'Kimler eksik?', join: 'Ağa katıl', admin: 'Yönetim' },
    viewsLabel: 'Görünüm',
    filters: 'Filtreler',
    search: 'Arama',
    searchHint: 'Ad, tür, yer veya faaliyet',
    category: 'Grup',
    type: 'Tür',
    offer: 'Faaliyet',
    all: 'Tümü',
    newToIja: 'Yalnızca uluslararası alanda yeni olanlar',
    newToIjaBadge: 'Uluslararası gençlik çalışmasında yeni',
    resetFilters: 'Filtreleri sıfırla',
    resultCount: (shown, total) => {
      if (shown === total) return count(total, { one: '# ortak', other: '# ortak' });
      return shown === 0 ? `${n(total)} ortaktan hiçbiri` : `${n(total)} ortaktan ${possessive(shown)}`;
    },
    groupCount: (entries) => count(entries, { one: '# kayıt', other: '# kayıt' }),
    noResults: 'Bu filtrelere uyan ortak yok.',
    emptyNetwork:
      'Henüz kayıtlı ortak yok. Bilgi notunun önerdiği ortak türlerini “Kimler eksik?” bölümünde bulabilirsiniz.',
    website: 'Web sitesi',
    email: 'E-posta',
    phone: 'Telefon',
    offers: 'Faaliyetler',
    noLocation: (missing) =>
      count(missing, {
        one: 'Konum bilgisi olmayan # ortak yalnızca listede yer alıyor.',
        other: 'Konum bilgisi olmayan # ortak yalnızca listede yer alıyor.',
      }),
    showOnMap: 'Haritada göster',
    showInList: 'Listede göster',
    map: {
      consentTitle: 'Harita gösterilsin mi?',
      consentText: (host) =>
        `Harita, görüntülerini ${host} üzerinden yükler. Bu sırada IP adresiniz bu hizmete iletilir. Haritayı açmadan da tüm ortakları listede bulabilirsiniz.`,
      consentButton: 'Haritayı yükle',
    },
  },
  plan: {
    statuses: { open: 'Başlanmadı', 'in-progress': 'Devam ediyor', done: 'Tamamlandı' },
    statusLabel: 'Durum',
    stepsProgress: (done, total) => {
      if (plural.select(total) === 'one') return done >= total ? '1 adım, tamamlandı' : '1 adım, henüz tamamlanmadı';
      if (done === 0) return `${n(total)} adımdan hiçbiri henüz tamamlanmadı`;
      return `${n(total)} adımdan ${possessive(done)} tamamlandı`;
    },
    overall: (percent) => `Genel ilerleme: %${n(percent)}`,
    overallDetail: (done, inProgress, open) => `${n(done)} tamamlandı, ${n(inProgress)} devam ediyor, ${n(open)} başlanmadı`,
    showSteps: 'Adımları göster',
    hideSteps: 'Adımları gizle',
    stepDone: 'tamamlandı',
    stepOpen: 'tamamlanmadı',
    responsible: 'Sorumlu',
    targetDate: 'Hedef tarih',
    updatedAt: 'Son değişiklik',
    next: 'Ayrıca bakın',
    edit: {
      saving: 'Kaydediliyor…',
      saved: 'Kaydedildi.',
      saveFailed: 'Kaydedilemedi. Değişiklik korunuyor.',
      downloadJson: 'Planı JSON olarak indir',
      downloadHint:
        'Sunucu olmadan değişiklikler yalnızca bu sayfada kalır. Dosyayı indirin ve src özniteliğiyle sayfaya ekleyin.',
    },
  },
  board: {
    label: 'Kılavuz sorular panosu',
    questionOf: (index, total) => `Soru ${n(index)} (toplam ${n(total)})`,
    previous: 'Önceki soru',
    next: 'Sonraki soru',
    chooseQuestion: 'Soru seç',
    addIdea: 'Fikir ekle',
    ideaLabel: (question) => `Şu soru için fikriniz: ${question}`,
    charactersLeft: (left) => count(left, { one: '# karakter kaldı', other: '# karakter kaldı' }),
    tooLong: (max) => `En fazla ${n(max)} karakter.`,
    emptyIdea: 'Lütfen önce fikrinizi yazın.',
    noIdeas: 'Henüz fikir yok.',
    votes: (votes) => count(votes, { one: '# oy', other: '# oy' }),
    vote: (text) => `“${text}” için oy ver`,
    unvote: (text) => `“${text}” için verilen oyu geri al`,
    votesLeft: (left, total) =>
      left === total ? `${n(total)} oy hakkınız var.` : `${n(total)} oy hakkınızdan ${possessive(left)} kaldı.`,
    noVotesLeft: 'Tüm oy haklarınızı kullandınız. Yeniden oy vermek için bir oyunuzu geri alın.',
    yours: 'Sizin fikriniz',
    edit: (text) => `“${text}” fikrini düzenle`,
    save: 'Kaydet',
    cancel: 'İptal',
    remove: (text) => `“${text}” fikrini sil`,
    sending: 'Gönderiliyor…',
    rejected: (reason) => `Kabul edilmedi: ${reason}`,
    retry: 'Yeniden gönder',
    discard: 'Vazgeç',
    reasons: {
      locked: 'Pano kilitli.',
      cap: 'Tüm oy haklarınız kullanıldı.',
      tooLong: 'Metin çok uzun.',
      gone: 'Bu fikir artık yok.',
      other: 'Sunucu kabul etmedi.',
    },
    insight: 'Temel çıkarım',
    hiddenIdea: 'Gizlenmiş fikir',
    locked: 'Pano kilitli: yeni fikir eklenemez, oy verilemez.',
    waitingForReveal: 'Diğer katılımcıların fikirleri, moderatör onları görünür yaptığında burada belirecek.',
    live: 'Canlı bağlantı',
    connecting: 'Bağlanıyor…',
    offline: 'Bağlantı yok – bağlantı yeniden kurulunca fikirleriniz gönderilecek.',
    polling: 'Bağlı (düzenli olarak güncelleniyor)',
    local: 'Yalnızca bu cihazda',
    newIdeas: (ideas) => count(ideas, { one: '# yeni fikir', other: '# yeni fikir' }),
    views: { board: 'Pano', presentation: 'Sunum', results: 'Sonuçlar' },
    fullscreen: 'Tam ekran',
    moderator: {
      toolbar: 'Moderasyon',
      reveal: 'Fikirleri görünür yap',
      lock: 'Panoyu kilitle',
      unlock: 'Pano kilidini aç',
      clear: 'Tüm fikirleri sil',
      clearConfirm: 'Tüm fikirler silinsin mi? Bu işlem geri alınamaz.',
      hide: (text) => `“${text}” fikrini gizle`,
      show: (text) => `“${text}” fikrini göster`,
      markInsight: (text) => `“${text}” fikrini temel çıkarım olarak işaretle`,
      unmarkInsight: (text) => `“${text}” fikrinin temel çıkarım işaretini kaldır`,
      mergeInto: 'Şu fikirle birleştir',
      merge: 'Birleştir',
      noMergeTarget: 'Bu soruda başka fikir yok',
    },
  },
  partnerJoin: {
    title: 'Ağımıza katılın',
    intro: 'Kurumunuz ağımıza katılmak ister mi? Bize bir başvuru gönderin, size geri dönelim.',
    name: 'Kurumun adı',
    category: 'Grup',
    type: 'Kurum türü',
    typeOther: 'Diğer tür',
    contactName: 'İrtibat kişisi',
    email: 'E-posta adresi',
    phone: 'Telefon',
    website: 'Web sitesi',
    message: 'Mesaj',
    address: 'Adres',
    addressHint: 'Sokak, posta kodu, şehir',
    offers: 'Faaliyetler',
    offersHint: 'Birden fazla faaliyeti virgülle ayırarak ya da ayrı satırlara yazın.',
    description: 'Kısa tanıtım',
    publish: 'Yayınlanma',
    publicFields: 'Listede ve haritada herkese açık: ad, grup, tür, adres, faaliyetler, tanıtım, web sitesi.',
    privateFields: 'Herkese açık değil: irtibat kişisi, e-posta, telefon, mesaj.',
    publishConsent: 'Herkese açık bilgilerin listede ve haritada yayınlanmasını kabul ediyoruz.',
    optional: '(isteğe bağlı)',
    submit: 'Başvuruyu gönder',
    sending: 'Gönderiliyor…',
    success: 'Teşekkürler! Başvurunuz bize ulaştı.',
    reference: 'Başvuru numaranız:',
    nextSteps:
      'Ağ ekibi başvurunuzu inceleyecek ve size e-postayla dönüş yapacak. Kurumunuz kabul edilirse listede ve haritada görünecek.',
    failed: 'Başvuru gönderilemedi. Girdiğiniz bilgiler korunuyor.',
    fixErrors: (fields) => count(fields, { one: 'Lütfen # alanı düzeltin.', other: 'Lütfen # alanı düzeltin.' }),
    errors: {
      required: 'Lütfen bu alanı doldurun.',
      email: 'Lütfen geçerli bir e-posta adresi girin, ör. ad@ornek.de.',
      url: 'Lütfen geçerli bir web adresi girin, ör. www.ornek.de.',
      phone: 'Lütfen rakamlardan oluşan bir telefon numarası girin.',
      tooLong: 'Bu metin çok uzun.',
      publish: 'Lütfen yayınlanmayı kabul edin. Aksi hâlde kurumunuzu listeye ve haritaya ekleyemeyiz.',
    },
    privacy: 'Bilgileriniz yalnızca ağa katılım başvurunuz için kullanılır.',
    trap: 'Lütfen bu alanı boş bırakın',
  },
  partnerAdmin: {
    requestsTitle: 'Katılım başvuruları',
    newCount: (requests) => `${n(requests)} yeni`,
    noRequests: 'Yeni başvuru yok.',
    handledTitle: (requests) => `Sonuçlanan başvurular (${n(requests)})`,
    retentionNote: 'Sunucu, sonuçlanan başvuruları saklama süresi dolunca otomatik olarak siler.',
    statuses: { new: 'Yeni', accepted: 'Kabul edildi', declined: 'Reddedildi' },
    handled: (status, date) => `${status}: ${date}`,
    contact: 'İletişim (herkese açık değil)',
    messageLabel: 'Mesaj',
    review: 'İncele ve kabul et',
    decline: 'Reddet',
    deleteRequest: 'Başvuruyu sil',
    confirmDelete: (name) => `“${name}” gerçekten silinsin mi? Bu işlem geri alınamaz.`,
    confirmYes: 'Evet, sil',
    cancel: 'İptal',
    partnersTitle: (partners) => `Ortaklar (${n(partners)})`,
    addPartner: 'Ortak ekle',
    filterText: 'Kayıtlarda ara',
    staleOnly: (stale) => `Yalnızca bir yıldan uzun süredir onaylanmamış olanlar (${n(stale)})`,
    confirmedColumn: 'Son onay',
    neverConfirmed: 'Hiç onaylanmadı',
    confirmedOn: (date) => `Onay tarihi: ${date}`,
    edit: 'Düzenle',
    showMore: (more) => count(more, { one: '# kayıt daha göster', other: '# kayıt daha göster' }),
    noPartners: 'Bu aramaya uyan kayıt yok.',
    newTitle: 'Yeni ortak',
    editTitle: (name) => `Düzenle: ${name}`,
    acceptTitle: (name) => `Başvuruyu kabul et: ${name}`,
    requestSummary: (reference, date) => `${date} tarihli, ${reference} numaralı başvuru`,
    notPublic: 'Bu bilgiler ağ ekibinde kalır ve yayınlanmaz.',
    activeInIja: 'Uluslararası gençlik çalışmasında zaten etkin',
    confirmedAt: 'Son onay tarihi',
    today: 'Bugün onaylandı',
    publishConsent: 'Kurum, bilgilerinin yayınlanmasını kabul etti.',
    publishMissing:
      'Kurum, başvurusunda bilgilerinin yayınlanmasını kabul etmedi. Kurumu ağa eklemeden önce onayını alın.',
    save: 'Kaydet',
    acceptSave: 'Kabul et ve yayınla',
    saving: 'Kaydediliyor…',
    removePartner: 'Kaydı sil',
    saveFailed: 'Kaydedilemedi. Girdiğiniz bilgiler korunuyor.',
    errors: {
      required: 'Lütfen bu alanı doldurun.',
      email: 'Lütfen geçerli bir e-posta adresi girin, ör. ad@ornek.de.',
      url: 'Lütfen geçerli bir web adresi girin, ör. www.ornek.de.',
      phone: 'Lütfen rakamlardan oluşan bir telefon numarası girin.',
      tooLong: 'Bu metin çok uzun.',
      coordinate: 'Lütfen enlem ve boylamı sayı olarak girin, ör. 51,5136 ve 7,4653.',
      date: 'Lütfen bir tarih girin.',
      publish: 'Yayınlanma onayı olmadan kurum ağa eklenemez.',
    },
    location: 'Konum',
    locationHint:
      'Haritaya tıklayın, raptiyeyi sürükleyin ya da koordinatları girin. Klavyeyle: haritayı ok tuşlarıyla kaydırıp “Raptiyeyi harita ortasına taşı” düğmesini seçin ya da raptiyeye odaklanıp onu ok tuşlarıyla hareket ettirin.',
    latitude: 'Enlem',
    longitude: 'Boylam',
    pinToCenter: 'Raptiyeyi harita ortasına taşı',
    removeLocation: 'Konumu kaldır',
    mapConsent: (host) => `Harita, görüntülerini ${host} üzerinden yükler. Bu sırada IP adresiniz bu hizmete iletilir.`,
    loadMap: 'Haritayı yükle',
    pinLabel: 'Raptiye, ok tuşlarıyla taşıyın',
    mapLabel: 'Konumu belirlemek için harita',
    findAddress: 'Adresi haritada bul',
    geocoderNote: (host) => `Bunun için adres ${host} hizmetine gönderilir.`,
    searching: 'Aranıyor…',
    noMatches: 'Bu adres için sonuç bulunamadı. Yazımı kontrol edin ya da raptiyeyi haritaya yerleştirin.',
    useResult: 'Kullan',
    geocoderFailed: 'Adres araması yanıt vermedi. Raptiyeyi haritaya yerleştirin.',
    saved: (name) => `“${name}” kaydedildi.`,
    added: (name) => `“${name}” eklendi.`,
    accepted: (name) => `“${name}” kabul edildi. Kayıt artık herkese açık.`,
    declined: (name) => `“${name}” başvurusu reddedildi.`,
    requestDeleted: (name) => `“${name}” başvurusu silindi.`,
    partnerDeleted: (name) => `“${name}” silindi.`,
    actionFailed: 'İşlem gerçekleştirilemedi.',
    spreadsheetTitle: 'Tablo içe ve dışa aktarma',
    importIntro:
      'Excel veya LibreOffice’ten bir tablo (XLSX veya CSV); Ad, Grup, Tür, Sokak, Posta kodu, Şehir gibi sütunlarla. Tablo önce yalnızca kontrol edilir; içe aktarmayı onaylamadan hiçbir şey kaydedilmez. En güvenli yol: önce dışa aktarın, tabloyu düzenleyin, sonra yeniden içe aktarın.',
    chooseFile: 'Tablo seç (XLSX veya CSV)',
    checking: 'Tablo kontrol ediliyor…',
    reportSummary: (added, changed, unchanged, refused) =>
      `Kontrol edildi: ${n(added)} yeni, ${n(changed)} değişmiş, ${n(unchanged)} değişmemiş, ${count(refused, {
        one: '# hatalı satır',
        other: '# hatalı satır',
      })}. Henüz hiçbir şey kaydedilmedi.`,
    reportColumns: { row: 'Satır', name: 'Ad', action: 'Sonuç', notes: 'Notlar' },
    actions: { add: 'Yeni', change: 'Değişti', unchanged: 'Değişmedi', refuse: 'Aktarılmadı' },
    refusedNote: 'Hatalı satırlar aktarılmaz. Bunları tabloda düzeltin ve tabloyu yeniden içe aktarın.',
    writeImport: (rows) =>
      count(rows, { one: 'İçe aktarmayı onayla (# satır)', other: 'İçe aktarmayı onayla (# satır)' }),
    nothingToImport: 'Tabloda değişiklik yok.',
    importing: 'İçe aktarılıyor…',
    imported: (added, changed) => `İçe aktarıldı: ${n(added)} yeni, ${n(changed)} değişmiş.`,
    importFailed: 'Tablo işlenemedi.',
    exportCsv: 'CSV olarak indir',
    exportXlsx: 'Excel tablosu olarak indir (XLSX)',
    exportFailed: 'Dışa aktarma başarısız oldu.',
    notAllowed: 'Ağ anahtarı eksik veya yanlış. Ağ anahtarıyla giriş yapın.',
    readOnly: 'Bu veri kaynağı hiçbir şey kaydedemiyor. Yönetim için REST arayüzü olan bir sunucu gerekir.',
  },
  partnerGaps: {
    title: 'Kimler eksik?',
    intro:
      'Önerilen bu ortak türleri henüz ağımızda yer almıyor. Bu listeyi bir sonraki çalıştayın davet listesi olarak kullanabilirsiniz.',
    allCovered: 'Önerilen tüm ortak türleri ağımızda yer alıyor.',
    present: (present, total) => {
      if (present === 0) return `${n(total)} türden hiçbiri yok`;
      if (present === total) return `${n(total)} türün tümü var`;
      return `${n(total)} türden ${possessive(present)} var`;
    },
    downloadCsv: 'Tablo olarak indir (CSV)',
    downloadText: 'Metin olarak indir',
    columns: ['Grup', 'Ortak türü'],
  },
  agendaEdit: {
    toolbar: 'Program akışını düzenle',
    moveUp: (title) => `“${title}” oturumunu yukarı taşı`,
    moveDown: (title) => `“${title}” oturumunu aşağı taşı`,
    dragHandle: (title) => `“${title}” oturumunu taşı (ok tuşlarıyla veya sürükleyerek)`,
    remove: (title) => `“${title}” oturumunu kaldır`,
    durationLabel: 'Süre (dakika)',
    pinLabel: 'Saati sabitle',
    add: 'Oturum ekle',
    newTitle: 'Başlık',
    newType: 'Tür',
    newDuration: 'Süre (dakika)',
    titleRequired: 'Lütfen bir başlık girin.',
    undo: 'Geri al',
    save: 'Kaydet',
    saving: 'Kaydediliyor…',
    saved: 'Kaydedildi.',
    saveFailed: 'Kaydedilemedi. Değişiklikleriniz korunuyor.',
    unsaved: 'Kaydedilmemiş değişiklikler',
    downloadJson: 'JSON olarak indir',
    downloadHint: 'Sunucu olmadan: Dosyayı indirin ve src özniteliğiyle sayfaya ekleyin.',
    moved: (title, position, start) => `“${title}” artık ${n(position)}. sırada, başlangıç saati ${start}.`,
    removed: (title) => `“${title}” kaldırıldı.`,
    added: (title, start) => `“${title}” eklendi, başlangıç saati ${start}.`,
    undone: 'Son değişiklik geri alındı.',
  },
  planCheck: {
    title: 'Öz değerlendirme: Belediyemiz ne durumda?',
    intro:
      'Her maddeyle ilgili soruları yanıtlayın. Sonuç, mevcut durumu gösterir ve sonraki adımları önerir. Hiçbir bilgi kaydedilmez veya gönderilmez.',
    answers: { yes: 'Evet', partly: 'Kısmen', no: 'Hayır' },
    answered: (answered, total) => {
      if (plural.select(total) === 'one') return answered >= total ? '1 soru, yanıtlandı' : '1 soru, henüz yanıtlanmadı';
      if (answered === 0) return `${n(total)} sorudan hiçbiri henüz yanıtlanmadı`;
      return `${n(total)} sorudan ${possessive(answered)} yanıtlandı`;
    },
    level: 'Düzey',
    levels: { start: 'Başlangıç aşamasında', growing: 'Gelişiyor', anchored: 'Kurumsallaşmış' },
    notAnswered: 'Henüz yanıtlanmadı',
    nextSteps: 'Sonraki adımlar',
    overall: (percent) => `Genel sonuç: %${n(percent)}`,
    download: 'Sonucu indir',
    compare: 'Önceki sonuçla karşılaştır',
    compareHint: 'Daha önce indirdiğiniz bir sonuç dosyasını seçin.',
    comparedWith: (date) => `${date} tarihli sonuçla karşılaştırma`,
    changes: { up: 'öncekinden daha iyi', down: 'öncekinden daha kötü', same: 'değişiklik yok', new: 'ilk kez yanıtlandı' },
    readFailed: 'Dosya okunamadı.',
  },
  boardResults: {
    title: 'Sonuçlar',
    insights: 'Temel çıkarımlar',
    noInsights: 'Henüz temel çıkarım olarak işaretlenmiş fikir yok.',
    exportMarkdown: 'Markdown olarak indir',
    exportCsv: 'Tablo olarak indir (CSV)',
    exportJson: 'JSON olarak indir',
    print: 'Yazdır',
    exportedAt: (date) => `${date} itibarıyla`,
    question: 'Soru',
    idea: 'Fikir',
    votes: 'Oy sayısı',
    insight: 'Temel çıkarım',
    yes: 'Evet',
  },
  partnerMapView: {
    region: 'Ortaklar haritası',
    marker: (name, group) => `${name} (${group})`,
    cluster: (total, names) => {
      const shown = names.slice(0, 3);
      const rest = total - shown.length;
      const list = rest > 0 ? `${shown.join(', ')} ve ${n(rest)} ortak daha` : new Intl.ListFormat('tr').format(shown);
      return `${n(total)} ortak: ${list}. Yakınlaştırmak için Enter tuşuna basın.`;
    },
    zoomIn: 'Yakınlaştır',
    zoomOut: 'Uzaklaştır',
    loading: 'Harita yükleniyor…',
    failed: 'Harita yüklenemedi. Tüm ortaklar listede yer alıyor.',
    attribution: 'Harita verileri',
  },
};

export default messages;
