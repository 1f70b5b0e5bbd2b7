/** Messages and formatting by language. Pure: no DOM. */
import type { Lang, StoryEvent } from '../story/types.ts';
import { dayNumber, type IsoDay } from '../time/days.ts';
import type { Messages } from './en.ts';

export type { Messages };

/** A reader downloads the words of the language they read; the other comes on switching. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === 'ar' ? (await import('./ar.ts')).ar : (await import('./en.ts')).en;
}

/**
 * Dates are written from these tables, in the forms Intl.DateTimeFormat gives for
 * `ar-u-nu-latn` and `en-GB` in UTC (`test/unit/dates.test.ts` holds every form to Intl's,
 * day by day). Why not Intl itself: the first DateTimeFormat a page makes loads the locale's
 * data, 23–33 ms of the main thread on this machine (four times that on a slow phone) before
 * the timeline can answer a key; and the build's prerender and the reader's browser then write
 * the same text whatever ICU each has. One digit policy in both languages: Latin digits,
 * because the articles' own text (quoted everywhere) mostly uses them.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  ar: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};
// From 1970-01-01, a Thursday.
const WEEKDAYS: Record<Lang, readonly string[]> = {
  ar: 'الخميس الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء'.split(' '),
  en: 'Thursday Friday Saturday Sunday Monday Tuesday Wednesday'.split(' '),
};

const year = (day: IsoDay) => String(Number(day.slice(0, 4)));
const month = (day: IsoDay, lang: Lang) => MONTHS[lang][Number(day.slice(5, 7)) - 1]!;
const dayOfMonth = (day: IsoDay) => String(Number(day.slice(8, 10)));

/**
 * Data text set inside a plain-text string that is drawn (the document title, an SVG title):
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its direction is its own and
 * no direction control inside it can reorder the words around it. (In markup, <bdi> does this.)
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function formatDay(day: IsoDay, lang: Lang): string {
  return `${dayOfMonth(day)} ${month(day, lang)} ${year(day)}`;
}

export function formatDayWithWeekday(day: IsoDay, lang: Lang): string {
  const weekday = WEEKDAYS[lang][((dayNumber(day) % 7) + 7) % 7];
  return `${weekday}${lang === 'ar' ? '،' : ','} ${formatDay(day, lang)}`;
}

export function formatMonth(day: IsoDay, lang: Lang): string {
  return `${month(day, lang)} ${year(day)}`;
}

/** en-GB's short months are the first three letters, but for "Sept"; Arabic has no short form. */
export function formatShortMonth(day: IsoDay, lang: Lang): string {
  const name = month(day, lang);
  return lang === 'ar' ? name : name.slice(0, name === 'September' ? 4 : 3);
}

export function formatYear(day: IsoDay): string {
  return year(day);
}

export function formatDayOfMonth(day: IsoDay): string {
  return dayOfMonth(day);
}

/** An event's date at its own precision: day month year, month year, year, or a range. */
export function formatEventDate(e: Pick<StoryEvent, 'first_day' | 'last_day' | 'precision'>, lang: Lang): string {
  const { first_day: first, last_day: last } = e;
  const one = (day: IsoDay) => (e.precision === 'day' ? formatDay : e.precision === 'month' ? formatMonth : formatYear)(day, lang);
  if (one(first) === one(last)) return one(first);
  if (e.precision !== 'day') return `${one(first)} – ${one(last)}`;
  // As Intl writes a range of days: English sets the dash in thin spaces; a range within a year
  // names the year once, and within a month the month once too (Arabic then drops the spaces).
  const dash = lang === 'ar' ? ' – ' : '\u2009–\u2009';
  if (year(first) !== year(last)) return formatDay(first, lang) + dash + formatDay(last, lang);
  if (first.slice(5, 7) !== last.slice(5, 7)) return `${dayOfMonth(first)} ${month(first, lang)}${dash}${formatDay(last, lang)}`;
  return dayOfMonth(first) + (lang === 'ar' ? '–' : dash) + formatDay(last, lang);
}
