/**
 * The message boundary of the embed (README "Embedding", message table): connects the
 * message handling (embed-messages.ts) to the window and announces every selection change.
 * It talks to one origin only (`origin=` in the embed URL, else the referrer's) and never
 * navigates the top window or evaluates message content. Height messages are not here: they
 * go to any parent from the first moment (embed-size.ts).
 */
import type { AppState } from './state.svelte';
import type { EmbedOptions } from '../lib/embed/options';
import { embedMessages } from './embed-messages';

export function startEmbedBridge(app: AppState, options: Pick<EmbedOptions, 'origin'>): () => void {
  const messages = embedMessages(app, options.origin, {
    parent: window.parent !== window ? window.parent : null,
    warn: (message) => console.warn(message),
  });
  const onMessage = (event: MessageEvent) => messages.receive(event);
  addEventListener('message', onMessage);
  messages.ready();
  const stop = $effect.root(() => {
    $effect(() => {
      // Read here so that the effect follows the selection; announce compares and posts.
      void app.selection;
      messages.announce();
    });
  });
  return () => {
    stop();
    removeEventListener('message', onMessage);
  };
}
