/**
 * One benchmark run in real headless Chromium (the end-to-end tests' launcher): load, idle,
 * scrub and keyboard figures for one build. Timings come from the page's own clocks
 * (User Timing marks, requestAnimationFrame, Long Tasks), so the driver's latency does not
 * leak into them.
 */
import type { Browser, Page } from 'playwright-core';
import { intervals, median, quantile, round } from './stats.ts';

export interface FrameFigures {
  median: number;
  p95: number;
  max: number;
  frames: number;
  longTasks: number;
  longestTask: number;
}

export interface RunFigures {
  timelineInteractive: number;
  firstContentfulPaint: number;
  mapFirstRender: number;
  mapIdle: number;
  /** When the map chunk was requested, relative to first contentful paint (positive = after). */
  mapChunkAfterPaint: number;
  /** Same-origin files requested before the timeline was interactive. */
  beforeInteractive: string[];
  idle: FrameFigures;
  scrub: FrameFigures & { moves: number; daysVisited: number };
  keySteps: { median: number; max: number; steps: number };
  heapAfterLoadMB: number;
  heapAfterScrubMB: number;
}

const MARKS = ['atlas:timeline-interactive', 'atlas:map-first-render', 'atlas:map-idle'] as const;

/** Installed before any page script: records frames and long tasks on demand. */
const RECORDER = `
  // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to
  // page.evaluate in __name(); give the page that helper.
  window.__name = (f) => f;
  window.__bench = { frames: [], longTasks: [], recording: false };
  new PerformanceObserver((list) => {
    if (!window.__bench.recording) return;
    for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  const tick = (t) => { if (window.__bench.recording) window.__bench.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; longTasks: number[]; recording: boolean } }).__bench;
    b.frames = [];
    b.longTasks = [];
    b.recording = true;
  });
}

async function stopRecording(page: Page): Promise<FrameFigures> {
  const { frames, longTasks } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; longTasks: number[]; recording: boolean } }).__bench;
    b.recording = false;
    return { frames: b.frames, longTasks: b.longTasks };
  });
  const iv = intervals(frames);
  return {
    median: round(median(iv)),
    p95: round(quantile(iv, 0.95)),
    max: round(Math.max(...iv)),
    frames: frames.length,
    longTasks: longTasks.length,
    longestTask: round(Math.max(0, ...longTasks)),
  };
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round(usedSize / 1024 / 1024, 1);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RunOptions {
  origin: string;
  /** Key steps to time (the real story has fewer; then all of them). */
  maxKeySteps: number;
  /** Pointer moves in the scrub. */
  moves: number;
}

export async function measureRun(browser: Browser, opts: RunOptions): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ar', reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(RECORDER);
  try {
    // ── Load: the same day in both datasets, in Arabic ──
    await page.goto(`${opts.origin}/?date=2023-12-15&lang=ar`);
    await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), [...MARKS], { timeout: 60_000 });
    const load = await page.evaluate(
      (names) => {
        const at = (n: string) => performance.getEntriesByName(n)[0]!.startTime;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const interactive = at(names[0]!);
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const mapChunk = resources.find((r) => /\/assets\/story-map-[^/]+\.js$/.test(r.name));
        return {
          timelineInteractive: interactive,
          firstContentfulPaint: fcp,
          mapFirstRender: at(names[1]!),
          mapIdle: at(names[2]!),
          mapChunkAfterPaint: mapChunk ? mapChunk.startTime - fcp : NaN,
          beforeInteractive: resources.filter((r) => r.startTime < interactive).map((r) => new URL(r.name).pathname.slice(1)),
        };
      },
      [...MARKS],
    );
    const heapAfterLoadMB = await heapMB(page);

    // ── Zoom out to the year of the three clusters (July 2023 – June 2024) ──
    const zoomOut = page.locator('.zoom-buttons button').nth(1);
    for (let i = 0; i < 4; i++) await zoomOut.click();
    await sleep(1500);

    // ── Idle: the display's own rhythm, in this run ──
    await startRecording(page);
    await sleep(3000);
    const idle = await stopRecording(page);

    // ── Scrub: a continuous drag of the handle across the whole window ──
    const strip = (await page.locator('.zoom-surface').boundingBox())!;
    const grip = (await page.locator('.handle-grip').boundingBox())!;
    const y = grip.y + grip.height / 2;
    const days = new Set<string>();
    await startRecording(page);
    await page.mouse.move(grip.x + grip.width / 2, y);
    await page.mouse.down();
    // Time runs right to left in Arabic: from the right edge (earliest) to the left (latest).
    for (let i = 0; i <= opts.moves; i++) {
      const x = strip.x + strip.width - 2 - ((strip.width - 4) * i) / opts.moves;
      await page.mouse.move(x, y);
      await sleep(12);
      if (i % 20 === 0) days.add((await page.locator('[role=slider]').getAttribute('aria-valuenow')) ?? '');
    }
    await page.mouse.up();
    await sleep(200);
    const scrub = { ...(await stopRecording(page)), moves: opts.moves, daysVisited: days.size };
    const heapAfterScrubMB = await heapMB(page);

    // ── Keyboard: key press to the frame that shows the new selection ──
    await page.locator('[role=slider]').focus();
    await page.keyboard.press('Home');
    await sleep(300);
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      const slider = document.querySelector('[role=slider]')!;
      document.addEventListener(
        'keydown',
        (e) => {
          const before = slider.getAttribute('aria-valuenow');
          const t0 = e.timeStamp;
          // Frame by frame until one shows the new value; its paint is done when the task
          // queued from its animation-frame callback runs.
          const frame = () =>
            requestAnimationFrame(() => {
              const changed = slider.getAttribute('aria-valuenow') !== before;
              if (!changed && performance.now() - t0 < 1000) return frame();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => w.__keys.push(changed ? performance.now() - t0 : -1);
              channel.port2.postMessage(null);
            });
          frame();
        },
        { capture: true },
      );
    });
    let steps = 0;
    for (; steps < opts.maxKeySteps; steps++) {
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction((n) => (window as unknown as { __keys: number[] }).__keys.length > n, steps);
      const last = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1)!);
      if (last < 0) break; // the last event: the key no longer moves the selection
      await sleep(30);
    }
    const keys = (await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)).filter((k) => k >= 0);
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    return {
      ...load,
      idle,
      scrub,
      keySteps: { median: round(median(keys)), max: round(Math.max(...keys)), steps: keys.length },
      heapAfterLoadMB,
      heapAfterScrubMB,
    };
  } finally {
    await context.close();
  }
}
