/**
 * The embed inside a host article on another origin (demo/host.html), as a newsroom would
 * use it: auto height, the message API both ways, origin checks, scroll and history.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch, startServer } from './harness';

let server: PreviewServer;
let embedOrigin: string;
let host: Server;
let hostOrigin: string;
let browser: Browser;
let page: Page;
let problems: string[];
let warnings: string[];

beforeAll(async () => {
  ({ server, origin: embedOrigin } = await startServer());
  // The host article is served from a second origin (another port).
  host = createServer((req, res) => {
    if (req.url?.startsWith('/host.html')) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync('demo/host.html'));
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

afterEach(async () => {
  expect(problems).toEqual([]);
  await page.context().close();
});

async function openHost(embedQuery = ''): Promise<Frame> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'ar' });
  page = await context.newPage();
  problems = [];
  warnings = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  context.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (!r.url().startsWith('data:') && o !== embedOrigin && o !== hostOrigin) problems.push(`off-origin request: ${r.url()}`);
  });
  await page.goto(`${hostOrigin}/host.html?embed=${encodeURIComponent(`${embedOrigin}/embed.html${embedQuery}`)}`);
  await page.waitForFunction(() => (window as unknown as { atlasMessages: { type?: string }[] }).atlasMessages.some((m) => m?.type === 'atlas:ready'), null, { timeout: 20_000 });
  const frame = page.frames().find((f) => f.url().startsWith(`${embedOrigin}/embed.html`));
  if (!frame) throw new Error('the embed frame did not load');
  await frame.getByRole('slider').waitFor();
  return frame;
}

const messages = () => page.evaluate(() => (window as unknown as { atlasMessages: unknown[] }).atlasMessages);
const iframeHeight = () => page.locator('#embed iframe').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('the embed in a host article on another origin', () => {
  it('answers atlas:select with atlas:selection and the right ids', async () => {
    await openHost();
    await page.getByRole('button', { name: 'قمة فوستوتشني' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { atlasMessages: { type?: string; date?: string }[] }).atlasMessages.some((m) => m?.type === 'atlas:selection' && m.date === '2023-09-13'),
    );
    const selection = (await messages()).filter((m) => (m as { type?: string }).type === 'atlas:selection').pop();
    expect(selection).toEqual({
      type: 'atlas:selection',
      date: '2023-09-13',
      venues: ['vostochny'],
      people: expect.arrayContaining(['kim-jong-un', 'vladimir-putin']),
      articles: expect.arrayContaining(['001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16']),
      events: ['vostochny-summit-2023', 'vostochny-cosmodrome-tour-2023', 'rifle-exchange-2023', 'summit-statements-2023-09-13'],
    });
    expect((await messages()).filter((m) => (m as { type?: string }).type === 'atlas:ready')).toHaveLength(1);
  });

  it('keeps the iframe as tall as its content as the content changes', async () => {
    const frame = await openHost();
    await expect.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const before = await iframeHeight();
    await page.getByRole('button', { name: 'زيارة بوتين عام 2024' }).click();
    await expect.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await iframeHeight()).not.toBe(before);
    // Both conventions were spoken: AMP to the host script; pym only when a pym childId is given.
    expect((await messages()).some((m) => (m as { sentinel?: string }).sentinel === 'amp')).toBe(true);
  });

  it('speaks pym.js when the URL carries a childId', async () => {
    await openHost('?childId=atlas-1');
    const pym = (await messages()).filter((m): m is string => typeof m === 'string');
    expect(pym.some((m) => /^pymxPYMxatlas-1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  });

  it('ignores malformed messages and logs them', async () => {
    const frame = await openHost();
    const before = await frame.getByRole('slider').getAttribute('aria-valuetext');
    await page.evaluate((origin) => {
      const w = document.querySelector('iframe')!.contentWindow!;
      for (const m of ['hello', { type: 'atlas:select', date: '2023-02-30' }, { type: 'atlas:select', venue: 'atlantis' }, { type: 'atlas:eval', code: 'alert(1)' }, null]) {
        w.postMessage(m, origin);
      }
    }, embedOrigin);
    await expect.poll(() => warnings.filter((w) => w.startsWith('Embed: ignoring a message')).length).toBe(5);
    expect(await frame.getByRole('slider').getAttribute('aria-valuetext')).toBe(before);
  });

  it('works inside a sandboxed iframe with the tokens the README lists', async () => {
    await openHost();
    const tokens = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
    await page.evaluate(([src, sandbox]) => {
      const f = document.createElement('iframe');
      f.setAttribute('sandbox', sandbox!);
      f.src = src!;
      f.style.height = '700px';
      document.body.append(f);
    }, [`${embedOrigin}/embed.html?date=2024-06-18&sandboxed=1`, tokens]);
    await expect.poll(() => page.frames().some((f) => f.url().includes('sandboxed=1'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('sandboxed=1'))!;
    await frame.getByRole('slider').waitFor();
    // The story loaded (its own data requests work from the sandboxed document).
    await frame.locator('.day-events .event-card').first().waitFor();
  });

  it('ignores a host that is not the allowed origin', async () => {
    await openHost();
    // Re-point the iframe at an embed that only trusts another origin.
    await page.locator('#embed iframe').evaluate((f, url) => ((f as HTMLIFrameElement).src = url), `${embedOrigin}/embed.html?origin=${encodeURIComponent('http://127.0.0.1:9')}`);
    await page.waitForFunction((o) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(`${o}/embed.html?origin=`)), embedOrigin);
    const frame = await (async () => {
      for (;;) {
        const f = page.frames().find((x) => x.url().includes('origin=http'));
        if (f) return f;
        await page.waitForTimeout(50);
      }
    })();
    await frame.getByRole('slider').waitFor();
    // The embed writes its opening state into its own URL (replace, throttled); wait for it.
    await frame.waitForFunction(() => new URLSearchParams(location.search).has('date'));
    const before = await frame.evaluate(() => location.search);
    await page.getByRole('button', { name: 'قمة فوستوتشني' }).click();
    await expect.poll(() => warnings.some((w) => w.includes(`ignoring a message from ${hostOrigin}`))).toBe(true);
    expect(await frame.evaluate(() => location.search)).toBe(before);
    expect(await frame.evaluate(() => new URLSearchParams(location.search).get('date'))).not.toBe('2023-09-13');
  });

  it('lets the page scroll when the wheel turns over the map', async () => {
    const frame = await openHost();
    await frame.locator('.map-panel').waitFor();
    const box = (await page.locator('#embed iframe').boundingBox())!;
    const before = await page.evaluate(() => scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
  });

  it('does not shift its own layout after first paint', async () => {
    const frame = await openHost();
    await frame.locator('.maplibregl-canvas, .svg-map').first().waitFor();
    await page.waitForTimeout(1500);
    const shift = await frame.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.05);
  });

  it('adds no history entries to the host page', async () => {
    const frame = await openHost();
    const length = await page.evaluate(() => history.length);
    await frame.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await frame.locator('button.place-marker[data-place="pyongyang"]').click();
    await frame.locator('section.focus').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect.poll(() => frame.evaluate(() => new URLSearchParams(location.search).get('venue'))).toBe('pyongyang');
  });
});
