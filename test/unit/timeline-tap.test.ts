import { describe, expect, it } from 'vitest';
import { snapDay } from '../../src/lib/timeline/tap';

const days = [
  { day: '2023-09-13', x: 100 },
  { day: '2023-09-14', x: 110 },
  { day: '2023-09-20', x: 200 },
];

describe('snapDay', () => {
  it.each([
    ['on an event day snaps to it', 200, days, 14, '2023-09-20'],
    ['near one event day snaps to it', 190, days, 14, '2023-09-20'],
    ['between two event days snaps to the nearer', 108, days, 14, '2023-09-14'],
    ['halfway between two snaps to the first listed', 105, days, 14, '2023-09-13'],
    ['exactly the threshold away does not snap', 214, days, 14, null],
    ['beyond the threshold does not snap', 150, days, 14, null],
    ['with a wider threshold snaps further', 150, days, 60, '2023-09-14'],
    ['left of every event day snaps within reach', 90, days, 14, '2023-09-13'],
    ['with no event days does not snap', 100, [], 14, null],
  ] as const)('snapDay %s', (_name, x, list, threshold, day) => {
    expect(snapDay(x, list, threshold)).toBe(day);
  });

  it('snapDay uses a 14-pixel threshold by default', () => {
    expect(snapDay(113.9, [{ day: '2023-09-13', x: 100 }])).toBe('2023-09-13');
    expect(snapDay(114, [{ day: '2023-09-13', x: 100 }])).toBe(null);
  });
});
