/** Entry point of the embed (embed.html): the same App, with compact chrome and the host bridge. */
import './app/fonts.css';
import './app/styles.css';
import './app/embed.css';
import App from './app/App.svelte';
import EmbedFrame from './app/EmbedFrame.svelte';
import { embedOptions } from './lib/embed/options';
import type { AppState } from './app/state.svelte';
import { startSizeMessages } from './app/embed-size';
import { startApp } from './app/first-view';

const { options, warnings } = embedOptions(location.search, document.referrer);
for (const w of warnings) console.warn(w);
// The host learns the embed's one height first, before anything else loads.
startSizeMessages(options);

/**
 * The host bridge arrives once the app is ready (the App starts it then): hosts wait for
 * atlas:ready before they send anything, and its code stays out of the first download.
 */
function startBridge(app: AppState): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  import('./app/embed-bridge.svelte').then(
    ({ startEmbedBridge }) => {
      if (!stopped) stop = startEmbedBridge(app, options);
    },
    (e) => console.error('Embed: the host bridge could not be loaded; messages are off.', e),
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

void startApp(App, { embedSetup: { options, startBridge, Frame: EmbedFrame } });
