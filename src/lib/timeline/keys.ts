/**
 * The scrubber's keys, pure: a key (with shift) in a reading direction → a step through the
 * story, or null for a key the slider leaves alone. Forward in time is the reading
 * direction's forward arrow (left in Arabic) and up; shift steps by day instead of event.
 */
import type { Step } from '../state/selection.ts';
import type { Direction } from './scale.ts';

export function stepForKey(key: string, shift: boolean, dir: Direction): Step | null {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowUp') return shift ? 'next-day' : 'next-event';
  if (key === backward || key === 'ArrowDown') return shift ? 'previous-day' : 'previous-event';
  if (key === 'PageUp') return 'next-month';
  if (key === 'PageDown') return 'previous-month';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return null;
}
