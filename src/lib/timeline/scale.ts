/**
 * Timeline geometry, pure: the time scale for a visible window (mirrored in right-to-left
 * reading), the clusters of events a reader can jump to, and the lanes marks stack in.
 * Svelte draws; these functions compute.
 */
import { addDays, addMonths, dayNumber, fromDayNumber, type IsoDay } from '../time/days.ts';
import type { StoryEvent } from '../story/types.ts';
import { clampWindow } from './window.ts';

export interface DayWindow {
  from: IsoDay;
  /** Inclusive last visible day. */
  to: IsoDay;
}

export type Direction = 'ltr' | 'rtl';

/**
 * A linear scale from day numbers to pixels. Days are the only unit the timeline shows, so
 * a plain linear map replaces d3's UTC time scale (and the date-formatting code it pulls
 * into the first download).
 */
export interface DayScale {
  readonly window: DayWindow;
  readonly width: number;
  readonly dir: Direction;
  /** x of the start (left edge in LTR) of day number `n`; fractional n is allowed. */
  x(n: number): number;
  /** The (fractional) day number at pixel x. */
  invert(x: number): number;
}

/** Maps days to x. In right-to-left reading time runs from right to left. */
export function timeScale(window: DayWindow, width: number, dir: Direction): DayScale {
  const first = dayNumber(window.from);
  const days = dayNumber(window.to) + 1 - first;
  const k = width / days;
  return {
    window,
    width,
    dir,
    x: dir === 'rtl' ? (n) => width - (n - first) * k : (n) => (n - first) * k,
    invert: dir === 'rtl' ? (x) => first + (width - x) / k : (x) => first + x / k,
  };
}

/** The day under pixel x. */
export function dayAtX(scale: DayScale, x: number): IsoDay {
  return fromDayNumber(Math.floor(scale.invert(x)));
}

/** Left edge, right edge and centre of a day (or a run of days) on the scale, whatever the direction. */
export function daySpanX(scale: DayScale, first: IsoDay, last: IsoDay = first): { x0: number; x1: number; mid: number } {
  return daySpanXn(scale, dayNumber(first), dayNumber(last));
}

/** daySpanX on day numbers: the hot path when thousands of marks are drawn. */
export function daySpanXn(scale: DayScale, first: number, last: number = first): { x0: number; x1: number; mid: number } {
  const a = scale.x(first);
  const b = scale.x(last + 1);
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

/** The `n` clusters with the most events, in date order (a chip per cluster must fit one row). */
export function mostEventful(clusters: readonly Cluster[], n: number): Cluster[] {
  if (clusters.length <= n) return [...clusters];
  const kept = new Set([...clusters].sort((a, b) => b.events - a.events).slice(0, n));
  return clusters.filter((c) => kept.has(c));
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
  return clampWindow({ from: fromDayNumber(from), to: fromDayNumber(from + length) }, bounds);
}

export function sameWindow(a: DayWindow, b: DayWindow): boolean {
  return a.from === b.from && a.to === b.to;
}

export type TickUnit = 'year' | 'month' | 'day';

const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
const MONTH_STEPS = [1, 2, 3, 6];
const DAY_STEPS = [1, 2, 5, 10, 15];

/**
 * Ticks on calendar boundaries (1 January, the first of a month, days of the month),
 * spaced so that labels do not collide at this width: at most one per 90 pixels.
 */
export function ticksFor(scale: DayScale, width: number): { day: IsoDay; unit: TickUnit }[] {
  const { from, to } = scale.window;
  const days = dayNumber(to) - dayNumber(from) + 1;
  const most = Math.max(2, Math.floor(width / 90));
  const out: { day: IsoDay; unit: TickUnit }[] = [];
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const y1 = Number(to.slice(0, 4));
  const dayStep = DAY_STEPS.find((s) => days / s <= most);
  if (dayStep) {
    for (let d = dayNumber(from); d <= dayNumber(to); d++) {
      const day = fromDayNumber(d);
      const dom = Number(day.slice(8));
      if ((dom - 1) % dayStep === 0 && dom <= 31 - Math.min(dayStep, 29) + 1) out.push({ day, unit: 'day' });
    }
    return out;
  }
  const monthStep = MONTH_STEPS.find((s) => days / 30.44 / s <= most);
  if (monthStep) {
    for (let day = `${String(y0).padStart(4, '0')}-${String(m0).padStart(2, '0')}-01`; day <= to; day = addMonths(day, 1)) {
      if (day >= from && (Number(day.slice(5, 7)) - 1) % monthStep === 0) out.push({ day, unit: 'month' });
    }
    return out;
  }
  const yearStep = YEAR_STEPS.find((s) => days / 365.25 / s <= most) ?? Math.ceil(days / 365.25 / most);
  for (let y = Math.ceil(y0 / yearStep) * yearStep; y <= y1; y += yearStep) {
    const day = `${String(y).padStart(4, '0')}-01-01`;
    if (day >= from && day <= to) out.push({ day, unit: 'year' });
  }
  return out;
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

/**
 * A span of the percent scale as a bar on a strip `widthPx` wide: at least `minPx` wide, so a
 * day's event is not a hairline, and kept on the strip: a range that runs past the window ends
 * at the strip's edge instead of being drawn over the page beside it (the strips' SVGs let the
 * handle overflow). A span wholly off the strip has no bar. A strip not laid out (0 wide, as
 * when hidden) adds no minimum.
 */
export function stripBar(x0: number, x1: number, minPx: number, widthPx: number): { x: number; width: number } | null {
  if (x1 < 0 || x0 > 100) return null;
  const from = Math.max(0, x0);
  const to = Math.min(100, x1);
  const width = Math.min(100, Math.max(to - from, widthPx > 0 ? (minPx / widthPx) * 100 : 0));
  return { x: Math.max(0, Math.min(from, 100 - width)), width };
}

/**
 * How a tick's label hangs from its tick, `px` from the strip's left edge: centred, unless half
 * of it would pass an edge of the strip, where it is cut ("26 Feb" read as "5 Feb"); then it
 * runs inward from the tick. SVG's start and end follow the text's direction, so in Arabic a
 * label running right from the left edge is anchored at its end. Half a label is taken as
 * 3.6 px a character (the axis's 11 px type).
 */
export function tickAnchor(px: number, chars: number, widthPx: number, dir: 'ltr' | 'rtl'): 'middle' | 'start' | 'end' {
  const half = chars * 3.6;
  if (widthPx <= 0 || (px >= half && px <= widthPx - half)) return 'middle';
  const runsRight = px < half;
  return runsRight === (dir === 'ltr') ? 'start' : 'end';
}

/** A position on a percent scale as an SVG length: two decimals (a hundredth of a percent is a fifth of a pixel on a 2,000 px strip). */
export function percent(x: number): string {
  return `${Math.round(x * 100) / 100}%`;
}
