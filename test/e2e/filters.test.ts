/**
 * Filters by kind of event (issue #17) in a real browser against the production build: the
 * URL's `category` and `status` hide the right timeline marks and map highlights, the panel
 * says how many are hidden and shows them all again, the key's checkboxes write the URL, and
 * the embed honours `category` and reports it in atlas:selection.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { browserSuite, ready, urlParam } from './harness';

const suite = browserSuite();

const open = (path: string, options: Parameters<typeof suite.open>[1] = {}) => suite.open(path, options);

const litPlaces = (p: Page | Frame) =>
  p.locator('button.place-marker[data-state="current"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place).sort());
const marks = (p: Page | Frame) => p.locator('.marks [data-event]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event));

describe('filters by kind of event', () => {
  it('category=reaction hides the parade mark and Pyongyang’s highlight on 27 July 2023; Show all brings them back', async () => {
    const w = await open('/?lang=en&date=2023-07-27&category=reaction');
    await w.page.locator('.maplibregl-canvas, .svg-map').first().waitFor();
    await expect.poll(() => litPlaces(w.page)).toEqual(['washington']);
    const shown = await marks(w.page);
    expect(shown).toContain('us-deeply-concerned-2023-07');
    expect(shown).not.toContain('victory-day-parade-2023');
    expect(await w.page.locator('article[data-event="victory-day-parade-2023"]').count()).toBe(0);
    const notice = w.page.getByRole('status').filter({ hasText: 'hidden by the filters' });
    await expect.poll(() => notice.innerText()).toContain('1 event on this day is hidden.');
    await notice.getByRole('button', { name: 'Show all kinds' }).click();
    await expect.poll(() => litPlaces(w.page)).toEqual(['pyongyang', 'washington']);
    await expect.poll(() => w.page.evaluate(() => new URLSearchParams(location.search).has('category'))).toBe(false);
    expect(await marks(w.page)).toContain('victory-day-parade-2023');
  });

  it('status=done hides the announced visit to Komsomolsk on 15 September 2023; a malformed status is ignored with a warning', async () => {
    const w = await open('/?lang=en&date=2023-09-15&status=done');
    await expect
      .poll(() => w.page.locator('.day-events article[data-event]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event)))
      .toEqual(['south-korea-us-statement-2023-09-15']);
    expect(await litPlaces(w.page)).toEqual([]);
    await w.page.goto(`${suite.origin}/?lang=en&date=2023-09-15&status=maybe`);
    await ready(w.page);
    await expect.poll(() => litPlaces(w.page)).toEqual(['komsomolsk']);
    expect(w.warnings.some((m) => m.startsWith('Ignoring URL parameter status="maybe"'))).toBe(true);
  });

  it('unticking Parade in the key writes the shown categories to the URL and hides its marks (on a phone)', async () => {
    const w = await open('/?lang=en&date=2023-07-27', { width: 390, height: 844, hasTouch: true });
    await w.page.getByText('Key', { exact: true }).click();
    const parade = w.page.getByRole('checkbox', { name: 'Parade' });
    await parade.waitFor();
    expect(await parade.isChecked()).toBe(true);
    await parade.click();
    await urlParam(w.page, 'category', 'visit,talks,tour,inspection,gift,reaction,history');
    expect(await marks(w.page)).not.toContain('victory-day-parade-2023');
    await w.page.getByRole('checkbox', { name: 'Announced, not reported as done' }).click();
    await urlParam(w.page, 'status', 'done');
    // Back undoes one choice at a time.
    await w.page.goBack();
    await expect.poll(() => w.page.evaluate(() => new URLSearchParams(location.search).has('status'))).toBe(false);
  });

  it('the embed honours category and reports category and status in atlas:selection, and obeys them in atlas:select', async () => {
    const w = await open('/?lang=en');
    await w.page.evaluate(
      (src) => {
        const win = window as unknown as { atlasMessages: unknown[] };
        win.atlasMessages = [];
        addEventListener('message', (e) => win.atlasMessages.push(e.data));
        const f = document.createElement('iframe');
        f.src = src;
        f.title = 'embed';
        f.style.cssText = 'width:800px;height:640px';
        document.body.append(f);
      },
      `/embed.html?lang=en&date=2023-09-13&category=talks,tour&origin=${encodeURIComponent(suite.origin)}`,
    );
    await expect.poll(() => w.page.frames().some((f) => f.url().includes('/embed.html'))).toBe(true);
    const frame = w.page.frames().find((f) => f.url().includes('/embed.html'))!;
    await ready(frame);
    type Sel = { type: string; category: string[]; status: string | null; events: string[] };
    const selections = () =>
      w.page.evaluate(() =>
        (window as unknown as { atlasMessages: { type?: string }[] }).atlasMessages.filter((m) => m?.type === 'atlas:selection'),
      ) as Promise<Sel[]>;
    await expect.poll(async () => (await selections()).length).toBeGreaterThan(0);
    const first = (await selections()).at(-1)!;
    expect(first.category).toEqual(['talks', 'tour']);
    expect(first.status).toBeNull();
    expect(first.events.sort()).toEqual(['vostochny-cosmodrome-tour-2023', 'vostochny-summit-2023']);
    expect(await marks(frame)).not.toContain('rifle-exchange-2023');
    const before = (await selections()).length;
    await w.page.evaluate(
      (o) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'atlas:select', category: null, status: 'done' }, o),
      suite.origin,
    );
    await expect.poll(async () => (await selections()).length).toBe(before + 1);
    const after = (await selections()).at(-1)!;
    expect(after.category).toEqual(['visit', 'talks', 'tour', 'parade', 'inspection', 'gift', 'reaction', 'history']);
    expect(after.status).toBe('done');
    expect(after.events).toContain('rifle-exchange-2023');
  });
});
