/**
 * The postMessage boundary of the embed: tells the host its height (pym.js and AMP
 * conventions), announces readiness and every selection, and obeys the host's commands.
 * It talks to one origin only (`origin=` in the embed URL, else the referrer's), ignores and
 * logs anything else, and never navigates the top window or evaluates message content.
 */
import { untrack } from 'svelte';
import type { AppState } from './state.svelte';
import { ampSizeMessage, parseHostMessage, pymHeightMessage, selectionMessage } from '../lib/embed/protocol';
import type { EmbedOptions } from '../lib/embed/options';

export function startEmbedBridge(app: AppState, options: EmbedOptions): () => void {
  const framed = window.parent !== window;
  const origin = options.origin;
  if (framed && !origin) console.warn('Embed: no host origin (origin= parameter or referrer); messages are off.');
  const post = (message: unknown) => {
    if (framed && origin) window.parent.postMessage(message, origin);
  };

  // Height: whenever the content's height changes, in both conventions.
  let lastHeight = -1;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    if (options.childId) post(pymHeightMessage(options.childId, height));
    post(ampSizeMessage(height));
  };
  const resize = new ResizeObserver(sendHeight);
  resize.observe(document.documentElement);
  sendHeight();

  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !framed) return;
    // pym.js parents send their own strings (width, scroll positions): not for us, not an error.
    if (typeof event.data === 'string' && event.data.startsWith('pymxPYMx')) return;
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
        app.focus = c.person ? { kind: 'person', id: c.person } : c.venue ? { kind: 'venue', id: c.venue } : null;
      }
      if (c.date) app.moveTo(c.date, 'replace');
    }
  };
  addEventListener('message', onMessage);

  post({ type: 'atlas:ready' });
  let lastSent = '';
  const stop = $effect.root(() => {
    $effect(() => {
      if (!app.selection) return;
      const message = selectionMessage(app.selection);
      const key = JSON.stringify(message);
      untrack(() => {
        if (key === lastSent) return;
        lastSent = key;
        post(message);
      });
    });
  });

  return () => {
    stop();
    resize.disconnect();
    removeEventListener('message', onMessage);
  };
}
