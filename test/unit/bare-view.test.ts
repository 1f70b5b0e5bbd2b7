import { describe, expect, it } from 'vitest';
import { bareViewHtml, rebaseCssUrls } from '../../scripts/bench/bare-view';

const PAGE = `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <script src="preload-story.js" data-story-ar="data/story.ar.json" async></script>
    <noscript><link rel="stylesheet" href="noscript.css" /></noscript>
    <link rel="preload" href="./assets/font.woff2" as="font" type="font/woff2" crossorigin />
    <script type="module" crossorigin src="./assets/main.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/App.js">
    <link rel="stylesheet" crossorigin href="./assets/App.css">
  </head>
  <body><div id="app"><div class="first-view" data-prerender="ar">عنوان</div><div class="first-view" data-prerender="en">Title</div></div></body>
</html>`;
const CSS: Record<string, string> = { './assets/App.css': '@font-face{src:url(./font.woff2)}.a{background:url("data:image/svg+xml,x")}' };

describe('the bare first view (benchmark floor)', () => {
  it('keeps the view and inlines its CSS, with no script, preload or no-script fallback', () => {
    const html = bareViewHtml(PAGE, 'en', (href) => CSS[href]!);
    expect(html).toContain('<html lang="en" dir="ltr" class="atlas-view-en">');
    expect(html).toContain('<style>@font-face{src:url(./assets/font.woff2)}.a{background:url("data:image/svg+xml,x")}</style>');
    expect(html).not.toMatch(/<script|<noscript|rel="(?:module)?preload"|rel="stylesheet"/);
    expect(html).toContain('data-prerender="ar">عنوان');
    // The same transform twice gives the same page (no state kept between calls).
    expect(bareViewHtml(PAGE, 'en', (href) => CSS[href]!)).toBe(html);
    expect(bareViewHtml(PAGE, 'ar', (href) => CSS[href]!)).toContain('<html lang="ar" dir="rtl" class="atlas-view-ar">');
  });

  it('resolves a stylesheet’s relative urls from where the stylesheet is', () => {
    expect(rebaseCssUrls('url(./a.woff2) url("../b.png") url(c.svg)', './assets/x.css')).toBe('url(./assets/a.woff2) url("./b.png") url(./assets/c.svg)');
    expect(rebaseCssUrls('url(https://x.test/a) url(/b) url(#c)', './assets/x.css')).toBe('url(https://x.test/a) url(/b) url(#c)');
  });

  it('refuses a page that is not the build it expects', () => {
    expect(() => bareViewHtml(PAGE.replace(/data-prerender="en"/, ''), 'en', () => '')).toThrow(/no prerendered view in "en"/);
    expect(() => bareViewHtml(PAGE.replace(/<link rel="stylesheet" crossorigin[^>]*>/, ''), 'ar', () => '')).toThrow(/links no stylesheet/);
  });
});
