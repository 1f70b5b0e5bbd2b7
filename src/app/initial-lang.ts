import type { Lang } from '../lib/story/types';

/** The browser's first Arabic or English preference, else Arabic (the articles' language). */
export function initialLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ar' || base === 'en') return base;
  }
  return 'ar';
}
