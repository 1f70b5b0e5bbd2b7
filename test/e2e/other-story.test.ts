/**
 * The story grows without code: a second, small, invented dataset (test/fixtures/other-story:
 * other places, people, dates running into 2025, and another title) built through ATLAS_DATA
 * like a newsroom's own, then read in Chromium. The page must show its title, its venues and
 * its dates, accept the dates and ids of its own data in the URL and refuse the real story's,
 * and publish its own three data files.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { buildWithData } from '../../scripts/datasets';
import { launch, openPage, ready, startServer, type Watched } from './harness';

const ROOT = resolve('test/fixtures/other-story');
const DIST = 'test-results/dist-other-story';
const TITLE = { ar: 'جولة أوركسترا المدينة، 2024–2025', en: 'The city orchestra’s tour, 2024–2025' };
let server: PreviewServer;
let origin: string;
let browser: Browser;
let current: Watched | null = null;

beforeAll(async () => {
  await buildWithData(DIST, ROOT);
  ({ server, origin } = await startServer(DIST));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  if (!current) return;
  const { context, errors, offOrigin } = current;
  current = null;
  try {
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
  } finally {
    await context.close();
  }
});

async function open(path: string): Promise<Page> {
  current = await openPage(browser, origin);
  await current.page.goto(`${origin}${path}`);
  await ready(current.page);
  return current.page;
}

/** Parses CSV with d3-dsv, a standard parser (the project's own; no Python needed). The BOM is the file's, not a field's. */
function parseCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}

describe('a second dataset, built with ATLAS_DATA and no code change', () => {
  it('writes its own title and description into the built pages', async () => {
    for (const path of ['/', '/embed.html']) {
      const html = await (await fetch(`${origin}${path}`)).text();
      expect(html).toContain(`<title>${TITLE.ar}</title>`);
      expect(html).toContain('<meta name="description" content="خريطة وخط زمني لجولة متخيلة، بيانات لاختبار التطبيق." />');
      expect(html).not.toContain('روسيا');
    }
  });

  it('shows its title, subtitle and default day, in English', async () => {
    const page = await open('/?lang=en');
    expect(await page.locator('h1').innerText()).toBe(TITLE.en);
    expect(await page.locator('.subtitle').innerText()).toBe('Where the orchestra played, and who came');
    // The default day comes from its story.yaml, after June 2024.
    expect(await page.locator('.day-heading time').getAttribute('datetime')).toBe('2025-02-14');
    expect(await page.locator('.day-heading').innerText()).toContain('14 February 2025');
    expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toBe('14 February 2025: 1 event: Closing concert in Porto');
    await expect.poll(() => page.title()).toBe(`${'\u2068'}Closing concert in Porto${'\u2069'} · 14 February 2025 — ${TITLE.en}`);
    const card = page.locator('.day-events .event-card').first();
    expect(await card.locator('.people').innerText()).toContain('João Pereira');
    expect(await card.locator('.people').innerText()).toContain('Spain');
    expect(await page.locator('footer.sources').innerText()).toContain('Built from two invented texts, for testing.');
  });

  it('shows its venues on the map, named in the reading language', async () => {
    const page = await open('/?lang=ar');
    expect(await page.locator('h1').innerText()).toBe(TITLE.ar);
    const markers = page.locator('.place-layer .place-marker[data-place]');
    await markers.first().waitFor();
    const names = await markers.evaluateAll((els) => els.map((e) => [e.getAttribute('data-place'), e.getAttribute('aria-label')]));
    expect(new Map(names as [string, string][])).toEqual(
      new Map([
        ['lisbon', 'لشبونة'],
        ['porto', 'بورتو'],
        ['madrid', 'مدريد'],
      ]),
    );
    // The day's venue is pressed.
    expect(await page.locator('.place-layer .place-marker[data-place="porto"]').getAttribute('data-state')).toBe('current');
  });

  it('spans its own dates on the timeline, with chips for its own clusters', async () => {
    const page = await open('/?lang=en');
    const chips = page.locator('.clusters .chip');
    const labels = await chips.allInnerTexts();
    expect(labels.at(-1)).toBe('All');
    expect(labels.join(' ')).toMatch(/March 2024/);
    expect(labels.join(' ')).toMatch(/2025/);
    await chips.last().click();
    // The whole span: ticks from its first year to its last, and none from the real story's.
    const ticks = () => page.locator('.focus-svg .tick text').evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
    await expect.poll(ticks).toMatch(/2025/);
    expect(await ticks()).toMatch(/2024/);
    expect(await ticks()).not.toMatch(/2023/);
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('3 March 2025: 1 event: The mayor praises the tour');
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('10 March 2024: 1 event: First concert in Lisbon');
  });

  it('accepts its own dates and ids in the URL, and ignores the real story’s with a warning', async () => {
    let page = await open('/?date=2025-03-03&venue=madrid&lang=en');
    expect(await page.locator('.day-heading time').getAttribute('datetime')).toBe('2025-03-03');
    expect(await page.locator('#focus-heading').innerText()).toContain('Madrid');
    expect(current!.warnings.filter((w) => w.startsWith('Ignoring URL parameter'))).toEqual([]);
    await current!.context.close();

    page = await open('/?date=2023-09-13&venue=vostochny&person=kim-jong-un&lang=en');
    expect(current!.warnings).toEqual(
      expect.arrayContaining([
        'Ignoring URL parameter date="2023-09-13": expected a real day written YYYY-MM-DD inside the story.',
        expect.stringMatching(/^Ignoring URL parameter venue="vostochny"/),
        expect.stringMatching(/^Ignoring URL parameter person="kim-jong-un"/),
      ]),
    );
    // The rest of the URL still applies; the day falls back to the story's default.
    expect(await page.locator('.day-heading time').getAttribute('datetime')).toBe('2025-02-14');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('publishes its own events, places and story as files linked under “Get the data”', async () => {
    const page = await open('/?lang=en');
    const links = page.locator('.data-links a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).pathname)).toEqual(['/data/events.csv', '/data/places.geojson', '/data/story.json']);
    const [csv, geo, story] = await Promise.all(hrefs.map(async (h) => (await fetch(h)).text()));
    const rows = parseCsv(csv!);
    expect(rows.length - 1).toBe(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['tour-opens-lisbon', 'rehearsals-porto', 'tour-ends-porto', 'mayor-praises-tour']);
    const places = JSON.parse(geo!) as { type: string; features: { properties: { id: string } }[] };
    expect(places.type).toBe('FeatureCollection');
    expect(places.features.map((f) => f.properties.id)).toEqual(['lisbon', 'porto', 'madrid']);
    expect((JSON.parse(story!) as { meta: { title: { en: string } } }).meta.title.en).toBe(TITLE.en);
  });
});
