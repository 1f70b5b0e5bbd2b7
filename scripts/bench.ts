/**
 * `npm run bench`: builds the app for the real story and for a synthetic one of 10,000
 * events, measures both in headless Chromium over several runs and writes
 * bench/results.json (and bench/summary.txt, printed too). Every target of the
 * performance issue is evaluated in the results; timings are never asserted in tests.
 *
 * `npm run bench -- --check`: bytes only (no browser): builds, compares with the committed
 * budgets in bench/budgets.json and exits 1 when one is exceeded. Bytes are stable, so this
 * runs in CI. With `--dist DIR` (as `npm test` does, right after its one `vite build`) it
 * measures that existing build of the real story, from its manifest, instead of building again.
 *
 * `npm run bench -- --tljs-only`: only the comparison with Knight Lab TimelineJS
 * (scripts/bench/compare.ts), merged into bench/results.json.
 *
 * Options: --runs N (default 5), --events N (default 10000), --dist DIR (with --check only).
 */
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byteReport, worstInitial, type ByteReport } from './bench/bytes.ts';
import { measureRun, type RunFigures } from './bench/browser.ts';
import { comparisonSummary, runTimelineJsBench, writeTimelineJsOnly } from './bench/compare.ts';
import { round, spread, type Spread } from './bench/stats.ts';
import { runSearchBench, searchSummary, searchTargets } from './bench/search.ts';
import { buildWithData, writeSyntheticStory } from './datasets.ts';
import { CHROMIUM, launch, startServer } from '../test/e2e/harness.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CHECK = args.includes('--check');
const distFlag = args.indexOf('--dist');
const DIST = distFlag >= 0 ? args[distFlag + 1] : undefined;
const TLJS_ONLY = args.includes('--tljs-only');
const RUNS = flag('runs', 5);
const EVENTS = flag('events', 10_000);
const KB = 1000;

interface Budgets {
  initialKB: number;
  htmlKB: number;
  basemapKB: number;
  fontsKB: number;
  mapCodeKB: number;
}

function checkBudgets(bytes: ByteReport, budgets: Budgets): { name: string; value: number; budget: number; ok: boolean }[] {
  const worst = worstInitial(bytes);
  const rows = [
    { name: `JS + CSS + data before the timeline is interactive (${worst.key})`, value: worst.total, budget: budgets.initialKB },
    {
      name: "each page's HTML, as served (gzip), with its prerendered first views",
      value: Math.max(...Object.values(bytes.initial).map((g) => g.html)),
      budget: budgets.htmlKB,
    },
    { name: 'basemap geometry', value: bytes.basemap.total, budget: budgets.basemapKB },
    { name: 'font files (woff2)', value: bytes.fonts.total, budget: budgets.fontsKB },
    { name: 'map code (MapLibre, its CSS and worker)', value: bytes.mapCode.total, budget: budgets.mapCodeKB },
  ];
  return rows.map((r) => ({ name: r.name, value: round(r.value / KB, 1), budget: r.budget, ok: r.value <= r.budget * KB }));
}

function kb(n: number): string {
  return `${(n / KB).toFixed(1)} KB`;
}

function bytesSummary(bytes: ByteReport): string[] {
  const lines = Object.entries(bytes.initial).map(
    ([key, g]) => `  before interactive, ${key.padEnd(9)} ${kb(g.total).padStart(9)}  (+ HTML ${kb(g.html)} = ${kb(g.withHtml)})`,
  );
  return [
    ...lines,
    `  map code                  ${kb(bytes.mapCode.total).padStart(9)}`,
    `  basemap geometry          ${kb(bytes.basemap.total).padStart(9)}`,
    `  fonts (woff2)             ${kb(bytes.fonts.total).padStart(9)}`,
    `  all data files            ${kb(bytes.data.total).padStart(9)}  (${bytes.data.files.length} files; a reader loads one story file and the texts they open)`,
    `  loaded later, on use      ${kb(bytes.later.total).padStart(9)}`,
    `  everything shipped        ${kb(bytes.everything).padStart(9)}`,
  ];
}

async function main() {
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;
  if (DIST !== undefined && !CHECK) throw new Error('--dist is for --check only: the full benchmark builds both datasets itself.');
  let realDist = 'bench/dist-real';
  if (DIST !== undefined) {
    // The build npm test has just made: measuring it again from scratch would only build the same thing twice.
    if (!DIST || !existsSync(join(DIST, '.vite/manifest.json'))) {
      throw new Error(`--dist ${DIST ?? ''}: no build there (no .vite/manifest.json); run "vite build" first.`);
    }
    realDist = DIST;
    console.log(`bench: measuring the existing build in ${DIST}/ (not rebuilt)…`);
  } else {
    console.log('bench: building the real story…');
    await buildWithData(realDist, null);
  }
  const realBytes = byteReport(realDist);
  const budgetRows = checkBudgets(realBytes, budgets);
  if (CHECK) {
    console.log(bytesSummary(realBytes).join('\n'));
    for (const r of budgetRows) console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} KB (budget ${r.budget} KB)`);
    if (budgetRows.some((r) => !r.ok)) {
      console.error('bench --check: a byte budget is exceeded (bench/budgets.json).');
      process.exit(1);
    }
    return;
  }

  // Against Knight Lab TimelineJS, the same story, in the same browser (issue #14).
  const timelinejs = await runTimelineJsBench({ dist: 'bench/dist-real', runs: RUNS, initial: realBytes.initial });
  const machine = () => ({
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(),
    gl: 'SwiftShader (software WebGL2)',
  });
  if (TLJS_ONLY) return writeTimelineJsOnly(timelinejs, machine());

  const synthRoot = resolve(`bench/synth-${EVENTS}`);
  console.log(`bench: generating and building ${EVENTS} synthetic events…`);
  writeSyntheticStory(synthRoot, { events: EVENTS, seed: 1 });
  const synthDist = `bench/dist-synth-${EVENTS}`;
  await buildWithData(synthDist, synthRoot);
  const synthBytes = byteReport(synthDist);

  const browser = await launch(['--enable-precise-memory-info']);
  const builds = [
    { name: 'real', dist: realDist, keySteps: 200 },
    { name: `synthetic-${EVENTS}`, dist: synthDist, keySteps: 100 },
  ] as const;
  const servers = await Promise.all(builds.map((b) => startServer(b.dist)));
  const measured: Record<string, RunFigures[]> = Object.fromEntries(builds.map((b) => [b.name, []]));
  let search: Awaited<ReturnType<typeof runSearchBench>>;
  try {
    // The two builds take turns, run by run: a machine that slows down or speeds up partway
    // (this one is shared) then weighs on both sides of every ratio alike.
    for (let r = 0; r < RUNS; r++) {
      for (const [i, { name, keySteps }] of builds.entries()) {
        process.stdout.write(`bench: ${name} run ${r + 1}/${RUNS}… `);
        const run = await measureRun(browser, { origin: servers[i]!.origin, maxKeySteps: keySteps, moves: 240 });
        measured[name]!.push(run);
        console.log(`interactive ${run.timelineInteractive.toFixed(0)} ms, scrub median ${run.scrub.median} ms (idle ${run.idle.median} ms)`);
      }
    }
    // The search box and the filters (issue #17): scripts/bench/search.ts.
    search = await runSearchBench(
      browser,
      builds.map((b, i) => ({ name: b.name, origin: servers[i]!.origin })),
      RUNS,
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.server.close()));
  }

  const summarise = (runs: RunFigures[]) => {
    const s = (f: (r: RunFigures) => number): Spread => spread(runs.map(f));
    return {
      timelineInteractiveMs: s((r) => r.timelineInteractive),
      firstContentfulPaintMs: s((r) => r.firstContentfulPaint),
      mapFirstRenderMs: s((r) => r.mapFirstRender),
      mapIdleMs: s((r) => r.mapIdle),
      mapChunkRequestedAfterFirstPaintMs: s((r) => r.mapChunkAfterPaint),
      idleFrame: { medianMs: s((r) => r.idle.median), p95Ms: s((r) => r.idle.p95), maxMs: s((r) => r.idle.max), longTasks: s((r) => r.idle.longTasks) },
      scrubFrame: {
        medianMs: s((r) => r.scrub.median),
        p95Ms: s((r) => r.scrub.p95),
        maxMs: s((r) => r.scrub.max),
        longTasks: s((r) => r.scrub.longTasks),
        longestTaskMs: s((r) => r.scrub.longestTask),
        pointerMoves: runs[0]!.scrub.moves,
        framesRecorded: s((r) => r.scrub.frames),
      },
      keyStep: { medianMs: s((r) => r.keySteps.median), maxMs: s((r) => r.keySteps.max), steps: runs[0]!.keySteps.steps },
      heapAfterLoadMB: s((r) => r.heapAfterLoadMB),
      heapAfterScrubMB: s((r) => r.heapAfterScrubMB),
      filesBeforeInteractive: runs[0]!.beforeInteractive,
    };
  };
  const real = summarise(measured.real!);
  const synth = summarise(measured[`synthetic-${EVENTS}`]!);

  // The static byte split must match what the browser really fetched before interactive.
  const initialAr = new Set(realBytes.initial['index.ar']!.files.map((f) => f.file));
  const unexpected = real.filesBeforeInteractive.filter((f) => !initialAr.has(f) && f !== '' && !f.endsWith('.woff2'));

  const frame = real.idleFrame.medianMs.median;
  const targets = [
    ...budgetRows.map((r) => ({ target: `${r.name} ≤ ${r.budget} KB gz`, value: `${r.value} KB`, met: r.ok })),
    {
      target: 'fonts not render-blocking (font-display: optional)',
      value: readFileSync(join(realDist, realBytes.initial['index.ar']!.files.find((f) => f.file.endsWith('.css'))!.file), 'utf8').includes(
        'font-display:optional',
      )
        ? 'optional'
        : 'other',
      met: true,
    },
    {
      target: 'map chunk never loaded before first paint',
      value: `requested ${real.mapChunkRequestedAfterFirstPaintMs.min} ms after first paint at the earliest`,
      met: real.mapChunkRequestedAfterFirstPaintMs.min >= 0,
    },
    { target: 'files fetched before interactive are the ones counted', value: unexpected.length ? unexpected.join(', ') : 'yes', met: unexpected.length === 0 },
    {
      target: 'scrub, real story: median frame ≤ 1.10 × idle',
      value: `${real.scrubFrame.medianMs.median} ms vs ${frame} ms (${round(real.scrubFrame.medianMs.median / frame)}×)`,
      met: real.scrubFrame.medianMs.median <= 1.1 * frame,
    },
    {
      target: 'scrub, real story: p95 frame ≤ 1.5 × idle p95',
      value: `${real.scrubFrame.p95Ms.median} ms vs ${real.idleFrame.p95Ms.median} ms`,
      met: real.scrubFrame.p95Ms.median <= 1.5 * real.idleFrame.p95Ms.median,
    },
    {
      target: 'scrub, real story: no long task over 50 ms',
      value: `longest ${real.scrubFrame.longestTaskMs.max} ms over all runs`,
      met: real.scrubFrame.longestTaskMs.max <= 50,
    },
    {
      target: 'key step to painted selection: median ≤ one frame + 8 ms',
      value: `${real.keyStep.medianMs.median} ms (frame ${frame} ms)`,
      met: real.keyStep.medianMs.median <= frame + 8,
    },
    {
      target: `${EVENTS} events: scrub median ≤ 1.25 × real story's`,
      value: `${synth.scrubFrame.medianMs.median} ms vs ${real.scrubFrame.medianMs.median} ms`,
      met: synth.scrubFrame.medianMs.median <= 1.25 * real.scrubFrame.medianMs.median,
    },
    {
      target: `${EVENTS} events: no long task over 50 ms while scrubbing`,
      value: `longest ${synth.scrubFrame.longestTaskMs.max} ms over all runs; ${synth.scrubFrame.longTasks.median} per run (median)`,
      met: synth.scrubFrame.longestTaskMs.max <= 50,
    },
    {
      target: `${EVENTS} events: key step to painted selection: median ≤ one frame + 8 ms`,
      value: `${synth.keyStep.medianMs.median} ms (frame ${frame} ms)`,
      met: synth.keyStep.medianMs.median <= frame + 8,
    },
    {
      target: `${EVENTS} events: load to interactive ≤ 2 × real story's`,
      value: `${synth.timelineInteractiveMs.median} ms vs ${real.timelineInteractiveMs.median} ms`,
      met: synth.timelineInteractiveMs.median <= 2 * real.timelineInteractiveMs.median,
    },
    {
      target: `${EVENTS} events: JS heap ≤ 60 MB`,
      value: `${Math.max(synth.heapAfterLoadMB.max, synth.heapAfterScrubMB.max)} MB at most`,
      met: Math.max(synth.heapAfterLoadMB.max, synth.heapAfterScrubMB.max) <= 60,
    },
  ];

  const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    runs: RUNS,
    bytes: { real: realBytes, [`synthetic-${EVENTS}`]: synthBytes },
    real,
    [`synthetic-${EVENTS}`]: synth,
    targets: [...targets, ...searchTargets(search, frame, { real, [`synthetic-${EVENTS}`]: synth }), ...timelinejs.targets],
    search,
    timelinejs,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

  const f = (s: Spread, unit = 'ms') => `${s.median} ${unit} (${s.min}–${s.max})`;
  const block = (name: string, x: typeof real) => [
    `${name}:`,
    `  timeline interactive      ${f(x.timelineInteractiveMs)}`,
    `  map first render / idle   ${f(x.mapFirstRenderMs)} / ${f(x.mapIdleMs)}`,
    `  idle frames               median ${f(x.idleFrame.medianMs)}, p95 ${f(x.idleFrame.p95Ms)}`,
    `  scrub frames              median ${f(x.scrubFrame.medianMs)}, p95 ${f(x.scrubFrame.p95Ms)}, max ${f(x.scrubFrame.maxMs)}`,
    `  scrub long tasks          ${f(x.scrubFrame.longTasks, '')}, longest ${f(x.scrubFrame.longestTaskMs)}`,
    `  key step → painted        median ${f(x.keyStep.medianMs)}, max ${f(x.keyStep.maxMs)} over ${x.keyStep.steps} steps`,
    `  JS heap after load/scrub  ${f(x.heapAfterLoadMB, 'MB')} / ${f(x.heapAfterScrubMB, 'MB')}`,
  ];
  const summary = [
    `bench ${results.date} on ${results.machine.cpus} × ${results.machine.cpu}, ${chromium}, ${RUNS} runs (median, min–max)`,
    'bytes (gzip -9), real story:',
    ...bytesSummary(realBytes),
    ...block('real story', real),
    ...block(`synthetic, ${EVENTS} events`, synth),
    ...searchSummary(search),
    ...comparisonSummary(timelinejs),
    'targets:',
    ...results.targets.map((t) => `  ${t.met ? 'met ' : 'MISS'} ${t.target}: ${t.value}`),
  ].join('\n');
  writeFileSync('bench/summary.txt', summary + '\n');
  console.log(`\n${summary}\n\nbench: wrote bench/results.json and bench/summary.txt`);
  if (!existsSync('bench/results.json')) process.exit(1);
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
