/**
 * Keeping a timeline window inside the story's bounds, and the windows the reader's gestures
 * ask for (a zoom button, a drag on the overview). Pure: ISO days in, windows out.
 */
import { addDays, dayNumber, fromDayNumber, type IsoDay } from '../time/days.ts';
import type { DayWindow } from './scale.ts';

/**
 * The window moved (its length kept) so that it lies inside `bounds`. A window longer than
 * the bounds (a short story's span can be narrower than a month) starts where they start.
 * The one place a window is kept inside the story.
 */
export function clampWindow(window: DayWindow, bounds: DayWindow): DayWindow {
  const length = dayNumber(window.to) - dayNumber(window.from);
  const from = Math.max(dayNumber(bounds.from), Math.min(dayNumber(window.from), dayNumber(bounds.to) - length));
  if (from === dayNumber(window.from)) return window;
  return { from: fromDayNumber(from), to: fromDayNumber(from + length) };
}

/**
 * A zoom button: the window scaled by `factor` around `day` (at least a week wide), inside the
 * bounds, and never wider than them (zooming out from the whole story shows the whole story).
 */
export function zoomWindow(window: DayWindow, day: IsoDay, factor: number, bounds: DayWindow): DayWindow {
  const half = Math.max(3, Math.round(((dayNumber(window.to) - dayNumber(window.from)) / 2) * factor));
  if (2 * half >= dayNumber(bounds.to) - dayNumber(bounds.from)) return bounds;
  return clampWindow({ from: addDays(day, -half), to: addDays(day, half) }, bounds);
}

/** A drag on the overview: the window (its length kept) centred on `centre`, inside the bounds. */
export function windowCentredOn(window: DayWindow, centre: IsoDay, bounds: DayWindow): DayWindow {
  const half = Math.round((dayNumber(window.to) - dayNumber(window.from)) / 2);
  return clampWindow({ from: addDays(centre, -half), to: addDays(centre, half) }, bounds);
}

/** The day kept inside a span (the scrubber never leaves the story's events). */
export function clampDay(day: IsoDay, span: { first: IsoDay; last: IsoDay } | undefined): IsoDay {
  if (!span) return day;
  return day < span.first ? span.first : day > span.last ? span.last : day;
}
