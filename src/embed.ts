/** Entry point of the embed (embed.html): the same App, with compact chrome and the host bridge. */
import { mount } from 'svelte';
import './app/fonts.css';
import './app/styles.css';
import App from './app/App.svelte';
import { embedOptions } from './lib/embed/protocol';
import { startEmbedBridge } from './app/embed-bridge.svelte';

const { options, warnings } = embedOptions(location.search, document.referrer);
for (const w of warnings) console.warn(w);

mount(App, {
  target: document.getElementById('app')!,
  props: { embedSetup: { options, startBridge: (app) => startEmbedBridge(app, options) } },
});
