import { describe, expect, it } from 'vitest';
import { spreadMarkers, type ScreenPoint } from '../../src/lib/map/spread';

const pt = (id: string, x: number, y: number, main = false): ScreenPoint => ({ id, x, y, main });

describe('spreadMarkers', () => {
  it.each([
    ['leaves buttons apart as they are', [pt('a', 0, 0, true), pt('b', 30, 0)], {}],
    [
      'moves a context place off a venue, the least it can (South Korea under Pyongyang on a phone)',
      [pt('pyongyang', 114, 367, true), pt('south-korea', 129, 390)],
      { 'south-korea': [0, 1] },
    ],
    ['moves sideways when that is shorter', [pt('a', 0, 0, true), pt('b', 20, 5)], { b: [4, 0] }],
    ['never moves a venue for a context place, whatever the order', [pt('b', 10, 10), pt('a', 0, 0, true)], { b: [0, 14] }],
    ['moves on when the first move lands on a third button', [pt('a', 0, 0, true), pt('c', 0, 24, true), pt('b', 0, 10)], { b: [0, 38] }],
  ] as const)('%s', (_name, points, expected) => {
    expect(Object.fromEntries(spreadMarkers(points, 24))).toEqual(expected);
  });

  it('leaves no two 24 px targets overlapping', () => {
    const points = Array.from({ length: 12 }, (_, i) => pt(`p${i}`, (i * 7) % 30, (i * 11) % 30, i < 3));
    const moved = spreadMarkers(points, 24);
    const at = points.map((p) => {
      const [dx, dy] = moved.get(p.id) ?? [0, 0];
      return { x: p.x + dx, y: p.y + dy };
    });
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) expect(Math.abs(at[i]!.x - at[j]!.x) >= 24 || Math.abs(at[i]!.y - at[j]!.y) >= 24).toBe(true);
  });
});
