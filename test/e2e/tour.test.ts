/**
 * The guided tour (#16) in Chromium against the production build: `?step=` opens a step with
 * its caption; next/previous buttons and arrow keys (mirrored in Arabic) move the day, the focus
 * and the URL together; exploring pauses the tour; leaving keeps the day. And the scrollytelling
 * demo (demo/scrolly.html, served from a second origin as a host article would be): scrolled
 * with the mouse wheel, its paragraphs drive the embed through every step in order and back,
 * and atlas:selection reports each step and its day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch, openPage, ready, startServer, urlParam, type Watched } from './harness';
import { compileStory } from '../../src/lib/story/compile';
import { readStorySources } from '../../scripts/story-files';
import { embedHeight } from '../../src/lib/embed/layout';

const tour = compileStory(readStorySources('.')).story!.tour;

let server: PreviewServer;
let origin: string;
let host: Server;
let hostOrigin: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  // The scrolly article is served from a second origin, as a news site would serve it.
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/scrolly.html') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync('demo/scrolly.html'));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function open(query: string, options: Parameters<typeof openPage>[2] = {}): Promise<Watched> {
  const w = await openPage(browser, origin, options);
  await w.page.goto(`${origin}/${query}`);
  await ready(w.page);
  return w;
}

function tourRegion(page: Page) {
  return page.getByRole('region', { name: /Guided tour|جولة موجّهة/ });
}

/** Presses the tour's Next button, named in the reading language. */
function nextStep(page: Page, lang: 'ar' | 'en'): Promise<void> {
  return tourRegion(page)
    .getByRole('button', { name: lang === 'ar' ? 'التالية' : 'Next', exact: true })
    .click();
}

/** The URL carries the step's day and focus, and the step. */
async function onStep(page: Page, n: number): Promise<void> {
  const step = tour[n - 1]!;
  await urlParam(page, 'step', String(n));
  await urlParam(page, 'date', step.day);
  const params = new URLSearchParams(new URL(page.url()).search);
  expect(params.get('venue')).toBe(step.focus?.kind === 'venue' ? step.focus.id : null);
  expect(params.get('person')).toBe(step.focus?.kind === 'person' ? step.focus.id : null);
}

async function done(w: Watched): Promise<void> {
  expect(w.errors).toEqual([]);
  // The scrolly article itself comes from the host's origin; nothing else may come from elsewhere.
  expect(w.offOrigin.filter((u) => !u.startsWith(`${hostOrigin}/`))).toEqual([]);
  await w.context.close();
}

describe('the guided tour in the app', () => {
  it('?step=1 opens step 1 with its caption, announced in a live region', async () => {
    const w = await open('?step=1&lang=en');
    const region = tourRegion(w.page);
    await expect.poll(() => region.getByRole('heading').textContent()).toContain('Step 1 of 12');
    await region.getByText(tour[0]!.caption.en).waitFor();
    await onStep(w.page, 1);
    await expect.poll(() => w.page.locator('[aria-live="polite"]').filter({ hasText: 'Step 1 of 12' }).textContent()).toContain(tour[0]!.caption.en);
    // Its sources: the articles the caption rests on, each opening the reader.
    await region.getByText('Sources').waitFor();
    await region.locator('.tour-sources button').first().click();
    await w.page.getByRole('dialog').waitFor();
    await done(w);
  });

  it('next, previous and the arrow keys move the day, the focus and the URL together', async () => {
    const w = await open('?lang=en');
    await w.page.getByRole('button', { name: 'Tour the story' }).click();
    const region = tourRegion(w.page);
    await onStep(w.page, 1);
    // The focus goes to the tour's heading, so that the keys work at once.
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('tour-heading');
    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await onStep(w.page, 2);
    await region.getByText(tour[1]!.caption.en).waitFor();
    await w.page.keyboard.press('ArrowRight');
    await onStep(w.page, 3);
    await w.page.keyboard.press('ArrowRight');
    await onStep(w.page, 4);
    await w.page.keyboard.press('ArrowLeft');
    await onStep(w.page, 3);
    await region.getByRole('button', { name: 'Previous', exact: true }).click();
    await onStep(w.page, 2);
    expect(await region.getByRole('button', { name: 'Previous', exact: true }).isDisabled()).toBe(false);
    // At the first step Previous turns disabled: the focus goes to the tour's heading, not the page.
    await region.getByRole('button', { name: 'Previous', exact: true }).click();
    await onStep(w.page, 1);
    expect(await region.getByRole('button', { name: 'Previous', exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('tour-heading');
    await done(w);
  });

  it('in Arabic the arrows are mirrored: ArrowLeft is the next step', async () => {
    const w = await open('?step=5&lang=ar', { locale: 'ar' });
    const region = tourRegion(w.page);
    await region.getByText(tour[4]!.caption.ar).waitFor();
    await region.getByRole('button', { name: 'التالية', exact: true }).focus();
    await w.page.keyboard.press('ArrowLeft');
    await onStep(w.page, 6);
    await w.page.keyboard.press('ArrowRight');
    await onStep(w.page, 5);
    await w.page.keyboard.press('ArrowRight');
    await onStep(w.page, 4);
    await done(w);
  });

  it('exploring pauses the tour without losing the step; leaving keeps the day', async () => {
    const w = await open('?step=3&lang=en');
    const region = tourRegion(w.page);
    await region.getByText(tour[2]!.caption.en).waitFor();
    // A step of the scrubber is free exploration: the tour says it paused, and the URL drops the step.
    await w.page.getByRole('slider').focus();
    await w.page.keyboard.press('Shift+ArrowRight');
    await region.getByText('Tour paused while you explore.').waitFor();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('step')).toBeNull();
    await region.getByRole('button', { name: 'Back to step 3' }).click();
    await onStep(w.page, 3);
    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await onStep(w.page, 4);
    await region.getByRole('button', { name: 'Leave the tour' }).click();
    await region.waitFor({ state: 'detached' });
    await expect.poll(() => new URL(w.page.url()).searchParams.get('step')).toBeNull();
    const params = new URL(w.page.url()).searchParams;
    expect(params.get('date')).toBe(tour[3]!.day);
    expect(params.get('person')).toBe('kim-jong-un');
    await w.page.getByRole('button', { name: 'Tour the story' }).waitFor();
    await done(w);
  });

  it.each(['en', 'ar'] as const)('on a phone keeps the map the step points at in view: sources folded, the timeline not pinned over it (%s)', async (lang) => {
    const w = await open(`?step=3&lang=${lang}`, { width: 390, height: 844, hasTouch: true, locale: lang });
    const region = tourRegion(w.page);
    await region.getByText(tour[2]!.caption[lang]).waitFor();
    await region.locator('details.tour-sources summary').waitFor();
    const lit = w.page.locator('.place-marker[data-state="current"]').first();
    await lit.waitFor();
    const seen = () =>
      lit.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && m.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
    await expect.poll(seen).toBe(true);
    // The fit has landed when the lit place stops moving between two looks.
    let last = '';
    await expect
      .poll(async () => {
        const box = JSON.stringify(await lit.boundingBox());
        const still = box === last;
        last = box;
        return still;
      })
      .toBe(true);
    // With its surroundings: another place's dot on the map too (not a forest and a border line).
    const othersOnMap = () =>
      w.page.evaluate(() => {
        const map = document.querySelector('.map-canvas')!.getBoundingClientRect();
        return [...document.querySelectorAll('.place-marker:not([data-state="current"]) .place-dot')].filter((d) => {
          const r = d.getBoundingClientRect();
          return r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        }).length;
      });
    await expect.poll(othersOnMap).toBeGreaterThan(0);
    await done(w);
  });

  it('ignores an invalid step with a warning, like the other parameters', async () => {
    const w = await open('?step=99&date=2023-09-13&lang=en');
    await urlParam(w.page, 'date', '2023-09-13');
    expect(w.warnings.some((m) => m.includes('Ignoring URL parameter step="99"'))).toBe(true);
    expect(await tourRegion(w.page).count()).toBe(0);
    await done(w);
  });

  it('the embed opens at its URL step too', async () => {
    const w = await open('embed.html?step=2&lang=en');
    await tourRegion(w.page).getByText(tour[1]!.caption.en).waitFor();
    await done(w);
  });

  it.each([
    ['en', 1280, 800],
    ['ar', 1280, 800],
    ['ar', 1024, 768],
  ] as const)('keeps the timeline each step moves on a desktop screen, under the tour’s bar (%s, %i×%i)', async (lang, width, height) => {
    const w = await open(`?step=1&lang=${lang}`, { width, height });
    const below: number[] = [];
    for (let n = 1; n <= tour.length; n++) {
      if (n > 1) await nextStep(w.page, lang);
      await onStep(w.page, n);
      // The strip down to its axis, where the day's handle sits, without scrolling.
      const bottom = await w.page.locator('.focus-svg').evaluate((svg) => svg.getBoundingClientRect().bottom);
      if (bottom > height) below.push(n);
    }
    expect(await w.page.evaluate(() => scrollY)).toBe(0);
    expect(below).toEqual([]);
    await done(w);
  });

  it.each(['en', 'ar'] as const)('a wide embed shows each step’s caption whole, across the frame (%s)', async (lang) => {
    const w = await open(`embed.html?step=1&lang=${lang}`, { width: 1280, height: 640 });
    const caption = tourRegion(w.page).locator('.tour-caption');
    const cut: number[] = [];
    for (let n = 1; n <= tour.length; n++) {
      if (n > 1) await nextStep(w.page, lang);
      await caption.getByText(tour[n - 1]!.caption[lang]).waitFor();
      // No line scrolled out of sight (the scrolling box may run a few px past the last line,
      // for the glyphs' overhang: less than half a line).
      const cutOff = await caption.evaluate((c) => c.scrollHeight - c.clientHeight > parseFloat(getComputedStyle(c).lineHeight) / 2);
      if (cutOff) cut.push(n);
    }
    expect(cut).toEqual([]);
    await done(w);
  });
});

/** The atlas:selection messages the scrolly page has heard, as [step, date]. */
async function heard(page: Page): Promise<[number | null, string][]> {
  return page.evaluate(() =>
    (window as unknown as { atlasMessages: { type: string; step: number | null; date: string }[] }).atlasMessages
      .filter((m) => m.type === 'atlas:selection')
      .map((m) => [m.step, m.date] as [number | null, string]),
  );
}

/** Wheels the page (over the text) until the embed reports `step`, a notch at a time. */
async function wheelTo(page: Page, step: number, dy: number, x: number): Promise<void> {
  await page.mouse.move(x, 400);
  const from = (await heard(page)).length;
  for (let i = 0; i < 200; i++) {
    const all = await heard(page);
    if (all.at(-1)?.[0] === step || all.slice(from).some(([s]) => s === step)) return;
    await page.mouse.wheel(0, dy);
    // Let the scroll land and the observer and the embed answer before the next notch.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  throw new Error(`the embed never reported step ${step}; heard ${JSON.stringify(await heard(page))}`);
}

describe('the scrollytelling demo (demo/scrolly.html)', () => {
  for (const { width, height, lang } of [
    { width: 1280, height: 800, lang: 'ar' },
    { width: 390, height: 844, lang: 'en' },
  ] as const) {
    it(`at ${width} px in ${lang}: the mouse wheel drives the embed through every step in order and back`, async () => {
      const w = await openPage(browser, origin, { width, height, locale: lang });
      const { page } = w;
      // The host page's layout shifts, from its first moment (the embed's place is reserved).
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${hostOrigin}/scrolly.html?embed=${encodeURIComponent(`${origin}/embed.html`)}${lang === 'en' ? '&lang=en' : ''}`);
      const iframe = page.locator('#embed iframe');
      await iframe.waitFor();
      await expect.poll(() => heard(page).then((h) => h.length), { timeout: 20_000 }).toBeGreaterThan(0);
      // Nothing in the article moved when the embed arrived.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0))).toBeLessThan(0.01);
      // The embed keeps its one height for its width: the host script's table, before and after.
      const frameWidth = (await iframe.boundingBox())!.width;
      expect((await iframe.boundingBox())!.height).toBe(embedHeight(frameWidth, ['map', 'timeline', 'details']));
      // The wheel over the text (the text column at 1280 px, a card over the graphic at 390 px).
      const textBox = (await page.locator('.step').first().boundingBox())!;
      const x = textBox.x + textBox.width / 2;
      const pinned: number[] = [];
      for (let n = 1; n <= tour.length; n++) {
        await wheelTo(page, n, 120, x);
        if (n === 4 || n === 8) pinned.push((await page.locator('.graphic').boundingBox())!.y);
      }
      for (let n = tour.length - 1; n >= 1; n--) await wheelTo(page, n, -120, x);
      // Every step in order, then back, each with its day; nothing skipped, nothing out of order.
      const steps = (await heard(page)).filter(([s]) => s !== null);
      const distinct = steps.filter(([s], i) => i === 0 || steps[i - 1]![0] !== s);
      const forth = tour.map((_, i) => i + 1);
      expect(distinct.map(([s]) => s)).toEqual([...forth, ...forth.slice(0, -1).reverse()]);
      for (const [s, day] of steps) expect(day, `step ${s}`).toBe(tour[s! - 1]!.day);
      // The graphic stayed pinned (sticky) while the text scrolled, and kept its height.
      expect((await iframe.boundingBox())!.height).toBe(embedHeight(frameWidth, ['map', 'timeline', 'details']));
      const stickyTop = width >= 900 ? (height - 640) / 2 : 0;
      for (const y of pinned) expect(Math.abs(y - stickyTop)).toBeLessThan(2);
      // No page wider than the screen, and the page still scrolls past the end (no scroll trap).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const before = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
      await done(w);
    });
  }
});
