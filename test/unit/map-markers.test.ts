import { describe, expect, it } from 'vitest';
import { markerView } from '../../src/lib/map/markers';
import type { Selection } from '../../src/lib/state/selection';

/** Only what markerView reads of a selection. */
const selection = (s: { venues?: string[]; earlierVenues?: string[]; focusVenues?: string[]; focus?: Selection['focus'] }) =>
  ({ venues: [], earlierVenues: [], focusVenues: [], focus: null, ...s }) as unknown as Selection;

describe('markerView: what a place button shows and says', () => {
  it.each([
    ['nothing selected yet', 'pyongyang', null, { state: 'idle', onDay: false, inFocus: false, focused: false }],
    ['events there on the day', 'vostochny', selection({ venues: ['vostochny'] }), { state: 'current', onDay: true, inFocus: false, focused: false }],
    [
      'events there earlier',
      'pyongyang',
      selection({ venues: ['vostochny'], earlierVenues: ['pyongyang'] }),
      { state: 'earlier', onDay: false, inFocus: false, focused: false },
    ],
    [
      'a place of the focus wins over earlier',
      'pyongyang',
      selection({ earlierVenues: ['pyongyang'], focusVenues: ['pyongyang'], focus: { kind: 'person', id: 'kim-jong-un' } }),
      { state: 'focus', onDay: false, inFocus: true, focused: false },
    ],
    [
      'the focused place itself',
      'komsomolsk',
      selection({ focus: { kind: 'venue', id: 'komsomolsk' } }),
      { state: 'focus', onDay: false, inFocus: true, focused: true },
    ],
    [
      'on the day wins over the focus in the look, and stays the focus',
      'vostochny',
      selection({ venues: ['vostochny'], focus: { kind: 'venue', id: 'vostochny' } }),
      { state: 'current', onDay: true, inFocus: true, focused: true },
    ],
    [
      'a person focus never makes a place the focused one',
      'vostochny',
      selection({ focus: { kind: 'person', id: 'vostochny' } }),
      { state: 'idle', onDay: false, inFocus: false, focused: false },
    ],
  ] as const)('%s', (_name, place, sel, view) => {
    expect(markerView(place, sel)).toEqual(view);
  });
});
