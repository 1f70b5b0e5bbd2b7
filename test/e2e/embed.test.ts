/**
 * The embed inside host articles on another origin, as newsrooms use it: our host script
 * (demo/host.html), the real pym.js 1.3.2 and @newswire/frames 1.0.0 from npm, plain iframes
 * and sandboxes. One steady height per width, the message API both ways, origin checks,
 * scroll, history and dialogs where the reader is.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch, ready, startServer } from './harness';
import { embedHeight } from '../../src/lib/embed/layout';

let server: PreviewServer;
let embedOrigin: string;
let host: Server;
let hostOrigin: string;
let browser: Browser;
let page: Page;
let problems: string[];
let warnings: string[];

type HostKind = 'script' | 'pym' | 'frames';

/**
 * A bare host article for pym.js or frames: the iframe in a 720 px column, text around it; with
 * `sandbox`, the library gives the iframe that sandbox attribute.
 */
function libraryHost(kind: 'pym' | 'frames', embedUrl: string, lead = 0, sandbox: string | null = null): string {
  const attributes = JSON.stringify({ title: 'Atlas', ...(sandbox === null ? {} : { sandbox }) });
  const start =
    kind === 'pym'
      ? `<script src="/vendor/pym.js"></script><script>window.pymParent = new pym.Parent('embed', ${JSON.stringify(embedUrl)}, ${attributes});</script>`
      : `<script src="/vendor/frames.js"></script><script>new newswireFrames.Framer(document.getElementById('embed'), { src: ${JSON.stringify(embedUrl)}, attributes: ${attributes} });</script>`;
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{max-width:720px;margin:0 auto;padding:1rem;font-family:system-ui;line-height:1.8} iframe{display:block;width:100%;border:0}</style></head>
<body><h1>مقال</h1><div style="height:${lead}px"></div><p id="before">${'نص المقال. '.repeat(40)}</p><div id="embed"></div><p id="after">${'نص المقال بعد الخريطة. '.repeat(40)}</p><div style="height:1500px"></div>
<script>window.atlasMessages = []; addEventListener('message', function (e) { if (e.origin === ${JSON.stringify(new URL(embedUrl).origin)}) atlasMessages.push(e.data); });</script>
${start}</body></html>`;
}

beforeAll(async () => {
  ({ server, origin: embedOrigin } = await startServer());
  // The host articles are served from a second origin (another port), with the referrer
  // policy a test asks for (?policy=no-referrer), as news sites often set it.
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const policy = url.searchParams.get('policy');
    if (policy) res.setHeader('Referrer-Policy', policy);
    const send = (type: string, body: string | Buffer) => {
      res.setHeader('Content-Type', type);
      res.end(body);
    };
    if (url.pathname === '/host.html') send('text/html; charset=utf-8', readFileSync('demo/host.html'));
    else if (url.pathname === '/pym.html' || url.pathname === '/frames.html') {
      send(
        'text/html; charset=utf-8',
        libraryHost(
          url.pathname === '/pym.html' ? 'pym' : 'frames',
          url.searchParams.get('embed')!,
          Number(url.searchParams.get('lead') ?? 0),
          url.searchParams.get('sandbox'),
        ),
      );
    } else if (url.pathname === '/blank.html')
      send(
        'text/html; charset=utf-8',
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><article id="article"><p>Text.</p></article></body></html>',
      );
    else if (url.pathname === '/vendor/pym.js') send('text/javascript', readFileSync('node_modules/pym.js/dist/pym.v1.min.js'));
    else if (url.pathname === '/vendor/frames.js') send('text/javascript', readFileSync('node_modules/@newswire/frames/dist/frames.umd.js'));
    else {
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

async function newPage(width = 800, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'ar' });
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
  return page;
}

async function embedFrame(): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${embedOrigin}/embed.html`)), { timeout: 20_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(`${embedOrigin}/embed.html`))!;
  await ready(frame);
  return frame;
}

/** Opens a host article of the given kind with the embed in it. */
async function openHost(
  kind: HostKind = 'script',
  options: { embedQuery?: string; width?: number; height?: number; policy?: string; origin?: boolean } = {},
): Promise<Frame> {
  await newPage(options.width, options.height);
  const query = new URLSearchParams(options.embedQuery ?? '');
  // Our host script adds origin= itself; pym and frames hosts pass it in the URL (README).
  if (kind !== 'script' && options.origin !== false) query.set('origin', hostOrigin);
  const embedUrl = `${embedOrigin}/embed.html${query.size ? `?${query}` : ''}`;
  const policy = options.policy ? `&policy=${options.policy}` : '';
  await page.goto(`${hostOrigin}/${kind === 'script' ? 'host' : kind}.html?embed=${encodeURIComponent(embedUrl)}${policy}`);
  const frame = await embedFrame();
  if (kind === 'script' || options.origin !== false)
    await page.waitForFunction(() => (window as unknown as { atlasMessages: { type?: string }[] }).atlasMessages.some((m) => m?.type === 'atlas:ready'), null, {
      timeout: 20_000,
    });
  return frame;
}

const iframe = () => page.locator('iframe').first();
const messages = () => page.evaluate(() => (window as unknown as { atlasMessages: unknown[] }).atlasMessages);
const selections = async () =>
  (await messages()).filter((m): m is { type: string; date: string; step?: unknown; lang?: string } => (m as { type?: string })?.type === 'atlas:selection');
const iframeBox = () =>
  iframe().evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { width: (f as HTMLIFrameElement).clientWidth, height: r.height, top: r.top };
  });
const send = (message: unknown) =>
  page.evaluate(([m, o]) => document.querySelector('iframe')!.contentWindow!.postMessage(m, o as string), [message, embedOrigin] as const);

describe('one steady height in any host', () => {
  for (const kind of ['script', 'pym', 'frames'] as const) {
    for (const width of [1280, 390]) {
      it(`${kind} host at ${width} px: the height of the width, unchanged by days, language, reader and play`, async () => {
        const frame = await openHost(kind, { width, height: 844 });
        const expected = () => iframeBox().then((b) => embedHeight(b.width, ['map', 'timeline', 'details']));
        await expect.poll(async () => (await iframeBox()).height).toBe(await expected());
        const steady = (await iframeBox()).height;
        expect(steady).toBeLessThanOrEqual(width < 600 ? 720 : 760);
        // The content is exactly the frame: nothing scrolls inside it, nothing is cut off.
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
        const heights: number[] = [];
        for (const date of ['2000-07-19', '2023-07-27', '2023-09-13', '2023-09-16', '2023-09-17', '2024-06-19', '2024-06-18']) {
          const before = (await selections()).length;
          await send({ type: 'atlas:select', date });
          await expect.poll(async () => (await selections()).length).toBe(before + 1);
          expect((await selections()).at(-1)!.date).toBe(date);
          heights.push((await iframeBox()).height);
        }
        await send({ type: 'atlas:lang', lang: 'en' });
        await frame.locator('html[lang="en"]').waitFor();
        // The host hears the switch land, and a lang it already reads in is answered at once.
        await expect.poll(async () => (await selections()).at(-1)!.lang).toBe('en');
        const answered = (await selections()).length;
        await send({ type: 'atlas:lang', lang: 'en' });
        await expect.poll(async () => (await selections()).length).toBe(answered + 1);
        heights.push((await iframeBox()).height);
        // The article reader, from the day's list (behind the Details tab on a narrow frame).
        const detailsTab = frame.getByRole('tab', { name: /Details/ });
        if (await detailsTab.count()) await detailsTab.click();
        await frame.getByRole('button', { name: 'Read the article' }).first().click();
        await frame.locator('dialog.reader[open] .article-text').waitFor();
        heights.push((await iframeBox()).height);
        await frame.getByRole('button', { name: 'Close' }).click();
        await send({ type: 'atlas:play' });
        const before = (await selections()).length;
        await expect.poll(async () => (await selections()).length, { timeout: 20_000 }).toBeGreaterThan(before + 1);
        heights.push((await iframeBox()).height);
        await send({ type: 'atlas:pause' });
        expect(
          heights.every((h) => h === steady),
          heights.join(','),
        ).toBe(true);
      });
    }
  }

  it('sizes a pym.js host that sends no referrer and passes no origin (messages stay off)', async () => {
    const frame = await openHost('pym', { policy: 'no-referrer', origin: false });
    await expect.poll(async () => (await iframeBox()).height).toBe(embedHeight((await iframeBox()).width, ['map', 'timeline', 'details']));
    expect(await frame.evaluate(() => document.referrer)).toBe('');
    await expect.poll(() => warnings.some((w) => w.includes('atlas:* messages are off'))).toBe(true);
  });

  it('sizes a frames host with a same-origin referrer policy', async () => {
    await openHost('frames', { policy: 'same-origin', origin: false });
    await expect.poll(async () => (await iframeBox()).height).toBe(embedHeight((await iframeBox()).width, ['map', 'timeline', 'details']));
  });

  it('sends its height and atlas:ready while it is still off-screen', async () => {
    await newPage(800, 600);
    const embedUrl = `${embedOrigin}/embed.html?origin=${encodeURIComponent(hostOrigin)}`;
    await page.goto(`${hostOrigin}/pym.html?lead=1200&embed=${encodeURIComponent(embedUrl)}`);
    // The article above is taller than the viewport; pym's iframe is not lazy, so it loads below the fold.
    await expect.poll(async () => (await iframeBox()).height, { timeout: 20_000 }).toBe(embedHeight((await iframeBox()).width, ['map', 'timeline', 'details']));
    // The host bridge waits for the first painted frame, which an off-screen frame may never draw.
    await page.waitForFunction(() => (window as unknown as { atlasMessages: { type?: string }[] }).atlasMessages.some((m) => m?.type === 'atlas:ready'), null, {
      timeout: 20_000,
    });
    expect((await iframeBox()).top).toBeGreaterThan(600);
  });

  it('uses the smaller height of its panels, and keeps it', async () => {
    const frame = await openHost('script', { embedQuery: '', width: 1280 });
    void frame;
    await page.evaluate((src) => {
      const div = document.createElement('div');
      div.setAttribute('data-atlas-embed', src);
      div.setAttribute('data-controls', 'map,timeline');
      div.id = 'late';
      document.body.prepend(div);
    }, `${embedOrigin}/embed.html`);
    // embed-host.js sees the placeholder added after it ran, and sizes it once.
    await page.locator('#late iframe').waitFor({ state: 'attached' });
    const width = await page.locator('#late').evaluate((d) => (d as HTMLElement).clientWidth);
    await expect.poll(() => page.locator('#late iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(embedHeight(width, ['map', 'timeline']));
    expect(await page.locator('#late iframe').count()).toBe(1);
  });

  it('passes a tour step from its placeholder, as the Embed dialog writes it during a tour', async () => {
    await openHost('script', { embedQuery: '', width: 1280 });
    await page.evaluate((src) => {
      const div = document.createElement('div');
      div.setAttribute('data-atlas-embed', src);
      div.setAttribute('data-step', '3');
      div.setAttribute('data-lang', 'en');
      div.id = 'stepped';
      document.body.prepend(div);
    }, `${embedOrigin}/embed.html`);
    const src = new URL((await page.locator('#stepped iframe').getAttribute('src'))!);
    expect([src.searchParams.get('step'), src.searchParams.get('lang')]).toEqual(['3', 'en']);
  });
});

describe('the message API', () => {
  it('answers atlas:select with atlas:selection and the right ids', async () => {
    await openHost();
    await page.getByRole('button', { name: 'قمة فوستوتشني' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { atlasMessages: { type?: string; date?: string }[] }).atlasMessages.some(
        (m) => m?.type === 'atlas:selection' && m.date === '2023-09-13',
      ),
    );
    const selection = (await selections()).pop();
    expect(selection).toEqual({
      type: 'atlas:selection',
      date: '2023-09-13',
      venue: null,
      person: null,
      lang: 'ar',
      venues: ['vostochny'],
      people: expect.arrayContaining(['kim-jong-un', 'vladimir-putin']),
      articles: expect.arrayContaining(['001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16']),
      events: ['vostochny-summit-2023', 'vostochny-cosmodrome-tour-2023', 'rifle-exchange-2023', 'summit-statements-2023-09-13'],
      step: null,
      // The filters (#17): every category shown, done and announced alike.
      category: ['visit', 'talks', 'tour', 'parade', 'inspection', 'gift', 'reaction', 'history'],
      status: null,
    });
    expect((await messages()).filter((m) => (m as { type?: string }).type === 'atlas:ready')).toHaveLength(1);
  });

  it('posts the current selection right after atlas:ready, for hosts that listen late', async () => {
    await openHost('script', { embedQuery: '?date=2024-06-18' });
    const typed = (await messages()).filter((m) => typeof (m as { type?: string })?.type === 'string' && (m as { type: string }).type.startsWith('atlas:')) as {
      type: string;
      date?: string;
    }[];
    expect(typed[0]!.type).toBe('atlas:ready');
    expect(typed[1]).toMatchObject({ type: 'atlas:selection', date: '2024-06-18' });
  });

  it('answers a select that changes nothing, once', async () => {
    await openHost('script', { embedQuery: '?date=2023-09-13' });
    await expect.poll(async () => (await selections()).length).toBe(1);
    await send({ type: 'atlas:select', date: '2023-09-13' });
    await expect.poll(async () => (await selections()).length).toBe(2);
    expect((await selections())[1]).toMatchObject({ date: '2023-09-13', venues: ['vostochny'] });
    await send({ type: 'atlas:select', venue: 'pyongyang', date: '2023-07-27' });
    await expect.poll(async () => (await selections()).length).toBe(3);
    expect((await selections())[2]).toMatchObject({ date: '2023-07-27' });
  });

  it('speaks pym.js when the URL carries a childId', async () => {
    await openHost('script', { embedQuery: '?childId=atlas-1' });
    const pym = (await messages()).filter((m): m is string => typeof m === 'string');
    expect(pym.some((m) => /^pymxPYMxatlas-1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  });

  it('ignores malformed messages and logs them', async () => {
    const frame = await openHost();
    const before = await frame.getByRole('slider').getAttribute('aria-valuetext');
    await page.evaluate((origin) => {
      const w = document.querySelector('iframe')!.contentWindow!;
      for (const m of [
        'hello',
        { type: 'atlas:select', date: '2023-02-30' },
        { type: 'atlas:select', venue: 'atlantis' },
        { type: 'atlas:eval', code: 'alert(1)' },
        null,
      ]) {
        w.postMessage(m, origin);
      }
    }, embedOrigin);
    await expect.poll(() => warnings.filter((w) => w.startsWith('Embed: ignoring a message')).length).toBe(5);
    expect(await frame.getByRole('slider').getAttribute('aria-valuetext')).toBe(before);
  });

  it('ignores messages from a sibling frame and logs them', async () => {
    const frame = await openHost();
    const before = await frame.getByRole('slider').getAttribute('aria-valuetext');
    // A sibling frame of the host's own origin sends what only the parent may.
    await page.evaluate((origin) => {
      const sibling = document.createElement('iframe');
      sibling.srcdoc = `<script>parent.document.querySelector('#embed iframe').contentWindow.postMessage({ type: 'atlas:select', date: '2024-06-18' }, ${JSON.stringify(origin)});</script>`;
      document.body.append(sibling);
    }, embedOrigin);
    await expect.poll(() => warnings.some((w) => w.includes('ignoring a message from another frame'))).toBe(true);
    expect(await frame.getByRole('slider').getAttribute('aria-valuetext')).toBe(before);
  });

  it('ignores a host that is not the allowed origin', async () => {
    await newPage();
    const url = `${embedOrigin}/embed.html?origin=${encodeURIComponent('http://127.0.0.1:9')}`;
    await page.goto(`${hostOrigin}/pym.html?embed=${encodeURIComponent(url)}`);
    const frame = await embedFrame();
    // The embed writes its opening state into its own URL (replace, throttled); wait for it.
    await frame.waitForFunction(() => new URLSearchParams(location.search).has('date'));
    const before = await frame.evaluate(() => location.search);
    await send({ type: 'atlas:select', date: '2023-09-13' });
    await expect.poll(() => warnings.some((w) => w.includes(`ignoring a message from ${hostOrigin}`))).toBe(true);
    expect(await frame.evaluate(() => location.search)).toBe(before);
    // The height still reached the host.
    expect((await iframeBox()).height).toBe(embedHeight((await iframeBox()).width, ['map', 'timeline', 'details']));
  });
});

describe('inside the frame', () => {
  it('lets the page scroll when the wheel turns over the map and the timeline', async () => {
    const frame = await openHost();
    await frame.locator('.map-panel').waitFor();
    for (const selector of ['.map-panel', '.focus-strip']) {
      const box = (await frame.locator(selector).boundingBox())!;
      const before = await page.evaluate(() => scrollY);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(60, box.height / 2));
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    }
  });

  it('scrolls the day’s details inside, then hands the wheel back to the page', async () => {
    const frame = await openHost('script', { embedQuery: '?date=2023-09-13', width: 1280 });
    const list = frame.locator('.details-area');
    const box = (await list.boundingBox())!;
    await page.evaluate(() => scrollTo(0, 0));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBeGreaterThan(100);
    // At the list's end, the host page takes the wheel. The wheel keeps turning, as a reader's
    // does, until the page moves (scrolling is asynchronous; a busy machine may latch the first
    // turns to the list).
    await list.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await page.evaluate(() => scrollTo(0, 0));
    const end = (await list.boundingBox())!;
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
    const pageBefore = await page.evaluate(() => scrollY);
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 600);
          return page.evaluate(() => scrollY);
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(pageBefore + 100);
    expect(await list.evaluate((e) => e.scrollTop + e.clientHeight >= e.scrollHeight - 1)).toBe(true);
  });

  it('opens the article reader where the reader is, and gives focus back', async () => {
    const frame = await openHost('script', { embedQuery: '?date=2023-09-13', width: 390, height: 844 });
    // Scroll the host so that only the lower part of the embed is on screen.
    const box = await iframeBox();
    await page.evaluate((y) => scrollBy(0, y), box.top + 300);
    await frame.getByRole('tab', { name: /التفاصيل/ }).click();
    const read = frame.getByRole('button', { name: 'اقرأ المقال' }).last();
    await read.scrollIntoViewIfNeeded();
    await read.click();
    const close = frame.locator('dialog.reader[open] .close');
    await close.waitFor();
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('close'))).toBe(true);
    // Close and the heading are inside the part of the host's viewport the reader sees.
    const visible = await page.evaluate(() => innerHeight);
    const closeBox = (await close.boundingBox())!;
    const dialogBox = (await frame.locator('dialog.reader').boundingBox())!;
    expect(closeBox.y).toBeGreaterThanOrEqual(0);
    expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(visible);
    expect(dialogBox.y).toBeGreaterThanOrEqual(0);
    await close.click();
    expect(await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.className)).toContain('read');
  });

  it('switches between map and details with tabs on a narrow frame, by keyboard too', async () => {
    const frame = await openHost('script', { embedQuery: '?date=2023-09-13', width: 390, height: 844 });
    const mapTab = frame.getByRole('tab', { name: 'الخريطة' });
    expect(await mapTab.getAttribute('aria-selected')).toBe('true');
    expect(await frame.getByRole('tab', { name: /التفاصيل \(4\)/ }).count()).toBe(1);
    await mapTab.focus();
    await frame.page().keyboard.press('ArrowLeft');
    const details = frame.getByRole('tabpanel', { name: /التفاصيل/ });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await frame.locator('.map-area').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
  });

  for (const width of [1280, 390]) {
    it(`keeps its page the frame's height at ${width} px with a place, a person or the tour in focus`, async () => {
      // Its page is not meant to scroll (overflow: hidden), but the browser still scrolls it to
      // show a focused element or a found word: anything reaching below the frame would then
      // lift the whole embed inside its frame, over blank space.
      for (const [i, query] of ['?venue=pyongyang', '?person=vladimir-putin&lang=en', '?step=1'].entries()) {
        if (i > 0) {
          expect(problems).toEqual([]);
          await page.context().close();
        }
        const frame = await openHost('script', { embedQuery: query, width, height: 844 });
        await frame.locator('section.focus').waitFor({ state: 'attached' });
        await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight), { message: query }).toBeLessThanOrEqual(0);
        expect(await frame.evaluate(() => (scrollTo(0, 5000), scrollY)), query).toBe(0);
      }
    });
  }

  it('lets the keyboard skip to the timeline from its first stop', async () => {
    const frame = await openHost('script', { width: 1280 });
    // The first stop in the frame, in the order Tab takes.
    const first = frame.locator('a[href], button, input, [tabindex="0"]').first();
    expect(await first.innerText()).toBe('انتقل إلى الخط الزمني');
    await first.focus();
    expect(await first.evaluate((a) => a.getBoundingClientRect().width)).toBeGreaterThan(50);
    await page.keyboard.press('Enter');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
    // A frame without the timeline has nothing to skip to.
    await page.context().close();
    await newPage(1280, 800);
    await page.goto(`${embedOrigin}/embed.html?controls=map,details`);
    await page.locator('#app > .first-view:not([data-prerender]) .details-area').waitFor();
    expect(await page.locator('.skip-links').count()).toBe(0);
  });

  it.each([
    ['?step=7', 390],
    ['?lang=en', 390],
    ['?lang=en&step=7', 1280],
  ] as const)('opens its key over the timeline, keeping the map and the frame (%s, %i px)', async (query, width) => {
    const frame = await openHost('script', { embedQuery: query, width, height: 844 });
    const mapHeight = () => frame.locator('.map-area').evaluate((e) => Math.round(e.getBoundingClientRect().height));
    const before = await mapHeight();
    await frame.locator('details.legend summary').click();
    const body = frame.locator('.legend-body');
    await body.locator('input[type="checkbox"]').first().waitFor();
    expect(await mapHeight()).toBe(before);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    // All of it inside the frame: its last line too.
    const { top, bottom, inner } = await body.evaluate((e) => ({ ...e.getBoundingClientRect().toJSON(), inner: innerHeight }));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(inner);
    const last = await body
      .locator('li')
      .last()
      .evaluate((e) => e.getBoundingClientRect().bottom);
    expect(last).toBeLessThanOrEqual(bottom);
  });

  it('adds no history entries to the host page', async () => {
    const frame = await openHost('script', { width: 1280 });
    const length = await page.evaluate(() => history.length);
    await frame.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await frame.locator('button.place-marker[data-place="pyongyang"]').click();
    await frame.locator('section.focus').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect.poll(() => frame.evaluate(() => new URLSearchParams(location.search).get('venue'))).toBe('pyongyang');
  });

  it('does not shift its own layout after first paint', async () => {
    const frame = await openHost();
    await frame.locator('.maplibregl-canvas, .svg-map').first().waitFor();
    const shift = await frame.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBeLessThan(0.05);
  });
});

describe('pasted without a host script', () => {
  it('the dialog’s plain iframe snippet shows the whole embed with no inner scrolling', async () => {
    await newPage(1280, 900);
    // Take the snippet from the Embed dialog of the full app.
    await page.goto(`${embedOrigin}/?date=2023-09-13&lang=en`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.locator('textarea[data-snippet="iframe"]').inputValue();
    expect(snippet).toMatch(/height:640px/);
    await page.getByLabel('Column width').selectOption('narrow');
    const narrow = await page.locator('textarea[data-snippet="iframe"]').inputValue();
    expect(narrow).toMatch(/height:680px/);
    await page.goto(`${hostOrigin}/blank.html`);
    await page.evaluate((html) => document.getElementById('article')!.insertAdjacentHTML('beforeend', html), snippet.replace('loading="lazy" ', ''));
    const frame = await embedFrame();
    expect(await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, inner: innerHeight }))).toEqual({ scroll: 640, inner: 640 });
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  });

  it('works inside a sandboxed iframe with the tokens the README lists', async () => {
    await openHost();
    const tokens = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
    await page.evaluate(
      ([src, sandbox]) => {
        const f = document.createElement('iframe');
        f.setAttribute('sandbox', sandbox!);
        f.src = src!;
        f.style.cssText = 'width:800px;height:700px';
        document.body.append(f);
      },
      [`${embedOrigin}/embed.html?date=2024-06-18&sandboxed=1`, tokens],
    );
    await expect.poll(() => page.frames().some((f) => f.url().includes('sandboxed=1'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('sandboxed=1'))!;
    await ready(frame);
    await frame.locator('.day-events .event-card').first().waitFor();
  });

  it('says in both languages why a sandbox without allow-same-origin shows no map', async () => {
    await openHost();
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.setAttribute('sandbox', 'allow-scripts');
      f.src = src;
      f.style.height = '700px';
      document.body.append(f);
    }, `${embedOrigin}/embed.html?sandboxed=2`);
    await expect.poll(() => page.frames().some((f) => f.url().includes('sandboxed=2'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('sandboxed=2'))!;
    const notice = frame.locator('#frame-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notice.locator('p[lang="ar"]').textContent()).toContain('allow-same-origin');
    expect(await notice.locator('p[lang="en"]').textContent()).toContain('sandbox');
    // The refused module scripts are the browser's own console errors, not the app's.
    problems = problems.filter((p) => !/CORS|Access-Control|Failed to load module|net::ERR_FAILED/.test(p));
  });

  for (const kind of ['pym', 'frames'] as const) {
    it(`gives a ${kind} host the sandbox notice's height, so none of it is cut off`, async () => {
      // A narrow column: the notice is taller than the height a library gives a silent frame.
      await newPage(400, 900);
      const embedUrl = `${embedOrigin}/embed.html?sandboxed=${kind}`;
      await page.goto(`${hostOrigin}/${kind}.html?sandbox=allow-scripts&embed=${encodeURIComponent(embedUrl)}`);
      await expect.poll(() => page.frames().some((f) => f.url().includes(`sandboxed=${kind}`)), { timeout: 20_000 }).toBe(true);
      const frame = page.frames().find((f) => f.url().includes(`sandboxed=${kind}`))!;
      const notice = frame.locator('#frame-notice');
      await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
      const noticeBottom = await notice.evaluate((n) => n.getBoundingClientRect().bottom);
      expect(noticeBottom).toBeGreaterThan(150);
      // The whole notice in view, and not a frame of blank below it.
      await expect.poll(async () => (await iframeBox()).height, { timeout: 10_000 }).toBeGreaterThanOrEqual(noticeBottom);
      expect((await iframeBox()).height).toBeLessThan(noticeBottom + 24);
      problems = problems.filter((p) => !/CORS|Access-Control|Failed to load module|net::ERR_FAILED/.test(p));
    });
  }
});
