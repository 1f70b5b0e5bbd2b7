/**
 * Knight Lab TimelineJS 3.9.11 (the npm package @knight-lab/timelinejs) showing this story's
 * events, for the benchmark's comparison (README "Performance"). `timelineJson` turns the
 * compiled story into TimelineJS's JSON, pure; `writeTimelineJsPage` writes a page that loads
 * everything from its own folder: TimelineJS's JS and CSS, its icon font, its Arabic locale, and
 * one data file per reading language. Nothing is requested off the machine:
 * - `script_path` is set to the page's own js/ folder (the default is cdn.knightlab.com);
 * - `font: null`: the default `font.default.css` loads PT Sans/Serif from fonts.gstatic.com,
 *   and no local copy exists, so TimelineJS draws with the system's fonts (which spares it a
 *   font download that our app makes);
 * - no Google Analytics id (the library's default), no sheets proxy (the data is a JSON file).
 * The page follows TimelineJS's own embed page (dist/embed/index.html): the script and the CSS
 * in the head, a container of the whole viewport, `new TL.Timeline(…)`.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeHtml } from '../../src/lib/html.ts';
import type { Lang, Story, StoryEvent } from '../../src/lib/story/types.ts';

export const TIMELINEJS_VERSION = '3.9.11';

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TlSlide {
  unique_id: string;
  start_date: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
}

export interface TlTimeline {
  title: { unique_id: string; text: { headline: string; text: string } };
  events: TlSlide[];
}

/** A date as the data writes it ("YYYY", "YYYY-MM", "YYYY-MM-DD"), to the precision it has. */
export function tlDate(value: string): TlDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`not a YYYY[-MM[-DD]] date: ${value}`);
  const date: TlDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return date;
}

/** TimelineJS renders headline and text as (sanitised) HTML: our plain text is escaped. */
const text = (s: string) => escapeHtml(s);

/** One slide per event (headline: its title; text: its summary), after a title slide with the story's title and subtitle. */
export function timelineJson(story: Pick<Story, 'meta' | 'events'>, lang: Lang): TlTimeline {
  const slide = (e: StoryEvent): TlSlide => ({
    unique_id: e.id,
    start_date: tlDate(e.start),
    ...(e.end ? { end_date: tlDate(e.end) } : {}),
    text: { headline: text(e.title[lang]), text: text(e.summary[lang]) },
  });
  return {
    title: { unique_id: 'title', text: { headline: text(story.meta.title[lang]), text: text(story.meta.subtitle[lang]) } },
    events: story.events.map(slide),
  };
}

/** Where the package's build is. */
export function timelineJsDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
}

/** The files the page uses, as they are in the package's dist/. */
const COPIED = [
  'js/timeline.js',
  'js/locale/ar.json',
  'css/timeline.css',
  'css/icons/tl-icons.woff2',
  'css/icons/tl-icons.woff',
  'css/icons/tl-icons.ttf',
  'css/icons/tl-icons.eot',
  'css/icons/tl-icons.svg',
];

const PAGE = `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>TITLE</title>
    <script id="timeline-script-tag" src="js/timeline.js"></script>
    <link rel="stylesheet" href="css/timeline.css" />
    <style>
      html, body { width: 100%; height: 100%; padding: 0; margin: 0; }
      #timeline-embed { height: 100%; }
    </style>
  </head>
  <body>
    <div id="timeline-embed"></div>
    <script>
      // ?lang=ar (default) or ?lang=en: this story's events in that language.
      var lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar';
      document.documentElement.lang = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      window.timeline = new TL.Timeline('timeline-embed', 'timeline.' + lang + '.json', {
        language: lang,
        script_path: new URL('js/', location.href).href,
        font: null,
        ga_measurement_id: null,
        ga_property_id: null,
      });
    </script>
  </body>
</html>
`;

/** The rule of our build (scripts/precompressed.ts): a gzip -9 copy of every .js/.css/.json that gzip makes smaller. */
function precompress(path: string): void {
  if (!/\.(js|css|json)$/.test(path)) return;
  const source = readFileSync(path);
  const gz = gzipSync(source, { level: 9 });
  if (gz.length < source.length) writeFileSync(`${path}.gz`, gz);
}

/** Writes the TimelineJS page for `story` into `outDir` (emptied first); returns the files written. */
export function writeTimelineJsPage(outDir: string, story: Pick<Story, 'meta' | 'events'>): string[] {
  rmSync(outDir, { recursive: true, force: true });
  const dist = timelineJsDist();
  const written: string[] = [];
  const put = (rel: string, write: (path: string) => void) => {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    write(path);
    precompress(path);
    written.push(rel);
  };
  for (const rel of COPIED) put(rel, (path) => copyFileSync(join(dist, rel), path));
  for (const lang of ['ar', 'en'] as const) {
    put(`timeline.${lang}.json`, (path) => writeFileSync(path, JSON.stringify(timelineJson(story, lang))));
  }
  put('index.html', (path) => writeFileSync(path, PAGE.replace('TITLE', escapeHtml(story.meta.title.ar))));
  return written;
}
