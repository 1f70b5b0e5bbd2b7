/**
 * The timeline's view state, apart from the reader's intent: the window of days it shows, its
 * measured width and whether the reader is dragging its handle. The timeline owns it (it
 * measures the width and binds d3-zoom to the window: the one deliberate two-way sync, in
 * timeline/Timeline.svelte); AppState's commands read it to keep the selected day visible.
 * Stored in days (and pixels for the width), never in a zoom transform.
 */
import { sameWindow, type DayWindow } from '../lib/timeline/scale';
import type { IsoDay } from '../lib/time/days';

export class TimelineView {
  window = $state.raw<DayWindow>({ from: '1970-01-01' as IsoDay, to: '1970-01-01' as IsoDay });
  /** The strip's width in CSS pixels, measured by the timeline (days must stay apart on it). */
  width = $state(360);
  /** True while the reader drags the scrubber: the map holds its camera, lists stay short and the address waits until they let go. */
  scrubbing = $state(false);

  /** Shows `w`, unless it is the window already shown (a programmatic move never re-emits). */
  setWindow(w: DayWindow): void {
    if (!sameWindow(w, this.window)) this.window = w;
  }
}
