/**
 * Calendar days as ISO strings ("YYYY-MM-DD"), the unit every selection is stored in.
 * Pure: no DOM. All arithmetic goes through UTC day numbers, so no time zone can move a
 * day.
 */

export type IsoDay = string;
export type Precision = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Days since 1970-01-01 (UTC). Hot (tens of thousands of calls for a large dataset), so it
 * reads the digits directly and uses the civil-from-days arithmetic of the proleptic
 * Gregorian calendar instead of building a Date.
 */
export function dayNumber(day: IsoDay): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = computeDayNumber(day);
    // Bounded by the calendar: a story spans at most some tens of thousands of distinct days.
    if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
  }
  return n;
}

const dayNumbers = new Map<string, number>();

function computeDayNumber(day: IsoDay): number {
  const y0 = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function fromDayNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromDayNumber(dayNumber(day) + n);
}

/** Moves by whole calendar months, clamping to the last day of a shorter month. */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const clamped = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

export type PartialDateProblem = 'format' | 'month' | 'day' | 'precision';

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" at a given precision and returns the first and
 * last calendar day it covers, or the reason it is not a real date at that precision.
 */
export function partialDateSpan(value: string, precision: Precision): { first: IsoDay; last: IsoDay } | { problem: PartialDateProblem } {
  const m = PARTIAL.exec(value);
  if (!m) return { problem: 'format' };
  const year = Number(m[1]);
  const parts = m[3] ? 'day' : m[2] ? 'month' : 'year';
  if (parts !== precision) return { problem: 'precision' };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (parts === 'year') return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { problem: 'month' };
  if (parts === 'month') {
    return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(daysInMonth(year, month))}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { problem: 'day' };
  return { first: value, last: value };
}
