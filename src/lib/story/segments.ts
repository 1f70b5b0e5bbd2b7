/**
 * An event's quotes, as pieces: where each quote lies in its article (quoteSpans, for the
 * published article texts) and a quote cut at the people and places it names (segmentQuote,
 * for the cards). Pure, so the panel renders plain text pieces and never injects markup. The
 * reader's layout of a whole article is article-layout.ts, which comes with the reader.
 */
import type { Mention, Quote, StoryEvent, TextSpan } from './types.ts';

export function quoteSpans(articleId: string, events: readonly StoryEvent[]): (TextSpan & { event: string })[] {
  return events.flatMap((e) =>
    e.reported_by.filter((r) => r.article === articleId).flatMap((r) => r.quotes.map((q) => ({ start: q.start, end: q.end, event: e.id }))),
  );
}

/** Pieces of one quote, each marked with the person or place it names (if any). */
export function segmentQuote(quote: Quote): { text: string; start: number; mention: Pick<Mention, 'kind' | 'id'> | null }[] {
  const pieces: { text: string; start: number; mention: Pick<Mention, 'kind' | 'id'> | null }[] = [];
  let at = quote.start;
  const mentions = [...quote.mentions].sort((a, b) => a.start - b.start);
  const push = (from: number, to: number, mention: Pick<Mention, 'kind' | 'id'> | null) => {
    if (to > from) pieces.push({ text: quote.text.slice(from - quote.start, to - quote.start), start: from, mention });
  };
  for (const m of mentions) {
    if (m.start < at || m.end > quote.end) continue;
    push(at, m.start, null);
    push(m.start, m.end, { kind: m.kind, id: m.id });
    at = m.end;
  }
  push(at, quote.end, null);
  return pieces;
}
