/**
 * Cluster navigation, pure: which cluster chip is current for a window, and how a cluster
 * is named (a year, a month, or a run of months).
 */
import { dayNumber } from '../time/days.ts';
import type { Cluster, DayWindow } from './scale.ts';

/** True when the window shows the whole cluster and not much more (less than twice it, with a month's room). */
export function isCurrentCluster(c: Cluster, window: DayWindow): boolean {
  return window.from <= c.first && c.last <= window.to && dayNumber(window.to) - dayNumber(window.from) < 2 * (dayNumber(c.last) - dayNumber(c.first) + 30);
}

/** How a cluster's chip names it: a whole calendar year, one month, or a first and last month. */
export function clusterLabelKind(c: Cluster): 'year' | 'month' | 'months' {
  if (c.first.slice(0, 4) === c.last.slice(0, 4) && c.first.endsWith('-01-01') && c.last.endsWith('-12-31')) return 'year';
  if (c.first.slice(0, 7) === c.last.slice(0, 7)) return 'month';
  return 'months';
}
