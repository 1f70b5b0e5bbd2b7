import { describe, expect, it } from 'vitest';
import { stripLayout } from '../../src/lib/timeline/layout';
import type { StoryEvent } from '../../src/lib/story/types';

const event = (id: string, first_day: string, last_day = first_day) => ({ id, first_day, last_day }) as StoryEvent;

describe('stripLayout', () => {
  it.each([
    ['with no events keeps one day row', [], false, { rangeTop: 8, dayTop: 14, axisY: 36, height: 64, marks: 0 }],
    [
      'with two events on one day stacks two day rows',
      [event('a', '2023-09-13'), event('b', '2023-09-13')],
      false,
      { rangeTop: 8, dayTop: 14, axisY: 54, height: 82, marks: 2 },
    ],
    [
      'with a range adds a range row above the days',
      [event('a', '2023-09-13'), event('r', '2023-09-01', '2023-09-30')],
      false,
      { rangeTop: 8, dayTop: 24, axisY: 46, height: 74, marks: 2 },
    ],
    ['for densities has a band and a histogram and no marks', [event('a', '2023-09-13')], true, { rangeTop: 8, dayTop: 22, axisY: 68, height: 96, marks: 0 }],
  ] as const)('stripLayout %s', (_name, events, dense, expected) => {
    const { marks, ...rows } = stripLayout(events, dense);
    expect({ ...rows, marks: marks.length }).toEqual(expected);
  });
});
