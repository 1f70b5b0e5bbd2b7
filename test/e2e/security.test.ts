/**
 * Resilience and privacy in a real browser, against the production build served with its
 * strict Content Security Policy: no policy violation and no request off the origin on any
 * path (load, scrub, language switch, article, embed dialog, embed page, the SVG map without
 * WebGL); no cookies, no storage; and failed loads say so and offer a retry that works.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import {
  embedPreview,
  dropExpectedErrors,
  launch,
  openPage,
  pendingTimers,
  ready,
  RECORD_VIOLATIONS,
  startServer,
  timersCreated,
  TRACK_TIMERS,
  violations,
  type Watched,
} from './harness';
import { CONTENT_SECURITY_POLICY } from '../../scripts/security-policy';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let noWebgl: Browser;
let current: Watched | null = null;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  [browser, noWebgl] = await Promise.all([launch(), launch(['--disable-3d-apis'])]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), noWebgl?.close()]);
  await server?.close();
});

afterEach(async () => {
  if (current) {
    expect(current.offOrigin).toEqual([]);
    await current.context.close();
    current = null;
  }
});

async function open(b: Browser, path: string): Promise<Watched> {
  current = await openPage(b, origin);
  await current.page.addInitScript(RECORD_VIOLATIONS);
  const response = await current.page.goto(`${origin}${path}`);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await ready(current.page);
  return current;
}

describe('under the strict Content Security Policy', () => {
  it('loads, scrubs, switches language, opens an article and the embed dialog with no violation and no foreign request', async () => {
    const w = await open(browser, '/?date=2023-09-13&lang=en');
    const { page } = w;
    await page.locator('.place-marker').first().waitFor();
    // Scrub.
    const grip = (await page.locator('.handle-grip').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(grip.x + grip.width / 2 + i * 25, grip.y + grip.height / 2);
    await page.mouse.up();
    // Language, article, embed dialog with its live preview (an iframe of the embed).
    await page.getByRole('button', { name: /اقرأ بالعربية|Arabic/ }).click();
    await page.locator('h1').filter({ hasText: 'روسيا' }).waitFor();
    await page.locator('.report button.read').first().click();
    await page.locator('.article-text mark').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.embed-open').click();
    const preview = await embedPreview(page);
    // Everything the preview loads has loaded (its map included) before violations are read.
    await preview.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, { timeout: 30_000 });
    await expect.poll(() => preview.getByRole('slider').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await page.locator('.font-notice').count()).toBe(0);
    expect(w.requests.length).toBeGreaterThan(10);
    expect(w.requests.every((p) => p.startsWith('/'))).toBe(true);
    // No tracking: no cookie, nothing stored.
    expect(await w.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  });

  it('runs the embed page with no violation', async () => {
    const w = await open(browser, '/embed.html?date=2024-06-18&lang=ar');
    await w.page.locator('.place-marker').first().waitFor();
    expect(await violations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('draws the SVG map without WebGL, with no violation', async () => {
    const w = await open(noWebgl, '/?date=2023-09-13&lang=en');
    await w.page.locator('.svg-map .place-marker[data-place="vostochny"][data-state="current"]').waitFor();
    await w.page.locator('.svg-map .place-marker[data-place="pyongyang"]').click();
    await w.page.locator('.focus[data-focus="venue:pyongyang"]').waitFor();
    // Zoom buttons as the WebGL map has: the venues spread apart, and back (#15 item 10).
    const spread = () =>
      w.page.evaluate(() => {
        const at = (id: string) => document.querySelector(`.svg-map .place-marker[data-place="${id}"]`)!.getBoundingClientRect();
        return Math.hypot(at('vladivostok').x - at('komsomolsk').x, at('vladivostok').y - at('komsomolsk').y);
      });
    const zoomOut = w.page.getByRole('button', { name: 'Zoom the map out' });
    expect(await zoomOut.isDisabled()).toBe(true);
    const before = await spread();
    await w.page.getByRole('button', { name: 'Zoom the map in' }).click();
    await expect.poll(spread).toBeGreaterThan(before * 1.4);
    await zoomOut.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(spread).toBeCloseTo(before, 0);
    expect(await zoomOut.isDisabled()).toBe(true);
    expect(await violations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});

describe('when the WebGL context is lost', () => {
  const canvas = (page: Page) => page.locator('.maplibregl-canvas');
  type WithExtension = HTMLCanvasElement & { loseContextExtension?: WEBGL_lose_context };
  // A lost context hands out no extension: the one that lost it is kept to restore it.
  const lose = (page: Page) =>
    canvas(page).evaluate((c) => {
      const ext = (c as WithExtension).getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (c as WithExtension).loseContextExtension = ext;
      ext.loseContext();
    });
  const restore = (page: Page) => canvas(page).evaluate((c) => (c as WithExtension).loseContextExtension!.restoreContext());
  const isLost = (page: Page) => canvas(page).evaluate((c) => (c as HTMLCanvasElement).getContext('webgl2')!.isContextLost());

  /** How long the map waits for a lost context before drawing the SVG map (CONTEXT_RESTORE_MS in src/app/map/MapView.svelte). */
  const CONTEXT_RESTORE_MS = 3000;

  it('comes back without a reload when the context is restored', async () => {
    current = await openPage(browser, origin);
    await current.page.addInitScript(RECORD_VIOLATIONS);
    await current.page.addInitScript(TRACK_TIMERS);
    await current.page.goto(`${origin}/?date=2023-09-13&lang=en`);
    await ready(current.page);
    const w = current;
    await canvas(w.page).waitFor();
    await lose(w.page);
    // The map has armed its fallback timer for the lost context…
    await expect.poll(() => pendingTimers(w.page)).toContain(CONTEXT_RESTORE_MS);
    await restore(w.page);
    await expect.poll(() => isLost(w.page)).toBe(false);
    // …and the restored context cancels it: the SVG map can no longer replace the live one.
    await expect.poll(() => pendingTimers(w.page)).not.toContain(CONTEXT_RESTORE_MS);
    expect(await timersCreated(w.page, CONTEXT_RESTORE_MS)).toBe(1);
    expect(await w.page.locator('.svg-map').count()).toBe(0);
    // Still the live map: a venue's button still selects it.
    await w.page.locator('.place-layer .place-marker[data-place="pyongyang"]').click();
    await w.page.locator('.focus[data-focus="venue:pyongyang"]').waitFor();
    expect(w.errors).toEqual([]);
  });

  it('draws the SVG map, with a quiet note, when the context does not come back', async () => {
    const w = await open(browser, '/?date=2023-09-13&lang=en');
    await canvas(w.page).waitFor();
    await lose(w.page);
    await w.page.locator('.svg-map .place-marker[data-place="vostochny"][data-state="current"]').waitFor({ timeout: 30_000 });
    expect(await w.page.locator('.map-status').innerText()).toMatch(/simpler map|SVG|WebGL/i);
    expect(w.errors).toEqual([]);
  });
});

describe('when a load fails', () => {
  async function openFailing(path: string, route: string, failure: 'status' | 'malformed'): Promise<Watched> {
    current = await openPage(browser, origin);
    await current.page.route(`**/${route}`, (r) =>
      failure === 'status' ? r.fulfill({ status: 404, body: 'missing' }) : r.fulfill({ status: 200, contentType: 'application/json', body: '{"events": [' }),
    );
    await current.page.goto(`${origin}${path}`);
    return current;
  }

  it.each(['status', 'malformed'] as const)('says the story could not be loaded (%s), and the retry loads it', async (failure) => {
    const { page, errors } = await openFailing('/?date=2023-09-13&lang=en', 'data/story.en.json', failure);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The story could not be loaded.');
    expect(await alert.innerText()).toContain(failure === 'status' ? 'the server answered 404' : 'not valid JSON');
    expect(errors.some((e) => e.includes('The story could not be loaded'))).toBe(true);
    await page.unroute('**/data/story.en.json');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await ready(page);
    expect(await page.locator('.day-events .event-card').count()).toBeGreaterThan(0);
  });

  it.each(['status', 'malformed'] as const)('keeps the timeline and panels when the basemap fails (%s), and the map’s retry brings it', async (failure) => {
    const { page } = await openFailing('/?date=2023-09-13&lang=en', 'data/basemap.json', failure);
    await ready(page);
    const mapAlert = page.locator('.map-panel [role=alert]');
    await mapAlert.waitFor();
    // The rest works: a key step moves the day.
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('slider').getAttribute('aria-valuetext')).toMatch(/14 September 2023/);
    await page.unroute('**/data/basemap.json');
    await mapAlert.getByRole('button').click();
    await page.locator('.place-marker').first().waitFor();
  });

  it('says so in both languages when the interface’s words cannot be loaded, each half in its own voice', async () => {
    const { page, errors } = await openFailing('/?date=2023-09-13&lang=en', 'assets/en-*.js', 'status');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The story could not be loaded.');
    expect(await alert.locator('p[lang=ar]').innerText()).toBe('تعذر تحميل القصة.');
    // The retry button names itself in both languages, each half marked, so a screen reader reads each in its own voice.
    const retry = alert.getByRole('button', { name: 'أعد المحاولة · Try again' });
    expect(await retry.locator('span[lang=ar]').innerText()).toBe('أعد المحاولة');
    expect(await retry.locator('span[lang=en]').innerText()).toBe('Try again');
    // The failed load is reported on the console, on purpose: drop those reports, whenever they came.
    await expect.poll(() => errors.some((e) => e.includes('The story could not be loaded'))).toBe(true);
    dropExpectedErrors(errors, /status of 404|The story could not be loaded|dynamically imported module/);
  });

  it('says when an article’s text cannot be loaded, and retries', async () => {
    const { page } = await openFailing('/?date=2023-09-13&lang=en', 'data/articles/*.json', 'status');
    await ready(page);
    await page.locator('.day-events .report button.read').first().click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('could not be loaded');
    await page.unroute('**/data/articles/*.json');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.article-text mark').first().waitFor();
  });
});

describe('when the typeface fails to load', () => {
  /**
   * The fonts Chromium actually drew the heading's text with (DevTools protocol), and whether
   * each is a web font (`isCustomFont`) or one of the machine's. The family name alone cannot
   * tell the app's typeface from the machine's own copy of it: where Noto Sans Arabic is
   * installed system-wide (Debian's fonts-noto-core, Android), the fallback is that face too.
   */
  async function headingFonts(page: Page): Promise<{ family: string; web: boolean }[]> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    await cdp.send('CSS.enable');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await cdp.detach();
    return fonts.filter((f) => f.glyphCount > 0).map((f) => ({ family: f.familyName, web: f.isCustomFont }));
  }

  /** The status of each of the page's web font faces for the app's typeface ('error', 'loaded', …). */
  const typefaceStatus = (page: Page) =>
    page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans Arabic').map((f) => f.status));

  it.each([
    ['missing', 'ar', 'تعذر تحميل الخط', 'أعد المحاولة'],
    ['malformed', 'en', 'The typeface could not be loaded', 'Try again'],
  ] as const)(
    'says so in the reader’s language when the file is %s, keeps the text readable, and the retry loads it',
    async (failure, lang, message, retry) => {
      current = await openPage(browser, origin);
      const { page } = current;
      await page.route('**/*.woff2', (r) =>
        failure === 'missing'
          ? r.fulfill({ status: 404, body: 'missing' })
          : r.fulfill({ status: 200, contentType: 'font/woff2', body: 'wOF2 but not a font' }),
      );
      await page.goto(`${origin}/?date=2023-09-13&lang=${lang}`);
      await ready(page);
      const notice = page.locator('.font-notice');
      await expect.poll(() => notice.innerText()).toContain(message);
      // The app's faces failed and none loaded; the heading is drawn, in the machine's own fonts
      // (whichever they are, Noto Sans Arabic included), with no web font.
      expect(await typefaceStatus(page)).toContain('error');
      expect(await typefaceStatus(page)).not.toContain('loaded');
      const fallback = await headingFonts(page);
      expect(fallback.length).toBeGreaterThan(0);
      expect(fallback.filter((f) => f.web)).toEqual([]);
      // The reader can still read and use everything, in the system font.
      expect(await page.locator('.day-events .event-card').count()).toBeGreaterThan(0);
      await page.unroute('**/*.woff2');
      await notice.getByRole('button', { name: retry }).focus();
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'detached' });
      // The keyboard reader is not sent back to the top of the page.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
      // Now the heading is drawn with the app's own typeface, the web font, and nothing else.
      await expect.poll(() => headingFonts(page)).toEqual([{ family: 'Noto Sans Arabic', web: true }]);
      expect(await typefaceStatus(page)).toContain('loaded');
    },
  );
});
