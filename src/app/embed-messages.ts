/**
 * The embed's message handling, apart from the window so it can be tested with fakes: which
 * messages are obeyed (only the parent's, only from the allowed origin, only well formed),
 * what each does to the state (through AppState's commands), and what the host hears back.
 * The order hosts rely on: atlas:ready, then at once the current atlas:selection; then exactly
 * one atlas:selection for every atlas:select and atlas:step (even one that changes nothing), for
 * every atlas:lang (once the language is shown), and one for every change the reader makes
 * (announce, called by the bridge's effect).
 */
import type { AppState } from './state.svelte';
import { parseHostMessage, selectionMessage } from '../lib/embed/protocol';
import { focusOf } from '../lib/state/url';
import { makeFilter } from '../lib/state/filter';

/** The parts of a window the handling touches. */
export interface MessagePort {
  /** The parent window (the host page), or null when the embed is not framed. */
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  warn(message: string): void;
}

/** The parts of a MessageEvent the handling reads. */
export interface IncomingMessage {
  source: unknown;
  origin: string;
  data: unknown;
}

export interface EmbedMessages {
  /** Says atlas:ready and the current selection (once the story is loaded). */
  ready(): void;
  /** Tells the host the selection if it differs from the last one told. */
  announce(): void;
  /** Handles one message event. */
  receive(event: IncomingMessage): void;
}

export function embedMessages(app: AppState, origin: string | null, port: MessagePort): EmbedMessages {
  const post = (message: unknown) => {
    if (port.parent && origin) port.parent.postMessage(message, origin);
  };
  let lastSent = '';
  const announce = (always = false) => {
    if (!app.selection) return;
    const message = selectionMessage(app.selection, app.lang, app.shownStep, app.filter);
    const key = JSON.stringify(message);
    if (!always && key === lastSent) return;
    lastSent = key;
    post(message);
  };

  return {
    ready() {
      if (port.parent && !origin)
        port.warn(
          'Embed: no host origin (a valid origin= parameter, or the referrer when there is none); the atlas:* messages are off. Heights are still sent.',
        );
      post({ type: 'atlas:ready' });
      announce(true);
    },
    announce: () => announce(),
    receive(event) {
      if (!port.parent) return;
      if (event.source !== port.parent) {
        port.warn(`Embed: ignoring a message from another frame (${event.origin || 'unknown origin'}); only the parent page may drive this embed.`);
        return;
      }
      // Host libraries' own messages (pym.js strings, frames' init): not for us, not an error.
      if (typeof event.data === 'string' && event.data.startsWith('pymxPYMx')) return;
      if ((event.data as { sentinel?: unknown } | null)?.sentinel === 'amp') return;
      if (event.origin !== origin) {
        port.warn(`Embed: ignoring a message from ${event.origin}; only ${origin ?? 'no origin'} may drive this embed.`);
        return;
      }
      if (!app.index) return;
      const parsed = parseHostMessage(event.data, app.urlKnown());
      if ('ignored' in parsed) {
        port.warn(`Embed: ignoring a message (${parsed.ignored}).`);
        return;
      }
      const c = parsed.command;
      if (c.type === 'atlas:play') app.playing = true;
      else if (c.type === 'atlas:pause') app.playing = false;
      else if (c.type === 'atlas:lang') {
        // Answered like a select: at once when the embed already reads in it, else by the
        // selection that carries the new lang once the switch lands (its words may load first).
        if (c.lang === app.lang) announce(true);
        else app.requestLang(c.lang, 'replace');
      } else if (c.type === 'atlas:step') {
        if (c.step === null) app.leaveTour('replace');
        else app.goToStep(c.step, 'replace');
        // Every step message is answered, like a select.
        announce(true);
      } else {
        app.playing = false;
        // What the host leaves out of the filter stays as it is; null shows all.
        if (c.category !== undefined || c.status !== undefined)
          app.setFilter(
            makeFilter(c.category === undefined ? app.filter.categories : c.category, c.status === undefined ? app.filter.status : c.status),
            'replace',
          );
        if (c.person !== undefined || c.venue !== undefined) {
          app.setFocus(focusOf({ person: c.person ?? undefined, venue: c.venue ?? undefined }), 'replace', { land: c.date === undefined });
        }
        if (c.date) app.moveTo(c.date, 'replace');
        // Every select is answered, even one that changed nothing.
        announce(true);
      }
    },
  };
}
