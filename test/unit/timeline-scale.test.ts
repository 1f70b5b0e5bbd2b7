import { describe, expect, it } from 'vitest';
import {
  dayAtX,
  daySpanX,
  findClusters,
  mostEventful,
  panToInclude,
  placeMarks,
  stripBar,
  tickAnchor,
  ticksFor,
  timeScale,
  windowAround,
} from '../../src/lib/timeline/scale';
import { tinyStory } from './fixtures';
import { barHeight, binDays, dayColumns } from '../../src/lib/timeline/density';

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

describe('ticksFor', () => {
  const ticks = (from: string, to: string, width: number) => ticksFor(timeScale({ from, to }, width, 'ltr'), width);

  it('puts day ticks on days of the month, never the 31st after a 1st-aligned step', () => {
    const t = ticks('2023-09-01', '2023-09-30', 360);
    expect(t.every((x) => x.unit === 'day')).toBe(true);
    expect(t.map((x) => x.day)).toEqual(['2023-09-01', '2023-09-11', '2023-09-21']);
  });

  it('puts month ticks on the first of a month, stepping by a divisor of the year', () => {
    const t = ticks('2023-07-15', '2024-07-14', 720);
    expect(t.every((x) => x.unit === 'month' && x.day.endsWith('-01'))).toBe(true);
    expect(t[0]!.day).toBe('2023-09-01');
    expect(t.length).toBeLessThanOrEqual(8);
  });

  it('puts year ticks on 1 January and keeps labels 90 px apart', () => {
    for (const width of [320, 800, 1400]) {
      const t = ticks('1999-09-01', '2024-12-31', width);
      expect(t.every((x) => x.unit === 'year' && x.day.endsWith('-01-01'))).toBe(true);
      expect(t.length).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 90)));
      expect(t.length).toBeGreaterThanOrEqual(2);
    }
  });
});

// The real story's clusters (the timeline's buttons) are checked in test/unit/dataset.test.ts.
describe('findClusters', () => {
  const events = tinyStory().events;
  it('groups events less than 30 days apart, a year-dated event spanning its year', () => {
    expect(findClusters(events).map((c) => [c.first, c.last, c.firstEventDay, c.events])).toEqual([
      ['2000-01-01', '2000-12-31', '2000-01-01', 1],
      ['2023-07-27', '2023-07-28', '2023-07-27', 2],
      ['2023-09-01', '2023-09-30', '2023-09-01', 6],
      ['2024-06-18', '2024-06-19', '2024-06-18', 3],
    ]);
  });

  it('joins clusters closer than the gap it is given', () => {
    // 28 July to 1 September is 35 days.
    expect(findClusters(events, 35).map((c) => [c.first, c.last])).toContainEqual(['2023-07-27', '2023-09-30']);
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
    const events = tinyStory().events;
    const { marks } = placeMarks(events);
    const lanesOn13 = marks.filter((m) => m.event.first_day === '2023-09-13' && m.event.last_day === '2023-09-13').map((m) => m.lane);
    expect(lanesOn13).toHaveLength(4);
    expect(new Set(lanesOn13).size).toBe(lanesOn13.length);
    expect(marks.filter((m) => m.event.precision === 'month').every((m) => m.lane < 0)).toBe(true);
  });
});

describe('density bins (large datasets)', () => {
  const events = tinyStory().events;
  const cols = dayColumns(events);
  const scale = timeScale({ from: '2023-09-01', to: '2023-09-30' }, 300, 'ltr');

  it('counts each single-day event in the window once, in the bin under its day', () => {
    const bins = binDays(cols, scale, 10);
    const inWindow = events.filter((e) => e.first_day === e.last_day && e.first_day >= '2023-09-01' && e.first_day <= '2023-09-30');
    expect(inWindow).toHaveLength(5);
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(inWindow.length);
    // 300 px for 30 days: 13 September is the 13th bin of 10 px.
    expect(bins.counts[12]).toBe(4);
  });

  it('mirrors in right-to-left reading', () => {
    const rtl = binDays(cols, timeScale({ from: '2023-09-01', to: '2023-09-30' }, 300, 'rtl'), 10);
    expect([...rtl.counts].reverse()).toEqual([...binDays(cols, scale, 10).counts]);
  });

  it('counts a subset apart (the focus)', () => {
    const only = new Set(events.flatMap((e, i) => (e.venue === 'airfield' ? [i] : [])));
    const bins = binDays(cols, scale, 10, only);
    expect(bins.highlighted![12]).toBe(3);
    expect(bins.counts[12]).toBe(4);
  });

  it('draws a lone event visibly and the busiest bin full height', () => {
    expect(barHeight(1, 400, 40)).toBe(2);
    expect(barHeight(400, 400, 40)).toBe(40);
    expect(barHeight(0, 400, 40)).toBe(0);
  });
});

describe('mostEventful', () => {
  it('keeps the clusters with the most events, in date order', () => {
    const c = (first: string, events: number) => ({ first, last: first, firstEventDay: first, events });
    const all = [c('2001-01-01', 5), c('2002-01-01', 1), c('2003-01-01', 9), c('2004-01-01', 2)];
    expect(mostEventful(all, 2).map((x) => x.first)).toEqual(['2001-01-01', '2003-01-01']);
    expect(mostEventful(all, 8)).toEqual(all);
  });
});

describe('stripBar', () => {
  it.each([
    // [x0, x1, min px, strip px, bar]
    ['a span inside the strip is drawn as it is', 10, 30, 4, 400, { x: 10, width: 20 }],
    ['a day is at least the minimum wide (4 px of 400 = 1 %)', 50, 50.2, 4, 400, { x: 50, width: 1 }],
    ['a range running past the window ends at the strip’s edge', -250, 3100, 4, 400, { x: 0, width: 100 }],
    ['a range starting before the window starts at its edge', -40, 20, 4, 400, { x: 0, width: 20 }],
    ['a minimum-width bar at the far edge stays on the strip', 99.9, 100.1, 4, 400, { x: 99, width: 1 }],
    ['a strip not laid out (0 px) adds no minimum, and no Infinity', 50, 50.2, 4, 0, { x: 50, width: 0.2 }],
  ])('%s', (_, x0, x1, min, px, bar) => {
    const got = stripBar(x0, x1, min, px)!;
    expect(got.x).toBeCloseTo(bar.x, 6);
    expect(got.width).toBeCloseTo(bar.width, 6);
  });

  it('draws no bar for a span wholly off the strip', () => {
    expect(stripBar(-5, -1, 4, 400)).toBeNull();
    expect(stripBar(101, 104, 4, 400)).toBeNull();
  });
});

describe('tickAnchor', () => {
  it.each([
    // [px from the left edge, characters, strip px, direction, anchor]
    ['a label in the middle is centred', 200, 6, 400, 'ltr', 'middle'],
    ['near the left edge it runs right from its tick (start, in English)', 5, 6, 400, 'ltr', 'start'],
    ['… and in Arabic, where start is the right end, it is anchored at its end', 5, 6, 400, 'rtl', 'end'],
    ['near the right edge it runs left (end, in English)', 396, 6, 400, 'ltr', 'end'],
    ['… and start in Arabic', 396, 6, 400, 'rtl', 'start'],
    ['a long month name needs more room from the edge', 30, 14, 400, 'ltr', 'start'],
    ['a strip not laid out keeps it centred', 5, 6, 0, 'ltr', 'middle'],
  ] as const)('%s', (_, px, chars, width, dir, anchor) => {
    expect(tickAnchor(px, chars, width, dir)).toBe(anchor);
  });
});
