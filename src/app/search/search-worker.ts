/**
 * The search index in a worker of its own (search-session.ts): data/search.json is fetched,
 * parsed and indexed here, and every query is answered here, so that neither the reader's first
 * focus of the box nor a keystroke holds the page, whatever the story's size (at 10,000 events
 * the file is 6.4 MB, whose parsing alone took a 180 ms frame on the page).
 */
import { createSearchIndex, type SearchIndex } from '../../lib/search/engine';
import type { SearchData } from '../../lib/search/documents';
import type { FromSearchWorker, ToSearchWorker } from './search-session';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToSearchWorker>) => void) | null; postMessage(message: FromSearchWorker): void };

async function open(url: string, path: string): Promise<SearchIndex> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  let data: SearchData;
  try {
    data = (await response.json()) as SearchData;
  } catch {
    throw new Error(`${path}: the file is not valid JSON`);
  }
  if (!Array.isArray(data?.docs)) throw new Error(`${path}: not a search index`);
  return createSearchIndex(data);
}

let index: Promise<SearchIndex> | null = null;

scope.onmessage = ({ data: message }) => {
  if (message.type === 'open') {
    index = open(message.url, message.path);
    index.then(
      () => scope.postMessage({ type: 'ready' }),
      (e: unknown) => scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  } else if (index) {
    const { id, query } = message;
    index.then(
      (i) => scope.postMessage({ type: 'results', id, results: i.search(query) }),
      () => {},
    );
  }
};
