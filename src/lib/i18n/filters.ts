/**
 * The filters' words (by kind of event, in the key; the notice of hidden events), in both languages: loaded with the filters and with the notice, so they stay out of the first download. English defines the
 * shape; a missing Arabic string is a type error.
 */
import type { Lang } from '../story/types.ts';

const en = {
  categories: 'Kinds of event',
  status: 'Done or announced',
  hidden: (hidden: number, total: number) => `${hidden} of ${total} events are hidden by the filters.`,
  hiddenHere: (n: number) => (n === 1 ? '1 event on this day is hidden.' : `${n} events on this day are hidden.`),
  showAll: 'Show all kinds',
  allShown: 'All kinds of event are shown again.',
};

export type FilterMessages = typeof en;

const ar: FilterMessages = {
  categories: 'أنواع الأحداث',
  status: 'ما جرى وما أُعلن عنه',
  hidden: (hidden: number, total: number) => `الأحداث التي تخفيها عوامل التصفية: ${hidden} من أصل ${total}.`,
  hiddenHere: (n: number) => (n === 1 ? 'أُخفي حدث واحد في هذا اليوم.' : n === 2 ? 'أُخفي حدثان في هذا اليوم.' : `الأحداث المخفية في هذا اليوم: ${n}.`),
  showAll: 'اعرض كل الأنواع',
  allShown: 'تُعرض كل أنواع الأحداث مجددًا.',
};

export const filterMessages: Record<Lang, FilterMessages> = { ar, en };
