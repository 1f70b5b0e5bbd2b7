/**
 * Marks for datasets too large for one SVG element per event: events counted into bins a
 * few pixels wide, drawn as a histogram on a canvas. Pure: numbers in, numbers out.
 */
import { dayNumber } from '../time/days.ts';
import type { StoryEvent } from '../story/types.ts';
import type { DayScale } from './scale.ts';

/** The events as day numbers, computed once per story (the bins are recomputed on every zoom). */
export interface DayColumns {
  first: Int32Array;
  last: Int32Array;
  /** 1 for an event dated to a single day, 0 for a range (several days, a month, a year). */
  single: Uint8Array;
}

export function dayColumns(events: readonly StoryEvent[]): DayColumns {
  const first = new Int32Array(events.length);
  const last = new Int32Array(events.length);
  const single = new Uint8Array(events.length);
  events.forEach((e, i) => {
    first[i] = dayNumber(e.first_day);
    last[i] = dayNumber(e.last_day);
    single[i] = e.first_day === e.last_day ? 1 : 0;
  });
  return { first, last, single };
}

export interface Bins {
  /** Width of a bin in pixels. */
  px: number;
  /** Single-day events per bin, from the left edge. */
  counts: Uint32Array;
  /** The same, for the events in `only` (e.g. a focus), or null. */
  highlighted: Uint32Array | null;
  max: number;
}

/**
 * Counts single-day events into bins of `px` pixels across the scale's width. Events outside
 * the window are not counted. `only` (indexes into the columns) counts a subset apart.
 */
export function binDays(cols: DayColumns, scale: DayScale, px: number, only: ReadonlySet<number> | null = null): Bins {
  const n = Math.max(1, Math.ceil(scale.width / px));
  const counts = new Uint32Array(n);
  const highlighted = only ? new Uint32Array(n) : null;
  let max = 0;
  for (let i = 0; i < cols.first.length; i++) {
    if (!cols.single[i]) continue;
    const x = (scale.x(cols.first[i]!) + scale.x(cols.first[i]! + 1)) / 2;
    if (x < 0 || x >= scale.width) continue;
    const b = Math.floor(x / px);
    const c = ++counts[b]!;
    if (c > max) max = c;
    if (highlighted && only!.has(i)) highlighted[b]!++;
  }
  return { px, counts, highlighted, max };
}

/** Height of a bar for `count` out of `max` in `height` pixels: square root, so a single event still shows. */
export function barHeight(count: number, max: number, height: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(2, Math.sqrt(count / max) * height);
}
