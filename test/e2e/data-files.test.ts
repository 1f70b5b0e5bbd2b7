/**
 * "Get the data" in the running app: the footer links download data/events.csv,
 * data/places.geojson and data/story.json, and each file is what it says. The CSV parses with
 * a standard parser (d3-dsv) into one row
 * per event of story.json; the GeoJSON is a FeatureCollection of Points inside the world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { EVENT_COLUMNS } from '../../src/lib/story/data-files';
import { launch, openPage, ready, startServer } from './harness';

let server: PreviewServer;
let origin: string;
let browser: Browser;
const downloaded = new Map<string, string>();
let footerText = '';

beforeAll(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  const w = await openPage(browser, origin);
  try {
    await w.page.goto(`${origin}/?lang=en`);
    await ready(w.page);
    const links = w.page.locator('footer .data-links a');
    await links.first().waitFor();
    footerText = await w.page.locator('footer.sources').innerText();
    for (const link of await links.all()) {
      const [download] = await Promise.all([w.page.waitForEvent('download'), link.click()]);
      downloaded.set(download.suggestedFilename(), readFileSync((await download.path())!, 'utf8'));
    }
    expect(w.errors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
  } finally {
    await w.context.close();
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Parses CSV with d3-dsv, a standard parser (RFC 4180 quoting; the BOM is the file's, not a field's). */
function parseCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}

describe('Get the data', () => {
  it('downloads the three files from the page footer, with a note on what they hold and how to credit them', () => {
    expect([...downloaded.keys()]).toEqual(['events.csv', 'places.geojson', 'story.json']);
    expect(footerText).toContain('Get the data');
    expect(footerText).toContain('events.csv: a row per event');
    expect(footerText).toContain('When reusing, credit');
  });

  it('events.csv: a UTF-8 BOM, then one row per event of story.json with every column', () => {
    const story = JSON.parse(downloaded.get('story.json')!) as { events: { id: string; title: { ar: string } }[] };
    const csv = downloaded.get('events.csv')!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows.length - 1).toBe(story.events.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(story.events.map((e) => e.id));
    expect(rows.slice(1).map((r) => r[EVENT_COLUMNS.indexOf('title_ar')])).toEqual(story.events.map((e) => e.title.ar));
  });

  it('places.geojson: a FeatureCollection of Points with finite coordinates inside the world', () => {
    const geo = JSON.parse(downloaded.get('places.geojson')!) as {
      type: string;
      features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    const story = JSON.parse(downloaded.get('story.json')!) as { places: { id: string }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.id)).toEqual(story.places.map((p) => p.id));
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(Number.isFinite(lon) && Math.abs(lon) <= 180).toBe(true);
      expect(Number.isFinite(lat) && Math.abs(lat) <= 90).toBe(true);
      expect(Object.keys(f.properties).sort()).toEqual(['id', 'kind_ar', 'kind_en', 'main', 'name_ar', 'name_en']);
    }
  });
});
