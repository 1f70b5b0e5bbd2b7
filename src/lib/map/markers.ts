/**
 * The state of each place marker for a selection. Pure: both maps (MapLibre markers and
 * the SVG fallback) render from this, so they cannot disagree.
 */
import type { Selection } from '../state/selection.ts';

export type MarkerState = 'current' | 'focus' | 'earlier' | 'idle';

export interface MarkerView {
  state: MarkerState;
  /** Pressed = highlighted for the selected day (the venue's button state). */
  pressed: boolean;
  /** Linked to the focused venue or person. */
  inFocus: boolean;
}

export function markerView(placeId: string, selection: Selection | null): MarkerView {
  if (!selection) return { state: 'idle', pressed: false, inFocus: false };
  const pressed = selection.venues.includes(placeId);
  const inFocus = selection.focusVenues.includes(placeId) || (selection.focus?.kind === 'venue' && selection.focus.id === placeId);
  const state: MarkerState = pressed ? 'current' : inFocus ? 'focus' : selection.earlierVenues.includes(placeId) ? 'earlier' : 'idle';
  return { state, pressed, inFocus };
}
