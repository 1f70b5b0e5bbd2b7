/**
 * The history boundary: writes the reader's intent into the URL as it changes (through
 * HistoryWriter: pushes for deliberate choices, throttled replaces for continuous moves, and
 * nothing while the timeline's handle is held) and applies the URL on Back/Forward. Whether a
 * change is a push is data in the state (`app.pushes`, a count of deliberate choices), compared
 * with the count last written.
 * Each entry's document title names what it holds (document-title.ts); this is the one
 * writer of document.title once the story is loaded.
 */
import type { AppState } from './state.svelte';
import { decodeUrl, encodeUrl } from '../lib/state/url';
import { documentTitle } from '../lib/state/document-title';
import { HistoryWriter } from './history-writer';

const THROTTLE_MS = 300;

export function startUrlSync(app: AppState): () => void {
  const writer = new HistoryWriter(
    {
      location,
      history,
      setTitle: (title) => (document.title = title),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    THROTTLE_MS,
  );
  let pushesWritten = app.pushes;

  const stop = $effect.root(() => {
    $effect(() => {
      // While the handle is held, days fly past: the address and the title are written once it
      // is let go. Each throttled write had cost a frame 0.3-3.8 ms (a bench scrub made 27).
      if (app.view.scrubbing) return;
      const entry = { search: encodeUrl(location.search, app.toUrl()), title: documentTitle(app.index, app.selection, app.lang, app.title) };
      const pushes = app.pushes;
      // Inside a host's article the embed never adds history entries: the host's Back button
      // must leave the host page, not step through the embed.
      const mode = pushes > pushesWritten && !app.embedded ? 'push' : 'replace';
      pushesWritten = pushes;
      writer.record(entry, mode);
    });
  });

  const onPop = () => {
    if (!app.index) return;
    const { intent, warnings } = decodeUrl(location.search, app.urlKnown());
    for (const w of warnings) console.warn(w);
    app.applyUrl({ ...intent, lang: intent.lang ?? app.lang });
  };
  addEventListener('popstate', onPop);

  return () => {
    stop();
    writer.dispose();
    removeEventListener('popstate', onPop);
  };
}
