/**
 * One reading language at a time: the build publishes the story once per language
 * (data/story.<lang>.json) with the other language's words left empty, so a reader
 * downloads only the words they read; switching language fetches the other file and
 * merges it in. Aliases, which only the build reads, are left out. The English file keeps
 * the article titles in both languages: the English view shows the Arabic original above its
 * translation. Pure.
 */
import type { Bilingual, Lang, Story } from './types.ts';

export function storyPathFor(lang: Lang): string {
  return `data/story.${lang}.json`;
}

function isBilingual(v: unknown): v is Bilingual {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Bilingual).ar === 'string' && typeof (v as Bilingual).en === 'string';
}

function mapBilingual(value: unknown, f: (b: Bilingual, path: string[]) => Bilingual, path: string[] = []): unknown {
  if (isBilingual(value)) return f(value, path);
  if (Array.isArray(value)) return value.map((v, i) => mapBilingual(v, f, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapBilingual(v, f, [...path, k])]));
  }
  return value;
}

/** The story with only `lang`'s words (the other language's are ''), the English file's article titles excepted, and no aliases. */
export function onlyLanguage(story: Story, lang: Lang): Story {
  const words = mapBilingual(story, (b, path) => {
    if (lang === 'en' && path[0] === 'articles' && path[2] === 'title') return b;
    return keep(b, lang);
  }) as Story;
  // The app never reads aliases (mentions are found when the story is built), so the reading
  // files leave them empty: 0.3 KB of the first download, gzipped. data/story.json keeps them.
  // The description only goes into the pages' <head>, written at build time.
  return {
    ...words,
    meta: { ...words.meta, description: { ar: '', en: '' } },
    places: words.places.map((p) => ({ ...p, aliases: [] })),
    people: words.people.map((p) => ({ ...p, aliases: [] })),
  };
}

/** Any published value (e.g. a chunk of event details) with only `lang`'s words. */
export function keepLanguage<T>(value: T, lang: Lang): T {
  return mapBilingual(value, (b) => keep(b, lang)) as T;
}

const keep = (b: Bilingual, lang: Lang): Bilingual => (lang === 'ar' ? { ar: b.ar, en: '' } : { ar: '', en: b.en });

/**
 * Fills the empty words of `current` from `other`, a publication of the same build in the
 * other language. Throws when the two are not the same story (then nothing is merged).
 */
export function mergeLanguages(current: Story, other: Story): Story {
  const walk = (a: unknown, b: unknown, at: string): unknown => {
    if (isBilingual(a)) {
      if (!isBilingual(b)) throw new Error(`the language files differ at ${at}`);
      return { ar: a.ar || b.ar, en: a.en || b.en };
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || b.length !== a.length) throw new Error(`the language files differ at ${at}`);
      return a.map((v, i) => walk(v, b[i], `${at}[${i}]`));
    }
    if (a && typeof a === 'object') {
      if (!b || typeof b !== 'object') throw new Error(`the language files differ at ${at}`);
      return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, walk(v, (b as Record<string, unknown>)[k], `${at}.${k}`)]));
    }
    if (a !== b) throw new Error(`the language files differ at ${at}`);
    return a;
  };
  return walk(current, other, 'story') as Story;
}
