/**
 * Timeline geometry, pure: the time scale for a visible window (mirrored in right-to-left
 * reading), the clusters of events a reader can jump to, and the lanes marks stack in.
 * Svelte draws; d3 computes.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { addDays, dateToDay, dayNumber, dayToDate, fromDayNumber, type IsoDay } from '../time/days';
import type { StoryEvent } from '../story/types';

export interface DayWindow {
  from: IsoDay;
  /** Inclusive last visible day. */
  to: IsoDay;
}

export type Direction = 'ltr' | 'rtl';

/** Maps days to x. In right-to-left reading time runs from right to left. */
export function timeScale(window: DayWindow, width: number, dir: Direction): ScaleTime<number, number> {
  const range = dir === 'rtl' ? [width, 0] : [0, width];
  return scaleUtc().domain([dayToDate(window.from), dayToDate(addDays(window.to, 1))]).range(range);
}

/** The day under pixel x. */
export function dayAtX(scale: ScaleTime<number, number>, x: number): IsoDay {
  const t = scale.invert(x).getTime();
  return fromDayNumber(Math.floor(t / 86_400_000));
}

/** Left edge, right edge and centre of a day on the scale, whatever the direction. */
export function daySpanX(scale: ScaleTime<number, number>, first: IsoDay, last: IsoDay = first): { x0: number; x1: number; mid: number } {
  const a = scale(dayToDate(first));
  const b = scale(dayToDate(addDays(last, 1)));
  const x0 = Math.min(a, b);
  const x1 = Math.max(a, b);
  return { x0, x1, mid: (x0 + x1) / 2 };
}

export function pixelsPerDay(window: DayWindow, width: number): number {
  return width / (dayNumber(window.to) - dayNumber(window.from) + 1);
}

export interface Cluster {
  first: IsoDay;
  last: IsoDay;
  /** The first day on which one of its events starts: where jumping to it lands. */
  firstEventDay: IsoDay;
  events: number;
}

/** Groups events whose dates lie within `gapDays` of each other. */
export function findClusters(events: readonly StoryEvent[], gapDays = 30): Cluster[] {
  const sorted = [...events].sort((a, b) => (a.first_day < b.first_day ? -1 : 1));
  const clusters: Cluster[] = [];
  for (const e of sorted) {
    const c = clusters[clusters.length - 1];
    if (c && dayNumber(e.first_day) - dayNumber(c.last) <= gapDays) {
      if (e.last_day > c.last) c.last = e.last_day;
      c.events++;
    } else {
      clusters.push({ first: e.first_day, last: e.last_day, firstEventDay: e.first_day, events: 1 });
    }
  }
  return clusters;
}

/** A window around a range of days, with a margin so marks at its ends are not cut. */
export function windowAround(first: IsoDay, last: IsoDay, marginRatio = 0.08): DayWindow {
  const length = dayNumber(last) - dayNumber(first) + 1;
  const margin = Math.max(1, Math.round(length * marginRatio));
  return { from: addDays(first, -margin), to: addDays(last, margin) };
}

/** Moves a window (same length) so that `day` sits inside it, with a margin. */
export function panToInclude(window: DayWindow, day: IsoDay, bounds: DayWindow): DayWindow {
  const length = dayNumber(window.to) - dayNumber(window.from);
  const margin = Math.max(1, Math.round(length * 0.1));
  let from = dayNumber(window.from);
  const d = dayNumber(day);
  if (d - margin < from) from = d - margin;
  else if (d + margin > from + length) from = d + margin - length;
  from = Math.max(dayNumber(bounds.from), Math.min(from, dayNumber(bounds.to) - length));
  return { from: fromDayNumber(from), to: fromDayNumber(from + length) };
}

export function sameWindow(a: DayWindow, b: DayWindow): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Ticks for the visible window, chosen so labels do not collide at this width. */
export function ticksFor(scale: ScaleTime<number, number>, width: number): { day: IsoDay; unit: 'year' | 'month' | 'day' }[] {
  const [a, b] = scale.domain() as [Date, Date];
  const days = (b.getTime() - a.getTime()) / 86_400_000;
  const count = Math.max(2, Math.floor(width / 90));
  const unit = days / count > 300 ? 'year' : days / count > 20 ? 'month' : 'day';
  return scale.ticks(count).map((t) => ({ day: dateToDay(t), unit }));
}

export interface PlacedMark {
  event: StoryEvent;
  /** Row from the axis upwards: day marks stack from 0, ranges sit in their own rows. */
  lane: number;
}

/**
 * Stacks marks so none hide another: single days share rows by day, ranges (several days,
 * a month or a year) are packed greedily into rows of their own above them.
 */
export function placeMarks(events: readonly StoryEvent[]): { marks: PlacedMark[]; dayLanes: number; rangeLanes: number } {
  const marks: PlacedMark[] = [];
  const perDay = new Map<IsoDay, number>();
  const rangeEnds: IsoDay[] = [];
  let dayLanes = 0;
  for (const event of events) {
    if (event.first_day === event.last_day) {
      const lane = perDay.get(event.first_day) ?? 0;
      perDay.set(event.first_day, lane + 1);
      dayLanes = Math.max(dayLanes, lane + 1);
      marks.push({ event, lane });
    } else {
      let row = rangeEnds.findIndex((end) => end < event.first_day);
      if (row < 0) row = rangeEnds.push(event.last_day) - 1;
      else rangeEnds[row] = event.last_day;
      marks.push({ event, lane: -1 - row });
    }
  }
  return { marks, dayLanes, rangeLanes: rangeEnds.length };
}
