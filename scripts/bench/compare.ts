/**
 * Our app against Knight Lab TimelineJS 3.9.11 showing the same story's events (issue #14),
 * in the same browser, load by load: first contentful paint, the moment each is usable, and the
 * bytes before that moment. The moments (README "Performance"):
 *
 * - first contentful paint (FCP): the browser's `first-contentful-paint` paint entry. For us,
 *   "FCP with the story's content": the later of that paint and the first animation frame in
 *   which one of the story's event titles (in the reading language) is in the page's rendered
 *   text (`document.body.innerText`), so a paint of an empty shell does not count.
 * - ours, timeline usable: from the first animation frame in which the timeline's slider
 *   ([role=slider]) is wholly inside the viewport, an ArrowRight keydown is dispatched to it
 *   each frame until one changes its `aria-valuetext`; the moment is when that change lands in
 *   the DOM (a MutationObserver's callback). The app's `atlas:timeline-interactive` mark is
 *   recorded beside it.
 * - TimelineJS, first slide fully shown: the first animation frame in which the first slide's
 *   headline (`.tl-slide .tl-headline`, the title slide) has text, lies wholly inside the
 *   viewport, is the element at its own centre (nothing covers it) and is fully opaque (the
 *   product of its ancestors' opacities is 1).
 * - Both moments count from no earlier than FCP: a frame in which the condition held may reach
 *   the screen later than the script saw it (the paint entry is the frame's presentation).
 * - bytes: the encoded (gzip as served) body sizes, from Resource Timing, of the HTML and of
 *   every file requested before the moment (usable, or first slide); for ours, before the key
 *   that answered was pressed (what that key asks for, the next day's details, is after).
 * - the bare view (bare-view.ts): our first view with no script and its CSS inlined, loaded
 *   beside the two; its FCP with the story's content is the floor under ours, not a product
 *   figure, and is reported beside the ratios as what the FCP target asks of the view itself.
 *
 * Every time is `performance.now()` in the page, from navigation start.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareViewHtml } from './bare-view.ts';
import { median, round, spread, type Spread } from './stats.ts';

export type Product = 'ours' | 'timelinejs' | 'bare';
export type Lang = 'ar' | 'en';
export type OurPage = 'index' | 'embed';

export interface LoadFigures {
  fcp: number;
  /** First frame with a story event title in the rendered text. */
  storyText: number;
  /** Ours: the slider answered a key. TimelineJS: the first slide's headline fully shown. */
  moment: number;
  /** Ours only: the app's `atlas:timeline-interactive` mark. */
  interactiveMark: number;
  /** Encoded bytes requested before the moment, by kind, the HTML included. */
  bytes: { total: number; html: number; js: number; css: number; data: number; font: number; other: number };
  files: number;
  offMachine: string[];
}

/** What the probe says on the console once every moment is in. */
const DONE = 'atlas-bench:moments-measured';

/**
 * Installed before any page script; `__CONFIG__` is replaced with the load's settings. It says
 * when it is done on the console rather than being polled: `page.waitForFunction` would
 * evaluate Playwright's injected script in the page (66 ms of main thread in a trace at 4×)
 * while both products were still starting.
 */
const PROBE = `
  window.__name = (f) => f;
  (() => {
    const cfg = __CONFIG__;
    const c = (window.__cmp = { fcp: NaN, storyText: NaN, moment: NaN, asked: NaN, lastKey: NaN, done: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') c.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    const inView = (r) => r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    let watched = null;
    const ours = () => {
      const slider = document.querySelector('[role=slider]');
      if (!slider || !inView(slider.getBoundingClientRect())) return;
      if (watched !== slider) {
        watched = slider;
        new MutationObserver(() => { if (Number.isNaN(c.moment)) { c.moment = performance.now(); c.asked = c.lastKey; } })
          .observe(slider, { attributes: true, attributeFilter: ['aria-valuetext'] });
      }
      c.lastKey = performance.now();
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true, cancelable: true }));
    };
    const theirs = () => {
      const h = document.querySelector('.tl-slide .tl-headline');
      if (!h || !h.textContent.trim()) return;
      const r = h.getBoundingClientRect();
      if (!inView(r)) return;
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!at || !(at === h || h.contains(at))) return;
      let opacity = 1;
      for (let el = h; el; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.visibility !== 'visible' && el === h) return;
        opacity *= Number(s.opacity);
      }
      if (opacity < 0.999) return;
      c.moment = performance.now();
    };
    const frame = () => {
      if (Number.isNaN(c.storyText) && document.body) {
        const text = document.body.innerText;
        if (cfg.needles.some((n) => text.includes(n))) c.storyText = performance.now();
      }
      // The bare view has nothing to use: its moment is its story text's first frame.
      if (Number.isNaN(c.moment)) cfg.product === 'bare' ? (c.moment = c.storyText) : (cfg.product === 'ours' ? ours : theirs)();
      if (Number.isNaN(c.moment) || Number.isNaN(c.storyText) || Number.isNaN(c.fcp)) requestAnimationFrame(frame);
      else {
        c.done = true;
        console.debug(__DONE__);
      }
    };
    requestAnimationFrame(frame);
  })();
`;

export interface LoadOptions {
  product: Product;
  /** The page's URL. */
  url: string;
  origin: string;
  lang: Lang;
  /** DevTools CPU throttling rate (1: none). */
  cpuRate: number;
  /** The story's event titles in `lang`. */
  needles: string[];
}

/** One load in a fresh context (no cache), 1280 × 800. */
export async function measureLoad(browser: Browser, opts: LoadOptions): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: opts.lang, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const errors: string[] = [];
  const offMachine: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).hostname !== '127.0.0.1') offMachine.push(url);
  });
  await page.addInitScript(
    PROBE.replace('__CONFIG__', JSON.stringify({ product: opts.product, needles: opts.needles })).replace('__DONE__', JSON.stringify(DONE)),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuRate });
  try {
    const measured = page.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 60_000 });
    measured.catch(() => {}); // awaited below, unless the navigation fails first
    await page.goto(opts.url);
    await measured;
    // Let files requested before the moment finish, so Resource Timing lists them.
    await page.waitForTimeout(300 * opts.cpuRate);
    const figures = await page.evaluate(() => {
      const c = (window as unknown as { __cmp: { fcp: number; storyText: number; moment: number; asked: number } }).__cmp;
      // Files the answering key itself asked for (the next day's event details) come after the
      // moment the page was usable: counted are those requested before that key was pressed.
      const before = Number.isNaN(c.asked) ? c.moment : c.asked;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const bytes = { total: nav.encodedBodySize, html: nav.encodedBodySize, js: 0, css: 0, data: 0, font: 0, other: 0 };
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime < before);
      for (const r of resources) {
        const path = new URL(r.name).pathname;
        const kind = /\.m?js$/.test(path)
          ? 'js'
          : /\.css$/.test(path)
            ? 'css'
            : /\.json$/.test(path)
              ? 'data'
              : /\.(woff2?|ttf|eot|otf)$/.test(path)
                ? 'font'
                : 'other';
        bytes[kind] += r.encodedBodySize;
        bytes.total += r.encodedBodySize;
      }
      const mark = performance.getEntriesByName('atlas:timeline-interactive')[0]?.startTime ?? NaN;
      return { fcp: c.fcp, storyText: c.storyText, moment: c.moment, interactiveMark: mark, bytes, files: resources.length + 1 };
    });
    if (errors.length) throw new Error(`${opts.url}: the page reported errors: ${errors.join('; ')}`);
    return { ...figures, offMachine };
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
  }
}

/** A configuration of one product: page (ours), TimelineJS or the bare view, language, CPU rate. */
export interface Config {
  product: Product;
  page: OurPage | 'timelinejs' | 'bare';
  lang: Lang;
  cpuRate: number;
}

export const configKey = (c: Config) => `${c.page}.${c.lang}.cpu${c.cpuRate}x`;

/**
 * The order of one run at one CPU rate: each of our pages next to TimelineJS in its language,
 * and the bare view beside them, so a machine that slows down partway weighs on all alike.
 */
export function runOrder(cpuRate: number): Config[] {
  const ours = (page: OurPage, lang: Lang): Config => ({ product: 'ours', page, lang, cpuRate });
  const theirs = (lang: Lang): Config => ({ product: 'timelinejs', page: 'timelinejs', lang, cpuRate });
  const bare = (lang: Lang): Config => ({ product: 'bare', page: 'bare', lang, cpuRate });
  return [ours('index', 'ar'), theirs('ar'), bare('ar'), ours('index', 'en'), theirs('en'), bare('en'), ours('embed', 'ar'), ours('embed', 'en')];
}

const productOf = (key: string): Product => (key.startsWith('timelinejs') ? 'timelinejs' : key.startsWith('bare') ? 'bare' : 'ours');

export interface ComparisonOptions {
  oursOrigin: string;
  theirsOrigin: string;
  /** Serves `bare.<lang>.html` (bare-view.ts) beside our build's files. */
  bareOrigin: string;
  runs: number;
  cpuRates: number[];
  /** Event titles per language (what "the story's content" is). */
  needles: Record<Lang, string[]>;
  log?: (line: string) => void;
}

export type Measured = Record<string, LoadFigures[]>;

export async function measureComparison(browser: Browser, opts: ComparisonOptions): Promise<Measured> {
  const measured: Measured = {};
  for (let r = 0; r < opts.runs; r++) {
    for (const rate of opts.cpuRates) {
      for (const c of runOrder(rate)) {
        const origin = { ours: opts.oursOrigin, timelinejs: opts.theirsOrigin, bare: opts.bareOrigin }[c.product];
        const url = {
          ours: `${origin}/${c.page === 'embed' ? 'embed.html' : ''}?lang=${c.lang}`,
          timelinejs: `${origin}/?lang=${c.lang}`,
          bare: `${origin}/bare.${c.lang}.html`,
        }[c.product];
        const load = await measureLoad(browser, { product: c.product, url, origin, lang: c.lang, cpuRate: rate, needles: opts.needles[c.lang] });
        (measured[configKey(c)] ??= []).push(load);
        opts.log?.(
          `run ${r + 1}/${opts.runs} ${configKey(c).padEnd(22)} FCP ${load.fcp.toFixed(0)} ms, story text ${load.storyText.toFixed(0)} ms` +
            (c.product === 'bare'
              ? ''
              : `, ${c.product === 'ours' ? 'usable' : 'first slide'} ${load.moment.toFixed(0)} ms, ${(load.bytes.total / 1000).toFixed(1)} KB`),
        );
      }
    }
  }
  return measured;
}

export interface ConfigSummary {
  runs: number;
  fcpMs: Spread;
  /** Ours and the bare view: FCP with the story's content (max of FCP and story text). TimelineJS: its FCP. */
  contentfulPaintMs: Spread;
  storyTextMs: Spread;
  /** Ours: usable. TimelineJS: first slide fully shown. Never before FCP. */
  momentMs: Spread;
  interactiveMarkMs?: Spread;
  bytesBeforeMoment: Spread;
  bytesByKind: Record<keyof LoadFigures['bytes'], number>;
  offMachineRequests: string[];
}

export function summariseConfig(product: Product, loads: LoadFigures[]): ConfigSummary {
  const s = (f: (l: LoadFigures) => number) => spread(loads.map(f));
  const kinds = Object.keys(loads[0]!.bytes) as (keyof LoadFigures['bytes'])[];
  return {
    runs: loads.length,
    fcpMs: s((l) => l.fcp),
    contentfulPaintMs: s((l) => (product === 'timelinejs' ? l.fcp : Math.max(l.fcp, l.storyText))),
    storyTextMs: s((l) => l.storyText),
    // Nothing is usable or shown before the browser's first contentful paint: the frame in
    // which the condition held may reach the screen later (the paint entry is its presentation).
    momentMs: s((l) => Math.max(l.moment, l.fcp)),
    ...(product === 'ours' ? { interactiveMarkMs: s((l) => l.interactiveMark) } : {}),
    bytesBeforeMoment: s((l) => l.bytes.total),
    bytesByKind: Object.fromEntries(kinds.map((k) => [k, round(median(loads.map((l) => l.bytes[k])), 0)])) as ConfigSummary['bytesByKind'],
    offMachineRequests: [...new Set(loads.flatMap((l) => l.offMachine))],
  };
}

export interface Ratio {
  ours: string;
  theirs: string;
  /** Ours' FCP with the story's content / TimelineJS's FCP (medians). */
  fcp: number;
  /** Ours' usable / TimelineJS's first slide fully shown (medians). */
  usable: number;
  /** Bytes before usable / bytes before the first slide (medians). */
  bytes: number;
}

/**
 * The bare view's FCP with the story's content / TimelineJS's FCP (medians): how near the view
 * itself, with no script and no file to fetch but its fonts, comes to the FCP target.
 */
export interface Floor {
  bare: string;
  theirs: string;
  fcp: number;
}

export interface Comparison {
  timelinejsVersion: string;
  method: string;
  configs: Record<string, ConfigSummary>;
  ratios: Ratio[];
  floors: Floor[];
  targets: { target: string; value: string; met: boolean }[];
}

/** Pairs every configuration of ours with TimelineJS in the same language and CPU rate; evaluates the targets. */
export function compare(measured: Measured, cpuRates: number[], version: string): Comparison {
  const configs: Record<string, ConfigSummary> = {};
  for (const [key, loads] of Object.entries(measured)) configs[key] = summariseConfig(productOf(key), loads);
  const ratios: Ratio[] = [];
  const floors: Floor[] = [];
  const targets: Comparison['targets'] = [];
  for (const rate of cpuRates) {
    for (const lang of ['ar', 'en'] as const) {
      const bare = configKey({ product: 'bare', page: 'bare', lang, cpuRate: rate });
      const theirs = configKey({ product: 'timelinejs', page: 'timelinejs', lang, cpuRate: rate });
      const b = configs[bare];
      const t = configs[theirs];
      if (b && t) floors.push({ bare, theirs, fcp: round(b.contentfulPaintMs.median / t.contentfulPaintMs.median) });
    }
    for (const page of ['index', 'embed'] as const) {
      for (const lang of ['ar', 'en'] as const) {
        const ours = configKey({ product: 'ours', page, lang, cpuRate: rate });
        const theirs = configKey({ product: 'timelinejs', page: 'timelinejs', lang, cpuRate: rate });
        const o = configs[ours];
        const t = configs[theirs];
        if (!o || !t) continue;
        const ratio: Ratio = {
          ours,
          theirs,
          fcp: round(o.contentfulPaintMs.median / t.contentfulPaintMs.median),
          usable: round(o.momentMs.median / t.momentMs.median),
          bytes: round(o.bytesBeforeMoment.median / t.bytesBeforeMoment.median),
        };
        ratios.push(ratio);
        const where = `${page}.html, ${lang}, CPU ${rate === 1 ? 'not throttled' : `${rate}× slower`}`;
        targets.push(
          {
            target: `FCP with the story's content ≤ 0.5 × TimelineJS's FCP (${where})`,
            value: `${o.contentfulPaintMs.median} ms vs ${t.contentfulPaintMs.median} ms (${ratio.fcp}×)`,
            met: ratio.fcp <= 0.5,
          },
          {
            target: `timeline usable ≤ 0.5 × TimelineJS's first slide (${where})`,
            value: `${o.momentMs.median} ms vs ${t.momentMs.median} ms (${ratio.usable}×)`,
            met: ratio.usable <= 0.5,
          },
        );
      }
    }
  }
  // The same first-download budget as bytes.ts's, but as the browser fetched it before usable
  // (bytes.ts leaves out the first details chunk, which is requested with the story).
  for (const [key, o] of Object.entries(configs)) {
    if (productOf(key) !== 'ours' || !key.endsWith('.cpu1x')) continue;
    const b = o.bytesByKind;
    const total = b.js + b.css + b.data;
    targets.push({
      target: `JS + CSS + data requested before usable ≤ 60 KB gz, as fetched (${key.replace('.cpu1x', '')})`,
      value: `${(total / 1000).toFixed(1)} KB (JS ${(b.js / 1000).toFixed(1)}, CSS ${(b.css / 1000).toFixed(1)}, data ${(b.data / 1000).toFixed(1)})`,
      met: total <= 60_000,
    });
  }
  const off = Object.entries(configs).flatMap(([k, c]) => c.offMachineRequests.map((u) => `${k}: ${u}`));
  targets.push({ target: 'no request leaves 127.0.0.1 (both products)', value: off.length ? off.join(', ') : 'none left', met: off.length === 0 });
  return {
    timelinejsVersion: version,
    method: 'medians over runs; ratios are ours / TimelineJS of the medians; see scripts/bench/compare.ts and README "Performance"',
    configs,
    ratios,
    floors,
    targets,
  };
}

/** The HTML page targets, from the static byte report (gzip -9 of each page). */
export function htmlTargets(initial: Record<string, { html: number }>, limitKB = 12): Comparison['targets'] {
  const pages = new Map<string, number>();
  for (const [key, g] of Object.entries(initial)) pages.set(key.split('.')[0]!, g.html);
  return [...pages].map(([page, bytes]) => ({
    target: `${page}.html ≤ ${limitKB} KB gz`,
    value: `${(bytes / 1000).toFixed(1)} KB`,
    met: bytes <= limitKB * 1000,
  }));
}

export function comparisonSummary(c: Comparison): string[] {
  const f = (s: Spread, unit = 'ms') => `${s.median} ${unit} (${s.min}–${s.max})`;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const lines = [`TimelineJS ${c.timelinejsVersion} comparison (same browser, interleaved, fresh context per load, 1280 × 800):`];
  for (const [key, s] of Object.entries(c.configs)) {
    const them = key.startsWith('timelinejs');
    if (productOf(key) === 'bare') {
      lines.push(`  ${key.padEnd(22)} FCP ${f(s.fcpMs)}, with story ${f(s.contentfulPaintMs)} (the view alone: no script, CSS inlined)`);
      continue;
    }
    lines.push(
      `  ${key.padEnd(22)} FCP ${f(s.fcpMs)}${them ? '' : `, with story ${f(s.contentfulPaintMs)}`}; ${them ? 'first slide' : 'usable'} ${f(s.momentMs)}${s.interactiveMarkMs ? ` (mark ${s.interactiveMarkMs.median} ms)` : ''}; ` +
        `${kb(s.bytesBeforeMoment.median)} before it (HTML ${kb(s.bytesByKind.html)}, JS ${kb(s.bytesByKind.js)}, CSS ${kb(s.bytesByKind.css)}, data ${kb(s.bytesByKind.data)}, fonts ${kb(s.bytesByKind.font)})`,
    );
  }
  lines.push('  ratios, ours / TimelineJS (FCP, usable / first slide, bytes):');
  for (const r of c.ratios) lines.push(`    ${r.ours.padEnd(22)} ${r.fcp}×  ${r.usable}×  ${r.bytes}×`);
  if (c.floors.length) lines.push("  floor, the bare view's FCP with the story / TimelineJS's FCP (the FCP target asks ≤ 0.5 of ours):");
  for (const f of c.floors) lines.push(`    ${f.bare.padEnd(22)} ${f.fcp}×`);
  return lines;
}

export interface TimelineJsBenchOptions {
  /** Our build of the real story (served with `vite preview`, as the rest of the benchmark). */
  dist: string;
  runs: number;
  /** The static byte report's pages (bytes.ts), for the HTML targets. */
  initial: Record<string, { html: number }>;
  cpuRates?: number[];
}

/**
 * Builds the TimelineJS page from the compiled story (bench/dist-timelinejs/), serves both
 * products on 127.0.0.1, measures them in one browser and compares them.
 */
export async function runTimelineJsBench(opts: TimelineJsBenchOptions): Promise<Comparison> {
  const [{ compileStory }, { readStorySources }, tl, { serveStatic }, { launch, startServer }] = await Promise.all([
    import('../../src/lib/story/compile.ts'),
    import('../story-files.ts'),
    import('./timelinejs.ts'),
    import('./static-server.ts'),
    import('../../test/e2e/harness.ts'),
  ]);
  const { story, problems } = compileStory(readStorySources('.'));
  if (!story) throw new Error(`the story does not compile: ${problems.map((p) => p.message).join('; ')}`);
  tl.writeTimelineJsPage('bench/dist-timelinejs', story);
  const cpuRates = opts.cpuRates ?? [1, 4];
  const needles = { ar: story.events.map((e) => e.title.ar), en: story.events.map((e) => e.title.en) };
  const ours = await startServer(opts.dist);
  const theirs = await serveStatic('bench/dist-timelinejs');
  const index = readFileSync(join(opts.dist, 'index.html'), 'utf8');
  const readCss = (href: string) => readFileSync(join(opts.dist, href), 'utf8');
  const bare = await serveStatic(opts.dist, {
    '/bare.ar.html': bareViewHtml(index, 'ar', readCss),
    '/bare.en.html': bareViewHtml(index, 'en', readCss),
  });
  const browser = await launch();
  const started = Date.now();
  try {
    console.log(`bench: TimelineJS ${tl.TIMELINEJS_VERSION} against ours, ${opts.runs} runs × ${runOrder(1).length} loads × CPU ${cpuRates.join('×, ')}×…`);
    const measured = await measureComparison(browser, {
      oursOrigin: ours.origin,
      theirsOrigin: theirs.origin,
      bareOrigin: bare.origin,
      runs: opts.runs,
      cpuRates,
      needles,
      log: (line) => console.log(`bench: ${line}`),
    });
    const c = compare(measured, cpuRates, tl.TIMELINEJS_VERSION);
    c.targets.push(...htmlTargets(opts.initial));
    console.log(`bench: the comparison took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return c;
  } finally {
    await browser.close();
    await ours.server.close();
    await theirs.close();
    await bare.close();
  }
}

/**
 * `npm run bench -- --tljs-only`: the comparison's block replaces `timelinejs` in
 * bench/results.json (the rest is kept), and its lines go to bench/summary-timelinejs.txt.
 */
export async function writeTimelineJsOnly(c: Comparison, machine: Record<string, unknown>): Promise<void> {
  const { existsSync, readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync('bench', { recursive: true });
  const previous = existsSync('bench/results.json') ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>) : {};
  const date = new Date().toISOString();
  writeFileSync('bench/results.json', JSON.stringify({ ...previous, timelinejs: { date, machine, ...c } }, null, 2) + '\n');
  const summary = [
    `bench --tljs-only ${date}`,
    ...comparisonSummary(c),
    'targets:',
    ...c.targets.map((t) => `  ${t.met ? 'met ' : 'MISS'} ${t.target}: ${t.value}`),
  ].join('\n');
  writeFileSync('bench/summary-timelinejs.txt', summary + '\n');
  console.log(`\n${summary}\n\nbench: wrote the timelinejs block of bench/results.json and bench/summary-timelinejs.txt`);
}
