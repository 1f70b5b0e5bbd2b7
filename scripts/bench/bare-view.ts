/**
 * Our prerendered first view with nothing but its own HTML and CSS: the floor under our first
 * contentful paint in the comparison with TimelineJS (README "Performance"). How early can this
 * view reach the screen at all, with no script to wait for and no stylesheet to fetch? The
 * benchmark loads this page beside the real one and TimelineJS, so the answer is measured in
 * the same run as the ratios it bounds.
 *
 * From the built `index.html`: every script, `<noscript>`, preload and module preload removed;
 * the stylesheets inlined (their `url()`s made relative to the page, so the fonts still load as
 * the CSS asks); the reading language's view chosen as the head script would choose it (its
 * class, `lang` and `dir` on `<html>`). The HTML is our own build's, so each piece the
 * transform expects must be there: a missing one is an error, not a silently different page.
 */
import type { Lang } from './compare.ts';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>\s*/g;
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>\s*/g;
const PRELOAD = /<link rel="(?:modulepreload|preload)"[^>]*>\s*/g;
const STYLESHEET = /<link rel="stylesheet"[^>]*?href="([^"]+)"[^>]*>/g;
const HTML_TAG = /<html\b[^>]*>/;
const CSS_URL = /url\((["']?)(?!data:|#|[a-z]+:|\/)([^"')]+)\1\)/g;

/** A stylesheet's relative `url()`s, resolved against its own address, as seen from the page. */
export function rebaseCssUrls(css: string, href: string): string {
  const base = new URL(href, 'http://page.invalid/');
  return css.replace(CSS_URL, (_, quote: string, url: string) => {
    const resolved = new URL(url, base);
    return `url(${quote}.${resolved.pathname}${quote})`;
  });
}

export function bareViewHtml(html: string, lang: Lang, readCss: (href: string) => string): string {
  if (!HTML_TAG.test(html)) throw new Error('bare view: the page has no <html> tag');
  if (!html.includes(`data-prerender="${lang}"`)) throw new Error(`bare view: the page has no prerendered view in "${lang}"`);
  // The no-script stylesheet is not the view's: without its <noscript>, only the page's own remain.
  const page = html.replace(NOSCRIPT, '');
  if (page.search(STYLESHEET) < 0) throw new Error('bare view: the page links no stylesheet');
  return page
    .replace(SCRIPT, '')
    .replace(PRELOAD, '')
    .replace(STYLESHEET, (_, href: string) => `<style>${rebaseCssUrls(readCss(href), href)}</style>`)
    .replace(HTML_TAG, `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" class="atlas-view-${lang}">`);
}
