/**
 * Hostile data, in a real browser: a dataset whose every text field carries script tags,
 * markup, event-handler attributes, a right-to-left override that is never closed and a
 * word far wider than any screen (scripts/hostile-story.ts), built like a newsroom's own
 * data. Everywhere it shows (cards, focus, map labels, the SVG map, the article reader,
 * the slider's spoken value, the document title) it must be literal text: nothing runs,
 * nothing becomes an element, no override reorders the words around its field, and no
 * word pushes the page sideways.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { buildWithData, writeDataset } from '../../scripts/datasets';
import { hostileStory, HOSTILE, HOSTILE_TITLE, PAYLOAD } from '../../scripts/hostile-story';
import { escapeHtml } from '../../src/lib/html';
import { launch, openPage, ready, RECORD_VIOLATIONS, startServer, violations, type Watched } from './harness';

const ROOT = resolve('test-results/hostile-data');
const DIST = 'test-results/dist-hostile';
const FSI = '\u2068';
const PDI = '\u2069';
let server: PreviewServer;
let origin: string;
let browser: Browser;
let noWebgl: Browser;
let current: Watched | null = null;

beforeAll(async () => {
  writeDataset(ROOT, hostileStory());
  await buildWithData(DIST, ROOT);
  ({ server, origin } = await startServer(DIST));
  [browser, noWebgl] = await Promise.all([launch(), launch(['--disable-3d-apis'])]);
}, 120_000);

afterAll(async () => {
  await Promise.all([browser?.close(), noWebgl?.close()]);
  await server?.close();
});

afterEach(async () => {
  if (!current) return;
  const { page, context, errors, offOrigin, requests } = current;
  current = null;
  try {
    expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
    expect(await injected(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
    // An <img src=x> that became an element would have asked for /x.
    expect(requests.filter((p) => p.endsWith('/x'))).toEqual([]);
  } finally {
    await context.close();
  }
});

async function open(b: Browser, path: string, size: { width?: number; height?: number; hasTouch?: boolean } = {}): Promise<Page> {
  current = await openPage(b, origin, size);
  await current.page.addInitScript(RECORD_VIOLATIONS);
  await current.page.goto(`${origin}${path}`);
  await ready(current.page);
  return current.page;
}

/** Elements the payload would create if it were parsed as markup (the app itself uses none of them). */
const injected = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('b, i, img, script:not([src]), [onerror], [onload], a[href^="javascript"]')].map((e) => e.outerHTML.slice(0, 80)),
  );

/** Whether the characters of `word`, found in the element's text, sit on screen in reading order. */
function readsInOrder(locator: Locator, word: string, direction: 'ltr' | 'rtl'): Promise<boolean | null> {
  return locator.evaluate(
    (el, [w, dir]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(w!);
        if (at < 0) continue;
        const xs: number[] = [];
        for (let k = 0; k < w!.length; k++) {
          const range = document.createRange();
          range.setStart(node, at + k);
          range.setEnd(node, at + k + 1);
          xs.push(range.getBoundingClientRect().left);
        }
        return xs.every((x, k) => k === 0 || (dir === 'ltr' ? x > xs[k - 1]! : x < xs[k - 1]!));
      }
      return null;
    },
    [word, direction],
  );
}

const pageIsNoWiderThanScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

describe('a dataset of script, markup, overrides and very long words', () => {
  it('shows every field of the day’s event as literal text, in English', async () => {
    const page = await open(browser, '/?date=2023-09-13&lang=en');
    const card = page.locator('.day-events .event-card').first();
    await card.locator('.summary').waitFor();
    for (const part of ['h3', '.note', '.summary', '.venue', '.people', '.reports .article-meta', '.reports .quote']) {
      const text = await card.locator(part).first().innerText();
      expect(text, part).toContain(HOSTILE.script);
      expect(text, part).toContain(HOSTILE.img);
      expect(text, part).toContain(HOSTILE.markup);
    }
    expect(await card.locator('.reports .article-title').first().innerText()).toContain(HOSTILE.svg);
    // The override stays inside its field: the words after a role, and the date after an outlet, read the right way.
    expect(await readsInOrder(card.locator('.people li .quiet').last(), 'country', 'ltr')).toBe(true);
    expect(await readsInOrder(card.locator('.reports .article-meta').first(), '2023', 'ltr')).toBe(true);
    const outside = page.locator('.approx-events .event-card .venue .quiet');
    expect(await outside.innerText()).toContain(`Kind of place ${PAYLOAD} (place from outside the articles)`);
    expect(await readsInOrder(outside, 'outside', 'ltr')).toBe(true);
    // The slider's spoken value carries the title as it is; the document title, drawn in the tab, isolates it.
    const title = `Event title hostile-summit ${PAYLOAD}`;
    expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toBe(`13 September 2023: 1 event: ${title}`);
    expect(await page.title()).toBe(`${FSI}${title}${PDI} · 13 September 2023 — ${HOSTILE_TITLE.en}`);
    expect(await page.locator('h1').innerText()).toBe(HOSTILE_TITLE.en);
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
  });

  it('labels the map’s places with their whole names, cut short on screen', async () => {
    const page = await open(browser, '/?date=2023-09-13&lang=ar');
    const marker = page.locator('.place-layer .place-marker[data-place="vostochny"]');
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toBe(`فوستوتشني ${PAYLOAD}`);
    const label = marker.locator('.place-label');
    expect(await label.textContent()).toBe(`فوستوتشني ${PAYLOAD}`);
    expect((await label.boundingBox())!.width).toBeLessThan(300);
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
  });

  it('focuses a person with a hostile name, and titles the page with it', async () => {
    const page = await open(browser, '/?date=2023-09-13&lang=en');
    await page.locator('.day-events .people button.person').first().click();
    const heading = page.locator('#focus-heading');
    await heading.waitFor();
    expect(await heading.innerText()).toContain(`Hostile leader ${HOSTILE.script}`);
    expect(await readsInOrder(page.locator('.focus > p.quiet').first(), 'country', 'ltr')).toBe(true);
    await expect.poll(() => page.title()).toMatch(new RegExp(`^${FSI}Hostile leader `));
    expect(await page.title()).toContain(`${HOSTILE.override}${PDI} · `);
  });

  it('opens the article reader with the text as printed, each name isolated from the sentence around it', async () => {
    const page = await open(browser, '/?date=2023-09-13&lang=ar');
    await page.locator('.day-events .report button.read').first().click();
    const reader = page.getByRole('dialog');
    await reader.locator('.article-text mark').first().waitFor();
    const text = await reader.locator('.article-text').innerText();
    expect(text).toContain(`خبر عاجل ${PAYLOAD}`);
    expect(await reader.locator('.article-text .mention').count()).toBeGreaterThan(2);
    // Latin words after a name that ends in a right-to-left override still read left to right.
    expect(await readsInOrder(reader.locator('.article-text'), 'summit', 'ltr')).toBe(true);
    // The publication date after a hostile outlet reads the right way.
    expect(await readsInOrder(reader.locator('.reader-meta p.quiet').first(), '2023', 'ltr')).toBe(true);
    expect(await reader.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  });

  it('keeps a phone-sized page within the screen, in both languages', async () => {
    const page = await open(browser, '/?date=2023-09-13&lang=ar', { width: 360, height: 740, hasTouch: true });
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
    await page.getByRole('button', { name: /English/ }).click();
    await page.locator('h1').filter({ hasText: 'Hostile title' }).waitFor();
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
  });

  it('writes the story’s title and description into the built pages as text', async () => {
    for (const path of ['/', '/embed.html']) {
      const html = await (await fetch(`${origin}${path}`)).text();
      expect(html).toContain(`<title>${escapeHtml(HOSTILE_TITLE.ar)}</title>`);
      expect(html).not.toContain(HOSTILE.script);
      expect(html).not.toContain(HOSTILE.img);
    }
  });

  it('draws the SVG map (no WebGL) with the names as text', async () => {
    const page = await open(noWebgl, '/?date=2023-09-13&lang=en');
    const marker = page.locator('.svg-map .place-marker[data-place="vostochny"]');
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toBe(`Vostochny ${PAYLOAD}`);
    expect(await marker.locator('.place-label').textContent()).toBe(`Vostochny ${PAYLOAD}`);
  });
});
