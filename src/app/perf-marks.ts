/**
 * The moment the timeline becomes interactive, and User Timing marks for the benchmark
 * (npm run bench). Marks stay in the browser: nothing is sent anywhere.
 *
 * Work that the timeline does not need (the map, zoom gestures) waits for
 * `whenInteractive()`, so what loads before that moment is exactly what the reader needs
 * first; the benchmark checks this against the files it counts.
 */
export type PerfMark = 'atlas:timeline-interactive' | 'atlas:map-first-render' | 'atlas:map-idle';

const done = new Set<PerfMark>();
let interactive: () => void;
const interactivePromise = new Promise<void>((resolve) => (interactive = resolve));

/** Sets a mark once, after the next frame has been painted. */
export function markAfterPaint(name: PerfMark): void {
  if (done.has(name)) return;
  done.add(name);
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(name);
      if (name === 'atlas:timeline-interactive') void firstContentfulPaint().then(interactive);
    }, 0),
  );
}

/**
 * The browser's own first-contentful-paint entry, which can land a moment after our frame
 * callback (it is stamped when the frame is presented). At most a second's wait where the
 * Paint Timing API is missing.
 */
function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
    const timer = setTimeout(resolve, 1000);
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      // No Paint Timing: the timer resolves.
    }
  });
}

/**
 * Resolves once the timeline is interactive (painted, with its handlers attached). A frame the
 * browser does not paint (a cross-origin embed scrolled out of view) never gets there: work that
 * must happen regardless (talking to the host page) passes `atLatestMs`.
 */
export function whenInteractive(atLatestMs?: number): Promise<void> {
  if (atLatestMs === undefined) return interactivePromise;
  return Promise.race([interactivePromise, new Promise<void>((resolve) => setTimeout(resolve, atLatestMs))]);
}

/**
 * Resolves once the page has settled after the timeline became interactive: a second later, in
 * an idle moment (at most two more seconds). For work the reader has not asked for and will not
 * need in their first second (the rest of a small story's event details): it keeps off the
 * network and the main thread while the map loads and the first key or tap is answered.
 */
export function whenSettled(): Promise<void> {
  return whenInteractive().then(
    () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
          else resolve();
        }, 1000),
      ),
  );
}
