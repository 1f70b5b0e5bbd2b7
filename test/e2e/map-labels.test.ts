/**
 * The map's place labels stay on the map (#15 item 10): a label that would run off the map's
 * edge hangs on the dot's other side, after a day is chosen by a click and after a scrub, which
 * places the labels once the reader lets go (not on every frame of the drag).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from './harness';

const suite = browserSuite();

/** Each shown label's overhang past the map's left and right edges, in px (0 when inside). */
function overhangs(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const out: Record<string, number> = {};
    for (const label of document.querySelectorAll<HTMLElement>('.map-canvas .place-label')) {
      const r = label.getBoundingClientRect();
      if (r.width === 0) continue;
      out[label.innerText] = Math.max(0, map.left - r.left, r.right - map.right);
    }
    return out;
  });
}

const inside = (o: Record<string, number>) => Object.values(o).every((px) => px < 1);

describe('place labels on a phone', () => {
  it.each(['ar', 'en'])('stay inside the map, after a day is chosen and after a scrub (%s)', async (lang) => {
    const w = await suite.open(`/?lang=${lang}&date=2024-06-19`, { width: 390, height: 844 });
    const page = w.page;
    await page.locator('.map-canvas .place-label').first().waitFor();
    await expect.poll(() => overhangs(page).then((o) => Object.keys(o).length)).toBeGreaterThan(0);
    await expect.poll(() => overhangs(page).then(inside)).toBe(true);
    // A scrub across the strip, then let go: the labels of the day it ends on are placed.
    const strip = (await page.locator('.zoom-surface').boundingBox())!;
    const grip = (await page.locator('.handle-grip').boundingBox())!;
    const y = grip.y + grip.height / 2;
    await page.mouse.move(grip.x + grip.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(grip.x + grip.width / 2 + ((lang === 'ar' ? 1 : -1) * (strip.width * i)) / 30, y);
    await page.mouse.up();
    await expect.poll(() => overhangs(page).then(inside)).toBe(true);
  });
});
