/**
 * The search box's lazy half (loaded on the reader's first focus of the box, never in the
 * first download): the controller, the results list, and the index, built from
 * data/search.json a few milliseconds at a time, giving the page back between slices, so
 * that even at 10,000 events typing, scrubbing and clicking stay responsive while it builds.
 */
import { fetchJson } from '../fetch-json';
import { SEARCH_PATH, type SearchData } from '../../lib/search/documents';
import { SearchIndexBuilder, type SearchIndex } from '../../lib/search/engine';
import { SearchController } from './search-controller.svelte';
import type { AppState } from '../state.svelte';

export { default as SearchResults } from './SearchResults.svelte';

/** How long one slice of index building may hold the page. */
const SLICE_MS = 6;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function openSearchIndex(signal: AbortSignal): Promise<SearchIndex> {
  const data = (await fetchJson(SEARCH_PATH, signal)) as SearchData;
  if (!Array.isArray(data?.docs)) throw new Error(`${SEARCH_PATH}: not a search index`);
  const builder = new SearchIndexBuilder(data);
  while (!builder.done) {
    const start = performance.now();
    while (!builder.done && performance.now() - start < SLICE_MS) builder.add(20);
    await nextTask();
    if (signal.aborted) throw new Error('aborted');
  }
  const steps = builder.finishing();
  for (;;) {
    const start = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
    if (step.done) return step.value;
    await nextTask();
    if (signal.aborted) throw new Error('aborted');
  }
}

/** The controller at once (typing is kept from the first key); the index follows. */
export function startSearch(app: AppState, uid: string, query: string, signal: AbortSignal): SearchController {
  const controller = new SearchController(app, uid, query);
  openSearchIndex(signal).then(
    (index) => controller.ready(index),
    (e) => {
      if (signal.aborted) return;
      console.error('The search could not be loaded:', e);
      controller.status = 'failed';
    },
  );
  return controller;
}
