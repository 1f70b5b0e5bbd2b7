/**
 * The state of each place marker for a selection. Pure: both maps (MapLibre markers and
 * the SVG fallback) render from this, so they cannot disagree.
 */
import type { Selection } from '../state/selection.ts';

export type MarkerState = 'current' | 'focus' | 'earlier' | 'idle';

export interface MarkerView {
  state: MarkerState;
  /** Events at this place on the selected day. */
  onDay: boolean;
  /** Linked to the focused venue or person. */
  inFocus: boolean;
  /** This place is the focus (its button's aria-current). */
  focused: boolean;
}

export function markerView(placeId: string, selection: Selection | null): MarkerView {
  if (!selection) return { state: 'idle', onDay: false, inFocus: false, focused: false };
  const onDay = selection.venues.includes(placeId);
  const focused = selection.focus?.kind === 'venue' && selection.focus.id === placeId;
  const inFocus = focused || selection.focusVenues.includes(placeId);
  const state: MarkerState = onDay ? 'current' : inFocus ? 'focus' : selection.earlierVenues.includes(placeId) ? 'earlier' : 'idle';
  return { state, onDay, inFocus, focused };
}
