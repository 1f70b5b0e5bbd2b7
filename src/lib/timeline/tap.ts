/**
 * Where a tap on the timeline lands, pure: a finger is wider than a day, so a tap near an
 * event's day snaps to it.
 */
import type { IsoDay } from '../time/days.ts';

/** Pixels within which a tap snaps to an event's day. */
export const SNAP_PX = 14;

/**
 * The event day whose centre `x` is nearest to the tap at `x`, if closer than `threshold`
 * pixels (strictly); on a tie the earlier in the list wins. Null when none is that close.
 */
export function snapDay(x: number, days: readonly { day: IsoDay; x: number }[], threshold = SNAP_PX): IsoDay | null {
  let best: IsoDay | null = null;
  let bestDist = threshold;
  for (const d of days) {
    const dist = Math.abs(d.x - x);
    if (dist < bestDist) {
      best = d.day;
      bestDist = dist;
    }
  }
  return best;
}
