/**
 * Vite plugin: compiles and checks the story data (data/) and builds the basemap at build
 * time, emitting data/story.json (both languages, for anyone reusing the data), one
 * data/story.<lang>.json per reading language (what the app loads), data/articles/<id>.json
 * (article texts, loaded when opened), for large datasets data/details.<lang>.<k>.json (event
 * details in chunks, loaded with their cards), data/events.csv and data/places.geojson (the
 * story for reuse, linked under "Get the data"), data/search.json (what the search box searches,
 * fetched when the reader first focuses it) and data/basemap.json. It writes the story's
 * title and description (data/story.yaml) into both pages' <head>. A build with invalid data
 * fails with the checker's own messages instead of shipping a broken dataset. In dev the
 * same files are served fresh on every request, so an editor sees a change on reload.
 */
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { formatProblem } from '../src/lib/story/compile.ts';
import { compileStoryAt } from './story-files.ts';
import { buildBasemap } from './basemap.ts';
import { EVENTS_PAGE, eventsPage, FALLBACK_MARKER, HEAD_MARKER, noScriptLink, storyHead } from './static-fallback.ts';
import { DATA_FILES, eventsCsv, placesGeoJson } from '../src/lib/story/data-files.ts';
import { articleTextPath, chunksOf, detailsPath, publishStory, tourPath } from '../src/lib/story/publish.ts';
import { keepLanguage, onlyLanguage, storyPathFor } from '../src/lib/story/languages.ts';
import { LANGS, type Lang, type Story } from '../src/lib/story/types.ts';
import { VIEW_KEYS } from '../src/lib/state/first-view.ts';
import { FIRST_VIEW_MARKER, Prerenderer, type FirstViewData } from './prerender.ts';
import { openingEventPositions } from '../src/lib/state/first-view.ts';
import { indexStory } from '../src/lib/state/selection.ts';
import { SEARCH_PATH, searchDocuments } from '../src/lib/search/documents.ts';
import { packStory, unpackStory, type WireStory } from '../src/lib/story/wire.ts';

export const STORY_PATH = DATA_FILES.story;
/** The classic script (public/) that preloads the reading language's story and words from the HTML. */
export const PRELOAD_SCRIPT = 'preload-story.js';

/**
 * The preload script's data-* attributes: per language, the story file and (in a build) the
 * messages chunk with the chunks it imports, as the page's relative URLs. The script
 * (public/preload-story.js, a classic script file: the policy allows no inline script; async, so
 * the parser never waits for it: the views stay unpainted until it has chosen one) picks
 * the language as the app will (the last valid ?lang=, else the browser's first Arabic or
 * English preference, else Arabic; test/unit/preload-story.test.ts holds it to the app's own
 * functions) and adds a <link rel=preload as=fetch> for the story and <link rel=modulepreload>s
 * for the words, so both are requested with the page's scripts instead of after they have run.
 * It stays under 1 KB (served as it is, no compression). The dev server gets the story files only.
 */
export function preloadAttributes(ctx: Pick<IndexHtmlTransformContext, 'bundle'>, firstChunks: readonly number[] = []): string {
  const attrs: string[] = [`data-view-keys="${VIEW_KEYS.join(' ')}"`];
  for (const lang of LANGS) {
    attrs.push(`data-story-${lang}="${storyPathFor(lang)}"`);
    if (firstChunks.length) attrs.push(`data-details-${lang}="${firstChunks.map((k) => detailsPath(lang, k)).join(' ')}"`);
    const bundle = ctx.bundle;
    if (!bundle) continue;
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const entry = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`src/lib/i18n/${lang}.ts`));
    if (!entry) continue;
    const files = new Set<string>([entry.fileName]);
    const visit = (file: string) => {
      const chunk = chunks.find((c) => c.fileName === file);
      for (const f of chunk?.imports ?? []) {
        if (files.has(f)) continue;
        files.add(f);
        visit(f);
      }
    };
    visit(entry.fileName);
    attrs.push(`data-messages-${lang}="${[...files].join(' ')}"`);
  }
  return attrs.join(' ');
}

/**
 * The chunks of event details the default view's cards show (the same in every language), for
 * a small story (src/app/first-view.ts): a large one's first cards load theirs after the app
 * starts, in the prerendered page as in the app's first render.
 */
function openingChunks(story: Story): number[] {
  return story.details?.prefetch ? chunksOf(story.details, openingEventPositions(indexStory(story), {})) : [];
}

export const BASEMAP_PATH = 'data/basemap.json';

/** The published files: data/story.json and one data/articles/<id>.json per article. */
type Published = Map<string, string>;

function compileOrThrow(root: string): Published {
  const result = compileStoryAt(root);
  if (!result.story) {
    const lines = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    throw new Error(`The story data has errors; nothing was built.\n${lines.join('\n')}\nRun "npm run data:check" for the full report.`);
  }
  // Event details ship apart only for large stories (publish.ts): a small story's first cards
  // need them at once, and apart they cost the same bytes plus a request.
  // The default view's events get a chunk of details of their own (publish.ts: chunkStarts).
  const firstView = openingEventPositions(indexStory(publishStory(result.story, null).story), {});
  const { story, texts, details, tour } = publishStory(result.story, undefined, firstView);
  // data/story.json: the whole story in both languages, details included, for anyone reusing the data.
  const whole = { ...story, events: result.story.events, tour: result.story.tour, details: null };
  const files: Published = new Map([
    [STORY_PATH, JSON.stringify(whole)],
    [DATA_FILES.events, eventsCsv(result.story)],
    [DATA_FILES.places, JSON.stringify(placesGeoJson(result.story))],
  ]);
  for (const lang of LANGS) {
    files.set(storyPathFor(lang), JSON.stringify(packStory(onlyLanguage(story, lang))));
    details?.forEach((chunk, k) => files.set(detailsPath(lang, k), JSON.stringify(keepLanguage(chunk, lang))));
    if (tour.length) files.set(tourPath(lang), JSON.stringify(keepLanguage(tour, lang)));
  }
  for (const t of texts) files.set(articleTextPath(t.id), JSON.stringify(t));
  // data/search.json: what the search box searches (both languages, aliases, quotes), fetched on its first focus.
  files.set(SEARCH_PATH, JSON.stringify(searchDocuments(result.story)));
  return files;
}

/**
 * `dataRoot`: the folder whose data/ holds the story sources: this project by default, or
 * another dataset (e.g. the synthetic one for the benchmark) given as ATLAS_DATA.
 */
export function storyData(dataRoot?: string): Plugin {
  let root = dataRoot ?? process.cwd();
  /** The app's own folder (src/ is rendered from it), whichever dataset is built. */
  let appRoot = process.cwd();
  let prerenderer: Prerenderer | null = null;
  let basemap: string | null = null;
  const basemapJson = () => (basemap ??= JSON.stringify(buildBasemap()));
  // A build compiles the story once (both pages' fallback and the asset share it); the dev
  // server compiles afresh on every request so edits show on reload.
  let buildStory: Published | null = null;
  const published = () => buildStory ?? compileOrThrow(root);
  const storyJson = () => published().get(STORY_PATH)!;
  return {
    name: 'story-data',
    configResolved(config) {
      appRoot = config.root;
      if (!dataRoot) root = config.root;
    },
    buildStart() {
      buildStory = null;
      if (this.meta.watchMode) return;
      try {
        buildStory = compileOrThrow(root);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
    transformIndexHtml: {
      // After Vite's own: in a build the bundle is known, so the messages chunks' hashed names are.
      order: 'post',
      async handler(html, ctx) {
        const files = published();
        const stories = Object.fromEntries(LANGS.map((l) => [l, unpackStory(JSON.parse(files.get(storyPathFor(l))!) as WireStory)])) as Record<Lang, Story>;
        const firstChunks = openingChunks(stories.ar);
        html = html.replace(`<script src="${PRELOAD_SCRIPT}" `, `<script src="${PRELOAD_SCRIPT}" ${preloadAttributes(ctx, firstChunks)} `);
        if (html.includes(FIRST_VIEW_MARKER)) {
          // Prerendered in a build only: the dev server renders in the browser, fresh on every reload.
          let views = '';
          if (ctx.bundle) {
            const page = ctx.path.endsWith('embed.html') ? 'embed' : 'index';
            const data = Object.fromEntries(
              LANGS.map((l) => [l, { story: stories[l], details: Object.fromEntries(firstChunks.map((k) => [k, JSON.parse(files.get(detailsPath(l, k))!)])) }]),
            ) as Record<Lang, FirstViewData>;
            prerenderer ??= new Prerenderer(appRoot);
            views = await prerenderer.firstViews(page, data);
          }
          html = html.replace(FIRST_VIEW_MARKER, views);
        }
        if (!html.includes(FALLBACK_MARKER) && !html.includes(HEAD_MARKER)) return html;
        const story = JSON.parse(storyJson()) as Story;
        return html.replace(HEAD_MARKER, storyHead(story.meta)).replace(FALLBACK_MARKER, noScriptLink());
      },
    },
    async closeBundle() {
      await prerenderer?.close();
      prerenderer = null;
    },
    generateBundle() {
      let files: Published;
      try {
        files = published();
      } catch (e) {
        this.error((e as Error).message);
      }
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: BASEMAP_PATH, source: basemapJson() });
      this.emitFile({ type: 'asset', fileName: EVENTS_PAGE, source: eventsPage(JSON.parse(storyJson()) as Story) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.slice(1) ?? '';
        // Whatever the build publishes under data/ is served from the same map of files, so the
        // dev server never restates which paths exist.
        if (path === EVENTS_PAGE) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(eventsPage(JSON.parse(storyJson()) as Story));
          return;
        }
        if (path !== BASEMAP_PATH && !path.startsWith('data/')) return next();
        try {
          const body = path === BASEMAP_PATH ? basemapJson() : compileOrThrow(root).get(path);
          if (body === undefined) return next();
          res.setHeader(
            'Content-Type',
            path.endsWith('.csv') ? 'text/csv; charset=utf-8' : path.endsWith('.geojson') ? 'application/geo+json' : 'application/json; charset=utf-8',
          );
          res.end(body);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end((e as Error).message);
        }
      });
    },
  };
}
