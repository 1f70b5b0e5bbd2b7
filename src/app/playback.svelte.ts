/**
 * Play/pause: steps through the events at a readable pace and stops on any reader input
 * (a press, a key, a wheel) other than the play button itself. With reduced motion the
 * pace is slower and nothing animates between steps.
 */
import { untrack } from 'svelte';
import type { AppState } from './state.svelte';
import { stepDay } from '../lib/state/selection';

export const STEP_MS = 1800;
export const REDUCED_MOTION_STEP_MS = 3000;

export function startPlayback(app: AppState): () => void {
  const stopOnInput = (e: Event) => {
    if (!app.playing) return;
    // The play button's own press (pointer, Enter, Space) toggles playback through its click.
    const onPlay = e.target instanceof Element && e.target.closest('.play');
    if (onPlay && (e.type === 'pointerdown' || (e instanceof KeyboardEvent && (e.key === 'Enter' || e.key === ' ')))) return;
    app.playing = false;
  };
  for (const type of ['pointerdown', 'keydown', 'wheel'] as const) addEventListener(type, stopOnInput, { capture: true });

  const stop = $effect.root(() => {
    $effect(() => {
      if (!app.playing) return;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      // Only `playing` drives this effect; the steps below must not re-run it.
      untrack(() => {
        // From the last event, play starts again at the first: the last of the place's or the
        // person's events when one is in focus (play steps through those only).
        if (app.index && stepDay(app.index, app.day, 'next-event', app.focus) === app.day) app.step('first');
      });
      const timer = setInterval(
        () => {
          const before = app.day;
          app.step('next-event');
          if (app.day === before) app.playing = false;
        },
        reduced ? REDUCED_MOTION_STEP_MS : STEP_MS,
      );
      return () => clearInterval(timer);
    });
  });

  return () => {
    stop();
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) removeEventListener(type, stopOnInput, { capture: true });
  };
}
