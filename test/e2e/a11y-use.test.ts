/**
 * The app as a keyboard, screen-reader, zoomed-in and touch reader uses it (#15): what the
 * live region says, the skip links, where the focus is and that it can be seen, the article
 * reader, reflow at 320 CSS px and at 200 %, forced colours and touch. Asserted through roles,
 * names, focus and boxes, in both languages where words are involved.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite, type Watched } from './harness';

const suite = browserSuite();

const open = (path: string, options: Parameters<typeof suite.open>[1] = {}) => suite.open(path, options);

/** The element's box with its focus ring, and whether every side is inside its clipping ancestors and the viewport and nothing covers its middle. */
const ringShows = (w: Watched, selector: string) =>
  w.page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    const ring = Math.max(0, parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset));
    const r = el.getBoundingClientRect();
    const box = { l: r.left - ring, t: r.top - ring, r: r.right + ring, b: r.bottom + ring };
    if (box.l < 0 || box.t < 0 || box.r > innerWidth || box.b > innerHeight) return `outside the viewport: ${JSON.stringify(box)}`;
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a);
      if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (box.l < c.left - 0.5 || box.t < c.top - 0.5 || box.r > c.right + 0.5 || box.b > c.bottom + 0.5)
        return `clipped by ${a.className}: ${JSON.stringify(box)} in ${JSON.stringify([c.left, c.top, c.right, c.bottom])}`;
    }
    const top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    if (!top || !(el === top || el.contains(top))) return `covered by ${top?.className}`;
    return s.outlineStyle === 'none' ? 'no ring' : 'shows';
  });

const said = (w: Watched) => w.page.locator('.announcer').innerText();

describe('the live region says what changed, once and briefly (#15 item 3)', () => {
  it('says nothing on opening, then the new day and its places (English)', async () => {
    const w = await open('/?date=2023-08-15&lang=en');
    await w.page.locator('button.place-marker').first().waitFor();
    expect(await said(w)).toBe('');
    await w.page.getByRole('button', { name: 'Next event: 13 September 2023' }).click();
    await expect.poll(() => said(w)).toBe('13 September 2023: 4 events, at Vostochny Cosmodrome');
  });

  it('says the new day and its places (Arabic)', async () => {
    const w = await open('/?date=2023-08-15&lang=ar');
    await w.page.getByRole('button', { name: 'الحدث التالي: 13 سبتمبر 2023' }).click();
    await expect.poll(() => said(w)).toBe('13 سبتمبر 2023: 4 أحداث، في قاعدة فوستوتشني الفضائية');
  });

  it('says the focus when a place is picked on the same day, and when the focus is cleared (English)', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('button', { name: 'Vostochny Cosmodrome', exact: true }).first().click();
    await expect.poll(() => said(w)).toMatch(/^Events at Vostochny Cosmodrome: \d+ events?$/);
    await w.page.getByRole('button', { name: 'Show all events again' }).click();
    await expect.poll(() => said(w)).toBe('All events shown again');
  });

  it('says the focus when a person is picked on the same day (Arabic)', async () => {
    const w = await open('/?date=2023-09-13&lang=ar');
    await w.page.locator('article[data-event="vostochny-summit-2023"] .people button').first().click();
    await expect.poll(() => said(w)).toMatch(/^أحداث حضرها .+: (حدث واحد|حدثان|\d+ أحداث|\d+ حدثًا)$/);
  });

  it('on a day whose events are dated only to their year says how many, never "no event", in the live text and the slider (English)', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('button', { name: '2000', exact: true }).click();
    await expect.poll(() => said(w)).toBe('1 January 2000: 2 events dated only to their month or year');
    const value = await w.page.getByRole('slider').getAttribute('aria-valuetext');
    expect(value).toMatch(/^1 January 2000: 2 events dated only to their month or year: /);
    expect(value).not.toMatch(/no event|0 events/);
    expect(await w.page.locator('.details').innerText()).not.toMatch(/\b0 events|No event/);
  });

  it('… and in Arabic', async () => {
    const w = await open('/?date=2023-07-15&lang=ar');
    const value = await w.page.getByRole('slider').getAttribute('aria-valuetext');
    expect(value).toMatch(/^15 يوليو 2023: 5 أحداث مؤرخة بالشهر أو السنة فقط: /);
    expect(value).not.toContain('لا حدث');
    await w.page.getByRole('button', { name: '2000', exact: true }).click();
    await expect.poll(() => said(w)).toBe('1 يناير 2000: حدثان مؤرخان بالشهر أو السنة فقط');
  });
});

describe('skip links (#15 item 11)', () => {
  const active = (w: Watched) =>
    w.page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.id}|${el.getAttribute('role') ?? el.tagName.toLowerCase()}` : '';
    });

  it.each([
    ['en', 'Skip to the day’s details', 'Skip to the timeline'],
    ['ar', 'انتقل إلى تفاصيل اليوم', 'انتقل إلى الخط الزمني'],
  ])('the first Tab stops lead to the day’s details and to the timeline, and show themselves (%s)', async (lang, details, timeline) => {
    const w = await open(`/?date=2023-09-13&lang=${lang}`);
    await w.page.keyboard.press('Tab');
    const first = w.page.getByRole('link', { name: details });
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await first.boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeGreaterThan(20);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => active(w)).toBe('details-heading|h2');
    expect(new URL(w.page.url()).hash).toBe('');

    await w.page.getByRole('link', { name: timeline }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => active(w)).toBe('day-slider|slider');
    // The slider works from there at once.
    await w.page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('date')).toBe('2023-09-14');
  });
});

describe('the keyboard focus can be seen (#15 item 4)', () => {
  it.each([
    ['en', 1280, 800],
    ['ar', 390, 844],
  ] as const)('on the map canvas and on each place the keyboard reaches, even off the map or on its edge (%s, %i px)', async (lang, width, height) => {
    const w = await open(`/?date=2023-09-13&lang=${lang}`, { width, height });
    const canvas = w.page.locator('.maplibregl-canvas');
    await canvas.waitFor();
    // Keyboard focus: Tab from the element before the canvas.
    await canvas.focus();
    await expect.poll(() => canvas.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await ringShows(w, '.maplibregl-canvas')).toBe('shows');
    for (const id of ['moscow', 'washington', 'new-york', 'italy', 'tokyo', 'south-korea', 'pyongyang']) {
      await w.page.locator(`button[data-place="${id}"]`).focus();
      await expect.poll(() => ringShows(w, `button[data-place="${id}"]`), { message: id }).toBe('shows');
    }
  });

  it('on the Arabic phone’s “الكل” chip, scrolled into its row with its ring', async () => {
    const w = await open('/?date=2023-09-13&lang=ar', { width: 390, height: 844 });
    const chips = w.page.locator('.clusters button');
    await chips.nth((await chips.count()) - 2).focus();
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('الكل');
    await expect.poll(() => ringShows(w, '.clusters button:last-child')).toBe('shows');
  });
});

/** What has the keyboard focus: its id, else its class and text. */
const focused = (w: Watched) =>
  w.page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'body' : el.id || `${el.className}: ${el.textContent?.trim()}`;
  });

describe('the focus stays with the reader when a control goes away (#15 item 4)', () => {
  it('leaving the tour from the keyboard focuses “Tour the story” (English)', async () => {
    const w = await open('/?step=2&lang=en');
    const leave = w.page.getByRole('button', { name: 'Leave the tour' });
    await leave.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focused(w)).toBe('tour-start: Tour the story');
  });

  it('“Back to step 3” focuses the step’s heading (Arabic)', async () => {
    const w = await open('/?step=3&lang=ar');
    await w.page.getByRole('slider').focus();
    await w.page.keyboard.press('Shift+ArrowLeft');
    const back = w.page.getByRole('button', { name: 'العودة إلى الخطوة 3' });
    await back.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focused(w)).toBe('tour-heading');
  });

  it.each([
    ['en', 'Show all kinds', 'All kinds of event are shown again.'],
    ['ar', 'اعرض كل الأنواع', 'تُعرض كل أنواع الأحداث مجددًا.'],
  ] as const)('“Show all kinds” focuses the day and says that every kind shows again (%s)', async (lang, name, words) => {
    const w = await open(`/?date=2023-07-27&category=reaction&lang=${lang}`);
    const button = w.page.getByRole('button', { name });
    await button.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focused(w)).toBe('details-heading');
    await expect.poll(() => w.page.locator('.filter-notice[role=status]').innerText()).toBe(words);
  });

  it('in the phone embed, the map tab’s panel is out of the tab order and out of sight while Details shows', async () => {
    const w = await open('/embed.html?lang=en&date=2023-09-13', { width: 390, height: 600 });
    await w.page.locator('.maplibregl-ctrl-attrib').waitFor({ state: 'attached' });
    const details = w.page.getByRole('tab', { name: /^Details/ });
    await details.click();
    await details.focus();
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => !!document.activeElement?.closest('#panel-map'))).toBe(false);
    expect(await w.page.locator('#panel-map').getAttribute('inert')).not.toBeNull();
    expect(await w.page.locator('#panel-map .maplibregl-ctrl-attrib').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
  });

  it('a cluster chip reached by Tab at 200 % is scrolled wholly into its row (English, left to right)', async () => {
    const w = await open('/?date=2023-09-13&lang=en', { width: 640, height: 400, deviceScaleFactor: 2 });
    const chips = w.page.locator('.clusters button');
    await chips.nth((await chips.count()) - 2).focus();
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('All');
    await expect.poll(() => ringShows(w, '.clusters button:last-child')).toBe('shows');
  });

  it('the events dated only to their month or year are a group of their own in the headings, not one more card (Arabic)', async () => {
    const w = await open('/?lang=ar');
    const group = w.page.getByRole('heading', { level: 2, name: 'أحداث مؤرخة بهذا الشهر أو بهذه السنة فقط' });
    await group.waitFor();
    // Its cards' titles are headings one level below it.
    expect(await w.page.locator('.approx-events .event-card h3').count()).toBeGreaterThan(0);
  });

  it('the embed dialog at 400 % (320 px) keeps its selects inside it', async () => {
    const w = await open('/?lang=en', { width: 320, height: 256 });
    await w.page.getByRole('button', { name: 'Embed' }).click();
    const dialog = w.page.getByRole('dialog');
    await dialog.locator('select').last().waitFor();
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
  });
});

/** WCAG contrast of two CSS colours as the browser computes them (rgb()). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the article reader (#15 item 5)', () => {
  it.each([
    ['en', 1280, 800],
    ['ar', 390, 844],
    ['en', 320, 256],
  ] as const)(
    'opens from the keyboard with Close focused and in view, named in the reading language, in paragraphs, each quote one passage, and gives the focus back (%s, %i×%i)',
    async (lang, width, height) => {
      const w = await open(`/?date=2024-06-18&lang=${lang}`, { width, height });
      const reads = w.page.locator('.day-events .report button.read');
      const read = reads.nth((await reads.count()) - 1);
      await read.focus();
      await w.page.keyboard.press('Enter');
      const dialog = w.page.locator('dialog.reader');
      await dialog.locator('.article-text p').first().waitFor();
      const title = (await dialog.locator(lang === 'en' ? '.translation' : 'h2').innerText()).trim();
      await w.page.getByRole('dialog', { name: title, exact: true }).waitFor();
      // The dialog scrolled to the quote: Close still has the focus and is on screen.
      await expect.poll(() => dialog.evaluate((d) => d.scrollTop)).toBeGreaterThan(0);
      const close = dialog.getByRole('button', { name: lang === 'en' ? 'Close' : 'أغلق', exact: true });
      expect(await close.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = (await close.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(await close.evaluate((el) => document.elementFromPoint(el.getBoundingClientRect().x + 5, el.getBoundingClientRect().y + 5) === el)).toBe(true);
      // Paragraphs, and no quote drawn as several marks side by side.
      expect(await dialog.locator('.article-text > p').count()).toBeGreaterThan(5);
      expect(await dialog.locator('.article-text > :not(p)').count()).toBe(0);
      const split = await dialog
        .locator('mark.quote-mark')
        .evaluateAll((ms) => ms.filter((m) => m.nextSibling instanceof HTMLElement && m.nextSibling.matches('mark')).length);
      expect(split).toBe(0);
      expect(await dialog.locator('mark.quote-mark').count()).toBeGreaterThan(0);
      await w.page.keyboard.press('Enter');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await read.evaluate((el) => el === document.activeElement)).toBe(true);
    },
  );

  it.each([
    ['en', 1280, 800],
    ['ar', 390, 844],
  ] as const)('shows each control the Tab key reaches in the reader, none under its pinned header (%s, %i×%i)', async (lang, width, height) => {
    const w = await open(`/?date=2023-09-13&lang=${lang}`, { width, height });
    await w.page.locator('.day-events .report button.read').first().click();
    const dialog = w.page.locator('dialog.reader');
    await dialog.locator('.article-text p').first().waitFor();
    await expect.poll(() => dialog.evaluate((d) => d.scrollTop)).toBeGreaterThan(0);
    // From Close, the quotes' way back to their events: the first lies above the quote the reader
    // opened at, where the browser brings it into view at the top, under the pinned header.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await w.page.keyboard.press('Tab');
      const { name, covered } = await w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + 2);
        return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', covered: !el.contains(top) };
      });
      seen.push(`${name}${covered ? ' (covered)' : ''}`);
    }
    expect(seen.filter((s) => s.endsWith('(covered)'))).toEqual([]);
  });

  it('draws the greyed site furniture at 4.5:1 or more', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.locator('.day-events .report button.read').first().click();
    const furniture = w.page.locator('dialog.reader .furniture').first();
    await furniture.waitFor();
    const { ink, stripe, paper } = await furniture.evaluate((el) => {
      const probe = document.createElement('span');
      el.append(probe);
      probe.style.color = 'var(--furniture-stripe)';
      const stripe = getComputedStyle(probe).color;
      probe.remove();
      return { ink: getComputedStyle(el).color, stripe, paper: getComputedStyle(el.closest('dialog')!).backgroundColor };
    });
    expect(contrast(ink, stripe)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink, paper)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('zoom and reflow (#15 item 2)', () => {
  it.each([
    ['en', 320, 256, 1, '400 % of 1280 px wide'],
    ['ar', 320, 256, 1, '400 % of 1280 px wide'],
    ['en', 640, 400, 2, '1280×800 at 200 %'],
    ['ar', 640, 400, 2, '1280×800 at 200 %'],
    ['en', 1024, 640, 1.25, '1280×800 at 125 %'],
    ['en', 853, 533, 1.5, '1280×800 at 150 %'],
  ] as const)(
    '%s at %i×%i CSS px (×%s, %s): no sideways scroll, nothing over the footer, the map seen and usable from the keyboard',
    async (lang, width, height, deviceScaleFactor, _zoom) => {
      const w = await open(`/?date=2023-09-13&lang=${lang}`, { width, height, deviceScaleFactor });
      await w.page.locator('.maplibregl-canvas').waitFor();
      const boxes = await w.page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth,
          timelineBottom: box('.timeline-area').bottom,
          detailsBottom: box('.details-area').bottom,
          footerTop: box('footer').top,
        };
      });
      expect(boxes.scrollWidth).toBeLessThanOrEqual(boxes.innerWidth);
      expect(boxes.timelineBottom).toBeLessThanOrEqual(boxes.footerTop + 0.5);
      expect(boxes.detailsBottom).toBeLessThanOrEqual(boxes.footerTop + 0.5);
      // Scrolled to, the map is seen whole: nothing (the timeline) lies over it.
      await w.page.locator('.map-area').evaluate((m) => m.scrollIntoView({ block: 'nearest' }));
      const covered = await w.page.locator('.map-area').evaluate((m) => {
        const r = m.getBoundingClientRect();
        const points = [0.1, 0.5, 0.9].flatMap((fy) => [0.1, 0.5, 0.9].map((fx) => [r.left + fx * r.width, r.top + fy * r.height] as const));
        return points.filter(([x, y]) => !m.contains(document.elementFromPoint(x, y))).length;
      });
      expect(covered).toBe(0);
      expect((await w.page.locator('.map-area').boundingBox())!.height).toBeGreaterThanOrEqual(Math.min(240, height - 16));
      // A place reached with the keyboard shows its ring and can be chosen.
      const place = 'button[data-place="vladivostok"]';
      await w.page.locator(place).focus();
      await expect.poll(() => ringShows(w, place)).toBe('shows');
      await w.page.keyboard.press('Enter');
      await expect.poll(() => new URL(w.page.url()).searchParams.get('venue')).toBe('vladivostok');
    },
  );
});

describe('touch and small screens (#15 item 10)', () => {
  /** Where a place button is drawn (its centre). */
  const centre = async (w: Watched, id: string) => {
    const b = (await w.page.locator(`button[data-place="${id}"]`).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, width: b.width, height: b.height };
  };

  it('one finger pans the full page’s map; the zoom buttons zoom it (Arabic phone)', async () => {
    const w = await open('/?date=2023-09-13&lang=ar', { width: 390, height: 844, hasTouch: true });
    await w.page.locator('.maplibregl-canvas').waitFor();
    await w.page.waitForFunction(() => document.querySelector('.maplibregl-cooperative-gesture-screen') === null);
    const before = await centre(w, 'vladivostok');
    const map = (await w.page.locator('.map-area').boundingBox())!;
    const cdp = await w.context.newCDPSession(w.page);
    const at = (x: number, y: number) => [{ x, y, id: 1 }];
    const [x0, y0] = [map.x + map.width / 2, map.y + map.height / 2];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(x0, y0) });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x0 - i * 10, y0) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => before.x - (await centre(w, 'vladivostok')).x).toBeGreaterThan(40);

    const a = await centre(w, 'vladivostok');
    const b = await centre(w, 'komsomolsk');
    await w.page.getByRole('button', { name: 'كبّر الخريطة', exact: true }).click();
    await expect
      .poll(async () => {
        const [c, d] = [await centre(w, 'vladivostok'), await centre(w, 'komsomolsk')];
        return Math.hypot(c.x - d.x, c.y - d.y) / Math.hypot(a.x - b.x, a.y - b.y);
      })
      .toBeGreaterThan(1.5);
    await w.page.getByRole('button', { name: 'صغّر الخريطة', exact: true }).waitFor();
  });

  it('keeps cooperative gestures in the embed, where the map must not take the article’s scroll', async () => {
    const w = await open('/embed.html?date=2023-09-13&lang=en', { width: 390, height: 680, hasTouch: true });
    await w.page.locator('.maplibregl-canvas').waitFor();
    expect(await w.page.locator('.maplibregl-cooperative-gesture-screen').count()).toBe(1);
  });

  it.each(['en', 'ar'] as const)(
    'on a 390 px phone, South Korea and Pyongyang are apart, 24×24 each, and the selected place’s name is never cut at the edge (%s)',
    async (lang) => {
      const w = await open(`/?date=2024-06-18&lang=${lang}`, { width: 390, height: 844, hasTouch: true });
      await w.page.locator('.maplibregl-canvas').waitFor();
      await expect
        .poll(async () => {
          const [p, k] = [await centre(w, 'pyongyang'), await centre(w, 'south-korea')];
          return p.width >= 24 && p.height >= 24 && k.width >= 24 && (Math.abs(p.x - k.x) >= 24 || Math.abs(p.y - k.y) >= 24);
        })
        .toBe(true);
      for (const day of ['2024-06-18', '2023-09-13', '2023-09-16', '2023-09-14']) {
        await w.page.goto(`${suite.origin}/?date=${day}&lang=${lang}`);
        await w.page.locator('.maplibregl-canvas').waitFor();
        const label = w.page.locator('button.place-marker[data-state="current"] .place-label').first();
        await expect
          .poll(async () => {
            const [l, m] = [(await label.boundingBox())!, (await w.page.locator('.map-area').boundingBox())!];
            return l.x >= m.x - 0.5 && l.x + l.width <= m.x + m.width + 0.5 ? 'inside' : `${day}: ${JSON.stringify([l, m])}`;
          })
          .toBe('inside');
      }
    },
  );

  it('names an unlabelled context place when pointed at, and draws the timeline’s marks at 3:1 or more', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.locator('.maplibregl-canvas').waitFor();
    const korea = w.page.locator('button[data-place="south-korea"]');
    expect(await korea.locator('.place-label').isVisible()).toBe(false);
    await korea.hover();
    await expect.poll(() => korea.locator('.place-label').isVisible()).toBe(true);
    expect(await korea.locator('.place-label').innerText()).toBe('South Korea');
    const pairs = await w.page
      .locator('.focus-strip .mark:not(.dimmed) :is(circle, rect)')
      .evaluateAll((shapes) => shapes.map((s) => [getComputedStyle(s).stroke, getComputedStyle(s.closest('.timeline-area')!).backgroundColor] as const));
    expect(pairs.length).toBeGreaterThan(5);
    const low = pairs.filter(([stroke, bg]) => !stroke.startsWith('rgb(') || contrast(stroke, bg) < 3);
    expect(low).toEqual([]);
  });
});

describe('forced colours (#15 item 7)', () => {
  /** What tells a place's dot apart when the system forces its colours. */
  const look = (w: Watched, id: string) =>
    w.page.locator(`button[data-place="${id}"] .place-dot`).evaluate((d) => {
      const s = getComputedStyle(d);
      return [s.backgroundColor, s.borderTopColor, s.borderTopStyle, s.outlineStyle, s.outlineColor, s.boxShadow].join(' ');
    });

  it('the current, earlier, in-focus and idle places still differ, and the dialogs keep their edge and backdrop', async () => {
    // 13 September 2023 with Komsomolsk in focus: Vostochny lit, Pyongyang visited earlier, Komsomolsk a later stop, Tokyo idle.
    const w = await open('/?date=2023-09-13&venue=komsomolsk&lang=en', { forcedColors: 'active' });
    expect(await w.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await w.page.locator('.maplibregl-canvas').waitFor();
    expect(await w.page.locator('button[data-place="vostochny"]').getAttribute('data-state')).toBe('current');
    expect(await w.page.locator('button[data-place="pyongyang"]').getAttribute('data-state')).toBe('earlier');
    expect(await w.page.locator('button[data-place="komsomolsk"]').getAttribute('data-state')).toBe('focus');
    expect(await w.page.locator('button[data-place="tokyo"]').getAttribute('data-state')).toBe('idle');
    const looks = [await look(w, 'vostochny'), await look(w, 'pyongyang'), await look(w, 'komsomolsk'), await look(w, 'tokyo')];
    expect(new Set(looks).size, looks.join('\n')).toBe(4);

    await w.page.locator('.day-events .report button.read').first().click();
    const reader = w.page.locator('dialog.reader');
    await reader.locator('.article-text p').first().waitFor();
    const edge = await reader.evaluate((d) => {
      const s = getComputedStyle(d);
      return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, backdrop: getComputedStyle(d, '::backdrop').backgroundColor };
    });
    expect(edge.width).toBeGreaterThanOrEqual(2);
    expect(edge.style).toBe('solid');
    expect(edge.backdrop).toMatch(/^rgba\(0, 0, 0, 0\.[4-9]/);
  });
});

describe('timeline marks (#15 item 10)', () => {
  it('take the pointer, so their titles show as tooltips, and a click on one goes to its day', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const mark = w.page.locator('.focus-strip .mark[data-event="vladivostok-bombers-warship-2023"]');
    const id = await mark.getAttribute('data-event');
    const shape = mark.locator('circle, rect').first();
    const hit = await shape.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { inMark: !!top?.closest('.mark'), title: el.closest('.mark')!.querySelector('title')!.textContent };
    });
    expect(hit.inMark).toBe(true);
    expect(hit.title).toMatch(/September 2023 · /);
    await shape.click();
    const day = await w.page.evaluate(async (eventId) => {
      const story = await (await fetch('data/story.json')).json();
      return story.events.find((e: { id: string }) => e.id === eventId).first_day as string;
    }, id);
    await expect.poll(() => new URL(w.page.url()).searchParams.get('date')).toBe(day);
  });
});
