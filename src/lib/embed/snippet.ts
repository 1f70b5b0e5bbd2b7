/**
 * The copy-paste snippets the "Embed" control offers. Pure: builds URLs and HTML text; the
 * text is shown in a text box and copied, never injected into the page.
 */
import { encodeUrl, type UrlIntent } from '../state/url.ts';
import { PANELS, type EmbedOptions } from './options.ts';
import { escapeHtml } from '../html.ts';

export type SnippetOptions = Pick<EmbedOptions, 'controls' | 'theme' | 'autoplay'>;

/** The embed URL for a selection and options, next to the app at `appUrl`. */
export function embedUrl(appUrl: string, intent: UrlIntent, options: SnippetOptions): string {
  const url = new URL('embed.html', appUrl);
  url.search = encodeUrl('', intent);
  if (options.controls.length && options.controls.length < PANELS.length) url.searchParams.set('controls', options.controls.join(','));
  if (options.theme !== 'light') url.searchParams.set('theme', options.theme);
  if (options.autoplay) url.searchParams.set('autoplay', '1');
  return url.href;
}

/**
 * The plain iframe, pasted alone: the embed's fixed height for the chosen column width
 * (lib/embed/layout) and no scrolling of its own, so nothing inside traps the wheel.
 */
export function iframeSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" loading="lazy" scrolling="no" style="display:block;width:100%;height:${height}px;border:0"></iframe>`;
}

/** The host-script variant: a placeholder div (options as data attributes) and the script. */
export function hostScriptSnippet(url: string, title: string): string {
  const u = new URL(url);
  const attrs = [`data-atlas-embed="${escapeHtml(`${u.origin}${u.pathname}`)}"`];
  for (const [key, value] of u.searchParams) attrs.push(`data-${key}="${escapeHtml(value)}"`);
  attrs.push(`data-title="${escapeHtml(title)}"`);
  const script = new URL('embed-host.js', url).href;
  return `<div ${attrs.join(' ')}></div>\n<script src="${escapeHtml(script)}" async></script>`;
}
