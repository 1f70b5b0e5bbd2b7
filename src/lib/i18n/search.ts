/**
 * The search's results and status words, in both languages: loaded with the search's lazy half (on the box's first focus), so they stay out of the first download. English defines the
 * shape; a missing Arabic string is a type error. The box's own label and placeholder are in en.ts/ar.ts.
 */
import type { Lang } from '../story/types.ts';
import { arabicCount } from './arabic-count.ts';

const en = {
  groups: { event: 'Events', person: 'People', place: 'Places', article: 'Articles' },
  count: (n: number) => (n === 0 ? 'No results' : n === 1 ? '1 result' : `${n} results`),
  more: (n: number) => `and ${n} more`,
  /** After the count, when the list shows fewer than were found (the rest are "and N more"). */
  listed: (n: number) => `, ${n} listed`,
  none: 'Nothing found.',
  didYouMean: 'Did you mean:',
  loading: 'Preparing the search…',
  failed: 'The search could not be loaded.',
  announced: 'announced',
};

export type SearchMessages = typeof en;

const ar: SearchMessages = {
  groups: { event: 'أحداث', person: 'أشخاص', place: 'أماكن', article: 'مقالات' },
  count: (n: number) => (n === 0 ? 'لا نتائج' : arabicCount(n, { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' })),
  // The group's noun varies (events, people, places, articles): the number stands alone.
  more: (n: number) => `وغيرها (${n})`,
  listed: (n: number) => `، تُعرض منها ${n}`,
  none: 'لم نجد شيئًا.',
  didYouMean: 'هل تقصد:',
  loading: 'جارٍ تجهيز البحث…',
  failed: 'تعذر تحميل البحث.',
  announced: 'معلن عنه',
};

export const searchMessages: Record<Lang, SearchMessages> = { ar, en };
