/**
 * The tour panel's words, in both languages: loaded with the panel (most readers never take
 * the tour), so they stay out of the first download. The way in ("Tour the story") is in
 * en.ts/ar.ts. English defines the shape; a missing Arabic string is a type error.
 */
import type { Lang } from '../story/types.ts';

const en = {
  label: 'Guided tour',
  stepOf: (n: number, m: number) => `Step ${n} of ${m}`,
  previous: 'Previous',
  next: 'Next',
  leave: 'Leave the tour',
  sources: 'Sources',
  paused: 'Tour paused while you explore.',
  resume: (n: number) => `Back to step ${n}`,
  loading: 'Loading the tour…',
  failed: 'The tour could not be loaded.',
};

export type TourMessages = typeof en;

const ar: TourMessages = {
  label: 'جولة موجّهة',
  stepOf: (n: number, m: number) => `الخطوة ${n} من ${m}`,
  previous: 'السابقة',
  next: 'التالية',
  leave: 'إنهاء الجولة',
  sources: 'المصادر',
  paused: 'الجولة متوقفة مؤقتًا ريثما تستكشف.',
  resume: (n: number) => `العودة إلى الخطوة ${n}`,
  loading: 'جارٍ تحميل الجولة…',
  failed: 'تعذر تحميل الجولة.',
};

export const tourMessages: Record<Lang, TourMessages> = { ar, en };
