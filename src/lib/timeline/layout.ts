/**
 * The focus strip's rows, pure: where ranges, day marks and the axis sit for a story's
 * events, one SVG mark each or (for large datasets) a density band and histogram.
 */
import type { StoryEvent } from '../story/types.ts';
import { placeMarks, type PlacedMark } from './scale.ts';

export const DAY_ROW = 18;
export const RANGE_ROW = 10;
/** Below the axis: the ticks and their dates, which hang clear of the day handle's grip (12 px below the axis). */
const AXIS = 28;
const PAD_TOP = 8;
export const DENSE_RANGE_H = 10;
export const DENSE_BARS_H = 44;

export interface StripLayout {
  /** One mark per event, in lanes (empty when the events are drawn as densities). */
  marks: PlacedMark[];
  rangeTop: number;
  dayTop: number;
  axisY: number;
  height: number;
}

/** Above this many events the timeline draws densities (lib/timeline/density, loaded then) instead of one mark per event. */
export const DENSE_MARKS_ABOVE = 600;

export function stripLayout(events: readonly StoryEvent[], dense: boolean): StripLayout {
  const placed = dense ? { marks: [], dayLanes: 0, rangeLanes: 0 } : placeMarks(events);
  const rangeTop = PAD_TOP;
  const dayTop = dense ? rangeTop + DENSE_RANGE_H + 4 : rangeTop + placed.rangeLanes * RANGE_ROW + 6;
  const axisY = dense ? dayTop + DENSE_BARS_H + 2 : dayTop + Math.max(1, placed.dayLanes) * DAY_ROW + 4;
  return { marks: placed.marks, rangeTop, dayTop, axisY, height: axisY + AXIS };
}
