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
import { showsPrerenderedView, VIEW_KEYS } from '../../src/lib/state/first-view';

const SOURCE = readFileSync(new URL('../../public/preload-story.js', import.meta.url), 'utf8');
const ATTRS: Record<string, string> = {
  'data-story-ar': 'data/story.ar.json',
  'data-story-en': 'data/story.en.json',
  'data-messages-ar': 'assets/ar-A.js assets/shared-B.js',
  'data-messages-en': 'assets/en-C.js',
};

/** Runs the script against a fake document and returns the <link>s it added. */
function run(search: string, languages: readonly string[], attrs: Record<string, string> = ATTRS) {
  return runPage(search, languages, attrs).links;
}

/** Runs the script and returns what it did to the page: the links, and the root's classes, lang and dir. */
function runPage(search: string, languages: readonly string[], attrs: Record<string, string> = ATTRS) {
  const links: Record<string, string>[] = [];
  const classes: string[] = [];
  const documentElement = { lang: 'ar', dir: 'rtl', classList: { add: (c: string) => classes.push(c) } };
  const document = {
    currentScript: { getAttribute: (name: string) => attrs[name] ?? null },
    createElement: () => ({}),
    head: { appendChild: (l: Record<string, string>) => links.push({ ...l }) },
    documentElement,
  };
  runInNewContext(SOURCE, { document, location: { search }, navigator: { languages }, URLSearchParams });
  return { links, classes, lang: documentElement.lang, dir: documentElement.dir };
}

const WITH_KEYS = { ...ATTRS, 'data-view-keys': VIEW_KEYS.join(' ') };

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
    // A thousand runs of a script in a fresh context: a budget for a busy machine, not a speed test.
  }, 60_000);
});

describe('preload-story.js: the first view', () => {
  it.each([
    ['', ['ar'], 'atlas-view-ar', 'ar', 'rtl'],
    ['?lang=en', ['ar'], 'atlas-view-en', 'en', 'ltr'],
    ['', ['en-GB'], 'atlas-view-en', 'en', 'ltr'],
    ['?childId=x&initialWidth=390&utm_source=feed', ['ar'], 'atlas-view-ar', 'ar', 'rtl'],
    ['?date=2023-09-13', ['ar'], 'atlas-view-none', 'ar', 'rtl'],
    ['?lang=en&person=kim-jong-un', ['ar'], 'atlas-view-none', 'en', 'ltr'],
    ['?controls=map', ['ar'], 'atlas-view-none', 'ar', 'rtl'],
    ['?theme=dark', ['en'], 'atlas-view-none', 'en', 'ltr'],
    ['?date=', ['ar'], 'atlas-view-none', 'ar', 'rtl'],
  ])('%s (browser %j) shows %s, in %s %s', (search, langs, view, lang, dir) => {
    expect(runPage(search, langs, WITH_KEYS)).toMatchObject({ classes: [view], lang, dir });
  });

  it('hides the prerendered views exactly when the app will not hydrate them', () => {
    const key = fc.constantFrom(...VIEW_KEYS, 'lang', 'childId', 'x', 'parentUrl');
    const query = fc.array(fc.tuple(key, fc.constantFrom('', '1', 'en', 'map')), { maxLength: 4 }).map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(query, (search) => {
        const { classes } = runPage(search, ['ar'], WITH_KEYS);
        expect(classes[0] !== 'atlas-view-none').toBe(showsPrerenderedView(search));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
