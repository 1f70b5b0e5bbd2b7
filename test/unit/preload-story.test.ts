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

describe('preload-story.js: the embed’s sandbox check', () => {
  /** Runs the script on a page in `readyState`, whose #app the app did or did not mark; returns the scripts it added and when. */
  function runCheck(readyState: string, started: boolean, attrs: Record<string, string> = { ...ATTRS, 'data-frame-check': 'embed-frame-check.js' }) {
    const added: { src?: string; rel?: string }[] = [];
    const listeners: Record<string, () => void> = {};
    const window = { addEventListener: (type: string, f: () => void) => (listeners[`window ${type}`] = f) };
    const app = { hasAttribute: (n: string) => n === 'data-started' && started };
    const document = {
      currentScript: { getAttribute: (name: string) => attrs[name] ?? null },
      createElement: () => ({}),
      head: { appendChild: (el: { src?: string; rel?: string }) => added.push({ ...el }) },
      documentElement: { classList: { add: () => {} } },
      readyState,
      getElementById: (id: string) => (id === 'app' ? app : null),
      addEventListener: (type: string, f: () => void) => (listeners[type] = f),
    };
    runInNewContext(SOURCE, { document, window, location: { search: '' }, navigator: { languages: ['ar'] }, URLSearchParams });
    const scripts = () => added.filter((el) => el.src).map((el) => el.src);
    return { scripts, listeners };
  }

  it.each([
    ['the page is loaded and the app did not start', 'complete', false, ['embed-frame-check.js']],
    ['the app started', 'complete', true, []],
  ] as const)('%s: requests the check %j', (_name, readyState, started, expected) => {
    expect(runCheck(readyState, started).scripts()).toEqual(expected);
  });

  it('waits for the page to be parsed (the app’s module scripts have run by then)', () => {
    const { scripts, listeners } = runCheck('loading', false);
    expect(scripts()).toEqual([]);
    listeners.DOMContentLoaded!();
    expect(scripts()).toEqual(['embed-frame-check.js']);
    const started = runCheck('loading', true);
    started.listeners.DOMContentLoaded!();
    expect(started.scripts()).toEqual([]);
  });

  it('parsed but not yet DOMContentLoaded ("interactive"): the app’s scripts may still be due, so it waits for load', () => {
    const { scripts, listeners } = runCheck('interactive', false);
    expect(scripts()).toEqual([]);
    expect(Object.keys(listeners)).toEqual(['window load']);
    listeners['window load']!();
    expect(scripts()).toEqual(['embed-frame-check.js']);
  });

  it('is not part of the full page (no data-frame-check)', () => {
    const { scripts, listeners } = runCheck('interactive', false, ATTRS);
    expect(scripts()).toEqual([]);
    expect(listeners).toEqual({});
  });
});
