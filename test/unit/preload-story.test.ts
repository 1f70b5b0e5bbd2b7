/**
 * public/preload-story.js: the classic script that starts the reading language's story file and
 * messages chunk from the HTML. It must choose the language exactly as the app does
 * (App.svelte: decodeLang(location.search) ?? initialLang(navigator.languages)), or a reader
 * would download the other language's files first.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLang } from '../../src/lib/state/url';
import { initialLang } from '../../src/app/initial-lang';

const SOURCE = readFileSync(new URL('../../public/preload-story.js', import.meta.url), 'utf8');
const ATTRS: Record<string, string> = {
  'data-story-ar': 'data/story.ar.json',
  'data-story-en': 'data/story.en.json',
  'data-messages-ar': 'assets/ar-A.js assets/shared-B.js',
  'data-messages-en': 'assets/en-C.js',
};

/** Runs the script against a fake document and returns the <link>s it added. */
function run(search: string, languages: readonly string[], attrs: Record<string, string> = ATTRS) {
  const links: Record<string, string>[] = [];
  const document = {
    currentScript: { getAttribute: (name: string) => attrs[name] ?? null },
    createElement: () => ({}),
    head: { appendChild: (l: Record<string, string>) => links.push({ ...l }) },
  };
  runInNewContext(SOURCE, { document, location: { search }, navigator: { languages }, URLSearchParams });
  return links;
}

const langOf = (links: Record<string, string>[]) => links.find((l) => l.as === 'fetch')?.href?.match(/story\.(\w+)\.json/)?.[1];

describe('preload-story.js', () => {
  it('preloads the story file and the messages chunks of the chosen language only', () => {
    expect(run('?date=2023-09-13&lang=en', ['ar'])).toEqual([
      { rel: 'preload', href: 'data/story.en.json', as: 'fetch', crossOrigin: 'anonymous' },
      { rel: 'modulepreload', href: 'assets/en-C.js', crossOrigin: 'anonymous' },
    ]);
    expect(run('', ['fr-FR', 'ar-EG']).map((l) => l.href)).toEqual(['data/story.ar.json', 'assets/ar-A.js', 'assets/shared-B.js']);
  });

  it('adds nothing it was not told of (the dev server names no chunks)', () => {
    expect(run('', ['en'], { 'data-story-en': 'data/story.en.json' })).toEqual([
      { rel: 'preload', href: 'data/story.en.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('chooses the language the app will choose, for any query and browser languages', () => {
    const query = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom('lang=ar', 'lang=en', 'lang=fr', 'lang=', 'lang=EN', 'date=2023-09-13', 'lang=%61r', 'x=1'), { maxLength: 4 })
        .map((p) => `?${p.join('&')}`),
    );
    const languages = fc.array(fc.oneof(fc.string(), fc.constantFrom('ar', 'en', 'EN-us', 'ar-SA', 'fr', 'de-DE', 'arn', 'eng')), { maxLength: 4 });
    fc.assert(
      fc.property(query, languages, (search, langs) => {
        expect(langOf(run(search, langs))).toBe(decodeLang(search) ?? initialLang(langs));
      }),
      { numRuns: 1000 },
    );
  });
});
