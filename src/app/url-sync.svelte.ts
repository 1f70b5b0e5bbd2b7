/**
 * The history boundary: writes the reader's intent into the URL as it changes and applies
 * the URL on Back/Forward. Deliberate choices (a click) push an entry so Back returns to
 * them; continuous moves (dragging, stepping, playing) replace the entry, at most every
 * 300 ms. Writes are compared with the current URL first, so applying a URL never writes.
 */
import type { AppState } from './state.svelte';
import { decodeUrl, encodeUrl } from '../lib/state/url';

const THROTTLE_MS = 300;

export function startUrlSync(app: AppState): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: string | null = null;

  const write = (search: string, mode: 'push' | 'replace') => {
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const flush = () => {
    timer = null;
    if (pending !== null) write(pending, 'replace');
    pending = null;
  };

  const stop = $effect.root(() => {
    $effect(() => {
    const search = encodeUrl(location.search, app.toUrl());
    // Inside a host's article the embed never adds history entries: the host's Back button
    // must leave the host page, not step through the embed.
    const mode = app.embedded ? 'replace' : app.historyMode;
    app.historyMode = 'replace';
    if (mode === 'push') {
      // A step or drag still waiting to be written gets its own entry first, so Back finds it.
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending !== null) write(pending, 'replace');
      pending = null;
      write(search, 'push');
    } else {
      pending = search;
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
