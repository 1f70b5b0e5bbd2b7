import { describe, expect, it } from 'vitest';
import { overviewBars } from '../../src/lib/timeline/overview';

const bar = (x: string, width: string, category: string) => ({ x, width, category });

describe('overviewBars: what the overview strip paints', () => {
  it.each([
    { name: 'no events', spans: [], painted: [] },
    {
      name: 'distinct spans all show',
      spans: [bar('1%', '2%', 'visit'), bar('5%', '2%', 'talks')],
      painted: [bar('1%', '2%', 'visit'), bar('5%', '2%', 'talks')],
    },
    {
      name: 'on one span, the last drawn shows (its colour), in its paint order',
      spans: [bar('94.25%', '0.42%', 'visit'), bar('1%', '3%', 'history'), bar('94.25%', '0.42%', 'tour'), bar('94.25%', '0.42%', 'talks')],
      painted: [bar('1%', '3%', 'history'), bar('94.25%', '0.42%', 'talks')],
    },
    {
      name: 'same start, other width: both show',
      spans: [bar('10%', '4%', 'history'), bar('10%', '0.42%', 'visit')],
      painted: [bar('10%', '4%', 'history'), bar('10%', '0.42%', 'visit')],
    },
  ])('$name', ({ spans, painted }) => {
    expect(overviewBars(spans)).toEqual(painted);
  });
});
