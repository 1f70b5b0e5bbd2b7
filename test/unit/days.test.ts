import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, fromDayNumber, isIsoDay, partialDateSpan } from '../../src/lib/time/days';

describe('isIsoDay', () => {
  it.each(['2023-09-13', '2024-02-29', '2000-12-31'])('accepts %s', (d) => expect(isIsoDay(d)).toBe(true));
  it.each(['2023-02-29', '2023-13-01', '2023-04-31', '2023-9-13', '13-09-2023', '', 20230913, null])('rejects %s', (d) => expect(isIsoDay(d)).toBe(false));
});

describe('day arithmetic', () => {
  it('round-trips day numbers', () => expect(fromDayNumber(dayNumber('2023-09-13'))).toBe('2023-09-13'));
  it('adds days across a month end', () => expect(addDays('2023-07-31', 1)).toBe('2023-08-01'));
  it('subtracts days across a year end', () => expect(addDays('2024-01-01', -1)).toBe('2023-12-31'));
  it('adds months, clamping to a shorter month', () => expect(addMonths('2024-01-31', 1)).toBe('2024-02-29'));
  it('subtracts months across a year', () => expect(addMonths('2024-01-15', -2)).toBe('2023-11-15'));
});

describe('partialDateSpan', () => {
  it.each([
    ['2000', 'year', '2000-01-01', '2000-12-31'],
    ['2023-09', 'month', '2023-09-01', '2023-09-30'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-09-13', 'day', '2023-09-13', '2023-09-13'],
  ] as const)('%s at %s precision covers %s to %s', (value, precision, first, last) => {
    expect(partialDateSpan(value, precision)).toEqual({ first, last });
  });
  it.each([
    ['2023-02-30', 'day', 'day'],
    ['2023-13', 'month', 'month'],
    ['2023-09', 'day', 'precision'],
    ['Sept 2023', 'month', 'format'],
  ] as const)('%s at %s precision is refused (%s)', (value, precision, problem) => {
    expect(partialDateSpan(value, precision)).toEqual({ problem });
  });
});

describe('dayNumber (fast path) agrees with Date.UTC', () => {
  it('on every day from 1899 to 2101', () => {
    for (let n = Date.UTC(1899, 0, 1) / 86_400_000; n <= Date.UTC(2101, 11, 31) / 86_400_000; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== n) throw new Error(`${iso}: ${dayNumber(iso)} ≠ ${n}`);
    }
  });
});
