import { describe, expect, it } from 'vitest';
import { clampDay, clampWindow, windowCentredOn, zoomWindow } from '../../src/lib/timeline/window';

const bounds = { from: '2023-01-01', to: '2023-12-31' };

describe('clampWindow', () => {
  it.each([
    ['inside the bounds is unchanged', { from: '2023-03-01', to: '2023-03-31' }, { from: '2023-03-01', to: '2023-03-31' }],
    ['equal to the bounds is unchanged', bounds, bounds],
    ['before the bounds moves to their start, keeping its length', { from: '2022-12-20', to: '2023-01-09' }, { from: '2023-01-01', to: '2023-01-21' }],
    ['after the bounds moves to their end, keeping its length', { from: '2023-12-25', to: '2024-01-04' }, { from: '2023-12-21', to: '2023-12-31' }],
    ['entirely after the bounds moves to their end', { from: '2024-03-01', to: '2024-03-11' }, { from: '2023-12-21', to: '2023-12-31' }],
    ['longer than the bounds starts where they start', { from: '2022-12-01', to: '2024-01-30' }, { from: '2023-01-01', to: '2024-03-01' }],
  ] as const)('clampWindow of a window %s', (_name, window, expected) => {
    expect(clampWindow(window, bounds)).toEqual(expected);
  });

  it('clampWindow returns the same window when nothing moves (no re-emission)', () => {
    const w = { from: '2023-03-01', to: '2023-03-31' };
    expect(clampWindow(w, bounds)).toBe(w);
  });
});

describe('zoomWindow', () => {
  const march = { from: '2023-03-01', to: '2023-03-31' };
  it.each([
    ['zooms in by half around the day', march, '2023-03-16', 0.5, { from: '2023-03-08', to: '2023-03-24' }],
    ['zooms out by two around the day', march, '2023-03-16', 2, { from: '2023-02-14', to: '2023-04-15' }],
    ['never zooms in to less than a week', { from: '2023-03-10', to: '2023-03-16' }, '2023-03-13', 0.5, { from: '2023-03-10', to: '2023-03-16' }],
    ['near the start stays inside the bounds', march, '2023-01-05', 2, { from: '2023-01-01', to: '2023-03-02' }],
    ['near the end stays inside the bounds', march, '2023-12-30', 0.5, { from: '2023-12-15', to: '2023-12-31' }],
    ['zooming out from the whole span shows the whole span', bounds, '2023-06-01', 2, bounds],
    ['zooming out past the span stops at the span', { from: '2023-02-01', to: '2023-10-31' }, '2023-06-01', 2, bounds],
  ] as const)('zoomWindow %s', (_name, window, day, factor, expected) => {
    expect(zoomWindow(window, day, factor, bounds)).toEqual(expected);
  });
});

describe('windowCentredOn', () => {
  const march = { from: '2023-03-01', to: '2023-03-31' };
  it.each([
    ['centres the window on the day', '2023-06-15', { from: '2023-05-31', to: '2023-06-30' }],
    ['near the start stops at the bounds', '2023-01-03', { from: '2023-01-01', to: '2023-01-31' }],
    ['near the end stops at the bounds', '2023-12-30', { from: '2023-12-01', to: '2023-12-31' }],
  ] as const)('windowCentredOn %s', (_name, centre, expected) => {
    expect(windowCentredOn(march, centre, bounds)).toEqual(expected);
  });
});

describe('clampDay', () => {
  const span = { first: '2023-03-01', last: '2023-09-30' };
  it.each([
    ['inside the span is unchanged', '2023-05-05', span, '2023-05-05'],
    ['before the span is its first day', '2023-01-05', span, '2023-03-01'],
    ['after the span is its last day', '2023-12-05', span, '2023-09-30'],
    ['without a span is unchanged', '2023-12-05', undefined, '2023-12-05'],
  ] as const)('clampDay of a day %s', (_name, day, s, expected) => {
    expect(clampDay(day, s)).toBe(expected);
  });
});
