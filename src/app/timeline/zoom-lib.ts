/**
 * The d3-zoom side of the timeline's one deliberate two-way sync (Timeline.svelte owns the
 * other side): a reader's pinch or pan moves the window, and the window moves d3-zoom's
 * transform only when they differ, so a programmatic move never re-emits. With d3-selection
 * it acts through, one chunk, loaded after the timeline is usable. Windows cross this
 * boundary as day numbers, [start, end) with end the day after the last, read on the scale
 * of the whole span (so this chunk shares no module with the first download but d3's).
 */
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select } from 'd3-selection';
import type { DayScale } from '../../lib/timeline/scale';

/** Brings d3-zoom's transform to the days [start, end), on `whole` (the story's bounds on the strip's width). */
export type ZoomSync = (start: number, end: number, whole: DayScale, height: number) => void;

/** Makes `rect` zoomable; a reader's gesture reports the (fractional) days it shows, [start, end), to `onGesture`. */
export function bindZoom(rect: SVGRectElement, onGesture: (start: number, end: number) => void): ZoomSync {
  let base: DayScale | null = null;
  const zoomer = zoom<SVGRectElement, unknown>()
    // Plain wheel scrolls the page; pinch (ctrl+wheel) and drags zoom and pan the strip.
    .filter((e: Event) => (e.type === 'wheel' ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
    .on('zoom', (e: D3ZoomEvent<SVGRectElement, unknown>) => {
      // Only a reader's gesture (which also stops playback, see playback.svelte.ts) moves the window.
      if (!e.sourceEvent || !base) return;
      // The zoomed view's edges, read on the unzoomed scale of the whole span.
      const a = base.invert(e.transform.invertX(0));
      const b = base.invert(e.transform.invertX(base.width));
      onGesture(Math.min(a, b), Math.max(a, b));
    });
  // d3-zoom sets touch-action: none; let vertical swipes scroll the page.
  select(rect).call(zoomer).style('touch-action', 'pan-y');

  return (start, end, whole, height) => {
    base = whole;
    const { width } = whole;
    const days = Math.round(Math.abs(whole.invert(width) - whole.invert(0)));
    zoomer
      .scaleExtent([1, Math.max(1, (days - 1) / 5)])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ]);
    // The window's leading and trailing edges (right to left in Arabic) stretched to the strip's.
    const from = whole.x(start);
    const r0 = whole.dir === 'rtl' ? width : 0;
    const k = (width - 2 * r0) / (whole.x(end) - from);
    const t = zoomIdentity.translate(r0 - k * from, 0).scale(k);
    const current = zoomTransform(rect);
    if (Math.abs(current.k - t.k) > 1e-6 || Math.abs(current.x - t.x) > 0.5) select(rect).call(zoomer.transform, t);
  };
}
