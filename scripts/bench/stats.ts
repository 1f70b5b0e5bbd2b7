/** Summaries of repeated measurements. Pure. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Differences between consecutive timestamps. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, i) => t - timestamps[i]!);
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** A figure over several runs: the median run, and how far the others strayed. */
export function spread(values: readonly number[]): Spread {
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
