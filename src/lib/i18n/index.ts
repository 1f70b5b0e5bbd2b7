/** Messages and formatting by language. Pure: Intl only, no DOM. */
import type { Lang, StoryEvent } from '../story/types.ts';
import { dayToDate, type IsoDay } from '../time/days.ts';
import type { Messages } from './en.ts';

export type { Messages };

/** A reader downloads the words of the language they read; the other comes on switching. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === 'ar' ? (await import('./ar.ts')).ar : (await import('./en.ts')).en;
}

/**
 * One digit policy per view: Latin digits in both languages, because the articles' own
 * text (quoted everywhere) mostly uses them; Arabic month names come from Intl.
 */
const LOCALE: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

/** The date formats the app draws, by name: a formatter per name and language is made once. */
const FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayWithWeekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  shortMonth: { month: 'short' },
  year: { year: 'numeric' },
  dayOfMonth: { day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Keyed by name, not by the options' text: at 10,000 events the formatting runs tens of thousands
// of times on load, and serialising the options for each call took 37 ms of it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = lang + format;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...FORMATS[format] });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Data text set inside a plain-text string that is drawn (the document title, an SVG title):
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so its direction is its own and
 * no direction control inside it can reorder the words around it. (In markup, <bdi> does this.)
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function formatDay(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'day').format(dayToDate(day));
}

export function formatDayWithWeekday(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'dayWithWeekday').format(dayToDate(day));
}

export function formatMonth(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'month').format(dayToDate(day));
}

export function formatShortMonth(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'shortMonth').format(dayToDate(day));
}

export function formatYear(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'year').format(dayToDate(day));
}

export function formatDayOfMonth(day: IsoDay, lang: Lang): string {
  return formatter(lang, 'dayOfMonth').format(dayToDate(day));
}

/** An event's date at its own precision: day month year, month year, year, or a range. */
export function formatEventDate(e: Pick<StoryEvent, 'first_day' | 'last_day' | 'precision'>, lang: Lang): string {
  const one = e.precision === 'day' ? formatDay : e.precision === 'month' ? formatMonth : formatYear;
  if (e.first_day === e.last_day || (e.precision !== 'day' && one(e.first_day, lang) === one(e.last_day, lang))) {
    return one(e.first_day, lang);
  }
  if (e.precision === 'day') {
    return formatter(lang, 'day').formatRange(dayToDate(e.first_day), dayToDate(e.last_day));
  }
  return `${one(e.first_day, lang)} – ${one(e.last_day, lang)}`;
}
