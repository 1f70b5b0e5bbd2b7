/** Arabic reader-facing words. Typed by the English file, so a missing string is a type error. */
import type { Messages } from './en.ts';
import { arabicCount, type ArabicCounted } from './arabic-count.ts';

/** Events, counted ("حدث واحد، حدثان، 3 أحداث، 11 حدثًا، 100 حدث"), and other events ("and 3 more"). */
const EVENTS: ArabicCounted = { one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثًا', other: 'حدث' };
const OTHER_EVENTS: ArabicCounted = { one: 'حدث آخر', two: 'حدثان آخران', few: 'أحداث أخرى', many: 'حدثًا آخر', other: 'حدث آخر' };

export const ar: Messages = {
  language: { switchTo: 'English', switchHint: 'اقرأ بالإنجليزية' },
  comma: '، ',
  listSeparator: '؛ ',
  openFullView: 'افتح العرض الكامل',
  embed: {
    open: 'تضمين',
    panel: { map: 'الخريطة', timeline: 'الخط الزمني', details: 'التفاصيل' },
    views: 'طريقة العرض',
    detailsTab: (n: number) => (n === 0 ? 'التفاصيل' : `التفاصيل (${n})`),
    detailsRegion: 'تفاصيل اليوم',
  },
  data: {
    heading: 'نزّل البيانات',
  },
  loading: 'جارٍ تحميل القصة…',
  loadFailed: 'تعذر تحميل القصة.',
  retry: 'أعد المحاولة',
  fontFailed: 'تعذر تحميل الخط، لذا يظهر النص بخط جهازك.',
  map: {
    label: 'خريطة الأماكن الواردة في القصة',
    loading: 'جارٍ تحميل الخريطة…',
    noWebgl: 'لا يستطيع هذا المتصفح رسم الخريطة التفاعلية، لذا تظهر خريطة أبسط.',
    failed: 'تعذر تحميل الخريطة. ما زال الخط الزمني والقائمة يعملان.',
    resetView: 'اعرض كل أماكن القصة',
    zoomIn: 'كبّر الخريطة',
    zoomOut: 'صغّر الخريطة',
    placeState: { current: 'مكان أحداث هذا اليوم', focus: 'من أماكن الأحداث المختارة', earlier: 'مكان أحداث سابقة في القصة' },
  },
  timeline: {
    label: 'الخط الزمني',
    slider: 'اليوم المحدد',
    sliderHelp: 'مفاتيح الأسهم: الحدث السابق أو التالي. Shift مع الأسهم: يوم واحد. Page Up وPage Down: شهر واحد. Home وEnd: أول حدث وآخره.',
    overview: 'الفترة كلها: اسحب أو انقر لتحريك الجزء المكبَّر',
    zoomTo: 'كبّر الخط الزمني على',
    clusters: { all: 'الكل' },
    play: 'عرض الأحداث تباعًا',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    noEventsValue: 'لا حدث',
    eventsValue: (n: number) => arabicCount(n, EVENTS),
    andMore: (n: number) => `و${arabicCount(n, OTHER_EVENTS)}`,
    legend: 'دليل الرموز',
    announcedMark: 'معلن عنه، ولم يُنقل أنه جرى',
    approximateMark: 'مؤرخ بالشهر أو السنة فقط',
    approximateValue: (n: number) =>
      `${arabicCount(n, { one: 'حدث واحد مؤرخ', two: 'حدثان مؤرخان', few: 'أحداث مؤرخة', many: 'حدثًا مؤرخًا', other: 'حدث مؤرخ' })} بالشهر أو السنة فقط`,
  },
  panel: {
    onDay: 'يوم',
    nothingOnDay: 'لا تذكر المقالات أي حدث في هذا اليوم.',
    nearestBefore: 'الحدث السابق',
    nearestAfter: 'الحدث التالي',
    approximateHeading: 'أحداث مؤرخة بهذا الشهر أو بهذه السنة فقط',
    attendees: 'من حضر',
    noAttendees: 'لا تسمّي المقالات أحدًا من الحاضرين.',
    reportedBy: 'المقالات التي أوردته',
    quote: 'اقتباس',
    readArticle: 'اقرأ المقال',
    venueFocus: 'الأحداث في',
    personFocus: 'أحداث حضرها',
    clearFocus: 'اعرض كل الأحداث مجددًا',
    places: 'الأماكن',
    noVenue: 'لا تذكر المقالات المكان',
    venueExternal: 'المكان من مصدر خارج المقالات',
    selectDay: 'انتقل إلى هذا اليوم',
    loadingDetails: 'جارٍ تحميل تفاصيل الحدث…',
    detailsFailed: 'تعذر تحميل تفاصيل هذا الحدث.',
    showMore: (step: number, rest: number) =>
      `اعرض ${arabicCount(Math.min(step, rest), { one: 'حدثًا آخر', two: 'حدثين آخرين', few: 'أحداث أخرى', many: 'حدثًا آخر', other: 'حدث آخر' })} (غير المعروضة: ${rest})`,
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
    parade: 'استعراض',
    inspection: 'تفقُّد',
    gift: 'هدايا',
    reaction: 'رد فعل أو تصريح',
    history: 'حدث سابق (للسياق)',
  },
  status: { done: 'نُقل أنه جرى', announced: 'معلن عنه، ولم يُنقل أنه جرى' },
  precision: { day: 'يوم محدد', month: 'الشهر فقط', year: 'السنة فقط' },
  basis: {
    stated: 'التاريخ مذكور في المقال',
    inferred: 'التاريخ مستنتج من المقال',
    external: 'التاريخ من مصدر خارج المقالات',
  },
  announce: {
    day: (date: string, events: number, places: string) => `${date}: ${arabicCount(events, EVENTS)}${places ? `، في ${places}` : ''}`,
    nothing: 'لا حدث في المقالات',
    focus: (heading: string, name: string, events: number) => `${heading} ${name}: ${arabicCount(events, EVENTS)}`,
    focusCleared: 'تُعرض كل الأحداث مجددًا',
  },
  skip: { label: 'روابط التخطي', details: 'انتقل إلى تفاصيل اليوم', timeline: 'انتقل إلى الخط الزمني' },
  tour: { start: 'جولة في القصة' },
  search: {
    label: 'ابحث في القصة',
    placeholder: 'أسماء، أماكن، أحداث…',
  },
};
