/**
 * The overview strip's bars: one per event span, as painted. Events that share a span (a
 * visit, its talks and its tour on the same days) draw opaque bars on the same spot, where only
 * the last one drawn shows; drawing just that one gives the same pixels with fewer elements
 * (and a smaller prerendered page: a story's busiest days hold a dozen events each).
 */
export interface OverviewBar {
  /** Left edge and width, as CSS percentages of the strip (rounded as `percent` rounds). */
  x: string;
  width: string;
  category: string;
}

export function overviewBars(spans: readonly OverviewBar[]): OverviewBar[] {
  const last = new Map<string, number>();
  spans.forEach((s, i) => last.set(`${s.x} ${s.width}`, i));
  return spans.filter((s, i) => last.get(`${s.x} ${s.width}`) === i);
}
