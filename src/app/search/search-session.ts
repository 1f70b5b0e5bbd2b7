/**
 * The search box's lazy half (loaded on the reader's first focus of the box, never in the
 * first download): the controller, the results list, and the index. The index is built and
 * queried in a worker (search-worker.ts), so that at 10,000 events neither loading it nor
 * typing holds the page; where no worker can start (a host's policy, an old browser) it is
 * built on the page instead, a few milliseconds at a time, giving the page back between slices.
 */
import { fetchJson } from '../fetch-json';
import { SEARCH_PATH, type SearchData } from '../../lib/search/documents';
import { SearchIndexBuilder, type SearchIndex, type SearchResults } from '../../lib/search/engine';
import { SearchController } from './search-controller.svelte';
import type { AppState } from '../state.svelte';

export { default as SearchResults } from './SearchResults.svelte';

/** What answers the box: a query in, its results out (from the worker, or from the page). */
export interface Searcher {
  search(query: string): Promise<SearchResults>;
}

/** The page → worker messages. */
export type ToSearchWorker = { type: 'open'; url: string; path: string } | { type: 'search'; id: number; query: string };
/** The worker → page messages. */
export type FromSearchWorker = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'results'; id: number; results: SearchResults };

/** The index in a worker; resolves once it is built. */
function openInWorker(signal: AbortSignal): Promise<Searcher> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    signal.addEventListener('abort', () => worker.terminate());
    const waiting = new Map<number, (results: SearchResults) => void>();
    let next = 0;
    const searcher: Searcher = {
      search: (query) =>
        new Promise((answer) => {
          const id = next++;
          waiting.set(id, answer);
          worker.postMessage({ type: 'search', id, query } satisfies ToSearchWorker);
        }),
    };
    // A worker that cannot start (refused by a policy, a failed script) says so only here.
    worker.onerror = (e) => reject(new Error(e.message || 'the search worker could not start'));
    worker.onmessage = ({ data: message }: MessageEvent<FromSearchWorker>) => {
      if (message.type === 'ready') resolve(searcher);
      else if (message.type === 'failed') reject(new Error(message.message));
      else {
        waiting.get(message.id)?.(message.results);
        waiting.delete(message.id);
      }
    };
    worker.postMessage({ type: 'open', url: new URL(SEARCH_PATH, document.baseURI).href, path: SEARCH_PATH } satisfies ToSearchWorker);
  });
}

/** How long one slice of index building may hold the page (the fallback). */
const SLICE_MS = 6;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The index on the page, built in slices. */
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

async function openOnPage(signal: AbortSignal): Promise<Searcher> {
  const index = await openSearchIndex(signal);
  return { search: async (query) => index.search(query) };
}

/** The worker's index, else the page's. */
async function openSearch(signal: AbortSignal): Promise<Searcher> {
  try {
    return await openInWorker(signal);
  } catch (e) {
    if (signal.aborted) throw e;
    console.warn('The search runs on the page instead of a worker:', e instanceof Error ? e.message : e);
    return openOnPage(signal);
  }
}

/** The controller at once (typing is kept from the first key); the index follows. */
export function startSearch(app: AppState, uid: string, query: string, signal: AbortSignal): SearchController {
  const controller = new SearchController(app, uid, query);
  openSearch(signal).then(
    (searcher) => controller.ready(searcher),
    (e) => {
      if (signal.aborted) return;
      console.error('The search could not be loaded:', e);
      controller.status = 'failed';
    },
  );
  return controller;
}
