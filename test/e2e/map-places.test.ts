/**
 * The map's place buttons (#15 items 8 and 10): what a marker's look shows is said in words (its
 * accessible description), the focused place is aria-current and nothing claims to be a toggle;
 * a label that would run off the map's edge, or over another place's dot or name, hangs on the
 * dot's other side, after a day is chosen by a click and after a scrub, which places the labels
 * once the reader lets go (not on every frame of the drag).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, mapButtonDescription as description } from './harness';

const suite = browserSuite();

/** Each shown label's overhang past the map's left and right edges, in px (0 when inside). */
function overhangs(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = document.querySelector('.map-canvas')!.getBoundingClientRect();
    const out: Record<string, number> = {};
    for (const label of document.querySelectorAll<HTMLElement>('.map-canvas .place-label')) {
      const r = label.getBoundingClientRect();
      // Not shown: no name, or one hidden where every side would cover another name.
      if (r.width === 0 || getComputedStyle(label).visibility !== 'visible') continue;
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

  it.each(['en', 'ar'])('in the phone embed, Vostochny Cosmodrome’s name and Komsomolsk-on-Amur’s do not cover each other or a dot (%s)', async (lang) => {
    const w = await suite.open(`/embed.html?lang=${lang}&date=2023-09-13`, { width: 390, height: 600 });
    const page = w.page;
    await page.locator('.map-canvas .place-label').first().waitFor();
    const clashes = () =>
      page.evaluate(() => {
        const box = (id: string, part: string) => document.querySelector(`.map-canvas button[data-place="${id}"] ${part}`)!.getBoundingClientRect();
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const [v, k] = ['vostochny', 'komsomolsk'];
        return [
          meet(box(v, '.place-label'), box(k, '.place-label')) && 'names',
          meet(box(v, '.place-label'), box(k, '.place-dot')) && 'Vostochny’s name on Komsomolsk’s dot',
          meet(box(k, '.place-label'), box(v, '.place-dot')) && 'Komsomolsk’s name on Vostochny’s dot',
        ].filter(Boolean);
      });
    await expect.poll(clashes).toEqual([]);
  });
});

/** Each shown label that lies under one of the map's controls, with the area it loses (px × px). */
function underControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('.maplibregl-ctrl, .map-reset')].map((c) => c.getBoundingClientRect());
    const out: string[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('.map-canvas .place-label')) {
      const r = label.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(label).visibility !== 'visible') continue;
      for (const c of controls) {
        const w = Math.min(r.right, c.right) - Math.max(r.left, c.left);
        const h = Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top);
        if (w > 0 && h > 0) out.push(`${label.innerText}: ${Math.round(w)} × ${Math.round(h)}`);
      }
    }
    return out;
  });
}

describe('place labels and the map’s controls', () => {
  // On the Arabic phone, Vostochny Cosmodrome's name read to the left of its dot, 6 px under
  // "Show all story venues" (80 px of it on the default day, 111 px on 13 September 2023).
  it.each(['/', '/?date=2023-09-13', '/?lang=en&date=2023-09-13'])('no shown name lies under a control on a phone (%s)', async (path) => {
    const w = await suite.open(path, { width: 390, height: 844, locale: 'ar' });
    await w.page.locator('.map-canvas .place-label').first().waitFor();
    await expect.poll(() => overhangs(w.page).then((o) => Object.keys(o).length)).toBeGreaterThan(0);
    // The map has drawn and its camera rests: the names are where the reader finds them.
    await w.page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0 && !document.querySelector('.map-canvas.labels-unplaced'));
    await expect.poll(() => underControls(w.page)).toEqual([]);
  });
});

describe('place buttons say their state in words', () => {
  it.each([
    {
      lang: 'ar',
      vostochny: 'قاعدة فوستوتشني الفضائية',
      pyongyang: 'بيونغ يانغ',
      kim: 'كيم جونغ أون',
      onDay: 'مكان أحداث هذا اليوم',
      earlier: 'مكان أحداث سابقة في القصة',
      focus: 'من أماكن الأحداث المختارة',
    },
    {
      lang: 'en',
      vostochny: 'Vostochny Cosmodrome',
      pyongyang: 'Pyongyang',
      kim: 'Kim Jong Un',
      onDay: 'Events here on this day',
      earlier: 'Events here earlier in the story',
      focus: 'A place of the events in focus',
    },
  ])('on the day, earlier, in focus, and the focused one ($lang)', async ({ lang, vostochny, pyongyang, kim, onDay, earlier, focus }) => {
    const w = await suite.open(`/?lang=${lang}&date=2023-09-13`);
    const page = w.page;
    const marker = (name: string) => page.locator('.map-canvas').getByRole('button', { name, exact: true });
    await marker(vostochny).waitFor();
    expect(await page.locator('[aria-pressed]').evaluateAll((els) => els.map((e) => e.className))).toEqual([expect.stringContaining('play')]);
    await expect.poll(() => description(page, vostochny)).toBe(onDay);
    await expect.poll(() => description(page, pyongyang)).toBe(earlier);
    // Kim Jong Un in focus (from the summit's card): his places are the focus's, his button the current one.
    const kimButton = page.locator('article[data-event="vostochny-summit-2023"]').getByRole('button', { name: kim, exact: true });
    await kimButton.click();
    await expect.poll(() => kimButton.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => description(page, pyongyang)).toBe(focus);
    // A place clicked on the map is the focus: aria-current, and the others are not.
    await marker(pyongyang).click();
    await expect.poll(() => marker(pyongyang).getAttribute('aria-current')).toBe('true');
    expect(await marker(vostochny).getAttribute('aria-current')).toBeNull();
  });
});

describe('nothing focused hides under the phone’s sticky timeline', () => {
  it.each(['ar', 'en'])('tabbing through the page at 390 × 844 (%s)', async (lang) => {
    const w = await suite.open(`/?lang=${lang}&date=2023-09-13`, { width: 390, height: 844 });
    const page = w.page;
    await page.locator('.map-canvas .place-marker').first().waitFor();
    const covered: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      const hit = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.timeline-area');
        if (!el || !bar || bar.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return null;
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const hidden = !!top && bar.contains(top);
        return hidden ? `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”` : null;
      });
      if (hit) covered.push(hit);
    }
    expect(covered).toEqual([]);
  });
});

describe('place buttons on the movable map', () => {
  it('share one layer that lets the map’s own gestures through, none a compositing layer of its own', async () => {
    const w = await suite.open('/?lang=en&date=2023-09-13');
    const page = w.page;
    const buttons = page.locator('.place-layer .place-marker');
    await buttons.first().waitFor();
    // MapLibre's Marker gave each a 3D transform and will-change: a layer per place (place-layer.ts).
    for (const [transform, willChange] of await buttons.evaluateAll((els) => els.map((e) => [getComputedStyle(e).transform, getComputedStyle(e).willChange]))) {
      expect(transform).toMatch(/^matrix\(/);
      expect(willChange).toBe('auto');
    }
    // Pointed at anywhere over the map, the layer itself is never what is hit: a button or the map is.
    const hits = await page.evaluate(() => {
      const box = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
      const seen = new Set<string>();
      for (let i = 1; i < 10; i++)
        for (let j = 1; j < 10; j++) {
          const hit = document.elementFromPoint(box.x + (box.width * i) / 10, box.y + (box.height * j) / 10);
          seen.add(hit?.closest('.place-marker') ? 'button' : (hit?.className.toString() ?? 'none'));
        }
      return [...seen];
    });
    expect(hits).toContain('maplibregl-canvas');
    expect(hits).not.toContain('place-layer');
  });
});

describe('the movable map’s own words', () => {
  it('name the map and its controls in the reading language, and again after a switch', async () => {
    const w = await suite.open('/?lang=en&date=2023-09-13');
    const page = w.page;
    const canvas = page.locator('.maplibregl-canvas');
    await canvas.waitFor();
    const words = () =>
      page.evaluate(() => ({
        canvas: document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label'),
        credits: document.querySelector('.maplibregl-ctrl-attrib-button')?.getAttribute('aria-label'),
        zoomIn: document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label'),
      }));
    expect(await words()).toEqual({
      canvas: 'Movable map view (arrow keys move it, + and − zoom)',
      credits: 'Show or hide the map credits',
      zoomIn: 'Zoom the map in',
    });
    await page.getByRole('button', { name: 'العربية (Read in Arabic)' }).click();
    await expect.poll(words).toEqual({
      canvas: 'الخريطة التفاعلية (حرّكها بمفاتيح الأسهم، وكبّرها أو صغّرها بمفتاحَي + و−)',
      credits: 'أظهر مصادر الخريطة أو أخفها',
      zoomIn: 'كبّر الخريطة',
    });
  });
});

describe('place names on the movable map', () => {
  it('show only once they are placed, so that none hops to its side as the map loads', async () => {
    const w = await suite.page({ width: 390, height: 844 });
    // The moment the buttons arrive (before any frame is drawn), and whether their names were shown then.
    await w.page.addInitScript(`new MutationObserver((_, observer) => {
      const label = document.querySelector('.place-layer .place-label');
      if (!label) return;
      observer.disconnect();
      window.__firstLabel = getComputedStyle(label).visibility;
    }).observe(document, { childList: true, subtree: true });`);
    await w.page.goto(`${suite.origin}/?lang=en&date=2023-09-13`);
    await w.page.locator('.maplibregl-map:not(.labels-unplaced)').waitFor();
    expect(await w.page.evaluate(() => (window as unknown as { __firstLabel?: string }).__firstLabel)).toBe('hidden');
    expect(await w.page.locator('.place-marker[data-place="vostochny"] .place-label').evaluate((l) => getComputedStyle(l).visibility)).toBe('visible');
  });
});
