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
import { whenInteractive } from './app/perf-marks';

const { options, warnings } = embedOptions(location.search, document.referrer);
for (const w of warnings) console.warn(w);
// The host learns the embed's one height first, before anything else loads.
startSizeMessages(options);

const BRIDGE_AT_LATEST_MS = 1000;

/**
 * The host bridge arrives once the app is ready (the App starts it then) and its timeline is
 * usable: hosts wait for atlas:ready before they send anything, and neither the bridge nor its
 * message protocol is in what the reader waits for (the sizes go out from the start, above).
 */
function startBridge(app: AppState): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  // Within a second even in a frame the browser does not paint: the host still hears atlas:ready.
  whenInteractive(BRIDGE_AT_LATEST_MS)
    .then(() => import('./app/embed-bridge.svelte'))
    .then(
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
