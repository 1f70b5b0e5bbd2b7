/**
 * The message boundary of the embed (README "Embedding", message table): announces readiness
 * and the selection, and obeys the host's commands. It talks to one origin only (`origin=` in
 * the embed URL, else the referrer's), ignores and logs anything else, and never navigates the
 * top window or evaluates message content. Height messages are not here: they go to any parent
 * from the first moment (embed-size.ts).
 *
 * Order, as hosts rely on it: atlas:ready, then at once the current atlas:selection; then one
 * atlas:selection for every atlas:select (even one that changes nothing) and one for every
 * change the reader makes.
 */
import { untrack } from 'svelte';
import type { AppState } from './state.svelte';
import { parseHostMessage, selectionMessage, type SelectionMessage } from '../lib/embed/protocol';
import type { EmbedOptions } from '../lib/embed/options';

export function startEmbedBridge(app: AppState, options: Pick<EmbedOptions, 'origin'>): () => void {
  const framed = window.parent !== window;
  const origin = options.origin;
  if (framed && !origin) console.warn('Embed: no host origin (origin= parameter or referrer); the atlas:* messages are off. Heights are still sent.');
  const post = (message: unknown) => {
    if (framed && origin) window.parent.postMessage(message, origin);
  };

  let lastSent = '';
  const postSelection = (message: SelectionMessage) => {
    lastSent = JSON.stringify(message);
    post(message);
  };
  const current = () => (app.selection ? selectionMessage(app.selection) : null);

  const onMessage = (event: MessageEvent) => {
    if (!framed) return;
    if (event.source !== window.parent) {
      console.warn(`Embed: ignoring a message from another frame (${event.origin || 'unknown origin'}); only the parent page may drive this embed.`);
      return;
    }
    // Host libraries' own messages (pym.js strings, frames' init): not for us, not an error.
    if (typeof event.data === 'string' && event.data.startsWith('pymxPYMx')) return;
    if ((event.data as { sentinel?: unknown } | null)?.sentinel === 'amp') return;
    if (event.origin !== origin) {
      console.warn(`Embed: ignoring a message from ${event.origin}; only ${origin ?? 'no origin'} may drive this embed.`);
      return;
    }
    if (!app.index) return;
    const parsed = parseHostMessage(event.data, app.urlKnown());
    if ('ignored' in parsed) {
      console.warn(`Embed: ignoring a message (${parsed.ignored}).`);
      return;
    }
    const c = parsed.command;
    if (c.type === 'atlas:play') app.playing = true;
    else if (c.type === 'atlas:pause') app.playing = false;
    else if (c.type === 'atlas:lang') app.requestLang(c.lang, 'replace');
    else {
      app.playing = false;
      if (c.person !== undefined || c.venue !== undefined) {
        app.setFocus(c.person ? { kind: 'person', id: c.person } : c.venue ? { kind: 'venue', id: c.venue } : null, 'replace', { land: c.date === undefined });
      }
      if (c.date) app.moveTo(c.date, 'replace');
      // Every select is answered, even one that changed nothing (the effect below then
      // sees the same selection and stays quiet).
      const reply = current();
      if (reply) postSelection(reply);
    }
  };
  addEventListener('message', onMessage);

  post({ type: 'atlas:ready' });
  const first = current();
  if (first) postSelection(first);
  const stop = $effect.root(() => {
    $effect(() => {
      if (!app.selection) return;
      const message = selectionMessage(app.selection);
      untrack(() => {
        if (JSON.stringify(message) !== lastSent) postSelection(message);
      });
    });
  });

  return () => {
    stop();
    removeEventListener('message', onMessage);
  };
}
