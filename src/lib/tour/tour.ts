/**
 * The guided tour's logic, pure: which step a number names, where next and previous go, what a
 * step asks the state for (day, focus, map fit), whether the reader has wandered off it (the
 * tour is then paused, not lost), and which way a key or a swipe moves in each reading
 * direction. Steps are numbered from 1 in everything public (the URL's `step`, the messages).
 */
import type { Focus } from '../state/selection.ts';
import type { IsoDay } from '../time/days.ts';
import type { TourStop, TourWords } from '../story/types.ts';

/** The step numbered `n` (1-based), or null when there is no such step. */
export function stepAt(tour: readonly TourStop[], n: number | null): TourStop | null {
  if (n === null || !Number.isInteger(n) || n < 1 || n > tour.length) return null;
  return tour[n - 1]!;
}

/** A step number read from text (the URL) or a message: a whole number from 1 to `count`, else undefined. */
export function decodeStep(raw: unknown, count: number): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= count ? n : undefined;
}

/** The step after or before `n`, or null past either end (the buttons are then disabled). */
export function neighbour(n: number, move: 'next' | 'prev', count: number): number | null {
  const to = move === 'next' ? n + 1 : n - 1;
  return to >= 1 && to <= count ? to : null;
}

/** What a step asks the state for. */
export interface StepIntent {
  day: IsoDay;
  focus: Focus;
  fit: string[];
}

export function stepIntent(step: TourStop): StepIntent {
  return { day: step.day, focus: step.focus ? { kind: step.focus.kind, id: step.focus.id } : null, fit: [...step.fit] };
}

/** True while the reader sees exactly what the step set (its day and its focus); false once they explore freely. */
export function isOnStep(step: TourStop, day: IsoDay, focus: Focus): boolean {
  if (day !== step.day) return false;
  if (!step.focus) return focus === null;
  return focus !== null && focus.kind === step.focus.kind && focus.id === step.focus.id;
}

/**
 * Arrow keys in the tour: the arrow that points forward in reading order goes to the next
 * step, so in Arabic (right to left) ArrowLeft is next and ArrowRight previous.
 */
export function tourKey(key: string, dir: 'rtl' | 'ltr'): 'next' | 'prev' | null {
  if (key === 'ArrowRight') return dir === 'ltr' ? 'next' : 'prev';
  if (key === 'ArrowLeft') return dir === 'ltr' ? 'prev' : 'next';
  return null;
}

/** The least horizontal travel (CSS px) that counts as a swipe. */
export const SWIPE_MIN_PX = 40;

/**
 * A touch swipe: mostly horizontal and long enough. Swiping towards where the text starts
 * brings the next step (like turning a page): right-to-left in English, left-to-right in Arabic.
 */
export function swipeMove(dx: number, dy: number, dir: 'rtl' | 'ltr'): 'next' | 'prev' | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  const towardsStart = dir === 'ltr' ? dx < 0 : dx > 0;
  return towardsStart ? 'next' : 'prev';
}

/** The articles a step's caption rests on (through its events' reports and its quotes), each once, in order. */
export function stepArticles(step: Pick<TourWords, 'events' | 'quotes'>, reportsOf: (eventId: string) => readonly { article: string }[]): string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  for (const q of step.quotes) add(q.article);
  for (const e of step.events) for (const r of reportsOf(e)) add(r.article);
  return out;
}
