/**
 * The history boundary: writes the reader's intent into the URL as it changes and applies
 * the URL on Back/Forward. Deliberate choices (a click) push an entry so Back returns to
 * them; continuous moves (dragging, stepping, playing) replace the entry, at most every
 * 300 ms. Writes are compared with the current URL first, so applying a URL never writes.
 * Each entry's document title names what it holds (document-title.ts).
 */
import type { AppState } from './state.svelte';
import { decodeUrl, encodeUrl } from '../lib/state/url';
import { documentTitle } from '../lib/state/document-title';

const THROTTLE_MS = 300;

/** A history entry: the URL's query and the document title that names it. */
interface Entry {
  search: string;
  title: string;
}

export function startUrlSync(app: AppState): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Entry | null = null;

  /** Writes the URL, then the title: set before a push, the title would rename the entry being left. */
  const write = ({ search, title }: Entry, mode: 'push' | 'replace') => {
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    document.title = title;
  };

  const flush = () => {
    timer = null;
    if (pending !== null) write(pending, 'replace');
    pending = null;
  };

  let first = true;
  const stop = $effect.root(() => {
    $effect(() => {
      const entry = { search: encodeUrl(location.search, app.toUrl()), title: documentTitle(app.index, app.selection, app.lang, app.title) };
      // Inside a host's article the embed never adds history entries: the host's Back button
      // must leave the host page, not step through the embed.
      const mode = app.embedded ? 'replace' : app.historyMode;
      app.historyMode = 'replace';
      if (first) {
        // The page's own entry: named at once, not after the throttle.
        first = false;
        write(entry, 'replace');
      } else if (mode === 'push') {
        // A step or drag still waiting to be written gets its own entry first, so Back finds it.
        if (timer) clearTimeout(timer);
        timer = null;
        if (pending !== null) write(pending, 'replace');
        pending = null;
        write(entry, 'push');
      } else {
        pending = entry;
        timer ??= setTimeout(flush, THROTTLE_MS);
      }
    });
  });

  const onPop = () => {
    if (!app.index) return;
    const { intent, warnings } = decodeUrl(location.search, app.urlKnown());
    for (const w of warnings) console.warn(w);
    app.applyUrl({ ...intent, lang: intent.lang ?? app.lang });
    if (!intent.venue && !intent.person && app.focus) app.focus = null;
  };
  addEventListener('popstate', onPop);

  return () => {
    stop();
    removeEventListener('popstate', onPop);
    if (timer) clearTimeout(timer);
  };
}
