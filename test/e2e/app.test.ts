/**
 * The reader's questions, answered in a real browser against the production build:
 * where was Kim Jong Un on 13 September 2023, who was with him, which articles said so;
 * and what happened in Pyongyang in June 2024. In both languages, by pointer and keyboard.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import {
  embedPreview,
  launch,
  mapButtonDescription,
  openPage,
  pendingTimers,
  ready,
  startServer,
  timersCreated,
  TRACK_TIMERS,
  urlParam,
  type Watched,
} from './harness';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let current: Watched | null = null;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  if (current) {
    // Every test: nothing broke and nothing left the origin.
    expect(current.errors).toEqual([]);
    expect(current.offOrigin).toEqual([]);
    await current.context.close();
    current = null;
  }
});

async function open(path: string, options: Parameters<typeof openPage>[2] & { trackTimers?: boolean } = {}): Promise<Watched> {
  current = await openPage(browser, origin, options);
  if (options.trackTimers) await current.page.addInitScript(TRACK_TIMERS);
  await current.page.goto(`${origin}${path}`);
  await ready(current.page);
  return current;
}

/** Playback's step interval (STEP_MS in src/app/playback.svelte.ts, without reduced motion). */
const PLAY_STEP_MS = 1800;

/** The places lit for the day (their markers' look: data-state drives the colours). */
const litPlaces = (w: Watched) =>
  w.page.locator('button.place-marker[data-state="current"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place));

describe('a reader in English on a desktop', () => {
  it('opens /?date=2023-09-13&lang=en on Vostochny, with who was there and who reported it', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.locator('.maplibregl-canvas').waitFor();
    await expect.poll(() => litPlaces(w)).toEqual(['vostochny']);
    // What the marker's colour shows is said in words: its accessible description.
    await expect.poll(() => mapButtonDescription(w.page, 'Vostochny Cosmodrome')).toBe('Events here on this day');
    const summit = w.page.locator('article[data-event="vostochny-summit-2023"]');
    await expect
      .poll(() => summit.locator('.people li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.person)))
      .toEqual(['vladimir-putin', 'kim-jong-un', 'sergei-shoigu', 'sergei-lavrov', 'denis-manturov']);
    expect(await summit.locator('.people').innerText()).toContain('Leader of North Korea, North Korea');
    expect(await summit.locator('.report').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article))).toEqual([
      '004_c28bba0c94519a16',
      '002_377a96dd035cca65',
      '001_3195c2fdfc81bc12',
      '003_cefe74131b09aea2',
    ]);
    const firstReport = summit.locator('.report').first();
    expect(await firstReport.innerText()).toContain('AFP (wire copy)');
    expect(await firstReport.innerText()).toContain('14 September 2023 (date worked out from the article)');
    expect(await firstReport.locator('blockquote').first().innerText()).toContain('والتقى الزعيمان في قاعدة فوستوتشني الفضائية');
    expect(await firstReport.locator('blockquote mark.mention').first().innerText()).toBe('فوستوتشني');
    const slider = w.page.getByRole('slider');
    expect(await slider.getAttribute('aria-valuetext')).toContain('13 September 2023: 4 events: Putin–Kim summit at the Vostochny Cosmodrome');
    // Four events that day: the tab and the history entry name the day.
    expect(await w.page.title()).toBe('13 September 2023 — Russia and North Korea, 2023–2024');
    expect(await w.page.locator('html').getAttribute('dir')).toBe('ltr');
  });

  it('steps the scrubber with the keyboard, announcing the date and event', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const slider = w.page.getByRole('slider');
    await slider.focus();
    await w.page.keyboard.press('ArrowRight');
    await urlParam(w.page, 'date', '2023-09-14');
    expect(await slider.getAttribute('aria-valuetext')).toContain('14 September 2023');
    await w.page.keyboard.press('Shift+ArrowRight');
    await urlParam(w.page, 'date', '2023-09-15');
    await w.page.keyboard.press('ArrowLeft');
    await urlParam(w.page, 'date', '2023-09-14');
    await w.page.keyboard.press('PageUp');
    await urlParam(w.page, 'date', '2023-10-14');
    expect(await w.page.locator('.nothing').innerText()).toContain('No event in the articles falls on this day.');
    await w.page.keyboard.press('End');
    await urlParam(w.page, 'date', '2024-06-18');
    await expect.poll(() => litPlaces(w)).toEqual(['pyongyang']);
    await w.page.keyboard.press('Home');
    await urlParam(w.page, 'date', '2000-01-01');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
  });

  it('drags the scrubber handle along the timeline, and writes the address once it is let go', async () => {
    const w = await open('/?date=2023-09-01&lang=en', { trackTimers: true });
    const slider = w.page.getByRole('slider');
    const before = await slider.getAttribute('aria-valuetext');
    const title = await w.page.title();
    // The address's throttle (300 ms, url-sync.svelte.ts): counted rather than slept through.
    const throttles = await timersCreated(w.page, 300);
    const grip = w.page.locator('.handle-grip');
    const box = (await grip.boundingBox())!;
    const strip = (await w.page.locator('.zoom-surface').boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    // The September window is about 33 days wide: move to 40 % of the way across.
    for (let i = 1; i <= 10; i++) await w.page.mouse.move(box.x + (strip.width * 0.4 * i) / 10, box.y + box.height / 2);
    await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe(before);
    // Held: two frames after the day moved, nothing is written and nothing is waiting to be.
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(new URL(w.page.url()).searchParams.get('date')).toBe('2023-09-01');
    expect(await w.page.title()).toBe(title);
    expect(await timersCreated(w.page, 300)).toBe(throttles);
    await w.page.mouse.up();
    await w.page.waitForFunction(() => (new URLSearchParams(location.search).get('date') ?? '') > '2023-09-08');
    const day = new URL(w.page.url()).searchParams.get('date')!;
    expect(day < '2023-09-20').toBe(true);
    expect(await w.page.getByRole('slider').getAttribute('aria-valuetext')).toContain('September 2023');
    expect(await w.page.title()).not.toBe(title);
    // The drag was one entry: Back returns to the day before it.
    await w.page.goBack();
    await urlParam(w.page, 'date', '2023-09-01');
  });

  it('clicks a venue: its events are listed and Back undoes it', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.locator('button.place-marker[data-place="komsomolsk"]').click();
    await urlParam(w.page, 'venue', 'komsomolsk');
    const focus = w.page.locator('section.focus');
    expect(await focus.locator('h2').innerText()).toBe('Events at Komsomolsk-on-Amur');
    expect(await focus.locator('article').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event))).toEqual(['komsomolsk-aircraft-plants-2023']);
    expect(await w.page.locator('.mark.dimmed').count()).toBeGreaterThan(0);
    await w.page.goBack();
    await w.page.waitForFunction(() => !new URLSearchParams(location.search).has('venue'));
    await focus.waitFor({ state: 'detached' });
    await w.page.goForward();
    await urlParam(w.page, 'venue', 'komsomolsk');
    await focus.waitFor();
  });

  it('titles each history entry with what it holds', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const app = 'Russia and North Korea, 2023–2024';
    await w.page.locator('.day-events li[data-person="vladimir-putin"] button').first().click();
    await urlParam(w.page, 'person', 'vladimir-putin');
    const cdp = await w.context.newCDPSession(w.page);
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    await cdp.detach();
    // The entry left behind keeps its own title; the new one names the person in focus.
    expect(entries.slice(currentIndex - 1, currentIndex + 1).map((e) => e.title.replace(/[\u2068\u2069]/g, ''))).toEqual([
      `13 September 2023 — ${app}`,
      `Vladimir Putin · 13 September 2023 — ${app}`,
    ]);
  });

  it('clicks a person: their events and places are listed', async () => {
    const w = await open('/?date=2023-07-27&lang=en');
    await w.page.locator('article[data-event="victory-day-parade-2023"] li[data-person="sergei-shoigu"] button').click();
    await urlParam(w.page, 'person', 'sergei-shoigu');
    const focus = w.page.locator('section.focus');
    expect(await focus.locator('h2').innerText()).toBe('Events with Sergei Shoigu');
    expect(await focus.locator('.focus-places').innerText()).toMatch(/Pyongyang.*Vostochny Cosmodrome.*Vladivostok/s);
    const events = await focus.locator('article').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event));
    expect(events).toEqual(expect.arrayContaining(['victory-day-parade-2023', 'vostochny-summit-2023', 'vladivostok-bombers-warship-2023']));
    await expect
      .poll(() => w.page.locator('button.place-marker.in-focus').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place).sort()))
      .toEqual(['pyongyang', 'vladivostok', 'vostochny']);
  });

  it('marks the Arabic an English date note quotes as Arabic, for the voice that reads it', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const note = w.page.locator('article[data-event="vostochny-summit-2023"] .note');
    expect(await note.innerText()).toMatch(/^"Wednesday" in 001 \(line 16, "الأربعاء"\)/);
    expect(await note.locator('bdi[lang="ar"]').allInnerTexts()).toEqual(expect.arrayContaining(['الأربعاء', 'والأربعاء', 'اليوم السبت']));
    // Nothing English is marked Arabic.
    expect((await note.locator('bdi[lang="ar"]').allInnerTexts()).filter((t) => /[A-Za-z]/.test(t))).toEqual([]);
  });

  it('ends the page at its footer whatever the panel lists', async () => {
    // The panel scrolls inside itself on a desktop: nothing in its list may reach past it. Its
    // visually hidden words ("On this day") are positioned, and once sat at their place in a
    // long list, a screen of blank page below the footer.
    for (const path of ['/?date=2023-09-13&lang=en', '/?lang=en&person=vladimir-putin', '/?lang=ar&venue=pyongyang']) {
      const w = await open(path);
      await w.page.locator('.details-area article').first().waitFor();
      const { page, end } = await w.page.evaluate(() => ({
        page: document.documentElement.scrollHeight,
        end: Math.ceil(document.querySelector('footer')!.getBoundingClientRect().bottom + scrollY),
      }));
      expect(page, path).toBeLessThanOrEqual(end);
      // One page at a time, each held to what afterEach checks.
      expect(w.errors).toEqual([]);
      expect(w.offOrigin).toEqual([]);
      await w.context.close();
      current = null;
    }
  });

  it('opens an article, right to left, with quotes marked and a way back to the event', async () => {
    const w = await open('/?date=2024-06-18&lang=en');
    await w.page.locator('article[data-event="putin-state-visit-2024"] .read').first().click();
    const dialog = w.page.getByRole('dialog');
    await dialog.waitFor();
    const text = dialog.locator('.article-text');
    // The dialog opens before the article's text has arrived: wait for the text itself.
    await expect.poll(() => text.innerText()).toContain('قال الكرملين إن فلاديمير بوتين وصل إلى كوريا الشمالية');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect((await dialog.locator('.furniture').allInnerTexts()).join('')).toContain('للحصول على تنبيهات مجانية للأخبار العاجلة');
    expect(await dialog.locator('mark.quote-mark[data-events~="kirby-statement-2024-06-17"]').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Go to the event: The White House is worried about the deepening relationship' }).first().click();
    await urlParam(w.page, 'date', '2024-06-17');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => litPlaces(w)).toEqual(['washington']);
  });

  it('numbers the cards’ articles and the reader’s lines as the date notes cite them', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const card = w.page.locator('article[data-event="vostochny-summit-2023"]');
    await expect.poll(() => card.locator('.note').innerText()).toMatch(/in 001 \(line 16/);
    await card.locator('li.report').filter({ hasText: 'article 001' }).locator('.read').click();
    const dialog = w.page.getByRole('dialog');
    expect(await dialog.locator('.reader-meta').innerText()).toContain('article 001');
    const line16 = dialog.locator('.article-text p[data-line="16"]');
    await expect.poll(() => line16.innerText()).toContain('الأربعاء');
    // The number is drawn in the margin, and is the margin's, not the article's: generated
    // content (never copied with the text) whose alternative text is empty (never read aloud).
    expect(await line16.evaluate((p) => getComputedStyle(p, '::before').content)).toBe('"16" / ""');
    expect(await line16.evaluate((p) => p.textContent)).not.toMatch(/^16/);
    expect((await line16.ariaSnapshot()).split('\n').slice(0, 3).join('\n')).not.toMatch(/16/);
  });

  it('downloads the reader’s language only, and an article’s text only when it is opened', async () => {
    const w = await open('/?date=2023-09-13&lang=ar');
    const data = () => w.requests.filter((p) => p.includes('/data/') || /\/assets\/(ar|en)-/.test(p));
    await w.page.waitForLoadState('networkidle');
    const loaded = data()
      .filter((p) => !p.endsWith('basemap.json'))
      .map((p) => p.replace(/-[\w-]+\.js$/, '.js'));
    // The story and the words in Arabic, and the event details in Arabic: every chunk once
    // (the opening view's first, the rest after the timeline is usable), none in English.
    expect(loaded.filter((p) => !p.includes('/data/details.')).sort()).toEqual(['/assets/ar.js', '/data/story.ar.json']);
    const story = (await (await fetch(`${origin}/data/story.ar.json`)).json()) as { details: { starts: number[] } };
    const every = story.details.starts.map((_, k) => `/data/details.ar.${k}.json`).sort();
    await expect
      .poll(() =>
        data()
          .filter((p) => p.includes('/data/details.'))
          .sort(),
      )
      .toEqual(every);
    await w.page.locator('.day-events .report button.read').first().click();
    await expect.poll(() => data().some((p) => /\/data\/articles\/\w+\.json$/.test(p))).toBe(true);
    // How the article's date is known comes with its text, not in the story file.
    const textPath = data().find((p) => p.includes('/data/articles/'))!;
    const text = (await (await fetch(origin + textPath)).json()) as { notes: { published: { ar: string } } };
    expect(text.notes.published.ar).not.toBe('');
    await expect.poll(() => w.page.locator('dialog.reader .reader-meta .note').innerText()).toBe(text.notes.published.ar);
    await w.page.getByRole('dialog').getByRole('button', { name: 'أغلق' }).click();
    await w.page.getByRole('button', { name: 'English (اقرأ بالإنجليزية)' }).click();
    await expect.poll(() => data().some((p) => p.endsWith('/data/story.en.json'))).toBe(true);
    await w.page.getByRole('heading', { level: 1, name: /Russia/ }).waitFor();
    expect(await w.page.locator('.day-events .event-card h3').first().innerText()).toMatch(/[A-Za-z]/);
  });

  it('switches language at any time, mirroring the layout and the timeline', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    const before = (await w.page.locator('.handle-grip').boundingBox())!;
    const stripBefore = (await w.page.locator('.zoom-surface').boundingBox())!;
    // Each part of its name in its own language (WCAG 3.1.2): the language's name in Arabic, the hint in English.
    const switchButton = w.page.getByRole('button', { name: 'العربية (Read in Arabic)' });
    expect(await switchButton.getAttribute('lang')).toBeNull();
    expect(await switchButton.locator('span[lang="ar"]').innerText()).toBe('العربية');
    await switchButton.click();
    await urlParam(w.page, 'lang', 'ar');
    expect(await w.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await w.page.locator('html').getAttribute('lang')).toBe('ar');
    await w.page.getByRole('button', { name: 'قاعدة فوستوتشني الفضائية', exact: true }).first().waitFor();
    const after = (await w.page.locator('.handle-grip').boundingBox())!;
    const strip = (await w.page.locator('.zoom-surface').boundingBox())!;
    // The same day sits at the mirrored position of the strip.
    expect(Math.abs(after.x + after.width / 2 - strip.x - (strip.width - (before.x + before.width / 2 - stripBefore.x)))).toBeLessThan(4);
  });
});

describe('keyboard focus after a control that goes away', () => {
  const focusedHeading = (w: Watched) => w.page.evaluate(() => document.activeElement?.id ?? '');

  it('"Show all events again" hands the focus to the day’s heading', async () => {
    const w = await open('/?venue=pyongyang&date=2023-07-27&lang=en');
    await w.page.getByRole('button', { name: 'Show all events again' }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(w)).toBe('details-heading');
    expect(await w.page.locator('section.focus').count()).toBe(0);
  });

  it('the next-event button of an empty day hands the focus to the new day’s heading', async () => {
    const w = await open('/?date=2023-08-15&lang=en');
    await w.page.getByRole('button', { name: /^Next event/ }).focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(w)).toBe('details-heading');
    expect(await w.page.locator('#details-heading time').getAttribute('datetime')).not.toBe('2023-08-15');
  });

  it('a "Go to this day" date in a person’s list hands the focus to that day’s heading', async () => {
    const w = await open('/?person=kim-jong-un&date=2023-09-13&lang=en');
    const go = w.page
      .locator('section.focus')
      .getByRole('button', { name: /^Go to this day/ })
      .first();
    await go.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(w)).toBe('details-heading');
    expect(await w.page.locator('#details-heading time').getAttribute('datetime')).not.toBe('2023-09-13');
  });
});

describe('a reader in Arabic', () => {
  it('answers where Kim was on 13 September 2023, in Arabic, right to left', async () => {
    const w = await open('/?date=2023-09-13&lang=ar');
    expect(await w.page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => litPlaces(w)).toEqual(['vostochny']);
    const slider = w.page.getByRole('slider', { name: 'اليوم المحدد' });
    expect(await slider.getAttribute('aria-valuetext')).toContain('13 سبتمبر 2023');
    const summit = w.page.locator('article[data-event="vostochny-summit-2023"]');
    expect(await summit.locator('h3').innerText()).toBe('قمة بوتين وكيم في قاعدة فوستوتشني الفضائية');
    expect(await summit.locator('.people').innerText()).toContain('كيم جونغ أون');
    expect(await summit.locator('.people').innerText()).toContain('زعيم كوريا الشمالية، كوريا الشمالية');
  });

  it('mirrors the arrow keys: Left goes to the next event', async () => {
    const w = await open('/?date=2023-09-13&lang=ar');
    await w.page.getByRole('slider').focus();
    await w.page.keyboard.press('ArrowLeft');
    await urlParam(w.page, 'date', '2023-09-14');
    await w.page.keyboard.press('ArrowRight');
    await urlParam(w.page, 'date', '2023-09-13');
  });

  it('defaults to Arabic for a browser in neither language', async () => {
    const w = await open('/', { locale: 'fr-FR' });
    expect(await w.page.locator('html').getAttribute('lang')).toBe('ar');
    await urlParam(w.page, 'lang', 'ar');
  });

  it('defaults to English for an English browser', async () => {
    const w = await open('/', { locale: 'en-GB' });
    expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('a reader on a phone', () => {
  it('answers what happened in Pyongyang in June 2024, with no sideways scrolling at 360 px', async () => {
    const w = await open('/?date=2024-06-18&lang=ar', { width: 360, height: 740, hasTouch: true });
    await expect.poll(() => litPlaces(w)).toEqual(['pyongyang']);
    expect(await w.page.locator('.day-events article').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event))).toEqual(
      expect.arrayContaining(['putin-state-visit-2024', 'putin-kim-talks-pyongyang-2024']),
    );
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await w.page.locator('.details').scrollIntoViewIfNeeded();
    // The timeline stays within thumb reach while the details scroll under it.
    const slider = (await w.page.locator('.handle-grip').boundingBox())!;
    expect(slider.y + slider.height).toBeLessThanOrEqual(740);
  });

  it('taps a name in a card and is taken up to that person’s events, with the way back at hand', async () => {
    const w = await open('/?date=2023-09-13&lang=ar', { width: 390, height: 800, hasTouch: true });
    const name = w.page.locator('.day-events li[data-person="vladimir-putin"] button').first();
    await name.scrollIntoViewIfNeeded();
    await name.tap();
    await urlParam(w.page, 'person', 'vladimir-putin');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('focus-heading');
    // Seen, not just focused: nothing (the pinned timeline) covers the heading or the way out.
    const uncovered = (selector: string) =>
      w.page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        const r = el.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.top >= 0 && r.bottom <= innerHeight && el.contains(at);
      }, selector);
    await expect.poll(() => uncovered('#focus-heading')).toBe(true);
    expect(await uncovered('section.focus .clear-focus')).toBe(true);
  });

  it.each(['ar', 'en'])('shows the whole map above the pinned timeline, its zoom-out button uncovered (%s, 390 × 800)', async (lang) => {
    const w = await open(`/?lang=${lang}`, { width: 390, height: 800, hasTouch: true });
    const zoomOut = w.page.locator('.maplibregl-ctrl-zoom-out');
    await zoomOut.waitFor();
    const uncovered = () =>
      zoomOut.evaluate((button) => {
        const r = button.getBoundingClientRect();
        return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
    expect(await uncovered()).toBe(true);
  });

  it('taps an event mark to select its day', async () => {
    const w = await open('/?date=2023-09-01&lang=en', { width: 360, height: 740, hasTouch: true });
    const mark = w.page.locator('.mark[data-event="vladivostok-bombers-warship-2023"] circle');
    const box = (await mark.boundingBox())!;
    await w.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await urlParam(w.page, 'date', '2023-09-16');
    await expect.poll(() => litPlaces(w)).toEqual(['vladivostok']);
  });

  it('has no horizontal scrolling at 320 px', async () => {
    const w = await open('/?date=2023-09-13&lang=en', { width: 320, height: 640, hasTouch: true });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('first view and playback', () => {
  it.each([
    [360, 740],
    [1440, 900],
  ])('fits the four story venues on first load at %i px', async (width, height) => {
    const w = await open('/?lang=en', { width, height, hasTouch: width < 700 });
    const map = (await w.page.locator('.map-panel').boundingBox())!;
    for (const id of ['pyongyang', 'vostochny', 'vladivostok', 'komsomolsk']) {
      const dot = w.page.locator(`button.place-marker[data-place="${id}"] .place-dot`);
      await dot.waitFor();
      const b = (await dot.boundingBox())!;
      expect(b.x >= map.x && b.x + b.width <= map.x + map.width && b.y >= map.y && b.y + b.height <= map.y + map.height, id).toBe(true);
    }
  });

  it('plays through the events and stops on any key press', async () => {
    const w = await open('/?date=2023-09-13&lang=en', { reducedMotion: 'no-preference', trackTimers: true });
    await w.page.getByRole('button', { name: 'Play through the events' }).click();
    await urlParam(w.page, 'date', '2023-09-14');
    expect(await w.page.locator('button.play').getAttribute('aria-pressed')).toBe('true');
    // Playback steps on an interval of STEP_MS (src/app/playback.svelte.ts): it is running now…
    expect(await pendingTimers(w.page)).toContain(PLAY_STEP_MS);
    await w.page.keyboard.press('Shift');
    await expect.poll(() => w.page.locator('button.play').getAttribute('aria-pressed')).toBe('false');
    // …and once it is cleared nothing can step the day any more: no need to wait and watch.
    await expect.poll(() => pendingTimers(w.page)).not.toContain(PLAY_STEP_MS);
    // (A slow machine may have taken one more step before the key press: the day is not asserted.)
    expect(await w.page.getByRole('slider').getAttribute('aria-valuetext')).toMatch(/September 2023/);
  });

  it('plays to the last event and stops there', async () => {
    const w = await open('/?date=2024-06-17&lang=en', { trackTimers: true });
    await w.page.getByRole('button', { name: 'Play through the events' }).click();
    await urlParam(w.page, 'date', '2024-06-18');
    await w.page.waitForFunction(() => document.querySelector('button.play')?.getAttribute('aria-pressed') === 'false', null, { timeout: 20_000 });
    // The play timer was set and is cleared: nothing can move the day from here on.
    expect(await timersCreated(w.page, PLAY_STEP_MS)).toBeGreaterThan(0);
    await expect.poll(() => pendingTimers(w.page)).not.toContain(PLAY_STEP_MS);
    expect(await w.page.getByRole('slider').getAttribute('aria-valuetext')).toMatch(/^18 June 2024/);
    await urlParam(w.page, 'date', '2024-06-18');
  });

  it('with a place in focus and none of its events ahead, play starts again at its first event', async () => {
    const w = await open('/?date=2024-02-01&venue=vladivostok&lang=en');
    await w.page.getByRole('button', { name: 'Play through the events' }).click();
    // Vladivostok's events are all in September 2023: play goes back there, not nowhere.
    await expect.poll(() => new URL(w.page.url()).searchParams.get('date')).toMatch(/^2023-09-/);
    expect(new URL(w.page.url()).searchParams.get('venue')).toBe('vladivostok');
  });

  it('keeps a keyboard step in history when a click follows at once', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('slider').focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.locator('button.place-marker[data-place="komsomolsk"]').click();
    await urlParam(w.page, 'venue', 'komsomolsk');
    await w.page.goBack();
    await w.page.waitForFunction(() => !new URLSearchParams(location.search).has('venue'));
    expect(new URL(w.page.url()).searchParams.get('date')).toBe('2023-09-14');
  });

  it('drags in the zoomed-out view without the timeline zooming under the pointer', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('button', { name: 'All', exact: true }).click();
    const overview = (await w.page.locator('.overview').boundingBox())!;
    const windowBefore = (await w.page.locator('.overview-window').boundingBox())!;
    expect(windowBefore.width).toBeGreaterThan(overview.width * 0.9);
    const grip = (await w.page.locator('.handle-grip').boundingBox())!;
    await w.page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await w.page.mouse.down();
    for (let i = 1; i <= 8; i++) await w.page.mouse.move(grip.x + grip.width / 2 - i * 30, grip.y + grip.height / 2);
    await w.page.mouse.up();
    await w.page.waitForFunction(() => (new URLSearchParams(location.search).get('date') ?? '9') < '2023-01-01');
    const windowAfter = (await w.page.locator('.overview-window').boundingBox())!;
    expect(windowAfter.width).toBeGreaterThan(overview.width * 0.9);
  });

  it('goes Back through deliberate selections of days', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('button', { name: 'June 2024' }).click();
    await urlParam(w.page, 'date', '2024-06-10');
    await w.page.getByRole('button', { name: 'July 2023' }).click();
    await urlParam(w.page, 'date', '2023-07-01');
    await w.page.goBack();
    await urlParam(w.page, 'date', '2024-06-10');
    expect(await w.page.getByRole('slider').getAttribute('aria-valuetext')).toContain('10 June 2024');
    await w.page.goBack();
    await urlParam(w.page, 'date', '2023-09-13');
    await expect.poll(() => litPlaces(w)).toEqual(['vostochny']);
  });
});

describe('the embed snippet generator', () => {
  it('offers snippets for the current selection and options, with a live preview', async () => {
    const w = await open('/?date=2023-09-13&lang=en');
    await w.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = w.page.getByRole('dialog', { name: 'Embed this view in an article' });
    await dialog.getByRole('checkbox', { name: 'Details' }).uncheck();
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const host = await dialog.locator('textarea[data-snippet="host"]').inputValue();
    expect(host).toBe(
      `<div data-atlas-embed="${origin}/embed.html" data-date="2023-09-13" data-lang="en" data-controls="map,timeline" data-theme="dark" data-title="Russia and North Korea, 2023–2024"></div>\n<script src="${origin}/embed-host.js" async></script>`,
    );
    expect(await dialog.locator('textarea[data-snippet="iframe"]').inputValue()).toContain(
      `src="${origin}/embed.html?date=2023-09-13&amp;lang=en&amp;controls=map%2Ctimeline&amp;theme=dark"`,
    );
    const preview = await embedPreview(w.page);
    expect(await preview.locator('.details-area').count()).toBe(0);
    expect(await preview.getByRole('slider').getAttribute('aria-valuetext')).toContain('13 September 2023');
  });

  it('gives each of its choices a target of 24 px or more', async () => {
    const w = await open('/?date=2023-09-13&lang=ar');
    await w.page.getByRole('button', { name: 'تضمين', exact: true }).click();
    await w.page.locator('dialog.embed-dialog[open] select').first().waitFor();
    const sizes = await w.page
      .locator('dialog.embed-dialog')
      .locator('select, input[type="checkbox"]')
      .evaluateAll((els) => els.map((e) => Math.floor(Math.min(e.getBoundingClientRect().width, e.getBoundingClientRect().height))));
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    expect(sizes.filter((px) => px < 24)).toEqual([]);
  });
});

describe('the timeline’s dates', () => {
  it.each([
    ['/?lang=ar', 320, 640],
    ['/?lang=en&person=vladimir-putin', 390, 844],
    ['/embed.html?lang=ar&step=7', 600, 640],
    ['/?lang=en&date=2023-09-16', 1280, 800],
  ] as const)('are not hidden under the day’s handle (%s, %i px)', async (path, width, height) => {
    // The grip sat over the date it stood on: "16" read "1b", "January 2000" "anuary 2000".
    const w = await open(path, { width, height });
    // Where each date's glyphs stand (4 to 8 px above the baseline, across the date; the text's
    // own box is the font's whole line, taller than its ink), the handle's grip is not drawn.
    const under = await w.page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('.focus-svg .tick text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          const axis = t.parentElement!.querySelector('line')!.getBoundingClientRect().top;
          const baseline = axis + Number(t.getAttribute('y'));
          for (let x = r.left; x <= r.right; x += 2)
            for (const y of [baseline - 8, baseline - 6, baseline - 4])
              if (document.elementsFromPoint(x, y).some((e) => e.classList.contains('handle-grip'))) return r.width > 0;
          return false;
        })
        .map((t) => t.textContent),
    );
    expect(under).toEqual([]);
  });
});

describe('the announced badge', () => {
  it('stays on one line beside a wrapped title', async () => {
    // 768 px wide, the tour's step 7: the panel is narrow enough that "done" went to a line of its own.
    const w = await open('/?step=7&lang=en', { width: 768, height: 1024 });
    const badges = w.page.locator('.details-area .badge.announced');
    await expect.poll(() => badges.count()).toBeGreaterThan(0);
    expect(await badges.evaluateAll((els) => els.map((e) => e.getClientRects().length).filter((n) => n > 1))).toEqual([]);
  });
});

describe('a dark embed', () => {
  /** Mean brightness (0–255) of the map as the reader sees it: a screenshot, decoded in the page. */
  async function mapBrightness(page: Page): Promise<number> {
    const png = (await page.locator('.maplibregl-canvas').screenshot()).toString('base64');
    return page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 32;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0, 32, 32);
      const d = g.getImageData(0, 0, 32, 32).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
      return sum / (d.length / 4);
    }, png);
  }

  /** WCAG contrast ratio of an element's text against its own background (taken as opaque). */
  function contrast(locator: Locator): Promise<number> {
    return locator.evaluate((el) => {
      const style = getComputedStyle(el);
      const luminance = (css: string) => {
        const [r, g, b] = css
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [hi, lo] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return (hi! + 0.05) / (lo! + 0.05);
    });
  }

  it('draws a dark basemap, with labels and marks that stay readable', async () => {
    const w = await open('/embed.html?date=2023-09-13&lang=en&theme=dark');
    await w.page.locator('.place-layer .place-marker[data-place="vostochny"]').waitFor();
    await expect.poll(() => mapBrightness(w.page), { timeout: 10_000 }).toBeLessThan(80);
    expect(await contrast(w.page.locator('.place-layer .place-marker[data-place="vostochny"] .place-label'))).toBeGreaterThan(4.5);
    expect(await contrast(w.page.locator('.place-layer .place-marker[data-place="pyongyang"] .place-label'))).toBeGreaterThan(4.5);
    // Reactions take Okabe–Ito's black as the text colour: light on the dark theme.
    const reaction = w.page.locator('.mark[data-event="japan-warns-2023-09-14"] circle');
    expect(await reaction.evaluate((c) => getComputedStyle(c).fill)).toBe('rgb(236, 236, 236)');
  });

  it('follows the reader’s system when set to auto, and recolours the map when it switches', async () => {
    const w = await open('/embed.html?date=2023-09-13&lang=en&theme=auto');
    await w.page.emulateMedia({ colorScheme: 'light' });
    await w.page.locator('.place-layer .place-marker').first().waitFor();
    await expect.poll(() => mapBrightness(w.page), { timeout: 10_000 }).toBeGreaterThan(180);
    await w.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => mapBrightness(w.page), { timeout: 10_000 }).toBeLessThan(80);
  });
});

describe('bad input and missing WebGL', () => {
  it('ignores malformed URL parameters with a warning, never a crash', async () => {
    const w = await open('/?date=2023-02-30&venue=atlantis&person=%3Cscript%3E&lang=xx');
    expect(w.warnings.filter((m) => m.startsWith('Ignoring URL parameter'))).toHaveLength(4);
    expect(await w.page.getByRole('slider').getAttribute('aria-valuetext')).toBeTruthy();
  });

  it('round-trips the URL: what the reader chose survives a reload', async () => {
    const w = await open('/?date=2023-07-27&lang=en');
    await w.page.locator('article[data-event="victory-day-parade-2023"] li[data-person="kim-jong-un"] button').click();
    await urlParam(w.page, 'person', 'kim-jong-un');
    await w.page.reload();
    await ready(w.page);
    expect(await w.page.locator('section.focus h2').innerText()).toBe('Events with Kim Jong Un');
    expect(new URL(w.page.url()).searchParams.get('date')).toBe('2023-07-27');
    // Pyongyang for the parade, Washington for the State Department's statement that day.
    await expect.poll(() => litPlaces(w)).toEqual(['pyongyang', 'washington']);
  });
});

describe('without JavaScript', () => {
  it.each(['/', '/embed.html'])('%s shows the story’s first view in Arabic, and links to every event', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    // The prerendered first view: the story's default day, its heading and its first card, in Arabic.
    await expect.poll(() => page.locator('.app[lang="ar"] h2.day-heading time').getAttribute('datetime')).toBe('2023-07-27');
    expect(await page.locator('.app[lang="ar"] .event-card h3').first().isVisible()).toBe(true);
    expect(await page.locator('.app[lang="ar"] .event-card h3').first().innerText()).toBe('عرض عسكري في بيونغ يانغ في الذكرى السبعين للهدنة');
    expect(await page.locator('[role="slider"]').first().getAttribute('aria-valuetext')).toContain('27 يوليو 2023');
    // The English view is in the page too, but not shown.
    expect(await page.locator('.app[lang="en"]').isVisible()).toBe(false);
    // The whole list, one link away.
    await page.locator('noscript a, .static-story-link a').first().click();
    const list = page.locator('.static-story');
    await list.waitFor();
    const summit = list.locator('li', { hasText: 'Putin–Kim summit at the Vostochny Cosmodrome' });
    const text = await summit.innerText();
    expect(text).toContain('13 سبتمبر 2023');
    expect(text).toContain('قاعدة فوستوتشني الفضائية');
    expect(text).toContain('كيم جونغ أون');
    expect(text).toContain('بوتين وكيم جونغ أون يتبادلان البنادق كهدايا');
    expect(await list.locator('li').count()).toBeGreaterThan(30);
    await context.close();
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('shows the same places on a simpler map, with the same buttons', async () => {
    current = await openPage(noGl, origin);
    const w = current;
    await w.page.goto(`${origin}/?date=2023-09-13&lang=en`);
    await ready(w.page);
    await w.page.locator('.svg-map').waitFor();
    expect(await w.page.getByRole('status').filter({ hasText: 'simpler map' }).count()).toBe(1);
    await expect.poll(() => litPlaces(w)).toEqual(['vostochny']);
    await w.page.locator('button.place-marker[data-place="pyongyang"]').click();
    await urlParam(w.page, 'venue', 'pyongyang');
  });
});
