/** Arabic reader-facing words. Typed by the English file, so a missing string is a type error. */
import type { Messages } from './en.ts';

export const ar: Messages = {
  language: { switchTo: 'English', switchHint: 'اقرأ بالإنجليزية' },
  comma: '، ',
  listSeparator: '؛ ',
  openFullView: 'افتح العرض الكامل',
  embed: {
    open: 'تضمين',
    panel: { map: 'الخريطة', timeline: 'الخط الزمني', details: 'التفاصيل' },
    views: 'اعرض',
    detailsTab: (n: number) => (n === 0 ? 'التفاصيل' : `التفاصيل (${n})`),
    detailsRegion: 'تفاصيل اليوم',
  },
  data: {
    heading: 'البيانات',
  },
  loading: 'جارٍ تحميل القصة…',
  loadFailed: 'تعذر تحميل القصة.',
  retry: 'أعد المحاولة',
  fontFailed: 'تعذّر تحميل الخط، لذا يظهر النص بخط جهازك.',
  map: {
    label: 'خريطة الأماكن الواردة في القصة',
    canvas: 'عرض الخريطة المتحرك (تحرّكه الأسهم، و+ و− للتكبير والتصغير)',
    loading: 'جارٍ تحميل الخريطة…',
    noWebgl: 'لا يستطيع هذا المتصفح رسم الخريطة التفاعلية، لذا تظهر خريطة أبسط.',
    failed: 'تعذر تحميل الخريطة. ما زال الخط الزمني والقائمة يعملان.',
    resetView: 'اعرض كل أماكن القصة',
    zoomIn: 'كبّر الخريطة',
    zoomOut: 'صغّر الخريطة',
    placeState: { current: 'شهد أحداثًا في هذا اليوم', focus: 'من أماكن الأحداث المختارة', earlier: 'شهد أحداثًا سابقة في القصة' },
    ui: {
      windowsHelp: 'استخدم Ctrl مع التمرير لتكبير الخريطة',
      macHelp: 'استخدم ⌘ مع التمرير لتكبير الخريطة',
      mobileHelp: 'استخدم إصبعين لتحريك الخريطة',
      toggleAttribution: 'أظهر مصادر الخريطة أو أخفها',
    },
  },
  timeline: {
    label: 'الخط الزمني',
    slider: 'اليوم المحدد',
    sliderHelp: 'مفاتيح الأسهم: الحدث السابق أو التالي. Shift مع الأسهم: يوم واحد. Page Up وPage Down: شهر. Home وEnd: أول حدث وآخره.',
    overview: 'الفترة كلها: اسحب أو انقر لتحريك النافذة المكبرة',
    zoomTo: 'كبّر الخط الزمني على',
    clusters: { all: 'الكل' },
    play: 'تشغيل الأحداث بالتتابع',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    noEventsValue: 'لا حدث',
    eventsValue: (n: number) => (n === 1 ? 'حدث واحد' : n === 2 ? 'حدثان' : n <= 10 ? `${n} أحداث` : `${n} حدثًا`),
    andMore: (n: number) => `و${n} غيرها`,
    legend: 'دليل الرموز',
    announcedMark: 'معلن عنه، ولم يُنقل أنه حدث',
    approximateMark: 'مؤرخ بالشهر أو السنة فقط',
    approximateValue: (n: number) =>
      n === 1
        ? 'حدث واحد مؤرخ بالشهر أو السنة فقط'
        : n === 2
          ? 'حدثان مؤرخان بالشهر أو السنة فقط'
          : n <= 10
            ? `${n} أحداث مؤرخة بالشهر أو السنة فقط`
            : `${n} حدثًا مؤرخًا بالشهر أو السنة فقط`,
  },
  panel: {
    onDay: 'في',
    nothingOnDay: 'لا يقع أي حدث من المقالات في هذا اليوم.',
    nearestBefore: 'الحدث السابق',
    nearestAfter: 'الحدث التالي',
    approximateHeading: 'مؤرخ بهذا الشهر أو هذه السنة فقط',
    attendees: 'من حضر',
    noAttendees: 'لا تذكر المقالات أحدًا.',
    reportedBy: 'نقلته',
    quote: 'اقتباس',
    readArticle: 'اقرأ المقال',
    venueFocus: 'الأحداث في',
    personFocus: 'الأحداث مع',
    clearFocus: 'اعرض كل الأحداث مجددًا',
    places: 'الأماكن',
    noVenue: 'لا تذكر المقالات المكان',
    venueExternal: 'المكان من خارج المقالات',
    selectDay: 'انتقل إلى هذا اليوم',
    loadingDetails: 'جارٍ تحميل تفاصيل الحدث…',
    detailsFailed: 'تعذر تحميل تفاصيل هذا الحدث.',
    showMore: (step: number, rest: number) => `اعرض ${Math.min(step, rest)} أخرى (لم يُعرض ${rest})`,
    summaryCount: (events: number, people: number, articles: number) => `الأحداث: ${events}، الأشخاص: ${people}، المقالات: ${articles}`,
    onlyApproximate: 'لا تقع في هذا اليوم إلا أحداث مؤرخة بالشهر أو السنة، وهي مدرجة أدناه.',
  },
  article: {
    outletUnknown: 'لا يذكر النص اسم الوسيلة الإعلامية',
  },
  category: {
    visit: 'زيارة',
    talks: 'محادثات',
    tour: 'جولة',
    parade: 'عرض',
    inspection: 'تفقد',
    gift: 'هدايا',
    reaction: 'رد فعل أو تصريح',
    history: 'حدث سابق (للسياق)',
  },
  status: { done: 'نُقل أنه حدث', announced: 'معلن عنه، ولم يُنقل أنه حدث' },
  precision: { day: 'اليوم بالتحديد', month: 'الشهر فقط', year: 'السنة فقط' },
  basis: {
    stated: 'التاريخ مذكور في المقال',
    inferred: 'التاريخ مستنتج من المقال',
    external: 'التاريخ من خارج المقالات',
  },
  announce: {
    day: (date: string, events: number, places: string) =>
      `${date}: ${events === 1 ? 'حدث واحد' : events === 2 ? 'حدثان' : events <= 10 ? `${events} أحداث` : `${events} حدثًا`}${places ? `، في ${places}` : ''}`,
    nothing: 'لا حدث في المقالات',
    focus: (heading: string, name: string, events: number) =>
      `${heading} ${name}: ${events === 1 ? 'حدث واحد' : events === 2 ? 'حدثان' : events <= 10 ? `${events} أحداث` : `${events} حدثًا`}`,
    focusCleared: 'تُعرض كل الأحداث مجددًا',
  },
  skip: { label: 'روابط التخطي', details: 'انتقل إلى تفاصيل اليوم', timeline: 'انتقل إلى الخط الزمني' },
  tour: { start: 'جولة في القصة' },
  search: {
    label: 'ابحث في القصة',
    placeholder: 'أسماء، أماكن، أحداث…',
  },
};
