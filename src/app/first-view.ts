/**
 * Starting the app in the browser. The entry loads the reading language's story and words
 * (requested from the HTML already by preload-story.js), then hydrates the page's prerendered
 * first view when the address shows it (lib/state/first-view), so the app takes over what the
 * reader already sees; otherwise (a deep link, the dev server, a failed load) it renders afresh.
 */
import { hydrate, mount, type Component } from 'svelte';
import { fetchJson } from './fetch-json';
import { initialLang } from './initial-lang';
import { decodeLang } from '../lib/state/url';
import { openingEventPositions, showsPrerenderedView } from '../lib/state/first-view';
import { decodeUrl } from '../lib/state/url';
import { indexStory } from '../lib/state/selection';
import { chunksOf, detailsPath } from '../lib/story/publish';
import { loadMessages, type Messages } from '../lib/i18n';
import { storyPathFor } from '../lib/story/languages';
import type { EventDetails, Lang, Story } from '../lib/story/types';
import { unpackStory, type WireStory } from '../lib/story/wire';

/** What the app opens with in its first render (and what the build prerendered with). */
export interface Preloaded {
  lang: Lang;
  story: Story;
  messages: Messages;
  /** The address's query, read as the URL's intent. */
  search: string;
  /** The chunks of event details the opening view shows (key: chunk number), when the story ships them apart. */
  details: Record<number, EventDetails[]>;
}

/**
 * A small story's chunks of event details that the opening view's cards need, fetched before
 * the app's first render so that it has them, as the prerendered page does (for the default
 * view the page has preloaded them already). The rest come once the timeline is usable (App).
 */
async function openingDetails(story: Story, lang: Lang, search: string, signal: AbortSignal): Promise<Record<number, EventDetails[]>> {
  // A large story's cards load their details themselves (chunks of 200): the timeline does not wait for them.
  if (!story.details?.prefetch) return {};
  const index = indexStory(story);
  const { intent } = decodeUrl(search, { venues: new Set(index.placeById.keys()), people: new Set(index.personById.keys()), span: index.span });
  const chunks = chunksOf(story.details, openingEventPositions(index, intent));
  const loaded = await Promise.all(chunks.map(async (k) => [k, (await fetchJson(detailsPath(lang, k), signal)) as EventDetails[]] as const));
  return Object.fromEntries(loaded);
}

/** A story file, checked to be one. */
export async function fetchStory(lang: Lang, signal: AbortSignal): Promise<Story> {
  const path = storyPathFor(lang);
  const wire = (await fetchJson(path, signal)) as WireStory | null;
  if (!Array.isArray(wire?.events?.id) || !Array.isArray(wire.places)) throw new Error(`${path}: not a story file`);
  try {
    return unpackStory(wire);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** The reading language: the URL's, else the browser's first Arabic or English preference, else Arabic. */
export function readingLang(): Lang {
  return decodeLang(location.search) ?? initialLang(navigator.languages);
}

/** Starts `App` in the page's #app: hydrating its prerendered view for this reader, or mounting afresh. */
export async function startApp<Props extends { preloaded?: Preloaded | null }>(App: Component<Props>, props: Omit<Props, 'preloaded'>): Promise<void> {
  const root = document.getElementById('app')!;
  // Says the app's scripts run here (public/preload-story.js looks for it before it asks for the embed's sandbox check).
  root.setAttribute('data-started', '');
  const lang = readingLang();
  let preloaded: Preloaded | null = null;
  try {
    const signal = new AbortController().signal;
    const [story, messages] = await Promise.all([fetchStory(lang, signal), loadMessages(lang)]);
    const details = await openingDetails(story, lang, location.search, signal);
    preloaded = { lang, story, messages, search: location.search, details };
  } catch {
    // The app loads again by itself, and says what failed, with a retry.
  }
  const views = [...root.querySelectorAll<HTMLElement>(':scope > .first-view')];
  const view = views.find((v) => v.dataset.prerender === lang);
  const all = { ...props, preloaded } as Props;
  if (preloaded && view && showsPrerenderedView(location.search)) {
    for (const v of views) if (v !== view) v.remove();
    hydrate(App, { target: view, props: all });
  } else {
    // Nothing prerendered fits: one empty wrapper (or #app itself, from the dev server) takes the app.
    const target = views[0] ?? root;
    for (const v of views) if (v !== target) v.remove();
    target.replaceChildren();
    mount(App, { target, props: all });
  }
  // The view is the app's now: the CSS that chose between the prerendered ones no longer applies.
  root.querySelector(':scope > .first-view')?.removeAttribute('data-prerender');
}
