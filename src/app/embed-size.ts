/**
 * The embed's height, told to the host page from the moment the entry runs (before the story
 * loads, and whether or not the embed is on screen), in the pym.js and AMP conventions.
 *
 * A size message carries nothing private (a number and pym's child id), so it goes to the
 * parent whatever its origin: a host that hides its referrer and passes no `origin=` still
 * gets a height. Only the atlas:* message API is limited to one origin (embed-bridge).
 * The height is a function of the iframe's width alone (lib/embed/layout), so it is sent
 * again only when the width changes, and when a host library asks for it.
 */
import { embedHeight } from '../lib/embed/layout';
import { ampSizeMessage, pymHeightMessage } from '../lib/embed/size-messages';
import type { EmbedOptions } from '../lib/embed/options';

export function startSizeMessages(options: Pick<EmbedOptions, 'controls' | 'childId'>): () => void {
  if (window.parent === window) return () => {};
  const send = () => {
    const height = embedHeight(document.documentElement.clientWidth || innerWidth, options.controls);
    if (options.childId) window.parent.postMessage(pymHeightMessage(options.childId, height), '*');
    window.parent.postMessage(ampSizeMessage(height), '*');
  };
  let lastWidth = -1;
  const onResize = () => {
    const width = document.documentElement.clientWidth || innerWidth;
    if (width === lastWidth) return;
    lastWidth = width;
    send();
  };
  // Host libraries ask when they start listening: @newswire/frames sends 'frames-init',
  // pym.js parents send the iframe's width. Either may come before or after our first word.
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const d: unknown = event.data;
    const framesInit =
      typeof d === 'object' && d !== null && (d as { sentinel?: unknown }).sentinel === 'amp' && (d as { type?: unknown }).type === 'frames-init';
    const pymWidth = typeof d === 'string' && options.childId !== null && d.startsWith(`pymxPYMx${options.childId}xPYMxwidthxPYMx`);
    if (framesInit || pymWidth) send();
  };
  addEventListener('resize', onResize);
  addEventListener('message', onMessage);
  onResize();
  return () => {
    removeEventListener('resize', onResize);
    removeEventListener('message', onMessage);
  };
}
