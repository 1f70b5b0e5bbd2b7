/**
 * End-to-end harness: serves the production build (dist/) with Vite's preview server and
 * drives Debian's Chromium through playwright-core. Records what a reader would notice
 * going wrong: page errors, console errors and any request that leaves the origin.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';

export { CHROMIUM };

export async function startServer(outDir = 'dist'): Promise<{ server: PreviewServer; origin: string }> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run "vite build" before the end-to-end tests`);
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report a URL');
  return { server, origin: new URL(url).origin };
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_ARGS,
      // Any name but this machine's fails inside the browser: nothing can leave it.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...extraArgs,
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  offOrigin: string[];
  warnings: string[];
  /** Every request, in order (same-origin ones as paths). */
  requests: string[];
}

/** A fresh context and page that record errors, warnings and off-origin requests. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: {
    width?: number;
    height?: number;
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    /** Device pixels per CSS pixel: with a viewport of half the size, a 200 % browser zoom. */
    deviceScaleFactor?: number;
    forcedColors?: 'active' | 'none';
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    forcedColors: options.forcedColors ?? 'none',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const offOrigin: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const u = new URL(url);
    requests.push(u.origin === origin ? u.pathname : url);
    if (u.origin !== origin) offOrigin.push(url);
  });
  return { context, page, errors, offOrigin, warnings, requests };
}

/**
 * Drops the console errors a test provoked on purpose (matching `expected`), whenever they
 * arrived, and keeps every other one for the test's check that none came.
 */
export function dropExpectedErrors(errors: string[], expected: RegExp): void {
  const unexpected = errors.filter((e) => !expected.test(e));
  errors.splice(0, errors.length, ...unexpected);
}

/** Waits until the story is loaded and the timeline slider is on screen. */
export async function ready(page: Page | Frame): Promise<void> {
  // The slider is in the prerendered HTML from the first paint: wait for the app to have taken it
  // over (src/app/first-view.ts drops the view's data-prerender once it has hydrated or mounted).
  // First: until the page's stylesheet applies, the DOM holds both languages' views, each with a
  // slider. Not the interactive mark: it waits for a frame, and an off-screen frame may get none.
  // Polled by time, not by animation frame: a frame out of view may not draw any.
  await page.waitForFunction(() => document.querySelector('#app > .first-view:not([data-prerender])') !== null, undefined, {
    timeout: 20_000,
    polling: 100,
  });
  await page.getByRole('slider').waitFor({ state: 'visible', timeout: 20_000 });
}

/** The Embed dialog's live preview (an iframe of embed.html), once its app has started. */
export async function embedPreview(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().includes('/embed.html'))) !== undefined, { timeout: 20_000 }).toBe(true);
  await ready(frame!);
  return frame!;
}

/**
 * Waits for the URL to carry a parameter value (the history writes are throttled). The
 * budget is for a busy machine: the condition is met within a few hundred ms on a quiet one.
 */
/**
 * A map place button's accessible description as the browser gives it to screen readers: read
 * from its accessibility tree over the DevTools protocol, so a description held in a hidden
 * element (PlaceButton's state words) is proved to reach them, not only to be in the page.
 */
export async function mapButtonDescription(page: Page, name: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.map-canvas' });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, accessibleName: name, role: 'button' });
    return nodes.map((node) => node.description?.value ?? '').join(' | ');
  } finally {
    await cdp.detach();
  }
}

export async function urlParam(page: Page, key: string, value: string): Promise<void> {
  await page.waitForFunction(([k, v]) => new URLSearchParams(location.search).get(k!) === v, [key, value], { timeout: 15_000 });
}

/** Every frame records the policy violations it sees. */
export const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
`;

export async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(...((await frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])) as string[]));
  }
  return all;
}

/**
 * An init script that keeps count of the page's timers by delay, so that a test can wait for
 * the condition it means ("the play timer is cleared", "the fallback timer was armed and then
 * cancelled") instead of sleeping for longer than the timer and hoping the machine kept up.
 * `window.__timers.pending()` lists the delays of the timeouts not yet run or cleared and of
 * the intervals not yet cleared; `created(delay)` counts the timers ever set with that delay.
 */
export const TRACK_TIMERS = `(() => {
  const pending = new Map();
  const created = new Map();
  const { setTimeout: st, setInterval: si, clearTimeout: ct, clearInterval: ci } = window;
  const note = (delay) => { const d = Number(delay) || 0; created.set(d, (created.get(d) ?? 0) + 1); return d; };
  window.setTimeout = function (fn, delay, ...args) {
    const d = note(delay);
    const id = st.call(window, typeof fn === 'function' ? (...a) => { pending.delete(id); fn(...a); } : fn, delay, ...args);
    pending.set(id, d);
    return id;
  };
  window.setInterval = function (fn, delay, ...args) {
    const d = note(delay);
    const id = si.call(window, fn, delay, ...args);
    pending.set(id, d);
    return id;
  };
  window.clearTimeout = function (id) { pending.delete(id); return ct.call(window, id); };
  window.clearInterval = function (id) { pending.delete(id); return ci.call(window, id); };
  window.__timers = { pending: () => [...pending.values()], created: (d) => created.get(d) ?? 0 };
})();`;

/** The delays of the page's pending timers (needs TRACK_TIMERS). */
export function pendingTimers(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __timers: { pending: () => number[] } }).__timers.pending());
}

/** How many timers the page has set with this delay (needs TRACK_TIMERS). */
export function timersCreated(page: Page, delay: number): Promise<number> {
  return page.evaluate((d) => (window as unknown as { __timers: { created: (d: number) => number } }).__timers.created(d), delay);
}

/**
 * One preview server and one browser for a file's tests, and the watched page each test opens:
 * after every test nothing broke and nothing left the origin, and its context is closed.
 */
export function browserSuite() {
  let server: PreviewServer | undefined;
  let origin = '';
  let browser: Browser | undefined;
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
    if (!current) return;
    expect(current.errors).toEqual([]);
    expect(current.offOrigin).toEqual([]);
    await current.context.close();
    current = null;
  });
  return {
    get origin(): string {
      return origin;
    },
    /** A fresh watched page, not yet navigated. */
    async page(options: Parameters<typeof openPage>[2] = {}): Promise<Watched> {
      current = await openPage(browser!, origin, options);
      return current;
    },
    /** A fresh watched page on `path`, once the app has taken it over. */
    async open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<Watched> {
      const w = await this.page(options);
      await w.page.goto(`${origin}${path}`);
      await ready(w.page);
      return w;
    },
  };
}
