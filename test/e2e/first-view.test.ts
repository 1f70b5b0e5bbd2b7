/**
 * The first view from the HTML (issue #14): each page carries its default view, prerendered
 * at build time in both reading languages; the head script shows the reader's one before the
 * first paint, and the app hydrates it: the same nodes, no layout shift, nothing different once
 * it has taken over. An address that asks for another view never shows the prerendered one.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, ready } from './harness';

const suite = browserSuite();

/**
 * Installed before the page's own scripts: records layout shifts, and the elements the reader
 * first saw (the heading, the day's heading, the slider, the first card's title) as soon as the
 * parser has them, with what was displayed when the document was parsed.
 */
const WATCH_FIRST_VIEW = `(() => {
  const seen = (window.__seen = {});
  window.__shifts = [];
  // When a face of the web font finished loading. Text laid out in the fallback font during the
  // font's short block period (invisible) is laid out again when it arrives: on a busy machine a
  // frame can come between, and the reflowed text is reported as a shift (0.002–0.006 seen with
  // two CPU-bound processes beside the test). That is the font's doing, with or without the app.
  const fontsDone = [];
  document.fonts.addEventListener('loadingdone', () => fontsDone.push(performance.now()));
  const fontReflow = (e) =>
    e.sources.every((s) => s.node && s.node.nodeType === Node.TEXT_NODE) && fontsDone.some((t) => e.startTime >= t && e.startTime - t < 100);
  new PerformanceObserver((list) => {
    // Each other shift with what moved (node, from → to), so that a failure says where to look.
    const box = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    const what = (n) => (!n ? '?' : n.nodeType === Node.TEXT_NODE ? '"' + n.textContent.slice(0, 30) + '"' : n.tagName.toLowerCase() + '.' + [...n.classList].join('.'));
    for (const e of list.getEntries())
      if (!e.hadRecentInput && !fontReflow(e))
        window.__shifts.push(e.value.toFixed(4) + ' at ' + e.startTime.toFixed(0) + ' ms: ' + e.sources.map((s) => what(s.node) + ' ' + box(s.previousRect) + ' → ' + box(s.currentRect)).join('; '));
  }).observe({ type: 'layout-shift', buffered: true });
  // What the reader sees: only once the page's stylesheets apply (before, every view has boxes).
  const styled = () => [...document.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet);
  const pick = () => {
    if (!styled()) return;
    for (const [name, selector] of Object.entries({ title: 'h1', day: '#details-heading', slider: '[role=slider]', card: '.event-card h3' })) {
      if (seen[name]) continue;
      const shown = [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
      if (shown) seen[name] = shown;
    }
  };
  new MutationObserver(pick).observe(document, { childList: true, subtree: true });
  document.addEventListener('load', pick, true);
  document.addEventListener('DOMContentLoaded', () => {
    pick();
    window.__parsed = Object.fromEntries(Object.entries(seen).map(([k, el]) => [k, el.textContent.trim().slice(0, 80)]));
    window.__shownViews = [...document.querySelectorAll('.first-view')].filter((v) => v.getClientRects().length > 0).map((v) => v.dataset.prerender);
    const shown = [...document.querySelectorAll('.first-view')].find((v) => v.getClientRects().length > 0);
    window.__parsedLists = shown ? [...shown.querySelectorAll('ol.day-events, ol.approx-events')].map((ol) => ol.children.length) : [];
  });
})();`;

async function open(path: string, options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const w = await suite.page(options);
  await w.page.addInitScript(WATCH_FIRST_VIEW);
  await w.page.goto(`${suite.origin}${path}`);
  await ready(w.page);
  // Two frames after the app's first: any shift from the take-over has been reported.
  await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return w.page;
}

type Seen = { parsed: Record<string, string>; shownViews: string[]; parsedLists: number[]; sameNodes: Record<string, boolean>; shifts: string[] };

/** What the reader saw when the HTML was parsed, and whether the app kept those very nodes. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __seen: Record<string, Element>;
      __parsed: Record<string, string>;
      __shownViews: string[];
      __parsedLists: number[];
      __shifts: string[];
    };
    const now: Record<string, string> = { title: 'h1', day: '#details-heading', slider: '[role=slider]', card: '.event-card h3' };
    const sameNodes = Object.fromEntries(
      Object.entries(now).map(([k, sel]) => [k, [...document.querySelectorAll(sel)].some((el) => el === w.__seen[k] && el.isConnected)]),
    );
    return { parsed: w.__parsed, shownViews: w.__shownViews, parsedLists: w.__parsedLists, sameNodes, shifts: w.__shifts };
  });
}

describe('the prerendered first view', () => {
  it.each([
    { path: '/', locale: 'ar-EG', width: 1280, height: 800, lang: 'ar', title: 'روسيا وكوريا الشمالية، 2023–2024', day: '27 يوليو 2023' },
    { path: '/?lang=en', locale: 'ar-EG', width: 1280, height: 800, lang: 'en', title: 'Russia and North Korea, 2023–2024', day: '27 July 2023' },
    { path: '/', locale: 'en-GB', width: 390, height: 844, lang: 'en', title: 'Russia and North Korea, 2023–2024', day: '27 July 2023' },
    { path: '/embed.html', locale: 'ar-EG', width: 640, height: 640, lang: 'ar', title: 'روسيا وكوريا الشمالية، 2023–2024', day: '27 يوليو 2023' },
    {
      path: '/embed.html?lang=en&childId=x',
      locale: 'ar-EG',
      width: 390,
      height: 680,
      lang: 'en',
      title: 'Russia and North Korea, 2023–2024',
      day: '27 July 2023',
    },
  ])(
    '$path at $width px ($locale) is painted from the HTML in $lang and hydrated in place, with no shift',
    async ({ path, locale, width, height, lang, title, day }) => {
      const page = await open(path, { locale, width, height });
      const s = await seen(page);
      // In the HTML, before any script had run: the reader's language only, with the story's content.
      expect(s.shownViews).toEqual([lang]);
      expect(s.parsed.title).toBe(title);
      expect(s.parsed.day).toContain(day);
      expect(s.parsed.card?.length).toBeGreaterThan(10);
      // Each list's first card only (the one in sight): the day's two and the month's five follow once it is usable.
      expect(s.parsedLists).toEqual([1, 1]);
      // The app took over the very nodes the reader saw, without moving anything.
      expect(s.sameNodes).toEqual({ title: true, day: true, slider: true, card: true });
      expect(s.shifts).toEqual([]);
      expect(await page.locator('.first-view').count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.locator('.day-events > li').count()).toBe(2);
      await expect.poll(() => page.locator('.approx-events > li').count()).toBe(5);
      expect(await page.locator('.show-more').count()).toBe(0);
      // The cards that came below the first moved nothing the reader could see either.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      // And it is the app: a key moves the day.
      const slider = page.getByRole('slider');
      const before = await slider.getAttribute('aria-valuetext');
      await slider.focus();
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe(before);
    },
  );

  it.each([
    ['/?date=2023-09-13&lang=en', '13 September 2023'],
    ['/?person=vladimir-putin&lang=en', 'Putin'],
    ['/embed.html?controls=map,timeline&date=2024-06-19', '19 يونيو 2024'],
  ])('%s never shows the default view: the app renders the asked one', async (path, expected) => {
    const page = await open(path, { locale: 'ar-EG' });
    const s = await seen(page);
    expect(s.shownViews).toEqual([]);
    expect(await page.locator('.first-view').count()).toBe(1);
    expect(await page.locator('.app').count()).toBe(1);
    const text = (await page.getByRole('slider').getAttribute('aria-valuetext')) + (await page.locator('main').innerText());
    expect(text).toContain(expected);
  });
});
