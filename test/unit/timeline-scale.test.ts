import { describe, expect, it } from 'vitest';
import { dayAtX, daySpanX, findClusters, panToInclude, placeMarks, timeScale, windowAround } from '../../src/lib/timeline/scale';
import { realStory } from './fixtures';

const september = { from: '2023-09-01', to: '2023-09-30' };

describe('timeScale', () => {
  it('runs left to right in English', () => {
    const s = timeScale(september, 300, 'ltr');
    expect(daySpanX(s, '2023-09-01').x0).toBe(0);
    expect(daySpanX(s, '2023-09-30').x1).toBe(300);
  });

  it('runs right to left in Arabic (mirrored)', () => {
    const s = timeScale(september, 300, 'rtl');
    expect(daySpanX(s, '2023-09-01').x1).toBe(300);
    expect(daySpanX(s, '2023-09-30').x0).toBe(0);
    expect(daySpanX(s, '2023-09-13').mid).toBeCloseTo(300 - daySpanX(timeScale(september, 300, 'ltr'), '2023-09-13').mid);
  });

  it.each(['ltr', 'rtl'] as const)('dayAtX inverts daySpanX (%s)', (dir) => {
    const s = timeScale(september, 360, dir);
    for (const day of ['2023-09-01', '2023-09-13', '2023-09-30']) expect(dayAtX(s, daySpanX(s, day).mid)).toBe(day);
  });
});

describe('findClusters (the real story)', () => {
  it('finds the context years and the three clusters of the story', () => {
    const clusters = findClusters(realStory().events).map((c) => [c.first, c.last]);
    expect(clusters).toEqual([
      ['2000-01-01', '2000-12-31'],
      ['2019-01-01', '2019-12-31'],
      ['2023-07-01', '2023-07-31'],
      ['2023-09-01', '2023-09-30'],
      ['2024-02-01', '2024-02-29'],
      ['2024-06-10', '2024-06-19'],
    ]);
  });
});

describe('windows', () => {
  it('windowAround adds a margin of at least a day', () => {
    expect(windowAround('2024-06-10', '2024-06-19')).toEqual({ from: '2024-06-09', to: '2024-06-20' });
  });

  it('panToInclude moves a window just enough to show the day', () => {
    const w = panToInclude(september, '2023-10-20', { from: '2000-01-01', to: '2024-12-31' });
    expect(w.to >= '2023-10-20').toBe(true);
    expect(w.from > '2023-09-01').toBe(true);
  });

  it('panToInclude never leaves the bounds', () => {
    expect(panToInclude(september, '2024-12-31', { from: '2000-01-01', to: '2024-12-31' }).to).toBe('2024-12-31');
  });
});

describe('placeMarks', () => {
  it('stacks events of the same day and packs ranges in their own rows', () => {
    const events = realStory().events;
    const { marks } = placeMarks(events);
    const lanesOn13 = marks.filter((m) => m.event.first_day === '2023-09-13' && m.event.last_day === '2023-09-13').map((m) => m.lane);
    expect(new Set(lanesOn13).size).toBe(lanesOn13.length);
    expect(marks.filter((m) => m.event.precision === 'month').every((m) => m.lane < 0)).toBe(true);
  });
});
